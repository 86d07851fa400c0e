"""corpus-lint: a linter and fixer for text corpora scraped from the web.

The public API for rule authors::

    from corpus_lint import Case, Document, Edit, Finding, Fix, Option, Severity, rule
"""

from __future__ import annotations

from .document import Document, Segment, Source
from .model import Applicability, Edit, Finding, Fix, FixAvailability, Severity
from .rule import Case, Option, Rule, rule

__version__ = "0.1.0"

__all__ = [
    "Applicability",
    "Case",
    "Document",
    "Edit",
    "Finding",
    "Fix",
    "FixAvailability",
    "Option",
    "Rule",
    "Segment",
    "Severity",
    "Source",
    "__version__",
    "rule",
]
