"""DUP: duplicated content inside one document.

Two rules share the paragraph model of :class:`~corpus_lint.document.Document`
(blank-line separated paragraphs, or one paragraph per line):

* ``DUP001`` finds paragraphs that repeat an earlier one exactly or after folding case,
  punctuation and whitespace, and groups consecutive repeats into one run;
* ``DUP002`` finds paragraphs that are highly similar to an earlier one, through an
  inverted index of word bigrams, so a document is never compared all-pairs.

>>> doc = Document.from_text("Harbour Bridge Opens Today\\nCars queued at dawn.\\n"
...                          "Harbour Bridge Opens Today\\n")
>>> [f.message for f in repeated_paragraph.check(doc)]
['line 3 repeats line 1 (exact copy)']
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import Any
from weakref import WeakKeyDictionary

from corpus_lint import (
    Case,
    Document,
    Edit,
    Finding,
    Fix,
    FixAvailability,
    Option,
    Segment,
    Severity,
    rule,
)

_NON_WORD = re.compile(r"[\W_]+")
_SPACES = re.compile(r"  +")
_SPACES_BYTES = re.compile(rb"  +")
_ASCII_FOLD = bytes(c if chr(c).isalnum() else 32 for c in range(128)) + bytes(range(128, 256))
_LONG_TEXT = 4096
# Lines that are page structure rather than prose: they repeat by design.
_HEADING = re.compile(r"#{1,6}(?:\s|$)")
_LIST_ITEM = re.compile(r"(?:[-*+\u2022\u00b7\u25aa\u25e6\u2023\u2013]|\d{1,3}[.)])\s")
_TABLE_ROW = re.compile(r"\|.*\|")
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*$")

#: Posting lists longer than this belong to stock phrases ("of the", "said on"); they are
#: dropped from the near-duplicate index so each lookup stays cheap.
MAX_POSTINGS = 32
#: How many of the best-sharing earlier paragraphs are scored exactly per paragraph.
MAX_CANDIDATES = 8
#: Paragraphs longer than this (in words) are unsegmented pages, not paragraphs: they are
#: not shingled for DUP002 (DUP001 still catches exact repeats of them).
MAX_NEAR_WORDS = 10_000


def fold(text: str) -> str:
    """Fold case, punctuation and whitespace away: the key two copies share.

    Every run of characters that are not letters or digits becomes one space.

    >>> fold("  Hello,   WORLD! ") == fold("hello world")
    True
    >>> fold("AP Photo/Jane Doe"), fold("“Café” — naïve_test")
    ('ap photo jane doe', 'café naïve test')
    """
    folded = text.casefold()
    if folded.isascii():
        # bytes.translate is a C loop: folding 50 MB takes a fraction of a second.
        data = folded.encode("ascii").translate(_ASCII_FOLD)
        return _SPACES_BYTES.sub(b" ", data).strip().decode("ascii")
    if len(folded) < _LONG_TEXT:
        return _NON_WORD.sub(" ", folded).strip()
    # A regex over a long text is slow when every space is a match; replace only the
    # few distinct non-word characters this text contains, then squeeze the spaces.
    marks = "".join(sorted(c for c in set(folded) if c != " " and not c.isalnum()))
    if marks:
        folded = re.compile(f"[{re.escape(marks)}]").sub(" ", folded)
    return _SPACES.sub(" ", folded).strip()


@dataclass(frozen=True)
class _Para:
    """A paragraph with its comparison key (``fold`` of its prose) and word count."""

    seg: Segment
    key: str
    words: int


def _units(doc: Document, segments: Iterable[Segment]) -> list[_Para]:
    """Paragraphs (or lines) with their keys.

    Punctuation-only paragraphs ("* * *", "---") keep their stripped text as key, so two
    different separators do not compare equal.
    """
    prose = doc.prose
    result = []
    for seg in segments:
        raw = prose[seg.start : seg.end]
        folded = fold(raw)
        # One token is one word, whatever joins its parts: a forum user's name repeated
        # above each of their posts ("pepa_z_Berouna") is no repeated paragraph.
        words = (folded.count(" ") + 1 if len(raw.split()) > 1 else 1) if folded else 0
        result.append(_Para(seg, folded or seg.text.strip(), words))
    return result


_PARAGRAPH_UNITS: WeakKeyDictionary[Document, list[_Para]] = WeakKeyDictionary()


def _paragraph_units(doc: Document) -> list[_Para]:
    """``_units`` of the paragraphs, computed once per document for both rules."""
    units = _PARAGRAPH_UNITS.get(doc)
    if units is None:
        units = _PARAGRAPH_UNITS[doc] = _units(doc, doc.paragraphs)
    return units


def _paragraph_lines(doc: Document) -> Iterator[Segment]:
    """The lines of every paragraph, in order (lines outside paragraphs are not prose)."""
    lines = doc.lines
    for para in doc.paragraphs:
        last = doc.position(para.end)[0]
        yield from lines[para.line - 1 : last] if last > para.line else (para,)


# -- deleting paragraphs -------------------------------------------------------------


def _content_line(lines: Sequence[Segment], index: int, step: int) -> int | None:
    """The nearest non-blank line from ``index`` going in ``step`` direction, if any."""
    while 0 <= index < len(lines):
        if lines[index].text.strip():
            return index
        index += step
    return None


def removal_span(doc: Document, start: int, end: int) -> tuple[int, int]:
    """The span that deletes the lines from ``start`` to ``end`` and their separator.

    One line break goes with the deleted lines. When blank lines separate paragraphs,
    the blank lines on one side go too, so no doubled blank line is left behind.

    >>> doc = Document.from_text("One.\\n\\nTwo.\\n\\nThree.\\n")
    >>> s, e = removal_span(doc, 6, 10)
    >>> doc.text[:s] + doc.text[e:]
    'One.\\n\\nThree.\\n'
    >>> s, e = removal_span(doc, 12, 18)
    >>> doc.text[:s] + doc.text[e:]
    'One.\\n\\nTwo.\\n'
    """
    lines = doc.lines
    first, last = doc.line_at(start).line - 1, doc.line_at(end).line - 1
    before = _content_line(lines, first - 1, -1)
    after = _content_line(lines, last + 1, 1)
    if after is None:
        # Last content of the document: take the separator before it and keep whatever
        # final line break the document has.
        return (lines[before].end if before is not None else 0), lines[last].end
    if before is None or before < first - 1:
        return lines[first].start, lines[after].start
    return lines[first].start, lines[last].end + 1


def _gap_is_blank(doc: Document, a: _Para, b: _Para) -> bool:
    """True when only whitespace lies between paragraphs ``a`` and ``b`` (in order)."""
    return not doc.text[a.seg.end : b.seg.start].strip()


def _line_range(doc: Document, first: _Para, last: _Para) -> tuple[int, int]:
    return first.seg.line, doc.position(last.seg.end)[0]


def _lines_label(span: tuple[int, int]) -> str:
    """``line 4`` or ``lines 4-9``.

    >>> _lines_label((4, 4)), _lines_label((4, 9))
    ('line 4', 'lines 4-9')
    """
    return f"line {span[0]}" if span[0] == span[1] else f"lines {span[0]}-{span[1]}"


# -- DUP001 --------------------------------------------------------------------------


def _is_loose(para: _Para, options: Mapping[str, Any]) -> bool:
    """True for short lines that repeat legitimately: labels, headings, items, replies.

    >>> opts = {"label-max-words": 6, "min-sentence-words": 6}
    >>> [_is_loose(_Para(Segment(0, 0, t, 1), fold(t), len(fold(t).split())), opts)
    ...  for t in ("Senior Editor Ana Ruiz:", "## Key points today", "- Read the report",
    ...            "Thank you so much.", "AP Photo/Jane Doe")]
    [True, True, True, True, False]
    """
    text = para.seg.text.strip()
    core = text.strip("*_ \t")
    return bool(
        _HEADING.match(text)
        or _LIST_ITEM.match(text)
        or _TABLE_ROW.fullmatch(text)
        or (core.endswith(":") and para.words <= options["label-max-words"])
        or (para.words < options["min-sentence-words"] and _SENTENCE_END.search(core))
    )


@dataclass(frozen=True)
class _Run:
    """Paragraphs ``first..last`` repeat the same number of paragraphs from ``source``."""

    first: int
    last: int
    source: int


class _RunFinder:
    """Group repeated paragraphs into runs that copy a consecutive earlier stretch."""

    def __init__(self, doc: Document, paras: list[_Para], options: Mapping[str, Any]) -> None:
        self.doc, self.paras, self.options = doc, paras, options
        self.claimed = [False] * len(paras)

    def runs(self) -> Iterator[_Run]:
        seen: dict[str, list[int]] = {}  # key -> [first, latest] occurrence
        for i, para in enumerate(self.paras):
            occurrences = seen.get(para.key)
            if occurrences is None:
                seen[para.key] = [i, i]
                continue
            if not self.claimed[i] and self._may_start(i, occurrences[1]):
                run = max((self._grow(i, j) for j in dict.fromkeys(occurrences)),
                          key=lambda r: r.last - r.first)
                for k in range(run.first, run.last + 1):
                    self.claimed[k] = True
                yield run
            occurrences[1] = i

    def _may_start(self, i: int, latest: int) -> bool:
        """Whether paragraph ``i`` is reported on its own (not only inside a run)."""
        para = self.paras[i]
        if para.words < self.options["min-words"]:
            return False
        if self.options["report-structure"] or not _is_loose(para, self.options):
            return True
        # A label or heading straight after its own copy is a stutter, not structure.
        return latest == i - 1 and _gap_is_blank(self.doc, self.paras[i - 1], para)

    def _matches(self, target: int, source: int) -> bool:
        p = self.paras
        return (source >= 0 and target < len(p) and not self.claimed[target]
                and p[target].key == p[source].key)

    def _grow(self, i: int, j: int) -> _Run:
        """The longest run through target ``i`` and source ``j`` that does not overlap."""
        p, ahead, back = self.paras, 0, 0
        while (j + ahead + 1 < i - back and self._matches(i + ahead + 1, j + ahead + 1)
               and _gap_is_blank(self.doc, p[i + ahead], p[i + ahead + 1])):
            ahead += 1
        while (i - back - 1 > j + ahead and self._matches(i - back - 1, j - back - 1)
               and _gap_is_blank(self.doc, p[i - back - 1], p[i - back])):
            back += 1
        return _Run(i - back, i + ahead, j - back)


def _run_finding(doc: Document, paras: list[_Para], run: _Run) -> Finding:
    count = run.last - run.first + 1
    targets = paras[run.first : run.last + 1]
    sources = paras[run.source : run.source + count]
    exact = all(t.seg.text == s.seg.text for t, s in zip(targets, sources, strict=True))
    here = _line_range(doc, targets[0], targets[-1])
    there = _line_range(doc, sources[0], sources[-1])
    verb = "repeats" if here[0] == here[1] else "repeat"
    how = "exact copy" if exact else "same up to case/punctuation/whitespace"
    start, end = removal_span(doc, targets[0].seg.start, targets[-1].seg.end)
    return Finding(
        targets[0].seg.start,
        targets[-1].seg.end,
        f"{_lines_label(here)} {verb} {_lines_label(there)} ({how})",
        Fix.safe(f"delete the repeated {_lines_label(here)}", Edit.deletion(start, end)),
        {"original_line": there[0], "original_end_line": there[1], "line": here[0],
         "end_line": here[1], "paragraphs": count, "match": "exact" if exact else "folded"},
    )


@rule(
    code="DUP001",
    name="repeated-paragraph",
    summary="A paragraph or line that repeats an earlier one in the same document.",
    fix=FixAvailability.ALWAYS,
    options={
        "min-words": Option(
            3, "paragraphs with fewer words are never reported on their own (speaker "
            "labels like 'Q:', 'Transcript', 'Advertisement', '## Summary')", int, minimum=1),
        "label-max-words": Option(
            6, "a line ending in ':' with at most this many words is a speaker or section "
            "label (0 turns the label heuristic off)", int, minimum=0),
        "min-sentence-words": Option(
            6, "a paragraph shorter than this that ends like a sentence ('Thank you so "
            "much.') is a conversational reply, treated like a label (1 turns this off)",
            int, minimum=1),
        "report-structure": Option(
            False, "also report labels, Markdown headings, list items, table rows and short "
            "replies that repeat on their own, not only inside a repeated run", bool),
    },
    cases=[
        Case("Council Approves Harbour Bridge\nThe council voted on Tuesday to fund the "
             "bridge.\nCouncil Approves Harbour Bridge\nConstruction starts in May.\n",
             fires=True, fixed="Council Approves Harbour Bridge\nThe council voted on "
             "Tuesday to fund the bridge.\nConstruction starts in May.\n",
             note="repeated title, one paragraph per line"),
        Case("A new bridge for the old port, explained.\nHarbour Bridge Gets the Green Light"
             "\n\nHarbour Bridge Gets the Green Light\nWhat the vote means for commuters.\n",
             fires=True, fixed="A new bridge for the old port, explained.\nHarbour Bridge "
             "Gets the Green Light\n\nWhat the vote means for commuters.\n",
             note="title twice around a stray blank line (generated summary page)"),
        Case("Ferry passengers wait at the pier at dawn in Lisvik on Monday.\n"
             "AP Photo/Lena Berg\nhide caption\ntoggle caption\nAP Photo / Lena Berg\n"
             "The ferry line will close once the bridge opens.\n",
             fires=True, fixed="Ferry passengers wait at the pier at dawn in Lisvik on "
             "Monday.\nAP Photo/Lena Berg\nhide caption\ntoggle caption\nThe ferry line "
             "will close once the bridge opens.\n",
             note="repeated credit line, equal after folding"),
        Case("Bridge vote passes\nThe council voted 9 to 2.\nWork begins in May.\n"
             "Tolls are not planned.\nThe council voted 9 to 2.\nWork begins in May.\n"
             "Tolls are not planned.\n",
             fires=True, fixed="Bridge vote passes\nThe council voted 9 to 2.\nWork begins "
             "in May.\nTolls are not planned.\n",
             note="the whole body twice: one finding, one fix"),
        Case("Bridge vote passes\n\nThe council voted 9 to 2.\n\nWork begins in May.\n\n"
             "The council voted 9 to 2.\n\nWork begins in May.\n",
             fires=True, fixed="Bridge vote passes\n\nThe council voted 9 to 2.\n\n"
             "Work begins in May.\n",
             note="blank-line separated: no doubled blank line is left"),
        Case("The mayor spoke first.\n\nThe MAYOR spoke first!\n\nThen the vote began.",
             fires=True, fixed="The mayor spoke first.\n\nThen the vote began.",
             note="equal up to case and punctuation"),
        Case("Q:\nIs the new bridge safe for heavy trucks?\nQ:\nIs the new bridge safe for "
             "heavy trucks?\nA:\nYes.\n", fires=True,
             fixed="Q:\nIs the new bridge safe for heavy trucks?\nA:\nYes.\n",
             note="a repeated question carries its speaker label with it"),
        Case("# Bridge notes\n\nThe vote passed after a long debate.\n\n```\nx = 1\n```\n\n"
             "The vote passed after a long debate.\n", fires=True, kind="markdown",
             fixed="# Bridge notes\n\nThe vote passed after a long debate.\n\n```\nx = 1\n"
             "```\n"),
        Case("Rutte:\nThat is right.\nMartin:\nSo what now?\nRutte:\nThat is right.\n",
             fires=True, options={"report-structure": True},
             fixed="Rutte:\nThat is right.\nMartin:\nSo what now?\n"),
        Case("City Council Backs Bridge Plan\nLISVIK - The city council on Tuesday backed a "
             "plan to build a bridge across the harbour.\n\"We have waited thirty years for "
             "this,\" said Mayor Ines Varga.\nCouncillor Tom Hale voted against. \"The cost "
             "is too high,\" Hale said.\nVarga said the bridge would open in 2028.\n",
             fires=False, note="clean news prose with quotations and names"),
        Case("Transcript\nMichel Moreau:\nWelcome to the programme.\nIna Falk:\nThank you so "
             "much.\nMichel Moreau:\nWhat did the council decide?\nIna Falk:\nIt approved "
             "the bridge.\nMichel Moreau:\nThank you so much.\nAdvertisement\nTranscript\n",
             fires=False, note="interview with repeated speaker labels and replies"),
        Case("Senior Councillor Ina Falk:\nWe agreed.\nHost:\nGood.\n"
             "Senior Councillor Ina Falk:\nWe did.\n", fires=False),
        Case("# Report\n\n## Summary\n\nThe bridge is approved.\n\n## Details for "
             "commuters\n\n- Read the full report\n- Bus lines change\n\n## Summary\n\n"
             "Work starts soon.\n\n## Details for commuters\n\n- Read the full report\n\n"
             "| Line | Stop |\n|---|---|\n| 4 | Pier |\n\n| Day | Time |\n|---|---|\n",
             fires=False, kind="markdown", note="headings, bullets, table separators"),
        Case("Run it twice:\n\n```\nmake build now\nmake build now\n```\n\nAgain:\n\n```\n"
             "make build now\n```\n", fires=False, kind="markdown",
             note="repeated lines inside code blocks"),
    ],
)
def repeated_paragraph(doc: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
    """## What it does
    Flags a paragraph (in one-paragraph-per-line documents: a line) that repeats an
    earlier paragraph of the same document, either as an exact copy or equal after
    folding case, punctuation and whitespace; the message says which, and the evidence
    names the line of the earlier copy (`original_line`). When several consecutive
    paragraphs repeat a consecutive stretch of earlier ones (a whole article body pasted
    twice) they are reported as one run, "lines 12-16 repeat lines 7-11", with one fix.

    Short lines that repeat by design are not reported on their own: paragraphs of
    fewer than `min-words` words ("Q:", "Transcript", "## Summary"), speaker and section
    labels (a line ending in ":" of at most `label-max-words` words), Markdown headings,
    list items, table rows, and short conversational replies ("Thank you so much.",
    under `min-sentence-words` words). They are still reported when they directly repeat
    the paragraph before them (a stutter) or lie inside a repeated run, and always with
    `report-structure = true`. Text inside Markdown code blocks is never compared.
    Where a block of lines reads as one hard-wrapped paragraph (a short title above a
    subtitle can look wrapped), its lines are compared one by one as well.

    Poems and song lyrics repeat lines by design (a refrain); exclude them with
    `per-file-ignores` rather than loosening the options.

    ## Why it matters
    Scrapers and page generators duplicate titles, photo credits and whole bodies. A
    model trained on the result learns to repeat itself, and the copies skew counts and
    deduplication statistics.

    ## Example
    Bad (the title and credit line appear twice):

        Harbour Bridge Gets the Green Light
        AP Photo/Lena Berg
        Harbour Bridge Gets the Green Light
        AP Photo/Lena Berg
        The council voted on Tuesday to fund the bridge.

    Good:

        Harbour Bridge Gets the Green Light
        AP Photo/Lena Berg
        The council voted on Tuesday to fund the bridge.

    ## Fix safety
    Safe: the later copy (or the whole repeated run) is deleted with its line break; the
    first copy stays, so no text is lost. In a document whose paragraphs are separated
    by blank lines, the blank lines on one side of the deleted copy go too, so no doubled
    blank line is left. When the copies differ in case or punctuation, the first one is
    kept as written.
    """
    if len(doc.paragraphs) < 2 and len(doc.lines) < 2:
        return
    paras = _paragraph_units(doc)
    covered: set[int] = set()
    for run in _RunFinder(doc, paras, options).runs():
        finding = _run_finding(doc, paras, run)
        covered.update(range(finding.evidence["line"], finding.evidence["end_line"] + 1))
        yield finding
    if all(p.seg.line == _line_range(doc, p, p)[1] for p in paras):
        return
    # Some blocks were read as hard-wrapped paragraphs (a title above a short subtitle
    # looks wrapped); compare their lines too, so a repeated title inside one is found.
    lines = _units(doc, _paragraph_lines(doc))
    for run in _RunFinder(doc, lines, options).runs():
        finding = _run_finding(doc, lines, run)
        if covered.isdisjoint(range(finding.evidence["line"], finding.evidence["end_line"] + 1)):
            yield finding


# -- DUP002 --------------------------------------------------------------------------


def shingles(key: str) -> frozenset[int]:
    """Hashes of the word bigrams of a folded paragraph.

    >>> len(shingles("the bridge opens in may"))
    4
    """
    words = key.split()
    return frozenset(map(hash, zip(words, words[1:], strict=False)))


def similarity(a: frozenset[int], b: frozenset[int]) -> float:
    """Dice coefficient of two shingle sets: the share of bigrams the two have in common.

    >>> similarity(shingles("a b c d e"), shingles("a b c d x"))
    0.75
    """
    if not a and not b:
        return 1.0
    return 2 * len(a & b) / (len(a) + len(b))


class _ShingleIndex:
    """Prefix-filtered inverted index: shingle -> earlier paragraphs that contain it.

    Two sets with Jaccard similarity ``j`` share at least ``ceil(j * n)`` of the ``n``
    shingles of either, so when every set is sorted in one global order they share one
    of their first ``n - ceil(j * n) + 1`` (the "prefix filter" of set-similarity
    joins). Only those prefixes are indexed and probed. The global order puts the
    rarest shingles of the document first, so stock phrases ("of the") rarely enter a
    prefix. A posting is one paragraph index, a list of them, or ``None`` once the list
    grew past :data:`MAX_POSTINGS`: each probe touches a bounded number of paragraphs,
    so a pass over the document is linear in its size.
    """

    def __init__(self, sets: Mapping[int, frozenset[int]], threshold: float) -> None:
        self.sets = sets
        self.threshold = threshold
        self.jaccard = threshold / (2 - threshold)  # Dice d is Jaccard d / (2 - d)
        self.frequency = Counter(chain.from_iterable(sets.values()))
        self.postings: dict[int, int | list[int] | None] = {}

    def match(self, index: int) -> tuple[int, float] | None:
        """Index paragraph ``index``; return the earlier one most similar to it, if any."""
        grams = self.sets[index]
        size = len(grams)
        keep = size - math.ceil(self.jaccard * size - 1e-9) + 1
        # Rarest first, ties by hash value: sorting by value, then stably by frequency.
        prefix = sorted(sorted(grams), key=self.frequency.__getitem__)[:keep]
        hits = self._probe_and_add(index, prefix)
        if len(hits) > MAX_CANDIDATES:
            hits = dict(Counter(hits).most_common(MAX_CANDIDATES))
        found: tuple[int, float] | None = None
        for other in hits:
            score = similarity(grams, self.sets[other])
            if score >= self.threshold and (found is None or score > found[1]):
                found = (other, score)
        return found

    def _probe_and_add(self, index: int, prefix: list[int]) -> dict[int, int]:
        """Count shared prefix shingles per earlier paragraph, then add this one's."""
        hits: dict[int, int] = {}
        postings = self.postings
        for gram in prefix:
            posting = postings.get(gram, -1)
            if posting == -1:
                postings[gram] = index
            elif isinstance(posting, int):
                hits[posting] = hits.get(posting, 0) + 1
                postings[gram] = [posting, index]
            elif posting is not None:
                for other in posting:
                    hits[other] = hits.get(other, 0) + 1
                if len(posting) < MAX_POSTINGS:
                    posting.append(index)
                else:
                    postings[gram] = None
        return hits


def _near_candidates(paras: list[_Para], min_words: int) -> Iterator[int]:
    """Paragraphs worth comparing: long enough, prose, and not exact repeats (DUP001)."""
    seen: set[str] = set()
    for i, para in enumerate(paras):
        if para.key in seen:
            continue
        seen.add(para.key)
        text = para.seg.text.strip()
        if (min_words <= para.words <= MAX_NEAR_WORDS
                and not _HEADING.match(text) and not _TABLE_ROW.fullmatch(text)):
            yield i


@rule(
    code="DUP002",
    name="near-duplicate-paragraph",
    summary="A paragraph nearly identical to an earlier one in the same document.",
    severity=Severity.INFO,
    fix=FixAvailability.ALWAYS,
    options={
        "min-similarity": Option(
            0.8, "lowest similarity (Dice coefficient of word-bigram sets, 0-1) reported",
            float, minimum=0.5, maximum=1.0),
        "min-words": Option(
            10, "paragraphs with fewer words are not compared (short sentences are too alike "
            "by chance)", int, minimum=3),
    },
    cases=[
        Case("The council voted on Tuesday to fund a new bridge across the harbour, ending "
             "a debate that lasted thirty years.\nConstruction is expected to start in May."
             "\nThe council voted on Wednesday to fund a new bridge across the harbour, "
             "ending a debate that lasted thirty years.\n",
             fires=True, fixed="The council voted on Tuesday to fund a new bridge across "
             "the harbour, ending a debate that lasted thirty years.\nConstruction is "
             "expected to start in May.\n", note="one word changed"),
        Case("Mayor Ines Varga said the bridge would carry trams, bicycles and cars, and "
             "that the old ferry line would close.\n\nMayor Ines Varga said the bridge "
             "would carry trams, bicycles and cars, and that the old ferry line would "
             "close. Tolls are not planned.\n\nThe end.\n",
             fires=True, fixed="Mayor Ines Varga said the bridge would carry trams, "
             "bicycles and cars, and that the old ferry line would close.\n\nThe end.\n",
             note="a short sentence added; blank-line separated"),
        Case("City Council Backs Bridge Plan\nLISVIK - The city council on Tuesday backed a "
             "plan to build a bridge across the harbour, its largest project in decades.\n"
             "\"We have waited thirty years for this bridge,\" said Mayor Ines Varga on "
             "Tuesday after the vote in the council.\nCouncillor Tom Hale voted against "
             "the plan. \"The cost of this bridge is too high,\" Hale said after the vote.\n"
             "The city council will vote on the budget for the bridge in the spring.\n",
             fires=False, note="clean news prose on one topic"),
        Case("The vote was 9 to 2.\nThe vote was 8 to 3.\n", fires=False,
             note="short sentences are not compared"),
        Case("The council voted on Tuesday to fund a new bridge across the harbour.\n"
             "The council voted on Tuesday to fund a new bridge across the harbour.\n",
             fires=False, note="exact repeats are DUP001's"),
    ],
)
def near_duplicate_paragraph(doc: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
    """## What it does
    Flags a paragraph that is highly similar to an earlier paragraph of the same
    document without being equal to it after folding case and punctuation (those are
    DUP001's): the same paragraph with a few words changed, or with a sentence added.
    Similarity is the Dice coefficient of the two paragraphs' sets of word bigrams
    (`2 * shared / (bigrams of one + bigrams of the other)`), reported in the message
    and the evidence (`similarity`, with the earlier copy's `original_line`).

    Only paragraphs of at least `min-words` words are compared (short sentences such as
    "The vote was 9 to 2." and "The vote was 8 to 3." are alike by chance), and only
    prose: Markdown headings, table rows and code are skipped. Candidates come from an
    index of bigrams to paragraphs that holds only each paragraph's rarest bigrams (a
    prefix long enough that two paragraphs at the threshold must share one of them);
    bigrams indexed for more than 32 paragraphs (stock phrases, templated lines) are
    dropped from it. The rule thus runs in time linear in the document and never
    compares all pairs; the price is that in a document of hundreds of templated lines
    only the first few dozen are compared with each other. Paragraphs of more than
    10,000 words are not compared (DUP001 still finds exact copies of them).

    ## Why it matters
    Spinners, page generators and revision histories leave a paragraph twice with small
    edits. Exact deduplication misses these, and a model trained on them sees the same
    content twice.

    ## Example
    Bad:

        The council voted on Tuesday to fund a new bridge across the harbour.
        The council voted on Wednesday to fund a new bridge across the harbour.

    Good: one of the two versions.

    ## Fix safety
    Unsafe: the fix deletes the later paragraph, but the two versions differ, so the
    deletion loses whatever only the later one says (a corrected figure, an added
    sentence). Review before applying with `--unsafe-fixes`. The severity is `info`
    for the same reason: a near-duplicate is sometimes legitimate (an updated paragraph
    in a live blog, a templated line), so it is a lead to review rather than a defect.
    """
    if len(doc.paragraphs) < 2:
        return
    paras = _paragraph_units(doc)
    candidates = _near_candidates(paras, options["min-words"])
    index = _ShingleIndex({i: shingles(paras[i].key) for i in candidates},
                          options["min-similarity"])
    for i in index.sets:
        match = index.match(i)
        if match is not None:
            yield _near_finding(doc, paras[i], paras[match[0]], match[1])


def _near_finding(doc: Document, para: _Para, original: _Para, score: float) -> Finding:
    here = _line_range(doc, para, para)
    there = _line_range(doc, original, original)
    start, end = removal_span(doc, para.seg.start, para.seg.end)
    return Finding(
        para.seg.start,
        para.seg.end,
        f"{_lines_label(here)} is a near-duplicate of {_lines_label(there)} "
        f"(similarity {score:.2f})",
        Fix.unsafe(f"delete the near-duplicate {_lines_label(here)}", Edit.deletion(start, end)),
        {"original_line": there[0], "similarity": round(score, 3),
         "metric": "dice-word-bigrams"},
    )


RULES = [repeated_paragraph, near_duplicate_paragraph]
