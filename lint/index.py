"""The corpus index: what every document contributes to the corpus rules, kept on disk.

A pre-commit run passes only the changed files, but boilerplate and near-duplicates are
judged against the whole corpus. ``corpus-lint index [PATHS]`` maps every document once
and stores, per file, each document's summaries (64-bit line hashes, name hashes) and,
per rule, the aggregate over all of them (line counts, MinHash signatures with their LSH
band table, name counts with their spelling groups). A later ``corpus-lint check`` maps
the stored aggregates into memory without reading them, takes back the stored
contribution of each file it is given (unless the file is unchanged) and adds the file as
it is now, so a run on one file sees the other 99,999 documents in a fraction of a second:
it touches only the pages its lookups need.

The file (``corpus-lint.index`` beside the config file; ``index`` in the ``[corpus]``
table names another) is a small binary container, read without pickle:

- 8 bytes ``CLINDEX\\0``, the format version (:data:`VERSION`, 4 bytes little-endian),
  4 reserved bytes, the header's length (8 bytes) and the header, JSON: ``format``,
  ``version``, ``fingerprint`` (the options that change what the map steps compute, and
  under ``input`` the site field that groups documents by site; other values mean the
  index is not used until it is rebuilt), ``channels`` (each rule's stored
  per-document summaries) and ``arrays``: name -> ``[dtype, shape, offset]``.
- then each array's raw bytes, C order, at 64-byte aligned offsets from the end of the
  header, mapped with :mod:`mmap` on reading:

  - ``files.path``, ``files.digest``, ``files.first``, ``files.count``: the indexed files,
    sorted by path (relative to the index's folder), with their content digest and
    their documents' range; documents are in file order.
  - ``records``: each stored document's JSONL record (0 for a text file).
  - ``CODE.agg.NAME``: rule CODE's aggregate arrays.
  - ``CODE.doc.CHANNEL.values`` / ``.offsets``: rule CODE's per-document summaries,
    concatenated; document *i* owns ``values[offsets[i]:offsets[i + 1]]``.

An index written by another version (version 1 was a NumPy ``.npz`` archive; version 2
had no per-site line counts) is an error
for a check, which says to rebuild it; ``corpus-lint index`` rebuilds it from scratch.
Updates replace a file's old contribution (found by path; a changed digest means changed
content) and drop files that no longer exist. Writes are atomic: a temporary file in the
same folder, renamed over the index.
"""

from __future__ import annotations

import json
import mmap
import os
import struct
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .config import ConfigError, Settings
from .corpus import Corpus, CorpusRule, DocKey, Options, Summary, digest, documents
from .inputs import InputFile
from .writer import AtomicFile, WriteError

if TYPE_CHECKING:  # numpy is imported where it is used (plain runs never load it)
    import numpy as np
    import numpy.typing as npt

INDEX_NAME = "corpus-lint.index"
FORMAT = "corpus-lint index"
VERSION = 3  # 3: CORP001 also counts lines per site
MAGIC = b"CLINDEX\0"
_PREAMBLE = struct.Struct("<8sIIQ")  # magic, version, reserved, header length
_ALIGN = 64
CORPUS_KEYS = ("index", "use-index")


class IndexFileError(Exception):
    """The index cannot be read or written; the message says why."""


class NotAnIndexError(IndexFileError):
    """The file at the index's path is not a corpus index: never overwritten."""


class IndexVersionError(IndexFileError):
    """The index was written by another version of corpus-lint: it must be rebuilt."""


def corpus_table(settings: Settings) -> Mapping[str, Any]:
    """The ``[corpus]`` config table, checked."""
    table: Mapping[str, Any] = settings.extra.get("corpus", {})
    for key, value in table.items():
        where = settings.where(f"corpus.{key}")
        if key not in CORPUS_KEYS:
            raise ConfigError(f"{where}: unknown key (known keys: {', '.join(CORPUS_KEYS)})")
        if key == "index" and (not isinstance(value, str) or not value):
            raise ConfigError(f"{where}: must be a non-empty string (a file path)")
        if key == "use-index" and not isinstance(value, bool):
            raise ConfigError(f"{where}: must be true or false")
    return table


def index_path(settings: Settings) -> Path:
    """Where the index lives: ``[corpus] index``, or ``corpus-lint.index`` by the config."""
    return settings.root / str(corpus_table(settings).get("index", INDEX_NAME))


def fingerprint(rules: Sequence[tuple[CorpusRule, Options]],
                settings: Settings) -> dict[str, dict[str, Any]]:
    """The option values that change the stored summaries, per rule (and, under ``input``,
    the settings that change what a document is)."""
    found = {r.code: {name: options[name] for name in r.map_options} for r, options in rules}
    return {**found, "input": {"site-field": settings.site_field}}


@dataclass(frozen=True)
class Entry:
    """One indexed file: its content digest and its documents' range."""

    path: str
    digest: str
    first: int
    count: int


class Index:
    """A loaded index: its arrays are views of the mapped file, read when first touched."""

    def __init__(self, path: Path, data: Mapping[str, npt.NDArray[Any]],
                 manifest: Mapping[str, Any]) -> None:
        self.path = path
        self.data = data
        self.manifest = manifest
        self.channels: Mapping[str, list[str]] = manifest.get("channels", {})

    @classmethod
    def load(cls, path: Path, expected: Mapping[str, Any]) -> Index | None:
        """The index at ``path``, or None when missing or built with other map options.

        ``expected`` holds the map options of the rules that will use it (a run may
        select some corpus rules only). An index of another version raises
        :class:`IndexVersionError`; an unreadable one :class:`IndexFileError`.
        """
        try:
            manifest, data = read(path)
        except FileNotFoundError:
            return None
        stored = manifest.get("fingerprint", {})
        if any(stored.get(code) != values for code, values in expected.items()):
            return None  # built with other map options: not used until rebuilt
        return cls(path, data, manifest)

    @property
    def entries(self) -> Mapping[str, Entry]:
        """The indexed files by path (relative to the index's folder), looked up in place."""
        return _Entries(self.data)

    def aggregate_arrays(self, code: str) -> dict[str, npt.NDArray[Any]] | None:
        prefix = f"{code}.agg."
        names = [n for n in self.data if n.startswith(prefix)]
        return {n[len(prefix):]: self.data[n] for n in names} if names else None

    def channel(self, code: str, name: str, first: int, count: int
                ) -> tuple[npt.NDArray[Any], npt.NDArray[np.int64]]:
        """Documents ``first``..``first + count``'s summaries in one channel: the values
        and the offsets (from 0) at which each document's part starts and ends."""
        values = self.data[f"{code}.doc.{name}.values"]
        offsets = self.data[f"{code}.doc.{name}.offsets"][first : first + count + 1]
        return values[int(offsets[0]) : int(offsets[-1])], offsets - offsets[0]

    def summaries(self, code: str, entry: Entry) -> list[dict[str, npt.NDArray[Any]]]:
        """Rule ``code``'s stored summaries of the documents of ``entry``."""
        result: list[dict[str, npt.NDArray[Any]]] = [{} for _ in range(entry.count)]
        for name in self.channels.get(code, []):
            values, offsets = self.channel(code, name, entry.first, entry.count)
            bounds = offsets.tolist()
            for i in range(entry.count):
                result[i][name] = values[bounds[i] : bounds[i + 1]]
        return result

    def records(self, entry: Entry) -> npt.NDArray[np.int64]:
        return self.data["records"][entry.first : entry.first + entry.count]

    def keys(self, entry: Entry) -> list[DocKey]:
        return [(entry.path, r) for r in self.records(entry).tolist()]

    def stored(self, entry: Entry, codes: Iterable[str]
               ) -> Iterator[tuple[DocKey, dict[str, Summary]]]:
        per_code = {code: self.summaries(code, entry) for code in codes}
        for i, key in enumerate(self.keys(entry)):
            yield key, {code: s[i] for code, s in per_code.items()}


class _Entries(Mapping[str, Entry]):
    """The file table of an index as a mapping: binary search in the sorted paths."""

    def __init__(self, data: Mapping[str, npt.NDArray[Any]]) -> None:
        self.data = data
        self.paths = data["files.path"]

    def __getitem__(self, path: str) -> Entry:
        import numpy as np

        at = int(np.searchsorted(self.paths, path))
        if at == len(self.paths) or str(self.paths[at]) != path:
            raise KeyError(path)
        return self._entry(at)

    def __iter__(self) -> Iterator[str]:
        return (str(p) for p in self.paths)

    def __len__(self) -> int:
        return len(self.paths)

    def values(self) -> Iterator[Entry]:  # type: ignore[override]
        return (self._entry(at) for at in range(len(self.paths)))

    def _entry(self, at: int) -> Entry:
        d = self.data
        return Entry(str(d["files.path"][at]), str(d["files.digest"][at]),
                     int(d["files.first"][at]), int(d["files.count"][at]))


def read(path: Path) -> tuple[dict[str, Any], dict[str, npt.NDArray[Any]]]:
    """The manifest and the arrays (read-only views of the mapped file) of an index."""
    import numpy as np

    with open(path, "rb") as handle:
        head = handle.read(_PREAMBLE.size)
        if head.startswith(b"PK"):
            raise IndexVersionError(
                f"{path}: written by an older corpus-lint (index format 1; this version reads "
                f"format {VERSION}); rebuild it with `corpus-lint index`")
        try:
            magic, version, _, length = _PREAMBLE.unpack(head)
        except struct.error:
            magic, version, length = b"", 0, 0
        if magic != MAGIC:
            raise NotAnIndexError(f"{path}: not a corpus index; remove it or rebuild it with "
                                 "`corpus-lint index`")
        if version != VERSION:
            raise IndexVersionError(
                f"{path}: written by another corpus-lint (index format {version}; this version "
                f"reads format {VERSION}); rebuild it with `corpus-lint index`")
        try:
            manifest = json.loads(handle.read(length))
            size = os.fstat(handle.fileno()).st_size
            mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) if size else b""
        except (OSError, ValueError) as exc:
            raise IndexFileError(f"{path}: not a readable corpus index ({exc}); rebuild it "
                                 "with `corpus-lint index`") from exc
    base = _aligned(_PREAMBLE.size + length)
    data: dict[str, npt.NDArray[Any]] = {}
    try:
        for name, (dtype, shape, offset) in manifest["arrays"].items():
            kind = np.dtype(dtype)
            if kind.hasobject:
                raise ValueError(f"array {name} holds objects")
            count = int(np.prod(shape, dtype=np.int64))
            data[name] = np.frombuffer(mapped, kind, count, base + offset).reshape(shape)
    except (KeyError, TypeError, ValueError) as exc:
        raise IndexFileError(f"{path}: damaged corpus index ({exc}); rebuild it with "
                             "`corpus-lint index`") from exc
    return manifest, data


def _aligned(offset: int) -> int:
    return -(-offset // _ALIGN) * _ALIGN


def open_corpus(files: Sequence[InputFile], rules: Sequence[tuple[CorpusRule, Options]],
                settings: Settings) -> Corpus:
    """Pass 1 of a check: the index's aggregates (if any) updated with ``files``."""
    index = load_for_check(rules, settings)
    corpus = open_stored(rules, settings, index)
    for file, stale in files_to_map(files, index, settings):
        if stale is not None and index is not None:
            for key, summaries in index.stored(stale, corpus.aggregates):
                corpus.remove(key, summaries)
        corpus.add_file(file, settings)
    corpus.finish()
    return corpus


def load_for_check(rules: Sequence[tuple[CorpusRule, Options]],
                   settings: Settings) -> Index | None:
    """The index a check builds on, or None when the configuration turns it off."""
    if not corpus_table(settings).get("use-index", True):
        return None
    return Index.load(index_path(settings), fingerprint(rules, settings))


def files_to_map(files: Sequence[InputFile], index: Index | None,
                 settings: Settings) -> Iterator[tuple[InputFile, Entry | None]]:
    """The files pass 1 must map, each with its stale index entry (to remove first) or None.

    Standard input is never mapped; a file the index holds unchanged is already counted.
    """
    for file in files:
        if file.path is None:
            continue
        entry = index.entries.get(_relative(file.path, settings.root)) if index else None
        if entry is not None and entry.digest == _digest(file.path):
            continue
        yield file, entry


def _relative(path: Path, root: Path) -> str:
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(root.absolute()).as_posix()
    except ValueError:
        return absolute.as_posix()


def _digest(path: Path) -> str:
    try:
        return digest(path)
    except OSError:
        return ""


# -- building ---------------------------------------------------------------------------------


@dataclass
class BuildReport:
    """What ``corpus-lint index`` did."""

    path: Path
    files: int = 0
    documents: int = 0
    mapped: int = 0  # files read and mapped (new or changed)
    removed: int = 0  # files dropped (deleted, or changed and re-read)
    discarded: str = ""  # why an unreadable or outdated index was rebuilt from scratch


@dataclass
class _Stored:
    """One file's documents as the new index will hold them: copied from the old index
    (``entry``), or just mapped: their records and, per (rule, channel), the values and
    each document's number of values (joined every few thousand documents, so a file of
    many records costs a few bytes per hash, not an array object per document)."""

    path: str
    digest: str
    entry: Entry | None = None
    records: list[int] = field(default_factory=list)
    values: dict[tuple[str, str], list[npt.NDArray[Any]]] = field(default_factory=dict)
    lengths: dict[tuple[str, str], list[int]] = field(default_factory=dict)

    JOIN_AT = 4096

    @property
    def count(self) -> int:
        return self.entry.count if self.entry is not None else len(self.records)

    def append(self, record: int, summaries: Mapping[str, Summary]) -> None:
        """Keep one document's summaries (transient "_" channels are not stored)."""
        import numpy as np

        number = len(self.records)
        self.records.append(record)
        for code, summary in summaries.items():
            for name, array in summary.items():
                if name.startswith("_"):
                    continue
                channel = (code, name)
                if channel not in self.lengths:  # a channel first seen: earlier docs had none
                    self.values[channel], self.lengths[channel] = [], [0] * number
                parts = self.values[channel]
                parts.append(array)
                if len(parts) >= self.JOIN_AT:
                    parts[:] = [np.concatenate(parts)]
                self.lengths[channel].append(len(array))
        for lengths in self.lengths.values():
            if len(lengths) == number:  # this document had nothing in that channel
                lengths.append(0)


def build(files: Sequence[InputFile], rules: Sequence[tuple[CorpusRule, Options]],
          settings: Settings) -> BuildReport:
    """Create or update the index with ``files``; other indexed files stay unless deleted."""
    path = index_path(settings)
    expected = fingerprint(rules, settings)
    report = BuildReport(path)
    try:
        index = Index.load(path, expected)
    except NotAnIndexError:
        raise  # someone else's file: not ours to replace
    except IndexFileError as exc:  # another version's, or damaged: rebuilt from scratch
        index = None
        report.discarded = str(exc)
    corpus = open_stored(rules, settings, index)
    given = {_relative(f.path, settings.root): f for f in files if f.path is not None}
    kept: list[_Stored] = []
    for entry in (index.entries.values() if index else ()):
        assert index is not None
        file = given.get(entry.path)
        current = _digest(file.path) if file and file.path else None
        if file is None and (settings.root / entry.path).is_file():
            current = entry.digest  # not named this time: kept as indexed
        if current == entry.digest:
            kept.append(_Stored(entry.path, entry.digest, entry))
            given.pop(entry.path, None)
            continue
        report.removed += 1
        for key, summaries in index.stored(entry, corpus.aggregates):
            corpus.remove(key, summaries)
    for rel, file in sorted(given.items()):
        kept.append(_map_file(corpus, rel, file, settings))
        report.mapped += 1
    kept.sort(key=lambda s: s.path)
    corpus.finish()
    report.files = len(kept)
    report.documents = sum(s.count for s in kept)
    write(path, expected, corpus, kept, index)
    return report


def open_stored(rules: Sequence[tuple[CorpusRule, Options]], settings: Settings,
                index: Index | None) -> Corpus:
    """A corpus whose aggregates start from the index's (empty without an index)."""
    stored = {r.code: index.aggregate_arrays(r.code) for r, _ in rules} if index else {}
    return Corpus(rules, settings.root, stored)


def _map_file(corpus: Corpus, rel: str, file: InputFile, settings: Settings) -> _Stored:
    assert file.path is not None
    stored = _Stored(rel, _digest(file.path))
    for doc in documents(file, settings):
        key = (rel, doc.source.record or 0)
        summaries = corpus.summaries(doc)
        corpus.add(key, summaries)
        stored.append(key[1], summaries)
    return stored


def write(path: Path, expected: Mapping[str, Any], corpus: Corpus,
          stored: Sequence[_Stored], old: Index | None = None) -> None:
    """Write the index atomically (``old``: the index that kept entries come from)."""
    import numpy as np

    arrays: dict[str, npt.NDArray[Any]] = {}
    channels: dict[str, list[str]] = {}
    for code, aggregate in corpus.aggregates.items():
        for name, array in aggregate.arrays().items():
            arrays[f"{code}.agg.{name}"] = array
        channels[code] = _doc_arrays(code, stored, old, arrays)
    counts = np.array([s.count for s in stored], np.int64)
    arrays["files.path"] = np.array([s.path for s in stored], dtype=str)
    arrays["files.digest"] = np.array([s.digest for s in stored], dtype=str)
    arrays["files.first"] = np.concatenate([[0], np.cumsum(counts)[:-1]]).astype(np.int64) \
        if len(stored) else np.zeros(0, np.int64)
    arrays["files.count"] = counts
    arrays["records"] = _concatenate(
        [old.records(s.entry) if s.entry is not None and old is not None
         else np.array(s.records, np.int64) for s in stored], np.dtype(np.int64))
    manifest = {"format": FORMAT, "version": VERSION, "fingerprint": expected,
                "channels": channels}
    write_file(path, manifest, arrays)


def _doc_arrays(code: str, stored: Sequence[_Stored], old: Index | None,
                arrays: dict[str, npt.NDArray[Any]]) -> list[str]:
    """Rule ``code``'s per-document summaries as values/offsets arrays; the channel names.

    A kept file's part is copied from the old index in one slice per channel.
    """
    import numpy as np

    names = set(old.channels.get(code, [])) if old is not None else set()
    names |= {n for s in stored for c, n in s.lengths if c == code}
    for name in sorted(names):
        parts: list[npt.NDArray[Any]] = []
        lengths: list[npt.NDArray[np.int64]] = []
        for s in stored:
            if s.entry is not None and old is not None:
                if name in old.channels.get(code, []):
                    values, offsets = old.channel(code, name, s.entry.first, s.entry.count)
                    parts.append(values)
                    lengths.append(np.diff(offsets))
                else:
                    lengths.append(np.zeros(s.entry.count, np.int64))
            elif (code, name) in s.lengths:
                parts.extend(s.values[code, name])
                lengths.append(np.array(s.lengths[code, name], np.int64))
            else:
                lengths.append(np.zeros(s.count, np.int64))
        dtype = next((p.dtype for p in parts if len(p)), np.dtype(np.uint64))
        arrays[f"{code}.doc.{name}.values"] = _concatenate(parts, dtype)
        arrays[f"{code}.doc.{name}.offsets"] = np.concatenate(
            [[0], np.cumsum(_concatenate(lengths, np.dtype(np.int64)))]).astype(np.int64)
    return sorted(names)


def _concatenate(parts: Sequence[npt.NDArray[Any]], dtype: np.dtype[Any]) -> npt.NDArray[Any]:
    import numpy as np

    return np.concatenate(parts).astype(dtype, copy=False) if parts else np.zeros(0, dtype)


def write_file(path: Path, manifest: dict[str, Any],
               arrays: Mapping[str, npt.NDArray[Any]]) -> None:
    """Write ``manifest`` and ``arrays`` atomically in the index's file format (that
    :func:`read` maps back): the index itself, and the aggregates shared with workers."""

    table, offset = {}, 0
    for name, array in arrays.items():
        if array.dtype.hasobject:
            raise TypeError(f"index array {name} holds Python objects")
        table[name] = [array.dtype.str, list(array.shape), offset]
        offset = _aligned(offset + array.nbytes)
    header = json.dumps({**manifest, "arrays": table}).encode("utf-8")
    try:
        out = AtomicFile(path, create=True, purpose=str(path))
    except WriteError as exc:
        raise IndexFileError(str(exc)) from exc
    try:
        head = _PREAMBLE.pack(MAGIC, VERSION, 0, len(header)) + header
        out.write(head + _padding(len(head)))
        for array in arrays.values():
            out.write(array.tobytes())
            out.write(_padding(array.nbytes))
        out.commit()
    except WriteError as exc:
        raise IndexFileError(str(exc)) from exc
    finally:
        out.discard()  # after an interruption too: no temporary file is left behind


def _padding(length: int) -> bytes:
    """The zero bytes that take ``length`` to the next multiple of the alignment."""
    return b"\0" * (_aligned(length) - length)
