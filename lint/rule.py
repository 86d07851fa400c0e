"""The rule API: what a rule is, and the ``@rule`` decorator that declares one.

A rule is a plain function that receives a :class:`~corpus_lint.document.Document` and its
options and yields :class:`~corpus_lint.model.Finding` objects. The decorator attaches the
metadata every rule must carry: code, name, summary, documentation, default severity, fix
availability, options with defaults, and test cases that must and must not fire.

>>> from corpus_lint.model import Finding
>>> @rule(
...     code="XMP001", name="shouting", summary="A line written in capitals.",
...     cases=[Case("THIS IS LOUD\\n", fires=True), Case("This is calm.\\n", fires=False)],
... )
... def shouting(doc, options):
...     '''## What it does\\nFlags lines in capitals.'''
...     for line in doc.lines:
...         if line.text.isupper():
...             yield Finding(line.start, line.end, "line is in capitals")
>>> shouting.code, shouting.severity.label
('XMP001', 'warning')
>>> [f.message for f in shouting.check(Document.from_text("HEY\\nyou\\n"))]
['line is in capitals']
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from .document import Document
from .model import Finding, FixAvailability, Severity

CODE_PATTERN = re.compile(r"^[A-Z]{2,6}[0-9]{3}$")
FAMILIES = {
    "DUP": "duplicated content",
    "BOIL": "boilerplate and page chrome",
    "META": "leaked metadata",
    "GEN": "appended generated text",
    "GARB": "machine-paraphrase garbling",
    "ENC": "encoding and characters",
    "GRAM": "grammar (LanguageTool)",
    "CORP": "corpus-level",
}
DOC_SECTIONS = ("What it does", "Why it matters", "Example", "Fix safety")
#: The document kinds a test case may use.
CASE_KINDS = ("text", "markdown", "jsonl")

CheckFunction = Callable[..., Iterable[Finding]]
"""``check(doc, options)``; a rule that reads other rules' findings (``Rule.after``) is
called ``check(doc, options, prior)`` with those findings."""
#: Receives documents about to be linted and the rule's options (see ``Rule.prefetch``).
PrefetchFunction = Callable[[Sequence[Document], Mapping[str, Any]], None]


class RuleUnavailable(Exception):
    """A rule cannot run at all here (say, its server cannot be reached or started).

    Unlike a crash, which costs one document its check, this stops the run: the message
    (what failed and what to do) is printed and the exit code is 2.
    """


@dataclass(frozen=True)
class Option:
    """A rule option: its default, a description and an optional validator.

    ``kind`` is the Python type the value must have; left as ``object`` it is the type of
    the default (any value when the default is ``None``). ``float`` accepts ints, ``int``
    never accepts floats or bools. ``choices`` restricts the allowed values.
    """

    default: Any
    description: str
    kind: type = object
    choices: tuple[Any, ...] = ()
    minimum: float | None = None
    maximum: float | None = None

    def validate(self, name: str, value: Any) -> Any:
        """Return the value, converted if needed, or raise ``ValueError`` saying why."""
        kind = self.kind
        if kind is object and self.default is not None:
            kind = type(self.default)
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if kind is not object and (not isinstance(value, kind) or
                                   (kind is not bool and isinstance(value, bool))):
            raise ValueError(f"option {name!r} must be {kind.__name__}, got {value!r}")
        if self.choices and value not in self.choices:
            allowed = ", ".join(map(repr, self.choices))
            raise ValueError(f"option {name!r} must be one of {allowed}, got {value!r}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"option {name!r} must be at least {self.minimum}, got {value!r}")
        if self.maximum is not None and value > self.maximum:
            raise ValueError(f"option {name!r} must be at most {self.maximum}, got {value!r}")
        return value


@dataclass(frozen=True)
class Case:
    """A rule test case: a text that must (or must not) make the rule fire.

    ``fixed`` is the expected text after applying every fix of the rule (safe and
    unsafe), when the case fires and the rule has fixes. ``kind`` selects how the text
    is read ("text", "markdown", or "jsonl" for the text of one JSON Lines record).
    ``options`` override the rule's defaults.
    """

    text: str
    fires: bool
    fixed: str | None = None
    kind: str = "text"
    options: Mapping[str, Any] = field(default_factory=dict)
    note: str = ""


@dataclass(frozen=True)
class Rule:
    """A registered rule. Build one with :func:`rule`."""

    code: str
    name: str
    summary: str
    documentation: str
    check_function: CheckFunction
    severity: Severity = Severity.WARNING
    fix: FixAvailability = FixAvailability.NEVER
    options: Mapping[str, Option] = field(default_factory=dict)
    cases: tuple[Case, ...] = ()
    default_enabled: bool = True
    origin: str = ""
    #: Code prefixes that take precedence: a finding of this rule overlapping one of
    #: theirs in the same document is dropped (GRAM yields to corpus-lint's own rules).
    yields_to: tuple[str, ...] = ()
    #: A config table whose keys are options of this rule, shared by its family
    #: (``[tool.corpus-lint.languagetool]`` for GRAM); ``[rules.CODE]`` still wins.
    config_table: str = ""
    #: Called with batches of documents before they are linted, so a rule that asks a
    #: service can send them together; the results must then come from its own cache.
    prefetch: PrefetchFunction | None = None
    #: Code prefixes whose findings this rule reads: it runs after every other rule of a
    #: document and is given their findings on it (``check(doc, options, prior)``). A
    #: rule that extends what others found (the rest of a page's footer after its first
    #: chrome line) says so here instead of calling them.
    after: tuple[str, ...] = ()

    @property
    def family(self) -> str:
        return self.code.rstrip("0123456789")

    def default_options(self) -> dict[str, Any]:
        return {name: opt.default for name, opt in self.options.items()}

    def resolve_options(self, overrides: Mapping[str, Any] | None = None) -> Mapping[str, Any]:
        """Defaults updated with ``overrides``; unknown or invalid values raise ValueError."""
        values = self.default_options()
        for name, value in (overrides or {}).items():
            if name not in self.options:
                known = ", ".join(sorted(self.options)) or "none"
                raise ValueError(f"unknown option {name!r} for {self.code} (known: {known})")
            values[name] = self.options[name].validate(name, value)
        return MappingProxyType(values)

    def check(
        self, doc: Document, options: Mapping[str, Any] | None = None
    ) -> Iterator[Finding]:
        """Run the rule on one document; findings carry this rule's code."""
        return self.run(doc, self.resolve_options(options))

    def run(self, doc: Document, resolved: Mapping[str, Any],
            prior: Sequence[Finding] = ()) -> Iterator[Finding]:
        """Like :meth:`check`, with options already resolved (the engine's hot path).

        ``prior``: for a rule with ``after``, the findings of those rules on ``doc``.
        """
        found = (self.check_function(doc, resolved, prior) if self.after
                 else self.check_function(doc, resolved))
        for finding in found:
            if finding.code and finding.code != self.code:
                raise RuntimeError(f"rule {self.code} produced a finding for {finding.code}")
            if not finding.code:
                finding = Finding(finding.start, finding.end, finding.message, finding.fix,
                                  finding.evidence, self.code)
            yield finding

    def missing_metadata(self) -> list[str]:
        """What this rule lacks of the required metadata (empty when complete)."""
        return [*self._identity_problems(), *self._documentation_problems(),
                *self._option_problems(), *self._case_problems()]

    def _identity_problems(self) -> list[str]:
        problems = []
        if not CODE_PATTERN.match(self.code):
            problems.append(f"code {self.code!r} is not a family and three digits")
        if not re.fullmatch(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*", self.name):
            problems.append(f"name {self.name!r} is not lower-case-with-hyphens")
        if not self.summary.strip() or "\n" in self.summary.strip():
            problems.append("summary must be one non-empty line")
        if not isinstance(self.severity, Severity):
            problems.append(f"severity {self.severity!r} is not a Severity")
        if not isinstance(self.fix, FixAvailability):
            problems.append(f"fix availability {self.fix!r} is not a FixAvailability")
        return problems

    def _documentation_problems(self) -> list[str]:
        problems = [f"documentation lacks a '## {section}' section"
                    for section in DOC_SECTIONS if f"## {section}" not in self.documentation]
        example = _section(self.documentation, "Example").lower()
        if example and not ("bad" in example and "good" in example):
            problems.append("the '## Example' section needs a bad and a good example")
        return problems

    def _option_problems(self) -> list[str]:
        problems = []
        for name, option in self.options.items():
            if not option.description.strip():
                problems.append(f"option {name!r} has no description")
            try:
                option.validate(name, option.default)
            except ValueError as exc:
                problems.append(f"option {name!r}: its default is invalid: {exc}")
        return problems

    def _case_problems(self) -> list[str]:
        problems = []
        if not any(c.fires for c in self.cases):
            problems.append("no test case that must fire")
        if not any(not c.fires for c in self.cases):
            problems.append("no test case that must not fire")
        for i, case in enumerate(self.cases, 1):
            if case.kind not in CASE_KINDS:
                problems.append(f"case #{i}: kind {case.kind!r} is not one of {CASE_KINDS}")
            if case.fixed is not None and not case.fires:
                problems.append(f"case #{i}: 'fixed' given for a case that must not fire")
            if case.fixed is not None and self.fix is FixAvailability.NEVER:
                problems.append(f"case #{i}: 'fixed' given but the rule never fixes")
            try:
                self.resolve_options(case.options)
            except ValueError as exc:
                problems.append(f"case #{i}: {exc}")
        return problems


def _section(documentation: str, title: str) -> str:
    """The body of the ``## title`` section of a rule's documentation ('' if absent)."""
    match = re.search(rf"^## {re.escape(title)}[ \t]*$(.*?)(?=^## |\Z)", documentation,
                      re.MULTILINE | re.DOTALL)
    return match.group(1).strip() if match else ""

def rule(
    *,
    code: str,
    name: str,
    summary: str,
    severity: Severity = Severity.WARNING,
    fix: FixAvailability = FixAvailability.NEVER,
    options: Mapping[str, Option] | None = None,
    cases: Sequence[Case] = (),
    default_enabled: bool = True,
    documentation: str | None = None,
    yields_to: Sequence[str] = (),
    config_table: str = "",
    prefetch: PrefetchFunction | None = None,
    after: Sequence[str] = (),
) -> Callable[[CheckFunction], Rule]:
    """Declare a rule; the decorated function's docstring is its documentation."""

    def wrap(function: CheckFunction) -> Rule:
        return Rule(
            code=code,
            name=name,
            summary=summary,
            documentation=documentation or inspect.cleandoc(function.__doc__ or ""),
            check_function=function,
            severity=severity,
            fix=fix,
            options=MappingProxyType(dict(options or {})),
            cases=tuple(cases),
            default_enabled=default_enabled,
            origin=f"{function.__module__}.{function.__qualname__}",
            yields_to=tuple(yields_to),
            config_table=config_table,
            prefetch=prefetch,
            after=tuple(after),
        )

    return wrap
