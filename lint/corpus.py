"""Corpus rules: checks across every document of a run, written as map and reduce steps.

A per-document rule sees one document. A corpus rule needs the others too: a line is
boilerplate because hundreds of documents carry it, a document is a near-duplicate of
another one. Such a rule is a :class:`CorpusRule`: an ordinary rule (code, name,
documentation, options, cases) plus three steps.

``map(doc, options) -> Summary``
    What one document contributes, as a few numpy arrays (64-bit hashes of normalised
    lines, a MinHash signature, hashes of names...). Pure, so it runs anywhere.
``aggregate(options, arrays) -> Aggregate``
    The reduce side: an empty (or a stored) aggregate that summaries are added to and
    removed from. Memory grows with the number of distinct hashes, never with the text.
``check(doc, key, options, aggregate) -> findings``
    The second pass: one document's findings, given its key and the finished aggregate. Because it
    looks at the document's current text, fixes go through the usual fix loop.

The runner maps every document (pass 1), finishes the aggregates, and then lints every
document with the corpus rules bound to their aggregate (pass 2). A corpus index (see
:mod:`corpus_lint.index`) stores summaries and aggregates so that a run on a few files
still sees the whole corpus.

A corpus rule's test :class:`~corpus_lint.rule.Case` holds several documents in one
text, separated by a line :data:`DOCUMENT_SEPARATOR`; run alone (as the meta-test does),
the rule treats that text as a small corpus:

>>> text = "Alpha beta gamma delta.\\n" + DOCUMENT_SEPARATOR + "\\nOther text here.\\n"
>>> [(p.start, p.text) for p in split_documents(text)]
[(0, 'Alpha beta gamma delta.\\n'), (48, 'Other text here.\\n')]
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from . import inputs
from .config import Settings
from .document import Document, Source
from .inputs import InputFile
from .model import Edit, Finding, Fix
from .rule import Rule

if TYPE_CHECKING:  # numpy is imported where it is used: runs without corpus rules never load it
    import numpy as np
    import numpy.typing as npt

#: A document's identity across runs: its path (relative to the config's folder) and its
#: JSONL record (0 for a text file). Documents are ordered by it: "earlier" means smaller.
DocKey = tuple[str, int]
Summary = Mapping[str, "npt.NDArray[Any]"]
#: Named arrays: a stored aggregate (possibly read-only, mapped from the index file).
Arrays = Mapping[str, "npt.NDArray[Any]"]
Options = Mapping[str, Any]

#: The line that separates the documents of a corpus rule's test case.
DOCUMENT_SEPARATOR = "---- next document ----"


class Aggregate(Protocol):
    """The reduce side of a corpus rule: summaries in, a queryable corpus view out."""

    def add(self, key: DocKey, summary: Summary) -> None:
        """Count one document's summary."""

    def remove(self, key: DocKey, summary: Summary) -> None:
        """Take back a summary added before (a changed or deleted file)."""

    def finish(self) -> None:
        """Make the aggregate ready for queries (sort, compact); adding may follow."""

    def arrays(self) -> dict[str, npt.NDArray[Any]]:
        """The aggregate as plain arrays, to store in the index."""


MapFunction = Callable[[Document, Options], Summary]
AggregateFactory = Callable[[Options, Arrays | None], Aggregate]
CorpusCheck = Callable[[Document, DocKey, Options, Aggregate], Iterable[Finding]]
KeyFunction = Callable[[Document], DocKey]


@dataclass(frozen=True, kw_only=True)
class CorpusRule(Rule):
    """A rule across documents: a :class:`Rule` plus its map, aggregate and check steps.

    ``check_function`` (what :meth:`Rule.run` calls) treats one text as a small corpus
    split at :data:`DOCUMENT_SEPARATOR` lines; the runner replaces it by the check bound
    to the whole run's aggregate. ``map_options`` name the options that change what
    ``map`` computes: an index built with other values of them must be rebuilt.
    """

    map: MapFunction
    aggregate: AggregateFactory
    corpus_check: CorpusCheck
    map_options: tuple[str, ...] = ()

    def bound(self, aggregate: Aggregate, key: KeyFunction) -> Rule:
        """This rule as a per-document rule that consults ``aggregate``.

        ``key`` gives a document's key as the aggregate knows it (paths relative to the
        index's folder).
        """
        check = self.corpus_check

        def bound_check(doc: Document, options: Options) -> Iterable[Finding]:
            return check(doc, key(doc), options, aggregate)

        return replace(self, check_function=bound_check)


def corpus_rule(
    *,
    map: MapFunction,
    aggregate: AggregateFactory,
    map_options: Sequence[str] = (),
    **metadata: Any,
) -> Callable[[CorpusCheck], CorpusRule]:
    """Declare a corpus rule; the decorated function is its per-document check.

    ``metadata`` are the keyword arguments of :func:`corpus_lint.rule.rule` (code, name,
    summary, severity, fix, options, cases, default_enabled, yields_to...); the
    function's docstring is the documentation.
    """
    from .rule import rule  # the plain decorator builds and checks the metadata

    if "yields_to" not in Rule.__dataclass_fields__:  # an engine without yields_to support
        metadata.pop("yields_to", None)

    def wrap(function: CorpusCheck) -> CorpusRule:
        plain = rule(**metadata)(lambda doc, options: ())
        fields = {f: getattr(plain, f) for f in plain.__dataclass_fields__}
        fields.update(documentation=metadata.get("documentation") or _doc(function),
                      origin=f"{function.__module__}.{function.__qualname__}")
        made = CorpusRule(**fields, map=map, aggregate=aggregate, corpus_check=function,
                          map_options=tuple(map_options))
        return replace(made, check_function=_case_check(made))

    return wrap


def _doc(function: Callable[..., Any]) -> str:
    import inspect

    return inspect.cleandoc(function.__doc__ or "")


# -- test cases: one text as a small corpus -------------------------------------------------


@dataclass(frozen=True)
class Part:
    """One document of a test case's text, and where it starts in that text."""

    start: int
    text: str


def split_documents(text: str) -> list[Part]:
    """The documents of a text whose documents are separated by separator lines."""
    parts: list[Part] = []
    start = 0
    for match in re.finditer(rf"^{re.escape(DOCUMENT_SEPARATOR)}\n?", text, re.MULTILINE):
        parts.append(Part(start, text[start : match.start()]))
        start = match.end()
    parts.append(Part(start, text[start:]))
    return parts


def _case_check(made: CorpusRule) -> Callable[[Document, Options], Iterator[Finding]]:
    """Map, reduce and check the documents of one text, with offsets into that text."""

    def check(doc: Document, options: Options) -> Iterator[Finding]:
        parts = split_documents(doc.text)
        docs = [Document(p.text, Source(doc.source.path, doc.source.kind, number,
                                        site=doc.source.site),
                         doc.paragraph_mode) for number, p in enumerate(parts, 1)]
        aggregate = made.aggregate(options, None)
        for part_doc in docs:
            aggregate.add(doc_key(part_doc), made.map(part_doc, options))
        aggregate.finish()
        for part, part_doc in zip(parts, docs, strict=True):
            for finding in made.corpus_check(part_doc, doc_key(part_doc), options, aggregate):
                yield shifted(finding, part.start)

    return check


def shifted(finding: Finding, by: int) -> Finding:
    """``finding`` with its span and its fix's edits moved ``by`` characters."""
    fix = finding.fix
    if fix is not None:
        fix = Fix(fix.title, tuple(Edit(e.start + by, e.end + by, e.content) for e in fix.edits),
                  fix.applicability)
    return replace(finding, start=finding.start + by, end=finding.end + by, fix=fix)


# -- helpers for rules ------------------------------------------------------------------------


def doc_key(doc: Document) -> DocKey:
    """The key of a document: its path and record (0 for a whole file)."""
    return doc.source.path, doc.source.record or 0


def stable_hash(text: str) -> int:
    """A 64-bit hash of ``text`` that is the same in every process and on every machine.

    (Python's ``hash`` of a string changes from process to process.)
    """
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "little")


def hash_array(values: Iterable[int]) -> npt.NDArray[np.uint64]:
    """Distinct 64-bit hashes as a sorted array."""
    import numpy as np

    return np.unique(np.fromiter(values, dtype=np.uint64))


def _no_keys() -> npt.NDArray[np.uint64]:
    import numpy as np

    return np.zeros(0, np.uint64)


def _no_counts() -> npt.NDArray[np.int64]:
    import numpy as np

    return np.zeros(0, np.int64)


@dataclass
class KeyCounts:
    """How many documents carry each 64-bit key, in bounded memory.

    ``keys`` and ``counts`` are the stored counts: sorted unique arrays, left as they are
    (they may be read-only, mapped from the index file). What is added or taken back goes
    to a pending buffer, merged into sorted *delta* arrays when the buffer grows; a query
    adds stored and delta counts. So a run that changes a few documents of a stored corpus
    costs what those documents cost, and memory follows the number of distinct keys.
    """

    keys: npt.NDArray[np.uint64] = field(default_factory=_no_keys)
    counts: npt.NDArray[np.int64] = field(default_factory=_no_counts)
    _delta_keys: npt.NDArray[np.uint64] = field(default_factory=_no_keys)
    _delta_counts: npt.NDArray[np.int64] = field(default_factory=_no_counts)
    _pending: list[tuple[npt.NDArray[np.uint64], int]] = field(default_factory=list)
    _pending_size: int = 0

    FLUSH_AT = 2_000_000  # pending keys merged into the delta arrays
    COMPACT_AT = 4096  # pending arrays joined into one

    def add(self, keys: npt.NDArray[np.uint64], weight: int = 1) -> None:
        """Count each key once more (``weight=-1``: once less)."""
        if len(keys):
            self._pending.append((keys, weight))
            self._pending_size += len(keys)
            if self._pending_size >= self.FLUSH_AT:
                self.finish()
            elif len(self._pending) >= self.COMPACT_AT:
                self._compact()

    def _compact(self) -> None:
        """Join the pending arrays (one per document) into one per weight: a few bytes per
        key instead of an array object per document."""
        import numpy as np

        by_weight: dict[int, list[npt.NDArray[np.uint64]]] = {}
        for keys, weight in self._pending:
            by_weight.setdefault(weight, []).append(keys)
        self._pending = [(np.concatenate(parts), w) for w, parts in by_weight.items()]

    def finish(self) -> None:
        """Merge the pending keys into the delta arrays (the stored ones stay as they are)."""
        if not self._pending:
            return
        import numpy as np

        keys = [self._delta_keys, *(k for k, _ in self._pending)]
        weights = [self._delta_counts, *(np.full(len(k), w, np.int64) for k, w in self._pending)]
        self._pending, self._pending_size = [], 0
        self._delta_keys, self._delta_counts = _merge(keys, weights)

    def count(self, keys: npt.NDArray[np.uint64]) -> npt.NDArray[np.int64]:
        """The counts of ``keys`` (0 for unknown keys); call :meth:`finish` first."""
        return _lookup(self.keys, self.counts, keys) + \
            _lookup(self._delta_keys, self._delta_counts, keys)

    def merged(self) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.int64]]:
        """Every key counted at least once and its count: stored and delta together."""
        self.finish()
        if len(self._delta_keys):
            self.keys, self.counts = _merge([self.keys, self._delta_keys],
                                            [self.counts, self._delta_counts])
            self._delta_keys, self._delta_counts = _no_keys(), _no_counts()
        return self.keys, self.counts


def _merge(keys: Sequence[npt.NDArray[np.uint64]], weights: Sequence[npt.NDArray[np.int64]]
           ) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.int64]]:
    """Keys summed by key (sorted, unique), dropping keys whose sum is zero."""
    import numpy as np

    unique, inverse = np.unique(np.concatenate(keys), return_inverse=True)
    counts = np.bincount(inverse, weights=np.concatenate(weights),
                         minlength=len(unique)).astype(np.int64)
    keep = counts != 0
    return unique[keep], counts[keep]


def _lookup(sorted_keys: npt.NDArray[np.uint64], counts: npt.NDArray[np.int64],
            keys: npt.NDArray[np.uint64]) -> npt.NDArray[np.int64]:
    import numpy as np

    if not len(sorted_keys):
        return np.zeros(len(keys), np.int64)
    at = np.minimum(np.searchsorted(sorted_keys, keys), len(sorted_keys) - 1)
    return np.where(sorted_keys[at] == keys, counts[at], 0)


# -- the run ----------------------------------------------------------------------------


def corpus_rules(rules: Iterable[Rule]) -> list[CorpusRule]:
    """The corpus rules among ``rules``."""
    return [r for r in rules if isinstance(r, CorpusRule)]


def key_function(root: Path) -> KeyFunction:
    """Keys with paths relative to ``root`` (as the index stores them) where possible."""
    base = root.absolute()
    last: list[str] = ["", ""]  # the last path and its key: JSONL records share their file's

    def key(doc: Document) -> DocKey:
        path = doc.source.path
        if path == last[0]:
            return last[1], doc.source.record or 0
        relative = path
        if path != "-" and not path.startswith("<"):
            absolute = Path(os.path.abspath(path))
            with contextlib.suppress(ValueError):
                relative = absolute.relative_to(base).as_posix()
        last[:] = [path, relative]
        return relative, doc.source.record or 0

    return key


def documents(file: InputFile, settings: Settings) -> Iterator[Document]:
    """The documents of one file, streamed; unreadable input yields nothing (the lint
    pass reports it)."""
    if file.path is None:
        return  # standard input can be read once only: it is checked against the index
    paragraphs: Any = settings.paragraphs
    try:
        if file.kind != "jsonl":
            yield inputs.text_file(file, inputs.read_bytes(file), paragraphs).document
            return
        with inputs.open_jsonl(file) as handle:
            for record in inputs.read_records(file, inputs.gzip_lines(handle),
                                              settings.text_field, paragraphs,
                                              site_field=settings.site_field):
                if record.document is not None:
                    yield record.document
    except (inputs.InputError, OSError):
        return


def digest(path: Path) -> str:
    """A content hash of a file: whether the index's entry for it is still current."""
    hasher = hashlib.blake2b(digest_size=16)
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            hasher.update(chunk)
    return hasher.hexdigest()


@dataclass
class Corpus:
    """The aggregates of a run's corpus rules, filled by :meth:`add_file`."""

    rules: Sequence[tuple[CorpusRule, Options]]
    root: Path
    #: Stored aggregates (from the index) to start from, by rule code.
    stored: Mapping[str, Arrays | None] = field(default_factory=dict)
    aggregates: dict[str, Aggregate] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.key = key_function(self.root)
        for rule, options in self.rules:
            if rule.code not in self.aggregates:
                self.aggregates[rule.code] = rule.aggregate(options, self.stored.get(rule.code))

    def summaries(self, doc: Document) -> dict[str, Summary]:
        """Every corpus rule's summary of ``doc`` (the map step)."""
        return {rule.code: rule.map(doc, options) for rule, options in self.rules}

    def add(self, key: DocKey, summaries: Mapping[str, Summary]) -> None:
        for code, summary in summaries.items():
            self.aggregates[code].add(key, summary)

    def remove(self, key: DocKey, summaries: Mapping[str, Summary]) -> None:
        for code, summary in summaries.items():
            self.aggregates[code].remove(key, summary)

    def add_file(self, file: InputFile, settings: Settings) -> None:
        """Map every document of ``file`` into the aggregates."""
        for doc in documents(file, settings):
            self.add(self.key(doc), self.summaries(doc))

    def finish(self) -> None:
        for aggregate in self.aggregates.values():
            aggregate.finish()

    def bound_rules(self) -> dict[str, Rule]:
        """The corpus rules, each bound to its finished aggregate."""
        return {rule.code: rule.bound(self.aggregates[rule.code], self.key)
                for rule, _ in self.rules}
