"""Which inputs the CLI reads: files, directories, globs, stdin; text and Markdown."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import run_cli

HASHTAGS = "#news #today\n"
CLEAN = "A short news item about the harbour.\n"
SENTENCE = "The council met on Monday to vote on the harbour budget."
# Only these rules, so new rules elsewhere cannot change what these tests see.
RULES = ["--select", "BOIL001,DUP001", "--no-color"]


def lint(*args: str, stdin: bytes = b"") -> tuple[int, str, str]:
    result = run_cli([*RULES, *args], stdin=stdin)
    return result.code, result.out, result.err


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def reported(out: str) -> set[str]:
    """The files named in findings of the text report."""
    return {line.split(":")[0] for line in out.splitlines() if ": BOIL001" in line
            or ": DUP001" in line}


def test_single_file_is_checked(isolated: Path) -> None:
    write(isolated / "page.txt", CLEAN + HASHTAGS)
    code, out, _ = lint("page.txt")
    assert code == 1
    assert "page.txt:2:1: BOIL001" in out


def test_directory_is_walked_recursively(isolated: Path) -> None:
    write(isolated / "a.txt", HASHTAGS)
    write(isolated / "sub" / "deeper" / "b.md", HASHTAGS)
    write(isolated / "sub" / "c.jsonl", '{"text": "#news #today"}\n')
    write(isolated / "sub" / "notes.csv", HASHTAGS)  # not a corpus file type
    code, out, _ = lint(".")
    assert code == 1
    assert reported(out) == {"a.txt", os.path.join("sub", "deeper", "b.md"),
                             os.path.join("sub", "c.jsonl")}


def test_glob_pattern_is_expanded(isolated: Path) -> None:
    write(isolated / "one.txt", HASHTAGS)
    write(isolated / "two.txt", HASHTAGS)
    write(isolated / "three.md", HASHTAGS)
    code, out, _ = lint("*.txt")
    assert code == 1
    assert reported(out) == {"one.txt", "two.txt"}


def test_recursive_glob(isolated: Path) -> None:
    write(isolated / "x" / "y" / "deep.md", HASHTAGS)
    write(isolated / "top.txt", HASHTAGS)
    _, out, _ = lint("**/*.md")
    assert reported(out) == {os.path.join("x", "y", "deep.md")}


def test_glob_without_match_is_an_error(isolated: Path) -> None:
    code, _, err = lint("nothing*.txt")
    assert code == 2
    assert "nothing*.txt" in err and "no file matches" in err


def test_missing_path_is_an_error_and_others_still_checked(isolated: Path) -> None:
    write(isolated / "page.txt", HASHTAGS)
    code, out, err = lint("missing.txt", "page.txt")
    assert code == 2
    assert "missing.txt" in err and "no such file" in err
    assert "page.txt:1:1: BOIL001" in out


def test_same_file_twice_is_checked_once(isolated: Path) -> None:
    write(isolated / "page.txt", HASHTAGS)
    _, out, _ = lint("page.txt", "./page.txt", ".")
    assert out.count("BOIL001") == 1


def test_stdin_with_stdin_filename(isolated: Path) -> None:
    code, out, _ = lint("--stdin-filename", "incoming.txt", "-", stdin=HASHTAGS.encode())
    assert code == 1
    assert "incoming.txt:1:1: BOIL001" in out


def test_stdin_without_name_is_plain_text(isolated: Path) -> None:
    code, out, _ = lint("-", stdin=(CLEAN + HASHTAGS).encode())
    assert code == 1
    assert "-:2:1: BOIL001" in out


def test_stdin_filename_selects_markdown(isolated: Path) -> None:
    text = "Intro text here.\n\n```\n#include #stdio\n```\n"
    assert lint("--stdin-filename", "x.md", "-", stdin=text.encode())[0] == 0
    assert lint("--stdin-filename", "x.txt", "-", stdin=text.encode())[0] == 1


def test_stdin_fix_writes_fixed_text_to_stdout(isolated: Path) -> None:
    code, out, err = lint("--fix", "-", stdin=(CLEAN + HASHTAGS).encode())
    assert code == 0
    assert out == CLEAN


def test_markdown_fenced_code_is_not_prose(isolated: Path) -> None:
    write(isolated / "doc.md", "Text.\n\n```\n#news #today\n```\n\n~~~\n#a #b\n~~~\n")
    assert lint("doc.md")[0] == 0


def test_markdown_indented_code_is_not_prose(isolated: Path) -> None:
    write(isolated / "doc.md", "Text before the code.\n\n    #news #today\n\nText after.\n")
    assert lint("doc.md")[0] == 0


def test_markdown_list_continuation_is_prose(isolated: Path) -> None:
    write(isolated / "doc.md", "- an item\n\n    #news #today\n")
    code, out, _ = lint("doc.md")
    assert code == 1 and "doc.md:3:5: BOIL001" in out


def test_markdown_front_matter_is_not_prose(isolated: Path) -> None:
    write(isolated / "doc.md", "---\ntags: x\n#news #today\n---\nThe body text.\n")
    assert lint("doc.md")[0] == 0


def test_markdown_inline_code_is_not_prose(isolated: Path) -> None:
    text = f"Run `make all` and then: {SENTENCE}\n" * 2
    write(isolated / "doc.md", "Use `x`.\n`#news #today`\n")
    assert lint("doc.md")[0] == 0
    write(isolated / "dup.md", text)  # the prose around the code still repeats
    assert lint("dup.md")[0] == 1


def test_markdown_link_target_is_not_prose(isolated: Path) -> None:
    write(isolated / "doc.md", "[see](#news-#today)\n[ref]: #news #today\n")
    assert lint("doc.md")[0] == 0


def test_markdown_html_comment_is_not_prose(isolated: Path) -> None:
    write(isolated / "doc.md", "Text.\n<!--\n#news #today\n-->\n")
    assert lint("doc.md")[0] == 0


def test_same_text_as_plain_text_is_checked(isolated: Path) -> None:
    write(isolated / "doc.txt", "Text.\n\n```\n#news #today\n```\n")
    assert lint("doc.txt")[0] == 1


def test_paragraphs_one_per_line(isolated: Path) -> None:
    write(isolated / "doc.txt", f"{SENTENCE}\nIt voted.\n{SENTENCE}\n")
    code, out, _ = lint("doc.txt")
    assert code == 1 and "doc.txt:3:1: DUP001" in out


def test_paragraphs_separated_by_blank_lines(isolated: Path) -> None:
    para = "The council met on Monday\nand voted on the new budget\nfor the harbour bridge\n"
    write(isolated / "doc.txt", f"{para}\nSomething else entirely here.\n\n{para}")
    code, out, _ = lint("--paragraphs", "blank-line", "doc.txt")
    assert code == 1 and "doc.txt:7:1: DUP001" in out
    fixed = run_cli([*RULES, "--paragraphs", "blank-line", "--fix", "doc.txt"])
    assert fixed.code == 0
    assert (isolated / "doc.txt").read_text().count(para) == 1


def test_hidden_folders_are_skipped(isolated: Path) -> None:
    write(isolated / ".cache" / "page.txt", HASHTAGS)
    write(isolated / ".hidden.txt", HASHTAGS)
    write(isolated / "seen.txt", HASHTAGS)
    _, out, _ = lint(".")
    assert reported(out) == {"seen.txt"}


def test_gitignore_is_respected(isolated: Path) -> None:
    (isolated / ".git").mkdir()
    write(isolated / ".gitignore", "ignored/\n*.skip.txt\n")
    write(isolated / "ignored" / "page.txt", HASHTAGS)
    write(isolated / "a.skip.txt", HASHTAGS)
    write(isolated / "kept.txt", HASHTAGS)
    _, out, _ = lint(".")
    assert reported(out) == {"kept.txt"}
    _, out, _ = lint("--no-respect-gitignore", ".")
    assert reported(out) == {"kept.txt", "a.skip.txt", os.path.join("ignored", "page.txt")}


def test_nested_gitignore_applies_below_its_folder(isolated: Path) -> None:
    (isolated / ".git").mkdir()
    write(isolated / "sub" / ".gitignore", "drop.txt\n")
    write(isolated / "sub" / "drop.txt", HASHTAGS)
    write(isolated / "drop.txt", HASHTAGS)
    _, out, _ = lint(".")
    assert reported(out) == {"drop.txt"}


def test_exclude_replaces_configured_patterns(isolated: Path) -> None:
    write(isolated / "corpus-lint.toml", 'exclude = ["old"]\n')
    write(isolated / "old" / "a.txt", HASHTAGS)
    write(isolated / "new" / "b.txt", HASHTAGS)
    _, out, _ = lint(".")
    assert reported(out) == {os.path.join("new", "b.txt")}
    _, out, _ = lint("--exclude", "new", ".")
    assert reported(out) == {os.path.join("old", "a.txt")}


def test_extend_exclude_adds_patterns(isolated: Path) -> None:
    write(isolated / "corpus-lint.toml", 'exclude = ["old"]\n')
    write(isolated / "old" / "a.txt", HASHTAGS)
    write(isolated / "new" / "b.txt", HASHTAGS)
    write(isolated / "keep.md", HASHTAGS)
    _, out, _ = lint("--extend-exclude", "new,*.txt", ".")
    assert reported(out) == {"keep.md"}


def test_named_file_is_checked_unless_force_exclude(isolated: Path) -> None:
    write(isolated / "skip.txt", HASHTAGS)
    assert lint("--extend-exclude", "skip.txt", "skip.txt")[0] == 1
    assert lint("--extend-exclude", "skip.txt", "--force-exclude", "skip.txt")[0] == 0


def test_directory_symlink_loop_does_not_hang(isolated: Path) -> None:
    write(isolated / "corpus" / "page.txt", HASHTAGS)
    os.symlink("..", isolated / "corpus" / "up")
    os.symlink(".", isolated / "corpus" / "self")
    code, out, _ = lint("corpus")
    assert code == 1
    assert reported(out) == {os.path.join("corpus", "page.txt")}


def test_symlink_loop_file_is_reported(isolated: Path) -> None:
    os.symlink("loop.txt", isolated / "loop.txt")
    write(isolated / "page.txt", HASHTAGS)
    code, out, err = lint("loop.txt", "page.txt")
    assert code == 2
    assert "loop.txt" in err and "symbolic link" in err
    assert "page.txt:1:1: BOIL001" in out


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifo_is_skipped_with_a_message(isolated: Path) -> None:
    os.mkfifo(isolated / "pipe.txt")
    write(isolated / "page.txt", HASHTAGS)
    code, out, err = lint(".")  # found by the walk
    assert code == 2
    assert "pipe.txt" in err and "FIFO" in err
    assert "page.txt:1:1: BOIL001" in out
    assert lint("pipe.txt")[0] == 2  # named on the command line


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_device_is_skipped_with_a_message(isolated: Path) -> None:
    code, _, err = lint("/dev/zero")
    assert code == 2
    assert "/dev/zero" in err and "device" in err
