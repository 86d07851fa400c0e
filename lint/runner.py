"""Run a lint (and fix) over input files: read -> check -> fix -> write -> diagnostics.

Every file is handled on its own: a problem with one file (or one JSONL record) becomes a
:class:`~corpus_lint.inputs.Problem` in the result and the run goes on with the rest.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import IO

from . import engine, inputs
from .config import Settings
from .diagnostic import Diagnostic, place
from .document import Document
from .engine import ActiveRule, RuleCrash
from .inputs import InputError, InputFile, Problem, Record
from .model import Applicability, Finding, Severity
from .rule import Rule
from .selection import ignored_for
from .writer import AtomicFile, WriteError, atomic_write


@dataclass
class Plan:
    """The rules of a run and how they apply to each file."""

    rules: Sequence[Rule]
    settings: Settings
    _cache: dict[tuple[str, ...], list[ActiveRule]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._active = [
            ActiveRule(r, r.resolve_options(self.settings.rule_options.get(r.code)))
            for r in self.rules
        ]

    def severity(self, rule: Rule) -> Severity:
        return self.settings.severity.get(rule.code, rule.severity)

    def rules_for(self, path: str) -> list[ActiveRule]:
        ignored = tuple(ignored_for(path, self.settings.per_file_ignores, self.settings.root))
        if ignored not in self._cache:
            self._cache[ignored] = [
                a for a in self._active if not any(a.rule.code.startswith(i) for i in ignored)
            ]
        return self._cache[ignored]


@dataclass
class RunOptions:
    fix: Applicability | None = None  # None: report only
    diff: bool = False  # compute fixes, print a diff, write nothing
    max_iterations: int = engine.MAX_ITERATIONS
    stdin: IO[bytes] | None = None


@dataclass
class RunResult:
    diagnostics: list[Diagnostic] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    files: int = 0
    documents: int = 0
    fixes_applied: int = 0
    changed: list[str] = field(default_factory=list)
    diffs: list[str] = field(default_factory=list)
    stdout_text: bytes | None = None  # fixed standard input, written to standard output

    @property
    def has_errors(self) -> bool:
        return any(p.level == "error" for p in self.problems)


def run(files: Sequence[InputFile], plan: Plan, options: RunOptions) -> RunResult:
    result = RunResult()
    for file in files:
        result.files += 1
        try:
            if file.kind == "jsonl":
                _run_jsonl(file, plan, options, result)
            else:
                _run_text(file, plan, options, result)
        except InputError as exc:
            result.problems.append(Problem(file.display, str(exc)))
        except OSError as exc:
            result.problems.append(Problem(file.display, f"cannot read: {exc.strerror or exc}"))
    result.diagnostics.sort(key=Diagnostic.sort_key)
    return result


@dataclass(frozen=True)
class _Checked:
    text: str  # the document's text after fixing (or as it was)
    diagnostics: list[Diagnostic]
    fixes: int


def _check(doc: Document, plan: Plan, options: RunOptions, result: RunResult) -> _Checked:
    """Lint one document, fixing it first when asked; problems go into ``result``."""
    active = plan.rules_for(doc.source.path)
    level = options.fix if options.fix is not None else (
        Applicability.SAFE if options.diff else None)
    result.documents += 1
    try:
        if level is None:
            findings, final, fixes = engine.lint(doc, active), doc, 0
        else:
            outcome = engine.fix(doc, active, level, options.max_iterations)
            findings, final, fixes = outcome.remaining, outcome.document, outcome.applied
            if not outcome.converged:
                result.problems.append(_problem(doc, (
                    f"fixes did not converge after {outcome.iterations} iterations; "
                    "the last result was kept (please report this)"), "warning"))
    except RuleCrash as exc:
        result.problems.append(_problem(doc, f"internal error: {exc}; document not checked"))
        return _Checked(doc.text, [], 0)
    by_code = {a.rule.code: a.rule for a in active}
    diagnostics = [_diagnostic(f, final, by_code[f.code], plan) for f in findings]
    return _Checked(final.text, diagnostics, fixes)


def _diagnostic(finding: Finding, doc: Document, rule: Rule, plan: Plan) -> Diagnostic:
    return place(finding, doc, rule, plan.severity(rule))


def _problem(doc: Document, message: str, level: str = "error") -> Problem:
    return Problem(doc.source.path, message, doc.source.record, level)  # type: ignore[arg-type]


def _run_text(file: InputFile, plan: Plan, options: RunOptions, result: RunResult) -> None:
    data = inputs.read_bytes(file, options.stdin)
    loaded = inputs.text_file(file, data, plan.settings.paragraphs)  # type: ignore[arg-type]
    if not loaded.document.text.strip():
        result.problems.append(Problem(file.display, "empty file; nothing to check", None,
                                       "warning"))
    checked = _check(loaded.document, plan, options, result)
    original = loaded.document.text
    if checked.text == original:
        if file.path is None and options.fix is not None and not options.diff:
            result.stdout_text = data
        result.diagnostics.extend(checked.diagnostics)
        return
    new_data = inputs.encode_text(checked.text, loaded.newline, loaded.bom)
    if options.diff:
        result.diffs.append(_unified_diff(file.display, original, checked.text))
        result.diagnostics.extend(checked.diagnostics)
        return
    if file.path is None:
        result.stdout_text = new_data
    else:
        try:
            atomic_write(file.path, new_data)
        except WriteError as exc:
            # Nothing was written: report the document as it still is.
            result.problems.append(Problem(file.display, str(exc)))
            result.documents -= 1
            result.diagnostics.extend(_check(loaded.document, plan, RunOptions(), result)
                                      .diagnostics)
            return
        result.changed.append(file.display)
    result.fixes_applied += checked.fixes
    result.diagnostics.extend(checked.diagnostics)


def _unified_diff(path: str, old: str, new: str) -> str:
    lines = difflib.unified_diff(
        old.splitlines(keepends=True), new.splitlines(keepends=True), f"a/{path}", f"b/{path}"
    )
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
                   for line in lines)


def _run_jsonl(file: InputFile, plan: Plan, options: RunOptions, result: RunResult) -> None:
    writing = options.fix is not None and not options.diff
    out = None
    if writing and file.path is not None:
        try:
            out = AtomicFile(file.path, compress=file.compressed)
        except WriteError as exc:
            result.problems.append(Problem(file.display, str(exc)))
            writing = False  # still report what is wrong, as it is: nothing will be written
            options = replace(options, fix=None)
    changed = 0
    fixes = 0
    hunks: list[str] = []
    stdout_parts: list[bytes] = []
    try:
        for record in _records(file, plan, options):
            raw = record.raw
            if record.problem is not None:
                result.problems.append(record.problem)
            elif record.document is not None:
                if not record.document.text.strip():
                    result.problems.append(Problem(file.display, "empty text; nothing to check",
                                                   record.number, "warning"))
                checked = _check(record.document, plan, options, result)
                result.diagnostics.extend(checked.diagnostics)
                if checked.text != record.document.text and record.value_span is not None:
                    raw = inputs.replace_field(record, checked.text)
                    changed += 1
                    fixes += checked.fixes
                    if options.diff:
                        hunks.append(_record_hunk(record, raw))
            if out is not None:
                out.write(raw)
            elif file.path is None and writing:
                stdout_parts.append(raw)
    except BaseException:
        if out is not None:
            out.discard()
        raise
    if options.diff and hunks:
        result.diffs.append(f"--- a/{file.display}\n+++ b/{file.display}\n" + "".join(hunks))
    if file.path is None:
        if writing:
            result.stdout_text = b"".join(stdout_parts)
            result.fixes_applied += fixes
        return
    if out is None:
        return
    if not changed:
        out.discard()
        return
    try:
        out.commit()
    except WriteError as exc:
        result.problems.append(Problem(file.display, str(exc)))
        return
    result.fixes_applied += fixes
    result.changed.append(file.display)


def _records(file: InputFile, plan: Plan, options: RunOptions) -> Iterator[Record]:
    lines = inputs.open_lines(file, options.stdin)
    return inputs.read_records(file, lines, plan.settings.text_field,
                               plan.settings.paragraphs)  # type: ignore[arg-type]


def _record_hunk(record: Record, new_raw: bytes) -> str:
    old = record.raw.decode("utf-8", "replace")
    new = new_raw.decode("utf-8", "replace")
    old = old if old.endswith("\n") else old + "\n\\ No newline at end of file\n"
    new = new if new.endswith("\n") else new + "\n\\ No newline at end of file\n"
    return f"@@ -{record.number},1 +{record.number},1 @@\n-{old}+{new}"
