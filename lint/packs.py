"""Rule packs: rules that are data, declared in YAML or TOML files users can extend.

A pack is a file with a top-level ``rules`` list. Each entry is a rule of one *kind*
(after Vale's declarative rule types); phrases (``tokens``, ``swap`` keys) are literal
text, ``patterns`` are Python regular expressions, and both match on word boundaries
in prose (Markdown code and link targets are never matched):

``existence``
    Report every occurrence of a phrase (``tokens``) or pattern (``patterns``).
    Fix (off unless ``fix`` says so): remove the match and the space after it.
``substitution``
    Report every occurrence of a key of ``swap`` and suggest its value; the fix (unsafe
    by default) replaces it, keeping the case pattern of the text ("Court Docket" ->
    "Court").
``line``
    Report a whole line that, stripped of surrounding space, *is* one of the ``tokens``
    (compared ignoring case, runs of spaces and trailing ``.:!?``) or matches one of the
    ``patterns`` in full; ``min-words`` / ``max-words`` bound its length in words, and
    ``skip-first-line: true`` never reports a document's first non-blank line (its title);
    ``skip-table-rows: true`` never reports a row of a table (see :func:`table_row`). The
    fix (safe by default) removes the line.
``occurrence``
    Report a document with more than ``max`` matches of its ``tokens`` and ``patterns``
    together; the finding points at the first match over the limit. Never fixed.
``repetition``
    Report a word immediately repeated ("the the"), across spaces and at most one line
    break. ``tokens`` limits it to those words (default: any word of letters);
    ``exceptions`` lists words that may repeat ("had had"). The fix (unsafe by default)
    removes the second copy.

Common keys: ``code``, ``name``, ``kind``, ``summary`` (required); ``message`` (a format
string with ``{match}``, plus ``{suggestion}`` for substitution and ``{count}``/``{max}``
for occurrence), ``severity`` (info, warning, error), ``fix`` (none, safe, unsafe),
``ignore-case`` (default true), ``formats`` (the document kinds checked, of text, markdown
and jsonl; default all), ``default-enabled``, ``yields-to`` (code prefixes whose overlapping
findings take precedence, as ``Rule.yields_to``), ``documentation`` and ``cases``
(``{text, fires, fixed?, kind?, note?}``, run by the meta-test for built-in packs).

An entry with ``extends: CODE`` adds its ``tokens``, ``patterns``, ``swap``,
``exceptions`` and ``cases`` to an existing pack rule instead of defining a new one;
that is how users grow the built-in lists without Python. Example::

    rules:
      - code: BOIL901
        name: house-chrome
        kind: line
        summary: Our site's "Back to top" links.
        message: "page chrome line {match!r}"
        tokens: ["Back to top"]
        cases:
          - {text: "News.\\nBack to top\\n", fires: true, fixed: "News.\\n"}
          - {text: "Go back to top form.\\n", fires: false}
      - extends: BOIL001
        patterns: ['(?:#\\w+ ?)+ via @\\w+']

Every mistake in a pack (bad YAML or TOML, an unknown key, a bad regex, a missing code,
an unknown kind, extending an unknown code) is a :class:`PackError` naming the file and
the rule.

Phrases are compiled into one trie-shaped regular expression per rule, so matching
costs about the same for ten phrases as for ten thousand (see ``bench/bench_packs.py``).
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import yaml

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib  # type: ignore[import-not-found,unused-ignore]

from .document import Document, Segment
from .model import Edit, Finding, Fix, FixAvailability, Severity
from .registry import Registry, RegistryError
from .rule import CASE_KINDS, CODE_PATTERN, Case, Rule
from .writer import AtomicFile

KINDS = ("existence", "substitution", "line", "occurrence", "repetition")
FIX_LEVELS = ("none", "safe", "unsafe")
_DEFAULT_FIX = {"existence": "none", "substitution": "unsafe", "line": "safe",
                "occurrence": "none", "repetition": "unsafe"}
_COMMON_KEYS = frozenset({"code", "name", "kind", "summary", "severity", "message", "fix",
                          "ignore-case", "formats", "documentation", "cases",
                          "default-enabled", "yields-to"})
FORMATS = ("text", "markdown", "jsonl")
_KIND_KEYS = {
    "existence": frozenset({"tokens", "patterns"}),
    "substitution": frozenset({"swap"}),
    "line": frozenset({"tokens", "patterns", "min-words", "max-words", "skip-first-line",
                        "skip-table-rows"}),
    "occurrence": frozenset({"tokens", "patterns", "max"}),
    "repetition": frozenset({"tokens", "exceptions"}),
}
_EXTEND_KEYS = frozenset({"extends", "tokens", "patterns", "swap", "exceptions", "cases"})
_ALL_KEYS = _COMMON_KEYS | _EXTEND_KEYS | frozenset().union(*_KIND_KEYS.values())
_TOP_KEYS = frozenset({"rules", "description"})
_LINE_END_PUNCTUATION = ".:!?"


class PackError(Exception):
    """A rule pack is malformed; the message names the file and the rule."""


@dataclass(frozen=True)
class PackSpec:
    """The declarative part of a pack rule; :class:`PackCheck` interprets it."""

    kind: str
    message: str
    tokens: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    swap: Mapping[str, str] = field(default_factory=dict)
    exceptions: tuple[str, ...] = ()
    ignore_case: bool = True
    fix: str = "none"
    min_words: int = 0
    max_words: int = 0
    skip_first_line: bool = False
    skip_table_rows: bool = False
    max: int = 0
    formats: tuple[str, ...] = FORMATS

    def merged(self, other: PackSpec) -> PackSpec:
        """This spec with ``other``'s entries added (what ``extends:`` does)."""
        return replace(
            self,
            tokens=_union(self.tokens, other.tokens),
            patterns=_union(self.patterns, other.patterns),
            exceptions=_union(self.exceptions, other.exceptions),
            swap={**self.swap, **other.swap},
        )

    @property
    def size(self) -> int:
        """How many entries (phrases, patterns, swaps) the rule has."""
        return len(self.tokens) + len(self.patterns) + len(self.swap)


def _union(first: tuple[str, ...], second: tuple[str, ...]) -> tuple[str, ...]:
    return first + tuple(s for s in second if s not in first)


# -- matching phrases ------------------------------------------------------------------------


def trie_regex(phrases: Sequence[str]) -> str:
    """A regular expression matching exactly ``phrases``, shaped as a trie.

    A flat alternation of 10,000 phrases makes the regex engine try every branch at every
    position; in trie shape it follows one character at a time, and since optional
    suffixes are greedy it prefers the longest phrase.

    >>> trie_regex(["cat", "car", "cart", "dog"])
    '(?:ca(?:rt?|t)|dog)'
    >>> bool(re.fullmatch(trie_regex(["a.b", "a"]), "a.b"))
    True
    """
    trie: dict[str, Any] = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_node(trie) if trie else "(?!)"


def _trie_node(node: Mapping[str, Any]) -> str:
    """The regex for the phrases below ``node`` (a phrase ends here when "" is a key)."""
    children = sorted((char, child) for char, child in node.items() if char)
    leaves = [re.escape(char) for char, child in children if list(child) == [""]]
    branches = [re.escape(char) + _trie_node(child)
                for char, child in children if list(child) != [""]]
    if len(leaves) > 1:
        branches.append("[" + "".join(leaves) + "]")
    else:
        branches.extend(leaves)
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return body
    return (body if _is_atom(body) else f"(?:{body})") + "?"


def _is_atom(regex: str) -> bool:
    """True when ``?`` after ``regex`` applies to all of it (a group, class or one char)."""
    if regex.startswith("(?:") and regex.endswith(")"):
        return _closes_at_end(regex)
    if regex.startswith("[") and regex.endswith("]") and regex.count("]") == 1:
        return True
    return len(regex) == 1 or (len(regex) == 2 and regex[0] == "\\")


def _closes_at_end(regex: str) -> bool:
    """True when the group opening ``regex`` closes at its last character."""
    return _group_end(regex) == len(regex)


class Match(NamedTuple):
    """One match of a pack rule: its span, the text and the entry that matched."""

    start: int
    end: int
    text: str
    entry: str


class Matcher:
    """Finds a rule's phrases and patterns in a text: leftmost, longest, not overlapping."""

    def __init__(self, phrases: Sequence[str], patterns: Sequence[str], ignore_case: bool):
        self.ignore_case = ignore_case
        self.patterns = tuple(patterns)
        self.entries: dict[str, str] = {}
        for phrase in phrases:
            self.entries.setdefault(phrase.lower() if ignore_case else phrase, phrase)

    # The automaton and regexes are built on first use: `corpus-lint rules` and runs that
    # do not select a big lexicon rule should not pay for building them.

    @cached_property
    def _automaton(self) -> Any:
        """One Aho-Corasick automaton over every phrase (pyahocorasick, in C).

        It finds every occurrence of every phrase in one pass over the text, whatever the
        number of phrases, and builds in milliseconds where a 30,000-phrase regex took a
        second to compile. Word boundaries and overlaps are settled on its (few) hits.
        """
        import ahocorasick  # deferred: only runs that match phrases need it

        automaton = ahocorasick.Automaton()
        for key in self.entries:
            automaton.add_word(key, len(key))
        automaton.make_automaton()
        return automaton

    @cached_property
    def _patterns(self) -> list[tuple[str, re.Pattern[str]]]:
        return [(p, compile_pattern(p, self.ignore_case)) for p in self.patterns]

    def find(self, text: str) -> list[Match]:
        """Every match in ``text``, in order, overlaps resolved leftmost-longest."""
        found = self._find_phrases(text)
        if not self._patterns:
            return found
        for pattern, regex in self._patterns:
            found += [Match(m.start(), m.end(), m.group(0), pattern)
                      for m in regex.finditer(text) if m.end() > m.start()]
        return _without_overlaps(found)

    def _find_phrases(self, text: str) -> list[Match]:
        if not self.entries:
            return []
        haystack = _lowered(text) if self.ignore_case else text
        hits = [(last + 1 - size, last + 1)
                for last, size in self._automaton.iter(haystack)
                if _on_word_boundaries(haystack, last + 1 - size, last + 1)]
        if not hits:
            return []
        kept: list[Match] = []
        for start, end in sorted(hits, key=lambda hit: (hit[0], -hit[1])):
            if not kept or start >= kept[-1].end:
                kept.append(self._match(start, end, text))
        return kept

    def _match(self, start: int, end: int, text: str) -> Match:
        matched = text[start:end]
        key = matched.lower() if self.ignore_case else matched
        return Match(start, end, matched, self.entries.get(key, matched))


def _lowered(text: str) -> str:
    """``text`` lower-cased character by character, keeping its length (and so offsets).

    ``str.lower`` turns a few characters into two ("İ" -> "i̇"); those are kept as they are.
    """
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(low if len(low := char.lower()) == 1 else char for char in text)


def _on_word_boundaries(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is neither preceded nor followed by a word character
    (the boundary rule of the regex ``(?<!\\w)…(?!\\w)``)."""
    return ((start == 0 or not _is_word_char(text[start - 1]))
            and (end == len(text) or not _is_word_char(text[end])))


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def compile_pattern(pattern: str, ignore_case: bool) -> re.Pattern[str]:
    """A pack pattern, compiled to match on word boundaries."""
    return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE if ignore_case else 0)


def _without_overlaps(matches: list[Match]) -> list[Match]:
    kept: list[Match] = []
    for match in sorted(matches, key=lambda m: (m.start, -m.end)):
        if not kept or match.start >= kept[-1].end:
            kept.append(match)
    return kept


def match_case(template: str, replacement: str) -> str:
    """Give ``replacement`` the case pattern of ``template``.

    >>> match_case("Court Docket", "court"), match_case("COURT DOCKET", "court")
    ('Court', 'COURT')
    >>> match_case("court docket", "Court"), match_case("Secretary Common", "secretary general")
    ('Court', 'Secretary General')
    """
    letters = [c for c in template if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) > 1:
        return replacement.upper()
    words = template.split()
    if words and all(w[:1].isupper() for w in words if w[:1].isalpha()) and len(words) > 1:
        return " ".join(w[:1].upper() + w[1:] for w in replacement.split(" "))
    if template[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


# -- checking ----------------------------------------------------------------------------


def _format(message: str, **values: object) -> str:
    try:
        return message.format(**values)
    except (KeyError, IndexError, ValueError, AttributeError):
        return message  # a pack's message is data: a bad placeholder must not crash a run


def _make_fix(level: str, title: str, edit: Edit) -> Fix | None:
    if level == "safe":
        return Fix.safe(title, edit)
    if level == "unsafe":
        return Fix.unsafe(title, edit)
    return None


def _removal(text: str, start: int, end: int) -> Edit:
    """Delete ``text[start:end]`` with the spaces after it (or, at a line end, before it)."""
    after = end
    while after < len(text) and text[after] in " \t":
        after += 1
    if after > end and after < len(text) and text[after] != "\n":
        return Edit.deletion(start, after)
    before = start
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    return Edit.deletion(before, after)


#: What ties a pattern's parts to its group numbers or names (back-references, group
#: conditions): such a pattern is not joined with others nor cut.
_NOT_JOINABLE = re.compile(r"\\[1-9]|\(\?P[<=]|\(\?\(")
_REPEAT = re.compile(r"(?<!\w)([^\W\d_]+)([ \t]*\n[ \t]*|[ \t]+)(\1)(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class PackCheck:
    """The check function of a pack rule: interprets its :class:`PackSpec`."""

    spec: PackSpec

    # Built on first use, not when the check is made: each ``extends:`` entry of a pack
    # makes a new check, and only the last one of a rule ever runs.

    @cached_property
    def matcher(self) -> Matcher:
        """The rule's phrases and patterns, for the kinds that look for them in prose."""
        spec = self.spec
        phrases = [*spec.tokens, *spec.swap] if spec.kind != "repetition" else []
        return Matcher(phrases, spec.patterns, spec.ignore_case)

    @cached_property
    def line_tokens(self) -> Mapping[str, str]:
        """A line rule's tokens by their line key (:func:`_line_key`)."""
        spec = self.spec
        keys: dict[str, str] = {}
        for token in spec.tokens if spec.kind == "line" else ():
            keys.setdefault(_line_key(token, spec.ignore_case), token)
        return keys

    def __call__(self, doc: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
        if doc.source.kind not in self.spec.formats:
            return iter(())
        return self._check(doc)

    @cached_property
    def _check(self) -> Callable[[Document], Iterator[Finding]]:
        """The method checking a document for this rule's kind."""
        checks = {"existence": self._existence, "substitution": self._substitution,
                  "line": self._line, "occurrence": self._occurrence,
                  "repetition": self._repetition}
        return checks[self.spec.kind]

    def _existence(self, doc: Document) -> Iterator[Finding]:
        for m in self.matcher.find(doc.prose):
            fix = _make_fix(self.spec.fix, f"remove {m.text!r}",
                            _removal(doc.text, m.start, m.end))
            yield Finding(m.start, m.end, _format(self.spec.message, match=m.text), fix,
                          {"matched": m.text, "entry": m.entry})

    def _substitution(self, doc: Document) -> Iterator[Finding]:
        swap = self.spec.swap
        for m in self.matcher.find(doc.prose):
            suggestion = match_case(m.text, swap.get(m.entry, swap.get(m.text, "")))
            fix = _make_fix(self.spec.fix, f"replace with {suggestion!r}",
                            Edit(m.start, m.end, suggestion))
            message = _format(self.spec.message, match=m.text, suggestion=suggestion)
            yield Finding(m.start, m.end, message, fix,
                          {"matched": m.text, "entry": m.entry, "suggestion": suggestion})

    def _line(self, doc: Document) -> Iterator[Finding]:
        lines = doc.memo("packs.lines", _document_lines)
        spec = self.spec
        tokens = self._token_lines(lines)
        candidates = self._candidates(lines, self._literal_hits(doc, lines))
        first = 1 if spec.skip_first_line else 0
        for i in sorted(tokens.keys() | candidates.keys()):
            body = lines.bodies[i]
            if i < first or not self._within_word_limits(body):
                continue
            entry = tokens.get(i)
            if entry is None:
                entry = next((spec.patterns[p] for p in candidates.get(i, ())
                              if self._line_matches(p, body)), None)
            if entry is None or (spec.skip_table_rows and table_row(lines.bodies, i)):
                continue
            line = lines.segments[i]
            start, end = doc.line_removal(line)
            offset = line.start + doc.prose[line.start:line.end].index(body[0])
            yield Finding(offset, offset + len(body), _format(spec.message, match=body),
                          _make_fix(spec.fix, "remove the line", Edit.deletion(start, end)),
                          {"matched": body, "entry": entry})

    def _within_word_limits(self, body: str) -> bool:
        """True when ``body`` has at least ``min-words`` and at most ``max-words`` words
        (counted only for the lines a token or pattern may match, and only when limited)."""
        low, high = self.spec.min_words, self.spec.max_words
        if not (low or high):
            return True
        words = len(body.split())
        return words >= low and not (high and words > high)

    def _token_lines(self, lines: _Lines) -> dict[int, str]:
        """The lines that are one of the tokens (by index), with the token each is."""
        if not self.line_tokens:
            return {}
        get = self.line_tokens.get
        keys = (lines.keys if self.spec.ignore_case
                else [_line_key(body, False) for body in lines.bodies])
        return {i: entry for i, key in enumerate(keys) if (entry := get(key)) is not None}

    def _literal_hits(self, doc: Document, lines: _Lines) -> Mapping[str, set[int]]:
        """Where the required texts of this rule's patterns occur in ``lines``: from the
        document's one scan for the texts of every line rule (see :class:`_LiteralScan`)."""
        if not self._line_index[0]:  # first: it adds this rule's texts to the scan
            return {}
        return _LITERAL_SCAN.hits(doc, lines)

    def _candidates(self, lines: _Lines, hits: Mapping[str, set[int]]) -> dict[int, list[int]]:
        """The patterns that may match each line (by index; lines no pattern can match are
        left out), in pack order: those whose required text (:func:`required_literals`)
        occurs in it (``hits``: each text found, with the lines holding it), and those that
        require none when their joined test accepts the line."""
        by_text, always, always_any = self._line_index
        found: dict[int, set[int]] = {}
        for text in hits.keys() & by_text.keys():
            patterns = by_text[text]
            for i in hits[text]:
                found.setdefault(i, set()).update(patterns)
        if always:
            bodies = lines.bodies
            for i in ([i for i, body in enumerate(bodies) if always_any.fullmatch(body)]
                      if always_any else range(len(bodies))):
                found.setdefault(i, set()).update(always)
        return {i: sorted(indices) for i, indices in found.items()}

    def _line_candidates(self, body: str, folded: str) -> list[int]:
        """The patterns that may match one line (``folded``: its case-folded text), in
        pack order: :meth:`_candidates` for a document of that line alone."""
        lines = _Lines([], [body], [_line_key(body, True)], folded, [0])
        hits = _LITERAL_SCAN.scan(lines) if self._line_index[0] else {}
        return self._candidates(lines, hits).get(0, [])

    @cached_property
    def _line_index(self) -> tuple[Mapping[str, tuple[int, ...]], tuple[int, ...],
                                   re.Pattern[str] | None]:
        """The patterns' required texts (each to the patterns needing it, and added to the
        scan every line rule shares), the patterns that need none, and one regex joining
        those."""
        by_text: dict[str, list[int]] = {}
        always = []
        for i, pattern in enumerate(self.spec.patterns):
            texts = _literals_of(pattern)
            if texts is None:
                always.append(i)
            for text in texts or ():
                by_text.setdefault(text, []).append(i)
        _LITERAL_SCAN.add(by_text)
        return ({text: tuple(indices) for text, indices in by_text.items()}, tuple(always),
                self._joined([self.spec.patterns[i] for i in always]))

    def _line_matches(self, index: int, body: str) -> bool:
        """True when pattern ``index`` matches all of ``body`` (a stripped line)."""
        tests = self._line_compiled.get(index)
        if tests is None:
            tests = self._line_compiled[index] = self._line_tests(index)
        quick, full = tests
        return (quick is None or quick.fullmatch(body) is not None) and \
            full.fullmatch(body) is not None

    def _line_tests(self, index: int) -> tuple[re.Pattern[str] | None, re.Pattern[str]]:
        """Pattern ``index`` compiled (when a line first needs it: most never are), and
        before it, for a pattern that opens with look-aheads, the pattern without them.

        Those look-aheads ("not a line that says 'said'") scan the whole line, while the
        rest of the pattern usually fails at the line's first characters: trying the rest
        first (it matches whatever the pattern matches) skips most of the scans.
        """
        pattern = self.spec.patterns[index]
        flags = re.IGNORECASE if self.spec.ignore_case else 0
        full = re.compile(pattern, flags)
        rest = _without_leading_guards(pattern)
        if rest == pattern or _NOT_JOINABLE.search(pattern):
            return None, full
        try:
            return re.compile(rest, flags), full
        except re.error:
            return None, full

    @cached_property
    def _line_compiled(self) -> dict[int, tuple[re.Pattern[str] | None, re.Pattern[str]]]:
        return {}

    def _joined(self, patterns: list[str]) -> re.Pattern[str] | None:
        """``patterns`` as one regex: most lines match none, and one test rejects them.

        None when the patterns cannot be joined (group names or back-references that
        would clash); then each is tried in turn.
        """
        if not patterns or any(_NOT_JOINABLE.search(p) for p in patterns):
            return None
        flags = re.IGNORECASE if self.spec.ignore_case else 0
        # A test that rejects the lines no pattern matches, not the final word (each pattern
        # decides in _line_entry): leading look-aheads ("not a line that says 'said'") scan
        # the whole line, so they are left to that second step.
        prefilter = (_without_leading_guards(p) for p in patterns)
        try:
            return re.compile("|".join(f"(?:{p})" for p in prefilter), flags)
        except re.error:
            return None

    def _occurrence(self, doc: Document) -> Iterator[Finding]:
        matches = self.matcher.find(doc.prose)
        if len(matches) <= self.spec.max:
            return
        m = matches[self.spec.max]
        message = _format(self.spec.message, match=m.text, count=len(matches),
                          max=self.spec.max)
        yield Finding(m.start, m.end, message, None,
                      {"matched": m.text, "entry": m.entry, "count": len(matches),
                       "max": self.spec.max})

    def _repetition(self, doc: Document) -> Iterator[Finding]:
        only = {t.lower() for t in self.spec.tokens}
        allowed = {e.lower() for e in self.spec.exceptions}
        for m in _REPEAT.finditer(doc.prose):
            word = m.group(1).lower()
            if (only and word not in only) or word in allowed:
                continue
            if not self.spec.ignore_case and m.group(1) != m.group(3):
                continue
            fix = _make_fix(self.spec.fix, f"remove the second {m.group(3)!r}",
                            Edit.deletion(m.start(2), m.end(3)))
            yield Finding(m.start(), m.end(), _format(self.spec.message, match=m.group(1)),
                          fix, {"matched": m.group(0), "entry": word})


#: Text a pattern's required literal is looked for in: case-folded, with the two letters
#: Python's case-insensitive matching equates with "i" that case folding does not map to
#: "i" (dotless ı, and dotted İ, which folds to "i" and a combining dot), so that a line a
#: pattern matches always holds the pattern's literal.
@lru_cache(maxsize=1024)  # each guarded pattern asks for the same lines
def _literal_key(text: str) -> str:
    return text.replace("İ", "i").casefold().replace("ı", "i")


#: The least size of a required literal, in UTF-8 bytes: three ASCII letters, or two of
#: most other scripts (a Korean or Chinese word is often two characters long).
_LITERAL_MIN = 3
#: Punctuation common in running text: a required text of these alone would be in most
#: lines, and looking for it would gain nothing.
_COMMON_PUNCTUATION = frozenset(".,;:!?'\"()[]-–—‘’“”…/*_")


def _literal_char(char: str) -> bool:
    """True when ``char`` may be part of a required literal: any character but a line
    break (no line holds one). Whatever character case-insensitive matching equates with
    it folds as it does (see :func:`_literal_key`), so a literal run a line matches shows
    in the line's folded text."""
    return char != "\n"


def _size(text: str) -> int:
    return len(text.encode("utf-8"))


def _usable(text: str) -> bool:
    """True when ``text`` is worth looking for as a required literal: three UTF-8 bytes
    or more, or symbols rare in running text (:func:`_symbols`)."""
    return _size(text) >= _LITERAL_MIN or _symbols(text)


def _symbols(text: str) -> bool:
    """True when ``text`` is made of symbols rare in running text ("|", "©", "·", "#"):
    short as it is, it is worth looking for.

    >>> _symbols("|"), _symbols("©"), _symbols("-"), _symbols("a|")
    (True, True, False, False)
    """
    return all(not (c.isalnum() or c.isspace() or c in _COMMON_PUNCTUATION) for c in text)


def required_literals(pattern: str) -> frozenset[str] | None:
    r"""Texts one of which every match of ``pattern`` contains, case-folded (as a line is
    when they are looked for: a case-sensitive pattern, or one with ``(?i:…)`` parts,
    is matched as if it ignored case, which only lets more lines through to the pattern),
    or None when no such text is known (:func:`_usable`: three UTF-8 bytes or more, or
    symbols rare in running text such as the bar of "News | Sport | Weather").

    Found from the parsed pattern: runs of literal characters (:func:`_literal_char`)
    and classes of literal characters, through groups, repeats of one or more, positive
    look-arounds, and alternations whose branches each give one (negative look-aheads
    and optional parts give nothing).

    >>> sorted(required_literals(r"(?![^\n]*said)(?:sign|log)\s+in(?: now)?"))
    ['log', 'sign']
    >>> sorted(required_literals(r"(?=[^\n]{0,80}\bnewsletter\b).{3,}"))
    ['newsletter']
    >>> sorted(required_literals(r"\w+(?:\s+[|·•]\s+\w+){2,}")), required_literals(r"ab|cde")
    (['|', '·', '•'], None)
    >>> required_literals(r"[A-Z]{2,}\s*\d+"), required_literals(r"\w+-\w+")
    (None, None)
    """
    import re._parser as parser  # type: ignore[import-not-found]  # the regex parser

    try:
        parsed = parser.parse(pattern, re.IGNORECASE)
    except re.error:
        return None
    found = _required(parsed)
    return frozenset(found) if found else None


#: :func:`required_literals` of the built-in packs' patterns, from the analysis shipped
#: beside them (:data:`LITERALS_FILE`; parsing their 600 patterns cost a one-file run
#: 0.17 s), by :func:`_pattern_key`: a pattern edited since the file was written is
#: analysed afresh, which is slower but never wrong.
_KNOWN_LITERALS: dict[str, frozenset[str] | None] = {}
#: The file in a built-in pack directory holding its patterns' required literals.
LITERALS_FILE = "literals.json"


def _pattern_key(pattern: str) -> str:
    return hashlib.blake2b(pattern.encode("utf-8"), digest_size=12).hexdigest()


def _literals_of(pattern: str) -> frozenset[str] | None:
    """:func:`required_literals` of ``pattern``, from the shipped analysis if it has it."""
    key = _pattern_key(pattern)
    return _KNOWN_LITERALS[key] if key in _KNOWN_LITERALS else required_literals(pattern)


def literal_analysis(directory: Path) -> dict[str, list[str] | None]:
    """:func:`required_literals` of every pattern of the packs in ``directory``, by
    :func:`_pattern_key`, as :func:`write_literal_analysis` stores them (texts sorted;
    None for "none known")."""
    analysis: dict[str, list[str] | None] = {}
    for path in _pack_files(directory):
        for entry in read_pack(path):
            for pattern in entry.get("patterns") or ():
                if isinstance(pattern, str):
                    texts = required_literals(pattern)
                    analysis[_pattern_key(pattern)] = sorted(texts) if texts else None
    return dict(sorted(analysis.items()))


def write_literal_analysis(directory: Path) -> Path:
    """Write :func:`literal_analysis` of ``directory`` to its :data:`LITERALS_FILE`
    (atomically, one pattern a line); run it after editing a built-in pack's patterns::

        python -c "from pathlib import Path; from corpus_lint.packs import \\
            write_literal_analysis as w; w(Path('rules/packs'))"
    """
    target = directory / LITERALS_FILE
    rows = [f"{json.dumps(key)}: {json.dumps(texts, ensure_ascii=False)}"
            for key, texts in literal_analysis(directory).items()]
    out = AtomicFile(target, create=True, purpose=str(target))
    out.write(("{\n" + ",\n".join(rows) + "\n}\n").encode("utf-8"))
    out.commit()
    return target


def _read_literal_analysis(directory: Path) -> None:
    """Add the analysis shipped in ``directory`` (if any) to :data:`_KNOWN_LITERALS`."""
    try:
        data = json.loads((directory / LITERALS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return  # none shipped, or unreadable: patterns are analysed as they are used
    if isinstance(data, dict):
        for key, texts in data.items():
            if texts is None or (isinstance(texts, list) and texts
                                 and all(isinstance(t, str) for t in texts)):
                _KNOWN_LITERALS[key] = frozenset(texts) if texts else None


def _required(items: Any) -> set[str] | None:
    """Texts one of which every match of the parsed pattern ``items`` contains, each
    :func:`_usable`; of several such sets, the one whose shortest text is longest."""
    import re._constants as constants  # type: ignore[import-not-found]  # the opcodes

    repeats = {constants.MAX_REPEAT, constants.MIN_REPEAT,
               getattr(constants, "POSSESSIVE_REPEAT", constants.MAX_REPEAT)}

    def better(a: set[str] | None, b: set[str] | None) -> set[str] | None:
        if a is None or b is None:
            return a or b
        return a if min(map(_size, a)) >= min(map(_size, b)) else b

    def chosen(texts: set[str]) -> set[str] | None:
        return texts if texts and all(map(_usable, texts)) else None

    best: set[str] | None = None
    run: list[str] = []
    for op, arg in [*items, (None, None)]:  # the end flushes the last run
        if op is constants.LITERAL and _literal_char(chr(arg)):
            run.append(chr(arg))
            continue
        if run:
            best = better(best, chosen({_literal_key("".join(run))}))
            run.clear()
        if op is constants.IN and all(kind is constants.LITERAL for kind, _ in arg):
            best = better(best, chosen({_literal_key(chr(char)) for _, char in arg
                                        if _literal_char(chr(char))}))  # "[·•]"
        elif op is constants.SUBPATTERN:
            best = better(best, _required(arg[3]))
        elif op is getattr(constants, "ATOMIC_GROUP", None):
            best = better(best, _required(arg))
        elif op is constants.BRANCH:
            branches = [_required(branch) for branch in arg[1]]
            if all(branches):
                best = better(best, set().union(*branches))  # type: ignore[arg-type]
        elif op in repeats and arg[0] >= 1:
            best = better(best, _required(arg[2]))
        elif op is constants.ASSERT:
            best = better(best, _required(arg[1]))
    return best


def _without_leading_guards(pattern: str) -> str:
    """``pattern`` without the look-aheads it starts with: it matches at least what
    ``pattern`` matches.

    >>> _without_leading_guards(r"(?![^\\n]*\\bsaid\\b)(?:click|tap) here")
    '(?:click|tap) here'
    >>> _without_leading_guards(r"(?!x)(?![)(])y"), _without_leading_guards("(?!x)")
    ('y', '(?!x)')
    >>> _without_leading_guards(r"(?![^])]x)(?=.*z)z")
    'z'

    """
    rest = pattern
    while rest.startswith(("(?!", "(?=")):
        end = _group_end(rest)
        if end is None or end == len(rest):
            return pattern
        rest = rest[end:]
    return rest


def _group_end(regex: str) -> int | None:
    """The index just after the group that opens ``regex``, or None if it never closes."""
    depth, escaped, in_class = 0, False, False
    for i, char in enumerate(regex):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:  # "]" first in a class ("[]x]", "[^]x]") is a literal
            in_class = char != "]" or regex[i - 1] == "[" or regex[i - 2 : i] == "[^"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return i + 1
    return None


#: A table's cell separator, as extractors print a row of an HTML table on one line.
_CELL_BAR = re.compile(r"\s\|\s")
_DIGIT = re.compile(r"\d")
_TABLE_CELLS = 3
#: A fact box's cell, "Label: value" ("Příprava: 20 minut"): a row of them is no table's.
_LABELLED_CELL = re.compile(r"[^:\d]+:\s")


def table_row(lines: Sequence[str], i: int) -> bool:
    """True when line ``i`` of ``lines`` is a row of a table printed with bars between its
    cells: three cells or more, a line above or below it has as many, and one of the two
    holds a digit (a table's header above its first row of figures, or a row among rows).
    A menu row is not a table's: the rows near it hold other counts of items, or no
    figures, or are a fact box's ("Prep: 20 min | …"); two cells are too few to tell
    ("Helpful (4) | Report" over a sort control).

    >>> table_row(["Rank | Team | Record", "1 | Arkwright Valley | 9-0"], 0)
    True
    >>> table_row(["Home | News | Sport", "Council votes on bike lanes"], 0)
    False
    >>> table_row(["Home | News | Sport", "Log in | Register | Newsletter"], 0)
    False
    >>> table_row(["Prep: 20 min | Bake: 30 min | Serves: 4", "Save | Print | Share"], 1)
    False
    """
    cells = len(_CELL_BAR.split(lines[i]))
    if cells < _TABLE_CELLS:
        return False
    return any(len(row := _CELL_BAR.split(lines[j])) == cells
               and (_DIGIT.search(lines[j]) or _DIGIT.search(lines[i]))
               and not all(_LABELLED_CELL.match(cell) for cell in row)
               for j in (i - 1, i + 1) if 0 <= j < len(lines))


class _Lines(NamedTuple):
    """Every non-blank prose line of a document, as line rules read it: computed once per
    document for all line rules of a run (see Document.memo)."""

    segments: list[Segment]
    bodies: list[str]  # stripped of surrounding space
    keys: list[str]  # lower-case lookup keys (_line_key)
    folded: str  # the case-folded bodies (_literal_key) joined by line breaks
    starts: list[int]  # where each line's folded text begins in ``folded``


def _document_lines(doc: Document) -> _Lines:
    prose = doc.prose
    segments, bodies, folded, starts = [], [], [], []
    at = 0
    for line in doc.lines:
        body = prose[line.start:line.end].strip()
        if body:
            segments.append(line)
            bodies.append(body)
            folded.append(key := _literal_key(body))
            starts.append(at)
            at += len(key) + 1
    return _Lines(segments, bodies, [_line_key(body, True) for body in bodies],
                  "\n".join(folded), starts)


class _LiteralScan:
    """Finds the required texts of every line rule's patterns in a document's lines, in
    one Aho-Corasick pass for all the rules (pyahocorasick, in C): a pass costs about the
    same for the texts of one rule as for those of all, so one per rule would cost as
    many passes as there are line rules.

    A rule adds its texts when it first runs; a document scanned before that is scanned
    again, since the memo key holds the scan's version.
    """

    def __init__(self) -> None:
        self._texts: set[str] = set()
        self._version = 0
        self._automaton: Any = None

    def add(self, texts: Iterable[str]) -> None:
        """Look for ``texts`` too, from now on."""
        new = set(texts) - self._texts
        if new:
            self._texts |= new
            self._version += 1
            self._automaton = None

    def hits(self, doc: Document, lines: _Lines) -> Mapping[str, set[int]]:
        """:meth:`scan` of ``lines`` (the document's ``packs.lines``), once per document."""
        return doc.memo(f"packs.literal-hits.{self._version}", lambda _: self.scan(lines))

    def scan(self, lines: _Lines) -> dict[str, set[int]]:
        """Each text found in ``lines``, with the indices of the lines holding it (no text
        holds a line break, so each occurrence lies in one line)."""
        if not self._texts:
            return {}
        if self._automaton is None:
            import ahocorasick  # deferred, as for phrase lists

            automaton = ahocorasick.Automaton()
            for text in self._texts:
                automaton.add_word(text, text)
            automaton.make_automaton()
            self._automaton = automaton
        found: dict[str, set[int]] = {}
        starts = lines.starts
        for last, text in self._automaton.iter(lines.folded):
            found.setdefault(text, set()).add(bisect_right(starts, last) - 1)
        return found


_LITERAL_SCAN = _LiteralScan()


#: Texts a GuardedPattern keeps its candidates for (the lines of a page or two).
_RECENT_TEXTS = 256


class GuardedPattern:
    r"""A regular expression that looks for the texts its matches need before it runs.

    ``pattern`` is one expression, or several that act as its alternatives ("|"-joined,
    in order). :meth:`search`, :meth:`match` and :meth:`fullmatch` first look for every
    alternative's required texts (:func:`required_literals`) in one Aho-Corasick pass over
    the case-folded text, then run only the alternatives whose texts are there (and those
    that need none), and return what the joined expression would have matched. A long
    alternation of lazy patterns ("share … with your friends" in twenty languages) costs
    a regex engine a try at every position of every line, and most lines hold none of its
    words.

    >>> calls = GuardedPattern([r"share (?:it|this) with (?:your )?friends", r"teile es"])
    >>> calls.search("Please SHARE this with your friends!").group()
    'SHARE this with your friends'
    >>> calls.search("The council met on Monday.") is None
    True
    >>> GuardedPattern(r"^(?:faq|questions)$").match("Questions") is not None
    True

    With several alternatives, a match's groups are numbered within its own alternative.
    """

    def __init__(self, pattern: str | Sequence[str], flags: int = re.IGNORECASE) -> None:
        self.alternatives = (pattern,) if isinstance(pattern, str) else tuple(pattern)
        self.pattern = "|".join(self.alternatives)
        self.flags = flags
        # Each alternative is compiled the first time a text holds what it needs: a run
        # compiles only the expressions its documents can reach (compiling is most of a
        # small run's start-up).
        self._compiled: list[re.Pattern[str] | None] = []
        self._automaton: Any = None  # required text -> indices of the alternatives
        self._unguarded: list[int] = []  # alternatives with no required text
        self._prepared = False
        self._recent: dict[str, list[re.Pattern[str]]] = {}

    @cached_property
    def regex(self) -> re.Pattern[str]:
        """The joined expression, compiled."""
        return re.compile(self.pattern, self.flags)

    def _candidates(self, text: str) -> list[re.Pattern[str]]:
        """The alternatives that may match ``text``, in order (kept for the last texts
        asked: a rule asks about the same line more than once)."""
        found = self._recent.get(text)
        if found is not None:
            return found
        if not self._prepared:
            self._prepare()
        indices = set(self._unguarded)
        if self._automaton is not None:
            for _, hit in self._automaton.iter(_literal_key(text)):
                indices.update(hit)
        found = [self._alternative(i) for i in sorted(indices)]
        if len(self._recent) >= _RECENT_TEXTS:
            self._recent.clear()
        self._recent[text] = found
        return found

    def _alternative(self, index: int) -> re.Pattern[str]:
        compiled = self._compiled[index]
        if compiled is None:
            compiled = self._compiled[index] = (
                self.regex if len(self.alternatives) == 1
                else re.compile(self.alternatives[index], self.flags))
        return compiled

    def _prepare(self) -> None:
        import ahocorasick  # deferred, as for phrase lists

        by_text: dict[str, set[int]] = {}
        for index, alternative in enumerate(self.alternatives):
            texts = required_literals(alternative)
            if texts is None:
                self._unguarded.append(index)
            for text in texts or ():
                by_text.setdefault(text, set()).add(index)
        if by_text:
            automaton = ahocorasick.Automaton()
            for text, indices in by_text.items():
                automaton.add_word(text, frozenset(indices))
            automaton.make_automaton()
            self._automaton = automaton
        self._compiled = [None] * len(self.alternatives)
        self._prepared = True

    def search(self, text: str) -> re.Match[str] | None:
        """What ``regex.search(text)`` finds: the leftmost match, the first alternative's
        of those starting there."""
        best: re.Match[str] | None = None
        for regex in self._candidates(text):
            found = regex.search(text)
            if found is not None and (best is None or found.start() < best.start()):
                best = found
        return best

    def match(self, text: str) -> re.Match[str] | None:
        """What ``regex.match(text)`` finds."""
        return next((m for r in self._candidates(text) if (m := r.match(text))), None)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        """What ``regex.fullmatch(text)`` finds."""
        return next((m for r in self._candidates(text) if (m := r.fullmatch(text))), None)


def _line_key(text: str, ignore_case: bool) -> str:
    key = " ".join(text.split()).rstrip(_LINE_END_PUNCTUATION)
    return key.lower() if ignore_case else key


# -- loading -----------------------------------------------------------------------------


def read_pack(path: Path) -> list[Mapping[str, Any]]:
    """The rule entries of a pack file (YAML, or TOML for ``*.toml``), with known keys."""
    data = _parse(path)
    if not isinstance(data, Mapping) or not isinstance(data.get("rules"), list):
        raise PackError(f"{path}: a rule pack needs a top-level 'rules' list")
    unknown = set(data) - _TOP_KEYS
    if unknown:
        raise PackError(f"{path}: unknown top-level key(s) {', '.join(sorted(map(str, unknown)))}"
                        " (expected 'rules')")
    for i, entry in enumerate(data["rules"], 1):
        if not isinstance(entry, Mapping):
            raise PackError(f"{path}: rule #{i} must be a table/mapping")
        unknown = set(entry) - _ALL_KEYS
        if unknown:
            raise PackError(f"{path}: {_where(i, entry)}: unknown key(s) "
                            f"{', '.join(sorted(map(str, unknown)))}")
    return list(data["rules"])


_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _parse(path: Path) -> Any:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise PackError(f"{path}: cannot read rule pack: {exc.strerror or exc}") from exc
    try:
        if path.suffix.lower() == ".toml":
            return tomllib.loads(raw.decode("utf-8"))
        # libyaml's loader, where PyYAML was built with it, parses the built-in packs
        # about ten times faster: it is on every run's start-up path.
        return yaml.load(raw.decode("utf-8"), Loader=_YAML_LOADER)  # noqa: S506 (a safe loader)
    except (yaml.YAMLError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        kind = "TOML" if path.suffix.lower() == ".toml" else "YAML"
        raise PackError(f"{path}: invalid {kind}: {exc}") from exc


def _where(index: int, entry: Mapping[str, Any]) -> str:
    if "extends" in entry:
        return f"rule #{index} (extends {entry['extends']})"
    return f"rule #{index} ({entry.get('code', 'no code')})"


@dataclass(frozen=True)
class _Entry:
    """One pack entry being validated, with where it is for error messages."""

    path: Path
    where: str
    data: Mapping[str, Any]
    trusted: bool = False  # a shipped pack: its patterns are compiled and checked in tests

    def fail(self, problem: str) -> PackError:
        return PackError(f"{self.path}: {self.where}: {problem}")

    def strings(self, key: str) -> tuple[str, ...]:
        value = self.data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise self.fail(f"{key!r} must be a list of non-empty strings")
        return tuple(value)

    def flag(self, key: str, default: bool) -> bool:
        value = self.data.get(key, default)
        if not isinstance(value, bool):
            raise self.fail(f"{key!r} must be true or false, got {value!r}")
        return value

    def count(self, key: str) -> int:
        value = self.data.get(key, 0)
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise self.fail(f"{key!r} must be a whole number >= 0, got {value!r}")
        return value

    def text(self, key: str, default: str = "") -> str:
        value = self.data.get(key, default)
        if not isinstance(value, str):
            raise self.fail(f"{key!r} must be a string, got {value!r}")
        return value


def _spec(entry: _Entry, kind: str) -> PackSpec:
    """Validate the kind-specific keys of ``entry`` into a spec of ``kind``."""
    if "extends" in entry.data:
        allowed = frozenset({"extends", "cases"}) | (_KIND_KEYS[kind] & _EXTEND_KEYS)
    else:
        allowed = _COMMON_KEYS | _KIND_KEYS[kind]
    extra = set(entry.data) - allowed
    if extra:
        raise entry.fail(f"key(s) {', '.join(sorted(extra))} not allowed for a {kind} rule"
                         + (" extension" if "extends" in entry.data else ""))
    swap = entry.data.get("swap", {})
    if not isinstance(swap, Mapping) or not all(
            isinstance(k, str) and k and isinstance(v, str) for k, v in swap.items()):
        raise entry.fail("'swap' must map non-empty strings to strings")
    patterns = entry.strings("patterns")
    for pattern in patterns if not entry.trusted else ():
        _check_pattern(entry, pattern)
    fix = entry.text("fix", _DEFAULT_FIX[kind])
    if fix not in FIX_LEVELS or (kind == "occurrence" and fix != "none"):
        levels = "none" if kind == "occurrence" else ", ".join(FIX_LEVELS)
        raise entry.fail(f"'fix' must be one of {levels}, got {fix!r}")
    formats = entry.strings("formats") if "formats" in entry.data else FORMATS
    if not set(formats) <= set(FORMATS):
        raise entry.fail(f"'formats' must list some of {', '.join(FORMATS)}, got {formats}")
    return PackSpec(kind=kind, message=entry.text("message", "{match}"), formats=formats,
                    tokens=entry.strings("tokens"), patterns=patterns, swap=dict(swap),
                    exceptions=entry.strings("exceptions"),
                    ignore_case=entry.flag("ignore-case", True), fix=fix,
                    min_words=entry.count("min-words"), max_words=entry.count("max-words"),
                    skip_first_line=entry.flag("skip-first-line", False),
                    skip_table_rows=entry.flag("skip-table-rows", False),
                    max=entry.count("max"))


def _check_pattern(entry: _Entry, pattern: str) -> None:
    try:
        compiled = re.compile(pattern)
        compile_pattern(pattern, ignore_case=True)  # e.g. global inline flags fail here
    except re.error as exc:
        raise entry.fail(f"invalid pattern {pattern!r}: {exc}") from None
    if compiled.match(""):
        raise entry.fail(f"pattern {pattern!r} matches the empty string")


def _cases(entry: _Entry) -> tuple[Case, ...]:
    raw = entry.data.get("cases", []) or []
    if not isinstance(raw, list):
        raise entry.fail("'cases' must be a list")
    cases = []
    for i, case in enumerate(raw, 1):
        if not isinstance(case, Mapping) or not isinstance(case.get("text"), str) or \
                not isinstance(case.get("fires"), bool):
            raise entry.fail(f"case #{i} needs 'text' (a string) and 'fires' (true/false)")
        unknown = set(case) - {"text", "fires", "fixed", "kind", "note"}
        fixed, kind = case.get("fixed"), case.get("kind", "text")
        if unknown or not isinstance(fixed, (str, type(None))) or kind not in CASE_KINDS:
            raise entry.fail(f"case #{i}: keys are text, fires, fixed (a string), kind "
                             f"({' or '.join(CASE_KINDS)}) and note")
        cases.append(Case(text=case["text"], fires=case["fires"], fixed=fixed, kind=kind,
                          note=str(case.get("note", ""))))
    return tuple(cases)


_DATA_NOTE = "This rule is data: "


def _documentation(text: str, spec: PackSpec, code: str, pack: str) -> str:
    """The rule's documentation, ending with a note on its entries and how to extend it."""
    doc = text.split(_DATA_NOTE)[0].strip()
    if spec.size:
        doc += (f"\n\n{_DATA_NOTE}{spec.size} entries in the rule pack {pack}. "
                f"Add your own with a rule pack entry `extends: {code}`.")
    return doc


def _new_rule(entry: _Entry) -> Rule:
    for key in ("code", "name", "kind", "summary"):
        if not isinstance(entry.data.get(key), str) or not entry.data[key].strip():
            raise entry.fail(f"missing or empty {key!r}")
    kind = entry.data["kind"]
    if kind not in KINDS:
        raise entry.fail(f"unknown kind {kind!r} (known: {', '.join(KINDS)})")
    spec = _spec(entry, kind)
    if not spec.size and kind != "repetition":
        raise entry.fail("no entries: give 'tokens', 'patterns' or 'swap'")
    try:
        severity = Severity.parse(entry.text("severity", "warning"))
    except ValueError as exc:
        raise entry.fail(str(exc)) from None
    code = entry.data["code"]
    if not CODE_PATTERN.match(code):
        raise entry.fail(f"invalid code {code!r}: a code is 2-6 capital letters and 3 digits")
    return Rule(
        code=code, name=entry.data["name"], summary=entry.data["summary"].strip(),
        documentation=_documentation(entry.text("documentation"), spec, code, entry.path.name),
        check_function=PackCheck(spec),
        severity=severity,
        fix=FixAvailability.NEVER if spec.fix == "none" else FixAvailability.ALWAYS,
        options={}, cases=_cases(entry),
        default_enabled=entry.flag("default-enabled", True), origin=str(entry.path),
        yields_to=entry.strings("yields-to"),
    )


def _extended(entry: _Entry, target: Rule | None) -> Rule:
    code = str(entry.data["extends"]).upper()
    if target is None:
        raise entry.fail(f"extends {code}, which is not a known rule code")
    check = target.check_function
    if not isinstance(check, PackCheck):
        raise entry.fail(f"extends {code}, which is written in Python: only rule-pack rules "
                         "can be extended")
    spec = check.spec.merged(_spec(entry, check.spec.kind))
    documentation = _documentation(target.documentation, spec, code, Path(target.origin).name)
    return replace(target, check_function=replace(check, spec=spec), documentation=documentation,
                   cases=target.cases + _cases(entry))


def _build(path: Path, base: Mapping[str, Rule],
           trusted: bool = False) -> tuple[dict[str, Rule], dict[str, Rule]]:
    """The rules a pack defines, and the rules of ``base`` it extends (rebuilt)."""
    new: dict[str, Rule] = {}
    extended: dict[str, Rule] = {}
    for i, data in enumerate(read_pack(path), 1):
        entry = _Entry(path, _where(i, data), data, trusted)
        if "extends" in data:
            code = str(data["extends"]).upper()
            target = new.get(code) or extended.get(code) or base.get(code)
            (new if code in new else extended)[code] = _extended(entry, target)
            continue
        rule = _new_rule(entry)
        if rule.code in new or rule.code in base:
            raise entry.fail(f"code {rule.code} is already defined"
                             + (" in this pack" if rule.code in new else
                                f" by {base[rule.code].origin} (to add entries to it, "
                                f"use 'extends: {rule.code}')"))
        new[rule.code] = rule
    return new, extended


def build_rules(path: Path, base: Mapping[str, Rule] | None = None,
                trusted: bool = False) -> list[Rule]:
    """The rules a pack defines, and the rules of ``base`` it extends (rebuilt).

    ``trusted`` skips compiling every pattern twice to check it (the shipped packs: the
    tests build them untrusted), which takes a quarter of a second at each start.
    """
    new, extended = _build(path, base or {}, trusted)
    return [*new.values(), *extended.values()]


def extend_registry(registry: Registry, path: Path) -> Registry:
    """Add a user's pack to the registry: new rules are added, extended ones replaced."""
    new, extended = _build(path, registry.rules)
    try:
        return registry.replacing(extended.values()).with_rules(new.values(), str(path))
    except RegistryError as exc:
        raise PackError(str(exc)) from None


def builtin(directory: Path) -> Sequence[Rule]:
    """Every rule of the pack files shipped in ``directory``."""
    _read_literal_analysis(directory)
    rules: list[Rule] = []
    for path in _pack_files(directory):
        rules.extend(build_rules(path, trusted=True))
    return rules


def _pack_files(directory: Path) -> list[Path]:
    return sorted([*directory.glob("*.yaml"), *directory.glob("*.yml"),
                   *directory.glob("*.toml")])


__all__ = ["KINDS", "Matcher", "PackCheck", "PackError", "PackSpec", "build_rules", "builtin",
           "extend_registry", "match_case", "read_pack", "trie_regex"]
