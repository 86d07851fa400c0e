"""Candidate blocks and language-agnostic block features for the GEN block detector.

The study's own copy of the features now lives in the shipped rule, GEN003
(``corpus_lint.rules.genmodel``: runs cut at the lines BOIL and META report, candidate
tails of the article's run or a later run, 81 features with no word list). This module
adapts it to the study's pages: the same candidates, the same feature values (checked
against this file's previous version on every labelled page when the rule was written).
"""

from __future__ import annotations

from dataclasses import dataclass

from data import Page

from corpus_lint.rules import genmodel

MAX_LINES = genmodel.MAX_LINES
FEATURES: list[str] = list(genmodel.FEATURES)


@dataclass
class Candidate:
    page: Page
    start: int  # 1-based, first non-blank line
    end: int  # 1-based, last non-blank line
    lines: list[int]  # non-blank lines start..end
    x: list[float]


def candidates(page: Page) -> list[Candidate]:
    """The rule's candidates on ``page``, whose runs are cut at the pinned rules' BOIL and
    META lines."""
    chrome = frozenset(i for i, fam in page.rules.items() if fam in ("BOIL", "META"))
    shipped = genmodel.candidates(genmodel.Page(tuple(page.lines), chrome))
    return [Candidate(page, c.first, c.last, list(c.lines), list(c.features)) for c in shipped]
