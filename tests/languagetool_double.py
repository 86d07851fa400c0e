"""TEST DOUBLE: a fake LanguageTool HTTP server for the GRAM tests. Not LanguageTool.

It answers ``GET /v2/languages`` and ``POST /v2/check`` (form-encoded ``text``,
``language``, ``enabledRules``, ``disabledRules``, ``enabledCategories``,
``disabledCategories``, ``level=picky``) on 127.0.0.1 at an ephemeral port, with JSON
shaped like LanguageTool's: ``software``, ``warnings``, ``language`` and ``matches``, each
match with ``message``, ``shortMessage``, ``replacements`` [{``value``}], ``offset``,
``length``, ``context`` {``text``, ``offset``, ``length``}, ``sentence``, ``type``
{``typeName``} and ``rule`` {``id``, ``description``, ``issueType``, ``category`` {``id``,
``name``}}. Offsets count UTF-16 code units, as LanguageTool's do.

Instead of checking grammar it looks for a few fixed phrases (``PHRASES``). Tests change
its behaviour through attributes: ``mode`` (``ok``, ``error500``, ``malformed``,
``not-json``, ``sleep``), ``max_text`` (answer 413 above it, like a server's
``maxTextLength``) and ``extra`` (more phrases); ``requests`` records every check.
"""

from __future__ import annotations

import json
import re
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class Phrase:
    """A phrase the double reports, and the LanguageTool rule it pretends to be."""

    pattern: str
    replacements: tuple[str, ...]
    rule_id: str
    category: tuple[str, str]  # (id, name)
    issue_type: str
    message: str


PHRASES = (
    Phrase(r"\bteh\b", ("the", "ten", "tech"), "MORFOLOGIK_RULE_EN_US", ("TYPOS", "Possible Typo"),
           "misspelling", "Possible spelling mistake found."),
    Phrase(r"(?<=They )was\b", ("were",), "DOUBLE_THEY_WAS", ("GRAMMAR", "Grammar"), "grammar",
           "The verb does not agree with the subject."),
    Phrase(r"(?<=\S)  +(?=\S)", (" ",), "WHITESPACE_RULE", ("TYPOGRAPHY", "Typography"),
           "whitespace", "Possible typo: you repeated a whitespace"),
    Phrase(r"\bin order to\b", ("to",), "DOUBLE_IN_ORDER_TO", ("STYLE", "Style"), "style",
           "Consider a shorter phrase."),
    Phrase(r"\bqwzx\b", (), "MORFOLOGIK_RULE_EN_US", ("TYPOS", "Possible Typo"), "misspelling",
           "Possible spelling mistake found."),
    # Found in samples/: a name LanguageTool does not know, mojibake (ENC001's, so GRAM
    # yields), and a picky style rule.
    Phrase(r"\bStanić\b", ("Stanic", "Stanice"), "MORFOLOGIK_RULE_EN_US",
           ("TYPOS", "Possible Typo"), "misspelling", "Possible spelling mistake found."),
    Phrase(r"\b[A-Za-z]*Ã©[a-z]*", ("Café",), "MORFOLOGIK_RULE_EN_US",
           ("TYPOS", "Possible Typo"), "misspelling", "Possible spelling mistake found."),
    Phrase(r"\ba lot of\b", ("many", "much"), "DOUBLE_A_LOT_OF", ("STYLE", "Style"), "style",
           "Consider a more precise word."),
)
LANGUAGES = [
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
    {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
    {"name": "German (Germany)", "code": "de", "longCode": "de-DE"},
]


def utf16(text: str) -> int:
    """Length in UTF-16 code units (how LanguageTool, a Java program, counts)."""
    return len(text.encode("utf-16-le")) // 2


def match_json(text: str, start: int, end: int, phrase: Phrase) -> dict[str, Any]:
    """One match in LanguageTool's JSON shape; ``start``/``end`` are code points."""
    left, right = max(0, start - 20), min(len(text), end + 20)
    sentence_start = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    sentence_end = min(i for i in (text.find(".", end), text.find("\n", end), len(text))
                       if i >= 0)
    return {
        "message": phrase.message,
        "shortMessage": phrase.category[1],
        "replacements": [{"value": r} for r in phrase.replacements],
        "offset": utf16(text[:start]),
        "length": utf16(text[start:end]),
        "context": {"text": text[left:right], "offset": utf16(text[left:start]),
                    "length": utf16(text[start:end])},
        "sentence": text[sentence_start:sentence_end + 1].strip(),
        "type": {"typeName": "Other"},
        "rule": {"id": phrase.rule_id, "description": phrase.message,
                 "issueType": phrase.issue_type,
                 "category": {"id": phrase.category[0], "name": phrase.category[1]}},
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }


def check(text: str, form: dict[str, str], phrases: tuple[Phrase, ...]) -> list[dict[str, Any]]:
    """The matches of ``text``, minus disabled rules and categories."""
    disabled = set(filter(None, form.get("disabledRules", "").split(",")))
    disabled_categories = set(filter(None, form.get("disabledCategories", "").split(",")))
    found = []
    for phrase in phrases:
        if phrase.rule_id in disabled or phrase.category[0] in disabled_categories:
            continue
        for m in re.finditer(phrase.pattern, text):
            found.append((m.start(), m.end(), phrase))
    found.sort(key=lambda f: (f[0], f[1]))
    return [match_json(text, s, e, p) for s, e, p in found]


def response(text: str, form: dict[str, str], phrases: tuple[Phrase, ...]) -> dict[str, Any]:
    """A whole ``/v2/check`` answer."""
    return {
        "software": {"name": "LanguageTool", "version": "6.6 (test double)",
                     "buildDate": "2025-01-01 00:00:00 +0000", "apiVersion": 1,
                     "premium": False, "status": ""},
        "warnings": {"incompleteResults": False},
        "language": {"name": "English (US)", "code": form.get("language", "en-US"),
                     "detectedLanguage": {"name": "English (US)", "code": "en-US",
                                          "confidence": 0.99}},
        "matches": check(text, form, phrases),
    }


@dataclass
class LanguageToolDouble:
    """The fake server; use it as a context manager (started on enter, stopped on exit)."""

    mode: str = "ok"
    sleep: float = 2.0
    max_text: int | None = None
    extra: tuple[Phrase, ...] = ()
    requests: list[dict[str, str]] = field(default_factory=list)
    _server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        assert self._server is not None, "the double is not running"
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def checks(self) -> int:
        """How many ``/v2/check`` requests arrived."""
        return len(self.requests)

    def __enter__(self) -> LanguageToolDouble:
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                         daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None


def _handler(double: LanguageToolDouble) -> type[BaseHTTPRequestHandler]:
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
            pass

        def do_GET(self) -> None:
            if self.path.rstrip("/") == "/v2/languages":
                self._send(200, json.dumps(LANGUAGES).encode())
            else:
                self._send(404, b"Not found")

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            form = dict(urllib.parse.parse_qsl(self.rfile.read(length).decode("utf-8"),
                                               keep_blank_values=True))
            if self.path.rstrip("/") != "/v2/check":
                self._send(404, b"Not found")
                return
            with lock:
                double.requests.append(form)
            self._answer(form)

        def _answer(self, form: dict[str, str]) -> None:
            text = form.get("text", "")
            if double.mode == "sleep":
                time.sleep(double.sleep)
            if double.mode == "error500":
                self._send(500, b"Error: Internal Server Error (test double)")
            elif double.mode == "not-json":
                self._send(200, b"<html>Bad gateway</html>")
            elif double.mode == "malformed":
                self._send(200, json.dumps({"matches": [{"offset": "x"}]}).encode())
            elif double.max_text is not None and utf16(text) > double.max_text:
                self._send(413, f"Error: Your text exceeds the limit of {double.max_text} "
                                "characters".encode())
            else:
                body = response(text, form, PHRASES + double.extra)
                self._send(200, json.dumps(body).encode())

        def _send(self, status: int, body: bytes) -> None:
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except OSError:
                pass  # the client gave up (a timeout test): nothing to answer

    return Handler

