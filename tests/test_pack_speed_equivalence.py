"""Pack line rules report what the plain reading of their spec reports.

The line rules take shortcuts for speed (one prefilter pass per document, lines no
pattern can match skipped, patterns tried only where their required text occurs). Here
each shipped line rule is checked against a slow reference that tries every token and
pattern on every line, on every document of the repository's labelled sets and samples.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from corpus_lint.document import Document
from corpus_lint.packs import PackCheck
from corpus_lint.registry import discover

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
    found = []
    for line, body in bodies[1:] if spec.skip_first_line else bodies:
        words = len(body.split())
        if words < spec.min_words or (spec.max_words and words > spec.max_words):
            continue
        entry = tokens.get(_key(body, spec.ignore_case))
        if entry is None:
            entry = next((p for p in spec.patterns if re.fullmatch(p, body, flags)), None)
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
