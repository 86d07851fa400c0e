"""``--output-format github``: GitHub Actions workflow commands, one per finding.

Each finding becomes an annotation on the pull request diff::

    ::warning file=notes.txt,line=3,col=1,endLine=3,endColumn=9,title=BOIL001::message

Paths inside the working directory are made relative to it, since GitHub places
annotations by their path from the repository root. For a JSONL record the annotation
sits on the record's line of the file, and the position inside the text field goes into
the message.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..diagnostic import Diagnostic
from ..model import Severity
from . import Context, relative_path

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(value: str) -> str:
    """Escape the message part of a workflow command.

    >>> escape_data("50%\\nnext")
    '50%25%0Anext'
    """
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """Escape a property value, where ``:`` and ``,`` are separators too.

    >>> escape_property("a,b:c")
    'a%2Cb%3Ac'
    """
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def _command(d: Diagnostic, context: Context) -> str:
    props = [f"file={escape_property(relative_path(d.path, context.working_directory))}"]
    message = d.message
    if d.record is None:
        props += [f"line={d.start.line}", f"col={d.start.column}",
                  f"endLine={d.end.line}", f"endColumn={d.end.column}"]
    else:
        props += [f"line={d.record}", f"endLine={d.record}"]
        message = f"{message} (record {d.record}, {d.field} {d.start.line}:{d.start.column})"
    props.append(f"title={escape_property(d.code)}")
    return f"::{LEVELS[d.severity]} {','.join(props)}::{escape_data(f'{d.code} {message}')}"


def format(diagnostics: Sequence[Diagnostic], context: Context) -> str:
    """One workflow command per finding, one per line."""
    return "".join(_command(d, context) + "\n" for d in diagnostics)
