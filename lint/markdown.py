"""Find the parts of a Markdown document that are not prose.

Code blocks, inline code, front matter, link targets, reference definitions, autolinks and
HTML comments are syntax or data, not text a reader reads; rules must not report them.
:func:`non_prose_spans` returns them as half-open ``(start, end)`` offsets and
:func:`blank_out` replaces them by spaces (keeping newlines), so offsets in the masked text
are offsets in the original.

>>> text = "Intro\\n```\\ncode code\\n```\\nSee [docs](http://x.org)."
>>> blank_out(text, non_prose_spans(text))
'Intro\\n   \\n         \\n   \\nSee [docs]              .'
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator

_FRONT_MATTER = re.compile(r"\A(---|\+\+\+)[ \t]*\r?\n.*?\r?\n\1[ \t]*(?:\r?\n|\Z)", re.S)
_FENCE_OPEN = re.compile(r"^[ ]{0,3}(`{3,}|~{3,})[^\n]*$", re.M)
_LINK_TARGET = re.compile(r"\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)")
_REFERENCE_DEF = re.compile(r"^[ ]{0,3}\[[^\]\n]+\]:[ \t]*\S+[^\n]*$", re.M)
_AUTOLINK = re.compile(r"<(?:https?|ftp|mailto):[^>\s]*>")
_BACKTICKS = re.compile(r"`+")
_BLANK_LINE = re.compile(r"\n[ \t]*(?=\n|\Z)")
_LIST_ITEM = re.compile(r"[ ]{0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)")

# Every pattern here must run in linear time: a scraped page can be one 50 MB line, so
# anything that rescans the rest of the text from each candidate start is ruled out.
# Patterns anchored with ^ in MULTILINE mode are tried at every position, so they only
# run when a cheap substring test says they can match at all.


def non_prose_spans(text: str) -> list[tuple[int, int]]:
    """Return sorted, merged spans of ``text`` that are Markdown syntax or data."""
    spans: list[tuple[int, int]] = []
    match = _FRONT_MATTER.match(text)
    if match:
        spans.append(match.span())
    spans.extend(_fenced_blocks(text))
    masked = blank_out(text, spans)
    spans.extend(_indented_blocks(masked))
    masked = blank_out(masked, spans)
    # Code spans first: a link or comment opener inside inline code is code, not syntax.
    code = list(_code_spans(masked))
    spans.extend(code)
    masked = blank_out(masked, code)
    # The "]" before a link target stays: it closes the link text, which is prose.
    spans.extend((m.start() + 1, m.end()) for m in _LINK_TARGET.finditer(masked))
    if "]:" in masked:
        spans.extend(m.span() for m in _REFERENCE_DEF.finditer(masked))
    spans.extend(m.span() for m in _AUTOLINK.finditer(masked))
    spans.extend(_html_comments(masked))
    return merge_spans(spans)


def _fenced_blocks(text: str) -> Iterator[tuple[int, int]]:
    if "```" not in text and "~~~" not in text:
        return
    pos = 0
    while True:
        opening = _FENCE_OPEN.search(text, pos)
        if opening is None:
            return
        fence = opening.group(1)
        closing = re.compile(rf"^[ ]{{0,3}}{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$", re.M)
        close = closing.search(text, opening.end())
        end = close.end() if close else len(text)
        yield opening.start(), end
        pos = end


def _indent(line: str) -> int:
    width = 0
    for char in line:
        if char == " ":
            width += 1
        elif char == "\t":
            width += 4 - width % 4
        else:
            break
    return width


def _indented_blocks(text: str) -> Iterator[tuple[int, int]]:
    """Indented code blocks: lines indented by four or more after a blank line.

    Kept conservative: after a list item (or a line of one), indentation continues the
    list instead, and an indented line never interrupts a paragraph.
    """
    start = end = -1  # the open block, if start >= 0
    blank_before, after_list = True, False
    pos = 0
    for line in text.split("\n"):
        blank = not line.strip()
        if start >= 0 and not blank and _indent(line) < 4:
            yield start, end
            start = -1
        if start < 0 and not blank and blank_before and not after_list and _indent(line) >= 4:
            start = pos
        if start >= 0 and not blank:
            end = pos + len(line)
        if not blank and start < 0:
            after_list = _indent(line) >= 2 or _LIST_ITEM.match(line) is not None
        blank_before = blank
        pos += len(line) + 1
    if start >= 0:
        yield start, end


def _code_spans(text: str) -> Iterator[tuple[int, int]]:
    """Inline code: a run of backticks up to the next run of the same length.

    A code span never crosses a blank line (it lives inside one paragraph); an opening
    run without a partner is literal text. Each run is looked at a bounded number of
    times, so this is linear however many unmatched backticks a page holds.
    """
    blank_lines = [m.start() for m in _BLANK_LINE.finditer(text)]
    runs = [(m.start(), m.end()) for m in _BACKTICKS.finditer(text)]
    by_key: dict[tuple[int, int], list[int]] = {}
    for index, (start, end) in enumerate(runs):
        by_key.setdefault((bisect.bisect(blank_lines, start), end - start), []).append(index)
    cursor: dict[tuple[int, int], int] = {}
    index = 0
    while index < len(runs):
        start, end = runs[index]
        if _escaped(text, start):
            start += 1  # a backslash makes the first backtick literal
        key = (bisect.bisect(blank_lines, start), end - start)
        partner = _next_run(by_key.get(key, []), cursor, key, index) if end > start else None
        if partner is None:
            index += 1
            continue
        yield start, runs[partner][1]
        index = partner + 1


def _next_run(
    indices: list[int], cursor: dict[tuple[int, int], int], key: tuple[int, int], after: int
) -> int | None:
    """The first run index in ``indices`` greater than ``after``; cursors only move forward."""
    position = cursor.get(key, 0)
    while position < len(indices) and indices[position] <= after:
        position += 1
    cursor[key] = position
    return indices[position] if position < len(indices) else None


def _escaped(text: str, pos: int) -> bool:
    backslashes = 0
    while pos - backslashes > 0 and text[pos - backslashes - 1] == "\\":
        backslashes += 1
    return backslashes % 2 == 1


def _html_comments(text: str) -> Iterator[tuple[int, int]]:
    pos = 0
    while True:
        start = text.find("<!--", pos)
        if start < 0:
            return
        end = text.find("-->", start + 4)
        if end < 0:
            return  # no comment closes after here, so no later opener can close either
        yield start, end + 3
        pos = end + 3


def merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sort spans and merge the ones that overlap or touch.

    >>> merge_spans([(5, 8), (0, 2), (7, 10), (2, 3)])
    [(0, 3), (5, 10)]
    """
    merged: list[tuple[int, int]] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def blank_out(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """Replace every character inside ``spans`` by a space, except line breaks."""
    parts: list[str] = []
    cursor = 0
    for start, end in merge_spans(spans):
        parts.append(text[cursor:start])
        parts.append(_NOT_NEWLINE.sub(" ", text[start:end]))
        cursor = end
    parts.append(text[cursor:])
    return "".join(parts)


_NOT_NEWLINE = re.compile(r"[^\r\n]")
