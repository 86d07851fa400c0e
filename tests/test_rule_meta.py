"""Meta-tests: every registered rule carries its metadata, and its own test cases pass.

The rules come from the real registry (``corpus_lint.registry.discover()``), so a rule
added by anyone — a built-in module, a rule pack, an installed plugin — is covered
without editing this file. Tests are parametrized per rule and per case so a failure
names the rule and the case.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from corpus_lint.model import FixAvailability
from corpus_lint.registry import Registry, discover
from corpus_lint.rule import CODE_PATTERN, FAMILIES, Case, Rule
from corpus_lint.testing import case_problems

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
def test_case_passes(ref: _CaseRef) -> None:
    """Fires or stays quiet as the case says, keeps the fix promise, fixes as expected."""
    assert case_problems(ref.rule, ref.case) == []


def test_every_rule_with_fixes_has_a_fixed_case() -> None:
    lacking = [r.code for r in RULES if r.fix is not FixAvailability.NEVER
               and not any(c.fixed is not None for c in r.cases)]
    assert lacking == []
