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
import re
import stat
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
    found = _Found()
    for arg in args:
        if arg == "-":
            name = stdin_filename or "-"
            found.files.append(InputFile(name, None, *kind_of(name)))
            continue
        path = Path(arg)
        if path.is_dir():
            found.walk(path, excluder)
        elif path.exists() or path.is_symlink():
            if not (force_exclude and excluder.excluded(path)):
                found.add(path)
        elif glob.has_magic(arg):
            found.expand(arg, excluder)
        else:
            found.problems.append(Problem(arg, "no such file or directory"))
    return found.files, found.problems


@dataclass
class _Found:
    """The files discovery has collected so far, without duplicates, and its problems."""

    files: list[InputFile] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    seen: set[Path] = field(default_factory=set)

    def add(self, path: Path) -> None:
        key = path.absolute()
        if key in self.seen:
            return
        self.seen.add(key)
        reason = _unreadable_kind(path)
        if reason is not None:
            self.problems.append(Problem(str(path), f"{reason}; not checked"))
        else:
            self.files.append(InputFile(str(path), path, *kind_of(path.name)))

    def walk(self, top: Path, excluder: Excluder) -> None:
        for path in _walk(top, excluder, self.problems):
            self.add(path)

    def expand(self, pattern: str, excluder: Excluder) -> None:
        matches = sorted(glob.glob(pattern, recursive=True))
        if not matches:
            self.problems.append(Problem(pattern, "no file matches this pattern"))
        for match in matches:
            path = Path(match)
            if path.is_dir():
                self.walk(path, excluder)
            elif is_candidate(path.name) and not excluder.excluded(path):
                self.add(path)


def _unreadable_kind(path: Path) -> str | None:
    """Why ``path`` is no file to read (a FIFO would block forever), or None if it is one."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        if path.is_symlink():
            return "broken symbolic link (or a symbolic link loop)"
        return f"cannot read: {exc.strerror or exc}"
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO), not a regular file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device, not a regular file"
    return "not a regular file"


def _walk(top: Path, excluder: Excluder, problems: list[Problem]) -> Iterator[Path]:
    def report(error: OSError) -> None:
        where = error.filename or str(top)
        problems.append(Problem(str(where), f"cannot list directory: {error.strerror or error}"))

    # followlinks=False (the default) is what keeps a symbolic link loop from looping.
    for dirpath, dirnames, filenames in os.walk(top, onerror=report):
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


def open_regular(path: Path) -> IO[bytes]:
    """Open a regular file for reading; anything else (a FIFO, a device) is an InputError.

    The check is made on the opened descriptor, so a file swapped for a FIFO after
    discovery cannot make the run hang; O_NONBLOCK keeps the open itself from blocking.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise InputError("not a regular file (a FIFO or device?); not checked")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_bytes(file: InputFile, stdin: IO[bytes] | None = None) -> bytes:
    """The whole (decompressed) content of a text or Markdown file, or of standard input."""
    if file.path is None:
        assert stdin is not None
        data = stdin.read()
    else:
        with open_regular(file.path) as handle:
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


def site_of(value: object) -> str | None:
    """The site a record's URL (or site-name) field names: its host, lower case, without
    ``www.``; None when the field holds no usable string.

    >>> site_of("https://www.Example.com/news/1?x=2"), site_of("example.com/a"), site_of(3)
    ('example.com', 'example.com', None)
    """
    if not isinstance(value, str):
        return None
    text = value.strip().lower()
    if "//" in text:
        text = text.split("//", 1)[1]
    host = re.split(r"[/?#]", text, maxsplit=1)[0].rsplit("@", 1)[-1].split(":", 1)[0]
    host = host.removeprefix("www.")
    return host or None


def folder_site(display: str) -> str | None:
    """The site of a text file: the name of the folder that holds it (None for stdin)."""
    if display == "-":
        return None
    return os.path.basename(os.path.dirname(os.path.abspath(display))) or "/"


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
    doc = Document(text, Source(file.display, file.kind, site=folder_site(file.display)),
                   paragraphs)
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
    # Where the text field's JSON string lies in the decoded line; found when first needed
    # (only records that get fixed need it, and finding it costs a second parse).
    value_span: tuple[int, int] | None = None
    problem: Problem | None = None
    bom: bool = False  # the line (the first of the file) starts with a UTF-8 BOM


_decoder = json.JSONDecoder()
_BOM = "\ufeff"


def field_span(line: str, name: str) -> tuple[int, int] | None:
    """The span of the top-level ``name`` value in a one-line JSON object.

    When a key repeats, the last one counts, as it does for :func:`json.loads`.

    >>> line = '{"id": 1, "text": "hi \\\\u00e9", "meta": {"text": 2}}'
    >>> s, e = field_span(line, "text"); line[s:e]
    '"hi \\\\u00e9"'
    """
    pos = _skip_ws(line, 0)
    if pos >= len(line) or line[pos] != "{":
        return None
    pos = _skip_ws(line, pos + 1)
    found = None
    while pos < len(line) and line[pos] != "}":
        key, pos = _decoder.raw_decode(line, pos)
        pos = _skip_ws(line, pos)
        if line[pos] != ":":
            raise ValueError("expected ':'")
        pos = _skip_ws(line, pos + 1)
        start = pos
        _, pos = _decoder.raw_decode(line, pos)
        if key == name:
            found = (start, pos)
        pos = _skip_ws(line, pos)
        if line[pos] == ",":
            pos = _skip_ws(line, pos + 1)
        elif line[pos] != "}":
            raise ValueError("expected ',' or '}'")
    return found


def _skip_ws(s: str, pos: int) -> int:
    while pos < len(s) and s[pos] in " \t\r\n":
        pos += 1
    return pos


def open_lines(file: InputFile, stdin: IO[bytes] | None = None) -> Iterator[bytes]:
    """Stream the raw lines of a (possibly gzip-compressed) file, line endings kept.

    The file is opened (and an unreadable one reported) on the first ``next()``; use
    :func:`open_jsonl` to open it eagerly.
    """
    with open_jsonl(file, stdin) as handle:
        yield from gzip_lines(handle)


def open_jsonl(file: InputFile, stdin: IO[bytes] | None = None) -> IO[bytes]:
    """Open a JSONL input for streaming, decompressing it on the fly if it is gzip."""
    if file.path is None:
        assert stdin is not None
        raw = stdin
    else:
        raw = open_regular(file.path)
    if not file.compressed:
        return raw
    return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]


def gzip_lines(handle: IO[bytes]) -> Iterator[bytes]:
    """The lines of ``handle``; a corrupt gzip stream becomes an :class:`InputError`."""
    try:
        yield from handle
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        raise InputError(f"not a valid gzip file ({exc})") from exc


def read_records(
    file: InputFile, lines: Iterable[bytes], text_field: str, paragraphs: ParagraphMode = "auto",
    start: int = 1, site_field: str = "url",
) -> Iterator[Record]:
    """Every line of a JSONL file as a :class:`Record`; bad lines carry a problem.

    ``start`` is the line number of the first of ``lines`` (a chunk of a longer file). A
    record's site is the host in its ``site_field`` (see :func:`site_of`), else the file's
    name.
    """
    fallback = os.path.basename(file.display)
    for number, raw in enumerate(lines, start):
        yield _record(file, number, raw, text_field, paragraphs, site_field, fallback)


def _record(
    file: InputFile, number: int, raw: bytes, text_field: str, paragraphs: ParagraphMode,
    site_field: str = "url", fallback_site: str | None = None,
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
    # A BOM may open the file; it is kept on write but is no part of the JSON.
    bom = number == 1 and line.startswith(_BOM)
    if bom:
        line = line[1:]
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
    site = site_of(obj.get(site_field)) or fallback_site
    source = Source(file.display, "jsonl", number, text_field, site)
    return Record(number, raw, Document(obj[text_field], source, paragraphs), bom=bom)


def replace_field(record: Record, new_text: str) -> bytes:
    """The record's raw line with only the changed part of the text field re-encoded.

    Everything before the first and after the last changed character keeps its exact
    bytes, escapes included; the changed middle is encoded in the style of the field
    (``\\uXXXX`` escapes if the field was pure ASCII, raw UTF-8 otherwise).
    """
    assert record.document is not None and record.document.source.field is not None
    body = record.raw.rstrip(b"\r\n")
    ending = record.raw[len(body):]
    line = body.decode("utf-8")
    if record.bom:
        line = line[1:]
    span = record.value_span or field_span(line, record.document.source.field)
    assert span is not None, "the record was parsed, so its field is there"
    start, end = span
    token = line[start:end]
    new_token = _splice_json_string(token, record.document.text, new_text)
    prefix = _BOM if record.bom else ""
    return (prefix + line[:start] + new_token + line[end:]).encode("utf-8") + ending


def _splice_json_string(token: str, old: str, new: str) -> str:
    """Turn the JSON string literal ``token`` (which decodes to ``old``) into one for ``new``."""
    head = common_prefix(old, new)
    tail = common_suffix(old[head:], new[head:])
    raw_head, raw_tail = _raw_offsets(token, head, len(old) - tail)
    return token[:raw_head] + _encode_middle(new[head : len(new) - tail], token.isascii()) \
        + token[raw_tail:]


def _encode_middle(text: str, ascii_only: bool) -> str:
    encoded = json.dumps(text, ensure_ascii=ascii_only)
    if not ascii_only and _has_surrogate(encoded):
        encoded = json.dumps(text, ensure_ascii=True)  # lone surrogates have no UTF-8 form
    return encoded[1:-1]


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


# One decoded code point per match, except plain runs (one per character).
_JSON_PIECES = re.compile(
    r'[^\\"]+|\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}|\\.'
)


def _raw_offsets(token: str, *decoded: int) -> list[int]:
    """Map offsets in the decoded string to offsets in its JSON literal ``token``.

    ``decoded`` must be ascending; the result is in the same order.
    """
    wanted = list(decoded)
    result: list[int] = []
    position = 0  # decoded offset at the start of the current piece
    for match in _JSON_PIECES.finditer(token, 1, len(token) - 1):
        piece = match.group()
        width = len(piece) if piece[0] != "\\" else 1
        while wanted and wanted[0] < position + width:
            # A plain run can be entered anywhere; an escape only at its start.
            result.append(match.start() + (wanted.pop(0) - position))
        position += width
    result.extend(len(token) - 1 for _ in wanted)
    return result


_CHUNK = 1 << 16


def common_prefix(a: str, b: str) -> int:
    """Length of the longest common prefix of ``a`` and ``b``, comparing in C-speed chunks."""
    limit = min(len(a), len(b))
    size = _CHUNK
    pos = 0
    while pos < limit:
        step = min(size, limit - pos)
        if a[pos : pos + step] == b[pos : pos + step]:
            pos += step
        elif step == 1:
            return pos
        else:
            size = max(1, step // 2)
    return pos


def common_suffix(a: str, b: str) -> int:
    """Length of the longest common suffix of ``a`` and ``b``."""
    return common_prefix(a[::-1], b[::-1])
