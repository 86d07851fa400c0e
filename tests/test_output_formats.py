"""Every ``--output-format`` through the CLI, plus the formatters on hand-made findings.

The JSON output is checked against ``docs/json-output.schema.json``; SARIF against the
OASIS 2.1.0 schema when ``/work/shared`` is present (CI users do not have it).
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from conftest import SHARED, run_cli
from corpus_lint import cli
from corpus_lint.diagnostic import Diagnostic, Location, PlacedEdit, PlacedFix
from corpus_lint.formatters import Context, diff_names, github, relative_path, sarif, text
from corpus_lint.model import Applicability, Severity

ROOT = Path(__file__).resolve().parents[1]
JSON_SCHEMA = ROOT / "docs" / "json-output.schema.json"
SARIF_SCHEMA = SHARED / "eval" / "sarif-schema-2.1.0.json"
HASHTAGS = "Some text.\n#tag #news\n"
REPEATED = "The mayor spoke first.\n\nThe MAYOR spoke first!\n\nThen the vote began.\n"
FIELDS = {"path", "line", "column", "end_line", "end_column", "code", "name", "severity",
          "message", "fix", "record", "field", "evidence"}


@pytest.fixture
def corpus(isolated: Path) -> Path:
    """A text file with BOIL001 and DUP001 findings, and a JSONL file with one finding."""
    (isolated / "page.txt").write_text(REPEATED + "#tag #news\n", encoding="utf-8")
    records = [{"id": 1, "text": "Clean text here."}, {"id": 2, "text": HASHTAGS}]
    (isolated / "c.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records),
                                      encoding="utf-8")
    return isolated


def report(fmt: str, *args: str) -> Any:
    result = run_cli(["--output-format", fmt, *args])
    assert result.code in (0, 1), result.err
    return result.out


def diagnostic(**changes: Any) -> Diagnostic:
    """A hand-made BOIL001 finding on line 2 of notes.txt, with a safe fix."""
    values: dict[str, Any] = dict(
        path="notes.txt", record=None, field=None, start=Location(2, 1), end=Location(2, 11),
        code="BOIL001", name="hashtag-line", severity=Severity.WARNING,
        message="line of hashtags only", evidence={"matched": "#tag #news"},
        fix=PlacedFix("remove the line", Applicability.SAFE,
                      (PlacedEdit(Location(2, 1), Location(3, 1), ""),)),
        source_line="#tag #news",
    )
    values.update(changes)
    return Diagnostic(**values)


# -- json and jsonl ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def json_validator() -> jsonschema.protocols.Validator:
    schema = json.loads(JSON_SCHEMA.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def test_json_output_matches_the_schema(corpus: Path,
                                        json_validator: jsonschema.protocols.Validator) -> None:
    findings = json.loads(report("json", "page.txt", "c.jsonl"))
    json_validator.validate(findings)
    assert [set(f) for f in findings] == [FIELDS] * len(findings)  # nothing more, nothing less
    assert [(f["path"], f["code"]) for f in findings] == [
        ("c.jsonl", "BOIL001"), ("page.txt", "DUP001"), ("page.txt", "BOIL001")]


def test_json_values_for_a_text_file(corpus: Path) -> None:
    findings = json.loads(report("json", "page.txt"))
    boil = next(f for f in findings if f["code"] == "BOIL001")
    assert boil == {
        "path": "page.txt", "line": 6, "column": 1, "end_line": 6, "end_column": 11,
        "code": "BOIL001", "name": "hashtag-line", "severity": "warning",
        "message": boil["message"], "record": None, "field": None,
        "evidence": boil["evidence"],
        "fix": {"applicability": "safe", "title": boil["fix"]["title"],
                "edits": [{"line": 6, "column": 1, "end_line": boil["fix"]["edits"][0]["end_line"],
                           "end_column": boil["fix"]["edits"][0]["end_column"],
                           "content": ""}]},
    }
    assert "#tag #news" in boil["message"]
    dup = next(f for f in findings if f["code"] == "DUP001")
    assert (dup["line"], dup["column"], dup["severity"]) == (3, 1, "warning")


def test_json_for_a_jsonl_record(corpus: Path) -> None:
    (finding,) = json.loads(report("json", "c.jsonl"))
    assert (finding["record"], finding["field"]) == (2, "text")
    assert (finding["line"], finding["column"], finding["end_column"]) == (2, 1, 11)


def test_json_end_points_past_the_span(isolated: Path) -> None:
    (isolated / "a.txt").write_text("Intro.\n#ab #cd\n", encoding="utf-8")
    (finding,) = json.loads(report("json", "a.txt"))
    line = "#ab #cd"
    assert line[finding["column"] - 1:finding["end_column"] - 1] == line


def test_json_of_a_clean_run_is_an_empty_array(isolated: Path) -> None:
    (isolated / "a.txt").write_text("Clean.\n", encoding="utf-8")
    result = run_cli(["--output-format", "json", "a.txt"])
    assert (result.code, json.loads(result.out)) == (0, [])


def test_json_keeps_non_ascii_text(isolated: Path) -> None:
    (isolated / "a.txt").write_text("Café.\n#café #naïve\n", encoding="utf-8")
    out = report("json", "a.txt")
    assert "#café #naïve" in out
    assert json.loads(out)[0]["evidence"]["matched"] == "#café #naïve"


def test_jsonl_is_the_same_objects_one_per_line(
        corpus: Path, json_validator: jsonschema.protocols.Validator) -> None:
    as_json = json.loads(report("json", "page.txt", "c.jsonl"))
    lines = report("jsonl", "page.txt", "c.jsonl").splitlines()
    assert [json.loads(line) for line in lines] == as_json
    json_validator.validate([json.loads(line) for line in lines])
    assert report("jsonl", "--select", "DUP", "c.jsonl") == ""


# -- github --------------------------------------------------------------------------------


def test_github_annotation(isolated: Path) -> None:
    (isolated / "a.txt").write_text(HASHTAGS, encoding="utf-8")
    out = report("github", "a.txt")
    assert out == ("::warning file=a.txt,line=2,col=1,endLine=2,endColumn=11,title=BOIL001::"
                   "BOIL001 line of hashtags only (#tag #news): social-media boilerplate, "
                   "not article text\n")


def test_github_levels_follow_severity(isolated: Path) -> None:
    (isolated / "corpus-lint.toml").write_text('[severity]\nBOIL001 = "error"\n'
                                               'DUP001 = "info"\n', encoding="utf-8")
    (isolated / "a.txt").write_text(REPEATED + "#tag #news\n", encoding="utf-8")
    lines = report("github", "a.txt").splitlines()
    assert [line.split(" ", 1)[0] for line in lines] == ["::notice", "::error"]


def test_github_jsonl_annotation_sits_on_the_record_line(corpus: Path) -> None:
    (line,) = report("github", "c.jsonl").splitlines()
    assert line.startswith("::warning file=c.jsonl,line=2,endLine=2,title=BOIL001::")
    assert line.endswith("(record 2, text 2:1)")


def test_github_paths_are_relative_to_the_working_directory(isolated: Path) -> None:
    (isolated / "a.txt").write_text(HASHTAGS, encoding="utf-8")
    assert report("github", str(isolated / "a.txt")).startswith("::warning file=a.txt,")


def test_github_escaping() -> None:
    d = diagnostic(path="dir,a:b%.txt", message="50% off\r\nnow: buy, sell")
    out = github.format([d], Context(rules={}))
    assert out == ("::warning file=dir%2Ca%3Ab%25.txt,line=2,col=1,endLine=2,endColumn=11,"
                   "title=BOIL001::BOIL001 50%25 off%0D%0Anow: buy, sell\n")
    assert github.escape_property("a%,:\n") == "a%25%2C%3A%0A"


# -- sarif ---------------------------------------------------------------------------------


def sarif_log(*args: str) -> dict[str, Any]:
    log: dict[str, Any] = json.loads(report("sarif", *args))
    if SARIF_SCHEMA.exists():
        schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
        jsonschema.Draft4Validator(schema).validate(log)
    return log


@pytest.mark.skipif(not SARIF_SCHEMA.exists(), reason="the OASIS SARIF schema is not here")
def test_sarif_schema_is_available_for_validation() -> None:
    jsonschema.Draft4Validator.check_schema(json.loads(SARIF_SCHEMA.read_text(encoding="utf-8")))


def test_sarif_run_and_rules(corpus: Path) -> None:
    log = sarif_log("page.txt", "c.jsonl")
    assert log["version"] == "2.1.0"
    (run,) = log["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "corpus-lint" and driver["version"]
    rules = {r["id"]: r for r in driver["rules"]}
    boil = rules["BOIL001"]
    assert boil["name"] == "hashtag-line"
    assert boil["shortDescription"]["text"] == "A line made only of hashtags."
    assert "## What it does" in boil["help"]["markdown"]
    assert boil["defaultConfiguration"]["level"] == "warning"
    assert "BOIL" in boil["properties"]["tags"]
    for result in run["results"]:
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["invocations"][0]["executionSuccessful"] is True


def test_sarif_result_locations_are_relative_to_srcroot(corpus: Path) -> None:
    log = sarif_log(str(corpus / "page.txt"))
    run = log["runs"][0]
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == corpus.as_uri() + "/"
    result = next(r for r in run["results"] if r["ruleId"] == "BOIL001")
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "page.txt", "uriBaseId": "%SRCROOT%"}
    assert location["region"] == {"startLine": 6, "startColumn": 1, "endLine": 6,
                                  "endColumn": 11}
    assert result["level"] == "warning"
    assert result["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"] \
        == {"text": ""}


def test_sarif_jsonl_result_points_at_the_record(corpus: Path) -> None:
    (result,) = sarif_log("c.jsonl")["runs"][0]["results"]
    region = result["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 2, "endLine": 2}
    assert result["properties"]["record"] == 2
    assert (result["properties"]["textLine"], result["properties"]["textColumn"]) == (2, 1)
    assert "fixes" not in result  # an edit inside a JSON string has no region in the file


def test_sarif_fingerprints_follow_the_text_not_the_line(isolated: Path) -> None:
    page = isolated / "page.txt"
    page.write_text(HASHTAGS, encoding="utf-8")
    before = sarif_log("page.txt")["runs"][0]["results"][0]["partialFingerprints"]
    page.write_text("A new first line.\n" + HASHTAGS, encoding="utf-8")
    after = sarif_log("page.txt")["runs"][0]["results"][0]["partialFingerprints"]
    assert before == after and before
    page.write_text(HASHTAGS + "More.\n" + "#tag #news\n", encoding="utf-8")
    prints = [r["partialFingerprints"] for r in sarif_log("page.txt")["runs"][0]["results"]]
    assert len(prints) == 2 and prints[0] != prints[1]


def test_sarif_reports_unreadable_inputs_as_notifications(isolated: Path) -> None:
    (isolated / "bad.txt").write_bytes(b"caf\xe9\n")
    result = run_cli(["--output-format", "sarif", "bad.txt"])
    assert result.code == 2
    log = json.loads(result.out)
    if SARIF_SCHEMA.exists():
        jsonschema.Draft4Validator(json.loads(SARIF_SCHEMA.read_text("utf-8"))).validate(log)
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    (note,) = invocation["toolExecutionNotifications"]
    assert note["level"] == "error" and "UTF-8" in note["message"]["text"]


def test_sarif_levels_and_paths_outside_the_root() -> None:
    d = diagnostic(path="/elsewhere/a b:c.txt", severity=Severity.INFO)
    log = json.loads(sarif.format([d], Context(rules={}, working_directory="/repo")))
    result = log["runs"][0]["results"][0]
    assert result["level"] == "note"
    uri = result["locations"][0]["physicalLocation"]["artifactLocation"]
    assert uri == {"uri": "file:///elsewhere/a%20b%3Ac.txt"}
    inside = diagnostic(path="data/a:b.txt")
    log = json.loads(sarif.format([inside], Context(rules={}, working_directory="/repo")))
    location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "data/a%3Ab.txt", "uriBaseId": "%SRCROOT%"}


def test_sarif_of_a_clean_run_still_lists_the_rules(isolated: Path) -> None:
    (isolated / "a.txt").write_text("Clean.\n", encoding="utf-8")
    run = sarif_log("a.txt")["runs"][0]
    assert run["results"] == []
    assert {"BOIL001", "DUP001"} <= {r["id"] for r in run["tool"]["driver"]["rules"]}


# -- text ----------------------------------------------------------------------------------


def test_text_shows_the_line_and_a_marker(isolated: Path) -> None:
    (isolated / "a.txt").write_text(HASHTAGS, encoding="utf-8")
    lines = report("text", "a.txt").splitlines()
    assert lines[0].startswith("a.txt:2:1: BOIL001 [*] line of hashtags only (#tag #news)")
    assert lines[1:3] == ["    #tag #news", "    ^^^^^^^^^^"]
    assert lines[3] == ("Found 1 finding (1 warning) in 1 document. "
                        "[*] 1 fixable with --fix.")


def test_text_summary_counts_severities_and_documents(corpus: Path) -> None:
    (corpus / "corpus-lint.toml").write_text('[severity]\nDUP001 = "error"\n', encoding="utf-8")
    summary = report("text", "page.txt", "c.jsonl").splitlines()[-1]
    assert summary == ("Found 3 findings (1 error, 2 warnings) in 2 of 3 documents. "
                       "[*] 3 fixable with --fix.")


def test_text_summary_after_fixing(isolated: Path) -> None:
    (isolated / "a.txt").write_text("Caf\ufffd.\n" + HASHTAGS, encoding="utf-8")
    result = run_cli(["--fix", "--select", "BOIL001,ENC005", "a.txt"])
    assert result.out.splitlines()[-1] == (
        "Fixed 1 finding in 1 file. 1 finding remains (1 warning) in 1 document.")


def test_text_summary_never_says_all_clear_when_inputs_failed(isolated: Path) -> None:
    (isolated / "good.txt").write_text("Clean.\n", encoding="utf-8")
    result = run_cli(["good.txt", "missing.txt"])
    assert result.code == 2
    assert result.out.splitlines()[-1] == (
        "No findings in 1 document. 1 input could not be checked (see the errors).")
    (isolated / "bad.txt").write_text(HASHTAGS, encoding="utf-8")
    result = run_cli(["bad.txt", "missing.txt"])
    assert result.out.splitlines()[-1].endswith(
        "[*] 1 fixable with --fix. 1 input could not be checked (see the errors).")


def test_text_location_for_jsonl(corpus: Path) -> None:
    assert report("text", "c.jsonl").startswith("c.jsonl:2[text]:2:1: BOIL001 ")


def test_text_colour_only_on_a_terminal(isolated: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    (isolated / "a.txt").write_text(HASHTAGS, encoding="utf-8")
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert "\x1b[" in run_on_tty(["a.txt"])
    assert "\x1b[" not in run_on_tty(["--no-color", "a.txt"])
    assert "\x1b[" not in run_on_tty(["--output-format", "github", "a.txt"])
    assert "\x1b[" not in run_cli(["a.txt"]).out  # not a terminal
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in run_on_tty(["a.txt"])
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert "\x1b[" in run_cli(["a.txt"]).out


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def run_on_tty(args: list[str]) -> str:
    out = _Terminal()
    cli.main(args, stdout=out, stderr=io.StringIO(), stdin=io.BytesIO())
    return out.getvalue()


def test_text_never_prints_control_characters() -> None:
    d = diagnostic(message="bad \x1b[2J thing", source_line="a\x1b[31mb\x07c\u0085d")
    out = text.format([d], Context(rules={}, show_summary=False))
    assert "\x1b" not in out and "\x07" not in out and "\u0085" not in out
    assert "␛[2J" in out and "a␛[31mb␇c\ufffdd" in out
    d = diagnostic(source_line="tab\there\x7f del\u2028sep\u2029par\x9bcsi")
    out = text.format([d], Context(rules={}, show_summary=False))
    assert "tab here\u2421 del\ufffdsep\ufffdpar\ufffdcsi" in out


def test_text_caret_under_wide_characters() -> None:
    d = diagnostic(start=Location(1, 3), end=Location(1, 5), source_line="日本#a語")
    lines = text.format([d], Context(rules={}, show_summary=False)).splitlines()
    assert lines[1:] == ["    日本#a語", "        ^^"]


def test_text_cuts_long_lines_around_the_finding() -> None:
    line = "x" * 500 + "#tag" + "y" * 500
    d = diagnostic(start=Location(1, 501), end=Location(1, 505), source_line=line)
    _, shown, caret = text.format([d], Context(rules={}, show_summary=False)).splitlines()
    assert len(shown) < 220 and shown.strip().startswith("…") and shown.endswith("…")
    assert shown[caret.index("^"):caret.index("^") + 4] == "#tag"


def test_text_marks_unsafe_fixes() -> None:
    unsafe = PlacedFix("drop", Applicability.UNSAFE, ())
    d = diagnostic(fix=unsafe)
    out = text.format([d], Context(rules={}))
    assert "BOIL001 [unsafe fix] line" in out
    assert out.splitlines()[-1].endswith("[*] 1 fixable with --fix --unsafe-fixes.")
    out = text.format([d], Context(rules={}, unsafe_fixes=True))
    assert "BOIL001 [*] line" in out


# -- output file ---------------------------------------------------------------------------


@pytest.fixture
def no_temp_files(isolated: Path) -> Iterator[Path]:
    yield isolated
    leftovers = [p.name for p in isolated.rglob("*.tmp")]
    assert leftovers == []


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "github", "sarif"])
def test_output_file_gets_the_report(no_temp_files: Path, fmt: str) -> None:
    (no_temp_files / "a.txt").write_text(HASHTAGS, encoding="utf-8")
    expected = run_cli(["--output-format", fmt, "a.txt"]).out
    result = run_cli(["--output-format", fmt, "-o", "report", "a.txt"])
    assert (result.code, result.out) == (1, "")
    assert (no_temp_files / "report").read_text(encoding="utf-8") == expected


def test_output_file_replaces_an_existing_report(no_temp_files: Path) -> None:
    (no_temp_files / "a.txt").write_text(HASHTAGS, encoding="utf-8")
    target = no_temp_files / "report.json"
    target.write_text("old and much longer than the new report " * 100, encoding="utf-8")
    run_cli(["--output-format", "json", "--output-file", str(target), "a.txt"])
    assert json.loads(target.read_text(encoding="utf-8"))[0]["code"] == "BOIL001"


def test_output_file_in_a_missing_folder_exits_2(no_temp_files: Path) -> None:
    (no_temp_files / "a.txt").write_text(HASHTAGS, encoding="utf-8")
    result = run_cli(["--fix", "-o", "missing/report.txt", "a.txt"])
    assert result.code == 2
    assert "cannot write missing/report.txt" in result.err
    assert not (no_temp_files / "missing").exists()
    # Checked before fixing: the file is not changed by a run that cannot report.
    assert (no_temp_files / "a.txt").read_text(encoding="utf-8") == HASHTAGS


def test_output_file_that_is_a_folder_exits_2(no_temp_files: Path) -> None:
    (no_temp_files / "a.txt").write_text(HASHTAGS, encoding="utf-8")
    (no_temp_files / "reports").mkdir()
    result = run_cli(["-o", "reports", "a.txt"])
    assert result.code == 2
    assert "is a directory" in result.err


def test_no_output_file_on_a_configuration_error(no_temp_files: Path) -> None:
    (no_temp_files / "corpus-lint.toml").write_text("bogus = 1\n", encoding="utf-8")
    (no_temp_files / "a.txt").write_text(HASHTAGS, encoding="utf-8")
    result = run_cli(["-o", "report.txt", "a.txt"])
    assert result.code == 2
    assert not (no_temp_files / "report.txt").exists()


def test_output_file_keeps_the_old_report_when_writing_fails(
        no_temp_files: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (no_temp_files / "a.txt").write_text(HASHTAGS, encoding="utf-8")
    target = no_temp_files / "report.txt"
    target.write_text("previous report\n", encoding="utf-8")

    def fail(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cli.os, "replace", fail)
    result = run_cli(["-o", "report.txt", "a.txt"])
    assert result.code == 2
    assert "No space left on device" in result.err
    assert target.read_text(encoding="utf-8") == "previous report\n"


# -- helpers -------------------------------------------------------------------------------


def test_diff_names_and_relative_paths() -> None:
    assert diff_names("a.txt") == ("a/a.txt", "b/a.txt")
    assert diff_names("/tmp/a.txt") == ("/tmp/a.txt", "/tmp/a.txt")
    assert relative_path("/repo/x/y.txt", "/repo") == "x/y.txt"
    assert relative_path("./y.txt", "/repo") == "y.txt"
    assert relative_path("-", "/repo") == "-"
