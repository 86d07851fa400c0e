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
import json
import os
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import IO

from . import __version__, formatters, packs, registry, selection
from .config import ConfigError, Settings, find_config, load
from .diagnostic import Diagnostic
from .inputs import Excluder, discover
from .model import Applicability, Severity
from .registry import Registry, RegistryError
from .rule import FAMILIES, Rule
from .runner import Plan, RunOptions, RunResult, run

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
COMMANDS = ("check", "rules", "rule")
DEFAULT_EXCLUDE = [".git", ".venv", "venv", "node_modules", "__pycache__", "build", "dist"]


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message}\n(see `{self.prog} --help`)")


def _csv(value: str) -> list[str]:
    return [v.strip().upper() for v in value.split(",") if v.strip()]


def _check_parser(prog: str) -> argparse.ArgumentParser:
    p = _Parser(
        prog=prog,
        description="Find (and fix) scraping artifacts in text corpora: duplicated paragraphs, "
        "boilerplate and page chrome, leaked metadata, appended generated text, "
        "machine-paraphrase garbling, broken encoding.",
        epilog="Exit codes: 0 clean (nothing at or above --fail-on), 1 findings remain, "
        "2 usage/configuration/internal error or unreadable/unwritable input. "
        "Other commands: `corpus-lint rules` lists rules, `corpus-lint rule CODE` explains one.",
    )
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="files, directories (walked recursively), glob patterns, or - for "
                   "standard input; default: the current directory")
    g = p.add_argument_group("fixing")
    g.add_argument("--fix", action="store_true", help="apply safe fixes in place")
    g.add_argument("--unsafe-fixes", action="store_true",
                   help="with --fix or --diff, apply unsafe fixes too; otherwise they are "
                   "shown as suggestions")
    g.add_argument("--diff", action="store_true",
                   help="print a unified diff of what the fixes would change; write nothing")
    g.add_argument("--exit-non-zero-on-fix", action="store_true",
                   help="exit 1 when --fix changed a file, even if no finding remains")
    g.add_argument("--max-iterations", type=int, default=10, metavar="N",
                   help="how often to re-lint and fix again until nothing changes (default 10)")
    g = p.add_argument_group("rule selection")
    g.add_argument("--select", type=_csv, metavar="CODES",
                   help="comma-separated codes or prefixes to enable, replacing the "
                   "configured selection (e.g. DUP,BOIL001; ALL for all)")
    g.add_argument("--extend-select", type=_csv, default=[], metavar="CODES",
                   help="codes or prefixes to enable in addition (e.g. GRAM)")
    g.add_argument("--ignore", type=_csv, default=[], metavar="CODES",
                   help="codes or prefixes to disable")
    g = p.add_argument_group("output")
    g.add_argument("--output-format", choices=formatters.NAMES, default=None,
                   help="text (default), json, jsonl, github (annotations) or sarif")
    g.add_argument("-o", "--output-file", type=Path, metavar="FILE",
                   help="write the report to FILE instead of standard output")
    g.add_argument("--statistics", action="store_true",
                   help="print how many findings each rule produced instead of the findings")
    g.add_argument("-q", "--quiet", action="store_true",
                   help="print findings only: no source lines, summary or notes")
    g.add_argument("--no-color", action="store_true", help="never colour the text output")
    g.add_argument("--fail-on", choices=[s.label for s in Severity], default=None,
                   help="lowest severity that makes the exit code 1 (default: info, i.e. any "
                   "finding)")
    g = p.add_argument_group("input")
    g.add_argument("--text-field", metavar="NAME",
                   help="field of each JSONL record that holds the text (default: text)")
    g.add_argument("--stdin-filename", metavar="NAME",
                   help="file name to report for - (its extension selects the format)")
    g.add_argument("--paragraphs", choices=["auto", "blank-line", "line"],
                   help="how paragraphs are separated (default: auto)")
    g.add_argument("--exclude", type=lambda v: [s for s in v.split(",") if s], metavar="PATTERNS",
                   help="gitignore-style patterns to skip, replacing the configured ones")
    g.add_argument("--extend-exclude", type=lambda v: [s for s in v.split(",") if s],
                   default=[], metavar="PATTERNS", help="patterns to skip in addition")
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


def _settings(args: argparse.Namespace) -> Settings:
    if args.isolated:
        settings = Settings()
    elif args.config is not None:
        settings = load(args.config)
    else:
        first = next((p for p in args.paths if p != "-"), None)
        start = Path(first) if first and os.path.exists(first) else Path.cwd()
        found = find_config(start)
        settings = load(found) if found else Settings()
    if args.select is not None:
        settings.select = args.select
    settings.extend_select += args.extend_select
    settings.ignore += args.ignore
    if args.exclude is not None:
        settings.exclude = args.exclude
    settings.extend_exclude += args.extend_exclude
    if args.text_field:
        settings.text_field = args.text_field
    if args.paragraphs:
        settings.paragraphs = args.paragraphs
    if args.fail_on:
        settings.fail_on = Severity.parse(args.fail_on)
    if args.no_respect_gitignore:
        settings.respect_gitignore = False
    settings.rule_packs += [p.absolute() for p in args.rule_pack]
    return settings


def load_registry(settings: Settings) -> Registry:
    """Built-in and plugin rules, plus the rule packs the settings name."""
    reg = registry.discover()
    for path in settings.rule_packs:
        reg = packs.extend_registry(reg, path)
    return reg


def _validate(settings: Settings, reg: Registry) -> None:
    selection.check_selectors(reg, settings.select or [], settings.where("select"))
    selection.check_selectors(reg, settings.extend_select, settings.where("extend-select"))
    selection.check_selectors(reg, settings.ignore, settings.where("ignore"))
    for pattern, codes in settings.per_file_ignores.items():
        selection.check_selectors(reg, codes, settings.where(f"per-file-ignores.{pattern!r}"))
    for code in settings.severity:
        if reg.get(code) is None:
            raise ConfigError(f"{settings.where(f'severity.{code}')}: unknown rule code")
    for code, options in settings.rule_options.items():
        rule = reg.get(code)
        if rule is None:
            raise ConfigError(f"{settings.where(f'rules.{code}')}: unknown rule code")
        try:
            rule.resolve_options(options)
        except ValueError as exc:
            raise ConfigError(f"{settings.where(f'rules.{code}')}: {exc}") from None


# -- check -------------------------------------------------------------------------------


def _write(text: str, stream: IO[str], output_file: Path | None) -> None:
    if output_file is not None:
        output_file.write_text(text, encoding="utf-8")
    else:
        stream.write(text)


def _statistics(diagnostics: Sequence[Diagnostic], as_json: bool) -> str:
    counts = Counter((d.code, d.name) for d in diagnostics)
    fixable = Counter(d.code for d in diagnostics if d.fix is not None and
                      d.fix.applicability is Applicability.SAFE)
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0][0]))
    if as_json:
        return json.dumps([{"code": c, "name": n, "count": k, "fixable": fixable[c]}
                           for (c, n), k in rows], indent=2) + "\n"
    width = max((len(str(k)) for _, k in rows), default=1)
    lines = [f"{k:>{width}}\t{c}\t{'[*] ' if fixable[c] else ''}{n}" for (c, n), k in rows]
    return "".join(line + "\n" for line in lines)


def check(argv: Sequence[str], stdout: IO[str], stderr: IO[str], stdin: IO[bytes]) -> int:
    args = _check_parser("corpus-lint").parse_args(list(argv))
    if args.unsafe_fixes and not (args.fix or args.diff):
        pass  # unsafe fixes are then only shown, which is what happens anyway
    if "-" in args.paths and args.fix and args.output_format not in (None, "text") and \
            args.output_file is None:
        raise UsageError("--fix on standard input writes the fixed text to standard output; "
                         "use --output-file for a machine-readable report")
    settings = _settings(args)
    reg = load_registry(settings)
    _validate(settings, reg)
    rules = selection.enabled(reg, settings.select, settings.extend_select, settings.ignore)
    plan = Plan(rules, settings)

    excluder = Excluder(settings.root, DEFAULT_EXCLUDE + settings.exclude +
                        settings.extend_exclude, settings.respect_gitignore)
    files, problems = discover(args.paths or ["."], excluder, args.stdin_filename,
                               args.force_exclude)
    fix_level = None
    if args.fix or args.diff:
        fix_level = Applicability.UNSAFE if args.unsafe_fixes else Applicability.SAFE
    options = RunOptions(fix=fix_level if args.fix else None, diff=args.diff,
                         max_iterations=args.max_iterations, stdin=stdin)
    if args.diff:
        options.fix = fix_level
    result = run(files, plan, options)
    result.problems[:0] = problems
    return _report(args, plan, result, stdout, stderr)


def _report(args: argparse.Namespace, plan: Plan, result: RunResult, stdout: IO[str],
            stderr: IO[str]) -> int:
    fmt = args.output_format or "text"
    # Fixed standard input goes to standard output; the report then goes to standard error.
    report_stream = stderr if result.stdout_text is not None else stdout
    if result.stdout_text is not None:
        stdout.flush()
        buffer = getattr(stdout, "buffer", None)
        if buffer is not None:
            buffer.write(result.stdout_text)
            buffer.flush()
        else:
            stdout.write(result.stdout_text.decode("utf-8"))
    for problem in result.problems:
        if not (args.quiet and problem.level == "warning"):
            stderr.write(f"{problem}\n")

    if args.diff:
        stdout.write("".join(result.diffs))
        if not args.quiet and fmt == "text":
            n = len(result.diffs)
            stderr.write(f"{n} file{'s' * (n != 1)} would be changed by the fixes.\n")
        changed = bool(result.diffs)
        return EXIT_ERROR if result.has_errors else EXIT_FINDINGS if changed else EXIT_CLEAN

    diagnostics = result.diagnostics
    if args.statistics:
        _write(_statistics(diagnostics, fmt in ("json", "jsonl")), report_stream,
               args.output_file)
    else:
        color = (fmt == "text" and not args.no_color and args.output_file is None
                 and "NO_COLOR" not in os.environ and report_stream.isatty())
        context = formatters.Context(
            rules={r.code: r for r in plan.rules}, color=color, show_source=not args.quiet,
            fix_level=None if args.fix is False else "fix", fixed=result.fixes_applied,
            changed_files=len(result.changed), files=result.files,
            documents=result.documents, version=__version__,
        )
        text = formatters.get(fmt)(diagnostics, context)
        if fmt == "text" and args.quiet:
            text = "".join(line + "\n" for line in text.splitlines()[:-1] if line)
        _write(text, report_stream, args.output_file)
        if fmt != "text" and not args.quiet:
            for path in result.changed:
                stderr.write(f"Fixed {path}\n")
    if result.has_errors:
        return EXIT_ERROR
    failing = any(d.severity >= plan.settings.fail_on for d in diagnostics)
    if failing or (args.exit_non_zero_on_fix and result.changed):
        return EXIT_FINDINGS
    return EXIT_CLEAN


# -- rules / rule ------------------------------------------------------------------------


def _rules_command(argv: Sequence[str], stdout: IO[str]) -> int:
    p = _Parser(prog="corpus-lint rules", description="List every rule corpus-lint knows.")
    p.add_argument("--output-format", choices=["text", "json"], default="text")
    p.add_argument("--config", type=Path, help="also list the rule packs this config adds")
    args = p.parse_args(list(argv))
    settings = load(args.config) if args.config else Settings()
    reg = load_registry(settings)
    if args.output_format == "json":
        stdout.write(json.dumps([_rule_json(r) for r in reg], indent=2) + "\n")
        return EXIT_CLEAN
    width = max((len(r.name) for r in reg), default=10)
    for family, description in FAMILIES.items():
        members = [r for r in reg if r.family == family]
        if not members:
            continue
        stdout.write(f"{family}: {description}\n")
        for r in members:
            status = "" if r.default_enabled else "  (off by default)"
            stdout.write(f"  {r.code}  {r.name:<{width}}  {r.severity.label:<7}  "
                         f"fix: {r.fix.value:<9}  {r.summary}{status}\n")
    others = [r for r in reg if r.family not in FAMILIES]
    if others:
        stdout.write("plugins\n")
        for r in others:
            stdout.write(f"  {r.code}  {r.name:<{width}}  {r.severity.label:<7}  "
                         f"fix: {r.fix.value:<9}  {r.summary}\n")
    return EXIT_CLEAN


def _rule_json(r: Rule) -> dict[str, object]:
    return {
        "code": r.code, "name": r.name, "family": r.family, "summary": r.summary,
        "severity": r.severity.label, "fix": r.fix.value, "default_enabled": r.default_enabled,
        "options": {n: {"default": o.default, "description": o.description}
                    for n, o in r.options.items()},
        "origin": r.origin,
    }


def _rule_command(argv: Sequence[str], stdout: IO[str]) -> int:
    p = _Parser(prog="corpus-lint rule", description="Explain one rule.")
    p.add_argument("code", help="rule code, e.g. DUP001, or its name")
    p.add_argument("--output-format", choices=["text", "json"], default="text")
    args = p.parse_args(list(argv))
    reg = load_registry(Settings())
    rule = reg.get(args.code) or next((r for r in reg if r.name == args.code.lower()), None)
    if rule is None:
        raise UsageError(f"unknown rule {args.code!r} (see `corpus-lint rules`)")
    if args.output_format == "json":
        data = _rule_json(rule)
        data["documentation"] = rule.documentation
        stdout.write(json.dumps(data, indent=2) + "\n")
        return EXIT_CLEAN
    stdout.write(explain(rule))
    return EXIT_CLEAN


def explain(rule: Rule) -> str:
    """The full documentation of a rule, as `corpus-lint rule CODE` prints it."""
    lines = [f"# {rule.code} {rule.name}", "", rule.summary, "",
             f"Severity: {rule.severity.label}. Fix: {rule.fix.value}."
             + ("" if rule.default_enabled else " Off by default: enable with --select "
                f"{rule.code} or extend-select."), "", rule.documentation.strip(), ""]
    if rule.options:
        lines += ["## Options", ""]
        for name, option in rule.options.items():
            lines.append(f"- `{name}` (default `{option.default!r}`): {option.description}")
        lines += ["", f"Set them in config under `[tool.corpus-lint.rules.{rule.code}]`.", ""]
    return "\n".join(lines)


# -- entry point -----------------------------------------------------------------------------


def main(
    argv: Sequence[str] | None = None,
    stdout: IO[str] | None = None,
    stderr: IO[str] | None = None,
    stdin: IO[bytes] | None = None,
) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    stdin = stdin or sys.stdin.buffer
    try:
        if argv and argv[0] == "rules":
            return _rules_command(argv[1:], stdout)
        if argv and argv[0] == "rule":
            return _rule_command(argv[1:], stdout)
        if argv and argv[0] == "check":
            argv = argv[1:]
        return check(argv, stdout, stderr, stdin)
    except UsageError as exc:
        stderr.write(f"corpus-lint: error: {exc}\n")
    except ConfigError as exc:
        stderr.write(f"corpus-lint: configuration error: {exc}\n")
    except (RegistryError, packs.PackError) as exc:
        stderr.write(f"corpus-lint: rule error: {exc}\n")
    except SystemExit as exc:  # --help and --version
        return int(exc.code or 0) if isinstance(exc.code, int) or exc.code is None else 2
    except KeyboardInterrupt:
        stderr.write("corpus-lint: interrupted\n")
        return 130
    except BrokenPipeError:
        return EXIT_ERROR
    return EXIT_ERROR
