"""Run rules on a document, and apply fixes until nothing changes.

>>> from corpus_lint.registry import discover
>>> rules = [discover().get("BOIL001")]
>>> doc = Document.from_text("Some news.\\n#tag #news\\nMore news.\\n")
>>> [f.code for f in lint(doc, [ActiveRule(r) for r in rules])]
['BOIL001']
>>> fix(doc, [ActiveRule(r) for r in rules], Applicability.SAFE).text
'Some news.\\nMore news.\\n'
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any

from .document import Document
from .model import Applicability, Edit, Finding, Fix, apply_edits
from .rule import Rule, RuleUnavailable

#: How often fixing is repeated before giving up (a rule that keeps finding new things
#: to fix in its own output would otherwise loop forever).
MAX_ITERATIONS = 10


@dataclass(frozen=True)
class ActiveRule:
    """A rule as configured for a run: the rule plus its resolved options.

    A ``hidden`` rule runs only so that the rules reading its findings (``Rule.after``)
    see them: its own findings are neither reported nor fixed.
    """

    rule: Rule
    options: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    hidden: bool = False

    def __post_init__(self) -> None:
        # Resolved once here (defaults filled in, values validated), not per document.
        object.__setattr__(self, "options", self.rule.resolve_options(self.options))


class RuleCrash(Exception):
    """A rule raised an exception; carries the rule code for the message."""

    def __init__(self, code: str, error: BaseException) -> None:
        super().__init__(f"rule {code} crashed: {type(error).__name__}: {error}")
        self.code = code


def lint(doc: Document, rules: Sequence[ActiveRule]) -> list[Finding]:
    """All findings of ``rules`` on ``doc``, in position order, outside non-prose spans.

    Rules that read others' findings (``Rule.after``) run last, given the findings of
    the rules they name (hidden ones included: their findings are read, not returned).
    """
    findings: list[Finding] = []
    ordered = sorted(rules, key=lambda a: bool(a.rule.after))  # stable: the rest keep order
    for active in ordered:
        after = active.rule.after
        prior = [f for f in findings if f.code.startswith(after)] if after else []
        try:
            found = list(active.rule.run(doc, active.options, prior))
        except RuleUnavailable:
            raise  # not this document's fault: the run stops with the rule's own message
        except Exception as exc:
            raise RuleCrash(active.rule.code, exc) from exc
        for finding in found:
            _check_bounds(active.rule.code, finding, len(doc.text))
            if doc.is_prose(finding.start):
                findings.append(finding)
    hidden = {a.rule.code for a in rules if a.hidden}
    if hidden:
        findings = [f for f in findings if f.code not in hidden]
    findings.sort(key=lambda f: (f.start, f.end, f.code))
    return _drop_yielded(findings, rules)


def _drop_yielded(findings: list[Finding], rules: Sequence[ActiveRule]) -> list[Finding]:
    """Drop findings of rules that yield (``Rule.yields_to``) to an overlapping finding.

    Two rules reporting the same span say the same thing twice; the rule that knows the
    artifact (DUP, BOIL...) explains it better than a generic checker (GRAM).
    """
    yielding = {a.rule.code: a.rule.yields_to for a in rules if a.rule.yields_to}
    if not yielding:
        return findings
    # Only findings of rules that do not yield themselves take precedence: usually few.
    firm = [f for f in findings if f.code not in yielding]
    kept = []
    for finding in findings:
        prefixes = yielding.get(finding.code)
        if prefixes is None or not any(
            other.code.startswith(prefixes) and _overlap(finding, other) for other in firm
        ):
            kept.append(finding)
    return kept


def _overlap(a: Finding, b: Finding) -> bool:
    """True when the spans share a character (an empty span: when it lies inside the other)."""
    if a.start == a.end or b.start == b.end:
        return b.start <= a.start <= b.end or a.start <= b.start <= a.end
    return a.start < b.end and b.start < a.end


def _check_bounds(code: str, finding: Finding, length: int) -> None:
    """A finding or edit past the end of the text is a bug in the rule, not in the input."""
    if finding.end > length:
        raise RuleCrash(code, ValueError(f"finding {finding.start}..{finding.end} runs past "
                                         f"the text ({length} characters)"))
    if finding.fix is not None and finding.fix.edits and finding.fix.end > length:
        raise RuleCrash(code, ValueError(f"fix edit ending at {finding.fix.end} runs past "
                                         f"the text ({length} characters)"))


def choose_fixes(findings: Sequence[Finding], allowed: Applicability) -> list[Fix]:
    """The fixes to apply in one pass: allowed ones, first come first served, no overlaps."""
    chosen: list[Fix] = []
    taken: list[Edit] = []
    for finding in findings:
        fix_ = finding.fix
        if fix_ is None or fix_.applicability < allowed or not fix_.edits:
            continue
        if any(e.overlaps(t) for e in fix_.edits for t in taken):
            continue  # applied in the next pass, after re-linting
        chosen.append(fix_)
        taken.extend(fix_.edits)
    return chosen


@dataclass(frozen=True)
class FixResult:
    """What fixing one document did."""

    text: str
    applied: int
    iterations: int
    converged: bool
    remaining: list[Finding]
    document: Document


def fix(
    doc: Document,
    rules: Sequence[ActiveRule],
    allowed: Applicability,
    max_iterations: int = MAX_ITERATIONS,
) -> FixResult:
    """Apply allowed fixes, re-lint, and repeat until nothing changes or the cap is hit."""
    applied = 0
    current = doc
    # Hashes rather than texts: a 50 MB document must not be kept ten times over.
    seen = {hash(doc.text)}
    iteration = 0
    while iteration < max_iterations:
        iteration += 1
        findings = lint(current, rules)
        fixes = choose_fixes(findings, allowed)
        if not fixes:
            return FixResult(current.text, applied, iteration - 1, True, findings, current)
        text = apply_edits(current.text, [e for f in fixes for e in f.edits])
        if text == current.text:  # fixes that change nothing: done, not oscillating
            return FixResult(text, applied, iteration - 1, True, findings, current)
        applied += len(fixes)
        current = replace(current, text=text)
        if hash(text) in seen:  # the fixes undo each other: stop instead of oscillating
            break
        seen.add(hash(text))
    return FixResult(current.text, applied, iteration, False, lint(current, rules), current)
