"""CORP rules as units: their case tables, spelling keys, and the map/aggregate steps."""

from __future__ import annotations

import numpy as np
import pytest
from corpus_lint.corpus import CorpusRule, KeyCounts, split_documents
from corpus_lint.document import Document
from corpus_lint.registry import discover
from corpus_lint.rules.corp import skeleton
from corpus_lint.testing import assert_cases

RULES = [r for r in discover() if r.family == "CORP"]


def test_the_corp_rules_are_registered_corpus_rules() -> None:
    assert [r.code for r in RULES] == ["CORP001", "CORP002", "CORP003"]
    assert all(isinstance(r, CorpusRule) and not r.default_enabled for r in RULES)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_cases(rule: CorpusRule) -> None:
    assert_cases(rule)


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Zelenskyy", "Zelenskiy", True), ("Zelensky", "Zelenskyy", True),
    ("Filippov", "Filipov", True), ("Austria", "Australia", False),
    ("Sudan", "Sweden", False), ("Iran", "Iraq", False),
])
def test_spelling_keys(a: str, b: str, same: bool) -> None:
    assert (skeleton(a) == skeleton(b)) is same


def test_key_counts_add_remove_and_merge() -> None:
    counts = KeyCounts()
    counts.add(np.array([1, 2, 3], np.uint64))
    counts.add(np.array([2, 3], np.uint64))
    counts.add(np.array([3], np.uint64), -1)
    counts.finish()
    assert counts.count(np.array([1, 2, 3, 4], np.uint64)).tolist() == [1, 2, 1, 0]


def test_split_documents_keeps_offsets() -> None:
    text = "one\n---- next document ----\ntwo\n"
    assert [(p.start, text[p.start : p.start + len(p.text)]) for p in split_documents(text)] \
        == [(0, "one\n"), (28, "two\n")]


def test_map_summaries_hold_hashes_not_text() -> None:
    rule = next(r for r in RULES if r.code == "CORP001")
    doc = Document.from_text("Sign up for our weekly briefing today please.\nHi.\n")
    summary = rule.map(doc, rule.resolve_options())
    assert summary["lines"].dtype == np.uint64 and len(summary["lines"]) == 1


def test_word_hashes_are_the_same_in_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    """A long text is hashed in windows (bounded power tables): same hashes as in one go."""
    from corpus_lint.rules import corp

    text = "The Harbour pier  reopened;\nthe PIER was busy. Ünïcode wörds too " * 7
    whole = corp.word_hashes(text)
    monkeypatch.setattr(corp, "_WINDOW_WORDS", 3)
    windowed = corp.word_hashes(text)
    assert len(windowed) == len(text.split()) and (windowed == whole).all()
