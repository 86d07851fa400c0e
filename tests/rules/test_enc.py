"""ENC (encoding and characters, rules/enc.py): case tables, the CLI on text, Markdown and
JSON Lines files, byte-exact fixes, idempotency, and text that must stay untouched."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SEEDS, run_cli
from corpus_lint import Document, Rule
from corpus_lint.engine import ActiveRule, lint
from corpus_lint.registry import discover
from corpus_lint.rules.enc import RULES, candidates, mojibake
from corpus_lint.testing import assert_cases

CODES = ("ENC001", "ENC002", "ENC003", "ENC004", "ENC005")
BY_CODE = {r.code: r for r in RULES}

CLEAN_MULTILINGUAL = (
    "Le président a déclaré « nous sommes prêts » à l’hôtel où l’attendait sa sœur.\n"
    "Über die Brücke fuhren größere Lkw — „Qualität“ seit 1890, Müller & Söhne.\n"
    "El niño comió paella en Málaga; ¿quién pagó? ¡Qué día! Año 2024.\n"
    "Ο πρωθυπουργός δήλωσε ότι η Ελλάδα θα στηρίξει την Ουκρανία.\n"
    "Президент заявил, что переговоры продолжатся. «Это важно», — сказал он.\n"
    "中华人民共和国外交部发言人表示，双方将继续保持沟通。“我们欢迎”——他说。\n"
    "São Paulo, NÃO, SÃO PAULO, Ştefan, ÎNVĂŢĂMÂNT, Hà Nội, ĐẠI HỌC, Łódź, Þórður, Ærø.\n"
    "5 °C, 10 € – £20, © 2024 ®, ™, ½ × ¼, µm, 45°, ‰, † ‡. It’s “fine”… ok.\n"
    "Emoji: 😀 👍🏽 👩\u200d💻 🏳️\u200d🌈 👨\u200d👩\u200d👧 ❤️ 🇺🇦 🧑🏽\u200d🚀\n"
    "فارسی: می\u200cخواهم کتاب\u200cها را بخوانم. हिन्दी: क्\u200dष और श्\u200cर।\n"
    "עברית\u200f 2024 ומספרים. ภาษาไทย\u200bคำ\u200bไทย\n"
    "AT&T, R&D, &c., Tom & Jerry; Q&A.\n"
)


def _write(path: Path, text: str) -> Path:
    path.write_bytes(text.encode("utf-8"))
    return path


def _enc(*args: str) -> list[str]:
    return ["--isolated", "--select", "ENC", *args]


# -- registration and the rules' own case tables -------------------------------------------


@pytest.mark.parametrize("code", CODES)
def test_rule_is_registered_with_complete_metadata(code: str) -> None:
    registered = discover().get(code)
    assert registered is not None, f"{code} is not registered"
    assert registered.missing_metadata() == []


@pytest.mark.parametrize("rule", [r for r in RULES if r is not None], ids=lambda r: r.code)
def test_case_table(rule: Rule) -> None:
    assert_cases(rule)  # the same check the meta-test runs for every registered rule


def test_clean_multilingual_text_has_no_finding() -> None:
    doc = Document.from_text(CLEAN_MULTILINGUAL)
    found = lint(doc, [ActiveRule(r) for r in RULES])
    assert [f.message for f in found] == []


def test_seed_documents_have_no_finding() -> None:
    result = run_cli(_enc(*sorted(str(p) for p in SEEDS.glob("*.txt"))))
    assert result.code == 0, result.out


# -- ENC001 mojibake ----------------------------------------------------------------------


def test_mojibake_message_names_the_change_and_ftfy_steps(tmp_path: Path) -> None:
    page = _write(tmp_path / "page.txt", "We donâ€™t know.\n")
    result = run_cli(_enc("--output-format", "json", str(page)))
    assert result.code == 1
    [finding] = json.loads(result.out)
    assert finding["code"] == "ENC001" and finding["severity"] == "error"
    assert finding["message"] == (
        "mojibake 'donâ€™t' -> 'don’t' (ftfy: encode sloppy-windows-1252 / decode utf-8)")
    assert finding["evidence"]["ftfy"] == [["encode", "sloppy-windows-1252"],
                                           ["decode", "utf-8"]]
    assert (finding["line"], finding["column"], finding["end_column"]) == (1, 4, 11)
    assert finding["fix"]["applicability"] == "safe"


def test_mojibake_fix_changes_only_the_named_spans(tmp_path: Path) -> None:
    before = ("“Curly” quotes, the ﬁ ligature, ＬＯＵＤ width, &amp; and e\u0301 stay.\n"
              "The cafÃ© is open — it wasnÃ¢â‚¬â„¢t before.\n"
              "Привет, Ð¼Ð¸Ñ€! Nothing else changes.\n")
    after = ("“Curly” quotes, the ﬁ ligature, ＬＯＵＤ width, &amp; and e\u0301 stay.\n"
             "The café is open — it wasn’t before.\n"
             "Привет, мир! Nothing else changes.\n")
    page = _write(tmp_path / "page.txt", before)
    result = run_cli(_enc("--select", "ENC001", "--fix", str(page)))
    assert result.code == 0, result.out
    assert page.read_bytes() == after.encode("utf-8")


def test_mojibake_spans_are_tight() -> None:
    text = "Plain text, then Ã©tÃ© and donâ€™t, then plain text."
    spans = [(r.start, r.end) for r in mojibake(text)]
    first, second = text.index("Ã©tÃ©"), text.index("donâ€™t")
    assert spans == [(first, first + 5), (second, second + 7)]


def test_candidates_merge_runs_of_one_phrase() -> None:
    text = "x â€œHelloâ€\x9d y Ð¿Ñ€Ð¸ Ð¼Ð¸Ñ€."
    assert [text[s:e] for s, e in candidates(text)] == ["â€œHelloâ€\x9d", "Ð¿Ñ€Ð¸ Ð¼Ð¸Ñ€"]


def test_whole_line_plan_fixes_macroman_words_that_look_fine_alone() -> None:
    text = "Il mange des g√¢teaux pour un r√©gime √©quilibr√©.\n"
    found = lint(Document.from_text(text), [ActiveRule(BY_CODE["ENC001"])])
    assert [f.evidence["fixed"] for f in found] == ["gâteaux", "régime", "équilibré"]


def test_lossy_mojibake_fix_is_unsafe(tmp_path: Path) -> None:
    page = _write(tmp_path / "page.txt", "He said â€œyesâ€\ufffd today.\n")
    result = run_cli(_enc("--select", "ENC001", "--output-format", "json", str(page)))
    fixes = {f["evidence"]["fixed"]: f["fix"]["applicability"] for f in json.loads(result.out)}
    assert fixes == {"“yes\ufffd": "unsafe"}


def test_ambiguous_capitals_are_not_mojibake() -> None:
    for text in ("C O N C L U S Ã O\n", "SÃO PAULO, NÃO, MÃE\n", "NESTLÉ® and 5×£35\n",
                 "ESSE CARA AI QUEM É¿\n", "HUHLL Õ…\n"):
        assert mojibake(text) == (), text


# -- ENC002 control characters --------------------------------------------------------------


def test_control_characters_in_a_crlf_file_keep_its_line_endings(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(b"First\x07 line\r\nSecond line\x0cThird line\r\n")
    result = run_cli(_enc("--fix", str(page)))
    assert result.code == 0, result.out
    assert page.read_bytes() == b"First line\r\nSecond line\r\nThird line\r\n"


def test_mixed_line_endings_are_reported_once_per_line(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(b"one\r\ntwo\nthree\r\n")
    result = run_cli(_enc(str(page)))
    assert result.code == 1
    assert result.out.count("ENC002") == 2
    assert "mixed CRLF and LF line endings" in result.out
    run_cli(_enc("--fix", str(page)))
    assert page.read_bytes() == b"one\ntwo\nthree\n"


def test_c1_controls_from_mojibake_are_left_to_enc001() -> None:
    doc = Document.from_text("\x93Quoted\x94 and a stray \x81 here.\n")
    found = lint(doc, [ActiveRule(r) for r in RULES])
    assert [(f.code, doc.text[f.start:f.end]) for f in found] == [
        ("ENC001", "\x93Quoted\x94"), ("ENC002", "\x81")]


# -- ENC003 invisible characters ------------------------------------------------------------


def test_bidi_override_is_a_warning_with_an_unsafe_fix(tmp_path: Path) -> None:
    text = "Invoice for acct\u202e4321\u202c now.\n"
    page = _write(tmp_path / "page.txt", text)
    result = run_cli(_enc("--output-format", "json", str(page)))
    found = json.loads(result.out)
    assert {f["code"] for f in found} == {"ENC003"}
    assert {f["severity"] for f in found} == {"warning"}
    assert {f["fix"]["applicability"] for f in found} == {"unsafe"}
    assert "possible spoofing" in found[0]["message"]
    run_cli(_enc("--fix", str(page)))
    assert page.read_bytes() == text.encode("utf-8")  # unsafe: not applied by --fix
    run_cli(_enc("--fix", "--unsafe-fixes", str(page)))
    assert page.read_text(encoding="utf-8") == "Invoice for acct4321 now.\n"


def test_invisible_characters_are_spelled_out_in_the_message(tmp_path: Path) -> None:
    page = _write(tmp_path / "page.txt", "Brus\u200b\u200bsels\n")
    result = run_cli(_enc(str(page)))
    assert "'Brus<U+200B><U+200B>sels'" in result.out
    assert result.out.count("ENC003") == 1


def test_joiners_in_emoji_and_scripts_that_need_them_are_kept(tmp_path: Path) -> None:
    page = _write(tmp_path / "page.txt", CLEAN_MULTILINGUAL)
    result = run_cli(_enc("--fix", str(page)))
    assert result.code == 0, result.out
    assert page.read_bytes() == CLEAN_MULTILINGUAL.encode("utf-8")


# -- ENC004 HTML entities -------------------------------------------------------------------


def test_entities_in_plain_text_are_decoded(tmp_path: Path) -> None:
    page = _write(tmp_path / "page.txt", "Fish &amp; chips at AT&T, don&#8217;t, Q&amp;amp;A.\n")
    result = run_cli(_enc("--fix", str(page)))
    assert result.code == 0, result.out
    assert page.read_text(encoding="utf-8") == "Fish & chips at AT&T, don’t, Q&A.\n"


def test_nbsp_option_from_config(tmp_path: Path) -> None:
    (tmp_path / "corpus-lint.toml").write_text('[rules.ENC004]\nnbsp = "space"\n',
                                               encoding="utf-8")
    page = _write(tmp_path / "page.txt", "It is 10&nbsp;km.\n")
    result = run_cli(["--select", "ENC", "--fix", str(page)], cwd=tmp_path)
    assert result.code == 0, result.out + result.err
    assert page.read_text(encoding="utf-8") == "It is 10 km.\n"


def test_markdown_entities_only_when_escaped_twice_and_never_in_code(tmp_path: Path) -> None:
    text = ("Markdown may use &copy; and &mdash; on purpose.\n\n"
            "But &amp;quot;this&amp;quot; shows literally.\n\n"
            "`&amp;quot;` in code\n\n```\n&amp;amp; x &#8217;\n```\n")
    page = _write(tmp_path / "notes.md", text)
    result = run_cli(_enc("--output-format", "json", str(page)))
    found = json.loads(result.out)
    assert [(f["code"], f["line"]) for f in found] == [("ENC004", 3), ("ENC004", 3)]
    run_cli(_enc("--fix", str(page)))
    assert page.read_text(encoding="utf-8") == text.replace(
        "But &amp;quot;this&amp;quot;", "But &quot;this&quot;")


def test_reference_to_no_character_has_no_fix() -> None:
    doc = Document.from_text("Broken &#0; reference.\n")
    [finding] = lint(doc, [ActiveRule(BY_CODE["ENC004"])])
    assert finding.fix is None and "no valid character" in finding.message


# -- ENC005 replacement characters ----------------------------------------------------------


def test_replacement_characters_are_reported_without_fix(tmp_path: Path) -> None:
    page = _write(tmp_path / "page.txt", "The caf\ufffd\ufffd opens.\n")
    result = run_cli(_enc("--output-format", "json", str(page)))
    [finding] = json.loads(result.out)
    assert finding["code"] == "ENC005" and finding["fix"] is None
    assert finding["evidence"] == {"count": 2}


# -- whole files: bytes outside the spans, idempotency, JSON Lines ------------------------------


def test_all_rules_fix_a_dirty_file_and_a_second_fix_changes_nothing(tmp_path: Path) -> None:
    before = ("Title line stays as it is — “quoted”.\n"
              "The cafÃ© doesnâ€™t open\x07 on Sundays &amp; holidays.\n"
              "Brus\u200bsels, inter\u00adnational, and 👩\u200d💻 stay fine.\n"
              "Last line, untouched: AT&T.\n")
    after = ("Title line stays as it is — “quoted”.\n"
             "The café doesn’t open on Sundays & holidays.\n"
             "Brussels, international, and 👩\u200d💻 stay fine.\n"
             "Last line, untouched: AT&T.\n")
    page = _write(tmp_path / "page.txt", before)
    first = run_cli(_enc("--fix", str(page)))
    assert first.code == 0, first.out
    assert page.read_bytes() == after.encode("utf-8")
    second = run_cli(_enc("--fix", "--exit-non-zero-on-fix", str(page)))
    assert second.code == 0, second.out
    assert page.read_bytes() == after.encode("utf-8")


def test_jsonl_fix_rewrites_only_the_text_field_of_the_bad_record(tmp_path: Path) -> None:
    records = [
        '{"id": 1, "text": "Clean \\u2014 \\u201cfine\\u201d.", "title": "caf\\u00c3\\u00a9"}',
        '{"id": 2, "text": "The caf\\u00c3\\u00a9 opens.", "meta": {"text": "Ã©"}, "n": 1.50}',
        '{"id": 3,   "text": "Odd  spacing kept", "note": "Ã©tÃ© in a field not read"}',
    ]
    original = "\n".join(records) + "\n"
    corpus = _write(tmp_path / "corpus.jsonl", original)
    result = run_cli(_enc("--fix", str(corpus)))
    assert result.code == 0, result.out
    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    assert lines[0] == records[0] + "\n" and lines[2] == records[2] + "\n"
    assert lines[1] == ('{"id": 2, "text": "The caf\\u00e9 opens.", '
                        '"meta": {"text": "Ã©"}, "n": 1.50}\n')
    assert json.loads(lines[1])["text"] == "The café opens."


def test_jsonl_report_names_record_and_field(tmp_path: Path) -> None:
    corpus = _write(tmp_path / "corpus.jsonl",
                    '{"text": "ok"}\n{"text": "Fish &amp; chips"}\n')
    result = run_cli(_enc(str(corpus)))
    assert result.code == 1
    assert "corpus.jsonl:2[text]:1:6: ENC004" in result.out


def test_large_clean_ascii_line_is_fast_enough(tmp_path: Path) -> None:
    # Linear scans only: a 5 MB line without a break must not take noticeable time
    # (bench/bench_enc.py measures throughput; no timing is asserted here).
    text = "lorem ipsum dolor sit amet " * 200_000
    found = lint(Document.from_text(text), [ActiveRule(r) for r in RULES])
    assert found == []
