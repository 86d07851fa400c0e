"""Which rules run on which file: ``select``, ``extend-select``, ``ignore``, per-file ignores.

Selectors are code prefixes: a family (``DUP``), a code (``DUP001``) or ``ALL``. Selection
comes in layers, applied in order: the config file, then the command line. Within a layer,
when selectors disagree about a rule the most specific one wins (``ignore = ["DUP"]`` with
``extend-select = ["DUP002"]`` keeps DUP002); on a tie, ignore wins. A later layer
overrides an earlier one for every rule it mentions, and a ``select`` in a later layer
starts afresh. Rules that are off by default (they need a server, say) run only when a
selector names their family or code; ``ALL`` alone does not turn them on.
"""

from __future__ import annotations

import contextlib
import fnmatch
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath

from .config import ConfigError
from .registry import Registry
from .rule import FAMILIES, Rule

#: The specificity of a selector that does not match a rule.
NO_MATCH = -1


@dataclass(frozen=True)
class Layer:
    """One source of selectors (a config file, or the command line)."""

    select: Sequence[str] | None = None  # None: keep what earlier layers chose
    extend_select: Sequence[str] = ()
    ignore: Sequence[str] = ()


def check_selectors(registry: Registry, selectors: Iterable[str], where: str) -> None:
    """Raise ConfigError for a selector that matches no rule and names no family."""
    for selector in selectors:
        s = selector.upper()
        if s == "ALL" or registry.matching(s) or s in FAMILIES:
            continue
        raise ConfigError(f"{where}: unknown rule code or prefix {selector!r} "
                          "(see `corpus-lint rules`)")


def specificity(rule: Rule, selectors: Sequence[str]) -> int:
    """How specifically ``selectors`` name ``rule``: the longest matching prefix.

    ``ALL`` counts as 0 and matches only rules that are on by default; no match is -1.
    """
    best = NO_MATCH
    for s in selectors:
        if s.upper() == "ALL":
            if rule.default_enabled:
                best = max(best, 0)
        elif rule.code.startswith(s.upper()):
            best = max(best, len(s))
    return best


def _apply(rule: Rule, layer: Layer, was_on: bool) -> bool:
    """Whether ``rule`` is on after ``layer``, given whether it was on before."""
    on = max(specificity(rule, layer.select) if layer.select is not None else NO_MATCH,
             specificity(rule, layer.extend_select))
    off = specificity(rule, layer.ignore)
    if on == NO_MATCH and off == NO_MATCH:
        return was_on and layer.select is None
    return on > off


def enabled_layers(registry: Registry, layers: Sequence[Layer]) -> list[Rule]:
    """The rules a run uses after applying ``layers`` in order, in code order."""
    result = []
    for rule in registry:
        on = rule.default_enabled
        for layer in layers:
            on = _apply(rule, layer, on)
        if on:
            result.append(rule)
    return result


def enabled(
    registry: Registry,
    select: Sequence[str] | None,
    extend_select: Sequence[str] = (),
    ignore: Sequence[str] = (),
) -> list[Rule]:
    """The rules a run uses with a single layer of selectors, in code order."""
    return enabled_layers(registry, [Layer(select, extend_select, ignore)])


def readers(registry: Registry, rules: Sequence[Rule]) -> list[Rule]:
    """The rules, on by default, whose findings ``rules`` read (``Rule.after``) but that
    the run does not enable: a run adds them hidden (found, read, never reported), so a
    rule that reads chrome findings works the same under ``--select`` or ``--ignore``.
    Readers of readers are added too.

    >>> from corpus_lint.registry import discover
    >>> reg = discover()
    >>> codes = [r.code for r in readers(reg, [reg.get("GEN003")])]
    >>> "BOIL004" in codes and "META001" in codes and "GEN003" not in codes
    True
    >>> readers(reg, [reg.get("DUP001")])
    []
    """
    chosen = {r.code for r in rules}
    prefixes: set[str] = set()
    wanted = [r for r in rules if r.after]
    out: list[Rule] = []
    while wanted:
        prefixes.update(p for r in wanted for p in r.after)
        wanted = []
        for rule in registry:
            if (rule.code not in chosen and rule.default_enabled
                    and rule.code.startswith(tuple(prefixes))):
                chosen.add(rule.code)
                out.append(rule)
                if rule.after:
                    wanted.append(rule)
    return sorted(out, key=lambda r: r.code)


def ignored_for(path: str, per_file_ignores: dict[str, list[str]], root: PurePath) -> list[str]:
    """Code prefixes ignored for ``path`` by per-file-ignores patterns.

    A pattern matches the path relative to the config's directory, the path as given,
    or the file name alone (so ``"*.md"`` works anywhere). ``ALL`` becomes the empty
    prefix, which every code starts with.
    """
    candidates = {path, PurePath(path).name}
    with contextlib.suppress(ValueError):  # a path outside the config's folder
        candidates.add(Path(path).absolute().relative_to(Path(root).absolute()).as_posix())
    codes: list[str] = []
    for pattern, ignored in per_file_ignores.items():
        if any(_matches(c, pattern) for c in candidates):
            codes.extend("" if code.upper() == "ALL" else code.upper() for code in ignored)
    return codes


def _matches(candidate: str, pattern: str) -> bool:
    """A glob match; a pattern ending in ``/`` (or naming a folder) covers what is inside."""
    folder = pattern.rstrip("/") + "/*"
    return fnmatch.fnmatchcase(candidate, pattern) or fnmatch.fnmatchcase(candidate, folder)

