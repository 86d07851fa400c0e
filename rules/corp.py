"""CORP: corpus-level checks across every document of a run (or of the corpus index).

- ``CORP001`` boilerplate-across-documents: a line or paragraph that recurs in many
  documents is the source site's boilerplate.
- ``CORP002`` near-duplicate-document: a document nearly identical to an earlier one
  (MinHash signatures, banded LSH).
- ``CORP003`` name-spelling-variant: a name spelled two ways across the corpus
  ("Zelenskiy" in a few documents, "Zelenskyy" in most).

Each is a map step (what one document contributes: hashes, a signature, name counts), an
aggregate (the reduce side) and a per-document check; see :mod:`corpus_lint.corpus`.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from corpus_lint.corpus import (
    DOCUMENT_SEPARATOR,
    Aggregate,
    Arrays,
    DocKey,
    KeyCounts,
    Options,
    Summary,
    corpus_rule,
    hash_array,
    stable_hash,
)
from corpus_lint.document import Document, Segment
from corpus_lint.model import Edit, Finding, Fix, FixAvailability, Severity
from corpus_lint.rule import Case, Option

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

# numpy (0.1 s to import) and datasketch (0.5 s) are imported inside the functions that use
# them: every run loads this module through the rule entry point, CORP on or off.

SEP = f"\n{DOCUMENT_SEPARATOR}\n"
#: Families whose per-document findings already explain a line: CORP stays quiet there.
YIELDS_TO = ("DUP", "BOIL", "META")

# -- CORP001 boilerplate ----------------------------------------------------------------------

_WORD = re.compile(r"[^\W_]+")
#: Speaker labels, datelines and other short lead-ins ("Q:", "MARTIN:", "BRUSSELS (Reuters) -").
_LABEL = re.compile(r"^[^\n]{0,40}?(?::|\s[-\u2013\u2014])\s*$")


#: ASCII characters that are not letters or digits, as spaces (``_WORD``'s complement).
_ASCII_GAPS = str.maketrans({c: " " for c in map(chr, range(128)) if not c.isalnum()})


def _normalised(text: str) -> str:
    """Lower case, words only: copies that differ in case, punctuation or spacing match."""
    if text.isascii():  # the common case, without the regular expression (5x faster)
        return " ".join(text.lower().translate(_ASCII_GAPS).split())
    return " ".join(_WORD.findall(text.lower()))


def _candidate(segment: Segment, options: Options) -> str | None:
    """The normalised text of a line or paragraph long enough to be counted, or None."""
    text = segment.text.strip()
    if len(text) < options["min-characters"] or _LABEL.match(text):
        return None
    norm = _normalised(text)
    return norm if norm.count(" ") + 1 >= options["min-words"] else None


def _segments(doc: Document) -> list[Segment]:
    """Lines and paragraphs (a wrapped paragraph counts as a whole and line by line)."""
    lines = list(doc.lines)
    extra = [p for p in doc.paragraphs if "\n" in p.text]
    return lines + extra


def _hashed_segments(doc: Document, options: Options) -> list[tuple[Segment, int]]:
    key = f"corp.segments.{options['min-words']}.{options['min-characters']}"

    def compute(d: Document) -> list[tuple[Segment, int]]:
        found = []
        for segment in _segments(d):
            norm = _candidate(segment, options)
            if norm is not None:
                found.append((segment, stable_hash(norm)))
        return found

    return doc.memo(key, compute)


#: A template line with a fixed lead and a slot: "Startseite > Bremen > Verkehr",
#: "← Previous: <title>", "WEATHER ALERT: <text>". The lead is what the site repeats.
_LEAD = re.compile(r"^\W*([^\W\d][^:|>›»/＞\n]{0,30}?)\s*[:|>›»/＞]\s*\S")
#: Leads that open a byline or a speaker's turn: a person, not the site's template.
_PERSON_LEAD = re.compile(
    r"^(?:by|von|par|por|di|door|av|af|de|autor|autorin|author|text|texto|written by|"
    r"reporter|reporting by|q|a)$", re.I)


def _short_lines(doc: Document, options: Options) -> list[tuple[Segment, int]]:
    """The lines a site's template may hold that are too short to count corpus-wide (a
    masthead, "Search", "Trending Stories", a label ending in a colon), hashed, and the
    lead of each short line with a slot ("Startseite > …", "Next: …"), hashed apart:
    both are counted within their site only."""
    key = f"corp.short.{options['min-words']}.{options['min-characters']}"

    def compute(d: Document) -> list[tuple[Segment, int]]:
        found = []
        for line in d.lines:
            text = line.text.strip()
            if not text:
                continue
            if _candidate(line, options) is None:
                norm = _normalised(text)
                # Speaker labels and datelines stay out ("Q:", "MARTIN:", "BRUSSELS -"); a
                # longer prompt ending in a colon is the template's ("Share this article:").
                label = _LABEL.match(text) and (norm.count(" ") < 3 or text[-1] != ":")
                if norm and not label and not _PERSON_LEAD.match(norm.split(" ", 1)[0]):
                    found.append((line, stable_hash(norm)))
            lead = _LEAD.match(text)
            if lead and text.count(" ") < 15:
                norm = _normalised(lead.group(1))
                if norm and norm.count(" ") < 3 and not _PERSON_LEAD.match(norm):
                    found.append((line, stable_hash(f"\0lead\0{norm}")))
        return found

    return doc.memo(key, compute)


_MASK64 = (1 << 64) - 1
_SITE_MIX = 0x9E3779B97F4A7C15  # odd: h -> h * mix is one-to-one modulo 2**64


def _site_hash(site: str) -> int:
    return stable_hash(f"\0site\0{site}")


def _site_keys(line_hashes: list[int], site_hash: int) -> list[int]:
    """The keys that count a line within one site (apart from the corpus-wide keys)."""
    return [(h * _SITE_MIX + site_hash) & _MASK64 for h in line_hashes]


def _boilerplate_map(doc: Document, options: Options) -> Summary:
    hashes = [h for _, h in _hashed_segments(doc, options)]
    summary = {"lines": hash_array(hashes)}
    if options["per-site"] and doc.source.site is not None:
        site = _site_hash(doc.source.site)
        short = [h for _, h in _short_lines(doc, options)]
        # The site's own key counts its documents; the others count its lines.
        summary["site"] = hash_array([site, *_site_keys(hashes + short, site)])
    return summary


@dataclass
class LineCounts:
    """CORP001's aggregate: in how many documents each normalised line occurs."""

    counts: KeyCounts = field(default_factory=KeyCounts)
    documents: int = 0

    @classmethod
    def create(cls, options: Options, arrays: Arrays | None) -> LineCounts:
        if arrays is None:
            return cls()
        return cls(KeyCounts(arrays["keys"], arrays["counts"]), int(arrays["documents"]))

    def add(self, key: DocKey, summary: Summary) -> None:
        self.counts.add(summary["lines"], 1)
        if "site" in summary:
            self.counts.add(summary["site"], 1)
        self.documents += 1

    def remove(self, key: DocKey, summary: Summary) -> None:
        self.counts.add(summary["lines"], -1)
        if "site" in summary:
            self.counts.add(summary["site"], -1)
        self.documents -= 1

    def finish(self) -> None:
        self.counts.finish()

    def arrays(self) -> dict[str, npt.NDArray[Any]]:
        import numpy as np

        keys, counts = self.counts.merged()
        return {"keys": keys, "counts": counts, "documents": np.array(self.documents)}


def _threshold(options: Options, documents: int, fraction: float | None = None) -> int:
    fraction = options["min-fraction"] if fraction is None else fraction
    return max(int(options["min-documents"]), int(math.ceil(fraction * documents)))


@corpus_rule(
    map=_boilerplate_map,
    aggregate=LineCounts.create,
    map_options=("min-words", "min-characters", "per-site"),
    code="CORP001",
    name="boilerplate-across-documents",
    summary="A line or paragraph that recurs in many documents of the corpus: site boilerplate.",
    severity=Severity.WARNING,
    fix=FixAvailability.ALWAYS,
    default_enabled=False,
    yields_to=YIELDS_TO,
    options={
        "min-documents": Option(5, "report a line found in at least this many documents",
                                minimum=2),
        "min-fraction": Option(0.01, "... and in at least this fraction of all documents",
                               minimum=0.0, maximum=1.0),
        "per-site": Option(True, "also count lines within each source site (a record's URL "
                           "host; a text file's folder)"),
        "short-lines": Option(0.5, "with per-site: a line too short to count corpus-wide "
                              "is reported when it is in at least this fraction of its site's "
                              "pages and outside the article's running text (0: never)",
                              minimum=0.0, maximum=1.0),
        "min-site-fraction": Option(0.2, "with per-site: report a line found in at least "
                                    "min-documents documents of its site and in at least this "
                                    "fraction of them (or min-fraction, if larger)",
                                    minimum=0.0, maximum=1.0),
        "min-words": Option(4, "lines with fewer words are never counted (labels, datelines)",
                            minimum=1),
        "min-characters": Option(20, "lines with fewer characters are never counted",
                                 minimum=1),
    },
    cases=[
        Case(SEP.join(f"Story {n} about the harbour.\nSign up for our weekly briefing today.\n"
                      for n in "ABC"),
             fires=True, options={"min-documents": 3},
             fixed=SEP.join(f"Story {n} about the harbour.\n" for n in "ABC")),
        Case(SEP.join(f"Story {n} about the harbour.\nSign up for our weekly briefing today.\n"
                      for n in "AB"),
             fires=False, options={"min-documents": 3}, note="below the threshold"),
        Case(SEP.join(f"MARTIN:\nStory {n} about the harbour.\nBRUSSELS (Reuters) -\n"
                      for n in "ABC"),
             fires=False, options={"min-documents": 3}, note="short labels and datelines"),
    ],
)
def boilerplate(doc: Document, key: DocKey, options: Options,
                aggregate: Aggregate) -> Iterator[Finding]:
    """## What it does
    Counts, across every document of the run (or of the corpus index), the documents that
    contain each line and each paragraph, compared after lower-casing and dropping
    punctuation. A line found in at least `min-documents` documents and in at least
    `min-fraction` of them is reported in every document, with the count.

    Lines are also counted within each source site (`per-site`), because a crawl holds a
    few hundred pages of each of many sites, and a site's chrome recurs on most of its own
    pages while staying under 1% of the corpus. A JSONL record's site is the host of its
    `url` field (`--site-field` or `site-field` in the config names another field; a bare
    name such as "herald" is taken as it is); records without one are grouped by their
    file, text files by the folder that holds them (a crawl saved one folder per site). A
    line found in at least `min-documents` pages of its site and in at least
    `min-site-fraction` of them (or `min-fraction`, if larger) is reported with both
    counts: "occurs in 5 of the 7 documents from herald.example".

    Within a site, short lines count too (`short-lines`, the share of the site's pages:
    50%): a masthead, "Search", "Trending Stories", a prompt ending in a colon, and the
    fixed lead of a line with a slot ("Startseite > …", "Next: …", "WEATHER ALERT: …").
    Such a line is reported only outside the article: before its first or after its last
    line of running text (a sentence of ten words or more), and not directly over running
    text, so the headings a site repeats on every page ("Abstract", "Introduction",
    "Ingredients") and its speaker labels stay. Bylines ("By: Jane Doe", "Von …") never
    count. After the article, the lines of headlines under a recurring line (a related-
    links list: short lines that are not sentences) are reported with it as one finding.

    Across the corpus, short lines are never counted: speaker labels ("Q:", "MARTIN:"), datelines
    ("BRUSSELS (Reuters) -") and other lead-ins ending in a colon or dash, and lines under
    `min-words` words or `min-characters` characters (within a site they count as said
    above). Lines that DUP, BOIL or META rules already report get no second finding.

    ## Why it matters
    A scraper copies the site around the article: newsletter prompts, legal notices,
    "more from this author" blurbs. Each page looks fine alone; across the corpus the same
    sentence appears hundreds of times and a model trained on it learns to produce it.

    ## Example
    Bad, in 312 of 20,000 documents:

        Sign up for our weekly briefing and never miss a story.

    Good: the article without it.

    ## Fix safety
    Safe: the fix removes the line (or paragraph) and its line break; text that recurs in
    that many documents is not the article. Raise `min-documents` for corpora where
    articles legitimately quote one another.
    """
    assert isinstance(aggregate, LineCounts)
    hashed = _hashed_segments(doc, options)
    site = doc.source.site if options["per-site"] else None
    short = _short_lines(doc, options) if site is not None and options["short-lines"] else []
    if not hashed and not short:
        return
    import numpy as np

    line_hashes = [h for _, h in hashed]
    counts = aggregate.counts.count(np.array(line_hashes, np.uint64)).tolist()
    threshold = _threshold(options, aggregate.documents)
    site_counts, short_counts, site_documents = [0] * len(hashed), [0] * len(short), 0
    site_threshold = short_threshold = 1
    if site is not None:
        site_hash = _site_hash(site)
        keys = [site_hash, *_site_keys(line_hashes + [h for _, h in short], site_hash)]
        site_documents, *found = aggregate.counts.count(np.array(keys, np.uint64)).tolist()
        site_counts, short_counts = found[:len(hashed)], found[len(hashed):]
        # A site's share is never asked to be smaller than the corpus-wide one.
        fraction = max(options["min-site-fraction"], options["min-fraction"])
        site_threshold = _threshold(options, site_documents, fraction)
        short_threshold = _threshold(options, site_documents, max(options["short-lines"], fraction))

    def evidence(count: int, in_site: int) -> dict[str, object]:
        data: dict[str, object] = {"documents": count, "corpus_documents": aggregate.documents}
        if site is not None:
            data.update(site=site, site_count=in_site, site_documents=site_documents)
        return data

    def site_words(in_site: int) -> str:
        return f"{in_site} of the {site_documents} documents from {site}"

    taken: list[tuple[Segment, str, dict[str, object]]] = []
    for (segment, _), count, in_site in sorted(
            zip(hashed, counts, site_counts, strict=True),
            key=lambda sc: (sc[0][0].start, -sc[0][0].end)):
        corpus_wide = count >= threshold
        if not corpus_wide and (site is None or in_site < site_threshold):
            continue
        if any(t.start <= segment.start < t.end for t, _, _ in taken):
            continue
        where = f"{count} documents of the corpus" if corpus_wide else site_words(in_site)
        taken.append((segment, f"boilerplate: this text occurs in {where}",
                      evidence(count, in_site)))
    if short:
        taken += _template_lines(doc, short, short_counts, short_threshold, taken,
                                 lambda n: (site_words(n), evidence(0, n)))
    for segment, message, data in taken:
        start, end = doc.line_removal(segment)
        yield Finding(segment.start, segment.end, message,
                      Fix.safe("remove the boilerplate", Edit.deletion(start, end)), data)


#: A line of the article's running text: a sentence's end after ten words (or fifty
#: characters, for scripts written without spaces).
_TERMINAL = tuple('.!?。！？…"”»।॥۔።။')


def _is_prose(text: str) -> bool:
    text = text.strip()
    return text.endswith(_TERMINAL) and (text.count(" ") >= 9 or len(text) >= 50)


def _is_list_item(text: str) -> bool:
    """A headline of a related-links list: short, and not a sentence."""
    text = text.strip()
    return bool(text) and not text.endswith((".", "。")) and not _is_prose(text) and (
        text.count(" ") < 20 and len(text) <= 160)


Described = tuple[Segment, str, dict[str, object]]


def _template_lines(doc: Document, short: list[tuple[Segment, int]], counts: list[int],
                    threshold: int, taken: list[Described],
                    describe: Callable[[int], tuple[str, dict[str, object]]]) -> list[Described]:
    """Short lines of the site's template, and the related-links lists they head.

    A short line ("Trending Stories", the masthead, "Search") counts when it recurs on
    ``threshold`` of its site's pages *and* stands outside the article: before its first
    or after its last line of running text, and not directly over running text (a
    heading such as "Abstract" or "Introduction" is the article's, however often the site
    repeats it). After the article, a recurring line heads the lines of headlines under it.
    """
    lines = doc.lines
    reported = {doc.line_at(t.start).line for t, _, _ in taken}
    body = [i for i, line in enumerate(lines, 1)
            if i not in reported and _is_prose(line.text)]
    if not body:
        return []  # no running text: nothing tells the article from the template
    first, last = body[0], body[-1]

    def next_text(number: int) -> int | None:
        return next((i for i in range(number + 1, len(lines) + 1) if lines[i - 1].text.strip()),
                    None)

    found: list[Described] = []
    for (line, _), count in zip(short, counts, strict=True):
        if count < threshold or first <= line.line <= last or line.line in reported:
            continue
        after = next_text(line.line)
        if after is not None and after in body:
            continue  # a heading over running text
        words, data = describe(count)
        found.append((line, f"boilerplate: this line of the site's template occurs in {words}",
                      data))
        reported.add(line.line)
    heads = sorted((s.line, message, data) for s, message, data in taken + found
                   if s.line > last and "\n" not in s.text)
    for number, _, data in heads:
        end = number
        while end < len(lines) and end + 1 not in reported and _is_list_item(lines[end].text):
            end += 1
        if end == number:
            continue
        head, tail = lines[number], lines[end - 1]
        span = Segment(head.start, tail.end, doc.text[head.start:tail.end], head.line)
        found.append((span, f"boilerplate: a list of links under the site's recurring "
                      f"{lines[number - 1].text.strip()!r}", data))
        reported.update(range(number + 1, end + 1))
    return found


# -- CORP002 near-duplicate documents ---------------------------------------------------------

_SEED = 1
_MERSENNE = (1 << 61) - 1
_MAX32 = 0xFFFFFFFF
Permutations = tuple["npt.NDArray[np.uint64]", "npt.NDArray[np.uint64]"]


def _permutations(num_perm: int) -> Permutations:
    """datasketch's hash family for ``num_perm`` permutations (fixed seed: stable)."""
    import numpy as np
    from datasketch import MinHash  # type: ignore[import-untyped]  # slow: only when needed

    a, b = MinHash(num_perm=num_perm, seed=_SEED, scheme="legacy").permutations
    return a.astype(np.uint64), b.astype(np.uint64)


_PERMUTATIONS: dict[int, Permutations] = {}


def _perms(num_perm: int) -> Permutations:
    """The permutations, computed once per process (or taken from the index)."""
    if num_perm not in _PERMUTATIONS:
        _PERMUTATIONS[num_perm] = _permutations(num_perm)
    return _PERMUTATIONS[num_perm]


_HASH_BASE = 0x100000001B3  # odd: invertible modulo 2**64
_POWERS: list[npt.NDArray[np.uint64]] = []  # base**i and base**-i mod 2**64, grown on demand


def _powers(n: int) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.uint64]]:
    import numpy as np

    if not _POWERS or len(_POWERS[0]) < n:
        size = max(n, 2 * len(_POWERS[0]) if _POWERS else 1 << 14)
        inverse = pow(_HASH_BASE, -1, 1 << 64)
        with np.errstate(over="ignore"):
            up = np.cumprod(np.full(size, _HASH_BASE, np.uint64))
            down = np.cumprod(np.full(size, inverse, np.uint64))
        _POWERS[:] = [np.concatenate([[np.uint64(1)], up[:-1]]),
                      np.concatenate([[np.uint64(1)], down[:-1]])]
    return _POWERS[0][:n], _POWERS[1][:n]


def word_hashes(text: str) -> npt.NDArray[np.uint64]:
    """A 64-bit hash of each whitespace-separated word of ``text`` (lower-cased), for all
    words at once: a polynomial hash of the word's UTF-8 bytes, from prefix sums, mixed
    (splitmix64's finaliser) so that low bits depend on every byte.

    >>> h = word_hashes("Harbour pier harbour")
    >>> bool(h[0] == h[2]), bool(h[0] == h[1]), len(h)
    (True, False, 3)
    """
    import numpy as np

    words = text.lower().split()
    if len(words) <= _WINDOW_WORDS:
        return _hash_words(" ".join(words))
    # In windows: the power tables grow to the longest text hashed and are kept for the
    # process, so one huge document must not make them huge. A word's hash does not
    # depend on where it stands, so the windows give the same hashes.
    return np.concatenate([_hash_words(" ".join(words[i:i + _WINDOW_WORDS]))
                           for i in range(0, len(words), _WINDOW_WORDS)])


_WINDOW_WORDS = 1 << 16


def _hash_words(joined: str) -> npt.NDArray[np.uint64]:
    import numpy as np

    data = np.frombuffer(joined.encode("utf-8"), np.uint8)
    if not len(data):
        return np.zeros(0, np.uint64)
    spaces = np.flatnonzero(data == 32)
    starts = np.concatenate([[0], spaces + 1])
    ends = np.concatenate([spaces, [len(data)]])  # exclusive
    up, down = _powers(len(data))
    # hash(word) = sum of byte[j] * base**(end - 1 - j) = base**(end - 1) * sum byte[j] * base**-j
    sums = np.cumsum(data.astype(np.uint64) * down, dtype=np.uint64)
    before = np.where(starts > 0, sums[np.maximum(starts - 1, 0)], np.uint64(0))
    h = up[ends - 1] * (sums[ends - 1] - before)
    h ^= h >> np.uint64(30)
    h *= np.uint64(0xBF58476D1CE4E5B9)
    h ^= h >> np.uint64(27)
    h *= np.uint64(0x94D049BB133111EB)
    h ^= h >> np.uint64(31)
    return h  # type: ignore[no-any-return]


def signature(text: str, num_perm: int, shingle: int,
              min_words: int) -> npt.NDArray[np.uint32] | None:
    """The MinHash signature of a text's word ``shingle``-grams, or None when too short.

    Same hash family as datasketch's ``MinHash(scheme="legacy")`` (a*x+b mod 2^61-1,
    32 bits kept), computed for all shingles at once.
    """
    import numpy as np

    hashes = word_hashes(text)
    words = len(hashes)
    if words < max(min_words, shingle):
        return None
    shingles = hashes[: words - shingle + 1].copy()
    for i in range(1, shingle):
        shingles = shingles * np.uint64(1_000_003) + hashes[i : words - shingle + 1 + i]
    shingles = np.unique(shingles & np.uint64(_MAX32))
    a, b = _perms(num_perm)
    permuted = ((shingles[:, None] * a + b) % np.uint64(_MERSENNE)) & np.uint64(_MAX32)
    return permuted.min(axis=0).astype(np.uint32)  # type: ignore[no-any-return]


def _dup_map(doc: Document, options: Options) -> Summary:
    import numpy as np

    sig = signature(doc.text, options["num-perm"], options["shingle-words"],
                    options["min-words"])
    # Transient ("_"): the aggregate keeps the signatures; the index need not store them
    # twice (taking a document back needs its key only).
    return {"_signature": sig if sig is not None else np.zeros(0, np.uint32)}


def _bands(num_perm: int, threshold: float) -> tuple[int, int]:
    """Bands and rows per band for ``threshold``, as datasketch's MinHashLSH chooses them."""
    from datasketch import MinHashLSH  # slow to import: only when CORP002 runs
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return int(lsh.b), int(lsh.r)


def _band_keys(sigs: npt.NDArray[np.uint32], bands: int, rows: int) -> npt.NDArray[np.uint64]:
    """One 64-bit key per (document, band): documents sharing a key are candidates."""
    import numpy as np

    blocks = sigs[:, : bands * rows].reshape(len(sigs), bands, rows).astype(np.uint64)
    keys = np.broadcast_to(np.arange(1, bands + 1, dtype=np.uint64), (len(sigs), bands))
    for row in range(rows):
        keys = keys * np.uint64(0x100000001B3) + blocks[:, :, row]
    return np.ascontiguousarray(keys, np.uint64)


def _band_table(sigs: npt.NDArray[np.uint32], bands: int, rows: int
                ) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.int64]]:
    """The LSH table of ``sigs``: sorted band keys and, for each, its row in ``sigs``."""
    import numpy as np

    keys = _band_keys(sigs, bands, rows).reshape(-1)
    order = np.argsort(keys, kind="stable")
    return keys[order], (order // bands).astype(np.int64)


def _lookup_band(table_keys: npt.NDArray[np.uint64], table_rows: npt.NDArray[np.int64],
                 mine: npt.NDArray[np.uint64]) -> set[int]:
    """The rows of a band table that share at least one band key with ``mine``."""
    import numpy as np

    lo = np.searchsorted(table_keys, mine, "left").tolist()
    hi = np.searchsorted(table_keys, mine, "right").tolist()
    return {int(r) for a, b in zip(lo, hi, strict=True) if b > a for r in table_rows[a:b]}


def _no_signatures() -> npt.NDArray[np.uint32]:
    import numpy as np

    return np.zeros((0, 0), np.uint32)


@dataclass
class _StoredSignatures:
    """Signatures from the index, used in place (mapped): rows sorted by document key.

    Documents are found by key with two binary searches (path, then record) and by band
    key in the stored LSH table; nothing is rebuilt, so a query reads a few pages.
    """

    paths: npt.NDArray[np.str_]  # sorted, distinct
    starts: npt.NDArray[np.int64]  # rows of paths[i]: starts[i]:starts[i + 1]
    records: npt.NDArray[np.int64]
    matrix: npt.NDArray[np.uint32]
    band_keys: npt.NDArray[np.uint64]
    band_rows: npt.NDArray[np.int64]
    dead: set[int] = field(default_factory=set)  # rows taken back in this run

    def row(self, key: DocKey) -> int | None:
        """The live row of ``key``, if stored."""
        import numpy as np

        path, record = key
        at = int(np.searchsorted(self.paths, path))
        if at == len(self.paths) or str(self.paths[at]) != path:
            return None
        lo, hi = int(self.starts[at]), int(self.starts[at + 1])
        row = lo + int(np.searchsorted(self.records[lo:hi], record))
        if row == hi or int(self.records[row]) != record or row in self.dead:
            return None
        return row

    def key(self, row: int) -> DocKey:
        import numpy as np

        at = int(np.searchsorted(self.starts, row, "right")) - 1
        return str(self.paths[at]), int(self.records[row])

    def live_keys(self) -> tuple[npt.NDArray[np.str_], npt.NDArray[np.int64],
                                 npt.NDArray[np.int64]]:
        """Paths, records and rows of the live stored documents."""
        import numpy as np

        live = np.ones(len(self.records), bool)
        live[list(self.dead)] = False
        rows = np.flatnonzero(live)
        owner = np.repeat(np.arange(len(self.paths)), np.diff(self.starts))
        return self.paths[owner[rows]], self.records[rows], rows


@dataclass
class Signatures:
    """CORP002's aggregate: MinHash signatures and a banded LSH table.

    The stored part (from the index) is used in place; documents added in this run go to
    a growing matrix with its own small band table. ``arrays`` merges both for the index.
    """

    num_perm: int
    bands: int
    rows: int
    threshold: float
    stored: _StoredSignatures | None = None
    keys: list[DocKey] = field(default_factory=list)  # added in this run, row by row
    alive: list[bool] = field(default_factory=list)
    where: dict[DocKey, int] = field(default_factory=dict)
    _matrix: npt.NDArray[np.uint32] = field(default_factory=_no_signatures)
    _table: tuple[npt.NDArray[np.uint64], npt.NDArray[np.int64]] | None = None

    @classmethod
    def create(cls, options: Options, arrays: Arrays | None) -> Signatures:
        num_perm, threshold = options["num-perm"], options["threshold"]
        if arrays is not None and arrays["lsh"][0] == round(threshold * 1e6):
            # Stored with the index: a pre-commit run need not import datasketch (0.5 s).
            bands, rows = int(arrays["lsh"][1]), int(arrays["lsh"][2])
            _PERMUTATIONS.setdefault(num_perm, (arrays["perm_a"], arrays["perm_b"]))
        else:
            bands, rows = _bands(num_perm, threshold)
        made = cls(num_perm, bands, rows, threshold)
        if arrays is not None:
            matrix = arrays["signatures"]
            if arrays["lsh"][1] == bands and arrays["lsh"][2] == rows:
                table = arrays["band_keys"], arrays["band_rows"]
            else:  # another threshold than the index was built with: band it again
                table = _band_table(matrix, bands, rows)
            made.stored = _StoredSignatures(arrays["paths"], arrays["starts"],
                                            arrays["records"], matrix, *table)
        return made

    def add(self, key: DocKey, summary: Summary) -> None:
        import numpy as np

        sig = summary["_signature"]
        if len(sig) != self.num_perm:
            return
        size = len(self.keys)
        if size == len(self._matrix):  # grow by doubling: no array object per document
            grown = np.zeros((max(64, 2 * size), self.num_perm), np.uint32)
            if size:
                grown[:size] = self._matrix[:size]
            self._matrix = grown
        self._matrix[size] = sig
        self.where[key] = size
        self.keys.append(key)
        self.alive.append(True)
        self._table = None

    def remove(self, key: DocKey, summary: Summary) -> None:
        index = self.where.pop(key, None)
        if index is not None:
            self.alive[index] = False
        elif self.stored is not None and (row := self.stored.row(key)) is not None:
            self.stored.dead.add(row)

    def finish(self) -> None:
        if self._table is None:
            self._table = _band_table(self._matrix[: len(self.keys)], self.bands, self.rows)

    def signature_of(self, key: DocKey) -> npt.NDArray[np.uint32] | None:
        """The signature held for ``key``, if any."""
        index = self.where.get(key)
        if index is not None:
            return self._matrix[index]  # type: ignore[no-any-return]
        if self.stored is not None and (row := self.stored.row(key)) is not None:
            return self.stored.matrix[row]  # type: ignore[no-any-return]
        return None

    def arrays(self) -> dict[str, npt.NDArray[Any]]:
        """Stored and added documents together, sorted by key, with their band table."""
        import numpy as np

        live = [i for i, ok in enumerate(self.alive) if ok]
        paths = np.array([self.keys[i][0] for i in live], dtype=str)
        records = np.array([self.keys[i][1] for i in live], np.int64)
        matrix = self._matrix[live].reshape(-1, self.num_perm)
        if self.stored is not None:
            old_paths, old_records, old_rows = self.stored.live_keys()
            paths = np.concatenate([old_paths, paths])
            records = np.concatenate([old_records, records])
            matrix = np.concatenate([self.stored.matrix[old_rows], matrix])
        distinct, owner = np.unique(paths, return_inverse=True)
        order = np.lexsort((records, owner))
        owner, records, matrix = owner[order], records[order], matrix[order]
        band_keys, band_rows = _band_table(matrix, self.bands, self.rows)
        a, b = _perms(self.num_perm)
        return {"paths": distinct.astype(str),
                "starts": np.searchsorted(owner, np.arange(len(distinct) + 1)).astype(np.int64),
                "records": records, "signatures": matrix,
                "band_keys": band_keys, "band_rows": band_rows,
                "lsh": np.array([round(self.threshold * 1e6), self.bands, self.rows], np.int64),
                "perm_a": a, "perm_b": b}

    def duplicate_of(self, key: DocKey, sig: npt.NDArray[np.uint32],
                     threshold: float) -> tuple[DocKey, float] | None:
        """The earliest other document at least ``threshold`` similar to ``sig``."""
        import numpy as np

        self.finish()
        assert self._table is not None
        mine = _band_keys(sig[None, :], self.bands, self.rows)[0]
        found: list[tuple[DocKey, npt.NDArray[np.uint32]]] = []
        for index in _lookup_band(*self._table, mine):
            if self.alive[index]:
                found.append((self.keys[index], self._matrix[index]))
        if self.stored is not None:
            stored = self.stored
            for row in _lookup_band(stored.band_keys, stored.band_rows, mine):
                if row not in stored.dead:
                    found.append((stored.key(row), stored.matrix[row]))
        best: tuple[DocKey, float] | None = None
        for other, other_sig in found:
            if other >= key:
                continue  # the later document of a pair carries the finding
            similarity = float(np.mean(other_sig == sig))
            if similarity >= threshold and (best is None or other < best[0]):
                best = (other, similarity)
        return best


def _signature_of(doc: Document, key: DocKey, options: Options,
                  aggregate: Signatures) -> npt.NDArray[np.uint32] | None:
    held = aggregate.signature_of(key)
    if held is not None:
        return held
    return signature(doc.text, options["num-perm"], options["shingle-words"],
                     options["min-words"])


_DOC_A = ("The harbour authority said on Tuesday that the northern pier would close for "
          "repairs after storms damaged its timber supports, and ferries would use the "
          "southern berth until the work is finished in the spring. ")
_DOC_B = ("A new bakery opened on the high street this week, selling rye loaves and "
          "cinnamon buns made to a recipe the owner brought from her grandmother's village "
          "in the north, and queues formed before the doors opened. ")


@corpus_rule(
    map=_dup_map,
    aggregate=Signatures.create,
    map_options=("num-perm", "shingle-words", "min-words"),
    code="CORP002",
    name="near-duplicate-document",
    summary="A document nearly identical to an earlier document of the corpus.",
    severity=Severity.WARNING,
    fix=FixAvailability.NEVER,
    default_enabled=False,
    options={
        "threshold": Option(0.8, "estimated Jaccard similarity of word shingles to report",
                            minimum=0.3, maximum=1.0),
        "num-perm": Option(64, "MinHash permutations (signature length)", minimum=16,
                           maximum=512),
        "shingle-words": Option(5, "words per shingle", minimum=1, maximum=20),
        "min-words": Option(30, "shorter documents are not compared", minimum=1),
    },
    cases=[
        Case(_DOC_A + "\n" + SEP + _DOC_A.replace("Tuesday", "Wednesday") + "\n", fires=True,
             options={"threshold": 0.5}),
        Case(_DOC_A + "\n" + SEP + _DOC_B + "\n", fires=False),
        Case("Short text.\n" + SEP + "Short text.\n", fires=False, note="too short to compare"),
    ],
)
def near_duplicate(doc: Document, key: DocKey, options: Options,
                   aggregate: Aggregate) -> Iterator[Finding]:
    """## What it does
    Reports a document whose word 5-grams (shingles) overlap those of an earlier document
    of the corpus by at least `threshold` (estimated Jaccard similarity). Each document is
    summarised by a MinHash signature (`num-perm` values, datasketch's hash family);
    banded locality-sensitive hashing (bands chosen as datasketch's MinHashLSH chooses
    them) finds candidate pairs without comparing every pair. "Earlier" is the order of
    paths and records; the later document carries the finding, naming the earlier one.
    Documents under `min-words` words are not compared.

    ## Why it matters
    Syndicated wire stories, mirrors and reposts put the same text into a corpus many
    times. Duplicates skew what a model learns and leak test data into training data.

    ## Example
    Bad: `b.txt` is `a.txt` with one word changed ("Tuesday" for "Wednesday").

    Good: keep one of them (drop `b.txt`, or its record, when building the corpus).

    ## Fix safety
    No fix. Removing a whole document is not an edit of its text: an empty file or an
    empty `text` field is still a document (and a record whose other fields stay behind).
    Select the duplicates from the JSON output (`evidence.duplicate_of`) and drop them in
    the corpus build instead.
    """
    assert isinstance(aggregate, Signatures)
    sig = _signature_of(doc, key, options, aggregate)
    if sig is None or len(sig) != aggregate.num_perm:
        return
    found = aggregate.duplicate_of(key, sig, options["threshold"])
    if found is None:
        return
    (path, record), similarity = found
    other = f"{path}:{record}" if record else path
    first = doc.lines[0] if doc.lines else None
    yield Finding(0, first.end if first else 0,
                  f"near-duplicate of {other} (estimated similarity {similarity:.2f})",
                  None, {"duplicate_of": {"path": path, "record": record or None},
                         "similarity": round(similarity, 3)})


# -- CORP003 name spellings -------------------------------------------------------------------

_NAME = re.compile(r"(?<![\w'’-])[A-Z][^\W\d_A-Z]{3,}(?![\w-])")
#: What ends a sentence (or starts a quote or label) before a capitalised word.
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”‘’(\[—–-])\s*$")


def _names(doc: Document) -> list[str]:
    """Distinct capitalised words that do not start a sentence: mostly proper nouns."""
    found = set()
    text = doc.text
    for match in _NAME.finditer(text):
        before = text[max(0, match.start() - 3) : match.start()]
        if not _SENTENCE_START.search(before) and match.start() > 0:
            found.add(match.group())
    return sorted(found)


def _names_map(doc: Document, options: Options) -> Summary:
    import numpy as np

    names = _names(doc)
    return {"names": np.array([stable_hash(n) for n in names], np.uint64),
            "_forms": np.array(names, dtype=str)}


def skeleton(name: str) -> str:
    """A name's spelling key: transliteration variants (y/i, -iy/-yy, ph/f, doubled
    letters, accents) share it; different names keep different keys.

    >>> skeleton("Zelenskyy") == skeleton("Zelenskiy") == skeleton("Zelensky")
    True
    >>> skeleton("Austria") == skeleton("Australia"), skeleton("Sudan") == skeleton("Sweden")
    (False, False)
    """
    text = unicodedata.normalize("NFKD", name.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"(?:iy|yy|ij|yi|ii|y)$", "i", text)
    for old, new in (("ph", "f"), ("kh", "h"), ("ck", "k"), ("ou", "u"), ("y", "i")):
        text = text.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", text)


def _vowel_key(name: str) -> str | None:
    """Consonants plus the first and last letter, for long names that differ only in
    vowels inside ("Mohammed"/"Muhammad"); None for short names (too many real pairs)."""
    text = skeleton(name)
    consonants = re.sub(r"[aeiou]", "", text)
    if len(text) < 7 or len(consonants) < 4:
        return None
    return f"{text[0]}{consonants}{text[-1]}"


def _groups_of(form: str) -> list[str]:
    """The spelling groups of a name: its skeleton and, for long names, its vowel key."""
    groups = ["s:" + skeleton(form)]
    vowel = _vowel_key(form)
    if vowel is not None:
        groups.append("v:" + vowel)
    return groups


def _no_hashes() -> npt.NDArray[np.uint64]:
    import numpy as np

    return np.zeros(0, np.uint64)


def _no_forms() -> npt.NDArray[np.str_]:
    import numpy as np

    return np.zeros(0, "<U1")


#: Names whose variant was looked up, kept at most (then forgotten and looked up again).
_VARIANT_CACHE = 100_000


@dataclass
class NameCounts:
    """CORP003's aggregate: in how many documents each capitalised word occurs, and the
    spelling groups of the words, to find a name's other spellings.

    The stored groups (from the index) are sorted arrays (group hash, form hash, form)
    searched in place; the forms first seen in this run are grouped in memory. A name's
    majority spelling is worked out when a check first asks for it.
    """

    counts: KeyCounts = field(default_factory=KeyCounts)
    options: Options = field(default_factory=dict)
    group_keys: npt.NDArray[np.uint64] = field(default_factory=_no_hashes)
    group_form_keys: npt.NDArray[np.uint64] = field(default_factory=_no_hashes)
    group_forms: npt.NDArray[np.str_] = field(default_factory=_no_forms)
    forms: dict[int, str] = field(default_factory=dict)  # first seen in this run
    _groups: dict[str, list[str]] | None = None
    _variants: dict[str, tuple[str, int, int] | None] = field(default_factory=dict)

    @classmethod
    def create(cls, options: Options, arrays: Arrays | None) -> NameCounts:
        made = cls(options=options)
        if arrays is not None:
            made.counts = KeyCounts(arrays["keys"], arrays["counts"])
            made.group_keys = arrays["group_keys"]
            made.group_form_keys = arrays["group_form_keys"]
            made.group_forms = arrays["group_forms"]
        return made

    def add(self, key: DocKey, summary: Summary) -> None:
        self.counts.add(summary["names"], 1)
        if "_forms" in summary:
            for form in summary["_forms"].tolist():
                self.forms.setdefault(stable_hash(form), form)
        self._groups = None
        self._variants.clear()

    def remove(self, key: DocKey, summary: Summary) -> None:
        self.counts.add(summary["names"], -1)
        self._variants.clear()

    def finish(self) -> None:
        self.counts.finish()
        self._variants.clear()

    def variant(self, name: str) -> tuple[str, int, int] | None:
        """(majority spelling, its documents, this spelling's documents) when ``name`` is
        a rarer spelling of a name; None otherwise."""
        if len(self._variants) >= _VARIANT_CACHE:
            self._variants.clear()  # a corpus has more capitalised words than memory
        if name not in self._variants:
            self._variants[name] = self._variant(name)
        return self._variants[name]

    def _variant(self, name: str) -> tuple[str, int, int] | None:
        import numpy as np

        min_length = self.options.get("min-length", 5)
        if len(name) < min_length or not self.counts.count(
                np.array([stable_hash(name)], np.uint64))[0] > 0:
            return None
        if self._groups is None:
            self._groups = {}
            for form in self.forms.values():
                for group in _groups_of(form):
                    self._groups.setdefault(group, []).append(form)
        for group in _groups_of(name):
            members = set(self._groups.get(group, ()))
            at = np.uint64(stable_hash(group))
            lo, hi = (int(np.searchsorted(self.group_keys, at, side)) for side in ("left",
                                                                                     "right"))
            members.update(self.group_forms[lo:hi].tolist())
            forms = sorted(m for m in members if len(m) >= min_length)
            if len(forms) < 2:
                continue
            found = self.counts.count(np.array([stable_hash(f) for f in forms], np.uint64))
            counted = {f: c for f, c in zip(forms, found.tolist(), strict=True) if c > 0}
            if name not in counted or len(counted) < 2:
                continue
            major = max(counted, key=lambda f: (counted[f], f))
            if major != name and _dominates(counted[major], counted[name], self.options):
                return major, counted[major], counted[name]
        return None

    def arrays(self) -> dict[str, npt.NDArray[Any]]:
        """Counts, and the spelling groups of every form still used by some document."""
        import numpy as np

        keys, counts = self.counts.merged()
        live = self.counts.count(self.group_form_keys) > 0
        group_keys = [self.group_keys[live]]
        form_keys = [self.group_form_keys[live]]
        forms: list[npt.NDArray[Any]] = [self.group_forms[live]]
        known = set(self.group_form_keys[live].tolist())
        fresh = [(k, f) for k, f in self.forms.items() if k not in known]
        alive = self.counts.count(np.array([k for k, _ in fresh], np.uint64)).tolist()
        rows = [(stable_hash(g), k, f) for (k, f), n in zip(fresh, alive, strict=True) if n > 0
                for g in _groups_of(f)]
        group_keys.append(np.array([r[0] for r in rows], np.uint64))
        form_keys.append(np.array([r[1] for r in rows], np.uint64))
        forms.append(np.array([r[2] for r in rows], dtype=str))
        all_keys = np.concatenate(group_keys)
        order = np.argsort(all_keys, kind="stable")
        return {"keys": keys, "counts": counts, "group_keys": all_keys[order],
                "group_form_keys": np.concatenate(form_keys)[order],
                "group_forms": np.concatenate(forms).astype(str)[order]}


def _dominates(major: int, minor: int, options: Options) -> bool:
    return bool(major >= options.get("min-majority", 3)
                and major >= options.get("min-ratio", 2.0) * minor)


_ZEL = "Ministers met President {} in Kyiv on Friday to discuss the grain corridor.\n"


@corpus_rule(
    map=_names_map,
    aggregate=NameCounts.create,
    code="CORP003",
    name="name-spelling-variant",
    summary="A name spelled differently from how most documents of the corpus spell it.",
    severity=Severity.INFO,
    fix=FixAvailability.ALWAYS,
    default_enabled=False,
    options={
        "min-majority": Option(3, "documents that must use the majority spelling", minimum=1),
        "min-ratio": Option(2.0, "the majority spelling must be this many times as common",
                            minimum=1.0),
        "min-length": Option(5, "shorter names are not compared", minimum=3),
    },
    cases=[
        Case(SEP.join([_ZEL.format("Kovalenkyy")] * 3 + [_ZEL.format("Kovalenkiy")]),
             fires=True,
             fixed=SEP.join([_ZEL.format("Kovalenkyy")] * 4)),
        Case(SEP.join([_ZEL.format("Kovalenkyy")] * 2 + [_ZEL.format("Kovalenkiy")]),
             fires=False, note="the majority is too small"),
        Case(SEP.join(["Exports to Austria rose.\n"] * 3 + ["Exports to Australia rose.\n"]),
             fires=False, note="distinct names"),
    ],
)
def name_variant(doc: Document, key: DocKey, options: Options,
                 aggregate: Aggregate) -> Iterator[Finding]:
    """## What it does
    Counts, across the corpus, the documents that use each capitalised word that does not
    start a sentence (mostly names). Spellings of one name are grouped by a spelling key
    that merges transliteration variants: final -y/-iy/-yy/-i, y for i, ph for f, kh for h,
    doubled letters, accents; and, for long names with the same first and last letter,
    vowels inside ("Mohammed", "Muhammad"). When one spelling is used by at least
    `min-majority` documents and `min-ratio` times as many as another, every use of the
    rarer spelling is reported, with the common one as the fix.

    ## Why it matters
    Scraped sources transliterate names differently ("Zelenskiy" at one wire service,
    "Zelenskyy" at another). Mixed spellings split what a model or a search index knows
    about one person in two.

    ## Example
    Bad, in 4 documents while 60 write "Kovalenkyy":

        Ministers met President Kovalenkiy in Kyiv.

    Good:

        Ministers met President Kovalenkyy in Kyiv.

    ## Fix safety
    Unsafe: two names can share a spelling key and still be two people (short names are
    never compared, and distinct names like "Austria" and "Australia" keep distinct keys,
    but a rare surname may still be taken for a variant of a common one). Review the
    suggestions before applying them with `--unsafe-fixes`.
    """
    assert isinstance(aggregate, NameCounts)
    for match in _NAME.finditer(doc.text):
        variant = aggregate.variant(match.group())
        if variant is None:
            continue
        major, major_count, minor_count = variant
        yield Finding(match.start(), match.end(),
                      f"'{match.group()}' is spelled '{major}' in {major_count} documents "
                      f"(this spelling: {minor_count})",
                      Fix.unsafe(f"use '{major}'", Edit(match.start(), match.end(), major)),
                      {"majority": major, "majority_documents": major_count,
                       "documents": minor_count})


RULES = [boilerplate, near_duplicate, name_variant]
