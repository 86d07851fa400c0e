"""Rule packs: rules that are data, declared in YAML or TOML files users can extend.

A pack holds a list of rules, each of one *kind* (after Vale's declarative rule types):

``existence``
    Report every occurrence of a phrase (``tokens``) or regular expression (``patterns``)
    in prose, on word boundaries. Optional fix: ``remove`` the match.
``substitution``
    Report every occurrence of a key of ``swap`` and suggest its value; the fix replaces
    it, keeping the case pattern of the text ("Court Docket" -> "Court").
``line``
    Report a whole line that, stripped of surrounding space, *is* one of the ``tokens``
    (compared case-insensitively, ignoring trailing punctuation) or matches one of the
    ``patterns`` in full. The fix removes the line.

A pack entry with ``extends: CODE`` adds its ``tokens``, ``patterns`` and ``swap`` to an
existing rule instead of defining a new one; that is how users grow the built-in lists
without Python. Example pack::

    rules:
      - code: BOIL901
        name: house-chrome
        kind: line
        summary: Our site's "Back to top" links.
        message: "page chrome line {match!r}"
        tokens: ["Back to top"]
        fix: safe
        cases:
          - {text: "News.\\nBack to top\\n", fires: true, fixed: "News.\\n"}
          - {text: "Go back to top form.\\n", fires: false}
      - extends: BOIL002
        tokens: ["Print this page"]
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from .document import Document
from .model import Edit, Finding, Fix, FixAvailability, Severity
from .registry import Registry
from .rule import Case, Option, Rule

KINDS = ("existence", "substitution", "line")
_FIXES = {"none": None, "safe": "safe", "unsafe": "unsafe"}
_KEYS = {"code", "name", "kind", "summary", "severity", "message", "tokens", "patterns", "swap",
         "ignore-case", "fix", "documentation", "cases", "default-enabled", "extends",
         "min-words", "max-words"}


class PackError(Exception):
    """A rule pack is malformed; the message names the file and the rule."""


@dataclass(frozen=True)
class PackSpec:
    """The declarative part of a pack rule; the check function interprets it."""

    kind: str
    message: str
    tokens: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    swap: Mapping[str, str] = field(default_factory=dict)
    ignore_case: bool = True
    fix: str | None = None
    min_words: int = 0
    max_words: int = 0

    def merged(self, other: PackSpec) -> PackSpec:
        return replace(
            self,
            tokens=self.tokens + tuple(t for t in other.tokens if t not in self.tokens),
            patterns=self.patterns + tuple(p for p in other.patterns if p not in self.patterns),
            swap={**self.swap, **other.swap},
        )


# -- matching ----------------------------------------------------------------------------


def _phrase_regex(spec: PackSpec) -> re.Pattern[str] | None:
    alternatives = [re.escape(t) for t in sorted(spec.tokens, key=len, reverse=True)]
    alternatives += [re.escape(k) for k in sorted(spec.swap, key=len, reverse=True)]
    alternatives += [f"(?:{p})" for p in spec.patterns]
    if not alternatives:
        return None
    flags = re.IGNORECASE if spec.ignore_case else 0
    return re.compile(r"(?<![\w])(?:" + "|".join(alternatives) + r")(?![\w])", flags)


def _line_regex(spec: PackSpec) -> re.Pattern[str] | None:
    alternatives = [re.escape(t.rstrip(".:!?")) + r"[.:!?]*" for t in spec.tokens]
    alternatives += [f"(?:{p})" for p in spec.patterns]
    if not alternatives:
        return None
    flags = re.IGNORECASE if spec.ignore_case else 0
    return re.compile("(?:" + "|".join(alternatives) + ")", flags)


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


def _format(message: str, **values: str) -> str:
    try:
        return message.format(**values)
    except (KeyError, IndexError, ValueError):
        return message


def _check_factory(spec: PackSpec) -> Any:
    if spec.kind == "line":
        regex = _line_regex(spec)

        def check_line(doc: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
            if regex is None:
                return
            prose = doc.prose
            for line in doc.lines:
                body = prose[line.start:line.end].strip()
                if not body or not regex.fullmatch(body):
                    continue
                words = len(body.split())
                if spec.max_words and words > spec.max_words:
                    continue
                start, end = doc.line_removal(line)
                fix = _make_fix(spec.fix, "remove the line", Edit.deletion(start, end))
                offset = line.start + (len(line.text) - len(line.text.lstrip()))
                yield Finding(offset, offset + len(body), _format(spec.message, match=body),
                              fix, {"matched": body})

        return check_line

    regex = _phrase_regex(spec)
    lowered = {k.lower(): v for k, v in spec.swap.items()}

    def check_phrase(doc: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
        if regex is None:
            return
        for match in regex.finditer(doc.prose):
            text = match.group(0)
            suggestion = spec.swap.get(text)
            if suggestion is None:
                suggestion = lowered.get(text.lower())
            evidence: dict[str, Any] = {"matched": text}
            fix = None
            if spec.kind == "substitution" and suggestion is not None:
                suggestion = match_case(text, suggestion)
                evidence["suggestion"] = suggestion
                fix = _make_fix(spec.fix, f"replace with {suggestion!r}",
                                Edit(match.start(), match.end(), suggestion))
            elif spec.fix:
                fix = _make_fix(spec.fix, "remove it", Edit.deletion(*match.span()))
            message = _format(spec.message, match=text, suggestion=suggestion or "")
            yield Finding(match.start(), match.end(), message, fix, evidence)

    return check_phrase


def _make_fix(level: str | None, title: str, edit: Edit) -> Fix | None:
    if level == "safe":
        return Fix.safe(title, edit)
    if level == "unsafe":
        return Fix.unsafe(title, edit)
    return None


# -- loading -----------------------------------------------------------------------------


def read_pack(path: Path) -> list[Mapping[str, Any]]:
    """The rule entries of a pack file (YAML or TOML)."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise PackError(f"{path}: cannot read rule pack: {exc.strerror or exc}") from exc
    try:
        if path.suffix.lower() == ".toml":
            data = tomllib.loads(raw.decode("utf-8"))
        else:
            data = yaml.safe_load(raw.decode("utf-8"))
    except (yaml.YAMLError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise PackError(f"{path}: invalid rule pack: {exc}") from exc
    if not isinstance(data, Mapping) or not isinstance(data.get("rules"), list):
        raise PackError(f"{path}: a rule pack needs a top-level 'rules' list")
    for i, entry in enumerate(data["rules"], 1):
        if not isinstance(entry, Mapping):
            raise PackError(f"{path}: rule #{i} must be a table/mapping")
        unknown = set(entry) - _KEYS
        if unknown:
            raise PackError(f"{path}: rule #{i}: unknown key(s) {', '.join(sorted(unknown))}")
    return list(data["rules"])


def _strings(path: Path, where: str, entry: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = entry.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise PackError(f"{path}: {where}: {key!r} must be a list of strings")
    return tuple(value)


def _spec(path: Path, where: str, entry: Mapping[str, Any], kind: str) -> PackSpec:
    swap = entry.get("swap", {})
    if not isinstance(swap, Mapping) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in swap.items()):
        raise PackError(f"{path}: {where}: 'swap' must map strings to strings")
    patterns = _strings(path, where, entry, "patterns")
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise PackError(f"{path}: {where}: invalid pattern {pattern!r}: {exc}") from None
    fix = entry.get("fix", "safe" if kind == "line" else
                    "unsafe" if kind == "substitution" else "none")
    if fix not in _FIXES:
        raise PackError(f"{path}: {where}: 'fix' must be one of none, safe, unsafe")
    return PackSpec(kind=kind, message=str(entry.get("message", "{match}")),
                    tokens=_strings(path, where, entry, "tokens"), patterns=patterns,
                    swap=dict(swap), ignore_case=bool(entry.get("ignore-case", True)),
                    fix=_FIXES[fix], max_words=int(entry.get("max-words", 0)))


def _cases(path: Path, where: str, entry: Mapping[str, Any]) -> tuple[Case, ...]:
    cases = []
    for i, case in enumerate(entry.get("cases", []) or [], 1):
        if not isinstance(case, Mapping) or "text" not in case or "fires" not in case:
            raise PackError(f"{path}: {where}: case #{i} needs 'text' and 'fires'")
        cases.append(Case(text=str(case["text"]), fires=bool(case["fires"]),
                          fixed=case.get("fixed"), kind=str(case.get("kind", "text")),
                          note=str(case.get("note", ""))))
    return tuple(cases)


def _documentation(entry: Mapping[str, Any], spec: PackSpec) -> str:
    doc = str(entry.get("documentation", "")).strip()
    listing = [*spec.tokens, *spec.patterns, *spec.swap]
    if listing:
        doc += f"\n\nThis rule is data: {len(listing)} entries in its rule pack."
    return doc


def build_rules(path: Path, base: Mapping[str, Rule] | None = None) -> list[Rule]:
    """The rules a pack defines, and the built-in rules it extends (rebuilt with its entries)."""
    base = dict(base or {})
    result: dict[str, Rule] = {}
    for i, entry in enumerate(read_pack(path), 1):
        if "extends" in entry:
            code = str(entry["extends"]).upper()
            target = result.get(code) or base.get(code)
            spec = getattr(target.check_function, "pack_spec", None) if target else None
            if target is None or spec is None:
                raise PackError(f"{path}: rule #{i} extends {code}, which is not a pack rule")
            extra = _spec(path, f"rule #{i} (extends {code})", entry, spec.kind)
            result[code] = _rule_from_spec(target, spec.merged(extra))
            continue
        where = f"rule #{i} ({entry.get('code', '?')})"
        for key in ("code", "name", "kind", "summary"):
            if not isinstance(entry.get(key), str) or not entry[key]:
                raise PackError(f"{path}: {where}: missing or empty {key!r}")
        if entry["kind"] not in KINDS:
            raise PackError(f"{path}: {where}: kind must be one of {', '.join(KINDS)}")
        spec = _spec(path, where, entry, entry["kind"])
        try:
            severity = Severity.parse(str(entry.get("severity", "warning")))
        except ValueError as exc:
            raise PackError(f"{path}: {where}: {exc}") from None
        check = _check_factory(spec)
        check.pack_spec = spec
        result[entry["code"]] = Rule(
            code=entry["code"], name=entry["name"], summary=entry["summary"],
            documentation=_documentation(entry, spec), check_function=check,
            severity=severity,
            fix=FixAvailability.ALWAYS if spec.fix else FixAvailability.NEVER,
            options={}, cases=_cases(path, where, entry),
            default_enabled=bool(entry.get("default-enabled", True)), origin=str(path),
        )
    return list(result.values())


def _rule_from_spec(rule: Rule, spec: PackSpec) -> Rule:
    check = _check_factory(spec)
    check.pack_spec = spec
    return replace(rule, check_function=check)


def extend_registry(registry: Registry, path: Path) -> Registry:
    """Add a user's pack to the registry: new rules are added, extended ones replaced."""
    rules = build_rules(path, registry.rules)
    replaced = {r.code: r for r in rules if registry.get(r.code) is not None}
    added = [r for r in rules if r.code not in replaced]
    merged = {**registry.rules, **replaced}
    return Registry(dict(sorted(merged.items()))).with_rules(added, str(path))


def builtin(directory: Path) -> Sequence[Rule]:
    """Every rule of the pack files shipped in ``directory``."""
    rules: list[Rule] = []
    for path in sorted(directory.glob("*.y*ml")) + sorted(directory.glob("*.toml")):
        rules.extend(build_rules(path))
    return rules


__all__ = ["KINDS", "Option", "PackError", "build_rules", "builtin", "extend_registry"]
