r"""Run a rule's own test cases: for corpus-lint's meta-test and for plugin authors.

A rule carries :class:`~corpus_lint.rule.Case` tables: texts that must make it fire (with
the text expected after all its fixes, safe and unsafe) and texts that must not. In a
plugin's test suite::

    from corpus_lint.testing import assert_cases

    def test_my_rule_cases():
        assert_cases(my_rule)

>>> from corpus_lint.registry import discover
>>> case_problems(discover().get("BOIL001"), Case("#a #b\n", fires=True, fixed=""))
[]
>>> for problem in case_problems(discover().get("BOIL001"), Case("Plain.\n", fires=True)):
...     print(problem)
BOIL001 case 'Plain.\n': must fire but did not
"""

from __future__ import annotations

from .document import Document
from .engine import ActiveRule, fix, lint
from .model import Applicability, FixAvailability
from .rule import Case, Rule


def _readers(rule: Rule) -> list[ActiveRule]:
    """The built-in rules, on by default, whose findings ``rule`` reads (``Rule.after``),
    as a run that selects ``rule`` alone runs them (``selection.readers``)."""
    if not rule.after:
        return []
    from .registry import discover  # the registry loads the rules: only when needed
    from .selection import readers

    return [ActiveRule(r) for r in readers(discover(), [rule])]


def case_document(rule: Rule, case: Case) -> Document:
    """The document a case describes."""
    return Document.from_text(case.text, path=f"<{rule.code} case>",
                              kind=case.kind)  # type: ignore[arg-type]


def case_problems(rule: Rule, case: Case) -> list[str]:
    """What is wrong with ``rule`` on ``case`` (empty when the case passes).

    Checks that the rule fires or stays quiet as the case says, that every finding is
    well-formed and keeps the rule's fix promise, and that fixing (safe and unsafe fixes,
    re-linting until nothing changes) gives ``case.fixed`` when the case names it.

    A rule that reads other rules' findings (``Rule.after``) runs with the built-in rules
    it names, and ``case.fixed`` is the text once they and it have fixed it.
    """
    doc = case_document(rule, case)
    active = ActiveRule(rule, case.options)
    readers = _readers(rule)
    findings = ([f for f in lint(doc, [*readers, active]) if f.code == rule.code] if readers
                else list(rule.run(doc, active.options)))
    where = f"{rule.code} case {case.text[:60]!r}" + (f" ({case.note})" if case.note else "")
    if case.fires and not findings:
        return [f"{where}: must fire but did not"]
    if not case.fires and findings:
        return [f"{where}: must not fire but said {[f.message for f in findings]}"]
    problems = []
    for finding in findings:
        if not (0 <= finding.start <= finding.end <= len(doc.text)):
            problems.append(f"{where}: span {finding.start}..{finding.end} is outside the text")
        if not finding.message.strip():
            problems.append(f"{where}: a finding has no message")
        if rule.fix is FixAvailability.NEVER and finding.fix is not None:
            problems.append(f"{where}: the rule says it never fixes, but a finding has a fix")
        if rule.fix is FixAvailability.ALWAYS and finding.fix is None:
            problems.append(f"{where}: the rule says it always fixes, but a finding has none")
    if case.fixed is not None:
        result = fix(doc, [*readers, active], Applicability.UNSAFE)
        if not result.converged:
            problems.append(f"{where}: fixes did not converge")
        elif result.text != case.fixed:
            problems.append(f"{where}: fixed text is {result.text!r}, expected {case.fixed!r}")
    return problems


def assert_cases(rule: Rule) -> None:
    """Raise AssertionError listing every failing case of ``rule``."""
    problems = [p for case in rule.cases for p in case_problems(rule, case)]
    if problems:
        raise AssertionError("\n".join(problems))
