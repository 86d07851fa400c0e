"""BOIL rules that need context: page chrome a single line cannot give away.

Most page chrome is recognisable on its own line and lives in the rule packs
(``packs/chrome.yaml``). A headline of another article is not: "Harbour bridge reopens
early" is a fine line of text. What makes it chrome is where it stands: right after a
"Related:" or "Read more:" label, in the link box a news site prints between paragraphs
or under the story. BOIL007 reads those runs.

>>> doc = Document.from_text("The bridge reopened.\\nRelated:\\nFerry fares rise again\\n"
...                          "Council backs new cycle lanes\\nTraffic was light.\\n")
>>> [(f.evidence["label"], doc.text[f.start:f.end]) for f in related_headline.check(doc)]
[('Related:', 'Ferry fares rise again'), ('Related:', 'Council backs new cycle lanes')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from corpus_lint import (
    Case,
    Document,
    Edit,
    Finding,
    Fix,
    FixAvailability,
    Option,
    Segment,
    Severity,
    rule,
)

# -- the label -----------------------------------------------------------------------------

#: A link-box label alone on a line. A closed list: "Further reading" (books and papers)
#: and one-word section names that articles also use as headings are not in it.
RELATED_LABEL = re.compile(
    r"(?:related(?:\s+(?:articles?|stories|story|posts?|content|coverage|news|links|reading|"
    r"headlines))?|read\s+more|more\s+to\s+read|read\s+also|also\s+read|see\s+also|read\s+next|"
    r"up\s+next|more\s+on\s+this(?:\s+(?:story|topic))?|more\s+stories|more\s+news|"
    r"you\s+(?:may|might)\s+also\s+(?:like|be\s+interested\s+in)|recommended\s+(?:for\s+you|"
    r"reading|stories|articles)|editor[s'’]*\s+picks|most\s+read|top\s+stories|"
    r"don[’']?t\s+miss|must\s+read)\s*[:»›→>]*", re.IGNORECASE)
#: Every label starts with one of these letters and is short: a cheap test before the regex.
_LABEL_INITIALS = frozenset("rmsauyedtRMSAUYEDT")
_LABEL_MAX_CHARS = 50

# -- the headlines -------------------------------------------------------------------------

_BULLET = re.compile(r"^(?:[-•*–·]|\d{1,2}[.)])\s+")
#: A headline starts like a title: a capital, a digit, or an opening quote before one.
_TITLE_START = re.compile(r"^[\"“‘'«(]?[^\W\d_a-z]|^\d")
#: Two sentences on one line ("The plan failed. Officials resigned") are prose.
_SENTENCE_BREAK = re.compile(r"[a-z\d)][.!?]\s+[\"“]?[A-Z]")
#: A line of finished prose ends with one of these; a headline does not.
_PROSE_END = tuple(".;,:…")
#: A line ending in one of these words stops mid-sentence: it is hard-wrapped prose.
_DANGLING = frozenset({
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on",
    "or", "over", "than", "that", "the", "their", "this", "to", "under", "was", "were",
    "which", "who", "with"})
#: "Five years on", "Six months on": a headline idiom, not a sentence cut at "on".
_TIME_ON = re.compile(r"\b(?:years?|months?|weeks?|days?|decades?|hours?)\s+on$", re.IGNORECASE)


@dataclass(frozen=True)
class Body:
    """One non-blank line: where it is and its text without surrounding space."""

    line: Segment
    text: str
    start: int


def bodies(doc: Document) -> list[Body]:
    """The document's non-blank prose lines, stripped."""
    prose, result = doc.prose, []
    for line in doc.lines:
        raw = prose[line.start : line.end]
        text = raw.strip()
        if text:
            result.append(Body(line, text, line.start + raw.index(text)))
    return result


def is_label(text: str) -> bool:
    """True when ``text`` (a stripped line) is a link-box label such as "Related:".

    >>> is_label("READ MORE:"), is_label("Related stories"), is_label("Related: the vote")
    (True, True, False)
    """
    return (len(text) <= _LABEL_MAX_CHARS and text[0] in _LABEL_INITIALS
            and RELATED_LABEL.fullmatch(text) is not None)


def looks_like_headline(text: str, max_words: int) -> bool:
    """True when ``text`` reads as a title: short, capitalised, one phrase, no final stop.

    >>> looks_like_headline("Ferry fares rise for the third year running", 20)
    True
    >>> looks_like_headline("The council also voted to close the ferry terminal.", 20)
    False
    """
    title = _BULLET.sub("", text)
    words = title.split()
    if not 3 <= len(words) <= max_words or title.startswith("#"):
        return False
    if title.endswith(_PROSE_END) or title.endswith((".\"", ".”", ".'", ".’")):
        return False
    if (words[-1].lower() in _DANGLING and _TIME_ON.search(title) is None) \
            or not _TITLE_START.match(title):
        return False
    return _SENTENCE_BREAK.search(title) is None


#: A link box may print each story's address under its title; an address is no sentence.
_URL_START = re.compile(r"(?:https?://|www\.)\S", re.IGNORECASE)


def continues(following: Body | None) -> bool:
    """True when the next line carries on a sentence (starts in lower case, and is not a
    bare web address).

    >>> def line(text): return Body(Segment(0, len(text), text, 1), text, 0)
    >>> continues(line("of the valley.")), continues(line("https://news.example/heatwave"))
    (True, False)
    """
    return (following is not None and following.text[:1].islower()
            and _URL_START.match(following.text) is None)


def headline_run(lines: list[Body], after: int, options: Mapping[str, Any]) -> list[Body]:
    """The headline lines right after the label at index ``after`` (empty if none, or if
    there are more than ``max-headlines``: a long list is content, not a link box)."""
    run: list[Body] = []
    for i in range(after + 1, len(lines)):
        body = lines[i]
        following = lines[i + 1] if i + 1 < len(lines) else None
        if is_label(body.text) or not looks_like_headline(body.text, options["max-words"]):
            break
        if continues(following):
            break  # the first line of a hard-wrapped paragraph, not a title
        run.append(body)
    return run if len(run) <= options["max-headlines"] else []


def finding(doc: Document, label: Body, body: Body) -> Finding:
    """The finding for one headline line, with a safe fix that removes the line."""
    start, end = doc.line_removal(body.line)
    return Finding(
        body.start, body.start + len(body.text),
        f"related-article headline {body.text!r} under the {label.text!r} label: "
        "a link to another page, not article text",
        Fix.safe("remove the line", Edit.deletion(start, end)),
        {"label": label.text, "headline": body.text})


_STORY = "The harbour bridge reopened on Monday after two years of repairs.\n"
_AFTER = "Commuters said the crossing now takes five minutes.\n"


@rule(
    code="BOIL007",
    name="related-headline",
    summary="Headlines of other articles listed under a \"Related:\" or \"Read more:\" label.",
    severity=Severity.WARNING,
    fix=FixAvailability.ALWAYS,
    options={
        "max-headlines": Option(8, "a longer run of title lines after the label is taken for "
                                   "a list in the article and left alone", int, minimum=1),
        "max-words": Option(20, "words a headline line may have at most", int, minimum=3),
    },
    cases=[
        Case(_STORY + "Related:\nFerry fares rise for the third year running\n"
             "Council backs new cycle lanes on the quay\n" + _AFTER, fires=True,
             fixed=_STORY + "Related:\n" + _AFTER,
             note="a link box between paragraphs; the label is BOIL006's"),
        Case(_STORY + _AFTER + "READ MORE:\n'We waited long enough': Commuters on the new "
             "bridge", fires=True, fixed=_STORY + _AFTER + "READ MORE:",
             note="one headline at the end of the page, no final line break"),
        Case(_STORY + "Read more:\n\n- Ferry fares rise again\n\n- Quay market to close in "
             "May\n", fires=True, fixed=_STORY + "Read more:\n\n\n", kind="markdown",
             note="a bulleted box separated by blank lines"),
        Case(_STORY + "Related:\nFerry fares rise again\nThe quay market, five years on\n"
             + _AFTER, fires=True, fixed=_STORY + "Related:\n" + _AFTER,
             note="a headline ending on the idiom 'five years on'"),
        Case(_STORY + "See also:\nThe council kept the ferry running for five years on\n"
             "the old timetable.\n", fires=False,
             note="a hard-wrapped sentence whose first line ends on 'years on'"),
        Case(_STORY + "Related:\nThe council also voted to close the ferry terminal on "
             "Sundays.\n" + _AFTER, fires=False,
             note="a real sentence after the label"),
        Case(_STORY + "See also:\nThe council, which met on Tuesday, also voted to close\n"
             "the ferry terminal on Sundays.\n", fires=False,
             note="the first line of a hard-wrapped paragraph"),
        Case(_STORY + "The front pages on Tuesday:\nBridge Reopens At Last\n"
             "Harbour Back In Business\n" + _AFTER, fires=False,
             note="headlines quoted in a media review, under a line that is no link label"),
        Case(_STORY + "Related:\n" + "".join(f"Item number {n} of the list\n"
                                             for n in range(1, 10)), fires=False,
             note="more than max-headlines lines: a list, not a link box"),
    ],
)
def related_headline(doc: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
    """## What it does
    Flags the headline lines that follow a link-box label: "Related:", "Read more:",
    "See also:", "More on this story", "You may also like" (the label itself is
    BOIL004's or BOIL006's). A headline line is short (3 to `max-words` words), starts
    with a capital or a digit, holds one phrase, and does not end like a sentence (with a
    period, comma, semicolon or colon, or on a word such as "the" or "and"). The run
    ends at the first line that is not a headline; one longer than `max-headlines` lines
    is left alone.

    ## Why it matters
    News pages print boxes of links to other stories after a label, between paragraphs
    or under the article. Extracted as text, their titles become lines of the article
    that belong to other articles: they break the story in the middle, and across a
    corpus the same titles repeat on thousands of pages.

    ## Example
    Bad:

        The harbour bridge reopened on Monday.
        Related:
        Ferry fares rise for the third year running
        Council backs new cycle lanes on the quay
        Commuters said the crossing now takes five minutes.

    Good (with BOIL006 removing the label):

        The harbour bridge reopened on Monday.
        Commuters said the crossing now takes five minutes.

    ## Fix safety
    Safe: the fix removes the headline line and its line break, nothing else. Only lines
    right after a label from a closed list are considered ("Further reading" and other
    labels an author might write are not in it), and a line of prose after the label, a
    sentence ending in a period, or the first line of a hard-wrapped paragraph (the next
    line starts in lower case) ends the run, so no prose is removed. An article's own
    subheading placed directly under a link box would look the same; with a label in
    front of it that is rare.
    """
    lines = bodies(doc)
    for i, label in enumerate(lines):
        if is_label(label.text):
            for body in headline_run(lines, i, options):
                yield finding(doc, label, body)


RULES = [related_headline]
