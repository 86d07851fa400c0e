"""The data that flows through corpus-lint: severities, edits, fixes and findings.

Everything here is a small frozen value. Offsets are indices into a document's text
(Python ``str`` indices, i.e. code points), half-open: ``start`` is the first character
of a span and ``end`` the first character after it.

>>> fix = Fix.safe("remove the line", Edit.deletion(10, 20))
>>> fix.applicability is Applicability.SAFE
True
>>> fix.apply("0123456789abcdefghijXYZ")
'0123456789XYZ'
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any


class Severity(enum.IntEnum):
    """How serious a finding is; ordered so that ``INFO < WARNING < ERROR``."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, value: str) -> Severity:
        """Parse a severity name, case-insensitively.

        >>> Severity.parse("Warning")
        <Severity.WARNING: 2>
        """
        try:
            return cls[value.strip().upper()]
        except KeyError:
            names = ", ".join(s.label for s in cls)
            raise ValueError(f"unknown severity {value!r} (expected one of: {names})") from None

    @property
    def label(self) -> str:
        return self.name.lower()


class Applicability(enum.IntEnum):
    """Whether a fix may be applied automatically.

    Ordered ``DISPLAY_ONLY < UNSAFE < SAFE`` so that "may I apply this fix?" is one
    comparison against the level the user allowed (``--fix`` allows ``SAFE``,
    ``--unsafe-fixes`` allows ``UNSAFE``).
    """

    DISPLAY_ONLY = 0
    UNSAFE = 1
    SAFE = 2

    @property
    def label(self) -> str:
        return self.name.lower().replace("_", "-")


class FixAvailability(enum.Enum):
    """What a rule promises about fixes, shown by ``corpus-lint rules``."""

    NEVER = "never"
    SOMETIMES = "sometimes"
    ALWAYS = "always"


@dataclass(frozen=True, order=True)
class Edit:
    """Replace ``text[start:end]`` with ``content``.

    Insertions (``start == end``), deletions (``content == ""``) and replacements are
    the same shape.
    """

    start: int
    end: int
    content: str = ""

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid edit span {self.start}..{self.end}")

    @classmethod
    def deletion(cls, start: int, end: int) -> Edit:
        return cls(start, end, "")

    @classmethod
    def replacement(cls, start: int, end: int, content: str) -> Edit:
        return cls(start, end, content)

    @classmethod
    def insertion(cls, at: int, content: str) -> Edit:
        return cls(at, at, content)

    def overlaps(self, other: Edit) -> bool:
        """True when the two edits touch the same characters (or insert at the same place)."""
        if self.start == self.end or other.start == other.end:
            return self.start <= other.end and other.start <= self.end
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class Fix:
    """A set of non-overlapping edits applied together, with how safe they are."""

    title: str
    edits: tuple[Edit, ...]
    applicability: Applicability

    def __post_init__(self) -> None:
        ordered = tuple(sorted(self.edits))
        for a, b in zip(ordered, ordered[1:], strict=False):
            if a.overlaps(b):
                raise ValueError(f"fix {self.title!r} has overlapping edits {a} and {b}")
        object.__setattr__(self, "edits", ordered)

    @classmethod
    def safe(cls, title: str, *edits: Edit) -> Fix:
        return cls(title, tuple(edits), Applicability.SAFE)

    @classmethod
    def unsafe(cls, title: str, *edits: Edit) -> Fix:
        return cls(title, tuple(edits), Applicability.UNSAFE)

    @classmethod
    def display_only(cls, title: str, *edits: Edit) -> Fix:
        return cls(title, tuple(edits), Applicability.DISPLAY_ONLY)

    @property
    def start(self) -> int:
        return self.edits[0].start if self.edits else 0

    @property
    def end(self) -> int:
        return max((e.end for e in self.edits), default=0)

    def conflicts_with(self, other: Fix) -> bool:
        return any(a.overlaps(b) for a in self.edits for b in other.edits)

    def apply(self, text: str) -> str:
        """Apply this fix alone to ``text``."""
        return apply_edits(text, self.edits)


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """Apply non-overlapping edits to ``text``; everything outside them is kept as is.

    >>> apply_edits("hello world", [Edit(0, 5, "goodbye"), Edit.insertion(11, "!")])
    'goodbye world!'
    """
    ordered = sorted(edits)
    parts: list[str] = []
    cursor = 0
    for edit in ordered:
        if edit.start < cursor or edit.end > len(text):
            raise ValueError(f"edit {edit} overlaps another edit or runs past the text")
        parts.append(text[cursor : edit.start])
        parts.append(edit.content)
        cursor = edit.end
    parts.append(text[cursor:])
    return "".join(parts)


_EMPTY: Mapping[str, Any] = MappingProxyType({})


@dataclass(frozen=True)
class Finding:
    """One problem a rule found in one document.

    ``evidence`` names what the finding rests on (the line of an earlier copy, the
    lexicon entry that matched, a score) and ends up in JSON and SARIF output.
    A rule may leave ``code`` empty; the engine fills in the rule's own code.
    """

    start: int
    end: int
    message: str
    fix: Fix | None = None
    # Left out of the hash: a mapping is not hashable, and findings go into sets.
    evidence: Mapping[str, Any] = field(default_factory=lambda: _EMPTY, hash=False)
    code: str = ""

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid finding span {self.start}..{self.end}")
        if not isinstance(self.evidence, MappingProxyType):
            object.__setattr__(self, "evidence", MappingProxyType(dict(self.evidence)))
