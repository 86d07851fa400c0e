"""``--output-format sarif``: SARIF 2.1.0 for code scanning, with rule metadata.

Columns count Unicode code points (``columnKind: unicodeCodePoints``). For a JSONL record
the region is the record's line in the file; the record, field and the position inside
the text are in the result's ``properties``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from ..diagnostic import Diagnostic
from ..model import Severity
from ..rule import Rule
from . import Context

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
INFORMATION_URI = "https://pypi.org/project/corpus-lint/"


def _uri(path: str) -> str:
    return quote(PurePath(path).as_posix(), safe="/:")


def _rule(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.summary},
        "help": {"text": rule.documentation, "markdown": rule.documentation},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"fix": rule.fix.value, "family": rule.family},
    }


def _result(d: Diagnostic, index: dict[str, int]) -> dict[str, Any]:
    if d.record is None:
        region = {"startLine": d.start.line, "startColumn": d.start.column,
                  "endLine": d.end.line, "endColumn": d.end.column}
    else:
        region = {"startLine": d.record, "endLine": d.record}
    artifact = {"uri": _uri(d.path)}
    result: dict[str, Any] = {
        "ruleId": d.code,
        "level": LEVELS[d.severity],
        "message": {"text": d.message},
        "locations": [{"physicalLocation": {"artifactLocation": artifact, "region": region}}],
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
        if d.record is None:
            result["fixes"] = [{
                "description": {"text": f"{d.fix.title} ({d.fix.applicability.label})"},
                "artifactChanges": [{
                    "artifactLocation": artifact,
                    "replacements": [{
                        "deletedRegion": {"startLine": e.start.line, "startColumn": e.start.column,
                                          "endLine": e.end.line, "endColumn": e.end.column},
                        "insertedContent": {"text": e.content},
                    } for e in d.fix.edits],
                }],
            }]
    return result


def format(diagnostics: Sequence[Diagnostic], context: Context) -> str:
    rules = sorted(context.rules.values(), key=lambda r: r.code)
    index = {r.code: i for i, r in enumerate(rules)}
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "corpus-lint",
                "version": context.version or "0",
                "informationUri": INFORMATION_URI,
                "rules": [_rule(r) for r in rules],
            }},
            "columnKind": "unicodeCodePoints",
            "results": [_result(d, index) for d in diagnostics],
        }],
    }
    return json.dumps(log, indent=2, ensure_ascii=False, default=str) + "\n"
