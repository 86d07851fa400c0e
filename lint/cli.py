"""The ``corpus-lint`` command line.

``corpus-lint [check] [OPTIONS] PATH...`` lints (and with ``--fix`` fixes) files;
``corpus-lint rules`` lists the rules and ``corpus-lint rule CODE`` explains one.
Every entry point is ``main(argv) -> int`` so it can be tested in-process.

Exit codes: 0 no finding at or above ``--fail-on`` remains; 1 one does (or, with
``--exit-non-zero-on-fix``, a file was changed; with ``--diff``, a file would change);
2 usage, configuration or internal error, or an input that could not be read or written.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import json
import os
import re
import sys
import tempfile
import traceback
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any, NoReturn

from . import __version__, formatters, packs, runner, selection
from .config import ConfigError, Settings, find_config, load
from .diagnostic import Diagnostic
from .index import IndexFileError
from .inputs import Excluder, discover
from .model import Applicability, Severity
from .registry import Registry, RegistryError
from .rule import FAMILIES, Rule, RuleUnavailable
from .runner import Plan, RunOptions, RunResult, WorkerError, rule_overrides, run

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
COMMANDS = ("check", "rules", "rule", "index")
DEFAULT_EXCLUDE = [".git", ".venv", "venv", "node_modules", "__pycache__", "build", "dist"]


class UsageError(Exception):
    """The command line is wrong; the message says how."""


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser that raises instead of exiting and prints to a given stream."""

    def __init__(self, *args: Any, out: IO[str] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.out = out

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message}\n(see `{self.prog} --help`)")

    def _print_message(self, message: str, file: Any = None) -> None:
        # --help and --version go to the caller's stream, so main(stdout=...) captures them.
        if message:
            (self.out or file or sys.stdout).write(message)


def _csv(value: str) -> list[str]:
    return [v.strip().upper() for v in value.split(",") if v.strip()]


def _patterns(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def _whole_number(value: str, minimum: int, note: str = "") -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < minimum:
        raise argparse.ArgumentTypeError(f"must be at least {minimum}{note}, got {number}")
    return number


def _positive(value: str) -> int:
    return _whole_number(value, 1)


def _jobs(value: str) -> int:
    return _whole_number(value, 0, " (0: one per CPU)")


def resolve_jobs(jobs: int) -> int:
    """The number of worker processes for ``--jobs``: 0 means one per CPU."""
    return jobs if jobs > 0 else max(1, len(os.sched_getaffinity(0))
                                     if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def _check_parser(prog: str, out: IO[str] | None = None) -> _Parser:
    p = _Parser(
        prog=prog, out=out,
        description="Find (and fix) scraping artifacts in text corpora: duplicated paragraphs, "
        "boilerplate and page chrome, leaked metadata, appended generated text, "
        "machine-paraphrase garbling, broken encoding. Plain text (.txt), Markdown (.md) and "
        "JSON Lines (.jsonl, .jsonl.gz: one document per record) are read.",
        epilog="Exit codes: 0 nothing at or above --fail-on remains; 1 something does (or, "
        "with --exit-non-zero-on-fix, a file was changed; with --diff, a file would change); "
        "2 usage, configuration or internal error, or an input that could not be read or "
        "written. Settings are read from [tool.corpus-lint] in pyproject.toml or from "
        "corpus-lint.toml, searched upwards from the first path; flags override them. "
        "Other commands: `corpus-lint rules` lists the rules, `corpus-lint rule CODE` "
        "explains one.",
    )
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="files, directories (walked recursively), glob patterns, or - for "
                   "standard input; default: the current directory")
    g = p.add_argument_group("fixing")
    g.add_argument("--fix", action="store_true",
                   help="apply safe fixes, rewriting files in place (for standard input: "
                   "write the fixed text to standard output and the report to standard "
                   "error); then report what remains")
    g.add_argument("--unsafe-fixes", action="store_true",
                   help="with --fix or --diff, apply unsafe fixes too (they may change the "
                   "meaning of the text); otherwise they are only shown as suggestions")
    g.add_argument("--diff", action="store_true",
                   help="print a unified diff of what the fixes would change and write "
                   "nothing; exit 1 when some file would change")
    g.add_argument("--exit-non-zero-on-fix", action="store_true",
                   help="with --fix, exit 1 when a file was changed, even if no finding remains")
    g.add_argument("--max-iterations", type=_positive, default=10, metavar="N",
                   help="how often to re-lint and fix again until nothing changes (default 10)")
    g = p.add_argument_group("speed")
    g.add_argument("-j", "--jobs", type=_jobs, default=None, metavar="N",
                   help="check (and fix) documents in N worker processes: files, and chunks "
                   "of JSONL records, are shared out and the results come back in input "
                   "order, so the report, the exit code and the fixed files are the same as "
                   "with one job. 0: one per CPU. Default 1 (or `jobs` in config). Each "
                   "worker loads the rules itself, once: worth it when a run takes more "
                   "than a second or two")
    g = p.add_argument_group("rule selection",
                             "Selectors are rule codes or code prefixes (a family such as DUP, "
                             "or ALL). When they disagree about a rule, the most specific wins; "
                             "on a tie, --ignore wins. These flags apply on top of the config.")
    g.add_argument("--select", type=_csv, metavar="CODES",
                   help="comma-separated codes or prefixes to enable, replacing the configured "
                   "selection (e.g. DUP,BOIL001; ALL for every rule that is on by default)")
    g.add_argument("--extend-select", type=_csv, default=[], metavar="CODES",
                   help="codes or prefixes to enable in addition (e.g. GRAM)")
    g.add_argument("--ignore", type=_csv, default=[], metavar="CODES",
                   help="codes or prefixes to disable")
    g = p.add_argument_group("output")
    g.add_argument("--output-format", type=str.lower, choices=formatters.NAMES, default=None,
                   help="text (default: findings, their lines and a summary), json (an array "
                   "of findings), jsonl (one finding per line), github (GitHub Actions "
                   "annotations) or sarif (SARIF 2.1.0 for code scanning)")
    g.add_argument("-o", "--output-file", type=Path, metavar="FILE",
                   help="write the report to FILE instead of standard output (replaced "
                   "whole, and only once the report is complete)")
    g.add_argument("--statistics", action="store_true",
                   help="print how many findings each rule produced instead of the findings "
                   "([*] marks rules with safe fixes; JSON with --output-format json/jsonl)")
    g.add_argument("-q", "--quiet", action="store_true",
                   help="print findings only: no source lines, summary, notes or warnings "
                   "(errors are still printed)")
    g.add_argument("--no-color", action="store_true",
                   help="never colour the text output (colour is used only on a terminal, and "
                   "never when NO_COLOR is set; FORCE_COLOR forces it)")
    g.add_argument("--fail-on", type=str.lower, choices=[s.label for s in Severity],
                   default=None,
                   help="lowest severity that makes the exit code 1 (default: info, i.e. any "
                   "finding)")
    g = p.add_argument_group("input")
    g.add_argument("--text-field", metavar="NAME",
                   help="field of each JSONL record that holds the text (default: text)")
    g.add_argument("--site-field", metavar="NAME",
                   help="field of each JSONL record whose URL (or site name) groups records by "
                   "source site for CORP001's per-site counts (default: url; records without "
                   "it are grouped by file, text files by folder)")
    g.add_argument("--stdin-filename", metavar="NAME",
                   help="file name to report for standard input (-); its extension selects "
                   "the format and it is matched by per-file-ignores and exclusions. "
                   "Without PATHs, standard input is read")
    g.add_argument("--paragraphs", choices=["auto", "blank-line", "line"],
                   help="how paragraphs are separated: by blank lines, one per line, or auto "
                   "(blank lines if the text has any, else lines; the default)")
    g.add_argument("--exclude", type=_patterns, metavar="PATTERNS",
                   help="comma-separated gitignore-style patterns to skip, replacing the "
                   "configured ones (.git, .venv, node_modules, build and dist are always "
                   "skipped)")
    g.add_argument("--extend-exclude", type=_patterns, default=[], metavar="PATTERNS",
                   help="patterns to skip in addition to the configured ones")
    g.add_argument("--force-exclude", action="store_true",
                   help="apply exclusions to files named on the command line too "
                   "(useful under pre-commit)")
    g.add_argument("--no-respect-gitignore", action="store_true",
                   help="also walk into files that .gitignore excludes")
    g = p.add_argument_group("configuration")
    g.add_argument("--config", type=Path, metavar="FILE",
                   help="use this config file (corpus-lint.toml or pyproject.toml) instead of "
                   "searching for one")
    g.add_argument("--isolated", action="store_true", help="ignore all config files")
    g.add_argument("--rule-pack", action="append", type=Path, default=[], metavar="FILE",
                   help="load extra rules from a rule-pack file (YAML or TOML); repeatable")
    p.add_argument("--version", action="version", version=f"corpus-lint {__version__}")
    return p


# -- settings ------------------------------------------------------------------------------


def _config_start(args: argparse.Namespace) -> Path:
    """Where the search for a config file starts: the first path, or the cwd."""
    first = next((p for p in args.paths if p != "-"), None)
    if first is None and args.stdin_filename:
        return Path(args.stdin_filename)  # it need not exist: its folder is what counts
    return Path(first) if first and os.path.exists(first) else Path.cwd()


def _file_settings(args: argparse.Namespace) -> Settings:
    """The settings of the config file in effect (or the defaults)."""
    if args.isolated:
        return Settings()
    if args.config is not None:
        return load(args.config)
    found = find_config(_config_start(args))
    return load(found) if found else Settings()


def _settings(args: argparse.Namespace) -> Settings:
    """The config file's settings with the command line's overrides applied.

    Rule selection is left to :func:`_layers`, which keeps the two apart.
    """
    settings = _file_settings(args)
    if args.exclude is not None:
        settings.exclude = args.exclude
    settings.extend_exclude += args.extend_exclude
    if args.text_field:
        settings.text_field = args.text_field
    if args.site_field:
        settings.site_field = args.site_field
    if args.paragraphs:
        settings.paragraphs = args.paragraphs
    if args.fail_on:
        settings.fail_on = Severity.parse(args.fail_on)
    if args.no_respect_gitignore:
        settings.respect_gitignore = False
    settings.rule_packs += [p.absolute() for p in args.rule_pack]
    return settings


def _layers(settings: Settings, args: argparse.Namespace) -> list[selection.Layer]:
    """Rule selection from the config file, then from the command line, which wins."""
    return [selection.Layer(settings.select, settings.extend_select, settings.ignore),
            selection.Layer(args.select, args.extend_select, args.ignore)]


def load_registry(settings: Settings) -> Registry:
    """Built-in and plugin rules, plus the rule packs the settings name."""
    return runner.load_registry(settings)


def _validate(settings: Settings, reg: Registry, args: argparse.Namespace) -> None:
    """Reject unknown codes and bad rule options, saying where they come from."""
    for flag in ("select", "extend-select", "ignore"):
        selection.check_selectors(reg, getattr(settings, flag.replace("-", "_")) or [],
                                  settings.where(flag))
        try:
            selection.check_selectors(reg, getattr(args, flag.replace("-", "_")) or [],
                                      f"--{flag}")
        except ConfigError as exc:  # a command-line mistake, not the config file's
            raise UsageError(str(exc)) from None
    for pattern, codes in settings.per_file_ignores.items():
        selection.check_selectors(reg, codes, settings.where(f"per-file-ignores.{pattern!r}"))
    for code in settings.severity:
        if reg.get(code) is None:
            raise ConfigError(f"{settings.where(f'severity.{code}')}: unknown rule code "
                              "(see `corpus-lint rules`)")
    for tabled in reg:  # a shared table such as [languagetool], even when its rules are off
        if tabled.config_table:
            rule_overrides(tabled, settings)
    for code, options in settings.rule_options.items():
        rule = reg.get(code)
        if rule is None:
            raise ConfigError(f"{settings.where(f'rules.{code}')}: unknown rule code "
                              "(see `corpus-lint rules`)")
        try:
            rule.resolve_options(options)
        except ValueError as exc:
            raise ConfigError(f"{settings.where(f'rules.{code}')}: {exc}") from None


# -- check -------------------------------------------------------------------------------


def write_atomically(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` all at once: a reader never sees half a report.

    The text goes to a temporary file beside ``path`` that is renamed over it; on any
    failure the temporary file is removed and ``path`` is left as it was.
    """
    directory = path.absolute().parent
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc


def _umask() -> int:
    """The process umask (read by setting it, so set it straight back)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


class OutputError(Exception):
    """The report could not be written."""


def _write(text: str, stream: IO[str], output_file: Path | None) -> None:
    if output_file is not None:
        write_atomically(output_file, text)
    else:
        stream.write(text)


def _statistics(diagnostics: Sequence[Diagnostic], fmt: str) -> str:
    """Findings counted per rule, most frequent first, as text, JSON or JSON Lines."""
    counts = Counter((d.code, d.name) for d in diagnostics)
    fixable = Counter(d.code for d in diagnostics if d.fix is not None and
                      d.fix.applicability is Applicability.SAFE)
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0][0]))
    objects = [{"code": c, "name": n, "count": k, "fixable": fixable[c]} for (c, n), k in rows]
    if fmt == "json":
        return json.dumps(objects, indent=2) + "\n"
    if fmt == "jsonl":
        return "".join(json.dumps(o) + "\n" for o in objects)
    width = max((len(str(k)) for _, k in rows), default=1)
    lines = [f"{k:>{width}}\t{c}\t{'[*] ' if fixable[c] else ''}{n}" for (c, n), k in rows]
    return "".join(line + "\n" for line in lines)


def check(argv: Sequence[str], stdout: IO[str], stderr: IO[str], stdin: IO[bytes]) -> int:
    """``corpus-lint [check]``: lint (and fix) the given paths and report."""
    args = _check_parser("corpus-lint", stdout).parse_args(list(argv))
    if not args.paths and args.stdin_filename:
        args.paths = ["-"]
    if "-" in args.paths and args.fix and args.output_format not in (None, "text") and \
            args.output_file is None:
        raise UsageError("--fix on standard input writes the fixed text to standard output; "
                         "use --output-file for a machine-readable report")
    _check_output_file(args.output_file)
    settings = _settings(args)
    reg = load_registry(settings)
    _validate(settings, reg, args)
    chosen = selection.enabled_layers(reg, _layers(settings, args))
    plan = Plan(chosen, settings, selection.readers(reg, chosen))

    excluder = Excluder(settings.root, DEFAULT_EXCLUDE + settings.exclude +
                        settings.extend_exclude, settings.respect_gitignore)
    files, problems = discover(args.paths or ["."], excluder, args.stdin_filename,
                               args.force_exclude)
    level = Applicability.UNSAFE if args.unsafe_fixes else Applicability.SAFE
    jobs = args.jobs if args.jobs is not None else settings.jobs
    options = RunOptions(fix=level if args.fix or args.diff else None, diff=args.diff,
                         max_iterations=args.max_iterations, stdin=stdin,
                         jobs=resolve_jobs(jobs))
    result = run(files, plan, options)
    result.problems[:0] = problems
    return _report(args, plan, result, stdout, stderr)


def _check_output_file(path: Path | None) -> None:
    """Fail before any file is fixed when the report could not be written anyway."""
    if path is None:
        return
    if path.is_dir():
        raise UsageError(f"--output-file {path} is a directory")
    if not path.absolute().parent.is_dir():
        raise UsageError(f"cannot write {path}: its folder does not exist")


def _emit_fixed_stdin(result: RunResult, stdout: IO[str]) -> None:
    """Write fixed standard input to standard output, byte for byte where possible."""
    assert result.stdout_text is not None
    stdout.flush()
    buffer = getattr(stdout, "buffer", None)
    if buffer is not None:
        buffer.write(result.stdout_text)
        buffer.flush()
    else:
        stdout.write(result.stdout_text.decode("utf-8"))


def _use_color(args: argparse.Namespace, stream: IO[str]) -> bool:
    """Colour only for text on a terminal, unless NO_COLOR or --no-color say otherwise."""
    if args.no_color or os.environ.get("NO_COLOR") or args.output_file is not None:
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and os.environ.get("TERM") != "dumb"


def _report_diff(args: argparse.Namespace, result: RunResult, stdout: IO[str],
                 stderr: IO[str]) -> int:
    stdout.write("".join(result.diffs))
    if not args.quiet:
        n = len(result.diffs)
        stderr.write(f"{n} file{'s' * (n != 1)} would be changed by the fixes.\n")
    if result.has_errors:
        return EXIT_ERROR
    return EXIT_FINDINGS if result.diffs else EXIT_CLEAN


def _report(args: argparse.Namespace, plan: Plan, result: RunResult, stdout: IO[str],
            stderr: IO[str]) -> int:
    """Print problems and the report; return the exit code."""
    fmt = args.output_format or "text"
    # Fixed standard input goes to standard output; the report then goes to standard error.
    report_stream = stderr if result.stdout_text is not None else stdout
    if result.stdout_text is not None:
        _emit_fixed_stdin(result, stdout)
    for problem in result.problems:
        if not (args.quiet and problem.level == "warning"):
            stderr.write(f"{problem}\n")
    if not result.files and not result.problems and not args.quiet:
        stderr.write("corpus-lint: warning: no files to check (looked for .txt, .md, .jsonl, "
                     ".jsonl.gz and .ndjson files)\n")
    if args.diff:
        return _report_diff(args, result, stdout, stderr)

    diagnostics = result.diagnostics
    if args.statistics:
        _write(_statistics(diagnostics, fmt), report_stream, args.output_file)
    else:
        context = formatters.Context(
            rules={r.code: r for r in plan.rules},
            color=fmt == "text" and _use_color(args, report_stream),
            show_source=not args.quiet, show_summary=not args.quiet, fixing=args.fix,
            unsafe_fixes=args.unsafe_fixes, fixed=result.fixes_applied,
            changed_files=len(result.changed), files=result.files,
            documents=result.documents, version=__version__,
            working_directory=os.getcwd(), problems=tuple(result.problems),
        )
        _write(formatters.get(fmt)(diagnostics, context), report_stream, args.output_file)
    if (fmt != "text" or args.statistics or args.exit_non_zero_on_fix) and not args.quiet:
        for path in result.changed:
            stderr.write(f"Fixed {path}\n")
    return _exit_code(args, plan, result)


def _exit_code(args: argparse.Namespace, plan: Plan, result: RunResult) -> int:
    if result.has_errors:
        return EXIT_ERROR
    failing = any(d.severity >= plan.settings.fail_on for d in result.diagnostics)
    # fixes_applied also counts fixed standard input, which is in no list of changed files.
    changed = bool(result.changed) or result.fixes_applied > 0
    if failing or (args.exit_non_zero_on_fix and changed):
        return EXIT_FINDINGS
    return EXIT_CLEAN


# -- rules / rule ------------------------------------------------------------------------


def _registry_parser(prog: str, description: str, out: IO[str]) -> _Parser:
    """The options ``rules`` and ``rule`` share: output format and where rules come from."""
    p = _Parser(prog=prog, description=description, out=out)
    p.add_argument("--output-format", type=str.lower, choices=["text", "json"], default="text",
                   help="text (default) or json")
    p.add_argument("--config", type=Path, metavar="FILE",
                   help="read rule packs from this config file instead of the one found "
                   "from the current directory")
    p.add_argument("--isolated", action="store_true",
                   help="ignore config files: built-in and plugin rules only")
    p.add_argument("--rule-pack", action="append", type=Path, default=[], metavar="FILE",
                   help="also load rules from this rule-pack file; repeatable")
    return p


def _command_registry(args: argparse.Namespace) -> Registry:
    if args.isolated:
        settings = Settings()
    elif args.config is not None:
        settings = load(args.config)
    else:
        found = find_config(Path.cwd())
        settings = load(found) if found else Settings()
    settings.rule_packs += [p.absolute() for p in args.rule_pack]
    return load_registry(settings)


def _rules_command(argv: Sequence[str], stdout: IO[str]) -> int:
    p = _registry_parser("corpus-lint rules", "List every rule corpus-lint knows: built-in, "
                         "plugin and rule-pack rules, by family.", stdout)
    args = p.parse_args(list(argv))
    reg = _command_registry(args)
    if args.output_format == "json":
        stdout.write(json.dumps([_rule_json(r) for r in reg], indent=2) + "\n")
        return EXIT_CLEAN
    width = max((len(r.name) for r in reg), default=10)
    groups = [(f"{family}: {text}", [r for r in reg if r.family == family])
              for family, text in FAMILIES.items()]
    groups.append(("other (plugins and rule packs)", [r for r in reg if r.family not in FAMILIES]))
    for title, members in groups:
        if members:
            stdout.write(f"{title}\n")
            stdout.writelines(_rule_row(r, width) for r in members)
    return EXIT_CLEAN


def _rule_row(r: Rule, width: int) -> str:
    status = "" if r.default_enabled else "  (off by default)"
    return (f"  {r.code:<9}{r.name:<{width}}  {r.severity.label:<7}  "
            f"fix: {r.fix.value:<9}  {r.summary}{status}\n")


def _rule_json(r: Rule) -> dict[str, object]:
    return {
        "code": r.code, "name": r.name, "family": r.family, "summary": r.summary,
        "severity": r.severity.label, "fix": r.fix.value, "default_enabled": r.default_enabled,
        "options": {n: {"default": o.default, "description": o.description}
                    for n, o in r.options.items()},
        "origin": r.origin, "after": list(r.after),
    }


def _find_rule(reg: Registry, name: str) -> Rule:
    """A rule by code or name, or a UsageError that suggests near misses."""
    rule = reg.get(name) or next((r for r in reg if r.name == name.lower()), None)
    if rule is not None:
        return rule
    known = [r.code for r in reg] + [r.name for r in reg]
    # A code short of a digit ("BOIL01") most likely lacks a leading zero.
    short = re.fullmatch(r"([A-Za-z]+)(\d{1,2})", name)
    padded = [f"{short[1].upper()}{int(short[2]):03d}"] if short else []
    close = [c for c in padded if reg.get(c)]
    close += [c for c in difflib.get_close_matches(name.upper(), [k.upper() for k in known], n=3)
              if c not in close][:3 - len(close)]
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    raise UsageError(f"unknown rule {name!r}{hint} (see `corpus-lint rules`)")


def _rule_command(argv: Sequence[str], stdout: IO[str]) -> int:
    p = _registry_parser("corpus-lint rule", "Print the documentation of one rule: what it "
                         "does, why it matters, an example, fix safety and its options.", stdout)
    p.add_argument("code", help="rule code, e.g. DUP001, or its name, e.g. repeated-paragraph")
    args = p.parse_args(list(argv))
    rule = _find_rule(_command_registry(args), args.code)
    if args.output_format == "json":
        data = _rule_json(rule)
        data["documentation"] = rule.documentation
        stdout.write(json.dumps(data, indent=2) + "\n")
        return EXIT_CLEAN
    stdout.write(explain(rule))
    return EXIT_CLEAN


def explain(rule: Rule) -> str:
    """The full documentation of a rule, as `corpus-lint rule CODE` prints it."""
    off = ("" if rule.default_enabled else
           f" Off by default: enable it with --extend-select {rule.code}.")
    after = (f" Runs after, and reads the findings of, the {', '.join(rule.after)} rules."
             if rule.after else "")
    lines = [f"# {rule.code} {rule.name}", "", rule.summary, "",
             f"Severity: {rule.severity.label}. Fix: {rule.fix.value}.{off}{after}", "",
             rule.documentation.strip(), ""]
    if rule.options:
        lines += ["## Options", ""]
        for name, option in rule.options.items():
            lines.append(f"- `{name}` (default `{option.default!r}`): {option.description}")
        table = (f"`[tool.corpus-lint.{rule.config_table}]` (shared by its family) or "
                 if rule.config_table else "")
        lines += ["", f"Set them in config under {table}`[tool.corpus-lint.rules.{rule.code}]`",
                  ""]
    return "\n".join(lines)


# -- index ----------------------------------------------------------------------------------


def _index_command(argv: Sequence[str], stdout: IO[str], stderr: IO[str]) -> int:
    """``corpus-lint index [PATHS]``: build or update the corpus index (see lint/index.py)."""
    from . import corpus, index

    p = _Parser(prog="corpus-lint index", out=stdout, description="Build or update the "
                "corpus index that corpus rules (CORP) consult, so that a run on a few files "
                "sees the whole corpus. Files already indexed and unchanged are not re-read; "
                "indexed files that no longer exist are dropped.")
    p.add_argument("paths", nargs="*", metavar="PATH", help="files and directories to index "
                   "(default: the current directory)")
    p.add_argument("--config", type=Path, metavar="FILE", help="use this config file")
    p.add_argument("--isolated", action="store_true", help="ignore all config files")
    p.add_argument("--text-field", metavar="NAME", help="JSONL field that holds the text")
    p.add_argument("--site-field", metavar="NAME",
                   help="JSONL field whose URL groups records by site (default: url)")
    p.add_argument("--paragraphs", choices=["auto", "blank-line", "line"])
    p.add_argument("--exclude", type=_patterns, metavar="PATTERNS")
    p.add_argument("--extend-exclude", type=_patterns, default=[], metavar="PATTERNS")
    p.add_argument("--no-respect-gitignore", action="store_true")
    p.add_argument("-q", "--quiet", action="store_true", help="print nothing on success")
    p.set_defaults(fail_on=None, stdin_filename=None, rule_pack=[], force_exclude=False)
    args = p.parse_args(list(argv))
    settings = _settings(args)
    reg = load_registry(settings)
    rules = [(r, r.resolve_options(settings.rule_options.get(r.code)))
             for r in corpus.corpus_rules(reg)]
    excluder = Excluder(settings.root, DEFAULT_EXCLUDE + settings.exclude +
                        settings.extend_exclude, settings.respect_gitignore)
    files, problems = discover(args.paths or ["."], excluder)
    for problem in problems:
        stderr.write(f"{problem}\n")
    report = index.build([f for f in files if f.path is not None], rules, settings)
    if report.discarded:
        stderr.write(f"corpus-lint: warning: {report.discarded}; building a new index from "
                     "scratch\n")
    if not args.quiet:
        stdout.write(f"Indexed {report.documents} documents in {report.files} files "
                     f"({report.mapped} read, {report.removed} dropped or replaced) "
                     f"into {report.path}\n")
    return EXIT_ERROR if any(p.level == "error" for p in problems) else EXIT_CLEAN


# -- entry point -----------------------------------------------------------------------------


def _dispatch(argv: list[str], stdout: IO[str], stderr: IO[str], stdin: IO[bytes]) -> int:
    if argv and argv[0] == "rules":
        return _rules_command(argv[1:], stdout)
    if argv and argv[0] == "rule":
        return _rule_command(argv[1:], stdout)
    if argv and argv[0] == "index":
        return _index_command(argv[1:], stdout, stderr)
    if argv and argv[0] == "check":
        argv = argv[1:]
    return check(argv, stdout, stderr, stdin)


def main(
    argv: Sequence[str] | None = None,
    stdout: IO[str] | None = None,
    stderr: IO[str] | None = None,
    stdin: IO[bytes] | None = None,
) -> int:
    """Run corpus-lint; return the exit code instead of exiting."""
    argv = list(sys.argv[1:] if argv is None else argv)
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    stdin = stdin or sys.stdin.buffer
    try:
        return _dispatch(argv, stdout, stderr, stdin)
    except UsageError as exc:
        stderr.write(f"corpus-lint: error: {exc}\n")
    except ConfigError as exc:
        stderr.write(f"corpus-lint: configuration error: {exc}\n")
    except (RegistryError, packs.PackError) as exc:
        stderr.write(f"corpus-lint: rule error: {exc}\n")
    except (OutputError, IndexFileError, WorkerError) as exc:
        stderr.write(f"corpus-lint: error: {exc}\n")
    except RuleUnavailable as exc:
        stderr.write(f"corpus-lint: error: {exc}\n")
    except SystemExit as exc:  # --help and --version
        return exc.code if isinstance(exc.code, int) else EXIT_CLEAN if exc.code is None \
            else EXIT_ERROR
    except KeyboardInterrupt:
        stderr.write("corpus-lint: interrupted\n")
        return 130
    except BrokenPipeError:
        return EXIT_ERROR
    except Exception:  # a bug: say so, with the traceback, and exit 2 rather than 1
        stderr.write(f"corpus-lint: internal error (please report it):\n"
                     f"{traceback.format_exc()}")
    return EXIT_ERROR
