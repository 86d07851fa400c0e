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
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt
from corpus_lint.corpus import (
    DOCUMENT_SEPARATOR,
    Aggregate,
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

SEP = f"\n{DOCUMENT_SEPARATOR}\n"
#: Families whose per-document findings already explain a line: CORP stays quiet there.
YIELDS_TO = ("DUP", "BOIL", "META")
Arrays = Mapping[str, npt.NDArray[Any]]

# -- CORP001 boilerplate ----------------------------------------------------------------------

_WORD = re.compile(r"[^\W_]+")
#: Speaker labels, datelines and other short lead-ins ("Q:", "MARTIN:", "BRUSSELS (Reuters) -").
_LABEL = re.compile(r"^[^\n]{0,40}?(?::|\s[-\u2013\u2014])\s*$")


def _normalised(text: str) -> str:
    """Lower case, words only: copies that differ in case, punctuation or spacing match."""
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


def _boilerplate_map(doc: Document, options: Options) -> Summary:
    return {"lines": hash_array(h for _, h in _hashed_segments(doc, options))}


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
        self.documents += 1

    def remove(self, key: DocKey, summary: Summary) -> None:
        self.counts.add(summary["lines"], -1)
        self.documents -= 1

    def finish(self) -> None:
        self.counts.finish()

    def arrays(self) -> dict[str, npt.NDArray[Any]]:
        self.finish()
        return {"keys": self.counts.keys, "counts": self.counts.counts,
                "documents": np.array(self.documents)}


def _threshold(options: Options, documents: int) -> int:
    return max(int(options["min-documents"]), int(math.ceil(options["min-fraction"] * documents)))


@corpus_rule(
    map=_boilerplate_map,
    aggregate=LineCounts.create,
    map_options=("min-words", "min-characters"),
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

    Short lines are never counted: speaker labels ("Q:", "MARTIN:"), datelines
    ("BRUSSELS (Reuters) -") and other lead-ins ending in a colon or dash, and lines under
    `min-words` words or `min-characters` characters. Lines that DUP, BOIL or META rules
    already report get no second finding.

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
    if not hashed:
        return
    counts = aggregate.counts.count(np.array([h for _, h in hashed], np.uint64))
    threshold = _threshold(options, aggregate.documents)
    taken: list[Segment] = []
    for (segment, _), count in sorted(zip(hashed, counts.tolist(), strict=True),
                                      key=lambda sc: (sc[0][0].start, -sc[0][0].end)):
        if count < threshold or any(t.start <= segment.start < t.end for t in taken):
            continue
        taken.append(segment)
        start, end = doc.line_removal(segment)
        yield Finding(segment.start, segment.end,
                      f"boilerplate: this text occurs in {count} documents of the corpus",
                      Fix.safe("remove the boilerplate", Edit.deletion(start, end)),
                      {"documents": count, "corpus_documents": aggregate.documents})


# -- CORP002 near-duplicate documents ---------------------------------------------------------

_SEED = 1


def _permutations(num_perm: int) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.uint64]]:
    """datasketch's hash family for ``num_perm`` permutations (fixed seed: stable)."""
    from datasketch import MinHash  # type: ignore[import-untyped]  # slow: only when needed
    a, b = MinHash(num_perm=num_perm, seed=_SEED, scheme="legacy").permutations
    return a.astype(np.uint64), b.astype(np.uint64)


_PERMUTATIONS: dict[int, tuple[npt.NDArray[np.uint64], npt.NDArray[np.uint64]]] = {}
_WORD_HASHES: dict[str, int] = {}


def _perms(num_perm: int) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.uint64]]:
    """The permutations, computed once per process (or taken from the index)."""
    if num_perm not in _PERMUTATIONS:
        _PERMUTATIONS[num_perm] = _permutations(num_perm)
    return _PERMUTATIONS[num_perm]
_MERSENNE = np.uint64((1 << 61) - 1)
_MAX32 = np.uint64(0xFFFFFFFF)


def _word_hash(word: str) -> int:
    value = _WORD_HASHES.get(word)
    if value is None:
        if len(_WORD_HASHES) > 500_000:  # a bounded cache: vocabularies are long-tailed
            _WORD_HASHES.clear()
        value = _WORD_HASHES[word] = stable_hash(word) >> 1
    return value


def signature(text: str, num_perm: int, shingle: int,
              min_words: int) -> npt.NDArray[np.uint32] | None:
    """The MinHash signature of a text's word ``shingle``-grams, or None when too short.

    Same hash family as datasketch's ``MinHash(scheme="legacy")`` (a*x+b mod 2^61-1,
    32 bits kept), computed for all shingles at once.
    """
    words = text.lower().split()
    if len(words) < max(min_words, shingle):
        return None
    hashes = np.fromiter((_word_hash(w) for w in words), np.uint64, len(words))
    shingles = hashes[: len(words) - shingle + 1].copy()
    for i in range(1, shingle):
        shingles = shingles * np.uint64(1_000_003) + hashes[i : len(words) - shingle + 1 + i]
    shingles = np.unique(shingles & _MAX32)
    a, b = _perms(num_perm)
    permuted = ((shingles[:, None] * a + b) % _MERSENNE) & _MAX32
    return permuted.min(axis=0).astype(np.uint32)  # type: ignore[no-any-return]


def _dup_map(doc: Document, options: Options) -> Summary:
    sig = signature(doc.text, options["num-perm"], options["shingle-words"],
                    options["min-words"])
    return {"signature": sig if sig is not None else np.zeros(0, np.uint32)}


def _bands(num_perm: int, threshold: float) -> tuple[int, int]:
    """Bands and rows per band for ``threshold``, as datasketch's MinHashLSH chooses them."""
    from datasketch import MinHashLSH  # slow to import: only when CORP002 runs
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return int(lsh.b), int(lsh.r)


def _band_keys(sigs: npt.NDArray[np.uint32], bands: int, rows: int) -> npt.NDArray[np.uint64]:
    """One 64-bit key per (document, band): documents sharing a key are candidates."""
    keys = np.zeros((len(sigs), bands), np.uint64)
    for band in range(bands):
        block = sigs[:, band * rows : (band + 1) * rows].astype(np.uint64)
        acc = np.full(len(sigs), band + 1, np.uint64)
        for column in block.T:
            acc = acc * np.uint64(0x100000001B3) + column
        keys[:, band] = acc
    return keys


@dataclass
class Signatures:
    """CORP002's aggregate: every document's MinHash signature and a banded LSH table."""

    num_perm: int
    bands: int
    rows: int
    threshold: float
    keys: list[DocKey] = field(default_factory=list)
    rows_: list[npt.NDArray[np.uint32]] = field(default_factory=list)
    matrix: npt.NDArray[np.uint32] = field(default_factory=lambda: np.zeros((0, 0), np.uint32))
    alive: list[bool] = field(default_factory=list)
    where: dict[DocKey, int] = field(default_factory=dict)
    band_keys: npt.NDArray[np.uint64] = field(default_factory=lambda: np.zeros(0, np.uint64))
    band_docs: npt.NDArray[np.int64] = field(default_factory=lambda: np.zeros(0, np.int64))

    @classmethod
    def create(cls, options: Options, arrays: Arrays | None) -> Signatures:
        num_perm, threshold = options["num-perm"], options["threshold"]
        if arrays is not None and "lsh" in arrays and arrays["lsh"][0] == round(threshold * 1e6):
            # Stored with the index: a pre-commit run need not import datasketch (0.5 s).
            bands, rows = int(arrays["lsh"][1]), int(arrays["lsh"][2])
            _PERMUTATIONS.setdefault(num_perm, (arrays["perm_a"], arrays["perm_b"]))
        else:
            bands, rows = _bands(num_perm, threshold)
        made = cls(num_perm, bands, rows, threshold)
        if arrays is not None:
            paths = arrays["paths"].tolist()
            records = arrays["records"].tolist()
            ids = arrays["path_ids"].tolist()
            made.keys = [(paths[i], r) for i, r in zip(ids, records, strict=True)]
            made.matrix = arrays["signatures"].reshape(len(made.keys), made.num_perm)
            made.alive = [True] * len(made.keys)
            made.where = {k: i for i, k in enumerate(made.keys)}
        return made

    def add(self, key: DocKey, summary: Summary) -> None:
        sig = summary["signature"]
        if len(sig) == self.num_perm:
            self.where[key] = len(self.keys)
            self.keys.append(key)
            self.rows_.append(sig)
            self.alive.append(True)

    def remove(self, key: DocKey, summary: Summary) -> None:
        index = self.where.pop(key, None)
        if index is not None:
            self.alive[index] = False

    def finish(self) -> None:
        if self.rows_:
            self.matrix = np.vstack([self.matrix.reshape(-1, self.num_perm), *self.rows_])
            self.rows_ = []
        live = np.flatnonzero(np.array(self.alive, bool)) if self.alive else np.zeros(0, int)
        keys = _band_keys(self.matrix[live], self.bands, self.rows)
        order = np.argsort(keys, axis=None, kind="stable")
        self.band_keys = keys.reshape(-1)[order]
        self.band_docs = live[order // self.bands].astype(np.int64)

    def arrays(self) -> dict[str, npt.NDArray[Any]]:
        self.finish()
        live = [i for i, ok in enumerate(self.alive) if ok]
        paths = sorted({self.keys[i][0] for i in live})
        ids = {p: n for n, p in enumerate(paths)}
        return {"paths": np.array(paths, dtype=str),
                "path_ids": np.array([ids[self.keys[i][0]] for i in live], np.int64),
                "records": np.array([self.keys[i][1] for i in live], np.int64),
                "signatures": self.matrix[live].reshape(-1),
                "lsh": np.array([round(self.threshold * 1e6), self.bands, self.rows], np.int64),
                "perm_a": _perms(self.num_perm)[0], "perm_b": _perms(self.num_perm)[1]}

    def duplicate_of(self, key: DocKey, sig: npt.NDArray[np.uint32],
                     threshold: float) -> tuple[DocKey, float] | None:
        """The earliest other document at least ``threshold`` similar to ``sig``."""
        mine = _band_keys(sig[None, :], self.bands, self.rows)[0]
        lo = np.searchsorted(self.band_keys, mine, "left")
        hi = np.searchsorted(self.band_keys, mine, "right")
        found = {int(d) for a, b in zip(lo, hi, strict=True) for d in self.band_docs[a:b]}
        best: tuple[DocKey, float] | None = None
        for index in found:
            other = self.keys[index]
            if other >= key or not self.alive[index]:
                continue  # the later document of a pair carries the finding
            similarity = float(np.mean(self.matrix[index] == sig))
            if similarity >= threshold and (best is None or other < best[0]):
                best = (other, similarity)
        return best


def _signature_of(doc: Document, key: DocKey, options: Options,
                  aggregate: Signatures) -> npt.NDArray[np.uint32] | None:
    index = aggregate.where.get(key)
    if index is not None:
        return aggregate.matrix[index]  # type: ignore[no-any-return]
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


@dataclass
class NameCounts:
    """CORP003's aggregate: in how many documents each capitalised word occurs."""

    counts: KeyCounts = field(default_factory=KeyCounts)
    forms: dict[int, str] = field(default_factory=dict)
    variants: dict[str, tuple[str, int, int]] = field(default_factory=dict)
    options: Options = field(default_factory=dict)

    @classmethod
    def create(cls, options: Options, arrays: Arrays | None) -> NameCounts:
        made = cls(options=options)
        if arrays is not None:
            made.counts = KeyCounts(arrays["keys"], arrays["counts"])
            made.forms = dict(zip(arrays["form_keys"].tolist(), arrays["forms"].tolist(),
                                  strict=True))
        return made

    def add(self, key: DocKey, summary: Summary) -> None:
        self.counts.add(summary["names"], 1)
        if "_forms" in summary:
            for form in summary["_forms"].tolist():
                self.forms.setdefault(stable_hash(form), form)

    def remove(self, key: DocKey, summary: Summary) -> None:
        self.counts.add(summary["names"], -1)

    def finish(self) -> None:
        self.counts.finish()
        alive = dict(zip(self.counts.keys.tolist(), self.counts.counts.tolist(), strict=True))
        self.forms = {k: f for k, f in self.forms.items() if k in alive}
        counted = {f: alive[k] for k, f in self.forms.items()}
        self.variants = _variants(counted, self.options)

    def arrays(self) -> dict[str, npt.NDArray[Any]]:
        self.finish()
        return {"keys": self.counts.keys, "counts": self.counts.counts,
                "form_keys": np.array(list(self.forms), np.uint64),
                "forms": np.array(list(self.forms.values()), dtype=str)}


def _variants(counted: Mapping[str, int], options: Options) -> dict[str, tuple[str, int, int]]:
    """Minority spelling -> (majority spelling, its documents, the minority's documents)."""
    groups: dict[str, list[str]] = {}
    for form in counted:
        if len(form) >= options.get("min-length", 5):
            groups.setdefault("s:" + skeleton(form), []).append(form)
            vowel = _vowel_key(form)
            if vowel is not None:
                groups.setdefault("v:" + vowel, []).append(form)
    variants: dict[str, tuple[str, int, int]] = {}
    for forms in groups.values():
        if len(forms) < 2:
            continue
        major = max(forms, key=lambda f: (counted[f], f))
        for form in forms:
            if form != major and _dominates(counted[major], counted[form], options):
                variants.setdefault(form, (major, counted[major], counted[form]))
    return variants


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
    if not aggregate.variants:
        return
    for match in _NAME.finditer(doc.text):
        variant = aggregate.variants.get(match.group())
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
