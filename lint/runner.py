"""Run a lint (and fix) over input files: read -> check -> fix -> write -> diagnostics.

Every file is handled on its own: a problem with one file (or one JSONL record) becomes a
:class:`~corpus_lint.inputs.Problem` in the result and the run goes on with the rest.
"""

from __future__ import annotations

import difflib
import gzip
import itertools
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import IO, Any

from . import engine, inputs, packs, registry
from . import index as corpus_index
from .config import ConfigError, Settings
from .corpus import CorpusRule
from .diagnostic import Diagnostic, place
from .document import Document
from .engine import ActiveRule, RuleCrash
from .formatters import diff_names
from .inputs import InputError, InputFile, Problem, Record
from .model import Applicability, Finding, Severity
from .registry import Registry
from .rule import Rule, RuleUnavailable
from .selection import ignored_for
from .writer import AtomicFile, WriteError, atomic_write

#: How many documents a rule's prefetch hook (see ``Rule.prefetch``) receives at a time.
PREFETCH_BATCH = 32


def load_registry(settings: Settings) -> Registry:
    """Built-in and plugin rules, plus the rule packs the settings name."""
    reg = registry.discover()
    for path in settings.rule_packs:
        reg = packs.extend_registry(reg, path)
    return reg


def rule_overrides(rule: Rule, settings: Settings) -> dict[str, object]:
    """The options configured for ``rule``: its family's table, then ``[rules.CODE]``.

    Keys of the shared table are checked here, so an error names the table's key.
    """
    table = settings.extra.get(rule.config_table, {}) if rule.config_table else {}
    for key, value in table.items():
        where = settings.where(f"{rule.config_table}.{key}")
        if key not in rule.options:
            close = difflib.get_close_matches(key.replace("_", "-"), list(rule.options), n=1)
            hint = f"did you mean {close[0]!r}? " if close else ""
            known = ", ".join(sorted(rule.options))
            raise ConfigError(f"{where}: unknown key ({hint}known keys: {known})")
        try:
            rule.options[key].validate(key, value)
        except ValueError as exc:
            raise ConfigError(f"{where}: {exc}") from None
    return {**table, **settings.rule_options.get(rule.code, {})}


@dataclass
class Plan:
    """The rules of a run and how they apply to each file."""

    rules: Sequence[Rule]
    settings: Settings
    #: Rules run hidden for the rules that read their findings (``selection.readers``).
    readers: Sequence[Rule] = ()
    _cache: dict[tuple[str, ...], list[ActiveRule]] = field(default_factory=dict)
    _last: tuple[str, list[ActiveRule]] | None = None

    def __post_init__(self) -> None:
        hidden = {r.code for r in self.readers}
        self._active = [
            ActiveRule(r, r.resolve_options(rule_overrides(r, self.settings)),
                       hidden=r.code in hidden)
            for r in sorted([*self.rules, *self.readers], key=lambda r: r.code)
        ]

    @property
    def prefetching(self) -> bool:
        """True when some rule wants documents ahead of linting them."""
        return any(a.rule.prefetch is not None for a in self._active)

    def prefetch(self, documents: Sequence[Document]) -> None:
        """Offer ``documents`` to every prefetch hook of the rules that apply to them."""
        for active in self._active:
            if active.rule.prefetch is None:
                continue
            mine = [d for d in documents
                    if any(a is active for a in self.rules_for(d.source.path))]
            if mine:
                active.rule.prefetch(mine, active.options)

    def corpus_rules(self) -> list[tuple[CorpusRule, Mapping[str, Any]]]:
        """The corpus rules of the run, with their resolved options."""
        return [(a.rule, a.options) for a in self._active if isinstance(a.rule, CorpusRule)]

    def bind(self, bound: Mapping[str, Rule]) -> Plan:
        """This plan with rules replaced by their ``bound`` versions (by code)."""
        return Plan([bound.get(r.code, r) for r in self.rules], self.settings, self.readers)

    def severity(self, rule: Rule) -> Severity:
        return self.settings.severity.get(rule.code, rule.severity)

    def rules_for(self, path: str) -> list[ActiveRule]:
        # Every record of a JSONL file asks again: remember the last path's answer.
        if self._last is not None and self._last[0] == path:
            return self._last[1]
        rules = self._rules_for(path)
        self._last = (path, rules)
        return rules

    def _rules_for(self, path: str) -> list[ActiveRule]:
        ignored = tuple(ignored_for(path, self.settings.per_file_ignores, self.settings.root))
        if ignored not in self._cache:
            self._cache[ignored] = [
                a for a in self._active
                if a.hidden or not any(a.rule.code.startswith(i) for i in ignored)
            ]
        return self._cache[ignored]


class WorkerError(Exception):
    """A worker process (``--jobs``) could not load the rules, or died."""


@dataclass
class RunOptions:
    fix: Applicability | None = None  # None: report only
    diff: bool = False  # compute fixes, print a diff, write nothing
    max_iterations: int = engine.MAX_ITERATIONS
    stdin: IO[bytes] | None = None
    jobs: int = 1  # worker processes; 1 checks everything in this process


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

    def absorb(self, other: RunResult) -> None:
        """Add what checking other files found (a worker's result); ``files`` and
        ``stdout_text`` stay the caller's."""
        self.diagnostics.extend(other.diagnostics)
        self.problems.extend(other.problems)
        self.documents += other.documents
        self.fixes_applied += other.fixes_applied
        self.changed.extend(other.changed)
        self.diffs.extend(other.diffs)


def run(files: Sequence[InputFile], plan: Plan, options: RunOptions) -> RunResult:
    """Check (and fix) every file; a file that fails is a problem, and the run goes on.

    With ``options.jobs`` above 1, documents are checked in worker processes (see
    :mod:`corpus_lint.parallel`); the result is the same as with one job.
    """
    if options.jobs > 1:
        from . import parallel

        if parallel.worth_it(files):
            return parallel.run(files, plan, options)
    result = RunResult()
    plan = _with_corpus(files, plan)
    for index, file in enumerate(files):
        result.files += 1
        if plan.prefetching and index % PREFETCH_BATCH == 0:
            _prefetch_files(files[index : index + PREFETCH_BATCH], plan, options)
        _run_file(file, plan, options, result)
    result.diagnostics.sort(key=Diagnostic.sort_key)
    return result


def _run_file(file: InputFile, plan: Plan, options: RunOptions, result: RunResult) -> None:
    """Check (and fix) one file; what goes wrong with it becomes a problem in ``result``."""
    try:
        if file.kind == "jsonl":
            _run_jsonl(file, plan, options, result)
        else:
            _run_text(file, plan, options, result)
    except Exception as exc:
        result.problems.append(file_problem(file, exc))


def file_problem(file: InputFile, exc: Exception) -> Problem:
    """The problem to report for ``exc``, raised while checking ``file``.

    :class:`RuleUnavailable` is raised again: no file can be checked, the run stops.
    """
    if isinstance(exc, (InputError, WriteError)):
        return Problem(file.display, str(exc))
    if isinstance(exc, OSError):
        return Problem(file.display, f"cannot read: {exc.strerror or exc}")
    if isinstance(exc, RuleUnavailable):
        raise exc  # no file can be checked: stop with the rule's message
    # A bug must not cost the other files their check.
    return Problem(file.display,
                   f"internal error: {type(exc).__name__}: {exc}; file left as it was")


def _prefetch_files(files: Sequence[InputFile], plan: Plan, options: RunOptions) -> None:
    """Read a batch of text files ahead and offer their documents to the prefetch hooks.

    Unreadable files are skipped here: the real pass reports them. JSONL files are
    batched record by record as they stream (see ``_prefetched``); standard input is
    read once only, so it is not read ahead.
    """
    documents = []
    for file in files:
        if file.kind == "jsonl" or file.path is None:
            continue
        try:
            data = inputs.read_bytes(file, options.stdin)
            documents.append(inputs.text_file(
                file, data, plan.settings.paragraphs).document)  # type: ignore[arg-type]
        except (InputError, OSError):
            continue
    if documents:
        plan.prefetch(documents)


def _prefetched(plan: Plan, records: Iterator[Record]) -> Iterator[Record]:
    """``records`` in batches, each offered to the prefetch hooks before it is checked."""
    if not plan.prefetching:
        yield from records
        return
    while batch := list(itertools.islice(records, PREFETCH_BATCH)):
        plan.prefetch([r.document for r in batch if r.document is not None])
        yield from batch


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
    try:
        loaded = inputs.text_file(file, data, plan.settings.paragraphs)  # type: ignore[arg-type]
    except InputError:
        if _fixing_stdin(file, options):
            result.stdout_text = data  # fixed stdin goes to stdout: pass it through untouched
        raise
    if not loaded.document.text.strip():
        result.problems.append(Problem(file.display, "empty file; nothing to check", None,
                                       "warning"))
    checked = _check(loaded.document, plan, options, result)
    original = loaded.document.text
    if checked.text == original:
        if _fixing_stdin(file, options):
            result.stdout_text = data
        result.diagnostics.extend(checked.diagnostics)
        return
    new_data = inputs.encode_text(checked.text, loaded.newline, loaded.bom)
    if options.diff:
        result.diffs.append(_unified_diff(file.display, original, checked.text))
    elif file.path is None:
        result.stdout_text = new_data
        result.changed.append(file.display)
    else:
        try:
            atomic_write(file.path, new_data)
        except WriteError as exc:
            # Nothing was written: report the document as it still is.
            result.problems.append(Problem(file.display, str(exc)))
            result.diagnostics.extend(_recheck(loaded.document, plan, result))
            return
        result.changed.append(file.display)
    if not options.diff:
        result.fixes_applied += checked.fixes
    result.diagnostics.extend(checked.diagnostics)


def _fixing_stdin(file: InputFile, options: RunOptions) -> bool:
    return file.path is None and options.fix is not None and not options.diff


def _recheck(doc: Document, plan: Plan, result: RunResult) -> list[Diagnostic]:
    """The findings of ``doc`` as it is, for a document whose fixes could not be written."""
    result.documents -= 1  # the same document, counted once
    return _check(doc, plan, RunOptions(), result).diagnostics


def _unified_diff(path: str, old: str, new: str) -> str:
    lines = difflib.unified_diff(
        old.splitlines(keepends=True), new.splitlines(keepends=True), *diff_names(path)
    )
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
                   for line in lines)


@dataclass
class _JsonlRun:
    """The state of fixing one JSONL file while it streams through."""

    file: InputFile
    out: AtomicFile | None = None  # the replacement being written, if any
    blocked: str | None = None  # why fixes cannot be written (read-only, disk full...)
    changed: int = 0
    fixes: int = 0
    hunks: list[str] = field(default_factory=list)
    stdout_parts: list[bytes] = field(default_factory=list)

    def emit(self, raw: bytes) -> None:
        if self.out is not None:
            try:
                self.out.write(raw)
            except WriteError as exc:
                self.out = None  # write() already dropped the temporary file
                self.blocked = str(exc)
        elif self.file.path is None:
            self.stdout_parts.append(raw)


def _run_jsonl(file: InputFile, plan: Plan, options: RunOptions, result: RunResult) -> None:
    writing = options.fix is not None and not options.diff
    handle = inputs.open_jsonl(file, options.stdin)  # first, so a vanished file reads as such
    state = _JsonlRun(file)
    try:
        if writing and file.path is not None:
            try:
                state.out = AtomicFile(file.path, compress=file.compressed)
            except WriteError as exc:
                state.blocked = str(exc)
        for record in _prefetched(plan, _records(file, plan, handle)):
            state.emit(_jsonl_record(record, plan, options, result, state))
    except BaseException:
        if state.out is not None:
            state.out.discard()
        raise
    finally:
        if file.path is not None:
            handle.close()
    _finish_jsonl(state, options, writing, result)


def _jsonl_record(record: Record, plan: Plan, options: RunOptions, result: RunResult,
                  state: _JsonlRun) -> bytes:
    """Check one record; the bytes to write for it (its raw line unless a fix changed it)."""
    if record.problem is not None:
        result.problems.append(record.problem)
    if record.document is None:
        return record.raw
    if not record.document.text.strip():
        result.problems.append(Problem(state.file.display, "empty text; nothing to check",
                                       record.number, "warning"))
    checked = _check(record.document, plan, options, result)
    if checked.text == record.document.text:
        result.diagnostics.extend(checked.diagnostics)
        return record.raw
    raw = inputs.replace_field(record, checked.text)
    if options.diff:
        state.hunks.append(_record_hunk(record, raw))
    elif state.blocked is not None and state.file.path is not None:
        # The fix cannot be written: report the record as it stays.
        result.diagnostics.extend(_recheck(record.document, plan, result))
        state.changed += 1
        return record.raw
    result.diagnostics.extend(checked.diagnostics)
    state.changed += 1
    state.fixes += checked.fixes
    return raw


def _finish_jsonl(state: _JsonlRun, options: RunOptions, writing: bool,
                  result: RunResult) -> None:
    display = state.file.display
    if options.diff and state.hunks:
        result.diffs.append("--- {}\n+++ {}\n".format(*diff_names(display)) + "".join(state.hunks))
    if state.file.path is None:
        if writing:
            data = b"".join(state.stdout_parts)
            result.stdout_text = gzip.compress(data, mtime=0) if state.file.compressed else data
            result.fixes_applied += state.fixes
            if state.changed:
                result.changed.append(display)
        return
    if state.blocked is not None and state.changed:
        result.problems.append(Problem(display, state.blocked))
    if state.out is None:
        return
    if not state.changed:
        state.out.discard()
        return
    try:
        state.out.commit()
    except WriteError as exc:
        result.problems.append(Problem(display, str(exc)))
        return
    result.fixes_applied += state.fixes
    result.changed.append(display)


def _records(file: InputFile, plan: Plan, handle: IO[bytes]) -> Iterator[Record]:
    return inputs.read_records(file, inputs.gzip_lines(handle), plan.settings.text_field,
                               plan.settings.paragraphs,  # type: ignore[arg-type]
                               site_field=plan.settings.site_field)


def _record_hunk(record: Record, new_raw: bytes) -> str:
    old = record.raw.decode("utf-8", "replace")
    new = new_raw.decode("utf-8", "replace")
    old = old if old.endswith("\n") else old + "\n\\ No newline at end of file\n"
    new = new if new.endswith("\n") else new + "\n\\ No newline at end of file\n"
    return f"@@ -{record.number},1 +{record.number},1 @@\n-{old}+{new}"


# -- corpus rules (see corpus_lint.corpus) -----------------------------------------------------


def _with_corpus(files: Sequence[InputFile], plan: Plan) -> Plan:
    """Pass 1 when corpus rules are on: map every document (updating the index's corpus,
    if there is one) and bind the rules to it; linting the files is then pass 2.

    Without corpus rules the plan is returned as it is and files are read once.
    """
    rules = plan.corpus_rules()
    if not rules:
        return plan
    return plan.bind(corpus_index.open_corpus(files, rules, plan.settings).bound_rules())
