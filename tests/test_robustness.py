"""Bad input never crashes the run and never loses data; the exit code tells."""

from __future__ import annotations

import errno
import gzip
import json
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

import corpus_lint.cli
import pytest
from conftest import run_cli, run_process
from corpus_lint import Document, Finding, rule
from corpus_lint.inputs import Excluder, InputFile, Problem, discover
from corpus_lint.registry import Registry
from corpus_lint.rule import Rule
from corpus_lint.writer import AtomicFile

RULES = ["--select", "BOIL001,DUP001", "--no-color"]
DIRTY = "A short news item about the harbour.\n#news #today\n"
FIXED = "A short news item about the harbour.\n"


def lint(*args: str, stdin: bytes = b"") -> tuple[int, str, str]:
    result = run_cli([*RULES, *args], stdin=stdin)
    return result.code, result.out, result.err


def temp_files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.name.endswith(".tmp")]


def test_invalid_utf8_is_reported_and_left_alone(isolated: Path) -> None:
    bad = isolated / "latin1.txt"
    bad.write_bytes("Caf\xe9 au lait.\n#news #today\n".encode("latin-1"))
    (isolated / "good.txt").write_text(DIRTY, encoding="utf-8")
    code, _, err = lint("--fix", ".")
    assert code == 2
    assert "latin1.txt" in err and "invalid UTF-8 at byte 3 (line 1)" in err
    assert bad.read_bytes() == "Caf\xe9 au lait.\n#news #today\n".encode("latin-1")
    assert (isolated / "good.txt").read_text(encoding="utf-8") == FIXED


def test_binary_file_is_reported(isolated: Path) -> None:
    (isolated / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (isolated / "good.txt").write_text(DIRTY, encoding="utf-8")
    code, out, err = lint(".")
    assert code == 2
    assert "image.txt" in err and "binary" in err
    assert "good.txt:2:1: BOIL001" in out


def test_empty_file_is_only_a_warning(isolated: Path) -> None:
    (isolated / "empty.txt").write_bytes(b"")
    code, _, err = lint("empty.txt")
    assert code == 0
    assert "empty.txt" in err and "warning" in err and "empty" in err


def test_malformed_jsonl_line_is_reported_and_kept(isolated: Path) -> None:
    lines = [json.dumps({"text": DIRTY}), '{"text": "unterminated', json.dumps({"text": DIRTY})]
    path = isolated / "c.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, _, err = lint("--fix", "c.jsonl")
    assert code == 2
    assert "c.jsonl:2:" in err and "malformed JSON" in err
    fixed = json.dumps({"text": FIXED})
    assert path.read_text(encoding="utf-8") == "\n".join([fixed, lines[1], fixed]) + "\n"


def test_record_without_text_field(isolated: Path) -> None:
    lines = [json.dumps({"body": "x"}), json.dumps({"text": 5}), json.dumps({"text": DIRTY})]
    path = isolated / "c.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = lint("c.jsonl")
    assert code == 2
    assert "c.jsonl:1: error: record has no 'text' field" in err
    assert "c.jsonl:2: error: field 'text' is a int" in err
    assert "c.jsonl:3[text]:2:1: BOIL001" in out


def test_invalid_utf8_inside_a_record(isolated: Path) -> None:
    path = isolated / "c.jsonl"
    data = b'{"text": "caf\xe9"}\n' + json.dumps({"text": DIRTY}).encode() + b"\n"
    path.write_bytes(data)
    code, out, err = lint("c.jsonl")
    assert code == 2
    assert "c.jsonl:1:" in err and "invalid UTF-8" in err
    assert "c.jsonl:2[text]" in out


def test_corrupt_gzip_is_reported(isolated: Path) -> None:
    (isolated / "c.jsonl.gz").write_bytes(b"\x1f\x8b\x08\x00garbage")
    good = gzip.compress(json.dumps({"text": DIRTY}).encode())
    (isolated / "truncated.jsonl.gz").write_bytes(good[:-6])
    code, _, err = lint("--fix", ".")
    assert code == 2
    assert "c.jsonl.gz" in err and "gzip" in err
    assert "truncated.jsonl.gz" in err
    assert (isolated / "truncated.jsonl.gz").read_bytes() == good[:-6]
    assert not temp_files(isolated)


SENTENCE = "The river festival drew crowds to the harbour on a sunny Saturday. "
BIG = SENTENCE * (50_000_000 // len(SENTENCE))


def test_fifty_megabyte_single_line_is_fixed(isolated: Path) -> None:
    """A 50 MB line is read, checked and fixed without losing a byte of it. (How fast is a
    benchmark's question, not a test's: a wall-clock bound here failed on a busy machine.)"""
    (isolated / "big.txt").write_text(BIG + "\n#news #today\n", encoding="utf-8")
    code, out, _ = lint("--fix", "-q", "big.txt")
    assert code == 0, out
    assert (isolated / "big.txt").read_text(encoding="utf-8") == BIG + "\n"


def test_fifty_megabyte_single_markdown_line(isolated: Path) -> None:
    # Many unmatched backticks and comment openers: the worst case for Markdown masking.
    text = BIG.replace("Saturday", "`Sat``urday <!--", 20_000) + "\n"
    (isolated / "big.md").write_text(text, encoding="utf-8")
    code, out, _ = lint("-q", "big.md")
    assert code == 0, out


def _vanishing(victim: str) -> Any:
    real = discover

    def fake(*args: Any, **kwargs: Any) -> tuple[list[InputFile], list[Problem]]:
        files, problems = real(*args, **kwargs)
        os.unlink(victim)  # deleted between discovery and reading
        return files, problems

    return fake


@pytest.mark.parametrize("name", ["gone.txt", "gone.jsonl"])
def test_file_vanishing_mid_run(isolated: Path, monkeypatch: pytest.MonkeyPatch,
                                name: str) -> None:
    (isolated / name).write_text(json.dumps({"text": DIRTY}), encoding="utf-8")
    (isolated / "stays.txt").write_text(DIRTY, encoding="utf-8")
    monkeypatch.setattr(corpus_lint.cli, "discover", _vanishing(name))
    code, out, err = lint("--fix", ".")
    assert code == 2
    assert f"{name}: error: cannot read: No such file or directory" in err
    assert "cannot write" not in err
    assert (isolated / "stays.txt").read_text(encoding="utf-8") == FIXED
    assert not temp_files(isolated)


@pytest.mark.parametrize("name,content", [
    ("ro.txt", DIRTY), ("ro.jsonl", json.dumps({"text": DIRTY}) + "\n")])
def test_unwritable_file_under_fix(isolated: Path, name: str, content: str) -> None:
    path = isolated / name
    path.write_text(content, encoding="utf-8")
    path.chmod(0o444)
    (isolated / "ok.txt").write_text(DIRTY, encoding="utf-8")
    code, out, err = lint("--fix", ".")
    assert code == 2
    assert f"{name}: error: cannot write fixes: the file is read-only" in err
    assert path.read_text(encoding="utf-8") == content
    assert "BOIL001" in out  # still reported: it was not fixed
    assert (isolated / "ok.txt").read_text(encoding="utf-8") == FIXED
    assert not temp_files(isolated)


def test_read_only_file_with_nothing_to_fix_is_fine(isolated: Path) -> None:
    for name, content in (("a.txt", FIXED), ("b.jsonl", json.dumps({"text": FIXED}) + "\n")):
        (isolated / name).write_text(content, encoding="utf-8")
        (isolated / name).chmod(0o444)
    assert lint("--fix", ".")[0] == 0


class _DiskFull:
    """A stream whose writes fail as on a full disk."""

    def write(self, data: bytes) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def close(self) -> None:
        pass


def test_write_failure_mid_stream_keeps_the_original(isolated: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    path = isolated / "c.jsonl"
    data = (json.dumps({"text": DIRTY}) + "\n").encode() * 3
    path.write_bytes(data)
    real_write = AtomicFile.write
    calls: list[bytes] = []

    def fail_second(self: AtomicFile, chunk: bytes) -> None:
        calls.append(chunk)
        if len(calls) == 2:
            self._handle = _DiskFull()  # type: ignore[assignment]
        real_write(self, chunk)

    monkeypatch.setattr(AtomicFile, "write", fail_second)
    code, out, err = lint("--fix", "c.jsonl")
    assert code == 2
    assert "c.jsonl: error: cannot write fixes: No space left on device" in err
    assert path.read_bytes() == data
    assert not temp_files(isolated)


def test_rename_failure_keeps_the_original(isolated: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    (isolated / "a.txt").write_text(DIRTY, encoding="utf-8")
    (isolated / "b.jsonl").write_text(json.dumps({"text": DIRTY}) + "\n", encoding="utf-8")

    def refuse(src: str, dst: str) -> None:
        raise OSError(errno.EXDEV, os.strerror(errno.EXDEV))

    monkeypatch.setattr(os, "replace", refuse)
    code, _, err = lint("--fix", ".")
    assert code == 2
    assert "a.txt: error: cannot write fixes" in err and "b.jsonl: error: cannot write" in err
    assert (isolated / "a.txt").read_text(encoding="utf-8") == DIRTY
    assert not temp_files(isolated)


def test_stdin_that_cannot_be_decoded_passes_through_fix(isolated: Path) -> None:
    data = b"Caf\xe9.\n#news #today\n"
    proc = run_process([*RULES, "--fix", "-"], stdin=data, cwd=isolated)
    assert proc.returncode == 2
    assert proc.stdout == data  # nothing lost in a pipeline
    assert b"invalid UTF-8" in proc.stderr


@rule(code="TST901", name="crashes", summary="Always crashes.")
def _crashing(doc: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
    """Raises on documents that mention 'boom'."""
    if "boom" in doc.text:
        raise ZeroDivisionError("boom")
    yield from ()


@rule(code="TST902", name="past-the-end", summary="Edits past the end of the text.")
def _past_the_end(doc: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
    """Reports an edit beyond the text."""
    from corpus_lint import Edit, Fix

    if "edge" in doc.text:
        yield Finding(0, 1, "bad edit", Fix.safe("x", Edit(0, len(doc.text) + 5, "")))


def use_rules(monkeypatch: pytest.MonkeyPatch, *rules: Rule) -> None:
    reg = Registry(MappingProxyType({r.code: r for r in rules}))
    monkeypatch.setattr(corpus_lint.cli, "load_registry", lambda settings: reg)


def test_crashing_rule_does_not_stop_the_run(isolated: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    use_rules(monkeypatch, _crashing, _past_the_end)
    (isolated / "a.txt").write_text("boom\n", encoding="utf-8")
    (isolated / "b.txt").write_text("edge\n", encoding="utf-8")
    (isolated / "c.jsonl").write_text('{"text": "boom"}\n{"text": "fine"}\n', encoding="utf-8")
    result = run_cli(["--select", "TST", "--fix", "."])
    assert result.code == 2
    assert "a.txt: error: internal error: rule TST901 crashed: ZeroDivisionError" in result.err
    assert "b.txt: error: internal error: rule TST902 crashed" in result.err
    assert "c.jsonl:1: error: internal error" in result.err
    assert (isolated / "b.txt").read_text(encoding="utf-8") == "edge\n"


def test_unlistable_directory_is_reported(isolated: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    (isolated / "sub").mkdir()
    real_scandir = os.scandir

    def deny(path: Any = ".") -> Any:
        if str(path).endswith("sub"):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", deny)
    files, problems = discover(["."], Excluder(isolated))
    assert files == []
    assert [p.message for p in problems] == ["cannot list directory: Permission denied"]
