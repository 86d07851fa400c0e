"""GRAM: LanguageTool findings, against the LanguageTool test double (and a real server
when ``CORPUS_LINT_LT_SERVER`` or ``LTP_PATH`` is set).

The double (``tests/languagetool_double.py``) answers LanguageTool's HTTP API on a loopback
port with LanguageTool-shaped JSON; it reports fixed phrases ("teh", "They was", doubled
spaces, "in order to"...) instead of checking grammar.
"""

from __future__ import annotations

import json
import os
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from conftest import SHARED, Result, run_cli
from corpus_lint import languagetool as lt
from languagetool_double import LanguageToolDouble, Phrase

ROOT = Path(__file__).resolve().parents[1]
SARIF_SCHEMA = SHARED / "eval" / "sarif-schema-2.1.0.json"
JSON_SCHEMA = ROOT / "docs" / "json-output.schema.json"
REAL_SERVER = os.environ.get("CORPUS_LINT_LT_SERVER", "")
REAL_LOCAL = os.environ.get("LTP_PATH", "")


@pytest.fixture(autouse=True)
def fresh_services() -> Iterator[None]:
    """Every test starts without in-memory answers, as a new process would."""
    lt.reset()
    yield
    lt.reset()


@pytest.fixture
def double() -> Iterator[LanguageToolDouble]:
    with LanguageToolDouble() as server:
        yield server


@pytest.fixture
def project(isolated: Path, double: LanguageToolDouble) -> Path:
    """A working directory whose config points GRAM at the double, with its own cache."""
    configure(isolated, server=double.url)
    return isolated


def configure(folder: Path, **table: object) -> None:
    """Write ``[languagetool]`` into the folder's corpus-lint.toml (cache under the folder)."""
    table.setdefault("cache-dir", str(folder / "cache"))
    lines = ["[languagetool]"] + [f"{k} = {json.dumps(v)}" for k, v in table.items()]
    (folder / "corpus-lint.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def gram(*args: str) -> Result:
    return run_cli(["--select", "GRAM", *args])


def findings(*args: str) -> list[dict[str, Any]]:
    result = gram("--output-format", "json", *args)
    assert result.code in (0, 1), result.err
    return json.loads(result.out)  # type: ignore[no-any-return]


# -- offsets -------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Plain teh text.",
    "Café au lait, teh crème brûlée.",                 # é: one code point, one UTF-16 unit
    "Party 🎉🎉 and teh cake 😀 teh end.",             # emoji: two UTF-16 units each
    "中文 teh 𠀋𠀋 (astral CJK) teh.",                  # BMP and astral CJK
    "👩‍👩‍👧 family: teh picnic",                        # a ZWJ sequence of astral characters
])
def test_spans_are_code_points_whatever_the_characters(project: Path, text: str) -> None:
    (project / "doc.txt").write_text(text + "\n", encoding="utf-8")
    spans = [(f["column"], f["end_column"]) for f in findings("doc.txt")]
    expected = []
    at = text.find("teh")
    while at >= 0:
        expected.append((at + 1, at + 4))
        at = text.find("teh", at + 1)
    assert spans == expected


def test_utf16_offsets_map_to_code_points() -> None:
    text = "a😀b𠀋c"
    offsets = lt.Utf16Map(text)
    assert offsets.size == len(text.encode("utf-16-le")) // 2 == 7
    assert [offsets.to_index(u) for u in (0, 1, 3, 4, 6)] == [0, 1, 2, 3, 4]
    assert offsets.to_index(2) == 1 and offsets.to_index(2, end=True) == 2  # inside a pair


def test_line_and_column_inside_jsonl_records(project: Path) -> None:
    record = {"text": "Title 🎉\nSecond line has teh typo."}
    (project / "c.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    (found,) = findings("c.jsonl")
    assert (found["record"], found["line"], found["column"]) == (1, 2, 17)


# -- matches to findings -------------------------------------------------------------------


def test_rule_id_category_and_replacements_in_message_and_evidence(project: Path) -> None:
    (project / "doc.txt").write_text("The festival starts teh next day.\n", encoding="utf-8")
    (found,) = findings("doc.txt")
    assert found["code"] == "GRAM002"
    assert "MORFOLOGIK_RULE_EN_US" in found["message"] and "Possible Typo" in found["message"]
    assert "'ten', 'tech'" in found["message"]
    assert found["evidence"] == {
        "languagetool_rule": "MORFOLOGIK_RULE_EN_US",
        "rule_description": "Possible spelling mistake found.", "category": "TYPOS",
        "category_name": "Possible Typo", "issue_type": "misspelling",
        "replacements": ["the", "ten", "tech"], "sentence": "The festival starts teh next day.",
        "language": "en-US"}
    assert found["fix"]["applicability"] == "unsafe"
    assert found["fix"]["edits"][0]["content"] == "the"


def test_categories_map_to_the_four_codes(project: Path) -> None:
    text = "They was late.\nWe met in order to plan teh  fair.\n"
    (project / "doc.txt").write_text(text, encoding="utf-8")
    assert [f["code"] for f in findings("doc.txt")] == ["GRAM001", "GRAM004", "GRAM002",
                                                        "GRAM003"]


def test_a_match_without_replacements_has_no_fix(project: Path) -> None:
    (project / "doc.txt").write_text("A qwzx here.\n", encoding="utf-8")
    (found,) = findings("doc.txt")
    assert found["fix"] is None and found["evidence"]["replacements"] == []


def test_unsafe_fix_applies_the_first_replacement(project: Path) -> None:
    doc = project / "doc.txt"
    doc.write_text("They was at teh  fair 🎉 in order to win.\n", encoding="utf-8")
    assert gram("--fix", "doc.txt").code == 1  # unsafe fixes are suggestions only
    assert doc.read_text(encoding="utf-8").startswith("They was at teh")
    gram("--fix", "--unsafe-fixes", "doc.txt")
    assert doc.read_text(encoding="utf-8") == "They were at the fair 🎉 to win.\n"


def test_overlapping_matches_are_all_reported_and_fixing_converges(
        project: Path, double: LanguageToolDouble) -> None:
    double.extra = (Phrase(r"teh next", ("the next",), "DOUBLE_OVERLAP", ("GRAMMAR", "Grammar"),
                           "grammar", "Overlapping test match."),)
    doc = project / "doc.txt"
    doc.write_text("It starts teh next day.\n", encoding="utf-8")
    assert [f["code"] for f in findings("doc.txt")] == ["GRAM001", "GRAM002"]
    result = gram("--fix", "--unsafe-fixes", "doc.txt")
    assert "did not converge" not in result.err
    assert doc.read_text(encoding="utf-8") == "It starts the next day.\n"


def test_markdown_code_is_not_sent_as_prose(project: Path, double: LanguageToolDouble) -> None:
    (project / "doc.md").write_text("Some teh text.\n\n```\nteh code\n```\n", encoding="utf-8")
    assert [f["line"] for f in findings("doc.md")] == [1]
    assert "code" not in double.requests[0]["text"]


# -- our own rules come first ---------------------------------------------------------------


def test_gram_yields_to_our_rules_on_the_same_span(project: Path) -> None:
    (project / "doc.txt").write_text("CafÃ© owners met Mirela Stanić.\n", encoding="utf-8")
    alone = [f["code"] for f in findings("doc.txt")]
    assert alone == ["GRAM002", "GRAM002"]  # the mojibake word and the name
    both = findings("--extend-select", "ENC", "doc.txt")
    assert [(f["code"], f["column"]) for f in both] == [("ENC001", 1), ("GRAM002", 25)]


# -- selection and configuration --------------------------------------------------------


def test_off_by_default_and_not_in_all(project: Path, double: LanguageToolDouble) -> None:
    (project / "doc.txt").write_text("Some teh text.\n", encoding="utf-8")
    for args in ([], ["--select", "ALL"]):
        result = run_cli([*args, "--output-format", "json", "doc.txt"])
        assert all(not f["code"].startswith("GRAM") for f in json.loads(result.out))
    assert double.checks == 0
    result = run_cli(["--extend-select", "GRAM", "--output-format", "json", "doc.txt"])
    assert [f["code"] for f in json.loads(result.out)] == ["GRAM002"]


def test_enabled_from_config(project: Path, double: LanguageToolDouble) -> None:
    table = (project / "corpus-lint.toml").read_text(encoding="utf-8")
    (project / "corpus-lint.toml").write_text('extend-select = ["GRAM"]\n' + table,
                                              encoding="utf-8")
    (project / "doc.txt").write_text("Some teh text.\n", encoding="utf-8")
    result = run_cli(["--output-format", "json", "doc.txt"])
    assert [f["code"] for f in json.loads(result.out)] == ["GRAM002"]


def test_options_are_sent_with_every_request(project: Path, double: LanguageToolDouble) -> None:
    configure(project, server=double.url, language="de-DE", picky=True,
              **{"disabled-rules": ["WHITESPACE_RULE", "X"], "enabled-categories": ["STYLE"]})
    (project / "doc.txt").write_text("Some teh  text.\n", encoding="utf-8")
    assert [f["code"] for f in findings("doc.txt")] == ["GRAM002"]
    form = double.requests[0]
    assert (form["language"], form["level"], form["disabledRules"], form["enabledCategories"]) \
        == ("de-DE", "picky", "WHITESPACE_RULE,X", "STYLE")


@pytest.mark.parametrize(("table", "expected"), [
    ({"langauge": "en-GB"}, "languagetool.langauge: unknown key (did you mean 'language'?"),
    ({"timeout": "soon"}, "languagetool.timeout: option 'timeout' must be float"),
    ({"disabled-rules": "X"}, "languagetool.disabled-rules: option 'disabled-rules' must be a "
                              "list of non-empty strings"),
    ({"concurrency": 0}, "languagetool.concurrency: option 'concurrency' must be at least 1"),
])
def test_bad_config_names_file_and_key(isolated: Path, table: dict[str, object],
                                       expected: str) -> None:
    configure(isolated, **table)
    (isolated / "doc.txt").write_text("Text.\n", encoding="utf-8")
    for args in (["--select", "GRAM"], []):  # checked even when GRAM is off
        result = run_cli([*args, "doc.txt"])
        assert result.code == 2
        assert "corpus-lint.toml: " + expected in result.err


def test_unknown_language_is_a_clear_error(project: Path, double: LanguageToolDouble) -> None:
    configure(project, server=double.url, language="xx-XX")
    (project / "doc.txt").write_text("Some text.\n", encoding="utf-8")
    result = gram("doc.txt")
    assert result.code == 2
    assert "does not know language 'xx-XX'" in result.err and "en-GB" in result.err


# -- failures: clear errors, exit 2, never a hang --------------------------------------------


@pytest.mark.parametrize(("mode", "expected"), [
    ("error500", "answered HTTP 500: Error: Internal Server Error"),
    ("malformed", "sent a malformed answer"),
    ("not-json", "sent a malformed answer: not JSON"),
])
def test_server_errors_stop_the_run(project: Path, double: LanguageToolDouble, mode: str,
                                    expected: str) -> None:
    double.mode = mode
    (project / "doc.txt").write_text("Some teh text.\n", encoding="utf-8")
    result = gram("doc.txt")
    assert result.code == 2
    assert result.err.startswith("corpus-lint: error: LanguageTool at http://127.0.0.1:")
    assert expected in result.err and "Traceback" not in result.err


def test_a_slow_server_times_out(project: Path, double: LanguageToolDouble) -> None:
    configure(project, server=double.url, timeout=0.3)
    # The server answers after 20 s; a run that waited for it would take that long, so
    # ending well before shows the timeout cut the wait (with room for a slow machine).
    double.mode, double.sleep = "sleep", 20.0
    (project / "doc.txt").write_text("Some teh text.\n", encoding="utf-8")
    began = time.monotonic()
    result = gram("doc.txt")
    assert time.monotonic() - began < 10
    assert result.code == 2 and "did not answer within 0.3 s" in result.err
    assert "raise timeout in [tool.corpus-lint.languagetool]" in result.err


def test_connection_refused_says_what_to_do(isolated: Path) -> None:
    with socket.socket() as sock:  # a port that was free a moment ago: nothing listens
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    configure(isolated, server=f"http://127.0.0.1:{port}")
    (isolated / "a.txt").write_text("Some text.\n", encoding="utf-8")
    (isolated / "b.txt").write_text("More text.\n", encoding="utf-8")
    result = gram("a.txt", "b.txt")
    assert result.code == 2
    assert result.err.count("cannot reach LanguageTool") == 1  # once, not per document
    assert 'server = "http://localhost:8081"' in result.err and "LTP_PATH" in result.err


def test_no_local_server_can_be_started(isolated: Path, monkeypatch: pytest.MonkeyPatch,
                                        tmp_path_factory: pytest.TempPathFactory) -> None:
    configure(isolated)  # no server: language-tool-python would start one
    empty = tmp_path_factory.mktemp("no-java")
    monkeypatch.setenv("PATH", str(empty))  # no java: fails before any download
    monkeypatch.setenv("LTP_PATH", str(empty))
    (isolated / "doc.txt").write_text("Some text.\n", encoding="utf-8")
    with lt.fallback("", str(isolated / "cache")):
        result = gram("doc.txt")
    assert result.code == 2
    assert "cannot start a local LanguageTool server" in result.err
    assert "Java" in result.err and "docker" in result.err.lower()


def test_nothing_to_check_needs_no_server(isolated: Path) -> None:
    configure(isolated, server="http://127.0.0.1:9")
    (isolated / "doc.md").write_text("```\ncode only\n```\n", encoding="utf-8")
    assert gram("doc.md").code == 0


# -- long documents, batches, cache --------------------------------------------------------


def test_long_documents_are_split_at_paragraphs(project: Path, double: LanguageToolDouble) -> None:
    configure(project, server=double.url, **{"max-request-chars": 300})
    double.max_text = 300  # the double answers 413 above this, like a real server's limit
    paragraphs = [f"Paragraph {i} 🎉 is here with some words to fill it up nicely." +
                  (" And teh typo." if i % 7 == 3 else "") for i in range(40)]
    text = "\n\n".join(paragraphs) + "\n"
    (project / "doc.txt").write_text(text, encoding="utf-8")
    found = findings("doc.txt")
    assert [f["line"] for f in found] == [2 * i + 1 for i in range(40) if i % 7 == 3]
    assert all(f["column"] == paragraphs[(f["line"] - 1) // 2].find("teh") + 1 for f in found)
    assert double.checks > 5
    assert all(lt.utf16_len(r["text"]) <= 300 for r in double.requests)


def test_split_keeps_every_character_and_the_limit() -> None:
    text = ("Word " * 50 + "\n") * 5 + "\n\n" + "x" * 700 + "😀" * 300
    chunks = lt.split(text, 200)
    assert "".join(c for _, c in chunks) == text
    assert all(lt.utf16_len(c) <= 200 for _, c in chunks)
    assert [o for o, _ in chunks] == [sum(len(c) for _, c in chunks[:i])
                                      for i in range(len(chunks))]


def test_a_rerun_over_unchanged_documents_sends_nothing(
        project: Path, double: LanguageToolDouble) -> None:
    for i in range(40):  # more than one prefetch batch
        (project / f"d{i:02}.txt").write_text(f"Document {i} has teh typo.\n", encoding="utf-8")
    records = [{"text": f"Record {i} says teh."} for i in range(35)]
    (project / "c.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records),
                                     encoding="utf-8")
    first = findings(".")
    assert len(first) == 75 and double.checks == 75
    lt.reset()  # a new process: only the disk cache remains
    assert findings(".") == first and double.checks == 75
    lt.reset()
    (project / "d00.txt").write_text("Document 0 changed, teh typo stays.\n", encoding="utf-8")
    assert len(findings(".")) == 75 and double.checks == 76


def test_the_disk_cache_can_be_switched_off(project: Path, double: LanguageToolDouble) -> None:
    configure(project, server=double.url, cache=False)
    (project / "doc.txt").write_text("Some teh text.\n", encoding="utf-8")
    findings("doc.txt")
    lt.reset()
    findings("doc.txt")
    assert double.checks == 2 and not (project / "cache").exists()


def test_a_damaged_cache_entry_is_asked_again(project: Path, double: LanguageToolDouble) -> None:
    (project / "doc.txt").write_text("Some teh text.\n", encoding="utf-8")
    findings("doc.txt")
    for entry in (project / "cache").rglob("*.json"):
        entry.write_text("{not json", encoding="utf-8")
    lt.reset()
    assert len(findings("doc.txt")) == 1 and double.checks == 2


def test_memory_cache_serves_all_four_rules_with_one_request(
        project: Path, double: LanguageToolDouble) -> None:
    (project / "doc.txt").write_text("They was in order to teh  end.\n", encoding="utf-8")
    assert len(findings("doc.txt")) == 4 and double.checks == 1


# -- every output format -----------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "github", "sarif"])
def test_samples_give_findings_in_every_format(project: Path, fmt: str) -> None:
    result = run_cli(["--select", "GRAM", "--output-format", fmt, str(ROOT / "samples")])
    assert result.code == 1, result.err
    assert "GRAM002" in result.out and "GRAM004" in result.out
    if fmt == "json":
        schema = json.loads(JSON_SCHEMA.read_text(encoding="utf-8"))
        jsonschema.validate(json.loads(result.out), schema)
    if fmt == "sarif":
        log = json.loads(result.out)
        results = log["runs"][0]["results"]
        assert all(r["properties"]["evidence"]["languagetool_rule"] for r in results)
        if SARIF_SCHEMA.exists():
            jsonschema.validate(log, json.loads(SARIF_SCHEMA.read_text(encoding="utf-8")))


def test_rule_documentation_names_the_config_table() -> None:
    result = run_cli(["rule", "GRAM001"])
    assert "[tool.corpus-lint.languagetool]" in result.out and "Off by default" in result.out


# -- a real LanguageTool (skipped unless one is available) ---------------------------------


@pytest.mark.skipif(not (REAL_SERVER or REAL_LOCAL),
                    reason="set CORPUS_LINT_LT_SERVER=http://host:port (a LanguageTool server) "
                           "or LTP_PATH (a LanguageTool download, with Java 17+)")
def test_a_real_languagetool(isolated: Path) -> None:
    table: dict[str, object] = {"timeout": 120.0}
    if REAL_SERVER:
        table["server"] = REAL_SERVER
    configure(isolated, **table)
    text = "Great show 🎉 but teh crowd left early.\nThe river  was high.\n"
    (isolated / "doc.txt").write_text(text, encoding="utf-8")
    with lt.fallback("", str(isolated / "cache")):  # not the test double
        found = findings("doc.txt")
    by_code = {f["code"]: f for f in found}
    assert by_code["GRAM002"]["column"] == text.find("teh") + 1
    assert by_code["GRAM002"]["fix"]["edits"][0]["content"] == "the"
    assert by_code["GRAM003"]["line"] == 2
