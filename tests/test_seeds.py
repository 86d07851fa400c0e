"""Acceptance checks on the real seed documents (skipped when ../shared is absent)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import SEEDS, run_cli

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not available")


def _seed(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


def _findings(path: Path) -> list[dict[str, object]]:
    result = run_cli(["--isolated", "--output-format", "json", str(path)])
    assert result.code in (0, 1), result.err
    return json.loads(result.out)  # type: ignore[no-any-return]


def test_clean_interview_has_no_structural_findings() -> None:
    codes = {f["code"] for f in _findings(_seed("000"))}
    assert not {c for c in codes if str(c).startswith(("DUP", "BOIL", "ENC"))}


def test_hashtag_line_in_seed_001() -> None:
    found = [(f["code"], f["line"]) for f in _findings(_seed("001"))]
    assert ("BOIL001", 7) in found


def test_repeated_credit_line_in_seed_002() -> None:
    dup = [f for f in _findings(_seed("002")) if str(f["code"]).startswith("DUP")]
    assert [f["line"] for f in dup] == [5]


def test_repeated_title_and_body_in_seed_004() -> None:
    dup = [f for f in _findings(_seed("004")) if str(f["code"]).startswith("DUP")]
    lines = {f["line"] for f in dup}
    assert 4 in lines  # the title again
    assert 12 in lines  # the body again, from its first paragraph
    covered = set()
    for f in dup:
        covered.update(range(int(f["line"]), int(f["end_line"]) + 1))  # type: ignore[call-overload]
    assert set(range(12, 17)) <= covered


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_fix_changes_only_what_it_reports(tmp_path: Path, prefix: str) -> None:
    copy = tmp_path / _seed(prefix).name
    shutil.copyfile(_seed(prefix), copy)
    before = copy.read_text(encoding="utf-8").splitlines(keepends=True)
    result = run_cli(["--isolated", "--fix", str(copy)])
    assert result.code in (0, 1), result.err
    after = copy.read_text(encoding="utf-8").splitlines(keepends=True)
    # Safe fixes here only delete whole lines: what is left is the original, in order.
    it = iter(before)
    assert all(any(line == b or line == b.rstrip("\n") for b in it) for line in after)
    again = run_cli(["--isolated", "--fix", str(copy)])
    assert copy.read_text(encoding="utf-8").splitlines(keepends=True) == after
    assert "Fixed" not in again.out
