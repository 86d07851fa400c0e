"""GEN003: the trained block detector, tested through the CLI and its public pieces."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import run_cli
from corpus_lint.rules import genmodel

ARTICLE = (
    "Harbour bridge reopens after two years\n"
    "The harbour bridge reopened to traffic on Monday after two years of repairs.\n"
    "Engineers replaced the deck and repainted the steel towers, the council said.\n"
    "The crossing now takes five minutes instead of the twenty the ferry took.\n"
    "A cycle lane on the east side opens in the spring, once the railings are in.\n"
    "Local shops near the approach road said trade had already picked up.\n"
)
# Plain questions and answers under a heading made of the title's words: no phrase GEN001
# knows, no Markdown, no "Q:" labels.
APPENDED = (
    "Harbour bridge reopening explained\n"
    "Is the bridge open to cyclists?\n"
    "The harbour bridge is open to cyclists from the spring.\n"
    "Will shops benefit from the reopening?\n"
    "Shops near the harbour bridge expect more trade.\n"
)
FOOTER = "Share\nFacebook | X | WhatsApp\n© 2025 Harbour Gazette\n"


def _findings(path: Path, *extra: str) -> list[dict[str, Any]]:
    result = run_cli(["--output-format", "json", *extra, str(path)])
    assert result.code in (0, 1), result.err
    found: list[dict[str, Any]] = json.loads(result.out)
    return found


def test_reports_the_appended_block_with_its_score(isolated: Path) -> None:
    page = isolated / "page.txt"
    page.write_text(ARTICLE + APPENDED + FOOTER, encoding="utf-8")
    gen = [f for f in _findings(page) if f["code"].startswith("GEN")]
    assert [(f["code"], f["line"], f["end_line"]) for f in gen] == [("GEN003", 7, 11)]
    assert gen[0]["evidence"]["score"] >= genmodel.MIN_SCORE
    assert gen[0]["severity"] == "info"


def test_the_unsafe_fix_removes_only_the_block(isolated: Path) -> None:
    page = isolated / "page.txt"
    page.write_text(ARTICLE + APPENDED + FOOTER, encoding="utf-8")
    result = run_cli(["--fix", "--unsafe-fixes", "--select", "GEN003,BOIL,META", str(page)])
    assert result.code in (0, 1), result.err
    assert page.read_text(encoding="utf-8") == ARTICLE  # BOIL took the footer's lines
    page.write_text(ARTICLE + APPENDED + FOOTER, encoding="utf-8")
    run_cli(["--fix", "--select", "GEN003,BOIL,META", str(page)])
    assert page.read_text(encoding="utf-8") == ARTICLE + APPENDED  # safe fixes only


def test_silent_on_articles_and_their_own_endings(isolated: Path) -> None:
    pages = {
        "plain.txt": ARTICLE + FOOTER,
        "question.txt": ARTICLE + "Will the ferry survive? The operator says it will keep two "
                        "sailings a day until June.\n" + FOOTER,
        "contact.txt": ARTICLE + "The council will publish the final cost in March.\n"
                       "Questions about the closure can be sent to roads@harbour.example.\n"
                       + FOOTER,
        "faq.txt": "Returns and exchanges\nHow do I return an order?\nSend it back within 30 "
                   "days with the slip in the parcel.\nWho pays for return postage?\nWe do, "
                   "for faulty goods; otherwise the customer.\n" + FOOTER,
    }
    for name, text in pages.items():
        (isolated / name).write_text(text, encoding="utf-8")
    found = _findings(isolated)
    assert [f for f in found if f["code"] == "GEN003"] == []


def test_leaves_a_page_gen001_reports_to_gen001(isolated: Path) -> None:
    page = isolated / "page.txt"
    page.write_text(ARTICLE + "**Interviewer:** How does it feel to open the bridge?\n"
                    "**Lind:** It is a proud day.\n**Interviewer:** What comes next?\n"
                    "**Lind:** The ferry terminal.\n**Discussion Question for Readers:** "
                    "Should the city charge a toll?\n" + FOOTER, encoding="utf-8")
    codes = [f["code"] for f in _findings(page)]
    assert "GEN001" in codes and "GEN003" not in codes


def test_min_score_trades_recall_for_precision(isolated: Path) -> None:
    page = isolated / "page.txt"
    page.write_text(ARTICLE + APPENDED + FOOTER, encoding="utf-8")
    (isolated / "corpus-lint.toml").write_text("[rules.GEN003]\nmin-score = 1.0\n",
                                               encoding="utf-8")
    assert "GEN003" not in [f["code"] for f in _findings(page)]
    (isolated / "corpus-lint.toml").write_text("[rules.GEN003]\nmin-score = 1.5\n",
                                               encoding="utf-8")
    result = run_cli([str(page)])
    assert result.code == 2 and "min-score" in result.err


def test_rule_command_documents_the_model(isolated: Path) -> None:
    result = run_cli(["rule", "GEN003"])
    assert result.code == 0, result.err
    assert "min-score" in result.out and str(genmodel.MIN_SCORE) in result.out
    assert "Runs after, and reads the findings of, the BOIL, META, GEN rules" in result.out


def test_the_shipped_model_matches_the_code() -> None:
    model = genmodel.load_model()
    # the default threshold is the one the model was trained for
    assert model.threshold == genmodel.MIN_SCORE
    assert model.about["trained_by"] == "bench/train_gen_model.py"
    # the rule's documentation says what it was trained on
    doc = " ".join(genmodel.generated_block_shape.documentation.split())
    assert f"({model.about['sets']} sets, {model.about['pages']:,} invented pages" in doc
    def features(node: Any) -> list[int]:
        if not isinstance(node, tuple):
            return []
        return [node[0], *features(node[2]), *features(node[3])]
    for trees in (model.page, model.boundary):
        assert len(trees.trees) == 120
        used = [f for tree in trees.trees for f in features(tree)]
        assert used and max(used) < len(genmodel.FEATURES)


def test_trees_add_leaf_values_to_the_log_odds() -> None:
    # one stump on feature 1: x[1] <= 0.5 goes left (-2.0), else right (+1.0)
    stump = {"feature": [1, -1, -1], "threshold": [0.5, 0.0, 0.0], "left": [1, 0, 0],
             "right": [2, 0, 0], "value": [0.0, -2.0, 1.0]}
    trees = genmodel.Trees.from_json({"baseline": 0.5, "trees": [stump, stump]})
    assert trees.score([9.0, 0.5]) == pytest.approx(1 / (1 + 2.718281828459045 ** 3.5))
    assert trees.score([9.0, 0.6]) == pytest.approx(1 / (1 + 2.718281828459045 ** -2.5))


def test_candidates_end_where_chrome_begins() -> None:
    lines = (ARTICLE + APPENDED + FOOTER).splitlines()
    page = genmodel.Page(tuple(lines), frozenset({12, 13, 14}))
    cands = genmodel.candidates(page)
    assert {c.last for c in cands} == {11}  # every tail of the article's run
    assert min(c.first for c in cands) == 2 and max(c.first for c in cands) == 11
    assert all(len(c.features) == len(genmodel.FEATURES) for c in cands)


def test_markdown_documents_are_left_alone(isolated: Path) -> None:
    # the model learnt Markdown in plain text as a sign; a .md file is written in it
    (isolated / "page.txt").write_text(ARTICLE + APPENDED + FOOTER, encoding="utf-8")
    (isolated / "page.md").write_text(ARTICLE + APPENDED + FOOTER, encoding="utf-8")
    found = [(Path(f["path"]).name, f["code"]) for f in _findings(isolated)]
    assert ("page.txt", "GEN003") in found and ("page.md", "GEN003") not in found


def test_selected_alone_it_still_reads_the_chrome(isolated: Path) -> None:
    # --select GEN003 runs the BOIL and META rules hidden: the block stops where the
    # chrome begins, and only the block is reported and removed
    page = isolated / "page.txt"
    related = "Related stories\nCouncil votes on ferry fares\nNew cycle lane opens on the quay\n"
    page.write_text(ARTICLE + APPENDED + related + FOOTER, encoding="utf-8")
    everything = [(f["code"], f["line"], f["end_line"]) for f in _findings(page)]
    alone = [(f["code"], f["line"], f["end_line"]) for f in _findings(page, "--select", "GEN003")]
    assert alone == [("GEN003", 7, 11)] and alone[0] in everything
    assert len(everything) > 1
    run_cli(["--fix", "--unsafe-fixes", "--select", "GEN003", str(page)])
    assert page.read_text(encoding="utf-8") == ARTICLE + related + FOOTER


def test_a_floor_stops_the_walk_without_changing_the_verdict() -> None:
    model = genmodel.load_model()
    lines = (ARTICLE + APPENDED + FOOTER).splitlines()
    cands = genmodel.candidates(genmodel.Page(tuple(lines), frozenset({12, 13, 14})))
    for cand in cands:
        exact = model.page.score(cand.features)
        floored = model.page.score(cand.features, genmodel.MIN_SCORE)
        assert (exact >= genmodel.MIN_SCORE) == (floored >= genmodel.MIN_SCORE)
        if exact >= genmodel.MIN_SCORE:
            assert floored == exact
    assert any(model.page.score(c.features) >= genmodel.MIN_SCORE for c in cands)


def test_stray_markup_elsewhere_does_not_silence_it(isolated: Path) -> None:
    # GEN002 reporting a bold name in the article is no GEN001 block: GEN003 still looks
    page = isolated / "page.txt"
    lines = ARTICLE.splitlines(keepends=True)
    lines[2] = "**Mayor Lind** " + lines[2][0].lower() + lines[2][1:]
    page.write_text("".join(lines) + APPENDED + FOOTER, encoding="utf-8")
    codes = [(f["code"], f["line"]) for f in _findings(page)]
    assert ("GEN002", 3) in codes and ("GEN003", 7) in codes
