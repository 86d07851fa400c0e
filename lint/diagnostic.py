"""Diagnostics: findings placed in their file, ready for a formatter.

A :class:`Diagnostic` is a finding plus everything a report needs and nothing a formatter
must compute: the path (and JSONL record and field), 1-based positions whose end points
just past the span, the rule's name and effective severity, and the fix's edits with their
positions.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .document import Document
from .model import Applicability, Finding, Severity
from .rule import Rule


@dataclass(frozen=True)
class Location:
    line: int
    column: int


@dataclass(frozen=True)
class PlacedEdit:
    start: Location
    end: Location
    content: str


@dataclass(frozen=True)
class PlacedFix:
    title: str
    applicability: Applicability
    edits: tuple[PlacedEdit, ...]


@dataclass(frozen=True)
class Diagnostic:
    path: str
    record: int | None
    field: str | None
    start: Location
    end: Location
    code: str
    name: str
    severity: Severity
    message: str
    fix: PlacedFix | None
    evidence: Mapping[str, Any]
    source_line: str  # the text of the first line the finding touches

    @property
    def file_line(self) -> int:
        """The line in the file: the record's line for JSONL, else the finding's."""
        return self.record if self.record is not None else self.start.line

    def sort_key(self) -> tuple[str, int, int, int, str]:
        return (self.path, self.record or 0, self.start.line, self.start.column, self.code)


def place(finding: Finding, doc: Document, rule: Rule, severity: Severity) -> Diagnostic:
    """Turn a finding on ``doc`` into a diagnostic."""

    def loc(offset: int) -> Location:
        return Location(*doc.position(offset))

    placed_fix = None
    if finding.fix is not None:
        placed_fix = PlacedFix(
            finding.fix.title,
            finding.fix.applicability,
            tuple(PlacedEdit(loc(e.start), loc(e.end), e.content) for e in finding.fix.edits),
        )
    source = doc.source
    return Diagnostic(
        path=source.path,
        record=source.record,
        field=source.field,
        start=loc(finding.start),
        end=loc(finding.end),
        code=finding.code,
        name=rule.name,
        severity=severity,
        message=finding.message,
        fix=placed_fix,
        evidence=finding.evidence,
        source_line=doc.line_at(finding.start).text if doc.text else "",
    )
