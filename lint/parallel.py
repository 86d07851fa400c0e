"""Check (and fix) documents in worker processes: ``--jobs N``.

The parent process walks the inputs in order. A text or Markdown file is one task; a JSON
Lines file is read here, line by line, and sent in chunks of records. Workers check (and
fix) the documents with the per-document code of :mod:`corpus_lint.runner`, so a
document's findings, fixes and problems are exactly those of a one-job run. The parent
applies the results in input order as they come back: a JSONL file's fixed records are
streamed into its replacement in order, problems are reported in the same order, and only
a bounded number of tasks is in flight, so memory does not grow with the corpus.

Rules are not sent to the workers: each worker loads them itself, from the same entry
points and rule packs, with the same settings and selection, and keeps them for the whole
run (so a rule that compiles a large lexicon does it once per worker, and a plugin's state
is its own in each worker). Rules that a worker cannot load the same way (say, built in
memory by a caller of the API) are an error, not a silent difference.

Corpus rules (CORP) map documents to summaries in the workers; the parent adds them to
the aggregates (the reduce), then hands the finished aggregates to the workers as arrays
(``Aggregate.arrays`` in a temporary file of the index format, which they memory-map, so
they share one copy), and the workers rebuild and bind them for pass 2.

Text files are written by the worker that fixed them, JSONL files by the parent; both
atomically, so an interrupted run (Ctrl-C, a worker that dies) leaves every file either
as it was or completely fixed.
"""

from __future__ import annotations

import contextlib
import copyreg
import multiprocessing
import os
import shutil
import signal
import sys
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from . import index as corpus_index
from . import inputs, runner, selection
from .config import Settings
from .corpus import Corpus, CorpusRule, DocKey, Summary, documents, key_function
from .diagnostic import Diagnostic
from .inputs import InputFile, Problem
from .model import Applicability
from .rule import Rule
from .runner import Plan, RunOptions, RunResult, WorkerError
from .writer import AtomicFile, WriteError

if TYPE_CHECKING:  # numpy is loaded only when corpus rules run, as in a one-job run
    import numpy.typing as npt

#: A chunk of JSONL records sent to a worker: at most this many lines...
CHUNK_RECORDS = 256
#: ...or about this many bytes, whichever comes first.
CHUNK_BYTES = 1 << 20
#: Tasks in flight (sent, or done and not yet applied) per worker.
IN_FLIGHT_PER_WORKER = 3
#: Below this many bytes of input, --jobs checks everything in this process.
MIN_BYTES = 1 << 20


def _mappingproxy(items: dict[Any, Any]) -> MappingProxyType[Any, Any]:
    return MappingProxyType(items)


def _reduce_mappingproxy(proxy: MappingProxyType[Any, Any]) -> tuple[Any, ...]:
    return _mappingproxy, (dict(proxy),)


# Findings' evidence and rules' options are read-only mappings; results cross processes.
copyreg.pickle(MappingProxyType, _reduce_mappingproxy)


def worth_it(files: Sequence[InputFile]) -> bool:
    """Whether worker processes can share the work: several files, or a JSONL corpus, of
    at least MIN_BYTES together. Starting a worker costs about 0.3 s of CPU, more than one
    process needs for a few small files (a pre-commit run with ``jobs`` in the config)."""
    on_disk = [f for f in files if f.path is not None]
    if not (len(on_disk) > 1 or any(f.kind == "jsonl" for f in on_disk)):
        return False
    return sum(_size(f.path) for f in on_disk if f.path is not None) >= MIN_BYTES


def _size(path: os.PathLike[str] | str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0  # the run reports it


def workers_for(files: Sequence[InputFile], jobs: int) -> int:
    """How many workers to start: no more than there are files, unless one is JSONL."""
    if any(f.kind == "jsonl" and f.path is not None for f in files):
        return jobs
    return max(1, min(jobs, sum(f.path is not None for f in files)))


# -- the worker side ----------------------------------------------------------------------------


@dataclass(frozen=True)
class WorkerSpec:
    """What a worker needs to build the parent's plan itself (all of it picklable)."""

    settings: Settings
    rules: tuple[tuple[str, str], ...]  # (code, origin) of the plan's rules, in order
    fix: Applicability | None
    diff: bool
    max_iterations: int


@dataclass
class _WorkerState:
    spec: WorkerSpec
    plan: Plan | None = None
    corpus_path: str | None = None
    corpus_plan: Plan | None = None
    mapper: Corpus | None = None

    @property
    def options(self) -> RunOptions:
        return RunOptions(fix=self.spec.fix, diff=self.spec.diff,
                          max_iterations=self.spec.max_iterations)


_STATE: _WorkerState | None = None


def _initialize(spec: WorkerSpec) -> None:
    """Worker start-up. Ctrl-C is the parent's to handle: a worker finishes its task (and
    any atomic write) and is then shut down by the parent."""
    global _STATE
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _STATE = _WorkerState(spec)


def _state() -> _WorkerState:
    assert _STATE is not None, "not in a worker process"
    return _STATE


def _base_plan() -> Plan:
    """The parent's plan, rebuilt from entry points and rule packs (once per worker)."""
    state = _state()
    if state.plan is None:
        spec = state.spec
        try:
            reg = runner.load_registry(spec.settings)
        except Exception as exc:
            raise WorkerError(f"a worker could not load the rules: {exc}") from None
        rules: list[Rule] = []
        for code, origin in spec.rules:
            rule = reg.get(code)
            if rule is None or rule.origin != origin:
                raise WorkerError(
                    f"rule {code} ({origin}) is not registered through an entry point or a "
                    "rule pack, so worker processes cannot load it; use --jobs 1")
            rules.append(rule)
        state.plan = Plan(rules, spec.settings, selection.readers(reg, rules))
    return state.plan


def _plan(corpus_path: str | None) -> Plan:
    """The plan for pass 2: with corpus rules bound to the aggregates in ``corpus_path``."""
    plan = _base_plan()
    if corpus_path is None:
        return plan
    state = _state()
    if state.corpus_path != corpus_path or state.corpus_plan is None:
        # Memory-mapped, so the workers share one copy in the page cache.
        _, arrays = corpus_index.read(Path(corpus_path))
        key = key_function(plan.settings.root)
        bound: dict[str, Rule] = {}
        for rule, options in plan.corpus_rules():
            prefix = f"{rule.code}."
            mine = {k[len(prefix):]: v for k, v in arrays.items() if k.startswith(prefix)}
            aggregate = rule.aggregate(options, mine)
            aggregate.finish()
            bound[rule.code] = rule.bound(aggregate, key)
        state.corpus_plan = plan.bind(bound)
        state.corpus_path = corpus_path
    return state.corpus_plan


def _check_text(file: InputFile, corpus_path: str | None) -> RunResult:
    """Check (and fix and write) one text or Markdown file."""
    plan = _plan(corpus_path)
    options = _state().options
    result = RunResult()
    if plan.prefetching:
        runner._prefetch_files([file], plan, options)
    runner._run_file(file, plan, options, result)
    return result


@dataclass(frozen=True)
class _Entry:
    """What checking one JSONL record gave."""

    raw: bytes | None  # the bytes to write for it; None: its line as it was read
    diagnostics: list[Diagnostic]
    problems: list[Problem]
    documents: int
    changed: int
    fixes: int
    hunks: list[str]


@dataclass(frozen=True)
class _Chunk:
    """What checking a chunk of JSONL records gave."""

    entries: list[_Entry]
    error: Problem | None  # the file-level problem that stopped the chunk (then: partial)
    blocked: str | None  # the write-blocked state the chunk was checked with


def _check_records(file: InputFile, start: int, lines: list[bytes], blocked: str | None,
                   corpus_path: str | None) -> _Chunk:
    """Check (and fix) a chunk of records, exactly as a one-job run checks each of them."""
    plan = _plan(corpus_path)
    options = _state().options
    state = runner._JsonlRun(file, blocked=blocked)
    entries: list[_Entry] = []
    error = None
    try:
        records = inputs.read_records(file, lines, plan.settings.text_field,
                                      plan.settings.paragraphs, start,  # type: ignore[arg-type]
                                      plan.settings.site_field)
        for record in runner._prefetched(plan, records):
            result = RunResult()
            changed, fixes, hunks = state.changed, state.fixes, len(state.hunks)
            raw = runner._jsonl_record(record, plan, options, result, state)
            entries.append(_Entry(None if raw is record.raw else raw, result.diagnostics,
                                  result.problems, result.documents, state.changed - changed,
                                  state.fixes - fixes, state.hunks[hunks:]))
    except Exception as exc:
        error = runner.file_problem(file, exc)
    return _Chunk(entries, error, blocked)


Mapped = list[tuple[DocKey, dict[str, Summary]]]


def _mapper() -> Corpus:
    state = _state()
    if state.mapper is None:
        plan = _base_plan()
        state.mapper = Corpus(plan.corpus_rules(), plan.settings.root)
    return state.mapper


def _map_text(file: InputFile) -> Mapped:
    """The corpus rules' summaries of one text file (pass 1's map step)."""
    corpus = _mapper()
    return [(corpus.key(doc), corpus.summaries(doc))
            for doc in documents(file, _base_plan().settings)]


def _map_records(file: InputFile, start: int, lines: list[bytes]) -> Mapped:
    """The corpus rules' summaries of a chunk of JSONL records."""
    corpus = _mapper()
    settings = _base_plan().settings
    records = inputs.read_records(file, lines, settings.text_field,
                                  settings.paragraphs, start,  # type: ignore[arg-type]
                                  settings.site_field)
    return [(corpus.key(r.document), corpus.summaries(r.document))
            for r in records if r.document is not None]


# -- the parent side ----------------------------------------------------------------------------


def chunks(lines: Iterator[bytes], first: int = 1) -> Iterator[tuple[int, list[bytes]]]:
    """``lines`` in chunks of at most CHUNK_RECORDS lines or about CHUNK_BYTES bytes, each
    with the line number of its first line."""
    chunk: list[bytes] = []
    size = 0
    number = first
    for line in lines:
        chunk.append(line)
        size += len(line)
        if len(chunk) >= CHUNK_RECORDS or size >= CHUNK_BYTES:
            yield number, chunk
            number += len(chunk)
            chunk, size = [], 0
    if chunk:
        yield number, chunk


@dataclass
class _JsonlFile:
    """A JSONL file whose chunks are in flight (see runner._JsonlRun for the fields)."""

    run: runner._JsonlRun
    writing: bool
    failed: bool = False


@dataclass
class _Run:
    """One parallel run: the pool, the in-order queue of steps and the result."""

    pool: ProcessPoolExecutor
    plan: Plan
    options: RunOptions
    limit: int
    result: RunResult = field(default_factory=RunResult)
    steps: deque[Callable[[], None]] = field(default_factory=deque)
    open_files: list[_JsonlFile] = field(default_factory=list)
    corpus_path: str | None = None

    def push(self, step: Callable[[], None]) -> None:
        """Queue ``step``; apply the oldest steps while too many are waiting."""
        self.steps.append(step)
        while len(self.steps) > self.limit:
            self.steps.popleft()()

    def drain(self) -> None:
        while self.steps:
            self.steps.popleft()()

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future[Any]:
        return self.pool.submit(fn, *args)

    # -- pass 2: check (and fix) -----------------------------------------------------------

    def check_file(self, file: InputFile) -> None:
        self.result.files += 1
        if file.path is None:  # standard input is read here, once, in its turn
            self.push(partial(runner._run_file, file, self.plan, self.options, self.result))
        elif file.kind == "jsonl":
            self._check_jsonl(file)
        else:
            future = self.submit(_check_text, file, self.corpus_path)
            self.push(partial(self._merge_text, future))

    def _merge_text(self, future: Future[RunResult]) -> None:
        self.result.absorb(_result(future))

    def _check_jsonl(self, file: InputFile) -> None:
        assert file.path is not None
        writing = self.options.fix is not None and not self.options.diff
        try:
            handle = inputs.open_jsonl(file)
        except Exception as exc:
            self.push(partial(self.result.problems.append, runner.file_problem(file, exc)))
            return
        state = _JsonlFile(runner._JsonlRun(file), writing)
        try:
            if writing:
                try:
                    state.run.out = AtomicFile(file.path, compress=file.compressed)
                    self.open_files.append(state)
                except WriteError as exc:
                    state.run.blocked = str(exc)
            try:
                for start, lines in chunks(inputs.gzip_lines(handle)):
                    future = self.submit(_check_records, file, start, lines, state.run.blocked,
                                         self.corpus_path)
                    self.push(partial(self._apply_chunk, state, start, lines, future))
            except WorkerError:
                raise  # the run stops; not this file's problem
            except Exception as exc:  # the file breaks off (a corrupt gzip stream...)
                self.push(partial(self._fail, state, runner.file_problem(file, exc)))
                return
        finally:
            handle.close()
        self.push(partial(self._finish, state))

    def _apply_chunk(self, state: _JsonlFile, start: int, lines: list[bytes],
                     future: Future[_Chunk]) -> None:
        if state.failed:
            future.cancel()
            return
        chunk = _result(future)
        entries, error, blocked = chunk.entries, chunk.error, chunk.blocked
        i = 0
        while i < len(entries):
            entry = entries[i]
            if entry.changed and state.run.blocked is not None and blocked is None:
                # A write failed after this chunk was checked: as a one-job run does from
                # then on, report the rest as they stay rather than as fixed.
                again = _result(self.submit(_check_records, state.run.file, start + i,
                                            lines[i:], state.run.blocked, self.corpus_path))
                entries, error, blocked = entries[:i] + again.entries, again.error, again.blocked
                continue
            self._apply_entry(state, entry, lines[i])
            i += 1
        if error is not None:
            self._fail(state, error)

    def _apply_entry(self, state: _JsonlFile, entry: _Entry, line: bytes) -> None:
        result, run = self.result, state.run
        result.problems.extend(entry.problems)
        result.diagnostics.extend(entry.diagnostics)
        result.documents += entry.documents
        run.changed += entry.changed
        run.fixes += entry.fixes
        run.hunks.extend(entry.hunks)
        run.emit(line if entry.raw is None else entry.raw)

    def _fail(self, state: _JsonlFile, problem: Problem) -> None:
        """The file broke off: drop its replacement and report it, as a one-job run does."""
        if state.failed:
            return
        state.failed = True
        if state.run.out is not None:
            state.run.out.discard()
            state.run.out = None
        self.result.problems.append(problem)

    def _finish(self, state: _JsonlFile) -> None:
        if state in self.open_files:
            self.open_files.remove(state)
        if not state.failed:
            runner._finish_jsonl(state.run, self.options, state.writing, self.result)

    def discard_open(self) -> None:
        """Drop the replacements of JSONL files not finished (an interrupted run)."""
        for state in self.open_files:
            if state.run.out is not None:
                state.run.out.discard()
        self.open_files.clear()

    # -- pass 1: map (corpus rules) --------------------------------------------------------

    def open_corpus(self, files: Sequence[InputFile],
                    rules: Sequence[tuple[CorpusRule, Mapping[str, Any]]]) -> Corpus:
        """What :func:`corpus_lint.index.open_corpus` does, with the map step in workers."""
        settings = self.plan.settings
        index = corpus_index.load_for_check(rules, settings)
        corpus = corpus_index.open_stored(rules, settings, index)
        for file, stale in corpus_index.files_to_map(files, index, settings):
            if stale is not None and index is not None:
                stored = list(index.stored(stale, corpus.aggregates))
                self.push(partial(_remove, corpus, stored))
            self._map_file(corpus, file)
        self.drain()
        corpus.finish()
        return corpus

    def _map_file(self, corpus: Corpus, file: InputFile) -> None:
        if file.kind != "jsonl":
            self.push(partial(_add, corpus, self.submit(_map_text, file)))
            return
        try:
            with inputs.open_jsonl(file) as handle:
                for start, lines in chunks(inputs.gzip_lines(handle)):
                    self.push(partial(_add, corpus, self.submit(_map_records, file, start,
                                                                lines)))
        except (inputs.InputError, OSError):
            return  # as corpus.documents does: the lint pass reports it

    def share_corpus(self, corpus: Corpus, folder: str) -> str:
        """Write the finished aggregates for the workers; the file's path."""
        arrays: dict[str, npt.NDArray[Any]] = {}
        for code, aggregate in corpus.aggregates.items():
            for name, array in aggregate.arrays().items():
                arrays[f"{code}.{name}"] = array
        path = os.path.join(folder, "corpus.shared")
        corpus_index.write_file(Path(path), {"format": "corpus-lint shared aggregates"},
                                arrays)
        return path


def _add(corpus: Corpus, future: Future[Mapped]) -> None:
    for key, summaries in _result(future):
        corpus.add(key, summaries)


def _remove(corpus: Corpus, stored: list[tuple[DocKey, dict[str, Summary]]]) -> None:
    for key, summaries in stored:
        corpus.remove(key, summaries)


def _result(future: Future[Any]) -> Any:
    try:
        return future.result()
    except BrokenProcessPool as exc:
        raise WorkerError(f"a worker process stopped unexpectedly ({exc}); files not yet "
                          "finished were left as they were") from None


def run(files: Sequence[InputFile], plan: Plan, options: RunOptions) -> RunResult:
    """:func:`corpus_lint.runner.run` with ``options.jobs`` worker processes."""
    workers = workers_for(files, options.jobs)
    spec = WorkerSpec(plan.settings, tuple((r.code, r.origin) for r in plan.rules),
                      options.fix, options.diff, options.max_iterations)
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=_context(),
                               initializer=_initialize, initargs=(spec,))
    state = _Run(pool, plan, options, limit=workers * IN_FLIGHT_PER_WORKER)
    folder = tempfile.mkdtemp(prefix="corpus-lint-")
    clean = False
    try:
        corpus_rules = plan.corpus_rules()
        if corpus_rules:
            corpus = state.open_corpus(files, corpus_rules)
            state.corpus_path = state.share_corpus(corpus, folder)
            state.plan = plan.bind(corpus.bound_rules())
        for file in files:
            state.check_file(file)
        state.drain()
        clean = True
    finally:
        if not clean:
            state.discard_open()
            _stop(pool)
        else:
            pool.shutdown(wait=True)
        shutil.rmtree(folder, ignore_errors=True)
    state.result.diagnostics.sort(key=Diagnostic.sort_key)
    return state.result


def _context() -> multiprocessing.context.BaseContext:
    """How workers start: ``fork`` where it is safe (a POSIX system and no other thread in
    this process: the worker starts with the modules already imported), else ``spawn``
    (a fresh interpreter). Either way the worker loads its rules itself."""
    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1 \
            and sys.platform != "darwin":
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _stop(pool: ProcessPoolExecutor, grace: float = 10.0) -> None:
    """Stop the workers of an interrupted run: queued tasks are dropped, a task under way
    may finish (its writes are atomic) for ``grace`` seconds, then the worker is ended."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    deadline = time.monotonic() + grace  # one grace period for all, not one each
    for process in processes:
        process.join(max(0.0, deadline - time.monotonic()))
        if process.is_alive():
            with contextlib.suppress(OSError):
                process.terminate()
            process.join(1.0)

