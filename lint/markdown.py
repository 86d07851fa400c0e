"""Find the parts of a Markdown document that are not prose.

Code blocks, inline code, front matter, link targets, reference definitions, autolinks and
HTML comments are syntax or data, not text a reader reads; rules must not report them.
:func:`non_prose_spans` returns them as half-open ``(start, end)`` offsets and
:func:`blank_out` replaces them by spaces (keeping newlines), so offsets in the masked text
are offsets in the original.

>>> text = "Intro\\n```\\ncode code\\n```\\nSee [docs](http://x.org)."
>>> blank_out(text, non_prose_spans(text))
'Intro\\n   \\n         \\n   \\nSee [docs]             .'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_FRONT_MATTER = re.compile(r"\A(---|\+\+\+)[ \t]*\r?\n.*?\r?\n\1[ \t]*(?:\r?\n|\Z)", re.S)
_FENCE_OPEN = re.compile(r"^[ ]{0,3}(`{3,}|~{3,})[^\n]*$", re.M)
_INLINE_CODE = re.compile(r"(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.S)
_LINK_TARGET = re.compile(r"\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)")
_REFERENCE_DEF = re.compile(r"^[ ]{0,3}\[[^\]\n]+\]:[ \t]*\S+[^\n]*$", re.M)
_AUTOLINK = re.compile(r"<(?:https?|ftp|mailto):[^>\s]*>")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)


def non_prose_spans(text: str) -> list[tuple[int, int]]:
    """Return sorted, merged spans of ``text`` that are Markdown syntax or data."""
    spans: list[tuple[int, int]] = []
    match = _FRONT_MATTER.match(text)
    if match:
        spans.append(match.span())
    spans.extend(_fenced_blocks(text))
    masked = blank_out(text, spans)
    for pattern in (_INLINE_CODE, _LINK_TARGET, _REFERENCE_DEF, _AUTOLINK, _HTML_COMMENT):
        spans.extend(m.span() for m in pattern.finditer(masked))
    return merge_spans(spans)


def _fenced_blocks(text: str) -> Iterator[tuple[int, int]]:
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
