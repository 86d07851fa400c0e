"""``--output-format github``: GitHub Actions workflow commands, one per finding.

Each finding becomes an annotation on the pull request diff::

    ::warning file=notes.txt,line=3,col=1,endLine=3,endColumn=9,title=BOIL001::message

For a JSONL record the annotation sits on the record's line of the file, and the position
inside the text field goes into the message.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..diagnostic import Diagnostic
from ..model import Severity
from . import Context

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(value: str) -> str:
    return _data(value).replace(":", "%3A").replace(",", "%2C")


def format(diagnostics: Sequence[Diagnostic], context: Context) -> str:
    lines = []
    for d in diagnostics:
        props = [f"file={_property(d.path)}"]
        message = d.message
        if d.record is None:
            props += [f"line={d.start.line}", f"col={d.start.column}",
                      f"endLine={d.end.line}", f"endColumn={d.end.column}"]
        else:
            props += [f"line={d.record}", f"endLine={d.record}"]
            message = f"{message} (record {d.record}, {d.field} {d.start.line}:{d.start.column})"
        props.append(f"title={_property(d.code)}")
        lines.append(f"::{LEVELS[d.severity]} {','.join(props)}::{_data(f'{d.code} {message}')}")
    return "".join(line + "\n" for line in lines)
