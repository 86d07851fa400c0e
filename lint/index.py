"""The corpus index: what every document contributes to the corpus rules, kept on disk.

A pre-commit run passes only the changed files, but boilerplate and near-duplicates are
judged against the whole corpus. ``corpus-lint index [PATHS]`` maps every document once
and stores, per file, each document's summaries (64-bit line hashes, a MinHash signature,
name hashes) and, per rule, the aggregate over all of them (line counts, signatures, name
counts). A later ``corpus-lint check`` loads the aggregates, takes back the stored
contribution of each file it is given (unless the file is unchanged) and adds the file as
it is now, so a run on one file sees the other 99,999 documents in a fraction of a second.

The file (``corpus-lint.index`` beside the config file; ``index`` in the ``[corpus]``
table names another) is one NumPy ``.npz`` archive read without pickle:

- ``manifest``: JSON: ``format``, ``version`` (:data:`VERSION`; another version is
  rebuilt), ``fingerprint`` (the options that change what the map steps compute; other
  values mean a rebuild), and ``files``: ``[path, digest, first document, documents]``
  in document order, paths relative to the index's folder.
- ``records``: each stored document's JSONL record (0 for a text file).
- ``CODE.agg.NAME``: rule CODE's aggregate arrays.
- ``CODE.doc.CHANNEL.values`` / ``.offsets``: rule CODE's per-document summaries,
  concatenated; document *i* owns ``values[offsets[i]:offsets[i + 1]]``.

Updates replace a file's old contribution (found by path; a changed digest means
changed content) and drop files that no longer exist. Writes are atomic: a temporary
file in the same folder, renamed over the index.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from .config import ConfigError, Settings
from .corpus import Corpus, CorpusRule, DocKey, Options, Summary, digest, documents
from .inputs import InputFile

INDEX_NAME = "corpus-lint.index"
FORMAT = "corpus-lint index"
VERSION = 1
CORPUS_KEYS = ("index", "use-index")


class IndexFileError(Exception):
    """The index cannot be read or written; the message says why."""


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


def fingerprint(rules: Sequence[tuple[CorpusRule, Options]]) -> dict[str, dict[str, Any]]:
    """The option values that change the stored summaries, per rule."""
    return {r.code: {name: options[name] for name in r.map_options} for r, options in rules}


@dataclass(frozen=True)
class Entry:
    """One indexed file: its content digest and its documents' range."""

    path: str
    digest: str
    first: int
    count: int


class Index:
    """A loaded index (arrays are read when first used)."""

    def __init__(self, path: Path, data: Mapping[str, npt.NDArray[Any]],
                 manifest: Mapping[str, Any]) -> None:
        self.path = path
        self.data = data
        self.manifest = manifest
        self.entries = {p: Entry(p, d, f, c) for p, d, f, c in manifest["files"]}

    @classmethod
    def load(cls, path: Path, expected: Mapping[str, Any]) -> Index | None:
        """The index at ``path``, or None when missing or built with other options.

        ``expected`` holds the map options of the rules that will use it (a run may
        select some corpus rules only).
        """
        try:
            data = np.load(path, allow_pickle=False)
            manifest = json.loads(str(data["manifest"]))
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError) as exc:
            raise IndexFileError(f"{path}: not a readable corpus index ({exc}); "
                              "rebuild it with `corpus-lint index`") from exc
        stored = manifest.get("fingerprint", {})
        if manifest.get("format") != FORMAT or manifest.get("version") != VERSION or \
                any(stored.get(code) != values for code, values in expected.items()):
            return None  # built by another version or with other map options: not used
        return cls(path, data, manifest)

    def aggregate_arrays(self, code: str) -> dict[str, npt.NDArray[Any]] | None:
        prefix = f"{code}.agg."
        names = [n for n in self.data if n.startswith(prefix)]
        return {n[len(prefix):]: self.data[n] for n in names} if names else None

    def summaries(self, code: str, entry: Entry) -> list[dict[str, npt.NDArray[Any]]]:
        """Rule ``code``'s stored summaries of the documents of ``entry``."""
        result: list[dict[str, npt.NDArray[Any]]] = [{} for _ in range(entry.count)]
        for channel in self.manifest["channels"].get(code, []):
            values = self.data[f"{code}.doc.{channel}.values"]
            offsets = self.data[f"{code}.doc.{channel}.offsets"]
            for i in range(entry.count):
                a, b = offsets[entry.first + i], offsets[entry.first + i + 1]
                result[i][channel] = values[a:b]
        return result

    def keys(self, entry: Entry) -> list[DocKey]:
        records = self.data["records"][entry.first : entry.first + entry.count].tolist()
        return [(entry.path, r) for r in records]

    def stored(self, entry: Entry, codes: Iterable[str]) -> Iterator[tuple[DocKey, dict[str,
                                                                                      Summary]]]:
        per_code = {code: self.summaries(code, entry) for code in codes}
        for i, key in enumerate(self.keys(entry)):
            yield key, {code: s[i] for code, s in per_code.items()}


def open_corpus(files: Sequence[InputFile], rules: Sequence[tuple[CorpusRule, Options]],
                settings: Settings) -> Corpus:
    """Pass 1 of a check: the index's aggregates (if any) updated with ``files``."""
    index = None
    if corpus_table(settings).get("use-index", True):
        index = Index.load(index_path(settings), fingerprint(rules))
    corpus = open_stored(rules, settings, index)
    for file in files:
        if file.path is None:
            continue
        entry = index.entries.get(_relative(file.path, settings.root)) if index else None
        if entry is not None and index is not None:
            if entry.digest == _digest(file.path):
                continue  # already counted, as it is
            for key, summaries in index.stored(entry, corpus.aggregates):
                corpus.remove(key, summaries)
        corpus.add_file(file, settings)
    corpus.finish()
    return corpus


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


@dataclass
class _Stored:
    """One file's documents as the new index will hold them."""

    path: str
    digest: str
    keys: list[DocKey]
    summaries: list[dict[str, Summary]]


def build(files: Sequence[InputFile], rules: Sequence[tuple[CorpusRule, Options]],
          settings: Settings) -> BuildReport:
    """Create or update the index with ``files``; other indexed files stay unless deleted."""
    path = index_path(settings)
    expected = fingerprint(rules)
    index = Index.load(path, expected)
    corpus = open_stored(rules, settings, index)
    report = BuildReport(path)
    given = {_relative(f.path, settings.root): f for f in files if f.path is not None}
    kept: list[_Stored] = []
    for entry in (index.entries.values() if index else ()):
        assert index is not None
        file = given.get(entry.path)
        current = _digest(file.path) if file and file.path else None
        if file is None and (settings.root / entry.path).is_file():
            current = entry.digest  # not named this time: kept as indexed
        stored = list(index.stored(entry, corpus.aggregates))
        if current == entry.digest:
            kept.append(_Stored(entry.path, entry.digest, [k for k, _ in stored],
                                [s for _, s in stored]))
            given.pop(entry.path, None)
            continue
        report.removed += 1
        for key, summaries in stored:
            corpus.remove(key, summaries)
    for rel, file in sorted(given.items()):
        kept.append(_map_file(corpus, rel, file, settings))
        report.mapped += 1
    corpus.finish()
    report.files = len(kept)
    report.documents = sum(len(s.keys) for s in kept)
    write(path, expected, corpus, kept)
    return report


def open_stored(rules: Sequence[tuple[CorpusRule, Options]], settings: Settings,
                index: Index | None) -> Corpus:
    """A corpus whose aggregates start from the index's (empty without an index)."""
    corpus = Corpus(rules, settings.root)
    if index is not None:
        for rule, options in rules:
            corpus.aggregates[rule.code] = rule.aggregate(options,
                                                          index.aggregate_arrays(rule.code))
    return corpus


def _map_file(corpus: Corpus, rel: str, file: InputFile, settings: Settings) -> _Stored:
    assert file.path is not None
    stored = _Stored(rel, _digest(file.path), [], [])
    for doc in documents(file, settings):
        key = (rel, doc.source.record or 0)
        summaries = corpus.summaries(doc)
        corpus.add(key, summaries)
        stored.keys.append(key)
        # Transient channels ("_forms") feed the aggregate only; they are not stored.
        stored.summaries.append({c: {n: a for n, a in s.items() if not n.startswith("_")}
                                 for c, s in summaries.items()})
    return stored


def write(path: Path, expected: Mapping[str, Any], corpus: Corpus,
          stored: Sequence[_Stored]) -> None:
    """Write the index atomically."""
    arrays: dict[str, npt.NDArray[Any]] = {}
    channels: dict[str, list[str]] = {}
    for code, aggregate in corpus.aggregates.items():
        for name, array in aggregate.arrays().items():
            arrays[f"{code}.agg.{name}"] = array
        channels[code] = _doc_arrays(code, stored, arrays)
    files, first = [], 0
    for s in stored:
        files.append([s.path, s.digest, first, len(s.keys)])
        first += len(s.keys)
    arrays["records"] = np.array([k[1] for s in stored for k in s.keys], np.int64)
    manifest = {"format": FORMAT, "version": VERSION, "fingerprint": expected,
                "files": files, "channels": channels}
    arrays["manifest"] = np.array(json.dumps(manifest))
    _atomic_savez(path, arrays)


def _doc_arrays(code: str, stored: Sequence[_Stored],
                arrays: dict[str, npt.NDArray[Any]]) -> list[str]:
    """Rule ``code``'s per-document summaries as values/offsets arrays; the channel names."""
    per_doc = [summaries[code] for s in stored for summaries in s.summaries]
    names = sorted({n for summary in per_doc for n in summary})
    for name in names:
        parts = [summary.get(name, np.zeros(0)) for summary in per_doc]
        lengths = np.array([len(p) for p in parts], np.int64)
        dtype = next((p.dtype for p in parts if len(p)), np.dtype(np.uint64))
        arrays[f"{code}.doc.{name}.values"] = (np.concatenate(parts).astype(dtype)
                                               if parts else np.zeros(0, dtype))
        arrays[f"{code}.doc.{name}.offsets"] = np.concatenate([[0], np.cumsum(lengths)])
    return names


def _atomic_savez(path: Path, arrays: Mapping[str, npt.NDArray[Any]]) -> None:
    directory = path.absolute().parent
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise IndexFileError(f"cannot write {path}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            np.savez(handle, **arrays)  # type: ignore[arg-type]
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise IndexFileError(f"cannot write {path}: {exc.strerror or exc}") from exc
