"""``--output-format sarif``: SARIF 2.1.0 for code scanning, with rule metadata.

What GitHub code scanning (and other SARIF viewers) rely on is all here: every rule that
ran with its summary and full documentation, paths relative to the source root (the
working directory, named ``%SRCROOT%``) so alerts match across runs and machines, a
``partialFingerprints`` entry that follows the finding's text rather than its line
number, suggested fixes, and inputs that could not be checked as tool notifications.

Columns count Unicode code points (``columnKind: unicodeCodePoints``). For a JSONL record
the region is the record's line in the file; the record, field and the position inside
the text are in the result's ``properties``.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Sequence
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from ..diagnostic import Diagnostic, PlacedFix
from ..inputs import Problem
from ..model import Severity
from ..rule import FAMILIES, Rule
from . import Context, relative_path

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
INFORMATION_URI = "https://pypi.org/project/corpus-lint/"
SRCROOT = "%SRCROOT%"
FINGERPRINT = "corpusLintTextHash/v1"


def _artifact(path: str, context: Context) -> dict[str, str]:
    """An artifactLocation: relative to %SRCROOT% when possible, else a file URI."""
    relative = relative_path(path, context.working_directory)
    if PurePath(relative).is_absolute():
        return {"uri": PurePath(relative).as_uri()}
    # No ':' is left unquoted: in a relative reference it would read as a URI scheme.
    return {"uri": quote(relative, safe="/"), "uriBaseId": SRCROOT}


def _root_uri(directory: str) -> str:
    return PurePath(directory).as_uri().rstrip("/") + "/"


def _rule(rule: Rule) -> dict[str, Any]:
    family = FAMILIES.get(rule.family, "plugin")
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.summary},
        "help": {"text": rule.documentation, "markdown": rule.documentation},
        "defaultConfiguration": {"level": LEVELS[rule.severity],
                                 "enabled": rule.default_enabled},
        "properties": {"tags": ["corpus-lint", rule.family, family],
                       "fix": rule.fix.value, "family": rule.family},
    }


def _region(d: Diagnostic) -> dict[str, int]:
    if d.record is not None:
        return {"startLine": d.record, "endLine": d.record}
    return {"startLine": d.start.line, "startColumn": d.start.column,
            "endLine": d.end.line, "endColumn": d.end.column}


def _fix(fix: PlacedFix, artifact: dict[str, str]) -> dict[str, Any]:
    return {
        "description": {"text": f"{fix.title} ({fix.applicability.label})"},
        "artifactChanges": [{
            "artifactLocation": artifact,
            "replacements": [{
                "deletedRegion": {"startLine": e.start.line, "startColumn": e.start.column,
                                  "endLine": e.end.line, "endColumn": e.end.column},
                "insertedContent": {"text": e.content},
            } for e in fix.edits],
        }],
    }


def _fingerprints(diagnostics: Sequence[Diagnostic]) -> list[str]:
    """A hash per finding of its rule, file and line text (not its line number).

    Moving a paragraph keeps its alert; identical findings in one file are told apart
    by their order.
    """
    seen: Counter[str] = Counter()
    out = []
    for d in diagnostics:
        key = "\0".join((d.code, d.path, d.field or "", " ".join(d.source_line.split())))
        seen[key] += 1
        digest = hashlib.sha256(f"{key}\0{seen[key]}".encode()).hexdigest()[:32]
        out.append(digest)
    return out


def _result(d: Diagnostic, index: dict[str, int], fingerprint: str,
            context: Context) -> dict[str, Any]:
    artifact = _artifact(d.path, context)
    result: dict[str, Any] = {
        "ruleId": d.code,
        "level": LEVELS[d.severity],
        "message": {"text": d.message},
        "locations": [{"physicalLocation": {"artifactLocation": artifact,
                                            "region": _region(d)}}],
        "partialFingerprints": {FINGERPRINT: fingerprint},
        "properties": {"name": d.name, "evidence": dict(d.evidence)},
    }
    if d.code in index:
        result["ruleIndex"] = index[d.code]
    if d.record is not None:
        result["properties"].update(record=d.record, field=d.field, textLine=d.start.line,
                                    textColumn=d.start.column)
    if d.fix is not None:
        result["properties"]["fix"] = {"applicability": d.fix.applicability.label,
                                       "title": d.fix.title}
        if d.record is None:  # edits inside a JSON string have no region in the file
            result["fixes"] = [_fix(d.fix, artifact)]
    return result


def _notification(problem: Problem, context: Context) -> dict[str, Any]:
    region = {"startLine": problem.record} if problem.record is not None else None
    physical: dict[str, Any] = {"artifactLocation": _artifact(problem.path, context)}
    if region:
        physical["region"] = region
    return {
        "level": "error" if problem.level == "error" else "warning",
        "message": {"text": problem.message},
        "locations": [{"physicalLocation": physical}],
    }


def _run(diagnostics: Sequence[Diagnostic], context: Context) -> dict[str, Any]:
    rules = sorted(context.rules.values(), key=lambda r: r.code)
    index = {r.code: i for i, r in enumerate(rules)}
    fingerprints = _fingerprints(diagnostics)
    run: dict[str, Any] = {
        "tool": {"driver": {
            "name": "corpus-lint",
            "version": context.version or "0",
            "semanticVersion": context.version or "0.0.0",
            "informationUri": INFORMATION_URI,
            "rules": [_rule(r) for r in rules],
        }},
        "invocations": [{
            "executionSuccessful": not any(p.level == "error" for p in context.problems),
            "toolExecutionNotifications": [_notification(p, context) for p in context.problems],
        }],
        "columnKind": "unicodeCodePoints",
        "results": [_result(d, index, f, context)
                    for d, f in zip(diagnostics, fingerprints, strict=True)],
    }
    if context.working_directory:
        run["originalUriBaseIds"] = {SRCROOT: {"uri": _root_uri(context.working_directory)}}
    return run


def format(diagnostics: Sequence[Diagnostic], context: Context) -> str:
    """A SARIF log with one run."""
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [_run(diagnostics, context)]}
    return json.dumps(log, indent=2, ensure_ascii=False, default=str) + "\n"
