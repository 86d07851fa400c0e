"""Output formats. Each formatter is one module with one function; formatters only format.

A formatter receives the run's diagnostics (sorted) and a :class:`Context` and returns
the text to print. The registry below is the list ``--output-format`` accepts.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import PurePath

from ..diagnostic import Diagnostic
from ..inputs import Problem
from ..rule import Rule


@dataclass(frozen=True)
class Context:
    """What a formatter may need besides the diagnostics."""

    rules: Mapping[str, Rule]  # every rule that ran, by code
    color: bool = False
    show_source: bool = True  # text: the offending line under each finding
    show_summary: bool = True  # text: the closing summary line
    fixing: bool = False  # --fix was given
    unsafe_fixes: bool = False  # --unsafe-fixes was given
    fixed: int = 0  # fixes applied in this run
    changed_files: int = 0
    files: int = 0
    documents: int = 0
    version: str = ""
    working_directory: str = ""  # absolute; SARIF makes paths under it relative
    problems: Sequence[Problem] = ()  # inputs that could not be checked (SARIF reports them)


Formatter = Callable[[Sequence[Diagnostic], Context], str]

NAMES = ("text", "json", "jsonl", "github", "sarif")


def get(name: str) -> Formatter:
    """The formatter called ``name`` (one of :data:`NAMES`)."""
    from . import github, json, jsonl, sarif, text

    formatters: dict[str, Formatter] = {
        "text": text.format,
        "json": json.format,
        "jsonl": jsonl.format,
        "github": github.format,
        "sarif": sarif.format,
    }
    return formatters[name]


def relative_path(path: str, working_directory: str) -> str:
    """``path`` relative to ``working_directory`` when it lies inside it, with ``/``.

    Code-scanning tools match findings to files by their path from the repository root,
    which is where CI runs; paths outside stay as they are.

    >>> relative_path("/repo/data/a.txt", "/repo"), relative_path("/etc/x", "/repo")
    ('data/a.txt', '/etc/x')
    """
    pure = PurePath(path)
    if working_directory and pure.is_absolute():
        try:
            return pure.relative_to(working_directory).as_posix()
        except ValueError:
            return path
    return pure.as_posix() if path != "-" else path


def diff_names(path: str) -> tuple[str, str]:
    """The file names of a diff header: git's ``a/`` and ``b/`` for a relative path.

    An absolute path stays as it is (``a//tmp/x.txt`` would name no file).

    >>> diff_names("notes/x.txt"), diff_names("/tmp/x.txt")
    (('a/notes/x.txt', 'b/notes/x.txt'), ('/tmp/x.txt', '/tmp/x.txt'))
    """
    return (path, path) if os.path.isabs(path) else (f"a/{path}", f"b/{path}")
