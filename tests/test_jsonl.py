"""JSON Lines corpora: record numbers, the text field, and byte-exact rewriting."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from conftest import peak_rss_kb, run_cli, run_process

RULES = ["--select", "BOIL001,DUP001", "--no-color"]
DIRTY = "The summit ended on Friday.\n#NATO #Summit\nMore text follows here."
FIXED = "The summit ended on Friday.\nMore text follows here."
CLEAN = "Nothing to fix in this record at all."


def rec(text: str, **extra: object) -> str:
    return json.dumps({"id": 1, "text": text, **extra})


def report(path: Path | str, *args: str) -> list[dict[str, object]]:
    result = run_cli([*RULES, "--output-format", "json", *args, str(path)])
    return list(json.loads(result.out))


def test_findings_carry_record_field_and_position(isolated: Path) -> None:
    (isolated / "c.jsonl").write_text(rec(CLEAN) + "\n" + rec(DIRTY) + "\n", encoding="utf-8")
    [finding] = report("c.jsonl")
    assert (finding["record"], finding["field"]) == (2, "text")
    assert (finding["line"], finding["column"]) == (2, 1)
    text = run_cli([*RULES, "c.jsonl"]).out
    assert "c.jsonl:2[text]:2:1: BOIL001" in text


def test_text_field_option(isolated: Path) -> None:
    line = json.dumps({"text": CLEAN, "body": DIRTY})
    (isolated / "c.jsonl").write_text(line + "\n", encoding="utf-8")
    assert report("c.jsonl") == []
    [finding] = report("c.jsonl", "--text-field", "body")
    assert finding["field"] == "body"
    assert run_cli([*RULES, "--fix", "--text-field", "body", "c.jsonl"]).code == 0
    assert json.loads((isolated / "c.jsonl").read_text()) == {"text": CLEAN, "body": FIXED}


def test_fix_rewrites_only_the_text_field(isolated: Path) -> None:
    lines = [
        '{"id":1,"text":"' + DIRTY.replace("\n", "\\n") + '","meta":{"text":"#a #b"}}',
        '{ "text" :  "' + CLEAN + '" ,  "z": [1, 2.50, 1e3] }',
    ]
    path = isolated / "c.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert run_cli([*RULES, "--fix", "c.jsonl"]).code == 0
    out = path.read_text(encoding="utf-8").split("\n")
    assert out[0] == '{"id":1,"text":"' + FIXED.replace("\n", "\\n") + \
        '","meta":{"text":"#a #b"}}'
    assert out[1:] == [lines[1], ""]


def test_unusual_records_stay_byte_identical(isolated: Path) -> None:
    others = [
        b'  {"text"  :  "Odd   spacing, nothing else here."  }  ',
        b'{"text": "Caf\\u00e9 with escapes \\ud83d\\ude00 and \\/ slashes."}',
        '{"text": "Café with raw UTF-8 😀 in it."}'.encode(),
        b'{"meta": {"text": "#nested #hashtags"}, "text": "Nested object is fine."}',
        b"",
        b'{"text": "Keys out of order.", "a": null, "b": true}',
    ]
    dirty = rec(DIRTY).encode()
    data = b"\r\n".join([*others, dirty, *others]) + b"\r\n" + others[0]  # no final newline
    path = isolated / "c.jsonl"
    path.write_bytes(data)
    assert run_cli([*RULES, "--fix", "c.jsonl"]).code == 0
    lines = path.read_bytes().split(b"\r\n")
    assert lines == [*others, rec(FIXED).encode(), *others, others[0]]


def test_crlf_record_keeps_its_line_ending(isolated: Path) -> None:
    path = isolated / "c.jsonl"
    path.write_bytes(rec(DIRTY).encode() + b"\r\n" + rec(CLEAN).encode() + b"\r\n")
    run_cli([*RULES, "--fix", "c.jsonl"])
    assert path.read_bytes() == rec(FIXED).encode() + b"\r\n" + rec(CLEAN).encode() + b"\r\n"


def test_last_line_without_newline_is_fixed(isolated: Path) -> None:
    path = isolated / "c.jsonl"
    path.write_bytes((rec(CLEAN) + "\n" + rec(DIRTY)).encode())
    run_cli([*RULES, "--fix", "c.jsonl"])
    assert path.read_bytes() == (rec(CLEAN) + "\n" + rec(FIXED)).encode()


def test_escapes_outside_the_change_are_kept(isolated: Path) -> None:
    value = '"Caf\\u00e9 \\/ opened.\\n#Paris #Food\\nCaf\\u00e9 \\/ closed.\\t"'
    path = isolated / "c.jsonl"
    path.write_text('{"text": ' + value + "}\n", encoding="utf-8")
    run_cli([*RULES, "--fix", "c.jsonl"])
    expected = '"Caf\\u00e9 \\/ opened.\\nCaf\\u00e9 \\/ closed.\\t"'
    assert path.read_text(encoding="utf-8") == '{"text": ' + expected + "}\n"


def test_raw_utf8_field_stays_raw(isolated: Path) -> None:
    path = isolated / "c.jsonl"
    path.write_text(json.dumps({"text": "Ça va.\n#Été #Sun\nÀ bientôt."}, ensure_ascii=False)
                    + "\n", encoding="utf-8")
    run_cli([*RULES, "--fix", "c.jsonl"])
    assert path.read_text(encoding="utf-8") == '{"text": "Ça va.\\nÀ bientôt."}\n'


def test_lone_surrogate_in_raw_field_does_not_crash(isolated: Path) -> None:
    path = isolated / "c.jsonl"
    path.write_text('{"text": "é \\ud800 x.\\n#a #b\\nEnd."}\n', encoding="utf-8")
    assert run_cli([*RULES, "--fix", "c.jsonl"]).code == 0
    assert path.read_text(encoding="utf-8") == '{"text": "é \\ud800 x.\\nEnd."}\n'


def test_duplicate_key_fixes_the_value_json_reads(isolated: Path) -> None:
    path = isolated / "c.jsonl"
    path.write_text('{"text": "#a #b", "text": "Kept.\\n#x #y"}\n', encoding="utf-8")
    run_cli([*RULES, "--fix", "c.jsonl"])
    assert path.read_text(encoding="utf-8") == '{"text": "#a #b", "text": "Kept."}\n'


def test_utf8_bom_on_first_record(isolated: Path) -> None:
    path = isolated / "c.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + rec(DIRTY).encode() + b"\n")
    [finding] = report(path)
    assert finding["record"] == 1
    run_cli([*RULES, "--fix", str(path)])
    assert path.read_bytes() == b"\xef\xbb\xbf" + rec(FIXED).encode() + b"\n"


def test_gzip_corpus_is_read_and_rewritten(isolated: Path) -> None:
    path = isolated / "c.jsonl.gz"
    lines = [rec(CLEAN), "", rec(DIRTY), '{"no_text": 1}']
    path.write_bytes(gzip.compress("\n".join(lines).encode()))
    [finding] = report(path)
    assert finding["record"] == 3
    assert run_cli([*RULES, "--fix", str(path)]).code == 2  # record 4 has no text field
    assert gzip.decompress(path.read_bytes()).decode() == "\n".join(
        [rec(CLEAN), "", rec(FIXED), '{"no_text": 1}'])
    assert run_cli([*RULES, "--fix", str(path)]).code == 2
    assert not list(isolated.glob(".*.tmp"))


def test_gzip_without_fixes_is_not_rewritten(isolated: Path) -> None:
    path = isolated / "c.jsonl.gz"
    data = gzip.compress((rec(CLEAN) + "\n").encode(), mtime=12345)
    path.write_bytes(data)
    assert run_cli([*RULES, "--fix", str(path)]).code == 0
    assert path.read_bytes() == data


def test_stdin_jsonl(isolated: Path) -> None:
    data = (rec(CLEAN) + "\n" + rec(DIRTY) + "\n").encode()
    result = run_cli([*RULES, "--stdin-filename", "in.jsonl", "-"], stdin=data)
    assert result.code == 1 and "in.jsonl:2[text]:2:1: BOIL001" in result.out
    fixed = run_cli([*RULES, "--fix", "--stdin-filename", "in.jsonl", "-"], stdin=data)
    assert fixed.out.encode() == (rec(CLEAN) + "\n" + rec(FIXED) + "\n").encode()


def test_stdin_jsonl_gz(isolated: Path) -> None:
    data = gzip.compress((rec(DIRTY) + "\n").encode())
    result = run_cli([*RULES, "--stdin-filename", "in.jsonl.gz", "-"], stdin=data)
    assert result.code == 1 and "in.jsonl.gz:1[text]" in result.out


def test_stdin_jsonl_gz_fix_writes_gzip(isolated: Path) -> None:
    data = gzip.compress((rec(DIRTY) + "\n").encode())
    # run_cli decodes stdout as UTF-8, so gzip bytes need the real process.
    proc = run_process([*RULES, "--fix", "--stdin-filename", "in.jsonl.gz", "-"], stdin=data)
    assert proc.returncode == 0, proc.stderr
    assert gzip.decompress(proc.stdout) == (rec(FIXED) + "\n").encode()


def test_diff_on_jsonl_writes_nothing(isolated: Path) -> None:
    path = isolated / "c.jsonl"
    data = (rec(CLEAN) + "\n" + rec(DIRTY) + "\n").encode()
    path.write_bytes(data)
    result = run_cli([*RULES, "--diff", "c.jsonl"])
    assert result.code == 1
    assert "@@ -2,1 +2,1 @@" in result.out
    assert f"-{rec(DIRTY)}" in result.out and f"+{rec(FIXED)}" in result.out
    assert path.read_bytes() == data


def test_records_are_streamed(isolated: Path) -> None:
    """A 60 MB corpus is read (and rewritten) record by record: memory grows far less.

    Compared with the same run on a one-record file, so the interpreter and the libraries
    it imports do not count, only what the corpus's size adds.
    """
    line = (rec(CLEAN * 2700) + "\n").encode()  # 100 KB records
    small, big = isolated / "small.jsonl", isolated / "big.jsonl"
    small.write_bytes(line)
    big.write_bytes(line * 600)
    baseline, peak = _peak_rss_kb(small), _peak_rss_kb(big)
    assert peak - baseline < 25_000, (
        f"peak RSS {peak} KB (vs {baseline} KB for one record) for a "
        f"{big.stat().st_size} byte file")


def _peak_rss_kb(path: Path) -> int:
    return peak_rss_kb("--select", "BOIL001", "-q", "--fix", str(path))
