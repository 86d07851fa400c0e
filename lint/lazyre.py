"""Regular expressions compiled on first use, so that importing a rule module stays cheap.

The built-in rules hold several hundred module-level patterns, many of them long
alternations of month names, labels and phrases in dozens of languages. Compiling them all
costs more than half a second on every start, even when a run selects none of those rules
(a pre-commit hook running only ``--select CORP`` against the corpus index, say). A
:class:`LazyPattern` stores the source and flags and compiles on the first call:

>>> DATE = LazyPattern(r"(?P<y>\\d{4})-(?P<m>\\d{2})")
>>> DATE.search("Posted 2024-05").group("m")
'05'
>>> DATE.pattern
'(?P<y>\\\\d{4})-(?P<m>\\\\d{2})'

After that first call the compiled pattern's own methods are bound on the instance, so a
hot loop pays no more than with a plain :class:`re.Pattern`. A bad pattern raises
:class:`re.error` at first use rather than at import; the test suite compiles every
module-level pattern of the built-in rules (``compile_all``) so that none ships broken.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator, Mapping
from typing import Any

__all__ = ["LazyPattern", "compile_all"]


class LazyPattern:
    """A :class:`re.Pattern` stand-in that compiles ``pattern`` with ``flags`` on first use.

    It offers the methods the rules use: ``search``, ``match``, ``fullmatch``,
    ``finditer``, ``findall``, ``sub``, ``subn`` and ``split``, and the ``pattern``,
    ``flags`` and ``groupindex`` attributes.
    """

    def __init__(self, pattern: str, flags: int | re.RegexFlag = 0) -> None:
        self.pattern = pattern
        self._flags = int(flags)
        self._compiled: re.Pattern[str] | None = None

    def __repr__(self) -> str:
        state = "compiled" if self._compiled is not None else "not compiled yet"
        return f"LazyPattern({self.pattern!r}, {self._flags}) [{state}]"

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiling it now if need be)."""
        if self._compiled is None:
            compiled = re.compile(self.pattern, self._flags)
            # Bind the compiled pattern's methods on the instance: from now on they are
            # found before the class's wrappers below, with no extra Python call.
            for name in ("search", "match", "fullmatch", "finditer", "findall", "sub",
                         "subn", "split"):
                setattr(self, name, getattr(compiled, name))
            self._compiled = compiled
        return self._compiled

    @property
    def flags(self) -> int:
        """The flags, as :attr:`re.Pattern.flags` reports them (with the implied ones)."""
        return self.compiled.flags

    @property
    def groupindex(self) -> Mapping[str, int]:
        return self.compiled.groupindex

    def search(self, string: str, pos: int = 0,
               endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0,
              endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0,
                  endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0,
                 endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled.findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str,
            count: int = 0) -> str:
        return self.compiled.sub(repl, string, count)

    def subn(self, repl: str | Callable[[re.Match[str]], str], string: str,
             count: int = 0) -> tuple[str, int]:
        return self.compiled.subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled.split(string, maxsplit)


def compile_all(namespace: Mapping[str, object]) -> int:
    """Compile every :class:`LazyPattern` in ``namespace`` (a module's ``vars()``), also
    inside tuples, lists and dict values; return how many there were.

    Raises :class:`re.error` for the first that does not compile.
    """
    count = 0
    stack: list[object] = list(namespace.values())
    while stack:
        value = stack.pop()
        if isinstance(value, LazyPattern):
            value.compiled  # noqa: B018 - compiling is the point
            count += 1
        elif isinstance(value, (tuple, list)):
            stack.extend(value)
        elif isinstance(value, dict):
            stack.extend(value.values())
    return count
