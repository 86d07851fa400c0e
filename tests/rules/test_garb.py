"""GARB: tortured phrases (GARB001) and the document verdict (GARB003), through the CLI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import SEEDS, run_cli
from corpus_lint import Rule
from corpus_lint.registry import discover
from corpus_lint.rules.garb import RULES, Lexicon, parse_lexicon
from corpus_lint.testing import assert_cases

ROOT = Path(__file__).resolve().parents[2]
CLEAN_NEWS = (ROOT / "bench" / "data" / "garb" / "clean-news.txt").read_text(encoding="utf-8")
SPUN = (
    "AP Photograph/Kim Bo\n"
    "conceal caption\n"
    "NATO Secretary Common Ann Lee told Morning Version that tensions in the Center East "
    "were rising.\n"
    "\"The ball is now in Moscow's court docket,\" she said, looking in direction of the "
    "harbour.\n"
    "Edited for digital by Ann Inexperienced.\n"
)


def _json(args: list[str], path: Path) -> list[dict[str, Any]]:
    result = run_cli(["--select", "GARB", "--output-format", "json", *args, str(path)])
    assert result.code in (0, 1), result.err
    return list(json.loads(result.out))


@pytest.mark.parametrize("rule", [r for r in RULES if r is not None], ids=lambda r: r.code)
def test_case_table(rule: Rule) -> None:
    assert_cases(rule)  # the same check the meta-test runs for every registered rule


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rules_are_registered_and_complete(rule: Rule) -> None:
    assert rule.missing_metadata() == []
    assert discover().get(rule.code) is not None


def test_spun_text_fires_with_suggestions(isolated: Path) -> None:
    path = isolated / "spun.txt"
    path.write_text(SPUN, encoding="utf-8")
    found = _json([], path)
    suggestions = {f["evidence"]["matched"]: f["evidence"]["suggestion"]
                   for f in found if f["code"] == "GARB001"}
    assert suggestions["Secretary Common"] == "Secretary General"
    assert suggestions["Center East"] == "Middle East"
    assert suggestions["court docket"] == "court"
    assert suggestions["Inexperienced"] == "Green"
    verdicts = [f for f in found if f["code"] == "GARB003"]
    assert len(verdicts) == 1 and verdicts[0]["line"] == 1
    assert verdicts[0]["evidence"]["findings"] >= 6


def test_unsafe_fix_restores_the_wording(isolated: Path) -> None:
    path = isolated / "spun.txt"
    path.write_text(SPUN, encoding="utf-8")
    run_cli(["--select", "GARB001", "--fix", "--unsafe-fixes", str(path)])
    fixed = path.read_text(encoding="utf-8")
    assert "NATO Secretary General Ann Lee told Morning Edition" in fixed
    assert "in Moscow's court,\" she said, looking towards the" in fixed
    assert "AP Photo/Kim Bo\nhide caption\n" in fixed


def test_clean_news_with_names_and_quotes_is_quiet(isolated: Path) -> None:
    path = isolated / "news.txt"
    path.write_text(CLEAN_NEWS, encoding="utf-8")
    assert _json([], path) == []


@pytest.mark.parametrize("text", [
    "The Secretary General met the Defense Secretary at the White House.\n",
    "The motion was entered on the court docket in Richmond on Friday.\n",
    "\"Paul Common said the Secretary would decide,\" the spokesman said.\n",
    "She used to be a teacher in the Middle East, long before the war.\n",
    "The new hires were inexperienced; Green trained them.\n",
    "The Chinese language school opened in the autumn.\n",
    "In dry summers the river drops so low that he has to zigzag.\n",  # not Niagara Falls
    "The creek floods every spring and the river declines in autumn.\n",
])
def test_clean_sentences_do_not_fire(isolated: Path, text: str) -> None:
    path = isolated / "clean.txt"
    path.write_text(text, encoding="utf-8")
    assert _json([], path) == []


def test_users_extend_the_lexicon_with_a_rule_pack(isolated: Path) -> None:
    (isolated / "garb-extra.yaml").write_text(
        "rules:\n  - extends: GARB001\n    swap: {\"profound learning\": \"deep learning\"}\n",
        encoding="utf-8")
    (isolated / "corpus-lint.toml").write_text('rule-packs = ["garb-extra.yaml"]\n',
                                               encoding="utf-8")
    path = isolated / "paper.txt"
    path.write_text("Profound Learning beats the Center East baseline.\n", encoding="utf-8")
    found = {f["evidence"]["suggestion"] for f in _json([], path)}
    assert found == {"Deep Learning", "Middle East"}


def test_garb003_threshold_is_an_option(isolated: Path) -> None:
    (isolated / "corpus-lint.toml").write_text(
        "[rules.GARB003]\nmin-findings = 50\n", encoding="utf-8")
    path = isolated / "spun.txt"
    path.write_text(SPUN, encoding="utf-8")
    assert not [f for f in _json([], path) if f["code"] == "GARB003"]


def test_lexicon_rows_need_a_known_case_mode() -> None:
    with pytest.raises(ValueError, match="case must be one of"):
        parse_lexicon("tortured\toriginal\tcase\nfoo bar\tbaz\tloud\n", "x.tsv")
    lexicon = Lexicon(parse_lexicon("h\nWhite Home\tWhite House\ttitle\n", "x.tsv"))
    assert [m.suggestion for m in lexicon.find("at the White Home and a white home")] == [
        "White House"]


@pytest.mark.skipif(not SEEDS.exists(), reason="needs ../shared/seeds")
def test_seed_002_is_flagged_and_clean_seeds_are_not() -> None:
    spun = sorted(SEEDS.glob("002_*.txt"))[0]
    found = _json([], spun)
    assert [f["line"] for f in found if f["code"] == "GARB003"] == [1]
    assert sum(f["code"] == "GARB001" for f in found) >= 15
    for seed in ("000", "003", "004"):
        assert _json([], sorted(SEEDS.glob(f"{seed}_*.txt"))[0]) == [], seed
