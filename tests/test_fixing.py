"""--fix, --unsafe-fixes and --diff: what is applied, how it is written, when it stops."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

import corpus_lint.cli
import pytest
from conftest import run_cli
from corpus_lint import Document, Edit, Finding, Fix, FixAvailability, rule
from corpus_lint.config import Settings
from corpus_lint.engine import ActiveRule, fix
from corpus_lint.inputs import InputFile
from corpus_lint.model import Applicability
from corpus_lint.registry import Registry
from corpus_lint.rule import Rule
from corpus_lint.runner import Plan, RunOptions, run

RULES = ["--select", "BOIL001,DUP001", "--no-color"]
DIRTY = "A short news item about the harbour.\n#news #today\nThe end of it all.\n"
FIXED = "A short news item about the harbour.\nThe end of it all.\n"
PACK = """rules:
  - code: TST101
    name: typo
    kind: substitution
    summary: A common typo.
    message: "typo {match!r}"
    swap: {teh: the}
    fix: unsafe
"""


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_fix_applies_safe_fixes(isolated: Path) -> None:
    page = write(isolated / "page.txt", DIRTY)
    result = run_cli([*RULES, "--fix", "page.txt"])
    assert result.code == 0
    assert page.read_text(encoding="utf-8") == FIXED


def test_without_fix_nothing_is_written(isolated: Path) -> None:
    page = write(isolated / "page.txt", DIRTY)
    assert run_cli([*RULES, "page.txt"]).code == 1
    assert page.read_text(encoding="utf-8") == DIRTY


def test_unsafe_fix_needs_unsafe_fixes(isolated: Path) -> None:
    write(isolated / "pack.yaml", PACK)
    page = write(isolated / "page.txt", "We saw teh boats.\n")
    args = ["--rule-pack", "pack.yaml", "--select", "TST101", "--fix", "page.txt"]
    assert run_cli(args).code == 1
    assert page.read_text(encoding="utf-8") == "We saw teh boats.\n"
    assert run_cli([*args, "--unsafe-fixes"]).code == 0
    assert page.read_text(encoding="utf-8") == "We saw the boats.\n"


def test_diff_prints_and_writes_nothing(isolated: Path) -> None:
    page = write(isolated / "page.txt", DIRTY)
    result = run_cli([*RULES, "--diff", "page.txt"])
    assert result.code == 1
    assert result.out == ("--- a/page.txt\n+++ b/page.txt\n@@ -1,3 +1,2 @@\n"
                          " A short news item about the harbour.\n-#news #today\n"
                          " The end of it all.\n")
    assert page.read_text(encoding="utf-8") == DIRTY


def test_diff_without_changes_exits_zero(isolated: Path) -> None:
    write(isolated / "page.txt", FIXED)
    result = run_cli([*RULES, "--diff", "page.txt"])
    assert (result.code, result.out) == (0, "")


def test_second_fix_changes_nothing(isolated: Path) -> None:
    page = write(isolated / "page.txt", DIRTY + DIRTY)
    run_cli([*RULES, "--fix", "page.txt"])
    once = page.read_bytes()
    mtime = page.stat().st_mtime_ns
    assert run_cli([*RULES, "--fix", "page.txt"]).code == 0
    assert page.read_bytes() == once
    assert page.stat().st_mtime_ns == mtime  # not even rewritten


def test_file_mode_is_kept(isolated: Path) -> None:
    page = write(isolated / "page.txt", DIRTY)
    page.chmod(0o640)
    run_cli([*RULES, "--fix", "page.txt"])
    assert stat.S_IMODE(page.stat().st_mode) == 0o640


def test_crlf_line_endings_are_kept(isolated: Path) -> None:
    page = isolated / "page.txt"
    page.write_bytes(DIRTY.replace("\n", "\r\n").encode())
    run_cli([*RULES, "--fix", "page.txt"])
    assert page.read_bytes() == FIXED.replace("\n", "\r\n").encode()


def test_utf8_bom_is_kept(isolated: Path) -> None:
    page = isolated / "page.txt"
    page.write_bytes(b"\xef\xbb\xbf" + DIRTY.encode())
    result = run_cli([*RULES, "--fix", "page.txt"])
    assert result.code == 0
    assert page.read_bytes() == b"\xef\xbb\xbf" + FIXED.encode()


def test_bom_does_not_shift_columns(isolated: Path) -> None:
    (isolated / "page.txt").write_bytes(b"\xef\xbb\xbf#news #today\n")
    assert "page.txt:1:1: BOIL001" in run_cli([*RULES, "page.txt"]).out


def test_no_temporary_files_are_left(isolated: Path) -> None:
    write(isolated / "a.txt", DIRTY)
    write(isolated / "b.jsonl", '{"text": "Item.\\n#news #today"}\n{"text": "Clean."}\n')
    run_cli([*RULES, "--fix", "."])
    assert sorted(p.name for p in isolated.iterdir()) == ["a.txt", "b.jsonl", "corpus-lint.toml"]


def test_symlinked_file_is_fixed_through_the_link(isolated: Path) -> None:
    target = write(isolated / "real.txt", DIRTY)
    (isolated / "link.txt").symlink_to("real.txt")
    run_cli([*RULES, "--fix", "link.txt"])
    assert (isolated / "link.txt").is_symlink()
    assert target.read_text(encoding="utf-8") == FIXED


def test_only_the_named_span_changes(isolated: Path) -> None:
    text = "  Odd\tspacing  stays.\u00a0\n#news #today\nTrailing spaces   \n\n\nno newline"
    page = write(isolated / "page.txt", text)
    run_cli([*RULES, "--fix", "page.txt"])
    assert page.read_text(encoding="utf-8") == text.replace("#news #today\n", "")


def test_fix_output_reports_what_it_did(isolated: Path) -> None:
    write(isolated / "page.txt", DIRTY)
    result = run_cli([*RULES, "--fix", "page.txt"])
    assert "Fixed 1 finding in 1 file" in result.out


# -- plugin rules for the fix loop ---------------------------------------------------------


@rule(code="TST201", name="flip-flop", summary="Swaps 'ping' and 'pong' forever.",
      fix=FixAvailability.ALWAYS)
def _flip_flop(doc: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
    """Its fix undoes itself: a rule that never converges."""
    for word, other in (("ping", "pong"), ("pong", "ping")):
        at = doc.text.find(word)
        if at >= 0:
            yield Finding(at, at + 4, f"{word}!", Fix.safe("swap", Edit(at, at + 4, other)))
            return


@rule(code="TST202", name="grow", summary="Appends a character each time.",
      fix=FixAvailability.ALWAYS)
def _grow(doc: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
    """Never reaches a fixed point and never repeats itself."""
    end = len(doc.text)
    yield Finding(0, 0, "too short", Fix.safe("grow", Edit.insertion(end, "x")))


@rule(code="TST203", name="strip-one", summary="Removes one leading 'x' per pass.",
      fix=FixAvailability.ALWAYS)
def _strip_one(doc: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
    """Needs several passes, but converges."""
    if doc.text.startswith("x"):
        yield Finding(0, 1, "leading x", Fix.safe("strip", Edit.deletion(0, 1)))


@rule(code="TST204", name="overlap", summary="Replaces the first word.",
      fix=FixAvailability.ALWAYS)
def _overlap(doc: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
    """Its edit overlaps TST203's: the two must be applied in separate passes."""
    if doc.text.startswith("xx"):
        yield Finding(0, 2, "double x", Fix.safe("shorten", Edit(0, 2, "y")))


def use_rules(monkeypatch: pytest.MonkeyPatch, *rules: Rule) -> None:
    reg = Registry(MappingProxyType({r.code: r for r in rules}))
    monkeypatch.setattr(corpus_lint.cli, "load_registry", lambda settings: reg)


def test_oscillating_rule_is_reported_not_looped(isolated: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    use_rules(monkeypatch, _flip_flop)
    page = write(isolated / "page.txt", "ping\n")
    result = run_cli(["--select", "TST201", "--fix", "page.txt"])
    assert "page.txt: warning: fixes did not converge after 2 iterations" in result.err
    assert page.read_text(encoding="utf-8") in ("ping\n", "pong\n")


def test_iteration_cap(isolated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    use_rules(monkeypatch, _grow)
    page = write(isolated / "page.txt", "a")
    result = run_cli(["--select", "TST202", "--fix", "--max-iterations", "4", "page.txt"])
    assert "page.txt: warning: fixes did not converge after 4 iterations" in result.err
    assert page.read_text(encoding="utf-8") == "axxxx"


def test_multi_pass_fix_converges(isolated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    use_rules(monkeypatch, _strip_one)
    page = write(isolated / "page.txt", "xxxxkeep\n")
    result = run_cli(["--select", "TST203", "--fix", "page.txt"])
    assert result.code == 0 and "converge" not in result.err
    assert page.read_text(encoding="utf-8") == "keep\n"


def test_overlapping_fixes_wait_for_the_next_pass() -> None:
    rules = [ActiveRule(_strip_one), ActiveRule(_overlap)]
    outcome = fix(Document.from_text("xxxz"), rules, Applicability.SAFE)
    # Pass 1: TST203 (earlier in code order at the same start) wins; TST204 waits.
    assert outcome.converged and outcome.text == "z"


def test_oscillation_via_plan_in_process(tmp_path: Path) -> None:
    page = write(tmp_path / "page.txt", "pong ping\n")
    plan = Plan([_flip_flop], Settings(root=tmp_path))
    result = run([InputFile(str(page), page, "text")], plan,
                 RunOptions(fix=Applicability.SAFE, max_iterations=10))
    [problem] = result.problems
    assert problem.level == "warning" and "did not converge" in problem.message
    assert not any(p.name.endswith(".tmp") for p in tmp_path.iterdir())


def test_fix_changing_nothing_is_not_an_oscillation() -> None:
    @rule(code="TST205", name="noop", summary="A fix that changes nothing.")
    def noop(doc: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
        """Replaces a word by itself."""
        yield Finding(0, 1, "same", Fix.safe("same", Edit(0, 1, doc.text[:1])))

    outcome = fix(Document.from_text("abc"), [ActiveRule(noop)], Applicability.SAFE)
    assert outcome.converged and outcome.text == "abc" and len(outcome.remaining) == 1


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_exit_non_zero_on_fix(isolated: Path) -> None:
    write(isolated / "page.txt", DIRTY)
    assert run_cli([*RULES, "--fix", "--exit-non-zero-on-fix", "page.txt"]).code == 1
