"""Meta-tests: every registered rule carries its metadata, and its own test cases pass.

The rules come from the real registry (``corpus_lint.registry.discover()``), so a rule
added by anyone — a built-in module, a rule pack, an installed plugin — is covered
without editing this file. Tests are parametrized per rule and per case so a failure
names the rule and the case.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from corpus_lint.document import Document
from corpus_lint.engine import ActiveRule, fix
from corpus_lint.model import Applicability, FixAvailability
from corpus_lint.registry import Registry, discover
from corpus_lint.rule import CODE_PATTERN, FAMILIES, Case, Rule

REGISTRY: Registry = discover()
RULES: list[Rule] = list(REGISTRY)


@dataclass(frozen=True)
class _CaseRef:
    rule: Rule
    index: int
    case: Case


def _case_refs() -> list[_CaseRef]:
    return [_CaseRef(r, i, c) for r in RULES for i, c in enumerate(r.cases, 1)]


def _case_id(ref: _CaseRef) -> str:
    return f"{ref.rule.code}-case{ref.index}-{'fires' if ref.case.fires else 'quiet'}"


CASES = _case_refs()


def _run(ref: _CaseRef) -> tuple[Document, ActiveRule]:
    doc = Document.from_text(ref.case.text, path=f"<{ref.rule.code} case {ref.index}>",
                             kind=ref.case.kind)  # type: ignore[arg-type]
    return doc, ActiveRule(ref.rule, ref.rule.resolve_options(ref.case.options))


def test_the_registry_is_not_empty() -> None:
    assert any(r.code == "BOIL001" for r in RULES)
    assert any(r.family == "DUP" for r in RULES)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_has_complete_metadata(rule: Rule) -> None:
    assert rule.missing_metadata() == [], f"{rule.code} ({rule.origin})"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_code_is_family_and_three_digits(rule: Rule) -> None:
    assert CODE_PATTERN.match(rule.code)
    if REGISTRY.is_builtin(rule.code):
        assert rule.family in FAMILIES, f"{rule.code}: built-in rules use a public family"


def test_rule_names_are_unique() -> None:
    names = [r.name for r in RULES]
    assert sorted(n for n in names if names.count(n) > 1) == []


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_options_resolve_to_their_defaults(rule: Rule) -> None:
    assert dict(rule.resolve_options()) == rule.default_options()


@pytest.mark.parametrize("ref", CASES, ids=_case_id)
def test_case_fires_or_not(ref: _CaseRef) -> None:
    doc, active = _run(ref)
    findings = list(ref.rule.check(doc, active.options))
    where = f"{ref.rule.code} case #{ref.index} {ref.case.text!r} {ref.case.note}"
    if ref.case.fires:
        assert findings, f"{where}: must fire but did not"
    else:
        assert not findings, f"{where}: must not fire but said {[f.message for f in findings]}"
    for finding in findings:
        assert finding.code == ref.rule.code
        assert 0 <= finding.start <= finding.end <= len(doc.text)
        assert finding.message.strip(), f"{where}: empty message"


@pytest.mark.parametrize("ref", [c for c in CASES if c.case.fires], ids=_case_id)
def test_findings_keep_the_fix_promise(ref: _CaseRef) -> None:
    doc, active = _run(ref)
    fixes = [f.fix for f in ref.rule.check(doc, active.options)]
    if ref.rule.fix is FixAvailability.NEVER:
        assert all(f is None for f in fixes), f"{ref.rule.code} says it never fixes"
    if ref.rule.fix is FixAvailability.ALWAYS:
        assert all(f is not None for f in fixes), f"{ref.rule.code} says it always fixes"


@pytest.mark.parametrize("ref", [c for c in CASES if c.case.fixed is not None], ids=_case_id)
def test_case_is_fixed(ref: _CaseRef) -> None:
    doc, active = _run(ref)
    result = fix(doc, [active], Applicability.UNSAFE)
    assert result.converged, f"{ref.rule.code} case #{ref.index}: fixes did not converge"
    assert result.text == ref.case.fixed


def test_every_rule_with_fixes_has_a_fixed_case() -> None:
    lacking = [r.code for r in RULES if r.fix is not FixAvailability.NEVER
               and not any(c.fixed is not None for c in r.cases)]
    assert lacking == []
