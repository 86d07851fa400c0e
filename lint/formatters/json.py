"""``--output-format json``: one array, one object per finding (a stable, documented shape).

Fields: ``path``, ``line``, ``column``, ``end_line``, ``end_column`` (1-based; the end points
just past the span), ``code``, ``name``, ``severity``, ``message``, ``fix`` (null, or
``{"applicability", "title", "edits": [{"line", "column", "end_line", "end_column",
"content"}]}``), ``record`` and ``field`` (null unless the input is JSONL), ``evidence``.
For JSONL input, ``line`` and ``column`` count inside the record's text field.
The shape is described by ``docs/json-output.schema.json``; fields are only ever added.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ..diagnostic import Diagnostic
from . import Context


def as_dict(d: Diagnostic) -> dict[str, Any]:
    """One finding as the documented JSON object (see ``docs/json-output.schema.json``)."""
    fix = None
    if d.fix is not None:
        fix = {
            "applicability": d.fix.applicability.label,
            "title": d.fix.title,
            "edits": [
                {
                    "line": e.start.line,
                    "column": e.start.column,
                    "end_line": e.end.line,
                    "end_column": e.end.column,
                    "content": e.content,
                }
                for e in d.fix.edits
            ],
        }
    return {
        "path": d.path,
        "line": d.start.line,
        "column": d.start.column,
        "end_line": d.end.line,
        "end_column": d.end.column,
        "code": d.code,
        "name": d.name,
        "severity": d.severity.label,
        "message": d.message,
        "fix": fix,
        "record": d.record,
        "field": d.field,
        "evidence": dict(d.evidence),
    }


def format(diagnostics: Sequence[Diagnostic], context: Context) -> str:
    """An indented JSON array of findings; ``[]`` when there are none."""
    return json.dumps([as_dict(d) for d in diagnostics], indent=2, ensure_ascii=False,
                      default=str) + "\n"
