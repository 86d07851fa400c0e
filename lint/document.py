"""Documents: the text a rule sees, its lines and paragraphs, and where it came from.

A document is one file of plain text or Markdown, or one record of a JSON Lines corpus.
Its ``text`` always uses ``\\n`` line breaks (a file's CRLF endings are restored on write).

>>> doc = Document.from_text("Title\\n\\nFirst paragraph.\\nSecond paragraph.\\n")
>>> [p.text for p in doc.paragraphs]
['Title', 'First paragraph.', 'Second paragraph.']
>>> doc.position(7)
(3, 1)
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal, TypeVar

from . import markdown

T = TypeVar("T")
Kind = Literal["text", "markdown", "jsonl"]
ParagraphMode = Literal["auto", "blank-line", "line"]

#: Characters that end a line of finished prose (used to tell one-per-line paragraphs
#: from hard-wrapped ones).
_TERMINAL = tuple(".!?:;\"'”’)]…")
_WRAP_WIDTH = 120
#: A lone short line over another is a title or label, not the start of wrapped prose.
_MIN_WRAP_WIDTH = 40


@dataclass(frozen=True)
class Source:
    """Where a document came from: a file, or one record (1-based line) of a JSONL file.

    ``site`` groups the documents of one source site for the corpus rules: the host of a
    record's URL field, else the name of the folder holding a text file (a crawl saved one
    folder per site) or of the JSONL file.
    """

    path: str
    kind: Kind = "text"
    record: int | None = None
    field: str | None = None
    site: str | None = None

    def __str__(self) -> str:
        if self.record is None:
            return self.path
        return f"{self.path}:{self.record}[{self.field}]"


@dataclass(frozen=True)
class Segment:
    """A stretch of a document: a line or a paragraph, without its line break."""

    start: int
    end: int
    text: str
    line: int  # 1-based line number of the first line


@dataclass(eq=False)
class Document:
    """The unit every rule checks."""

    text: str
    source: Source = field(default_factory=lambda: Source("<text>"))
    paragraph_mode: ParagraphMode = "auto"

    @classmethod
    def from_text(
        cls, text: str, path: str = "<text>", kind: Kind = "text", **kwargs: object
    ) -> Document:
        """Build a document from a string (handy in tests and plugins)."""
        return cls(text, Source(path, kind), **kwargs)  # type: ignore[arg-type]

    # -- lines -------------------------------------------------------------------------

    @cached_property
    def line_starts(self) -> list[int]:
        starts = [0]
        starts.extend(m.end() for m in re.finditer("\n", self.text))
        if len(starts) > 1 and starts[-1] == len(self.text):
            starts.pop()  # a final line break does not start another line
        return starts

    @cached_property
    def lines(self) -> tuple[Segment, ...]:
        """Every line, without its line break."""
        result = []
        for number, start in enumerate(self.line_starts, 1):
            end = self.text.find("\n", start)
            end = len(self.text) if end < 0 else end
            result.append(Segment(start, end, self.text[start:end], number))
        return tuple(result)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of ``offset``; columns count code points."""
        index = bisect.bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1

    def line_at(self, offset: int) -> Segment:
        return self.lines[bisect.bisect_right(self.line_starts, offset) - 1]

    def line_removal(self, segment: Segment) -> tuple[int, int]:
        """The span that removes ``segment``'s lines entirely, line break included.

        For the last line of a text without a final line break, the line break before it
        goes instead, so no blank line is left behind.
        """
        if segment.end < len(self.text):
            return segment.start, segment.end + 1
        if segment.start > 0:
            return segment.start - 1, segment.end
        return segment.start, segment.end

    def memo(self, key: str, compute: Callable[[Document], T]) -> T:
        """Compute something about this document once and share it between rules.

        Rules that derive the same data (say, every stripped line) ask for it under one
        key; the first call computes it, later calls reuse it. Keys are namespaced by
        convention: ``"module.what"``.
        """
        cache = self.__dict__.setdefault("_memo", {})
        if key not in cache:
            cache[key] = compute(self)
        return cache[key]  # type: ignore[no-any-return]

    # -- prose ------------------------------------------------------------------------

    @cached_property
    def non_prose(self) -> list[tuple[int, int]]:
        """Spans that are markup or data rather than prose (Markdown code, link targets...)."""
        if self.source.kind != "markdown":
            return []
        return markdown.non_prose_spans(self.text)

    @cached_property
    def prose(self) -> str:
        """``text`` with non-prose spans blanked out; offsets are those of ``text``."""
        if not self.non_prose:
            return self.text
        return markdown.blank_out(self.text, self.non_prose)

    def is_prose(self, offset: int) -> bool:
        spans = self.non_prose
        index = bisect.bisect_right(spans, (offset, float("inf"))) - 1
        return index < 0 or not (spans[index][0] <= offset < spans[index][1])

    @cached_property
    def paragraphs(self) -> tuple[Segment, ...]:
        """Paragraphs of prose.

        Paragraphs are separated by blank lines, or stand one per line (common in scraped
        corpora). In ``auto`` mode a block of consecutive lines is one hard-wrapped
        paragraph when its lines look wrapped (similar widths, most not ending a
        sentence), and one paragraph per line otherwise.
        """
        result: list[Segment] = []
        for block in self._blocks():
            if self._is_wrapped(block):
                first, last = block[0], block[-1]
                result.append(Segment(first.start, last.end, self.text[first.start : last.end],
                                      first.line))
            else:
                result.extend(block)
        return tuple(result)

    def _blocks(self) -> list[list[Segment]]:
        prose = self.prose
        blocks: list[list[Segment]] = [[]]
        for line in self.lines:
            if prose[line.start : line.end].strip():
                blocks[-1].append(line)
            elif blocks[-1]:
                blocks.append([])
        return [b for b in blocks if b]

    def _is_wrapped(self, block: list[Segment]) -> bool:
        if self.paragraph_mode == "line" or len(block) < 2:
            return False
        if self.paragraph_mode == "blank-line":
            return True
        body = [line.text.rstrip() for line in block[:-1]]
        widest = max(len(t) for t in body)
        if widest > _WRAP_WIDTH:
            return False
        if len(body) == 1 and widest < _MIN_WRAP_WIDTH:
            # Two lines, the first short: a title over a subtitle or a label over its text.
            # (With more lines, the similar-width test below has something to compare.)
            return False
        ended = sum(t.endswith(_TERMINAL) for t in body)
        similar = sum(len(t) >= 0.6 * widest for t in body)
        return ended * 2 < len(body) and similar * 4 >= len(body) * 3
