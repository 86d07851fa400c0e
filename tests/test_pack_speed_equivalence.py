"""Pack line rules report what the plain reading of their spec reports.

The line rules take shortcuts for speed (one prefilter pass per document, lines no
pattern can match skipped, patterns tried only where their required text occurs). Here
each shipped line rule is checked against a slow reference that tries every token and
pattern on every line, on every document of the repository's labelled sets and samples.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from corpus_lint.document import Document
from corpus_lint.packs import PackCheck, table_row
from corpus_lint.registry import discover
from corpus_lint.rule import Rule
from hypothesis import given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]


def _documents() -> Iterator[Document]:
    """Every labelled page and sample, as the command line reads it."""
    paths = sorted([*ROOT.glob("bench/data/*/*"), *ROOT.glob("samples/*")])
    for path in paths:
        if path.suffix == ".txt":
            yield Document.from_text(path.read_text(encoding="utf-8"), str(path))
        elif path.suffix == ".md" and path.name != "README.md":
            yield Document.from_text(path.read_text(encoding="utf-8"), str(path),
                                     kind="markdown")
        elif path.suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                yield Document.from_text(json.loads(line)["text"], str(path), kind="jsonl")


def _key(text: str, ignore_case: bool) -> str:
    key = " ".join(text.split()).rstrip(".:!?")
    return key.lower() if ignore_case else key


_COMPILED: dict[tuple[str, int], re.Pattern[str]] = {}


def _compiled(patterns: Sequence[str], flags: int) -> list[tuple[str, re.Pattern[str]]]:
    """The patterns, each compiled once: a rule with more patterns than the re module's
    cache holds (512) would otherwise be compiled again on every line."""
    for p in patterns:
        if (p, flags) not in _COMPILED:
            _COMPILED[(p, flags)] = re.compile(p, flags)
    return [(p, _COMPILED[(p, flags)]) for p in patterns]


def _reference(check: PackCheck, doc: Document) -> list[tuple[int, int, str]]:
    """The findings (span and entry) of a line rule, trying everything on every line."""
    spec = check.spec
    if doc.source.kind not in spec.formats:
        return []
    flags = re.IGNORECASE if spec.ignore_case else 0
    tokens: dict[str, str] = {}
    for token in spec.tokens:
        tokens.setdefault(_key(token, spec.ignore_case), token)
    bodies = [(line, body) for line in doc.lines
              if (body := doc.prose[line.start:line.end].strip())]
    texts = [body for _, body in bodies]
    found = []
    for i, (line, body) in enumerate(bodies):
        if (spec.skip_first_line and i == 0) or (spec.skip_table_rows and table_row(texts, i)):
            continue
        words = len(body.split())
        if words < spec.min_words or (spec.max_words and words > spec.max_words):
            continue
        entry = tokens.get(_key(body, spec.ignore_case))
        if entry is None:
            entry = next((p for p, compiled in _compiled(spec.patterns, flags)
                          if compiled.fullmatch(body)), None)
        if entry is not None:
            start = line.start + doc.prose[line.start:line.end].index(body)
            found.append((start, start + len(body), entry))
    return found


LINE_RULES = sorted(code for code, rule in discover().rules.items()
                    if isinstance(rule.check_function, PackCheck)
                    and rule.check_function.spec.kind == "line")


@pytest.mark.parametrize("code", LINE_RULES)
def test_line_rule_finds_what_trying_every_entry_on_every_line_finds(code: str) -> None:
    rule = discover().rules[code]
    check = rule.check_function
    assert isinstance(check, PackCheck)
    documents = list(_documents())
    assert len(documents) > 500
    reported = 0
    for doc in documents:
        got = [(f.start, f.end, f.evidence["entry"]) for f in rule.check(doc)]
        assert got == _reference(check, doc), (code, doc.source.path)
        reported += len(got)
    assert reported >= 10  # every line rule fires on these pages: the test is not vacuous


GUARDED = """\
rules:
  - code: XMP901
    name: guarded
    kind: line
    summary: Lines guarded by look-aheads.
    patterns:
      - '(?![^\\n]*\\bsaid\\b)click here[^\\n]*'
      - '(?=[^\\n]*!)(?:great|fine) news\\b.*'
      - '(?!(x))(y)?(?(2)yes|no)'
      - '(?!(\\d))(\\w+)-\\2'
      - '(?!(\\d))(a)(b)?\\2'
"""


def test_line_rule_with_guarded_patterns_finds_what_trying_every_pattern_finds(
        tmp_path: Path) -> None:
    """Patterns opening with look-aheads are first tried without them; one whose groups
    are referred to later (group conditions, back-references) is always tried whole."""
    from corpus_lint.packs import build_rules

    (tmp_path / "pack.yaml").write_text(GUARDED, encoding="utf-8")
    [rule] = build_rules(tmp_path / "pack.yaml")
    check = rule.check_function
    assert isinstance(check, PackCheck)
    lines = ["Click here to read more", "He said click here", "Great news!", "Great news.",
             "yyes", "no", "yno", "bye-bye", "bye-now", "aa", "x"]
    for order in (lines, lines[::-1]):
        doc = Document.from_text("\n".join(order) + "\n")
        found = [(f.start, f.end, f.evidence["entry"]) for f in rule.check(doc)]
        assert found == _reference(check, doc)
        assert len(found) == 6


SHARING = """\
rules:
  - code: XMP911
    name: shared-scan-one
    kind: line
    summary: Lines of one rule whose texts the shared scan looks for.
    tokens: ["Back to top"]
    patterns:
      - 'sign\\s+(?:in|up)[^\\n]{0,20}'
      - 'sign\\s+(?:out|off)'
      - '(?:photo|image):\\s*\\w+(?:\\s+\\w+)?'
      - '[A-Z]{2,}\\s*\\d+'
      - '[A-Z]\\w*(?:\\s+[|·]\\s+[A-Z]\\w*){2,}'
      - '(?:©|\\(c\\))\\s*\\d{4}\\s+\\w+'
  - code: XMP912
    name: shared-scan-two
    kind: line
    summary: Lines of another rule, some of its texts shared with the first.
    max-words: 4
    skip-first-line: true
    ignore-case: false
    patterns:
      - '(?:Sign|Log) in'
      - 'Photo: \\w+'
      - 'Ωραία (?:μέρα|νύχτα)'
      - 'Straße \\d+'
"""

_LINES = ["Sign in", "sign up now", "SIGN IN", "Log in", "log in", "Photo: Jane", "photo: Jane Doe",
          "Image: AP", "Back to top", "BACK TO TOP.", "AB 12", "Ωραία μέρα", "ΩΡΑΊΑ ΜΈΡΑ",
          "Straße 5", "STRASSE 5", "strasse 5", "The council met.", "Sign in to read the full "
          "story today", "", "  Photo: Jane  ", "Log in Log in", "Sign out", "sign  off",
          "Home | News | Sport", "Home · News | Sport", "home | news | sport", "© 2024 Herald",
          "(c) 2024 Herald", "(C) 2024 Herald", "Ⓒ 2024 Herald"]


def _sharing_rules() -> list[tuple[Rule, PackCheck]]:
    """The two rules above, built anew."""
    from corpus_lint.packs import build_rules

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "pack.yaml"
        path.write_text(SHARING, encoding="utf-8")
        rules = build_rules(path)
    return [(r, r.check_function) for r in rules if isinstance(r.check_function, PackCheck)]


def test_line_rules_sharing_one_scan_find_what_trying_every_entry_finds(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """All line rules find their patterns' required texts in one scan of a document. A
    rule that first runs on a document another rule already had scanned (its texts not
    yet looked for) still finds its lines: the document is scanned again."""
    from corpus_lint import packs

    monkeypatch.setattr(packs, "_LITERAL_SCAN", packs._LiteralScan())  # knows no texts yet
    pairs = _sharing_rules()
    assert len(pairs) == 2
    doc = Document.from_text("\n".join(_LINES) + "\n")
    for rule, check in [*pairs, *pairs[::-1]]:  # each after the other, on the same document
        found = [(f.start, f.end, f.evidence["entry"]) for f in rule.check(doc)]
        assert found == _reference(check, doc), rule.code
        assert found


_ANY_LINE = st.sampled_from(_LINES) | st.text(alphabet="SsIiGgNn ΩωΆάPpHhOoTtRrAaEe:ßẞ12\t|·©()",
                                              max_size=14)


@given(st.lists(_ANY_LINE, max_size=12))
@settings(max_examples=300, deadline=None)
def test_line_rules_sharing_one_scan_on_any_lines(lines: list[str]) -> None:
    """The same on documents of lines drawn at random, each rule on a fresh document and
    on one the other rule has already read."""
    text = "\n".join(lines)
    shared = Document.from_text(text)
    for rule, check in [*_SHARED_RULES, *_SHARED_RULES[::-1]]:
        expected = _reference(check, Document.from_text(text))
        for doc in (Document.from_text(text), shared):
            assert [(f.start, f.end, f.evidence["entry"]) for f in rule.check(doc)] == expected


_SHARED_RULES = _sharing_rules()
