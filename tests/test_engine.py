"""The engine's contract for rules that read other rules' findings (``Rule.after``)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from corpus_lint import Document, Finding
from corpus_lint.engine import ActiveRule, lint
from corpus_lint.registry import discover
from corpus_lint.rule import Rule, rule

DOC = "Some news about the harbour.\n#tag #news #harbour\nMore news.\n"


def _follower(seen: list[list[str]]) -> Rule:
    @rule(code="XMP002", name="follows-boil", summary="Reports each BOIL finding again.",
          after=("BOIL",))
    def follows(doc: Document, options: Mapping[str, Any],
                prior: Sequence[Finding]) -> Iterator[Finding]:
        """## What it does
        Test rule."""
        seen.append([f.code for f in prior])
        for f in prior:
            yield Finding(f.start, f.end, f"after {f.code}")

    return follows


def test_a_rule_with_after_gets_the_findings_it_names_whatever_the_order() -> None:
    seen: list[list[str]] = []
    boil = discover().get("BOIL001")
    meta = discover().get("META002")
    assert boil is not None and meta is not None
    # Listed first, it still runs last, and sees BOIL findings only.
    found = lint(Document.from_text(DOC), [ActiveRule(_follower(seen)), ActiveRule(meta),
                                           ActiveRule(boil)])
    assert seen == [["BOIL001"]]
    assert [(f.code, f.message) for f in found if f.code == "XMP002"] == [
        ("XMP002", "after BOIL001")]


def test_a_rule_with_after_alone_sees_nothing() -> None:
    seen: list[list[str]] = []
    assert lint(Document.from_text(DOC), [ActiveRule(_follower(seen))]) == []
    assert seen == [[]]
