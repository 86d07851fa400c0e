"""Output formats. Each formatter is one module with one function; formatters only format.

A formatter receives the run's diagnostics (sorted) and a :class:`Context` and returns
the text to print. The registry below is the list ``--output-format`` accepts.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from ..diagnostic import Diagnostic
from ..rule import Rule


@dataclass(frozen=True)
class Context:
    """What a formatter may need besides the diagnostics."""

    rules: Mapping[str, Rule]  # every rule that ran, by code
    color: bool = False
    show_source: bool = True
    fix_level: str | None = None  # "safe" / "unsafe" when fixing, for the summary
    fixed: int = 0  # fixes applied in this run
    changed_files: int = 0
    files: int = 0
    documents: int = 0
    version: str = ""


Formatter = Callable[[Sequence[Diagnostic], Context], str]


def get(name: str) -> Formatter:
    from . import github, json, jsonl, sarif, text

    formatters: dict[str, Formatter] = {
        "text": text.format,
        "json": json.format,
        "jsonl": jsonl.format,
        "github": github.format,
        "sarif": sarif.format,
    }
    return formatters[name]


NAMES = ("text", "json", "jsonl", "github", "sarif")
