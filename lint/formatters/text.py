"""``--output-format text`` (the default): ``path:line:col: CODE message``, the line, a summary.

For a JSONL record the location reads ``path:RECORD[field]:line:col``: the record's line in
the file, the field, and the position inside that field's text.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..diagnostic import Diagnostic
from ..model import Applicability
from . import Context

_RED, _YELLOW, _CYAN, _BOLD, _DIM, _RESET = (
    "\x1b[31m", "\x1b[33m", "\x1b[36m", "\x1b[1m", "\x1b[2m", "\x1b[0m")
_SHOWN = 200  # characters of the offending line shown around the finding


def location(d: Diagnostic) -> str:
    if d.record is None:
        return f"{d.path}:{d.start.line}:{d.start.column}"
    return f"{d.path}:{d.record}[{d.field}]:{d.start.line}:{d.start.column}"


def _excerpt(d: Diagnostic) -> tuple[str, int, int]:
    """The offending line (cut around the finding if long) and the marker's span in it."""
    line = d.source_line.replace("\t", " ")
    start = d.start.column - 1
    end = d.end.column - 1 if d.end.line == d.start.line else len(line)
    end = max(end, start + 1)
    if len(line) <= _SHOWN:
        return line, start, min(end, max(len(line), start + 1))
    left = max(0, start - 40)
    right = min(len(line), left + _SHOWN)
    cut = ("…" if left else "") + line[left:right] + ("…" if right < len(line) else "")
    shift = left - (1 if left else 0)
    return cut, start - shift, min(end - shift, len(cut))


def _marker(d: Diagnostic) -> str:
    if d.fix is None:
        return ""
    if d.fix.applicability is Applicability.SAFE:
        return "[*] "
    return "[unsafe fix] " if d.fix.applicability is Applicability.UNSAFE else ""


def format(diagnostics: Sequence[Diagnostic], context: Context) -> str:
    def paint(code: str, text: str) -> str:
        return f"{code}{text}{_RESET}" if context.color else text

    out: list[str] = []
    for d in diagnostics:
        colour = _RED if d.severity.label == "error" else _YELLOW if d.severity.label == \
            "warning" else _CYAN
        out.append(f"{paint(_BOLD, location(d))}: {paint(colour + _BOLD, d.code)} "
                   f"{_marker(d)}{d.message}")
        if context.show_source and d.source_line.strip():
            line, start, end = _excerpt(d)
            out.append(f"    {line}")
            out.append(f"    {' ' * start}{paint(colour, '^' * max(1, end - start))}")
    out.append(summary(diagnostics, context))
    return "\n".join(out) + "\n"


def summary(diagnostics: Sequence[Diagnostic], context: Context) -> str:
    safe = sum(1 for d in diagnostics if d.fix and d.fix.applicability is Applicability.SAFE)
    unsafe = sum(1 for d in diagnostics if d.fix and d.fix.applicability is Applicability.UNSAFE)
    parts = []
    if context.fixed:
        parts.append(f"Fixed {context.fixed} finding{'s' * (context.fixed != 1)} in "
                     f"{context.changed_files} file{'s' * (context.changed_files != 1)}.")
    n = len(diagnostics)
    if n == 0:
        parts.append(f"All clear: no findings in {context.documents} "
                     f"document{'s' * (context.documents != 1)}.")
        return " ".join(parts)
    found = f"Found {n} finding{'s' * (n != 1)}"
    found += f" in {context.documents} document{'s' * (context.documents != 1)}"
    if context.fixed:
        found = f"{n} finding{'s' * (n != 1)} remain{'s' * (n == 1)}"
    parts.append(found + ".")
    hints = []
    if safe:
        hints.append(f"{safe} fixable with --fix")
    if unsafe:
        hints.append(f"{unsafe} more with --unsafe-fixes")
    if hints:
        parts.append("[*] " + ", ".join(hints) + ".")
    return " ".join(parts)
