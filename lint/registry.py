"""Find rules: built-in and third-party alike, through the ``corpus_lint.rules`` entry points.

An entry point may name a :class:`~corpus_lint.rule.Rule`, a sequence of rules, or a
callable returning either. Loading is find -> load -> validate; every failure is a
:class:`RegistryError` naming the plugin (entry point and distribution), never a traceback.

corpus-lint's own rules are registered in its ``pyproject.toml`` under the same group, so
a plugin is found, loaded and checked exactly like a built-in rule.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from importlib.metadata import EntryPoint, entry_points
from types import MappingProxyType

from .rule import CODE_PATTERN, Rule

GROUP = "corpus_lint.rules"
#: The distribution whose entry points are the built-in rules.
BUILTIN_DISTRIBUTION = "corpus-lint"


class RegistryError(Exception):
    """A plugin could not be loaded or declares invalid rules."""


@dataclass(frozen=True)
class Registry:
    """Every known rule, by code, in code order.

    ``providers`` maps each code to who registered it: a distribution name for entry-point
    rules (``corpus-lint`` for the built-ins), a file path for rules from a user's pack.
    """

    rules: Mapping[str, Rule]
    providers: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules.values())

    def __len__(self) -> int:
        return len(self.rules)

    def get(self, code: str) -> Rule | None:
        """The rule with this code (any case), or None."""
        return self.rules.get(code.upper())

    def by_name(self, name: str) -> Rule | None:
        """The rule with this name, or None (names are unique in a registry)."""
        return next((r for r in self if r.name == name.lower()), None)

    def provider(self, code: str) -> str:
        """Who registered ``code`` (empty when unknown)."""
        return self.providers.get(code.upper(), "")

    def is_builtin(self, code: str) -> bool:
        """True when corpus-lint itself registered ``code``."""
        return self.provider(code) == BUILTIN_DISTRIBUTION

    def matching(self, selector: str) -> list[Rule]:
        """Rules whose code starts with ``selector`` (``ALL`` matches every rule)."""
        selector = selector.upper()
        if selector == "ALL":
            return list(self)
        return [r for code, r in self.rules.items() if code.startswith(selector)]

    def with_rules(self, extra: Iterable[Rule], origin: str, provider: str = "") -> Registry:
        """A new registry with ``extra`` rules added (used for rule packs from config)."""
        builder = _Builder(dict(self.rules), dict(self.providers))
        builder.add(extra, origin, provider or origin)
        return builder.build()

    def replacing(self, rules: Iterable[Rule]) -> Registry:
        """A new registry where ``rules`` replace the rules of the same codes."""
        merged = dict(self.rules)
        for rule in rules:
            if rule.code not in merged:
                raise KeyError(rule.code)
            merged[rule.code] = rule
        return _Builder(merged, dict(self.providers)).build()


@dataclass
class _Builder:
    """Collects rules while checking codes and names are valid and unique."""

    rules: dict[str, Rule] = field(default_factory=dict)
    providers: dict[str, str] = field(default_factory=dict)

    def add(self, rules: Iterable[Rule], origin: str, provider: str) -> None:
        names = {r.name: r.code for r in self.rules.values()}
        for rule in rules:
            _check_code(rule, origin)
            if rule.code in self.rules:
                raise RegistryError(f"{origin}: rule code {rule.code} is already defined by "
                                    f"{self._describe(rule.code)}")
            if rule.name in names:
                raise RegistryError(f"{origin}: rule name {rule.name!r} of {rule.code} is "
                                    f"already used by {names[rule.name]}")
            self.rules[rule.code] = rule
            self.providers[rule.code] = provider
            names[rule.name] = rule.code

    def _describe(self, code: str) -> str:
        provider = self.providers.get(code)
        return f"{provider} ({self.rules[code].origin})" if provider else self.rules[code].origin

    def build(self) -> Registry:
        codes = sorted(self.rules)
        return Registry(MappingProxyType({c: self.rules[c] for c in codes}),
                        MappingProxyType({c: self.providers.get(c, "") for c in codes}))


def _check_code(rule: Rule, origin: str) -> None:
    if not isinstance(rule.code, str) or not CODE_PATTERN.match(rule.code):
        raise RegistryError(f"{origin}: invalid rule code {rule.code!r}: a code is 2-6 capital "
                            "letters and 3 digits, like DUP001")


def _as_rules(obj: object, origin: str) -> list[Rule]:
    """Accept a Rule, an iterable of Rules, or a callable returning either."""
    if callable(obj) and not isinstance(obj, Rule):
        obj = obj()
    if isinstance(obj, Rule):
        return [obj]
    if isinstance(obj, Iterable) and not isinstance(obj, (str, bytes, Mapping)):
        items = list(obj)
        bad = [i for i in items if not isinstance(i, Rule)]
        if not bad:
            return items
        raise RegistryError(f"{origin}: expected Rules, got {type(bad[0]).__name__} "
                            f"{bad[0]!r:.60}")
    raise RegistryError(f"{origin}: expected a Rule or a list of Rules, got {type(obj).__name__}")


def distribution_name(ep: EntryPoint) -> str:
    """The name of the distribution that declares ``ep`` (empty when unknown)."""
    dist = getattr(ep, "dist", None)
    return str(dist.name) if dist is not None and dist.name else ""


def describe(ep: EntryPoint, dist: str | None = None) -> str:
    """How error messages name a plugin: entry point, value and distribution (``dist``:
    its name, when already known)."""
    dist = distribution_name(ep) if dist is None else dist
    where = f" from distribution {dist!r}" if dist else ""
    return f"plugin {ep.name!r} ({ep.value}){where}"


def load_entry_point(ep: EntryPoint, origin: str | None = None) -> list[Rule]:
    """Import one entry point and return its rules; failures are RegistryErrors naming
    ``origin`` (default: :func:`describe`)."""
    origin = describe(ep) if origin is None else origin
    try:
        obj = ep.load()
    except BaseException as exc:  # a broken plugin (even sys.exit on import) must not crash
        if isinstance(exc, KeyboardInterrupt):
            raise
        raise RegistryError(f"{origin} failed to load: {type(exc).__name__}: {exc}") from exc
    try:
        return _as_rules(obj, origin)
    except RegistryError:
        raise
    except Exception as exc:
        raise RegistryError(f"{origin} failed to build its rules: "
                            f"{type(exc).__name__}: {exc}") from exc


def discover(extra: Iterable[EntryPoint] = ()) -> Registry:
    """Load every rule registered under the ``corpus_lint.rules`` entry-point group."""
    builder = _Builder()
    for ep, dist in _ordered([*entry_points(group=GROUP), *extra]):
        origin = describe(ep, dist)
        builder.add(load_entry_point(ep, origin), origin, dist or origin)
    return builder.build()


def _ordered(eps: list[EntryPoint]) -> list[tuple[EntryPoint, str]]:
    """Each entry point with its distribution's name (read once: each read parses the
    distribution's metadata file), built-ins first, then plugins by name: a clash is
    blamed on the plugin, and the order does not depend on ``sys.path``."""
    named = [(ep, distribution_name(ep)) for ep in eps]
    return sorted(named, key=lambda pair: (pair[1] != BUILTIN_DISTRIBUTION, pair[1],
                                           pair[0].name))
