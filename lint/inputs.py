"""Turn command-line paths into input files, and input files into documents.

Files, directories (walked recursively, skipping hidden folders and what ``.gitignore``
excludes), glob patterns and ``-`` for standard input. Plain text and Markdown files are
one document each; every line of a JSON Lines corpus (``.jsonl``, ``.jsonl.gz``) is one.

Nothing here raises on bad input: unreadable files, invalid UTF-8, binary data, malformed
records and the like become :class:`Problem` values that name the file and record.
"""

from __future__ import annotations

import glob
import gzip
import json
import os
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Literal

import pathspec

from .document import Document, Kind, ParagraphMode, Source

TEXT_SUFFIXES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown"}
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
BINARY_SNIFF = 8192


@dataclass(frozen=True)
class Problem:
    """Something that stopped part of the input from being checked or written."""

    path: str
    message: str
    record: int | None = None
    level: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        where = self.path if self.record is None else f"{self.path}:{self.record}"
        return f"{where}: {self.level}: {self.message}"


@dataclass(frozen=True)
class InputFile:
    """A file to check. ``path`` is ``None`` for standard input."""

    display: str
    path: Path | None
    kind: Kind
    compressed: bool = False


def kind_of(name: str) -> tuple[Kind, bool]:
    """The document kind for a file name, and whether it is gzip-compressed.

    >>> kind_of("corpus.jsonl.gz"), kind_of("README.md"), kind_of("notes")
    (('jsonl', True), ('markdown', False), ('text', False))
    """
    lower = name.lower()
    if lower.endswith(JSONL_SUFFIXES):
        return "jsonl", lower.endswith(".gz")
    return TEXT_SUFFIXES.get(os.path.splitext(lower)[1], "text"), False  # type: ignore[return-value]


def is_candidate(name: str) -> bool:
    """Whether a directory walk picks up a file of this name."""
    lower = name.lower()
    return lower.endswith(JSONL_SUFFIXES) or os.path.splitext(lower)[1] in TEXT_SUFFIXES


# -- discovery ---------------------------------------------------------------------------


@dataclass
class Excluder:
    """Decides which paths are excluded by config patterns and ``.gitignore`` files."""

    root: Path
    patterns: list[str] = field(default_factory=list)
    use_gitignore: bool = True

    def __post_init__(self) -> None:
        self._spec = pathspec.GitIgnoreSpec.from_lines(self.patterns)
        self._gitignores: dict[Path, pathspec.GitIgnoreSpec | None] = {}

    def excluded(self, path: Path) -> bool:
        absolute = path.absolute()
        for base in (self.root.absolute(), Path.cwd()):
            rel = _relative(absolute, base)
            if rel is not None and rel != "." and self._spec.match_file(rel):
                return True
        if self._spec.match_file(path.name):
            return True
        return self.use_gitignore and self._gitignored(absolute)

    def _gitignored(self, path: Path) -> bool:
        for directory in path.parents:
            spec = self._gitignore(directory)
            if spec is not None:
                rel = path.relative_to(directory).as_posix()
                if path.is_dir():
                    rel += "/"
                if spec.match_file(rel):
                    return True
            if (directory / ".git").exists():
                break
        return False

    def _gitignore(self, directory: Path) -> pathspec.GitIgnoreSpec | None:
        if directory not in self._gitignores:
            spec = None
            try:
                lines = (directory / ".gitignore").read_text(encoding="utf-8").splitlines()
                spec = pathspec.GitIgnoreSpec.from_lines(lines)
            except (OSError, UnicodeDecodeError):
                pass
            self._gitignores[directory] = spec
        return self._gitignores[directory]


def _relative(path: Path, base: Path) -> str | None:
    try:
        return path.relative_to(base).as_posix()
    except ValueError:
        return None


def discover(
    args: Iterable[str],
    excluder: Excluder,
    stdin_filename: str | None = None,
    force_exclude: bool = False,
) -> tuple[list[InputFile], list[Problem]]:
    """Expand command-line arguments into the files to check, in a stable order."""
    files: list[InputFile] = []
    problems: list[Problem] = []
    seen: set[Path] = set()

    def add(path: Path) -> None:
        key = path.absolute()
        if key not in seen:
            seen.add(key)
            files.append(InputFile(str(path), path, *kind_of(path.name)))

    for arg in args:
        if arg == "-":
            name = stdin_filename or "-"
            files.append(InputFile(name, None, *kind_of(name)))
            continue
        path = Path(arg)
        if path.is_dir():
            for found in _walk(path, excluder):
                add(found)
        elif path.exists() or path.is_symlink():
            if not (force_exclude and excluder.excluded(path)):
                add(path)
        elif glob.has_magic(arg):
            matches = sorted(glob.glob(arg, recursive=True))
            if not matches:
                problems.append(Problem(arg, "no file matches this pattern"))
            for match in matches:
                p = Path(match)
                if p.is_dir():
                    for found in _walk(p, excluder):
                        add(found)
                elif is_candidate(p.name) and not excluder.excluded(p):
                    add(p)
        else:
            problems.append(Problem(arg, "no such file or directory"))
    return files, problems


def _walk(top: Path, excluder: Excluder) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(top):
        base = Path(dirpath)
        dirnames[:] = sorted(
            d for d in dirnames if not d.startswith(".") and not excluder.excluded(base / d)
        )
        for name in sorted(filenames):
            if is_candidate(name) and not name.startswith("."):
                path = base / name
                if not excluder.excluded(path):
                    yield path


# -- reading -----------------------------------------------------------------------------


class InputError(Exception):
    """A file (or record) that cannot be read as a document."""


@dataclass(frozen=True)
class TextFile:
    """The decoded content of a text or Markdown file, and how to write it back the same."""

    document: Document
    newline: str  # "\n" or "\r\n": restored on write
    bom: bool


def read_bytes(file: InputFile, stdin: IO[bytes] | None = None) -> bytes:
    if file.path is None:
        assert stdin is not None
        return stdin.read()
    with open(file.path, "rb") as handle:
        data = handle.read()
    if file.compressed:
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as exc:
            raise InputError(f"not a valid gzip file ({exc})") from exc
    return data


def decode(data: bytes) -> str:
    """Decode UTF-8 strictly, saying where it fails."""
    if b"\x00" in data[:BINARY_SNIFF]:
        raise InputError("binary file (contains NUL bytes); not checked")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(
            f"invalid UTF-8 at byte {exc.start} (line {line}): {exc.reason}; "
            "not checked (re-encode it as UTF-8, e.g. with iconv)"
        ) from exc


def text_file(file: InputFile, data: bytes, paragraphs: ParagraphMode = "auto") -> TextFile:
    text = decode(data)
    bom = text.startswith("\ufeff")
    if bom:
        text = text[1:]
    newline = "\n"
    crlf = text.count("\r\n")
    if crlf and crlf == text.count("\n"):
        newline = "\r\n"
        text = text.replace("\r\n", "\n")
    doc = Document(text, Source(file.display, file.kind), paragraphs)
    return TextFile(doc, newline, bom)


def encode_text(text: str, newline: str, bom: bool) -> bytes:
    if newline != "\n":
        text = text.replace("\n", newline)
    return (("\ufeff" if bom else "") + text).encode("utf-8")


# -- JSON Lines --------------------------------------------------------------------------


@dataclass(frozen=True)
class Record:
    """One line of a JSONL file; ``document`` is None when it holds nothing to check."""

    number: int
    raw: bytes
    document: Document | None
    value_span: tuple[int, int] | None = None  # where the text field's JSON string lies in raw
    problem: Problem | None = None


_decoder = json.JSONDecoder()


def field_span(line: str, name: str) -> tuple[int, int] | None:
    """The span of the top-level ``name`` value in a one-line JSON object.

    >>> line = '{"id": 1, "text": "hi \\\\u00e9", "meta": {"text": 2}}'
    >>> s, e = field_span(line, "text"); line[s:e]
    '"hi \\\\u00e9"'
    """
    pos = _skip_ws(line, 0)
    if pos >= len(line) or line[pos] != "{":
        return None
    pos += 1
    while True:
        pos = _skip_ws(line, pos)
        if pos < len(line) and line[pos] == "}":
            return None
        key, pos = _decoder.raw_decode(line, pos)
        pos = _skip_ws(line, pos)
        if line[pos] != ":":
            raise ValueError("expected ':'")
        pos = _skip_ws(line, pos + 1)
        start = pos
        _, pos = _decoder.raw_decode(line, pos)
        if key == name:
            return start, pos
        pos = _skip_ws(line, pos)
        if line[pos] == ",":
            pos += 1
        elif line[pos] == "}":
            return None
        else:
            raise ValueError("expected ',' or '}'")


def _skip_ws(s: str, pos: int) -> int:
    while pos < len(s) and s[pos] in " \t\r\n":
        pos += 1
    return pos


def open_lines(file: InputFile, stdin: IO[bytes] | None = None) -> Iterator[bytes]:
    """Stream the raw lines of a (possibly gzip-compressed) file, line endings kept."""
    if file.path is None:
        assert stdin is not None
        yield from stdin
        return
    opener = gzip.open if file.compressed else open
    try:
        with opener(file.path, "rb") as handle:
            yield from handle
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        raise InputError(f"not a valid gzip file ({exc})") from exc


def read_records(
    file: InputFile, lines: Iterable[bytes], text_field: str, paragraphs: ParagraphMode = "auto"
) -> Iterator[Record]:
    """Every line of a JSONL file as a :class:`Record`; bad lines carry a problem."""
    for number, raw in enumerate(lines, 1):
        yield _record(file, number, raw, text_field, paragraphs)


def _record(
    file: InputFile, number: int, raw: bytes, text_field: str, paragraphs: ParagraphMode
) -> Record:
    def bad(message: str, level: Literal["error", "warning"] = "error") -> Record:
        return Record(number, raw, None, problem=Problem(file.display, message, number, level))

    body = raw.rstrip(b"\r\n")
    if not body.strip():
        return Record(number, raw, None)  # blank lines are allowed and kept
    try:
        line = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        return bad(f"invalid UTF-8 at byte {exc.start} of the record; record skipped")
    try:
        obj = json.loads(line)
    except ValueError as exc:
        return bad(f"malformed JSON ({exc}); record skipped")
    if not isinstance(obj, dict):
        return bad(f"record is a JSON {type(obj).__name__}, not an object; record skipped")
    if text_field not in obj:
        return bad(f"record has no {text_field!r} field (see --text-field); record skipped")
    if not isinstance(obj[text_field], str):
        kind = type(obj[text_field]).__name__
        return bad(f"field {text_field!r} is a {kind}, not a string; record skipped")
    span = field_span(line, text_field)
    source = Source(file.display, "jsonl", number, text_field)
    return Record(number, raw, Document(obj[text_field], source, paragraphs), span)


def replace_field(record: Record, new_text: str) -> bytes:
    """The record's raw line with only the text field's value replaced."""
    assert record.value_span is not None
    body = record.raw.rstrip(b"\r\n")
    ending = record.raw[len(body):]
    line = body.decode("utf-8")
    start, end = record.value_span
    ascii_only = line[start:end].isascii()
    encoded = json.dumps(new_text, ensure_ascii=ascii_only)
    return (line[:start] + encoded + line[end:]).encode("utf-8") + ending
