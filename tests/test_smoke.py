from pathlib import Path

from conftest import run_cli


def test_hashtag_line_is_found_and_fixed(isolated: Path) -> None:
    page = isolated / "page.txt"
    page.write_text("A short news item.\n#news #today\nThe end.\n", encoding="utf-8")
    result = run_cli([str(page)])
    assert result.code == 1
    assert "page.txt:2:1: BOIL001" in result.out
    fixed = run_cli(["--fix", str(page)])
    assert fixed.code == 0
    assert page.read_text(encoding="utf-8") == "A short news item.\nThe end.\n"
