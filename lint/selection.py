"""Which rules run on which file: ``select``, ``extend-select``, ``ignore``, per-file ignores.

Selectors are code prefixes: a family (``DUP``), a code (``DUP001``) or ``ALL``. When
selectors disagree about a rule, the most specific one wins (``ignore = ["DUP"]`` with
``extend-select = ["DUP002"]`` keeps DUP002); on a tie, ignore wins. Rules that are off by
default (they need a server, say) run only when a selector names their family or code.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePath

from .config import ConfigError
from .registry import Registry
from .rule import FAMILIES, Rule


def check_selectors(registry: Registry, selectors: Iterable[str], where: str) -> None:
    """Raise ConfigError for a selector that matches no rule and names no family."""
    for selector in selectors:
        s = selector.upper()
        if s == "ALL" or registry.matching(s) or s in FAMILIES:
            continue
        raise ConfigError(f"{where}: unknown rule code or prefix {selector!r} "
                          "(see `corpus-lint rules`)")


def _specificity(rule: Rule, selectors: Sequence[str]) -> int:
    best = -1
    for s in selectors:
        if s == "ALL":
            best = max(best, 0 if rule.default_enabled else -1)
        elif rule.code.startswith(s):
            best = max(best, len(s))
    return best


def enabled(
    registry: Registry,
    select: Sequence[str] | None,
    extend_select: Sequence[str] = (),
    ignore: Sequence[str] = (),
) -> list[Rule]:
    """The rules a run uses, in code order."""
    result = []
    for rule in registry:
        if select is None:
            on = 1 if rule.default_enabled else -1
        else:
            on = _specificity(rule, select)
        on = max(on, _specificity(rule, extend_select))
        off = _specificity(rule, ignore)
        if on >= 0 and on > off:
            result.append(rule)
    return result


def ignored_for(path: str, per_file_ignores: dict[str, list[str]], root: PurePath) -> list[str]:
    """Codes or prefixes ignored for ``path`` by per-file-ignores patterns.

    A pattern matches the path relative to the config's directory, the path as given,
    or the file name alone (so ``"*.md"`` works anywhere).
    """
    candidates = {path, PurePath(path).name}
    try:
        candidates.add(Path(path).absolute().relative_to(Path(root).absolute()).as_posix())
    except (ValueError, TypeError):
        pass
    codes: list[str] = []
    for pattern, ignored in per_file_ignores.items():
        if any(fnmatch.fnmatchcase(c, pattern) or fnmatch.fnmatchcase(c, pattern.rstrip("/") +
                                                                       "/*")
               for c in candidates):
            codes.extend(ignored)
    return codes
