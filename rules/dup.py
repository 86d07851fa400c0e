"""DUP: duplicated content inside one document."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from corpus_lint import Case, Document, Edit, Finding, Fix, FixAvailability, Option, rule

_NON_WORD = re.compile(r"[\W_]+")


def fold(text: str) -> str:
    """Fold case, punctuation and whitespace away: the key two copies share.

    >>> fold("  Hello,   WORLD! ") == fold("hello world")
    True
    """
    return _NON_WORD.sub(" ", text.casefold()).strip()


@rule(
    code="DUP001",
    name="repeated-paragraph",
    summary="A paragraph or line that repeats an earlier one in the same document.",
    fix=FixAvailability.ALWAYS,
    options={
        "min-words": Option(3, "shorter paragraphs (speaker labels, 'Transcript') may repeat",
                            int, minimum=1),
    },
    cases=[
        Case("Title of the story\nBody text here.\nTitle of the story\n", fires=True,
             fixed="Title of the story\nBody text here.\n"),
        Case("Speaker One:\nHello.\nSpeaker One:\nBye.\n", fires=False),
    ],
)
def repeated_paragraph(doc: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
    """## What it does
    Flags a paragraph that repeats an earlier paragraph of the same document, exactly or
    up to case, whitespace and punctuation.

    ## Why it matters
    Scrapers and page generators duplicate titles, captions and whole article bodies.

    ## Example
    Bad: a title line that appears twice. Good: the title once.

    ## Fix safety
    Safe: the later copy is removed with its line break; the first copy stays.
    """
    seen: dict[str, int] = {}
    for para in doc.paragraphs:
        key = fold(para.text)
        if len(key.split()) < options["min-words"]:
            continue
        if key in seen:
            start, end = doc.line_removal(para)
            yield Finding(para.start, para.end, f"repeats line {seen[key]}",
                          Fix.safe("remove the later copy", Edit.deletion(start, end)),
                          {"original_line": seen[key]})
        else:
            seen[key] = para.line


RULES = [repeated_paragraph]
