"""GEN rules (being written)."""

from __future__ import annotations

from corpus_lint import Rule

RULES: list[Rule] = []
