"""Built-in rule packs: the ``*.yaml`` files beside this module, loaded as rules."""

from __future__ import annotations

from pathlib import Path

from corpus_lint.packs import builtin
from corpus_lint.rule import Rule


def RULES() -> list[Rule]:  # noqa: N802 - the entry point's conventional name
    return list(builtin(Path(__file__).parent))
