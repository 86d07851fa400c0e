"""DUP rules: repeated and near-duplicate paragraphs, through the public CLI."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from conftest import SEEDS, run_cli
from corpus_lint import Applicability, Document, Rule
from corpus_lint.engine import ActiveRule, fix
from corpus_lint.rules.dup import RULES, fold, near_duplicate_paragraph, repeated_paragraph
from corpus_lint.testing import assert_cases
from hypothesis import given, settings
from hypothesis import strategies as st

BODY = [
    "The harbour council voted on Tuesday to fund a bridge between the two piers.",
    "\"We have waited thirty years for this,\" said Mayor Ines Varga after the vote.",
    "Councillor Tom Hale voted against, citing the cost of the steel.",
    "Work is due to start in May and to finish before the 2028 regatta.",
]
TITLE = "Harbour Council Backs Bridge Plan"
NEAR_A = ("Engineers from the port authority said the new bridge would carry trams, "
          "bicycles and cars, and that the old ferry line would close next spring.")
NEAR_B = ("Engineers from the port authority said the new bridge would carry buses, "
          "bicycles and cars, and that the old ferry line would close next spring.")


def lint_json(*args: str) -> list[dict]:
    result = run_cli(["--select", "DUP", "--output-format", "json", *args])
    assert result.code in (0, 1), result.err
    return json.loads(result.out)


def write(path: Path, text: str, newline: str = "\n") -> Path:
    path.write_bytes(text.replace("\n", newline).encode("utf-8"))
    return path


# -- the rules' own case tables ------------------------------------------------------


@pytest.mark.parametrize("rule", [r for r in RULES if r is not None], ids=lambda r: r.code)
def test_case_table(rule: Rule) -> None:
    assert_cases(rule)  # the same check the meta-test runs for every registered rule


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_metadata_is_complete(rule: Rule) -> None:
    assert rule.missing_metadata() == []
    assert rule.family == "DUP"


def test_fold() -> None:
    assert fold("AP Photo / Jane DOE.") == fold("ap photo/jane doe") == "ap photo jane doe"
    assert fold("\u201cCaf\u00e9\u201d\u2014ok") == "caf\u00e9 ok"
    assert fold("***") == ""


# -- DUP001 through the CLI ----------------------------------------------------------


def test_repeated_title_is_reported_and_fixed(isolated: Path) -> None:
    page = write(isolated / "page.txt", "\n".join([TITLE, *BODY[:2], TITLE, BODY[2]]) + "\n")
    result = run_cli(["--select", "DUP", str(page)])
    assert result.code == 1
    assert "page.txt:4:1: DUP001" in result.out
    assert "line 4 repeats line 1 (exact copy)" in result.out
    fixed = run_cli(["--select", "DUP", "--fix", str(page)])
    assert fixed.code == 0
    assert page.read_text(encoding="utf-8") == "\n".join([TITLE, *BODY[:3]]) + "\n"
    again = run_cli(["--select", "DUP", "--fix", str(page)])
    assert again.code == 0
    assert page.read_text(encoding="utf-8") == "\n".join([TITLE, *BODY[:3]]) + "\n"


def test_credit_line_between_caption_controls(isolated: Path) -> None:
    lines = ["Commuters wait for the ferry at the east pier of Lisvik on Monday morning.",
             "AP Photo/Lena Berg", "hide caption", "toggle caption", "AP Photo/Lena Berg",
             *BODY]
    page = write(isolated / "caption.txt", "\n".join(lines) + "\n")
    found = lint_json(str(page))
    assert [(f["code"], f["line"], f["evidence"]["original_line"]) for f in found] == [
        ("DUP001", 5, 2)]
    run_cli(["--select", "DUP", "--fix", str(page)])
    assert page.read_text(encoding="utf-8").count("AP Photo/Lena Berg") == 1


def test_whole_body_twice_is_one_finding(isolated: Path) -> None:
    lines = ["A dek that sums up the story in one sentence.", TITLE, "", TITLE,
             "Article:", *BODY, *BODY]
    page = write(isolated / "summary.txt", "\n".join(lines) + "\n")
    found = lint_json(str(page))
    assert [f["message"] for f in found] == [
        "line 4 repeats line 2 (exact copy)", "lines 10-13 repeat lines 6-9 (exact copy)"]
    run_cli(["--select", "DUP", "--fix", str(page)])
    expected = ["A dek that sums up the story in one sentence.", TITLE, "", "Article:", *BODY]
    assert page.read_text(encoding="utf-8") == "\n".join(expected) + "\n"


def test_blank_line_separated_body_twice(isolated: Path) -> None:
    text = "\n\n".join([TITLE, *BODY, *BODY]) + "\n"
    page = write(isolated / "blank.txt", text)
    (finding,) = lint_json(str(page))
    assert finding["evidence"] == {"original_line": 3, "original_end_line": 9, "line": 11,
                                   "end_line": 17, "paragraphs": 4, "match": "exact"}
    assert finding["fix"]["applicability"] == "safe"
    run_cli(["--select", "DUP", "--fix", str(page)])
    assert page.read_text(encoding="utf-8") == "\n\n".join([TITLE, *BODY]) + "\n"


def test_folded_copy_says_so(isolated: Path) -> None:
    text = f"{BODY[0]}\n{BODY[1]}\n{BODY[0].upper().replace(',', '')}  \n"
    (finding,) = lint_json(str(write(isolated / "folded.txt", text)))
    assert finding["message"] == "line 3 repeats line 1 (same up to case/punctuation/whitespace)"
    assert finding["evidence"]["match"] == "folded"


def test_crlf_file_keeps_its_line_endings(isolated: Path) -> None:
    page = write(isolated / "crlf.txt", "\n".join([TITLE, BODY[0], TITLE, BODY[1]]) + "\n",
                 newline="\r\n")
    assert run_cli(["--select", "DUP", str(page)]).code == 1
    run_cli(["--select", "DUP", "--fix", str(page)])
    assert page.read_bytes() == f"{TITLE}\r\n{BODY[0]}\r\n{BODY[1]}\r\n".encode()


def test_last_line_without_final_newline(isolated: Path) -> None:
    page = write(isolated / "tail.txt", f"{TITLE}\n{BODY[0]}\n{TITLE}")
    run_cli(["--select", "DUP", "--fix", str(page)])
    assert page.read_text(encoding="utf-8") == f"{TITLE}\n{BODY[0]}"


TRANSCRIPT = """Transcript
Below is a lightly edited transcript of the conversation.
Ana Ruiz:
Thank you for joining us. What did the council decide on Tuesday?
Deputy Mayor Tom Hale:
It approved the bridge, nine votes to two, after a very long debate.
Ana Ruiz:
Thank you so much.
Q: Will the ferry close?
Deputy Mayor Tom Hale:
Thank you so much.
Advertisement
Ana Ruiz:
Yes.
Advertisement
"""


def test_interview_labels_and_replies_are_not_reported(isolated: Path) -> None:
    page = write(isolated / "interview.txt", TRANSCRIPT)
    assert run_cli(["--select", "DUP", str(page)]).code == 0


def test_report_structure_option_from_config(isolated: Path) -> None:
    (isolated / "corpus-lint.toml").write_text(
        "[rules.DUP001]\nreport-structure = true\n", encoding="utf-8")
    page = write(isolated / "interview.txt", TRANSCRIPT)
    found = lint_json(str(page))
    assert [f["line"] for f in found] == [10, 11]


MARKDOWN = """# Bridge report

## Summary

The harbour council approved the bridge on Tuesday.

- Read the full report
- See the map

## Details for commuters

| Line | Stop |
|------|------|
| 4 | Pier |

```sh
make build
make build
```

## Summary

Work starts in May.

- Read the full report

## Details for commuters

| Day | Time |
|------|------|

    make build
"""


def test_markdown_structure_and_code_are_not_reported(isolated: Path) -> None:
    page = write(isolated / "notes.md", MARKDOWN)
    assert run_cli(["--select", "DUP", str(page)]).code == 0


def test_markdown_repeated_paragraph(isolated: Path) -> None:
    page = write(isolated / "notes.md", f"# Notes\n\n{BODY[0]}\n\n```\ncode\n```\n\n{BODY[0]}\n")
    found = lint_json(str(page))
    assert [f["line"] for f in found] == [9]
    run_cli(["--select", "DUP", "--fix", str(page)])
    assert page.read_text(encoding="utf-8") == f"# Notes\n\n{BODY[0]}\n\n```\ncode\n```\n"


# -- DUP002 --------------------------------------------------------------------------


def test_near_duplicate_needs_unsafe_fixes(isolated: Path) -> None:
    text = "\n\n".join([TITLE, NEAR_A, BODY[0], NEAR_B, BODY[1]]) + "\n"
    page = write(isolated / "near.txt", text)
    (finding,) = lint_json(str(page))
    assert finding["code"] == "DUP002"
    assert finding["severity"] == "info"
    assert finding["evidence"]["original_line"] == 3
    assert 0.8 <= finding["evidence"]["similarity"] < 1
    assert f"{finding['evidence']['similarity']:.2f}" in finding["message"]
    assert finding["fix"]["applicability"] == "unsafe"
    assert run_cli(["--select", "DUP", "--fix", str(page)]).code == 1
    assert page.read_text(encoding="utf-8") == text
    assert run_cli(["--select", "DUP", "--fix", "--unsafe-fixes", str(page)]).code == 0
    assert page.read_text(encoding="utf-8") == "\n\n".join(
        [TITLE, NEAR_A, BODY[0], BODY[1]]) + "\n"
    run_cli(["--select", "DUP", "--fix", "--unsafe-fixes", str(page)])
    assert page.read_text(encoding="utf-8") == "\n\n".join(
        [TITLE, NEAR_A, BODY[0], BODY[1]]) + "\n"


def test_min_similarity_option(isolated: Path) -> None:
    (isolated / "corpus-lint.toml").write_text(
        "[rules.DUP002]\nmin-similarity = 0.95\n", encoding="utf-8")
    page = write(isolated / "near.txt", f"{NEAR_A}\n{BODY[0]}\n{NEAR_B}\n")
    assert run_cli(["--select", "DUP", str(page)]).code == 0


def test_clean_news_is_not_reported(isolated: Path) -> None:
    page = write(isolated / "news.txt", "\n".join([TITLE, *BODY, NEAR_A]) + "\n")
    assert run_cli(["--select", "DUP", str(page)]).code == 0


# -- size ----------------------------------------------------------------------------


def test_hundred_thousand_distinct_lines(isolated: Path) -> None:
    rng = random.Random(7)
    vocab = [f"w{i}" for i in range(3000)]
    lines = [f"Entry {i} reads " + " ".join(rng.choices(vocab, k=12)) + "."
             for i in range(100_000)]
    lines[60_000] = lines[10]  # an exact copy
    lines[70_000] = lines[20].replace(lines[20].split()[8], "changed")  # a near copy
    page = write(isolated / "big.txt", "\n".join(lines) + "\n")
    found = lint_json("--quiet", str(page))
    assert [(f["code"], f["line"], f["evidence"]["original_line"]) for f in found] == [
        ("DUP001", 60_001, 11), ("DUP002", 70_001, 21)]


def test_fifty_megabyte_single_line() -> None:
    rng = random.Random(3)
    words = [f"word{i}" for i in range(2000)]
    line = " ".join(rng.choices(words, k=6_000_000))
    assert len(line) > 50_000_000
    doc = Document.from_text(f"{TITLE}\n{line}\n{TITLE}\n")
    assert [f.message for f in repeated_paragraph.check(doc)] == [
        "line 3 repeats line 1 (exact copy)"]
    assert list(near_duplicate_paragraph.check(doc)) == []
    assert list(repeated_paragraph.check(Document.from_text(line))) == []


# -- properties ----------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([TITLE, *BODY]), min_size=1, max_size=12),
       st.sampled_from(["\n", "\n\n"]), st.booleans())
def test_fix_keeps_first_copies_and_layout(picks: list[str], sep: str, final: bool) -> None:
    text = sep.join(picks) + ("\n" if final else "")
    result = fix(Document.from_text(text), [ActiveRule(repeated_paragraph)],
                 Applicability.SAFE)
    unique = list(dict.fromkeys(picks))
    assert result.text == sep.join(unique) + ("\n" if final else "")


# -- acceptance on the seed documents ------------------------------------------------


def seed(prefix: str) -> Path:
    if not SEEDS.is_dir():
        pytest.skip("seed documents not available")
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path


def test_seed_summary_page_title_and_body() -> None:
    found = lint_json(str(seed("004")))
    assert [(f["code"], f["line"], f["end_line"], f["evidence"]["original_line"])
            for f in found] == [("DUP001", 4, 4, 2), ("DUP001", 12, 16, 7)]


def test_seed_spun_interview_credit_line() -> None:
    found = lint_json(str(seed("002")))
    assert [(f["code"], f["line"], f["evidence"]["original_line"]) for f in found] == [
        ("DUP001", 5, 2)]


def test_seed_clean_transcript() -> None:
    assert lint_json(str(seed("000"))) == []


def test_a_forum_users_name_above_each_of_their_posts_is_no_repeat(isolated: Path) -> None:
    """"pepa_z_Berouna" is one word however its parts are joined: --fix must not take a
    later post's author away."""
    thread = ("Tepelné čerpadlo bez zateplení?\npepa_z_Berouna\n"
              "Máme rodinný dům z roku 1984 a zvažujeme tepelné čerpadlo.\nZdenekT\n"
              "Bez zateplení to smysl mít může, ale počítejte s vyšší spotřebou.\n"
              "pepa_z_Berouna\nRadiátory jsou deskové, asi osm let staré.\n")
    page = write(isolated / "thread.txt", thread)
    result = run_cli(["--select", "DUP", "--fix", str(page)])
    assert "DUP001" not in result.out
    assert page.read_text(encoding="utf-8") == thread
