"""Rule packs: user packs through the CLI and config, extends, every kind, and errors."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import run_cli
from corpus_lint.document import Document
from corpus_lint.engine import ActiveRule, fix, lint
from corpus_lint.model import Applicability
from corpus_lint.packs import Matcher, PackError, build_rules, extend_registry, trie_regex
from corpus_lint.registry import discover
from corpus_lint.rule import Rule
from hypothesis import given
from hypothesis import strategies as st

BACK_TO_TOP = """\
rules:
  - code: BOIL901
    name: back-to-top
    kind: line
    summary: A "Back to top" link left in the text.
    message: "page chrome {match!r}"
    tokens: ["Back to top", "Scroll to top"]
    documentation: |
      ## What it does
      Flags "Back to top".
      ## Why it matters
      Chrome.
      ## Example
      Bad: "Back to top". Good: nothing.
      ## Fix safety
      Safe.
    cases:
      - {text: "News.\\nBack to top\\n", fires: true, fixed: "News.\\n"}
      - {text: "We went back to top form.\\n", fires: false}
"""


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _rule(tmp_path: Path, pack: str, name: str = "pack.yaml") -> Rule:
    rules = build_rules(_write(tmp_path / name, pack))
    assert len(rules) == 1
    return rules[0]


def _findings(rule: Rule, text: str, kind: str = "text") -> list[str]:
    doc = Document.from_text(text, kind=kind)  # type: ignore[arg-type]
    return [text[f.start:f.end] for f in rule.check(doc)]


def _fixed(rule: Rule, text: str) -> str:
    return fix(Document.from_text(text), [ActiveRule(rule)], Applicability.UNSAFE).text


# -- through the command line ------------------------------------------------------------


def test_user_pack_from_the_command_line(isolated: Path) -> None:
    pack = _write(isolated / "house.yaml", BACK_TO_TOP)
    page = _write(isolated / "page.txt", "Story.\nBack to top\nMore.\n")
    result = run_cli(["--rule-pack", str(pack), "--select", "BOIL901", str(page)])
    assert result.code == 1, result.err
    assert "page.txt:2:1: BOIL901" in result.out
    assert run_cli(["--rule-pack", str(pack), "--fix", str(page)]).code == 0
    assert page.read_text(encoding="utf-8") == "Story.\nMore.\n"


def test_user_pack_from_config(isolated: Path) -> None:
    (isolated / "style").mkdir()
    _write(isolated / "style" / "house.yaml", BACK_TO_TOP)
    _write(isolated / "corpus-lint.toml", 'rule-packs = ["style/house.yaml"]\n')
    page = _write(isolated / "page.txt", "Story.\nScroll to top!\n")
    result = run_cli([str(page)])
    assert "BOIL901" in result.out, result.err
    listing = run_cli(["rules", "--config", str(isolated / "corpus-lint.toml"),
                       "--output-format", "json"])
    assert "BOIL901" in [r["code"] for r in json.loads(listing.out)]


def test_toml_pack(isolated: Path) -> None:
    pack = _write(isolated / "house.toml", """\
[[rules]]
code = "BOIL902"
name = "read-more"
kind = "existence"
summary = "A 'Read more' link."
tokens = ["Read more"]
fix = "safe"
""")
    page = _write(isolated / "page.txt", "The end. Read more about it.\n")
    assert run_cli(["--rule-pack", str(pack), "--fix", str(page)]).code == 0
    assert page.read_text(encoding="utf-8") == "The end. about it.\n"


def test_extends_adds_patterns_to_a_builtin_rule(isolated: Path) -> None:
    pack = _write(isolated / "more.yaml",
                  "rules:\n  - extends: BOIL001\n    patterns: ['(?:#\\w+ )+via @\\w+']\n")
    page = _write(isolated / "page.txt", "Story.\n#NATO #summit via @nato\n")
    assert run_cli(["--select", "BOIL001", str(page)]).code == 0
    result = run_cli(["--rule-pack", str(pack), "--select", "BOIL001", str(page)])
    assert result.code == 1 and "page.txt:2:1: BOIL001" in result.out
    registry = extend_registry(discover(), pack)
    rule = registry.get("BOIL001")
    assert rule is not None and "#NATO #x" in _findings(rule, "#NATO #x\n")  # old list kept
    assert registry.is_builtin("BOIL001")


# -- malformed packs ---------------------------------------------------------------------

GOOD = "    name: n\n    kind: existence\n    summary: s.\n    tokens: [x]\n"
MALFORMED = {
    "bad-yaml": ("rules: [\n  - code: X", "invalid YAML"),
    "no-rules-list": ("rule:\n  - code: BOIL903\n", "top-level 'rules'"),
    "unknown-key": ("rules:\n  - code: BOIL903\n" + GOOD + "    colour: red\n",
                    "rule #1 (BOIL903): unknown key(s) colour"),
    "bad-regex": ("rules:\n  - code: BOIL903\n    name: n\n    kind: existence\n"
                  "    summary: s.\n    patterns: ['(unclosed']\n",
                  "rule #1 (BOIL903): invalid pattern '(unclosed'"),
    "missing-code": ("rules:\n  -\n" + GOOD, "rule #1 (no code): missing or empty 'code'"),
    "invalid-code": ("rules:\n  - code: boil1\n" + GOOD, "invalid code 'boil1'"),
    "unknown-kind": ("rules:\n  - code: BOIL903\n    name: n\n    kind: consistency\n"
                     "    summary: s.\n    tokens: [x]\n",
                     "rule #1 (BOIL903): unknown kind 'consistency'"),
    "extends-unknown": ("rules:\n  - extends: BOIL999\n    tokens: [x]\n",
                        "rule #1 (extends BOIL999): extends BOIL999, which is not a known"),
    "extends-python-rule": ("rules:\n  - extends: DUP001\n    tokens: [x]\n",
                            "written in Python"),
    "extends-wrong-key": ("rules:\n  - extends: BOIL001\n    swap: {a: b}\n",
                          "key(s) swap not allowed for a line rule extension"),
    "redefines-builtin": ("rules:\n  - code: BOIL001\n" + GOOD, "use 'extends: BOIL001'"),
    "duplicate-in-pack": ("rules:\n  - code: BOIL903\n" + GOOD + "  - code: BOIL903\n"
                          + GOOD.replace("name: n", "name: m"), "already defined in this pack"),
    "duplicate-name": ("rules:\n  - code: BOIL903\n"
                       + GOOD.replace("name: n", "name: hashtag-line"), "name 'hashtag-line'"),
    "kind-key-mismatch": ("rules:\n  - code: BOIL903\n" + GOOD + "    swap: {a: b}\n",
                          "swap not allowed for a existence rule"),
    "no-entries": ("rules:\n  - code: BOIL903\n    name: n\n    kind: existence\n"
                   "    summary: s.\n", "no entries"),
    "bad-case": ("rules:\n  - code: BOIL903\n" + GOOD + "    cases: [{text: x}]\n",
                 "case #1 needs 'text'"),
    "bad-flag": ("rules:\n  - code: BOIL903\n" + GOOD + "    ignore-case: 'no'\n",
                 "'ignore-case' must be true or false"),
    "empty-pattern": ("rules:\n  - code: BOIL903\n    name: n\n    kind: existence\n"
                      "    summary: s.\n    patterns: ['a*']\n", "matches the empty string"),
    "occurrence-fix": ("rules:\n  - code: BOIL903\n" + GOOD.replace("existence", "occurrence")
                       + "    fix: safe\n", "'fix' must be one of none"),
}


@pytest.mark.parametrize("label", sorted(MALFORMED))
def test_malformed_pack_is_a_clear_error(isolated: Path, label: str) -> None:
    text, expected = MALFORMED[label]
    pack = _write(isolated / f"{label}.yaml", text)
    page = _write(isolated / "page.txt", "Text.\n")
    result = run_cli(["--rule-pack", str(pack), str(page)])
    assert result.code == 2
    assert "Traceback" not in result.err
    assert f"{label}.yaml" in result.err and expected in result.err, result.err


def test_bad_toml_and_missing_file(isolated: Path) -> None:
    pack = _write(isolated / "bad.toml", "[[rules]\ncode = 1\n")
    result = run_cli(["--rule-pack", str(pack), "."])
    assert result.code == 2 and "bad.toml: invalid TOML" in result.err
    result = run_cli(["--rule-pack", str(isolated / "nope.yaml"), "."])
    assert result.code == 2 and "nope.yaml: cannot read rule pack" in result.err


def test_pack_error_names_file_and_rule(tmp_path: Path) -> None:
    pack = _write(tmp_path / "p.yaml", MALFORMED["bad-regex"][0])
    with pytest.raises(PackError, match=r"p\.yaml: rule #1 \(BOIL903\): invalid pattern"):
        build_rules(pack)


# -- kinds -------------------------------------------------------------------------------

HEAD = "rules:\n  - code: XPK{n:03d}\n    name: r{n}\n    summary: s.\n"


def _pack(n: int, body: str) -> str:
    return HEAD.format(n=n) + "".join(f"    {line}\n" for line in body.splitlines())


def test_existence_on_word_boundaries(tmp_path: Path) -> None:
    rule = _rule(tmp_path, _pack(1, "kind: existence\ntokens: [click here, click]\n"
                                    "patterns: ['\\d+ shares?']\nfix: safe"))
    text = "Click here now, clicked, 3 shares and 30 sharesx.\n"
    assert _findings(rule, text) == ["Click here", "3 shares"]
    assert _fixed(rule, "Please click here now.\n") == "Please now.\n"
    assert _fixed(rule, "Please click here\n") == "Please\n"


def test_substitution_keeps_case_and_names_evidence(tmp_path: Path) -> None:
    rule = _rule(tmp_path, _pack(2, "kind: substitution\nmessage: 'use {suggestion}'\n"
                                    "swap: {counterfeit consciousness: artificial intelligence}"))
    text = "Counterfeit Consciousness and counterfeit consciousness.\n"
    findings = list(rule.check(Document.from_text(text)))
    assert [f.message for f in findings] == ["use Artificial Intelligence",
                                             "use artificial intelligence"]
    assert findings[0].evidence["entry"] == "counterfeit consciousness"
    assert _fixed(rule, text) == "Artificial Intelligence and artificial intelligence.\n"


def test_case_sensitive_pack(tmp_path: Path) -> None:
    rule = _rule(tmp_path, _pack(3, "kind: existence\nignore-case: false\ntokens: [AP]"))
    assert _findings(rule, "AP said. The ap said.\n") == ["AP"]


def test_line_kind_ignores_space_and_punctuation_and_counts_words(tmp_path: Path) -> None:
    rule = _rule(tmp_path, _pack(4, "kind: line\ntokens: [share this]\n"
                                    "patterns: ['[A-Z][a-z]+:(?: \\w+)*']\nmax-words: 2"))
    text = "  Share   this!\nRelated:\nNote: this is prose.\nShare this story\nRead: on\n"
    assert _findings(rule, text) == ["Share   this!", "Related:", "Read: on"]


def test_line_kind_can_leave_the_first_line_alone(tmp_path: Path) -> None:
    text = "\nWatch live\nThe match began.\nWatch live\n"
    plain = _rule(tmp_path, _pack(6, "kind: line\ntokens: [watch live]"))
    titled = _rule(tmp_path, _pack(6, "kind: line\ntokens: [watch live]\nskip-first-line: true"))
    assert _findings(plain, text) == ["Watch live", "Watch live"]
    assert [f.start for f in titled.check(Document.from_text(text))] == [len(text) - 11]


def test_yields_to_drops_a_pack_finding_another_rule_covers(tmp_path: Path) -> None:
    pack = "kind: line\ntokens: [key takeaways]\nyields-to: [XPK008]"
    label = _rule(tmp_path, _pack(7, pack))
    assert label.yields_to == ("XPK008",)
    other = _rule(tmp_path, _pack(8, "kind: line\ntokens: [key takeaways]"), "other.yaml")
    doc = Document.from_text("News.\nKey takeaways\n")
    assert [f.code for f in lint(doc, [ActiveRule(label)])] == ["XPK007"]
    assert [f.code for f in lint(doc, [ActiveRule(label), ActiveRule(other)])] == ["XPK008"]
    with pytest.raises(PackError, match="yields-to"):
        _rule(tmp_path, _pack(7, "kind: line\ntokens: [x]\nyields-to: GEN"))


def test_formats_restrict_document_kinds(tmp_path: Path) -> None:
    rule = _rule(tmp_path, _pack(5, "kind: line\npatterns: ['<div>']\nformats: [text]"))
    assert _findings(rule, "<div>\n") == ["<div>"]
    assert _findings(rule, "<div>\n", kind="markdown") == []


def test_occurrence_reports_the_first_match_over_the_limit(tmp_path: Path) -> None:
    rule = _rule(tmp_path, _pack(6, "kind: occurrence\nmax: 2\ntokens: [advertisement]\n"
                                    "message: '{count} ads (max {max})'"))
    assert _findings(rule, "Advertisement. advertisement.\n") == []
    doc = Document.from_text("advertisement a advertisement b advertisement c advertisement")
    (finding,) = rule.check(doc)
    assert finding.start == doc.text.index("advertisement c")
    assert finding.message == "4 ads (max 2)" and finding.fix is None


def test_repetition(tmp_path: Path) -> None:
    rule = _rule(tmp_path, _pack(7, "kind: repetition\nexceptions: [had]\n"
                                    "message: 'repeated {match!r}'"))
    assert _findings(rule, "The the cat saw\nsaw it. He had had 22 22 fish.\n") == [
        "The the", "saw\nsaw"]
    assert _findings(rule, "the\n\nthe end, theme them\n") == []
    assert _fixed(rule, "It is is the the end.\n") == "It is the end.\n"
    only = _rule(tmp_path, _pack(8, "kind: repetition\ntokens: [the]"), "only.yaml")
    assert _findings(only, "is is the the\n") == ["the the"]


def test_extends_a_rule_of_the_same_pack_and_adds_cases(tmp_path: Path) -> None:
    pack = _pack(9, "kind: existence\ntokens: [foo]") + (
        "  - extends: XPK009\n    tokens: [bar]\n"
        "    cases: [{text: 'bar', fires: true}]\n")
    rule = _rule(tmp_path, pack)
    assert _findings(rule, "foo bar baz\n") == ["foo", "bar"]
    assert len(rule.cases) == 1 and "2 entries" in rule.documentation


# -- matching ------------------------------------------------------------------------------


def test_trie_regex_examples() -> None:
    assert trie_regex(["cat", "car", "cart", "dog"]) == "(?:ca(?:rt?|t)|dog)"
    assert re.fullmatch(trie_regex(["a", "ab", "abc"]), "ab")
    assert trie_regex([]) == "(?!)"


@given(st.sets(st.text(alphabet="ab.c(]\\ ", min_size=1, max_size=5), min_size=1, max_size=12),
       st.text(alphabet="ab.c(]\\ ", max_size=6))
def test_trie_regex_matches_exactly_its_phrases(phrases: set[str], probe: str) -> None:
    regex = re.compile(trie_regex(sorted(phrases)))
    for phrase in phrases:
        assert regex.fullmatch(phrase)
    assert bool(regex.fullmatch(probe)) == (probe in phrases)


def test_matcher_prefers_longest_phrase_on_word_boundaries() -> None:
    matcher = Matcher(["new york", "new york times", "york"], [], ignore_case=True)
    found = matcher.find("The New York Times; new yorker; York.")
    assert [(m.text, m.entry) for m in found] == [("New York Times", "new york times"),
                                                  ("York", "york")]


_WORDISH = "abAB .-_é1"


def _reference_matches(phrases: set[str], text: str) -> list[tuple[int, int]]:
    """Leftmost-longest, non-overlapping, case-blind matches on word boundaries, by regex."""
    regex = re.compile(rf"(?<!\w){trie_regex(sorted(p.lower() for p in phrases))}(?!\w)",
                       re.IGNORECASE)
    return [m.span() for m in regex.finditer(text)]


@given(st.sets(st.text(alphabet=_WORDISH, min_size=1, max_size=4), min_size=1, max_size=10),
       st.text(alphabet=_WORDISH, max_size=30))
def test_matcher_finds_what_a_word_bounded_regex_finds(phrases: set[str], text: str) -> None:
    found = Matcher(sorted(phrases), [], ignore_case=True).find(text)
    assert [(m.start, m.end) for m in found] == _reference_matches(phrases, text)


def test_matcher_with_thousands_of_phrases_matches_each_one() -> None:
    phrases = [f"word{i} next{i % 97}" for i in range(20_000)]
    matcher = Matcher(phrases, [], ignore_case=True)
    text = " ".join(f"Word{i} Next{i % 97}." for i in range(0, 20_000, 1_000))
    assert [m.entry for m in matcher.find(text)] == phrases[::1_000]
    assert matcher.find("word1 next1x word1next1") == []


def test_matcher_handles_text_whose_length_changes_when_lowercased() -> None:
    matcher = Matcher(["istanbul"], [], ignore_case=True)
    text = "İ ISTANBUL"  # "İ".lower() is two code points
    assert [text[m.start:m.end] for m in matcher.find(text)] == ["ISTANBUL"]


def test_patterns_keep_their_own_group_numbers() -> None:
    matcher = Matcher(["x"], [r"(\w+)-\1"], ignore_case=True)
    assert [m.text for m in matcher.find("x bye-bye bye-now")] == ["x", "bye-bye"]


def test_shipped_packs_pass_the_full_checks() -> None:
    """Shipped packs load trusted (no pattern is compiled twice at start): check them here."""
    from corpus_lint.rules import packs as shipped

    files = sorted(Path(shipped.__file__).parent.glob("*.yaml"))
    assert files
    for path in files:
        checked = [r.code for r in build_rules(path)]
        assert checked == [r.code for r in build_rules(path, trusted=True)], path


def test_line_rules_prefilter_finds_what_trying_every_pattern_finds() -> None:
    """The required-literal prefilter never hides a pattern that matches: on every line of
    the repository's labelled pages and samples, each shipped line rule names the same
    entry as trying its patterns one by one."""
    from corpus_lint.packs import PackCheck, _literal_key

    root = Path(__file__).resolve().parents[1]
    lines = {line.strip() for path in [*root.glob("bench/data/*/*.txt"), *root.glob("samples/*")]
             if path.is_file() for line in path.read_text(encoding="utf-8").splitlines()}
    lines.discard("")
    assert len(lines) > 5000
    checked = 0
    for rule in discover().rules.values():
        check = rule.check_function
        if not isinstance(check, PackCheck) or check.spec.kind != "line":
            continue
        flags = re.IGNORECASE if check.spec.ignore_case else 0
        plain = [(p, re.compile(p, flags)) for p in check.spec.patterns]
        for body in lines:
            expected = next((p for p, rx in plain if rx.fullmatch(body)), None)
            got = next((check.spec.patterns[i] for i in check._line_candidates(body,
                                                                               _literal_key(body))
                        if plain[i][1].fullmatch(body)), None)
            assert got == expected, (rule.code, body)
            checked += expected is not None
    assert checked > 100  # the lines hold plenty of chrome: the test is not vacuous


@given(st.text(alphabet="ıİKſßaiksSIe -:", max_size=12))
def test_required_literals_hold_under_case_folding(text: str) -> None:
    """Letters Python's case-insensitive matching equates (dotless ı, Kelvin K, long ſ)
    still show the literal a pattern requires."""
    from corpus_lint.packs import _literal_key, required_literals

    for pattern in ("kiss", "sik+e", "ask(?:ed)?"):
        if re.fullmatch(pattern, text, re.IGNORECASE):
            literals = required_literals(pattern) or frozenset()
            assert not literals or any(lit in _literal_key(text) for lit in literals)


def test_required_literals_hold_for_every_letter_case_insensitive_matching_equates() -> None:
    """Every character Python's case-insensitive matching equates with another (same
    simple lower case, or one of its extra pairs such as s and long ſ) folds as that one
    does in the text literals are looked for in: "KİSS" matches "kiss" and holds its
    literal, and so does "ПРОСМОТРОВ" for "просмотров"."""
    import _sre
    import sys
    from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]

    from corpus_lint.packs import _literal_key, required_literals

    assert "kiss" in _literal_key("KİSS") and required_literals("kiss") == {"kiss"}
    assert required_literals("просмотров") == {"просмотров"}
    assert "просмотров" in _literal_key("ПРОСМОТРОВ")
    for code in range(sys.maxunicode + 1):
        lower = _sre.unicode_tolower(code)
        if lower != code:
            assert _literal_key(chr(code)) == _literal_key(chr(lower)), hex(code)
    for lower, others in _EXTRA_CASES.items():
        for other in others:
            assert _literal_key(chr(other)) == _literal_key(chr(lower)), hex(other)


def test_shipped_literal_analysis_is_the_current_analysis_of_the_built_in_packs() -> None:
    """The built-in packs' required literals are read from rules/packs/literals.json (it
    saves a one-file run parsing 600 patterns). A pattern edited without rewriting the
    file still works (it is analysed afresh), but the saving is lost: rewrite it with
    ``write_literal_analysis(Path('rules/packs'))``."""
    import corpus_lint.rules.packs as builtin_packs
    from corpus_lint.packs import LITERALS_FILE, literal_analysis

    directory = Path(builtin_packs.__file__).parent
    shipped = json.loads((directory / LITERALS_FILE).read_text(encoding="utf-8"))
    current = literal_analysis(directory)
    stale = {key for key, texts in current.items() if shipped.get(key, 0) != texts}
    assert not stale, (
        f"rules/packs/literals.json lacks {len(stale)} patterns: run python -c \"from pathlib "
        "import Path; from corpus_lint.packs import write_literal_analysis as w; "
        "w(Path('rules/packs'))\"")
    assert len(current) > 500 and sum(v is None for v in current.values()) < len(current) / 4


def test_a_pack_directory_with_a_wrong_or_broken_literal_analysis_still_finds_its_lines(
        tmp_path: Path) -> None:
    """The shipped analysis only speeds the first run: a pattern it does not know (a pack
    edited since) is analysed afresh, and an unreadable file is ignored."""
    from corpus_lint import packs

    (tmp_path / "mine.yaml").write_text(
        "rules:\n- code: XBOIL001\n  name: sponsor-line\n  kind: line\n"
        "  summary: Sponsor lines.\n  patterns: ['brought to you by \\w+']\n",
        encoding="utf-8")
    doc = Document.from_text("Story.\n\nBrought to you by Acme\n\nMore story.\n")
    for shipped in ('{"0123": ["nothing"]}', "{not json", '["a list"]'):
        (tmp_path / packs.LITERALS_FILE).write_text(shipped, encoding="utf-8")
        (rule,) = packs.builtin(tmp_path)
        found = lint(doc, [ActiveRule(rule, {})])
        assert [doc.text[f.start:f.end] for f in found] == ["Brought to you by Acme"]
    packs.write_literal_analysis(tmp_path)
    written = json.loads((tmp_path / packs.LITERALS_FILE).read_text(encoding="utf-8"))
    assert list(written.values()) == [["brought to you by "]]


GUARDED_CASES = [
    # (alternatives, text): the leftmost match wins whichever alternative it is
    (["share it with friends", "teile es"], "Teile es! Or share it with friends."),
    (["share it with friends", "teile es"], "share it with friends, teile es"),
    # at one start the first alternative wins, as in the joined expression
    ([r"share\w*", r"share it"], "Please share it."),
    # an alternative with no text to look for ("\w+-\w+") runs on every text
    ([r"newsletter", r"\w+-\w+"], "A well-known site"),
    # case folding: "İ" and "ı" match "i" when case is ignored, "ß" only itself
    ([r"istanbul haberleri", r"straße"], "İSTANBUL HABERLERİ"),
    ([r"istanbul haberleri", r"straße"], "Hauptstrasse 4"),
    # fullmatch tries the next alternative when the first matches only a prefix
    ([r"summary", r"summary of the day"], "Summary of the day"),
    ([r"^(?:faq|questions)$", r"frequently asked"], "Questions"),
    (["share it with friends", "teile es"], "The council met on Monday."),
]


@pytest.mark.parametrize(("alternatives", "text"), GUARDED_CASES)
def test_a_guarded_pattern_finds_what_its_joined_expression_finds(
        alternatives: list[str], text: str) -> None:
    from corpus_lint.packs import GuardedPattern

    plain = re.compile("|".join(alternatives), re.IGNORECASE)
    for guarded in (GuardedPattern(alternatives), GuardedPattern("|".join(alternatives))):
        for method in ("search", "match", "fullmatch"):
            want, got = getattr(plain, method)(text), getattr(guarded, method)(text)
            assert (got and (got.span(), got.group())) == (want and (want.span(), want.group()))


@given(st.text(alphabet="ab sheritfndİı", max_size=40))
def test_a_guarded_pattern_agrees_with_its_expression_on_any_text(text: str) -> None:
    from corpus_lint.packs import GuardedPattern

    alternatives = [r"share\s+it", r"\bfriends?\b", r"(?:a|b)+\s*frie", r"i\w", r"sh|it"]
    plain, guarded = re.compile("|".join(alternatives), re.I), GuardedPattern(alternatives)
    for method in ("search", "match", "fullmatch"):
        want, got = getattr(plain, method)(text), getattr(guarded, method)(text)
        assert (got and got.span()) == (want and want.span())


def test_the_gen_rules_guarded_patterns_agree_with_their_expressions_on_labelled_pages(
) -> None:
    """GEN's long alternations look for their words first (GuardedPattern); on every line
    of the tuning set's pages they find what their plain expressions find."""
    import corpus_lint.rules.gen as gen
    from corpus_lint.packs import GuardedPattern

    data = Path(__file__).parent.parent / "bench" / "data"
    lines = {line.strip(" *#") for name in ("artifacts", "artifacts-blind82")
             for page in sorted((data / name).glob("*.txt"))
             for line in page.read_text(encoding="utf-8").splitlines()}
    guarded = [p for p in vars(gen).values() if isinstance(p, GuardedPattern)]
    assert len(guarded) > 10 and len(lines) > 1000
    for pattern in guarded:
        plain = re.compile(pattern.pattern, pattern.flags)
        for line in lines:  # (the texts looked for are the same for match and fullmatch)
            want, got = plain.search(line), pattern.search(line)
            assert (got and got.span()) == (want and want.span()), (pattern.pattern[:60], line)


def test_every_shipped_guarded_pattern_compiles_though_it_compiles_on_first_use() -> None:
    """A GuardedPattern compiles an alternative only when a line holds its words (a
    small run compiles what it reaches); so that no shipped alternative fails on the
    first page that reaches it, each one compiles here."""
    import importlib

    from corpus_lint.packs import GuardedPattern

    found = 0
    for name in ("boil", "meta", "gen", "dup", "enc", "corp", "garb", "gram"):
        module = importlib.import_module(f"corpus_lint.rules.{name}")
        for pattern in (p for p in vars(module).values() if isinstance(p, GuardedPattern)):
            found += 1
            for alternative in pattern.alternatives:
                re.compile(alternative, pattern.flags)  # raises re.error if broken
            assert pattern.regex.pattern == pattern.pattern
    assert found > 10
