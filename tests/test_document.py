"""The document model, Markdown masking and the data model of findings and fixes."""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from typing import Any

import pytest
from corpus_lint import Document, Edit, Finding, Fix, rule
from corpus_lint.engine import ActiveRule, lint
from corpus_lint.markdown import blank_out, non_prose_spans
from corpus_lint.model import Applicability, apply_edits


def test_lines_and_positions() -> None:
    doc = Document.from_text("one\ntwo\n\nfour")
    assert [line.text for line in doc.lines] == ["one", "two", "", "four"]
    assert doc.position(0) == (1, 1)
    assert doc.position(5) == (2, 2)
    assert doc.position(len(doc.text)) == (4, 5)
    assert doc.line_at(9).text == "four"


def test_final_line_break_starts_no_line() -> None:
    assert len(Document.from_text("a\nb\n").lines) == 2
    assert Document.from_text("").lines[0].text == ""


def test_line_removal_takes_the_line_break() -> None:
    doc = Document.from_text("a\nb\nc")
    assert doc.line_removal(doc.lines[1]) == (2, 4)
    assert doc.line_removal(doc.lines[2]) == (3, 5)  # last line: the break before it
    only = Document.from_text("solo")
    assert only.line_removal(only.lines[0]) == (0, 4)


@pytest.mark.parametrize("mode,expected", [
    ("line", ["Title", "first line of a wrapped", "second line"]),
    ("blank-line", ["Title", "first line of a wrapped\nsecond line"]),
])
def test_paragraph_modes(mode: str, expected: list[str]) -> None:
    doc = Document.from_text("Title\n\nfirst line of a wrapped\nsecond line\n",
                             paragraph_mode=mode)
    assert [p.text for p in doc.paragraphs] == expected


def test_auto_mode_joins_hard_wrapped_lines() -> None:
    wrapped = "The council met on Monday and it\nvoted to fund the new bridge over\nthe river.\n"
    assert len(Document.from_text(wrapped).paragraphs) == 1
    one_per_line = "The council met on Monday.\nIt voted to fund the bridge.\nThe end.\n"
    assert len(Document.from_text(one_per_line).paragraphs) == 3


def test_markdown_prose_and_is_prose() -> None:
    doc = Document.from_text("Say `code` here.\n", kind="markdown")
    assert doc.prose == "Say        here.\n"
    assert doc.is_prose(0) and not doc.is_prose(5) and doc.is_prose(10)
    assert Document.from_text("Say `code`.\n").is_prose(5)  # plain text has no markup


@pytest.mark.parametrize("text,hidden", [
    ("```\nx #a\n```\n", "x #a"),
    ("~~~~\nx\n~~~\nstill code\n~~~~\n", "still code"),
    ("---\ntitle: T\n---\nBody\n", "title"),
    ("Para.\n\n    indented code\n", "indented"),
    ("See [a](http://x.org/q?a=1 \"T\").\n", "http"),
    ("[ref]: http://x.org\n", "ref"),
    ("<http://x.org> is a link\n", "http"),
    ("a <!-- hidden\n comment --> b\n", "hidden"),
    ("``code with ` inside``\n", "inside"),
])
def test_non_prose_spans(text: str, hidden: str) -> None:
    assert hidden not in blank_out(text, non_prose_spans(text))


@pytest.mark.parametrize("text,visible", [
    ("Don`t split\n\nacross it`s paragraphs\n", "across"),
    ("- item\n\n    continuation of the item\n", "continuation"),
    ("para\n    not a code block\n", "not a code"),
    ("An \\`escaped` tick` here\n", "An"),
    ("no comment <!-- never closed\nstays prose\n", "stays prose"),
    ("[text](", "text"),
])
def test_prose_stays_visible(text: str, visible: str) -> None:
    assert visible in blank_out(text, non_prose_spans(text))


@pytest.mark.parametrize("unit", ["``a` ", "<!-- a ", "](x)", "```\n", "[a](b(c", "\n    x\n"])
def test_markdown_masking_is_linear(unit: str) -> None:
    def seconds(n: int) -> float:
        text = unit * n
        started = time.perf_counter()
        non_prose_spans(text)
        return time.perf_counter() - started

    small, large = seconds(20_000), seconds(160_000)
    assert large < 8 * small * 4 + 0.05  # 8x the input, far from 64x


@rule(code="TST301", name="every-hash", summary="Flags every '#'.")
def _every_hash(doc: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
    """Flags each hash sign."""
    for i, char in enumerate(doc.text):
        if char == "#":
            yield Finding(i, i + 1, "hash")


def test_findings_in_markdown_non_prose_are_dropped() -> None:
    doc = Document.from_text("# Title\n`#x` [a](#frag)\n```\n#\n```\n", kind="markdown")
    findings = lint(doc, [ActiveRule(_every_hash)])
    assert [f.start for f in findings] == [0]
    assert len(lint(Document.from_text(doc.text), [ActiveRule(_every_hash)])) == 4


def test_edit_shapes_and_overlap() -> None:
    assert Edit.insertion(3, "x") == Edit(3, 3, "x")
    assert Edit.deletion(1, 2).overlaps(Edit(1, 3))
    assert not Edit.deletion(1, 2).overlaps(Edit.deletion(2, 3))
    assert Edit.insertion(2, "a").overlaps(Edit.deletion(1, 2))
    with pytest.raises(ValueError):
        Edit(3, 2)


def test_fix_orders_edits_and_rejects_overlap() -> None:
    fix = Fix.safe("t", Edit(5, 6), Edit(0, 1, "X"))
    assert [e.start for e in fix.edits] == [0, 5]
    assert fix.apply("abcdefg") == "XbcdeG"[:5] + "g"
    with pytest.raises(ValueError):
        Fix.safe("t", Edit(0, 3), Edit(2, 4))
    assert Applicability.DISPLAY_ONLY < Applicability.UNSAFE < Applicability.SAFE


def test_apply_edits_checks_bounds() -> None:
    assert apply_edits("hello", []) == "hello"
    with pytest.raises(ValueError):
        apply_edits("hi", [Edit(0, 5)])


def test_findings_are_hashable_values() -> None:
    a = Finding(0, 1, "m", evidence={"line": 2})
    b = Finding(0, 1, "m", evidence={"line": 2})
    assert a == b and len({a, b}) == 1
    with pytest.raises(TypeError):
        a.evidence["x"] = 1  # type: ignore[index]


def test_document_model_holds_one_huge_line() -> None:
    """A 10 MB line is one line and one paragraph, positions and prose tests work at its
    end. (How long it takes is bench/bench_document.py's question.)"""
    text = "word " * 2_000_000  # 10 MB, one line
    doc = Document.from_text(text, kind="markdown")
    assert len(doc.lines) == 1 and len(doc.paragraphs) == 1
    assert doc.position(len(text) - 1) == (1, len(text))
    assert doc.is_prose(5)


def test_a_short_title_over_a_subtitle_is_two_paragraphs() -> None:
    doc = Document.from_text("Bridge reopens early\nCrews finished two weeks ahead of plan\n")
    assert [p.line for p in doc.paragraphs] == [1, 2]


def test_memo_computes_once_per_document_and_not_across_documents() -> None:
    calls: list[str] = []

    def count_lines(d: Document) -> int:
        calls.append(d.text)
        return len(d.lines)

    doc = Document.from_text("a\nb\n")
    assert doc.memo("test.lines", count_lines) == 2
    assert doc.memo("test.lines", count_lines) == 2
    assert Document.from_text("a\n").memo("test.lines", count_lines) == 1
    assert calls == ["a\nb\n", "a\n"]
