"""The command line: exit codes, rule selection, fixing, standard input, help, subcommands.

Findings come from the built-in rules BOIL001 (a line of hashtags, safe fix) and DUP001
(a repeated paragraph, safe fix).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from conftest import run_cli, run_process
from corpus_lint import cli, runner

HASHTAGS = "Some text.\n#tag #news\n"
HASHTAGS_FIXED = "Some text.\n"
REPEATED = "The mayor spoke first.\n\nThe MAYOR spoke first!\n\nThen the vote began.\n"
CLEAN = "A quiet paragraph about the harbour.\n"


def write(directory: Path, name: str, text: str) -> Path:
    path = directory / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def codes(args: list[str], cwd: Path | None = None) -> list[str]:
    """The codes of the findings `corpus-lint ARGS --output-format json` reports."""
    result = run_cli([*args, "--output-format", "json"], cwd=cwd)
    assert result.code in (0, 1), result.err
    return [f["code"] for f in json.loads(result.out)]


# -- exit codes ----------------------------------------------------------------------------


def test_clean_file_exits_0(isolated: Path) -> None:
    write(isolated, "a.txt", CLEAN)
    result = run_cli(["a.txt"])
    assert result.code == 0
    assert "All clear" in result.out
    assert result.err == ""


def test_finding_exits_1(isolated: Path) -> None:
    write(isolated, "a.txt", HASHTAGS)
    result = run_cli(["a.txt"])
    assert result.code == 1
    assert result.out.startswith("a.txt:2:1: BOIL001 ")


@pytest.mark.parametrize(("fail_on", "expected"), [
    ("info", 1), ("warning", 1), ("error", 0), ("ERROR", 0),
])
def test_fail_on_sets_the_lowest_failing_severity(isolated: Path, fail_on: str,
                                                  expected: int) -> None:
    write(isolated, "a.txt", HASHTAGS)  # BOIL001 is a warning
    result = run_cli(["--fail-on", fail_on, "a.txt"])
    assert result.code == expected
    assert "BOIL001" in result.out  # the finding is reported either way


def test_fail_on_rejects_unknown_severity(isolated: Path) -> None:
    write(isolated, "a.txt", HASHTAGS)
    result = run_cli(["--fail-on", "fatal", "a.txt"])
    assert result.code == 2
    assert "--fail-on" in result.err


def test_fix_rewrites_the_file_and_exits_0_when_nothing_remains(isolated: Path) -> None:
    path = write(isolated, "a.txt", HASHTAGS)
    result = run_cli(["--fix", "a.txt"])
    assert result.code == 0, result.out + result.err
    assert path.read_text(encoding="utf-8") == HASHTAGS_FIXED
    assert "Fixed 1 finding in 1 file." in result.out


def test_fix_exits_1_when_findings_remain(isolated: Path) -> None:
    # ENC005 (a U+FFFD replacement character) has no fix: it survives --fix.
    path = write(isolated, "a.txt", "Caf\ufffd au lait.\n" + HASHTAGS)
    result = run_cli(["--fix", "--select", "BOIL001,ENC005", "a.txt"])
    assert result.code == 1, result.err
    assert path.read_text(encoding="utf-8") == "Caf\ufffd au lait.\n" + HASHTAGS_FIXED
    assert "a.txt:1:4: ENC005" in result.out
    assert "Fixed 1 finding in 1 file. 1 finding remains" in result.out


def test_fix_of_a_read_only_file_exits_2_and_keeps_it(isolated: Path) -> None:
    path = write(isolated, "a.txt", HASHTAGS)
    path.chmod(0o444)
    result = run_cli(["--fix", "a.txt"])
    assert result.code == 2
    assert path.read_text(encoding="utf-8") == HASHTAGS
    assert "read-only" in result.err
    assert "a.txt:2:1: BOIL001" in result.out  # still reported, as it still is


def test_exit_non_zero_on_fix(isolated: Path) -> None:
    write(isolated, "a.txt", HASHTAGS)
    assert run_cli(["--fix", "--exit-non-zero-on-fix", "a.txt"]).code == 1
    # Nothing left to change: 0 again.
    assert run_cli(["--fix", "--exit-non-zero-on-fix", "a.txt"]).code == 0


def test_diff_prints_a_patch_and_writes_nothing(isolated: Path) -> None:
    path = write(isolated, "a.txt", HASHTAGS)
    result = run_cli(["--diff", "a.txt"])
    assert result.code == 1
    assert result.out.splitlines()[:2] == ["--- a/a.txt", "+++ b/a.txt"]
    assert "-#tag #news" in result.out
    assert "1 file would be changed" in result.err
    assert path.read_text(encoding="utf-8") == HASHTAGS


def test_diff_names_absolute_paths_as_they_are(isolated: Path) -> None:
    path = write(isolated, "a.txt", HASHTAGS)
    result = run_cli(["--diff", str(path)])
    assert result.out.splitlines()[:2] == [f"--- {path}", f"+++ {path}"]


def test_diff_of_a_clean_file_exits_0(isolated: Path) -> None:
    write(isolated, "a.txt", CLEAN)
    result = run_cli(["--diff", "a.txt"])
    assert (result.code, result.out) == (0, "")


def test_missing_file_exits_2(isolated: Path) -> None:
    result = run_cli(["missing.txt"])
    assert result.code == 2
    assert "missing.txt: error: no such file or directory" in result.err


def test_unreadable_input_exits_2_but_other_files_are_checked(isolated: Path) -> None:
    (isolated / "bad.txt").write_bytes(b"caf\xe9 au lait\n")
    write(isolated, "good.txt", HASHTAGS)
    result = run_cli(["bad.txt", "good.txt"])
    assert result.code == 2
    assert "bad.txt: error: invalid UTF-8" in result.err
    assert "good.txt:2:1: BOIL001" in result.out


def test_unknown_flag_is_a_usage_error(isolated: Path) -> None:
    result = run_cli(["--frobnicate"])
    assert result.code == 2
    assert "unrecognized arguments: --frobnicate" in result.err
    assert "--help" in result.err


@pytest.mark.parametrize("value", ["0", "-3", "many"])
def test_max_iterations_must_be_a_positive_number(isolated: Path, value: str) -> None:
    result = run_cli(["--max-iterations", value, "."])
    assert result.code == 2
    assert "--max-iterations" in result.err


def test_internal_error_exits_2_with_a_traceback(isolated: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    write(isolated, "a.txt", HASHTAGS)

    def explode(*args: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(cli, "run", explode)
    result = run_cli(["a.txt"])
    assert result.code == 2
    assert "internal error" in result.err
    assert "RuntimeError: boom" in result.err


def test_no_files_found_is_a_warning(isolated: Path) -> None:
    (isolated / "empty").mkdir()
    result = run_cli(["empty"])
    assert result.code == 0
    assert "no files to check" in result.err
    assert run_cli(["-q", "empty"]).err == ""


# -- rule selection ------------------------------------------------------------------------


@pytest.fixture
def both(isolated: Path) -> Path:
    """A file with one BOIL001 and one DUP001 finding."""
    write(isolated, "a.txt", REPEATED + "#tag #news\n")
    return isolated


def test_default_selection_runs_both_rules(both: Path) -> None:
    assert sorted(codes(["a.txt"])) == ["BOIL001", "DUP001"]


@pytest.mark.parametrize(("args", "expected"), [
    (["--select", "DUP"], ["DUP001"]),
    (["--select", "dup001"], ["DUP001"]),
    (["--select", "BOIL001,DUP001"], ["BOIL001", "DUP001"]),
    (["--select", "ALL"], ["BOIL001", "DUP001"]),
    (["--select", ""], []),
    (["--ignore", "BOIL"], ["DUP001"]),
    (["--ignore", "ALL"], []),
    (["--ignore", "ALL", "--extend-select", "BOIL001"], ["BOIL001"]),
    (["--ignore", "BOIL", "--extend-select", "BOIL001"], ["BOIL001", "DUP001"]),
    (["--ignore", "BOIL001", "--extend-select", "BOIL"], ["DUP001"]),
    (["--ignore", "BOIL", "--extend-select", "BOIL"], ["DUP001"]),
    (["--select", "BOIL", "--ignore", "BOIL"], []),
    (["--select", "DUP", "--extend-select", "BOIL"], ["BOIL001", "DUP001"]),
    (["--select", "ALL", "--ignore", "D"], ["BOIL001"]),
])
def test_selectors_most_specific_wins(both: Path, args: list[str],
                                      expected: list[str]) -> None:
    assert sorted(codes([*args, "a.txt"])) == expected


@pytest.mark.parametrize("flag", ["--select", "--extend-select", "--ignore"])
def test_unknown_selector_names_the_flag(both: Path, flag: str) -> None:
    result = run_cli([flag, "NOPE1", "a.txt"])
    assert result.code == 2
    assert f"{flag}: unknown rule code or prefix 'NOPE1'" in result.err
    assert result.out == ""


# -- output options ------------------------------------------------------------------------


def test_quiet_prints_findings_only(isolated: Path) -> None:
    write(isolated, "a.txt", HASHTAGS)
    result = run_cli(["-q", "a.txt"])
    assert result.code == 1
    assert result.out == ("a.txt:2:1: BOIL001 [*] line of hashtags only (#tag #news): "
                          "social-media boilerplate, not article text\n")


def test_quiet_on_a_clean_file_prints_nothing(isolated: Path) -> None:
    write(isolated, "a.txt", CLEAN)
    assert run_cli(["--quiet", "a.txt"]).out == ""


def test_statistics_counts_per_rule(both: Path) -> None:
    write(both, "b.txt", HASHTAGS)
    result = run_cli(["--statistics", "a.txt", "b.txt"])
    assert result.code == 1
    assert result.out.splitlines() == ["2\tBOIL001\t[*] hashtag-line",
                                       "1\tDUP001\t[*] repeated-paragraph"]


def test_statistics_as_json_and_jsonl(both: Path) -> None:
    as_json = json.loads(run_cli(["--statistics", "--output-format", "json", "a.txt"]).out)
    assert {s["code"]: s["count"] for s in as_json} == {"BOIL001": 1, "DUP001": 1}
    assert set(as_json[0]) == {"code", "name", "count", "fixable"}
    lines = run_cli(["--statistics", "--output-format", "jsonl", "a.txt"]).out.splitlines()
    assert [json.loads(line) for line in lines] == as_json


def test_statistics_of_a_clean_run_is_empty(isolated: Path) -> None:
    write(isolated, "a.txt", CLEAN)
    result = run_cli(["--statistics", "a.txt"])
    assert (result.code, result.out) == (0, "")


def test_output_format_is_case_insensitive(isolated: Path) -> None:
    write(isolated, "a.txt", HASHTAGS)
    assert json.loads(run_cli(["--output-format", "JSON", "a.txt"]).out)[0]["code"] == "BOIL001"


def test_output_format_rejects_unknown_names(isolated: Path) -> None:
    result = run_cli(["--output-format", "xml", "."])
    assert result.code == 2
    assert "invalid choice: 'xml'" in result.err


# -- standard input ------------------------------------------------------------------------


def test_stdin_is_reported_under_stdin_filename(isolated: Path) -> None:
    result = run_cli(["--stdin-filename", "page.txt", "-"], stdin=HASHTAGS.encode())
    assert result.code == 1
    assert result.out.startswith("page.txt:2:1: BOIL001")


def test_stdin_filename_alone_reads_standard_input(isolated: Path) -> None:
    result = run_cli(["--stdin-filename", "page.txt"], stdin=HASHTAGS.encode())
    assert result.out.startswith("page.txt:2:1: BOIL001")


def test_stdin_without_a_name_is_dash(isolated: Path) -> None:
    result = run_cli(["-"], stdin=HASHTAGS.encode())
    assert result.out.startswith("-:2:1: BOIL001")


def test_stdin_fix_writes_text_to_stdout_and_report_to_stderr(isolated: Path) -> None:
    result = run_cli(["--fix", "--stdin-filename", "page.txt", "-"],
                     stdin=(HASHTAGS + "#more #tags\n").encode())
    assert result.code == 0
    assert result.out == HASHTAGS_FIXED
    assert "Fixed 2 findings" in result.err


def test_stdin_fix_passes_clean_text_through(isolated: Path) -> None:
    result = run_cli(["--fix", "-"], stdin=CLEAN.encode())
    assert (result.code, result.out) == (0, CLEAN)
    assert "All clear" in result.err


def test_stdin_fix_counts_as_a_change(isolated: Path) -> None:
    result = run_cli(["--fix", "--exit-non-zero-on-fix", "-"], stdin=HASHTAGS.encode())
    assert (result.code, result.out) == (1, HASHTAGS_FIXED)


def test_stdin_fix_with_remaining_findings_reports_them_on_stderr(isolated: Path) -> None:
    result = run_cli(["--fix", "--select", "BOIL001,ENC005", "--stdin-filename", "p.txt", "-"],
                     stdin=("Caf\ufffd.\n" + HASHTAGS).encode())
    assert result.code == 1
    assert result.out == "Caf\ufffd.\n" + HASHTAGS_FIXED
    assert "p.txt:1:4: ENC005" in result.err


def test_stdin_jsonl_fix(isolated: Path) -> None:
    record = json.dumps({"id": 7, "text": HASHTAGS}) + "\n"
    result = run_cli(["--fix", "--stdin-filename", "c.jsonl", "-"], stdin=record.encode())
    assert result.code == 0
    assert json.loads(result.out) == {"id": 7, "text": HASHTAGS_FIXED}


def test_stdin_fix_with_machine_report_needs_output_file(isolated: Path) -> None:
    result = run_cli(["--fix", "--output-format", "json", "-"], stdin=HASHTAGS.encode())
    assert result.code == 2
    assert "--output-file" in result.err
    report = isolated / "report.json"
    result = run_cli(["--fix", "--output-format", "json", "-o", str(report), "-"],
                     stdin=(HASHTAGS + "\n" + REPEATED).encode())
    assert result.out.startswith("Some text.\n")
    assert [f["code"] for f in json.loads(report.read_text(encoding="utf-8"))] == []


# -- help and version ----------------------------------------------------------------------


def test_help_goes_to_the_given_stream_and_exits_0() -> None:
    result = run_cli(["--help"])
    assert result.code == 0
    assert "usage: corpus-lint" in result.out
    assert "Exit codes:" in result.out


def test_every_flag_has_help() -> None:
    parser = cli._check_parser("corpus-lint")
    for action in parser._actions:
        if action.option_strings:
            assert action.help and len(action.help) > 10, action.option_strings
    text = parser.format_help()
    for flag in ("--fix", "--unsafe-fixes", "--diff", "--exit-non-zero-on-fix", "--select",
                 "--extend-select", "--ignore", "--output-format", "--output-file",
                 "--statistics", "--quiet", "--fail-on", "--stdin-filename", "--config",
                 "--isolated", "--rule-pack", "--text-field", "--exclude", "--extend-exclude"):
        assert flag in text
    for fmt in ("text", "json", "jsonl", "github", "sarif"):
        assert fmt in text


def test_version() -> None:
    result = run_cli(["--version"])
    assert result.code == 0
    assert result.out.startswith("corpus-lint ")


# -- rules and rule ------------------------------------------------------------------------


def test_rules_lists_every_rule_by_family(isolated: Path) -> None:
    result = run_cli(["rules"])
    assert result.code == 0
    assert "BOIL: boilerplate and page chrome" in result.out
    assert "BOIL001" in result.out and "hashtag-line" in result.out
    assert "DUP001" in result.out and "repeated-paragraph" in result.out


def test_rules_as_json(isolated: Path) -> None:
    result = run_cli(["rules", "--output-format", "json"])
    rules = {r["code"]: r for r in json.loads(result.out)}
    assert rules["BOIL001"]["name"] == "hashtag-line"
    assert rules["DUP001"]["fix"] == "always"
    assert {"code", "name", "family", "summary", "severity", "fix", "default_enabled",
            "options", "origin"} <= set(rules["DUP001"])
    assert "min-words" in rules["DUP001"]["options"]


def test_rules_include_rule_packs_from_config(isolated: Path) -> None:
    write(isolated, "pack.yaml", "rules:\n  - extends: BOIL001\n"
          "    patterns: ['Share this article']\n")
    write(isolated, "corpus-lint.toml", 'rule-packs = ["pack.yaml"]\n')
    result = run_cli(["rules", "--output-format", "json"])
    assert result.code == 0
    assert run_cli(["rules", "--config", "missing.toml"]).code == 2


@pytest.mark.parametrize("name", ["BOIL001", "boil001", "hashtag-line"])
def test_rule_prints_the_documentation(isolated: Path, name: str) -> None:
    result = run_cli(["rule", name])
    assert result.code == 0
    assert result.out.startswith("# BOIL001 hashtag-line")
    for section in ("## What it does", "## Why it matters", "## Example", "## Fix safety"):
        assert section in result.out


def test_rule_lists_options(isolated: Path) -> None:
    result = run_cli(["rule", "DUP001"])
    assert "## Options" in result.out
    assert "`min-words`" in result.out
    assert "[tool.corpus-lint.rules.DUP001]" in result.out


def test_rule_as_json(isolated: Path) -> None:
    data = json.loads(run_cli(["rule", "DUP001", "--output-format", "json"]).out)
    assert data["code"] == "DUP001"
    assert "## What it does" in data["documentation"]
    assert data["after"] == []


def test_rule_says_which_findings_it_reads(isolated: Path) -> None:
    assert "reads the findings of, the BOIL, META" in run_cli(["rule", "BOIL012"]).out
    data = json.loads(run_cli(["rule", "BOIL012", "--output-format", "json"]).out)
    assert data["after"] == ["BOIL", "META", "GEN", "DUP"]


def test_unknown_rule_is_a_clear_error(isolated: Path) -> None:
    result = run_cli(["rule", "BOIL01"])
    assert result.code == 2
    assert "unknown rule 'BOIL01'" in result.err
    hint = result.err.split("did you mean", 1)[1]  # the close codes, BOIL001 among them
    assert "BOIL001" in hint.splitlines()[0]
    assert result.out == ""


def test_rule_without_a_code_is_a_usage_error(isolated: Path) -> None:
    result = run_cli(["rule"])
    assert result.code == 2
    assert "code" in result.err


# -- the installed console script ----------------------------------------------------------


def test_console_script_end_to_end(isolated: Path) -> None:
    write(isolated, "a.txt", HASHTAGS)
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    proc = run_process(["a.txt"], cwd=isolated, env=env)
    assert proc.returncode == 1
    assert proc.stdout.startswith(b"a.txt:2:1: BOIL001")
    assert b"\x1b[" not in proc.stdout  # a pipe is not a terminal: no colour
    proc = run_process(["--fix", "--stdin-filename", "x.txt", "-"],
                       stdin=HASHTAGS.replace("\n", "\r\n").encode(), cwd=isolated, env=env)
    assert (proc.returncode, proc.stdout) == (0, b"Some text.\r\n")
    assert run_process(["--select", "NOPE1"], cwd=isolated, env=env).returncode == 2
    assert run_process(["rule", "NOPE001"], cwd=isolated, env=env).returncode == 2


def test_runner_is_called_with_fix_level(isolated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(isolated, "a.txt", HASHTAGS)
    seen: list[runner.RunOptions] = []
    real = cli.run

    def spy(files: list[object], plan: runner.Plan, options: runner.RunOptions) -> runner.RunResult:
        seen.append(options)
        return real(files, plan, options)

    monkeypatch.setattr(cli, "run", spy)
    run_cli(["--diff", "--unsafe-fixes", "a.txt"])
    assert seen[-1].diff and seen[-1].fix is not None and seen[-1].fix.label == "unsafe"
    run_cli(["a.txt"])
    assert seen[-1].fix is None
