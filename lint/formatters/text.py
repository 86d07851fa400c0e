"""``--output-format text`` (the default): ``path:line:col: CODE message``, the line, a summary.

For a JSONL record the location reads ``path:RECORD[field]:line:col``: the record's line in
the file, the field, and the position inside that field's text.

Scraped text may hold terminal escape sequences and other control characters; they are
shown as visible symbols so that printing a report can never drive the terminal.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Sequence

from ..diagnostic import Diagnostic
from ..model import Applicability, Severity
from . import Context

_RED, _YELLOW, _CYAN, _BOLD, _RESET = "\x1b[31m", "\x1b[33m", "\x1b[36m", "\x1b[1m", "\x1b[0m"
_COLOURS = {Severity.ERROR: _RED, Severity.WARNING: _YELLOW, Severity.INFO: _CYAN}
_SHOWN = 200  # characters of the offending line shown around the finding
_CONTEXT = 40  # characters kept before the finding when a long line is cut


#: What :func:`visible` shows for each character it replaces: a tab as a space, C0
#: controls as the Control Pictures block's symbols (␀ … ␟), DEL as ␡, and C1 controls and
#: the line and paragraph separators (categories Zl, Zp) as U+FFFD.
_VISIBLE = {**{code: chr(0x2400 + code) for code in range(0x20)}, 0x09: " ", 0x7F: "\u2421",
            **{code: "\ufffd" for code in (*range(0x80, 0xA0), 0x2028, 0x2029)}}


def visible(text: str) -> str:
    """``text`` with control characters replaced by visible symbols, one per character.

    >>> visible("a\\x1b[31mb\\tc\\u2028d")
    'a␛[31mb c\ufffdd'
    """
    return text.translate(_VISIBLE)


def width(text: str) -> int:
    """How many terminal columns ``text`` takes: wide characters 2, combining marks 0."""
    if text.isascii():
        return len(text)
    total = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        total += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return total


def location(d: Diagnostic) -> str:
    """Where a finding is, in the ``path:line:col`` form editors understand."""
    if d.record is None:
        return f"{d.path}:{d.start.line}:{d.start.column}"
    return f"{d.path}:{d.record}[{d.field}]:{d.start.line}:{d.start.column}"


def _excerpt(d: Diagnostic) -> tuple[str, int, int]:
    """The offending line (cut around the finding if long) and the marker's span in it."""
    line = visible(d.source_line.rstrip("\n"))
    start = min(d.start.column - 1, len(line))
    end = d.end.column - 1 if d.end.line == d.start.line else len(line)
    end = min(max(end, start + 1), max(len(line), start + 1))
    if len(line) <= _SHOWN:
        return line, start, end
    left = max(0, start - _CONTEXT)
    right = min(len(line), left + _SHOWN)
    cut = ("…" if left else "") + line[left:right] + ("…" if right < len(line) else "")
    shift = left - (1 if left else 0)
    return cut, start - shift, min(end - shift, len(cut))


def _marker(d: Diagnostic, context: Context) -> str:
    """``[*]`` for a finding --fix would fix; ``[unsafe fix]`` for one that needs more."""
    if d.fix is None:
        return ""
    if d.fix.applicability is Applicability.SAFE or (
            context.unsafe_fixes and d.fix.applicability is Applicability.UNSAFE):
        return "[*] "
    return "[unsafe fix] " if d.fix.applicability is Applicability.UNSAFE else ""


def _finding(d: Diagnostic, context: Context) -> list[str]:
    """The lines that show one finding: its location and message, then its line."""

    def paint(code: str, text: str) -> str:
        return f"{code}{text}{_RESET}" if context.color else text

    colour = _COLOURS[d.severity]
    lines = [f"{paint(_BOLD, location(d))}: {paint(colour + _BOLD, d.code)} "
             f"{_marker(d, context)}{visible(d.message)}"]
    if context.show_source and d.source_line.strip():
        line, start, end = _excerpt(d)
        # The caret sits under the finding in terminal columns, not characters.
        pad, span = width(line[:start]), max(1, width(line[start:end]))
        lines += [f"    {line}", f"    {' ' * pad}{paint(colour, '^' * span)}"]
    return lines


def format(diagnostics: Sequence[Diagnostic], context: Context) -> str:
    """The text report: one block per finding, then (unless hidden) the summary."""
    out: list[str] = []
    for d in diagnostics:
        out += _finding(d, context)
    if context.show_summary:
        out.append(summary(diagnostics, context))
    return "".join(line + "\n" for line in out)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' * (n != 1)}"


def _by_severity(diagnostics: Sequence[Diagnostic]) -> str:
    """``1 error, 2 warnings``: the findings counted by severity, most severe first."""
    counts = Counter(d.severity for d in diagnostics)
    return ", ".join(_plural(counts[s], s.label) for s in sorted(counts, reverse=True))


def _fix_hint(diagnostics: Sequence[Diagnostic], context: Context) -> str:
    """How many of the remaining findings a run with fixes would handle, and with which flags."""
    safe = sum(1 for d in diagnostics if d.fix and d.fix.applicability is Applicability.SAFE)
    unsafe = sum(1 for d in diagnostics if d.fix and d.fix.applicability is Applicability.UNSAFE)
    if context.unsafe_fixes:
        safe, unsafe = safe + unsafe, 0
    if context.fixing:
        safe = 0  # --fix applied what it could; the rest conflicted or did not converge
    hints = []
    if safe:
        hints.append(f"{safe} fixable with --fix" + " --unsafe-fixes" * context.unsafe_fixes)
    if unsafe:
        hints.append(f"{unsafe} more with --unsafe-fixes" if safe
                     else f"{unsafe} fixable with --fix --unsafe-fixes")
    return f"[*] {', '.join(hints)}." if hints else ""


def summary(diagnostics: Sequence[Diagnostic], context: Context) -> str:
    """One line: what was fixed, what was found where, and what fixes would handle."""
    parts = []
    if context.fixed:
        parts.append(f"Fixed {_plural(context.fixed, 'finding')} in "
                     f"{_plural(context.changed_files, 'file')}.")
    n = len(diagnostics)
    failed = sum(1 for p in context.problems if p.level == "error")
    trouble = f"{_plural(failed, 'input')} could not be checked (see the errors)." \
        if failed else ""
    if n == 0:
        clear = "All clear: no" if not failed else "No"
        parts.append(f"{clear} findings in {_plural(context.documents, 'document')}.")
        return " ".join([*parts, trouble] if trouble else parts)
    affected = len({(d.path, d.record) for d in diagnostics})
    total = _plural(context.documents, "document")
    where = f"in {total}" if affected == context.documents else f"in {affected} of {total}"
    if context.fixed:
        head = f"{_plural(n, 'finding')} remain{'s' * (n == 1)}"
    else:
        head = f"Found {_plural(n, 'finding')}"
    parts.append(f"{head} ({_by_severity(diagnostics)}) {where}.")
    hint = _fix_hint(diagnostics, context)
    return " ".join(part for part in (*parts, hint, trouble) if part)
