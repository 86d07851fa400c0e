"""Find rules: built-in and third-party alike, through the ``corpus_lint.rules`` entry points.

An entry point may name a :class:`~corpus_lint.rule.Rule`, a sequence of rules, or a
callable returning either. Loading is find -> load -> validate; every failure is a
:class:`RegistryError` naming the entry point, never a traceback.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from importlib.metadata import EntryPoint, entry_points
from types import MappingProxyType

from .rule import CODE_PATTERN, Rule

GROUP = "corpus_lint.rules"


class RegistryError(Exception):
    """A plugin could not be loaded or declares invalid rules."""


@dataclass(frozen=True)
class Registry:
    """Every known rule, by code, in code order."""

    rules: Mapping[str, Rule]

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules.values())

    def __len__(self) -> int:
        return len(self.rules)

    def get(self, code: str) -> Rule | None:
        return self.rules.get(code.upper())

    def matching(self, selector: str) -> list[Rule]:
        """Rules whose code starts with ``selector`` (``ALL`` matches every rule)."""
        selector = selector.upper()
        if selector == "ALL":
            return list(self)
        return [r for code, r in self.rules.items() if code.startswith(selector)]

    def with_rules(self, extra: Iterable[Rule], origin: str) -> Registry:
        """A new registry with ``extra`` rules added (used for rule packs from config)."""
        merged = dict(self.rules)
        _add(merged, extra, origin)
        return Registry(MappingProxyType(dict(sorted(merged.items()))))


def _as_rules(obj: object, origin: str) -> list[Rule]:
    if callable(obj) and not isinstance(obj, Rule):
        obj = obj()
    if isinstance(obj, Rule):
        return [obj]
    if isinstance(obj, Iterable) and not isinstance(obj, (str, bytes)):
        items = list(obj)
        bad = [i for i in items if not isinstance(i, Rule)]
        if not bad:
            return items
    raise RegistryError(f"{origin}: expected a Rule or a list of Rules, got {type(obj).__name__}")


def _add(merged: dict[str, Rule], rules: Iterable[Rule], origin: str) -> None:
    for rule in rules:
        if not CODE_PATTERN.match(rule.code):
            raise RegistryError(
                f"{origin}: rule code {rule.code!r} must be 2-6 capital letters and 3 digits"
            )
        if rule.code in merged:
            raise RegistryError(
                f"{origin}: rule code {rule.code} is already defined by {merged[rule.code].origin}"
            )
        merged[rule.code] = rule


def load_entry_point(ep: EntryPoint) -> list[Rule]:
    origin = f"plugin {ep.name!r} ({ep.value})"
    try:
        obj = ep.load()
    except Exception as exc:  # a broken plugin must not crash the run with a traceback
        raise RegistryError(f"{origin} failed to load: {type(exc).__name__}: {exc}") from exc
    try:
        return _as_rules(obj, origin)
    except RegistryError:
        raise
    except Exception as exc:
        raise RegistryError(f"{origin} failed to build its rules: {exc}") from exc


def discover(extra: Iterable[EntryPoint] = ()) -> Registry:
    """Load every rule registered under the ``corpus_lint.rules`` entry-point group."""
    merged: dict[str, Rule] = {}
    for ep in [*entry_points(group=GROUP), *extra]:
        _add(merged, load_entry_point(ep), f"plugin {ep.name!r} ({ep.value})")
    return Registry(MappingProxyType(dict(sorted(merged.items()))))
