"""GRAM: grammar, spelling, punctuation and style through LanguageTool (off by default).

Every LanguageTool match becomes a finding of one of four rules, by the match's category
(its issue type where the category is not a known one):

* ``GRAM001`` grammar: GRAMMAR, CONFUSED_WORDS, COLLOCATIONS, SEMANTICS, MISC and every
  category not listed below;
* ``GRAM002`` spelling: TYPOS (issue type ``misspelling``);
* ``GRAM003`` punctuation and typography: PUNCTUATION, TYPOGRAPHY, CASING (issue types
  ``typographical``, ``whitespace``);
* ``GRAM004`` style: STYLE, REDUNDANCY, PLAIN_ENGLISH, WIKIPEDIA, REPETITIONS_STYLE,
  GENDER_NEUTRALITY (issue types ``style``, ``register``, ``locale-violation``).

One request per document serves all four rules. The rules share their options, set in
``[tool.corpus-lint.languagetool]``; they yield to corpus-lint's own rules, so a span that
DUP, BOIL, ENC... already explain is not reported twice.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

from corpus_lint import (
    Case,
    Document,
    Edit,
    Finding,
    Fix,
    FixAvailability,
    Option,
    Rule,
    Severity,
    rule,
)
from corpus_lint import languagetool as lt
from corpus_lint.rule import CheckFunction

GRAMMAR, SPELLING, TYPOGRAPHY, STYLE = "GRAM001", "GRAM002", "GRAM003", "GRAM004"
_CATEGORIES = {
    "TYPOS": SPELLING,
    **dict.fromkeys(("PUNCTUATION", "TYPOGRAPHY", "CASING"), TYPOGRAPHY),
    **dict.fromkeys(("STYLE", "REDUNDANCY", "PLAIN_ENGLISH", "WIKIPEDIA", "REPETITIONS_STYLE",
                     "GENDER_NEUTRALITY"), STYLE),
    **dict.fromkeys(("GRAMMAR", "CONFUSED_WORDS", "COLLOCATIONS", "SEMANTICS", "MISC",
                     "COMPOUNDING", "NONSTANDARD_PHRASES", "FALSE_FRIENDS"), GRAMMAR),
}
_ISSUE_TYPES = {
    "misspelling": SPELLING,
    "typographical": TYPOGRAPHY, "whitespace": TYPOGRAPHY,
    "style": STYLE, "register": STYLE, "locale-violation": STYLE,
}
#: How many replacements the message lists (the evidence keeps up to ``_KEPT``).
_LISTED, _KEPT = 5, 20
#: corpus-lint's own families: their findings win over an overlapping GRAM finding.
OWN_FAMILIES = ("GARB", "DUP", "BOIL", "ENC", "META", "GEN", "CORP")


class StrList(Option):
    """An option whose value is a list of strings (rule ids, category ids)."""

    def validate(self, name: str, value: Any) -> Any:
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise ValueError(f"option {name!r} must be a list of non-empty strings, "
                             f"got {value!r}")
        return value


OPTIONS: Mapping[str, Option] = {
    "server": Option("", "URL of a LanguageTool server, e.g. http://localhost:8081; empty: "
                     "start a local server through language-tool-python (Java 17+, LTP_PATH)",
                     str),
    "language": Option("en-US", "language code LanguageTool checks in (en-US, de-DE, auto...)",
                       str),
    "disabled-rules": StrList([], "LanguageTool rule ids not to report", list),
    "enabled-rules": StrList([], "LanguageTool rule ids to add (rules off by default)", list),
    "disabled-categories": StrList([], "LanguageTool category ids not to report", list),
    "enabled-categories": StrList([], "LanguageTool category ids to add", list),
    "picky": Option(False, "LanguageTool's picky level: more style and typography checks"),
    "timeout": Option(30.0, "seconds to wait for one answer before giving up", float,
                      minimum=0.1, maximum=3600),
    "max-request-chars": Option(20_000, "longest text per request (UTF-16 units); longer "
                                "documents are split at paragraph boundaries", int,
                                minimum=200),
    "concurrency": Option(4, "requests sent at the same time", int, minimum=1, maximum=64),
    "cache": Option(True, "keep answers on disk so unchanged documents are not sent again"),
    "cache-dir": Option("", "cache folder; empty: $XDG_CACHE_HOME/corpus-lint "
                        "(~/.cache/corpus-lint)", str),
}


def code_for(match: lt.Match) -> str:
    """The GRAM code a LanguageTool match is reported under."""
    by_category = _CATEGORIES.get(match.category_id.upper())
    return by_category or _ISSUE_TYPES.get(match.issue_type.lower(), GRAMMAR)


def _settings(options: Mapping[str, Any]) -> lt.Settings:
    return lt.Settings.from_options(options)


def _matches(doc: Document, options: Mapping[str, Any]) -> list[lt.Match]:
    """LanguageTool's matches for the document's prose, asked once for all GRAM rules."""
    settings = _settings(options)
    if not doc.prose.strip():
        return []  # nothing to check: no request
    return doc.memo(f"gram.matches:{hash(settings)}",
                    lambda d: lt.service(settings).matches(d.prose))


def prefetch(documents: Sequence[Document], options: Mapping[str, Any]) -> None:
    """Send a batch of documents to LanguageTool together (concurrently, cache first)."""
    lt.service(_settings(options)).prefetch([d.prose for d in documents if d.prose.strip()])


def _finding(match: lt.Match, language: str) -> Finding:
    """A finding for one match: rule id and category in the message and the evidence."""
    message = f"{match.message} (LanguageTool {match.rule_id}, {match.category_name})"
    others = match.replacements[1:_LISTED]
    if others:
        message += f"; also: {', '.join(repr(r) for r in others)}"
    fix = None
    if match.replacements:
        first = match.replacements[0]
        fix = Fix.unsafe(f"replace with {first!r}", Edit(match.start, match.end, first))
    evidence = {
        "languagetool_rule": match.rule_id, "rule_description": match.rule_description,
        "category": match.category_id, "category_name": match.category_name,
        "issue_type": match.issue_type, "replacements": list(match.replacements[:_KEPT]),
        "sentence": match.sentence, "language": language,
    }
    return Finding(match.start, match.end, message, fix, evidence)


def _check(code: str, doc: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
    for match in _matches(doc, options):
        if code_for(match) == code:
            yield _finding(match, str(options["language"]))


_CLEAN = Case("The committee met on Friday and approved the budget.\n", fires=False)
_SETUP = """
Off by default: enable it with `--select GRAM` (or `--extend-select GRAM`, or
`extend-select = ["GRAM"]` in config). It needs LanguageTool: a server named in
`[tool.corpus-lint.languagetool] server = "http://localhost:8081"`, or Java 17+ and a
LanguageTool install for a local server. The options below are set in that table and
are shared by GRAM001-GRAM004. The message carries LanguageTool's message, rule id and
category; the evidence has the rule, its category, issue type and suggestions.
"""
_FIX_SAFETY = """
Unsafe: the fix applies LanguageTool's first suggestion (with `--fix --unsafe-fixes`);
the other suggestions are listed in the message and in the evidence. A suggestion is a
guess from a statistical checker and may change a name, a quotation or a dialect that was
right. A match without a suggestion has no fix.
"""


def _doc(what: str, why: str, bad: str, good: str) -> str:
    """A GRAM rule's documentation, with the set-up and fix-safety text they share."""
    return "\n\n".join([
        "## What it does", inspect.cleandoc(what), inspect.cleandoc(_SETUP),
        "## Why it matters", inspect.cleandoc(why),
        "## Example", f"Bad: `{bad}`", f"Good: `{good}`",
        "## Fix safety", inspect.cleandoc(_FIX_SAFETY),
    ])


def _gram_rule(code: str, name: str, summary: str, severity: Severity, cases: list[Case],
               documentation: str) -> Callable[[CheckFunction], Rule]:
    """The ``@rule`` of a GRAM rule: what the four share is filled in here."""
    return rule(code=code, name=name, summary=summary, severity=severity, cases=cases,
                documentation=documentation, options=OPTIONS, default_enabled=False,
                fix=FixAvailability.SOMETIMES, yields_to=OWN_FAMILIES,
                config_table="languagetool", prefetch=prefetch)


@_gram_rule(
    GRAMMAR, "languagetool-grammar",
    "LanguageTool found a grammar error (agreement, confused words, wrong form).",
    Severity.WARNING,
    [Case("They was late for the vote.\n", fires=True, fixed="They were late for the vote.\n"),
     _CLEAN],
    _doc("""Reports LanguageTool matches in grammar categories: subject-verb agreement,
         confused words ("their"/"there"), collocations, wrong verb forms, and every
         category that is not spelling, punctuation or style.""",
         """Grammar errors in a scraped corpus mark machine-translated, spun or garbled
         text, and a model trained on them learns them.""",
         "They was late for the vote.", "They were late for the vote."),
)
def languagetool_grammar(doc: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
    """GRAM001: LanguageTool's grammar matches."""
    return _check(GRAMMAR, doc, options)


@_gram_rule(
    SPELLING, "languagetool-spelling", "LanguageTool found a possible spelling mistake.",
    Severity.WARNING,
    [Case("The festival starts teh next day.\n", fires=True,
          fixed="The festival starts the next day.\n"),
     Case("Great show \U0001f389 but teh crowd left early.\n", fires=True,
          fixed="Great show \U0001f389 but the crowd left early.\n",
          note="an emoji counts twice in LanguageTool's offsets"),
     _CLEAN],
    _doc("""Reports LanguageTool matches in the TYPOS category (issue type `misspelling`):
         words its dictionary does not know, with the closest known words as
         suggestions.""",
         """Typos are noise in a corpus; many unknown words in one document also point at
         text in another language, OCR output or broken encoding.""",
         "The festival starts teh next day.", "The festival starts the next day."),
)
def languagetool_spelling(doc: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
    """GRAM002: LanguageTool's spelling matches."""
    return _check(SPELLING, doc, options)


@_gram_rule(
    TYPOGRAPHY, "languagetool-typography",
    "LanguageTool found a punctuation, typography or capitalisation problem.",
    Severity.INFO,
    [Case("The river  was high in spring.\n", fires=True,
          fixed="The river was high in spring.\n"), _CLEAN],
    _doc("""Reports LanguageTool matches in the PUNCTUATION, TYPOGRAPHY and CASING
         categories: doubled spaces, a space before a comma, a missing capital at the
         start of a sentence.""",
         """Scrapers leave doubled spaces and broken punctuation where markup was removed;
         they are cheap to fix and make tokenisation and duplicate detection less
         reliable.""",
         "The river  was high in spring. (two spaces)", "The river was high in spring."),
)
def languagetool_typography(doc: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
    """GRAM003: LanguageTool's punctuation, typography and casing matches."""
    return _check(TYPOGRAPHY, doc, options)


@_gram_rule(
    STYLE, "languagetool-style",
    "LanguageTool suggests a style change (wordiness, redundancy, register).",
    Severity.INFO,
    [Case("We met in order to plan the fair.\n", fires=True,
          fixed="We met to plan the fair.\n"), _CLEAN],
    _doc("""Reports LanguageTool matches in style categories (STYLE, REDUNDANCY,
         PLAIN_ENGLISH, WIKIPEDIA...): wordy phrases, redundancies, informal register.
         Set `picky = true` for more of them.""",
         """Style findings are advice rather than errors (severity info), but clusters of
         them mark padded, generated or spun text.""",
         "We met in order to plan the fair.", "We met to plan the fair."),
)
def languagetool_style(doc: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
    """GRAM004: LanguageTool's style matches."""
    return _check(STYLE, doc, options)


RULES = [languagetool_grammar, languagetool_spelling, languagetool_typography,
         languagetool_style]
