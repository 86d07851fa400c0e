"""ENC: encoding and character problems.

Five rules, each looking at characters rather than words:

- ENC001 mojibake: text decoded with the wrong codec ("cafÃ©"), repaired with ftfy;
- ENC002 control characters (C0, DEL, C1, terminal escape sequences, stray carriage returns);
- ENC003 invisible characters (zero-width spaces, soft hyphens, stray joiners, bidi controls);
- ENC004 HTML entities left in plain text ("&amp;", "&#8217;");
- ENC005 replacement characters U+FFFD: text already lost when it was decoded.

Every rule is one linear scan with a compiled character class, and every fix replaces only
the characters its finding names. The rules share one piece of state: the mojibake repairs
of a text (computed once, cached), so that characters which are part of a mojibake
sequence are reported once, by ENC001, and not again as control or invisible characters.

>>> [r.code for r in RULES]
['ENC001', 'ENC002', 'ENC003', 'ENC004', 'ENC005']
"""

from __future__ import annotations

import bisect
import functools
import html
import html.entities
import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import ftfy
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
from ftfy.badness import badness, is_bad

# -- shared helpers ----------------------------------------------------------------------

#: How much context a message shows around an invisible character.
_CONTEXT = 12
#: Longest excerpt of a finding's text shown in a message.
_SHOWN = 60


def shorten(text: str, limit: int = _SHOWN) -> str:
    """``text`` cut to ``limit`` characters, with an ellipsis when cut.

    >>> shorten("abcdef", 4)
    'abc…'
    """
    return text if len(text) <= limit else text[: limit - 1] + "…"


def codepoint(char: str) -> str:
    """The ``U+XXXX`` label of one character.

    >>> codepoint("\\u200b")
    'U+200B'
    """
    return f"U+{ord(char):04X}"


def _inside(spans: Sequence[tuple[int, int]], offset: int) -> bool:
    """Whether ``offset`` lies in one of the sorted, disjoint ``spans``."""
    index = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    return index >= 0 and spans[index][0] <= offset < spans[index][1]


# -- mojibake detection (ENC001, shared) -------------------------------------------------

#: ftfy restricted to repairing encodings. Everything that would change text that is not
#: mojibake is off: curly quotes stay curly, no Unicode normalization, no ligature or
#: width folding, no HTML unescaping (that is ENC004's job, and only in plain text), line
#: breaks and control characters untouched (ENC002). ``fix_c1_controls`` stays on: a C1
#: control in web text is a Windows-1252 character read as Latin-1 (what browsers assume).
FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=True,
    decode_inconsistent_utf8=True,
    fix_c1_controls=True,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=True,
    remove_control_chars=False,
    normalization=None,
    explain=True,
)

#: Mojibake is made of non-ASCII characters, so candidates grow from runs of them.
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
#: Runs this close (one space, or a short ASCII word between them) are checked together:
#: "â€œHelloâ€\x9d" is one quotation, a mis-decoded Cyrillic sentence is one finding.
_JOIN_GAP = 32
#: A candidate longer than this is cut at the next gap, so ftfy never sees a huge string.
_MAX_CANDIDATE = 1000
_DEFAULT_BADNESS = 1
#: A longer line is checked stretch by stretch only, not also as a whole.
_MAX_LINE = 100_000
#: Latin-1 readings of UTF-8 lead bytes whose continuation byte is often 0xA0 (no-break
#: space), which a later step turned into a plain space: "voilÃ le" for "voilà le".
_A0_LEADS = frozenset("ÂÃÅÎÐÙ")
_SPACES = " \t\n"
#: Characters of context shown to ftfy on either side of a candidate.
_CONTEXT_CHARS = 2


@dataclass(frozen=True)
class Repair:
    """A stretch of mojibake: where it is, what ftfy makes of it, and the steps it took."""

    start: int
    end: int
    original: str
    fixed: str
    steps: tuple[tuple[str, str], ...]
    badness: tuple[int, int]  # ftfy's badness of the candidate before and after

    @property
    def plan(self) -> str:
        """ftfy's explanation as one phrase, e.g. ``encode latin-1 / decode utf-8``."""
        return " / ".join(f"{action} {parameter}" for action, parameter in self.steps)

    @property
    def lossy(self) -> bool:
        """True when characters were lost: the repair leaves U+FFFD in their place."""
        return "\ufffd" in self.fixed


def _joins(text: str, end: int, start: int) -> bool:
    gap = text[end:start]
    return gap == " " or (0 < len(gap) <= _JOIN_GAP and gap.isascii() and gap.isalnum())


def _runs(text: str, low: int, high: int) -> Iterator[tuple[int, int]]:
    """Runs of non-ASCII characters in ``low..high``, nearby runs merged (``_joins``)."""
    start = end = -1
    for match in _NON_ASCII.finditer(text, low, high):
        s, e = match.span()
        if start >= 0 and e - start <= _MAX_CANDIDATE and _joins(text, end, s):
            end = e
            continue
        if start >= 0:
            yield start, end
        start, end = s, e
    if start >= 0:
        yield start, end


_WORD_AFTER = re.compile(r"[A-Za-z0-9]+")
_WORD_BEFORE = re.compile(r"[A-Za-z0-9]+\Z")


def _widen(text: str, start: int, end: int, floor: int, high: int) -> tuple[int, int]:
    """Add the ASCII letters around a run: ftfy's heuristics look at them ("donâ€™t")."""
    low = max(floor, start - _JOIN_GAP)
    before = _WORD_BEFORE.search(text[low:start])
    left = start - len(before.group()) if before else start
    after = _WORD_AFTER.match(text, end, min(high, end + _JOIN_GAP))
    right = after.end() if after else end
    if right == end and right < high and text[end - 1] in _A0_LEADS and text[end] == " ":
        right += 1
    return left, right


def candidates(text: str, low: int = 0, high: int | None = None) -> Iterator[tuple[int, int]]:
    """Spans of ``text[low:high]`` that may be mojibake: non-ASCII runs with context.

    >>> text = "Plain words, then donâ€™t and cafÃ©."
    >>> [text[s:e] for s, e in candidates(text)]
    ['donâ€™t', 'cafÃ©']
    """
    high = len(text) if high is None else high
    floor = low
    for start, end in _runs(text, low, high):
        left, right = _widen(text, start, end, floor, high)
        yield left, right
        floor = right


def _affixes(a: str, b: str) -> tuple[int, int]:
    """Lengths of the common prefix and (non-overlapping) common suffix of two strings."""
    limit = min(len(a), len(b))
    prefix = 0
    while prefix < limit and a[prefix] == b[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and a[-1 - suffix] == b[-1 - suffix]:
        suffix += 1
    return prefix, suffix


def _word_bounds(text: str, start: int, end: int, low: int, high: int) -> tuple[int, int]:
    """Widen ``start..end`` to whole words, without leaving ``low..high``."""
    while start > low and text[start - 1] not in _SPACES:
        start -= 1
    while end < high and text[end] not in _SPACES:
        end += 1
    return start, end


Steps = tuple[tuple[str, str], ...]


def _narrow(text: str, start: int, end: int, fixed: str, steps: Steps,
            scores: tuple[int, int], within: tuple[int, int] | None = None) -> Repair:
    """The repair of ``text[start:end]`` into ``fixed``, cut down to the words it changes.

    Words are widened no further than ``within`` (the candidate without its context),
    so two neighbouring repairs never overlap.
    """
    prefix, suffix = _affixes(text[start:end], fixed)
    first, last = start + prefix, end - suffix
    bounds = within or (start, end)
    low, high = _word_bounds(text, first, last, min(bounds[0], first), max(bounds[1], last))
    replacement = text[low:first] + fixed[prefix : len(fixed) - suffix] + text[last:high]
    return Repair(low, high, text[low:high], replacement, steps, scores)


def _ftfy(segment: str, min_badness: int) -> tuple[str, Steps, tuple[int, int]] | None:
    """ftfy's repair of ``segment`` when it changes it and lowers its badness, else None."""
    before = badness(segment)
    if before < min_badness:
        return None
    fixed, explanation = ftfy.fix_and_explain(segment, FTFY_CONFIG)
    if fixed == segment:
        return None
    after = badness(fixed)
    if after >= before:
        return None
    return fixed, tuple((step.action, step.parameter) for step in explanation or ()), \
        (before, after)


def _context(start: int, end: int, line: tuple[int, int]) -> tuple[int, int]:
    """``start..end`` with up to two more characters either side, within the line.

    ftfy's patterns look at neighbours: "s Ã l" is "s à l" but "S Ã O" is not mojibake,
    and "Ã s " is the Portuguese "às". The line break is never included: ftfy's patterns
    anchored at the start of a text mean the start of a line.
    """
    return max(line[0], start - _CONTEXT_CHARS), min(line[1], end + _CONTEXT_CHARS)


def repair(text: str, start: int, end: int, min_badness: int = _DEFAULT_BADNESS,
           line: tuple[int, int] | None = None) -> Repair | None:
    """ftfy's repair of ``text[start:end]`` alone, narrowed to the words it changes.

    The repair is kept only when ftfy changes something and its own badness measure
    drops, so text ftfy merely *could* reinterpret is left alone.

    >>> r = repair("We donâ€™t know.", 3, 10)
    >>> r.original, r.fixed, r.plan
    ('donâ€™t', 'don’t', 'encode sloppy-windows-1252 / decode utf-8')
    >>> repair("Ein schöner Tag", 4, 11) is None
    True
    """
    left, right = _context(start, end, line or (0, len(text)))
    result = _ftfy(text[left:right], min_badness)
    if result is None:
        return None
    fixed, steps, scores = result
    found = _narrow(text, left, right, fixed, steps, scores, (start, end))
    # A change only in the context belongs to the neighbouring candidate.
    return found if found.start < end and found.end > start else None


def _line_plan(text: str, low: int, high: int, min_badness: int) -> list[Repair] | None:
    """Repairs for a line that ftfy fixes as a whole, split into its mojibake stretches.

    Re-encoding works character by character and UTF-8 sequences never span an ASCII
    character, so ftfy's plan for the whole line can be replayed on each candidate
    stretch alone; the pieces are kept only if together they give exactly ftfy's line.
    The whole line gives ftfy more evidence than one word ("g√¢teaux" next to
    "r√©gime" is clearly MacRoman).
    """
    if high - low > _MAX_LINE:
        return None
    line = text[low:high]
    result = _ftfy(line, min_badness)
    if result is None:
        return None
    fixed, steps, scores = result
    pieces: list[tuple[int, int, str]] = []
    for start, end in candidates(text, low, high):
        try:
            new = ftfy.apply_plan(text[start:end], list(steps))
        except (UnicodeError, ValueError):
            return None
        if new != text[start:end]:
            pieces.append((start, end, new))
    edits = [Edit(start - low, end - low, new) for start, end, new in pieces]
    if Fix.safe("replay", *edits).apply(line) != fixed:
        return None
    return [_narrow(text, start, end, new, steps, scores) for start, end, new in pieces]


def _line_repairs(text: str, low: int, high: int, min_badness: int) -> list[Repair]:
    """Mojibake repairs in the line ``low..high``: the line's plan, else word by word."""
    spans = list(candidates(text, low, high))
    # ftfy's badness patterns are slow on long lines; every match contains a non-ASCII
    # character, so looking at the candidates with their context is enough to know
    # whether the line deserves a closer look.
    if not any(is_bad(text[left:right]) for left, right in
               (_context(start, end, (low, high)) for start, end in spans)):
        return []
    whole = _line_plan(text, low, high, min_badness)
    if whole is not None:
        return whole
    repairs: list[Repair] = []
    for start, end in spans:
        found = repair(text, start, end, min_badness, (low, high))
        if found is not None and (not repairs or found.start >= repairs[-1].end):
            repairs.append(found)
    return repairs


@functools.lru_cache(maxsize=4)
def mojibake(text: str, min_badness: int = _DEFAULT_BADNESS) -> tuple[Repair, ...]:
    """Every mojibake repair in ``text``, in order (cached: several rules ask).

    >>> [(r.original, r.fixed) for r in mojibake("Le cafÃ© est ouvert.")]
    [('cafÃ©', 'café')]
    >>> mojibake("Clean ASCII text.")
    ()
    """
    if text.isascii():
        return ()
    repairs: list[Repair] = []
    low = 0
    while low <= len(text):
        high = text.find("\n", low)
        high = len(text) if high < 0 else high
        repairs.extend(_line_repairs(text, low, high, min_badness))
        low = high + 1
    return tuple(repairs)


def mojibake_spans(text: str) -> list[tuple[int, int]]:
    """The spans ENC001 claims (with its default options), for the other rules to skip."""
    return [(r.start, r.end) for r in mojibake(text, _DEFAULT_BADNESS)]


@rule(
    code="ENC001",
    name="mojibake",
    summary="Text decoded with the wrong character encoding (\"cafÃ©\" for \"café\").",
    severity=Severity.ERROR,
    fix=FixAvailability.ALWAYS,
    options={
        "min-badness": Option(
            _DEFAULT_BADNESS, "how many of ftfy's mojibake patterns a stretch must match "
            "before it is "
            "repaired; raise it to report only blatant cases", int, minimum=1),
    },
    cases=[
        Case("The cafÃ© opens at nine.\n", fires=True, fixed="The café opens at nine.\n"),
        Case("We donâ€™t know yet.\n", fires=True, fixed="We don’t know yet.\n"),
        Case("It wasnÃ¢â‚¬â„¢t me.\n", fires=True, fixed="It wasn’t me.\n",
             note="encoded twice"),
        Case("\x93Quoted\x94 he said.\n", fires=True, fixed="“Quoted” he said.\n",
             note="Windows-1252 quotes read as Latin-1 (C1 controls)"),
        Case("Ð¿Ñ€Ð¸Ð²ÐµÑ‚ Ð¼Ð¸Ñ€\n", fires=True, fixed="привет мир\n"),
        Case("Привет, Ð¼Ð¸Ñ€! Ãœber alles.\n", fires=True, fixed="Привет, мир! Über alles.\n",
             note="mojibake next to correct Cyrillic"),
        Case("Un café à Paris — « très » bien. Straße, Ærø, niño, São Paulo, SÃO PAULO.\n"
             "Ελληνικά, русский, 中文, 日本語, 한국어, עברית, العربية, हिन्दी.\n"
             "“Curly” quotes, it’s 5 °C, 10 € – ½ price… 👩‍💻 🏳️‍🌈\n", fires=False),
        Case("Naïve coöperation, façade, Œuvre, cœur, Đorđe, Łódź, Ħamrun, ß.\n", fires=False),
    ],
)
def mojibake_rule(doc: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
    """## What it does
    Finds text that was encoded in UTF-8 and decoded with another codec (Latin-1,
    Windows-1252, MacRoman, Windows-1251...), sometimes more than once: "cafÃ©" for
    "café", "donâ€™t" for "don’t", "Ã¢â‚¬â„¢" for "’" (encoded twice), "\\x93quoted\\x94"
    for Windows-1252 curly quotes read as Latin-1. Detection and repair are ftfy's: the
    rule looks at runs of non-ASCII characters with the ASCII letters around them, asks
    ftfy's badness heuristic whether they look like mojibake, and keeps ftfy's repair
    only when ftfy changes the run and its badness drops.

    The finding names the words that change, what they become and ftfy's explanation,
    e.g. `'donâ€™t' -> 'don’t' (ftfy: encode sloppy-windows-1252 / decode utf-8)`; the
    `ftfy` evidence lists the steps.

    ## Why it matters
    Mojibake turns words into noise a reader cannot read and a tokenizer splits into
    rare pieces; a model trained on it learns to produce it. It usually comes from a
    scraper that guessed the page's encoding wrong.

    ## Example
    Bad:

        The cafÃ© doesnâ€™t open on Sundays.

    Good:

        The café doesn’t open on Sundays.

    ## Fix safety
    Safe: the fix replaces only the words the finding names with ftfy's repair; all
    other characters stay byte-identical. ftfy runs with everything but its encoding
    repair switched off, so curly quotes, accents, ligatures, full-width letters, HTML
    entities, line breaks and Unicode normalization are never touched. The repair is
    deterministic (re-encode, decode), so it restores the original characters. When
    bytes were already lost ("â€�", where a replacement character stands in for a
    byte) ftfy can only put U+FFFD in their place; that fix is unsafe.
    """
    for found in mojibake(doc.text, options["min-badness"]):
        title = f"decode as ftfy suggests: {shorten(found.fixed)!r}"
        edit = Edit(found.start, found.end, found.fixed)
        fix = Fix.unsafe(title, edit) if found.lossy else Fix.safe(title, edit)
        message = (f"mojibake {shorten(found.original)!r} -> {shorten(found.fixed)!r} "
                   f"(ftfy: {found.plan})")
        evidence = {"original": found.original, "fixed": found.fixed,
                    "ftfy": [list(step) for step in found.steps],
                    "badness": list(found.badness)}
        yield Finding(found.start, found.end, message, fix, evidence)


# -- control characters (ENC002) ---------------------------------------------------------

#: C0 controls except tab and line feed, DEL, and the C1 range.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]+")
#: An ANSI/VT100 "control sequence" (colours, cursor moves) that a terminal log leaked.
_CSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]")
#: Controls that end a line on some system: a run of them between text is a line break.
_BREAKING = frozenset("\r\x0b\x0c")
_CONTROL_NAMES = {
    "\x00": "NUL", "\x07": "BEL (bell)", "\x08": "BS (backspace)",
    "\x0b": "VT (vertical tab)", "\x0c": "FF (form feed)", "\r": "CR (carriage return)",
    "\x1a": "SUB", "\x1b": "ESC", "\x7f": "DEL",
}


def control_label(char: str) -> str:
    """A readable name for a control character.

    >>> control_label("\\x0c"), control_label("\\x02")
    ('U+000C FF (form feed)', 'U+0002')
    """
    name = _CONTROL_NAMES.get(char)
    return f"{codepoint(char)} {name}" if name else codepoint(char)


def _control_fix(text: str, start: int, end: int) -> str:
    """What a run of controls becomes: a line break when it stood for one, else nothing.

    A CR, VT or FF between two pieces of text separated lines (classic Mac line endings,
    page breaks from PDF extraction); next to a line break it is only debris
    (mixed CRLF line endings, "\\f" at the top of a page).
    """
    if not _BREAKING.intersection(text[start:end]):
        return ""
    at_break = (start == 0 or text[start - 1] == "\n") or (end == len(text) or text[end] == "\n")
    return "" if at_break else "\n"


def _control_message(run: str, content: str) -> str:
    labels = ", ".join(dict.fromkeys(control_label(c) for c in run))
    noun = "control character" if len(run) == 1 else f"{len(run)} control characters"
    if run == "\r" and content == "":
        return f"{noun} {labels} before a line break (mixed CRLF and LF line endings)"
    return f"{noun} {labels}" + (" used as a line break" if content else "")


def _control_runs(doc: Document) -> Iterator[tuple[int, int]]:
    """Runs of control characters, ANSI sequences whole, C1s in mojibake left out."""
    text = doc.text
    claimed: list[tuple[int, int]] | None = None
    for match in _CONTROL.finditer(text):
        start, end = match.span()
        if any("\x80" <= c <= "\x9f" for c in match.group()):
            claimed = mojibake_spans(text) if claimed is None else claimed
            if _inside(claimed, start):
                continue
        escape = _CSI.match(text, start) if text[start] == "\x1b" else None
        yield (start, escape.end()) if escape else (start, end)


@rule(
    code="ENC002",
    name="control-character",
    summary="A control character (NUL, ESC, form feed, stray carriage return, C1...).",
    fix=FixAvailability.ALWAYS,
    cases=[
        Case("Bad\x00byte and a bell\x07.\n", fires=True, fixed="Badbyte and a bell.\n"),
        Case("Page one ends.\x0cPage two starts.\n", fires=True,
             fixed="Page one ends.\nPage two starts.\n", note="form feed between text"),
        Case("Page one ends.\n\x0cPage two starts.\n", fires=True,
             fixed="Page one ends.\nPage two starts.\n", note="form feed after a break"),
        Case("Line one\r\nLine two\nLine three\n", fires=True,
             fixed="Line one\nLine two\nLine three\n", note="mixed line endings"),
        Case("Old Mac line\rnext line\n", fires=True, fixed="Old Mac line\nnext line\n"),
        Case("Status: \x1b[31mFAILED\x1b[0m today.\n", fires=True,
             fixed="Status: FAILED today.\n", note="terminal colour codes"),
        Case("Odd \x81 byte.\n", fires=True, fixed="Odd  byte.\n",
             note="C1 control with no Windows-1252 meaning"),
        Case("Tabs\tare fine.\nSo are line breaks.\n", fires=False),
        Case("\x93Quoted\x94 words.\n", fires=False, note="mojibake: ENC001's finding"),
    ],
)
def control_character(doc: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
    """## What it does
    Flags control characters in text: the C0 controls other than tab and line feed
    (NUL, BEL, backspace, vertical tab, form feed, escape...), DEL, the C1 controls
    U+0080 to U+009F, whole ANSI terminal escape sequences (`ESC [31m`), and carriage
    returns that are not part of the file's line endings. (A file whose lines all end
    in CRLF is read as LF and written back as CRLF; a CR left in the text is either a
    CRLF among LF endings or a lone CR.) A C1 control that is part of mojibake, such as
    Windows-1252 quotes read as Latin-1, is left to ENC001, which repairs it.

    ## Why it matters
    Control characters are invisible or garble a terminal, break JSON and XML
    consumers, and leak from PDF extraction, terminal logs and binary data. They carry
    no text.

    ## Example
    Bad: `Results\x0cSummary` (a form feed from a PDF page break), `OK\x1b[0m`.

    Good: `Results` and `Summary` on two lines, `OK`.

    ## Fix safety
    Safe. The fix removes the control characters (a terminal escape sequence as a
    whole). A carriage return, vertical tab or form feed between two pieces of text
    stood for a line break (classic Mac line endings, page breaks) and becomes a line
    feed instead; next to a line break it is removed.
    """
    for start, end in _control_runs(doc):
        run = doc.text[start:end]
        content = _control_fix(doc.text, start, end)
        if doc.text[start] == "\x1b" and _CSI.fullmatch(run):
            message = f"terminal escape sequence {run!r}"
        else:
            message = _control_message(run, content)
        title = "replace with a line break" if content else "remove"
        yield Finding(start, end, message, Fix.safe(title, Edit(start, end, content)),
                      {"characters": [codepoint(c) for c in run]})


# -- invisible characters (ENC003) -------------------------------------------------------

_INVISIBLE = re.compile("[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]+")
_NAMES = {
    "\u00ad": "soft hyphen", "\u061c": "Arabic letter mark", "\u200b": "zero-width space",
    "\u200c": "zero-width non-joiner", "\u200d": "zero-width joiner",
    "\u200e": "left-to-right mark", "\u200f": "right-to-left mark",
    "\u2060": "word joiner", "\ufeff": "zero-width no-break space (byte-order mark)",
}
#: Embeddings, overrides and isolates: they reorder how a line displays ("Trojan source").
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_BIDI_MARKS = frozenset("\u200e\u200f\u061c")
#: Scripts written without spaces, where U+200B marks word boundaries on purpose.
_NO_SPACE_SCRIPTS = ((0x0E00, 0x0FFF), (0x1000, 0x109F), (0x1780, 0x17FF), (0x19E0, 0x19FF))
#: Scripts where ZWJ and ZWNJ select letter forms: Arabic, Syriac, Thaana, N'Ko, the
#: Indic scripts, Tibetan, Myanmar, Khmer, Mongolian and Arabic presentation forms.
_JOINING_SCRIPTS = ((0x0600, 0x08FF), (0x0900, 0x0DFF), (0x0F00, 0x0FFF), (0x1000, 0x109F),
                    (0x1780, 0x18AF), (0xA840, 0xA8FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFE))
#: Emoji modifiers that may sit between an emoji and a ZWJ: variation selectors, skin
#: tones and the tag characters of subdivision flags.
_EMOJI_TRAILERS = re.compile("[\ufe0e\ufe0f\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f]*")


def _in(char: str, ranges: Sequence[tuple[int, int]]) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in ranges)


def _is_emoji(char: str) -> bool:
    return unicodedata.category(char) == "So" or 0x1F000 <= ord(char) <= 0x1FAFF


def _neighbours(text: str, start: int, end: int) -> tuple[str, str]:
    """The characters just before ``start`` and at ``end`` ("" at the text's edges)."""
    return (text[start - 1] if start > 0 else ""), (text[end] if end < len(text) else "")


def _emoji_before(text: str, start: int) -> bool:
    """Whether an emoji (with any modifiers) ends just before ``start``."""
    index = start
    while index > 0 and _EMOJI_TRAILERS.fullmatch(text[index - 1]):
        index -= 1
    return index > 0 and _is_emoji(text[index - 1])


def _has_rtl(line: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in line if not c.isascii())


@dataclass
class _Context:
    """Per-document facts the invisible-character checks need, computed lazily."""

    doc: Document
    options: Mapping[str, Any]
    _rtl: dict[int, bool] | None = None
    _claimed: list[tuple[int, int]] | None = None

    def rtl_line(self, offset: int) -> bool:
        self._rtl = {} if self._rtl is None else self._rtl
        line = self.doc.line_at(offset)
        if line.start not in self._rtl:
            self._rtl[line.start] = _has_rtl(line.text)
        return self._rtl[line.start]

    def claimed(self, offset: int) -> bool:
        if self._claimed is None:
            self._claimed = mojibake_spans(self.doc.text)
        return _inside(self._claimed, offset)


def _legitimate(char: str, text: str, start: int, end: int, ctx: _Context) -> bool:
    """Whether ``char``, in the run of invisible characters ``start..end``, belongs there."""
    before, after = _neighbours(text, start, end)
    if char == "\u200b":
        return bool(before and after) and _in(before, _NO_SPACE_SCRIPTS) and \
            _in(after, _NO_SPACE_SCRIPTS)
    if char in "\u200c\u200d":
        if before and after and _in(before, _JOINING_SCRIPTS) and _in(after, _JOINING_SCRIPTS):
            return True
        return char == "\u200d" and bool(after) and _is_emoji(after) and \
            _emoji_before(text, start)
    if char in _BIDI_MARKS:
        return ctx.rtl_line(start)
    if char == "\u00ad":
        return not ctx.options["soft-hyphens"]
    return False


def _flagged(text: str, start: int, end: int, ctx: _Context) -> Iterator[tuple[int, int]]:
    """Sub-runs of ``text[start:end]`` (a run of invisible characters) to report."""
    run_start = -1
    for index in range(start, end):
        char = text[index]
        # Of these characters only the soft hyphen occurs inside mojibake ("Ã\xad" is "í").
        bad = not _legitimate(char, text, start, end, ctx) and \
            not (char == "\u00ad" and ctx.claimed(index))
        if bad and run_start < 0:
            run_start = index
        elif not bad and run_start >= 0:
            yield run_start, index
            run_start = -1
    if run_start >= 0:
        yield run_start, end


def _show_invisible(text: str, start: int, end: int, doc: Document) -> str:
    """The text around a finding, with its invisible characters spelled out."""
    line = doc.line_at(start)
    left = text[max(line.start, start - _CONTEXT) : start]
    right = text[end : min(line.end, end + _CONTEXT)]
    middle = "".join(f"<{codepoint(c)}>" for c in text[start:end])
    return left + middle + right


def _invisible_message(run: str, shown: str) -> str:
    names = ", ".join(dict.fromkeys(
        f"{_NAMES.get(c, unicodedata.name(c, 'bidi control').lower())} ({codepoint(c)})"
        for c in run))
    if _BIDI_CONTROLS.intersection(run):
        return f"bidirectional control {names} in {shown!r}: it can reorder how the text " \
            "displays (possible spoofing)"
    if _BIDI_MARKS.intersection(run):
        return f"invisible {names} on a line without right-to-left text, in {shown!r}"
    return f"invisible {names} in {shown!r}"


@rule(
    code="ENC003",
    name="invisible-character",
    summary="A stray invisible character: zero-width space, soft hyphen, bidi control...",
    fix=FixAvailability.ALWAYS,
    options={
        "soft-hyphens": Option(True, "report soft hyphens (U+00AD); turn off for corpora "
                               "that keep them as hyphenation hints", bool),
    },
    cases=[
        Case("Brus\u200bsels is the capital.\n", fires=True, fixed="Brussels is the capital.\n"),
        Case("Inter\u00adnational news.\n", fires=True, fixed="International news.\n"),
        Case("A \ufeffstray BOM and a word\u2060joiner.\n", fires=True,
             fixed="A stray BOM and a wordjoiner.\n"),
        Case("Pay to acct\u202e1234\u202c today.\n", fires=True,
             fixed="Pay to acct1234 today.\n", note="bidi override (unsafe fix)"),
        Case("A stray mark\u200e here.\n", fires=True, fixed="A stray mark here.\n",
             note="left-to-right mark in text with no right-to-left script"),
        Case("No\u200cjoiner and no\u200djoiner in Latin.\n", fires=True,
             fixed="Nojoiner and nojoiner in Latin.\n"),
        Case("Emoji: 👩\u200d💻 👨\u200d👩\u200d👧 🏳\ufe0f\u200d🌈 🧑🏽\u200d🚀\n", fires=False),
        Case("فارسی: می\u200cخواهم و کتاب\u200cها\n", fires=False, note="Persian ZWNJ"),
        Case("हिन्दी: क्\u200dष, श्\u200cर\n", fires=False, note="Devanagari joiners"),
        Case("ภาษาไทย\u200bคำ\u200bไทย\n", fires=False, note="Thai word breaks"),
        Case("עברית\u200f 2024 ומספרים\n", fires=False, note="RLM in Hebrew text"),
        Case("Inter\u00adnational.\n", fires=False, options={"soft-hyphens": False}),
    ],
)
def invisible_character(doc: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
    """## What it does
    Flags invisible format characters that have no business in plain text: zero-width
    space (U+200B), zero-width no-break space / byte-order mark (U+FEFF) inside the
    text, soft hyphen (U+00AD), word joiner (U+2060), and the bidirectional controls:
    embeddings, overrides and isolates (U+202A to U+202E, U+2066 to U+2069) always, and
    the marks LRM, RLM and ALM (U+200E, U+200F, U+061C) on lines without any
    right-to-left letter, where they do nothing. Consecutive characters make one
    finding; the message spells them out as `<U+200B>` in their context.

    Characters are left alone where a writing system needs them: a zero-width joiner
    between emoji (👩‍💻) or between letters of a script that joins (Arabic, the
    Indic scripts...), a zero-width non-joiner in Persian, Kurdish or Hindi words, a
    zero-width space between Thai, Lao, Khmer, Myanmar or Tibetan letters (it marks
    word boundaries there), bidi marks on lines with Hebrew or Arabic text.

    ## Why it matters
    These characters are invisible to a reader but not to a program: "Brus\\u200bsels"
    does not match "Brussels" in a search, a deduplicator or a tokenizer. Bidi
    controls can make text display differently from what it is (the "Trojan source"
    attack) and should be looked at.

    ## Example
    Bad: `Brus<U+200B>sels`, `inter<U+00AD>national`, `pay acct<U+202E>1234<U+202C>`.

    Good: `Brussels`, `international`, `pay acct1234`.

    ## Fix safety
    Safe for everything but the bidi embeddings, overrides and isolates: the fix removes
    the characters, which changes nothing a reader sees (a soft hyphen only shows where
    a word breaks at the end of a line). Removing embeddings, overrides and isolates
    changes how the line displays, which may be what a right-to-left text needs, so
    that fix is unsafe: check the line first. Turn soft hyphens off with the
    `soft-hyphens` option when a corpus keeps them as hyphenation hints.
    """
    text = doc.text
    if text.isascii():
        return
    ctx = _Context(doc, options)
    for match in _INVISIBLE.finditer(text):
        for start, end in _flagged(text, match.start(), match.end(), ctx):
            run = text[start:end]
            shown = _show_invisible(text, start, end, doc)
            edit = Edit.deletion(start, end)
            fix = Fix.unsafe("remove", edit) if _BIDI_CONTROLS.intersection(run) else \
                Fix.safe("remove", edit)
            yield Finding(start, end, _invisible_message(run, shown), fix,
                          {"characters": [codepoint(c) for c in run]})


# -- HTML entities (ENC004) --------------------------------------------------------------

#: A character reference with its semicolon: named, decimal or hexadecimal. Without the
#: semicolon "AT&T", "R&D" and "&c" are plain text, so it is required.
_ENTITY = re.compile(r"&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});")
#: An escaped ampersand that starts another reference: "&amp;quot;" is escaped twice.
_DOUBLE = re.compile(r"&amp;(?=(#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});)")


def _known(reference: str) -> bool:
    """Numeric references always; named ones only when HTML defines the name."""
    return reference[1] == "#" or reference[1:] in html.entities.html5


def _decoded(reference: str, nbsp: str) -> str:
    """The character a reference stands for (``&nbsp;`` as the ``nbsp`` option says).

    >>> _decoded("&#x2019;", "no-break-space"), _decoded("&nbsp;", "space")
    ('’', ' ')
    """
    char = html.unescape(reference)
    return " " if char == "\u00a0" and nbsp == "space" else char


def _inner(match: re.Match[str]) -> str:
    """The reference a doubly escaped ``&amp;`` starts: ``&quot;`` for ``&amp;quot;``."""
    return f"&{match.group(1)};"


def _entity_finding(doc: Document, match: re.Match[str], nbsp: str) -> Finding | None:
    reference = match.group()
    if not _known(reference):
        return None
    start, end = match.span()
    char = _decoded(reference, nbsp)
    evidence = {"entity": reference, "decoded": char}
    if char == "\ufffd":  # a reference to no character (&#0;, a surrogate...): nothing to put
        return Finding(start, end, f"HTML entity {reference!r} refers to no valid character",
                       None, evidence)
    double = _DOUBLE.match(doc.prose, start)
    if double is not None and _known(_inner(double)):
        message = f"double-escaped HTML entity {reference + double.group(1) + ';'!r} in " \
            f"plain text: {reference!r} -> {char!r}"
    else:
        message = f"HTML entity {reference!r} in plain text -> {char!r}"
    return Finding(start, end, message, Fix.safe(f"replace with {char!r}",
                                                 Edit(start, end, char)), evidence)


def _markdown_findings(doc: Document) -> Iterator[Finding]:
    """Markdown renders entities, so only doubly escaped ones are wrong there."""
    for match in _DOUBLE.finditer(doc.prose):
        inner = _inner(match)
        if not _known(inner):
            continue
        start, end = match.start(), match.end() + len(inner) - 1
        shown = doc.text[start:end]
        message = f"double-escaped HTML entity {shown!r}: Markdown shows it as {inner!r}"
        yield Finding(start, end, message,
                      Fix.safe("unescape the ampersand", Edit(start, match.end(), "&")),
                      {"entity": shown})


@rule(
    code="ENC004",
    name="html-entity",
    summary="An HTML entity such as \"&amp;\" or \"&#8217;\" left in plain text.",
    fix=FixAvailability.SOMETIMES,
    options={
        "nbsp": Option("no-break-space", "what '&nbsp;' becomes: the no-break space "
                       "U+00A0 it stands for, or a plain space", str,
                       choices=("no-break-space", "space")),
        "markdown": Option("double-escaped", "in Markdown, where entities are valid "
                           "syntax, report only doubly escaped ones ('&amp;quot;'), "
                           "or all of them", str, choices=("double-escaped", "all")),
    },
    cases=[
        Case("Fish &amp; chips, don&#8217;t, &quot;quoted&quot;.\n", fires=True,
             fixed="Fish & chips, don’t, \"quoted\".\n"),
        Case("It&#x2019;s 10&nbsp;km.\n", fires=True, fixed="It’s 10\u00a0km.\n"),
        Case("It is 10&nbsp;km.\n", fires=True, fixed="It is 10 km.\n",
             options={"nbsp": "space"}),
        Case("Q&amp;amp;A\n", fires=True, fixed="Q&A\n", note="escaped twice"),
        Case("Say &amp;quot;hi&amp;quot;.\n", fires=True, kind="markdown",
             fixed="Say &quot;hi&quot;.\n"),
        Case("AT&T and R&D, &c. Tom & Jerry; a&b; &unknown; &#;\n", fires=False),
        Case("Use `&amp;` in code.\n\n```\nx &amp;&amp; y &#8217;\n```\n", fires=False,
             kind="markdown"),
        Case("Markdown may say &copy; or &mdash; on purpose.\n", fires=False, kind="markdown"),
    ],
)
def html_entity(doc: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
    """## What it does
    Flags HTML character references left in plain text and JSON Lines text: named ones
    that HTML defines (`&amp;`, `&quot;`, `&nbsp;`, `&eacute;`...) and numeric ones
    (`&#8217;`, `&#x2019;`), always with their semicolon, so "AT&T", "R&D", "&c" and
    "Tom & Jerry" are never reported. In Markdown, where entities are valid syntax, only
    doubly escaped ones (`&amp;quot;`, shown to readers as "&quot;") are reported, and
    never inside code spans or code blocks (the `markdown` option can report all).

    ## Why it matters
    A scraper that took a page's HTML source instead of its rendered text leaves
    entities in the text: readers see "Fish &amp; chips", and "don&#8217;t" no longer
    matches "don’t" in search or deduplication.

    ## Example
    Bad: `Fish &amp; chips, don&#8217;t`

    Good: `Fish & chips, don’t`

    ## Fix safety
    Safe: the fix replaces the reference by the character it stands for, as a browser
    would (numeric references in the C1 range as Windows-1252, like HTML5).
    `&nbsp;` becomes the no-break space U+00A0 it denotes, or a plain space with
    `nbsp = "space"`. A doubly escaped reference is decoded one level per pass, so
    `&amp;quot;` becomes `&quot;` and then `"`; in Markdown only the first level is
    decoded, since `&quot;` is what Markdown renders as a quote (and decoding `&lt;`
    could create HTML). A reference to no valid character (`&#0;`, a surrogate) has no
    fix. A plain-text document that talks *about* HTML ("write &amp; for &") is the
    case to look out for.
    """
    if doc.source.kind == "markdown" and options["markdown"] == "double-escaped":
        yield from _markdown_findings(doc)
        return
    for match in _ENTITY.finditer(doc.prose):
        finding = _entity_finding(doc, match, options["nbsp"])
        if finding is not None:
            yield finding


# -- replacement characters (ENC005) -----------------------------------------------------

_REPLACEMENT = re.compile("\ufffd+")


@rule(
    code="ENC005",
    name="replacement-character",
    summary="U+FFFD replacement characters: characters lost when the text was decoded.",
    cases=[
        Case("The caf\ufffd opens at nine.\n", fires=True),
        Case("Lost: \ufffd\ufffd\ufffd here.\n", fires=True),
        Case("A question mark? Yes. A diamond ◆ too.\n", fires=False),
    ],
)
def replacement_character(doc: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
    """## What it does
    Flags U+FFFD REPLACEMENT CHARACTER (�), which a decoder writes in place of bytes it
    could not decode. A run of them is one finding. One that belongs to a mojibake
    sequence ENC001 reports is left to ENC001.

    ## Why it matters
    The original characters are gone: "caf�" might have been "café" or "cafè", and no
    tool can tell. The document should be fetched or decoded again from its source,
    or dropped; left in a corpus, the character teaches a model to write it.

    ## Example
    Bad: `The caf� opens at nine.`

    Good: `The café opens at nine.` (re-decoded from the original bytes)

    ## Fix safety
    No fix: what the character replaced cannot be recovered from the text.
    """
    text = doc.text
    if text.isascii():
        return
    claimed: list[tuple[int, int]] | None = None
    for match in _REPLACEMENT.finditer(text):
        start, end = match.span()
        claimed = mojibake_spans(text) if claimed is None else claimed
        if _inside(claimed, start):
            continue
        count = end - start
        noun = "replacement character" if count == 1 else f"{count} replacement characters"
        line = doc.line_at(start)
        shown = shorten(text[max(line.start, start - _CONTEXT) : min(line.end, end + _CONTEXT)])
        yield Finding(start, end, f"{noun} U+FFFD in {shown!r}: the original characters "
                      "were lost in decoding; re-source the document", None,
                      {"count": count})


RULES: list[Rule] = [
    mojibake_rule,
    control_character,
    invisible_character,
    html_entity,
    replacement_character,
]
