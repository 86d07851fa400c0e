"""A LanguageTool client for the GRAM rules: settings, requests, offsets, splitting, caching.

LanguageTool is reached in one of two ways:

* a server URL (``server = "http://localhost:8081"``, e.g. a LanguageTool in Docker);
* no URL: a local server started through the ``language-tool-python`` package, which
  needs Java 17+ and a LanguageTool install (``LTP_PATH``, or its download).

Requests go to the documented HTTP API (``/v2/languages``, ``/v2/check``) through this
module's own small client rather than through ``language_tool_python.LanguageTool.check``:
that method has a fixed five-minute timeout with a retry, and its match objects keep
shared class-level state (not safe from several threads). Here every request has the
configured timeout, requests for a batch of documents run concurrently, and every failure
is a :class:`ServiceError` that says what to do.

LanguageTool counts offsets in UTF-16 code units (Java ``char``): a character outside the
Basic Multilingual Plane (most emoji, some CJK) counts twice. Offsets are mapped back to
Python string indices (code points) here. Long texts are split at paragraph boundaries
under ``max-request-chars`` and offsets shifted back. Answers are cached by text,
language and options: in memory for the run, and on disk (under ``$XDG_CACHE_HOME``)
so a re-run over unchanged documents sends nothing.
"""

from __future__ import annotations

import bisect
import contextlib
import hashlib
import json
import os
import re
import tempfile
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections import OrderedDict
from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .rule import RuleUnavailable

#: Bumped when the cached data changes shape.
CACHE_VERSION = "v1"
#: How many chunk answers the in-memory cache keeps (prefetched batches must fit).
MEMORY_ENTRIES = 4096
SETUP_HINT = (
    "Either run a LanguageTool server (in Docker, say) and name it in "
    'config: [tool.corpus-lint.languagetool] server = "http://localhost:8081"; or install '
    "Java 17+ and LanguageTool (set LTP_PATH to the folder holding its download) so "
    "language-tool-python can start a local server."
)


class ServiceError(RuleUnavailable):
    """LanguageTool cannot be used: the message says what failed and what to do."""


# -- settings ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Settings:
    """How to reach LanguageTool and what to ask it, from the GRAM rules' options."""

    server: str = ""
    language: str = "en-US"
    disabled_rules: tuple[str, ...] = ()
    enabled_rules: tuple[str, ...] = ()
    disabled_categories: tuple[str, ...] = ()
    enabled_categories: tuple[str, ...] = ()
    picky: bool = False
    timeout: float = 30.0
    max_request_chars: int = 20_000
    concurrency: int = 4
    cache: bool = True
    cache_dir: str = ""

    @classmethod
    def from_options(cls, options: Mapping[str, Any]) -> Settings:
        """Settings from resolved rule options (keys as in config: ``disabled-rules``...)."""
        names = {f.replace("_", "-"): f for f in cls.__dataclass_fields__}
        values: dict[str, Any] = {names[k]: tuple(v) if isinstance(v, list) else v
                                  for k, v in options.items() if k in names}
        return cls(**values)

    def form(self, text: str) -> dict[str, str]:
        """The form fields of a ``/v2/check`` request for ``text``."""
        fields = {"text": text, "language": self.language}
        for name, values in (("disabledRules", self.disabled_rules),
                             ("enabledRules", self.enabled_rules),
                             ("disabledCategories", self.disabled_categories),
                             ("enabledCategories", self.enabled_categories)):
            if values:
                fields[name] = ",".join(values)
        if self.picky:
            fields["level"] = "picky"
        return fields

    def cache_key(self, text: str) -> str:
        """What an answer depends on: the text and every field sent with it."""
        data = json.dumps(self.form(text), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(f"{CACHE_VERSION}\0{data}".encode()).hexdigest()

    def cache_path(self) -> Path:
        """The disk cache folder: ``cache-dir``, else ``$XDG_CACHE_HOME/corpus-lint``."""
        if self.cache_dir:
            return Path(self.cache_dir).expanduser() / "languagetool"
        if _fallback.cache_dir:
            return Path(_fallback.cache_dir) / "languagetool"
        base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
        return Path(base) / "corpus-lint" / "languagetool"


@dataclass
class _Fallback:
    """What applies when the options leave ``server`` and ``cache-dir`` empty.

    Only tests change it (see :func:`fallback`): they point rules at the LanguageTool
    test double and keep its answers out of the user's cache. Users set the options.
    """

    server: str = ""
    cache_dir: str = ""


_fallback = _Fallback()


@contextlib.contextmanager
def fallback(server: str, cache_dir: str) -> Iterator[None]:
    """Within the block, rules that name no server use ``server`` and ``cache_dir``."""
    saved = _Fallback(_fallback.server, _fallback.cache_dir)
    _fallback.server, _fallback.cache_dir = server, cache_dir
    try:
        yield
    finally:
        _fallback.server, _fallback.cache_dir = saved.server, saved.cache_dir


# -- matches and offsets -----------------------------------------------------------------


@dataclass(frozen=True)
class Match:
    """One LanguageTool match, its span in code points of the text that was checked."""

    start: int
    end: int
    message: str
    short_message: str
    replacements: tuple[str, ...]
    rule_id: str
    rule_description: str
    issue_type: str
    category_id: str
    category_name: str
    sentence: str


class Utf16Map:
    """Turn UTF-16 offsets (LanguageTool's) into code-point offsets (Python's).

    >>> m = Utf16Map("a😀b")
    >>> m.size, m.to_index(3), m.to_index(1), m.to_index(2), m.to_index(2, end=True)
    (4, 2, 1, 1, 2)
    """

    def __init__(self, text: str) -> None:
        # UTF-16 positions of the characters that take two units (surrogate pairs).
        self._wide = [i + k for k, i in enumerate(
            i for i, c in enumerate(text) if ord(c) > 0xFFFF)] if _has_astral(text) else []
        self.size = len(text) + len(self._wide)

    def to_index(self, unit: int, end: bool = False) -> int:
        """The code-point index of UTF-16 offset ``unit``.

        An offset inside a surrogate pair moves to the pair's start, or past it for the
        end of a span, so a span never cuts a character in two.
        """
        before = bisect.bisect_left(self._wide, unit)
        index = unit - before
        if end and before and self._wide[before - 1] == unit - 1:
            index += 1
        return index


def _has_astral(text: str) -> bool:
    return bool(text) and max(text) > "\uffff"


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units: what LanguageTool's size limit counts."""
    return len(text) + (sum(ord(c) > 0xFFFF for c in text) if _has_astral(text) else 0)


def parse_matches(raw: Any, text: str) -> list[Match]:
    """LanguageTool's ``matches`` for ``text``, mapped to code points.

    A structurally malformed answer raises ``ValueError``. A match whose span runs past
    the text is dropped: LanguageTool has had bugs reporting such offsets, and one bad
    match must not cost the rest.
    """
    if not isinstance(raw, list):
        raise ValueError("'matches' is not a list")
    offsets = Utf16Map(text)
    result = []
    for item in raw:
        match = _parse_match(item, offsets)
        if match is not None:
            result.append(match)
    return result


def _parse_match(item: Any, offsets: Utf16Map) -> Match | None:
    try:
        offset, length = item["offset"], item["length"]
        rule, category = item["rule"], item["rule"]["category"]
        if not (isinstance(offset, int) and isinstance(length, int)):
            raise TypeError("offset and length must be integers")
        replacements = tuple(str(r["value"]) for r in item.get("replacements") or ())
        if offset < 0 or length < 0 or offset + length > offsets.size:
            return None
        return Match(
            offsets.to_index(offset), offsets.to_index(offset + length, end=True),
            str(item["message"]), str(item.get("shortMessage") or ""), replacements,
            str(rule["id"]), str(rule.get("description") or ""),
            str(rule.get("issueType") or ""), str(category["id"]),
            str(category.get("name") or category["id"]), str(item.get("sentence") or ""))
    except (KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"a match lacks a field or has the wrong type ({exc})") from None


# -- splitting -----------------------------------------------------------------------------

#: Where a long text may be cut, best first: blank lines, line breaks, sentence ends, spaces.
_CUTS = (re.compile(r"\n[ \t]*\n\s*"), re.compile(r"\n"), re.compile(r"(?<=[.!?])\s+"),
         re.compile(r"\s+"))


def split(text: str, limit: int) -> list[tuple[int, str]]:
    """``text`` in pieces of at most ``limit`` UTF-16 units, with their offsets.

    Pieces end at paragraph boundaries where possible, then at line breaks, sentence ends
    or spaces; a stretch with none of these is cut hard.

    >>> split("One.\\n\\nTwo.\\n\\nThree.", 12)
    [(0, 'One.\\n\\nTwo.\\n\\n'), (12, 'Three.')]
    """
    if utf16_len(text) <= limit:
        return [(0, text)]
    chunks: list[tuple[int, str]] = []
    start = 0
    for piece in _pieces(text, limit, 0):
        if chunks and utf16_len(chunks[-1][1]) + utf16_len(piece) <= limit:
            chunks[-1] = (chunks[-1][0], chunks[-1][1] + piece)
        else:
            chunks.append((start, piece))
        start += len(piece)
    return chunks


def _pieces(text: str, limit: int, level: int) -> Iterator[str]:
    """Cut ``text`` after each separator of ``_CUTS[level]``, recursing on pieces too long."""
    if utf16_len(text) <= limit:
        yield text
        return
    if level == len(_CUTS):
        # Hard cut, counted in code points: at most ``limit // 2`` characters are at
        # most ``limit`` units even if every one is wide.
        step = max(1, limit // 2)
        yield from (text[i : i + step] for i in range(0, len(text), step))
        return
    cursor = 0
    for sep in _CUTS[level].finditer(text):
        if sep.end() > cursor and sep.end() < len(text):
            yield from _pieces(text[cursor : sep.end()], limit, level + 1)
            cursor = sep.end()
    yield from _pieces(text[cursor:], limit, level + 1)


# -- HTTP ----------------------------------------------------------------------------------


class Client:
    """Requests to one LanguageTool server's HTTP API, each bounded by ``timeout``."""

    def __init__(self, base: str, timeout: float) -> None:
        self.base = base.rstrip("/") + "/"
        if not self.base.endswith("/v2/"):
            self.base += "v2/"
        self.timeout = timeout

    def languages(self) -> list[dict[str, Any]]:
        """``/v2/languages``: the languages the server knows."""
        answer = self._request("languages", None)
        if not isinstance(answer, list):
            raise self._malformed("the language list is not a list")
        return [a for a in answer if isinstance(a, dict)]

    def check(self, fields: Mapping[str, str]) -> Any:
        """``/v2/check``: the raw ``matches`` of one text."""
        answer = self._request("check", urllib.parse.urlencode(fields).encode())
        if not isinstance(answer, dict) or "matches" not in answer:
            raise self._malformed("the answer has no 'matches'")
        return answer["matches"]

    def _request(self, path: str, body: bytes | None) -> Any:
        url = self.base + path
        request = urllib.request.Request(url, data=body, headers={"Accept": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                data = response.read()
        except urllib.error.HTTPError as exc:
            raise self._http_error(exc) from None
        except TimeoutError:
            raise self._timed_out() from None
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, TimeoutError):
                raise self._timed_out() from None
            raise ServiceError(f"cannot reach LanguageTool at {self.base}: {exc.reason}. "
                               f"Is the server running? {SETUP_HINT}") from None
        except OSError as exc:  # a reset connection, a broken pipe
            raise ServiceError(f"LanguageTool at {self.base} failed: {exc}") from None
        try:
            return json.loads(data)
        except ValueError:
            raise self._malformed(f"not JSON: {data[:80]!r}") from None

    def _http_error(self, exc: urllib.error.HTTPError) -> ServiceError:
        detail = exc.read()[:200].decode("utf-8", "replace").strip()
        if exc.code == 413:
            return ServiceError(f"LanguageTool at {self.base} rejected a text as too long "
                                f"({detail}); lower max-request-chars in "
                                "[tool.corpus-lint.languagetool]")
        return ServiceError(f"LanguageTool at {self.base} answered HTTP {exc.code}: "
                            f"{detail or exc.reason}")

    def _timed_out(self) -> ServiceError:
        return ServiceError(f"LanguageTool at {self.base} did not answer within "
                            f"{self.timeout:g} s; check the server, or raise timeout in "
                            "[tool.corpus-lint.languagetool]")

    def _malformed(self, why: str) -> ServiceError:
        return ServiceError(f"LanguageTool at {self.base} sent a malformed answer: {why}")


def start_local_server(language: str) -> tuple[str, object]:
    """Start LanguageTool through language-tool-python; its URL, and the handle to keep.

    language-tool-python finds Java and LanguageTool (``LTP_PATH``, or downloads it),
    picks a free port, waits until the server answers and stops it when Python exits.
    """
    try:
        import language_tool_python
    except ImportError:
        raise ServiceError("the language-tool-python package is not installed. "
                           f"{SETUP_HINT}") from None
    try:
        tool = language_tool_python.LanguageTool(language)
    except Exception as exc:  # Java missing, download impossible, server died...
        raise ServiceError(f"cannot start a local LanguageTool server: "
                           f"{type(exc).__name__}: {exc}. {SETUP_HINT}") from None
    return str(tool.url), tool


# -- the service -----------------------------------------------------------------------------


class Service:
    """One LanguageTool server for a run, with its caches; shared by the GRAM rules."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._client: Client | None = None
        self._handle: object = None  # keeps a local server alive
        self._memory: OrderedDict[str, Any] = OrderedDict()
        self._lock = threading.Lock()
        self.requests = 0  # /v2/check requests sent (for statistics and tests)

    def matches(self, text: str) -> list[Match]:
        """LanguageTool's matches for ``text``, spans in code points of ``text``."""
        chunks = split(text, self.settings.max_request_chars)
        self._fetch([c for _, c in chunks])
        result = []
        for offset, chunk in chunks:
            raw = self._memory[self.settings.cache_key(chunk)]
            for m in parse_matches(raw, chunk):
                result.append(Match(m.start + offset, m.end + offset, *_rest(m)))
        return result

    def prefetch(self, texts: Sequence[str]) -> None:
        """Fetch what ``texts`` need, concurrently, so :meth:`matches` finds it cached."""
        limit = self.settings.max_request_chars
        self._fetch([chunk for text in texts for _, chunk in split(text, limit)])

    def _fetch(self, chunks: Sequence[str]) -> None:
        """Make sure every chunk's answer is in memory: from disk, else from the server."""
        missing: dict[str, str] = {}
        for chunk in chunks:
            key = self.settings.cache_key(chunk)
            if key in self._memory:
                self._memory.move_to_end(key)
            elif not self._load(key):
                missing[key] = chunk
        if not missing:
            return
        client = self._connect()
        workers = min(self.settings.concurrency, len(missing))
        with ThreadPoolExecutor(max_workers=workers) as pool:
            answers = pool.map(lambda c: self._ask(client, c), missing.values())
            for key, raw in zip(missing, answers, strict=True):
                self._remember(key, raw)
                self._store(key, raw)

    def _ask(self, client: Client, chunk: str) -> Any:
        raw = client.check(self.settings.form(chunk))
        try:
            parse_matches(raw, chunk)  # a malformed answer fails here, not later
        except ValueError as exc:
            raise client._malformed(str(exc)) from None
        with self._lock:
            self.requests += 1
        return raw

    def _connect(self) -> Client:
        """The client, connected on first need (a fully cached run never connects)."""
        if self._client is None:
            server = self.settings.server or _fallback.server
            if not server:
                server, self._handle = start_local_server(self.settings.language)
            client = Client(server, self.settings.timeout)
            self._check_language(client)
            self._client = client
        return self._client

    def _check_language(self, client: Client) -> None:
        codes = {str(lang.get(k)) for lang in client.languages() for k in ("code", "longCode")}
        if self.settings.language not in codes | {"auto"}:
            known = ", ".join(sorted(c for c in codes if c != "None")[:40])
            raise ServiceError(f"LanguageTool at {client.base} does not know language "
                               f"{self.settings.language!r}; set language in "
                               f"[tool.corpus-lint.languagetool] to one of: {known}")

    def _remember(self, key: str, raw: Any) -> None:
        self._memory[key] = raw
        while len(self._memory) > MEMORY_ENTRIES:
            self._memory.popitem(last=False)

    def _load(self, key: str) -> bool:
        """Read an answer from the disk cache into memory; False when there is none."""
        if not self.settings.cache:
            return False
        try:
            raw = json.loads((self.settings.cache_path() / key[:2] / f"{key}.json").read_bytes())
        except (OSError, ValueError):
            return False  # absent, unreadable or damaged: ask the server again
        self._remember(key, raw)
        return True

    def _store(self, key: str, raw: Any) -> None:
        """Write an answer to the disk cache, atomically; a cache that fails is no error."""
        if not self.settings.cache:
            return
        folder = self.settings.cache_path() / key[:2]
        with contextlib.suppress(OSError):
            folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    json.dump(raw, handle, ensure_ascii=False)
                os.replace(tmp, folder / f"{key}.json")
            finally:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)


def _rest(m: Match) -> tuple[Any, ...]:
    """The fields of ``m`` after its span."""
    return (m.message, m.short_message, m.replacements, m.rule_id, m.rule_description,
            m.issue_type, m.category_id, m.category_name, m.sentence)


_services: dict[Settings, Service] = {}
_services_lock = threading.Lock()


def service(settings: Settings) -> Service:
    """The service for ``settings`` (one per distinct settings in this process)."""
    with _services_lock:
        if settings not in _services:
            _services[settings] = Service(settings)
        return _services[settings]


def reset() -> None:
    """Forget every service and its in-memory cache (tests start afresh with it)."""
    with _services_lock:
        _services.clear()
