"""Configuration: ``[tool.corpus-lint]`` in ``pyproject.toml``, or ``corpus-lint.toml``.

The file is found by walking up from the first linted path (or the current directory).
Every key is checked: an unknown key, code or value is a :class:`ConfigError` that says
what is wrong and in which file. Command-line flags override the file.

Example ``corpus-lint.toml`` (in ``pyproject.toml`` the same keys sit under
``[tool.corpus-lint]``)::

    select = ["DUP", "BOIL", "ENC"]
    ignore = ["DUP003"]
    exclude = ["drafts/"]
    text-field = "content"
    site-field = "source_url"
    rule-packs = ["packs/house-style.yaml"]

    [per-file-ignores]
    "transcripts/*.txt" = ["DUP002"]

    [severity]
    DUP002 = "info"

    [rules.DUP003]
    min-similarity = 0.9
"""

from __future__ import annotations

import difflib
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib  # type: ignore[import-not-found,unused-ignore]

from .model import Severity

CONFIG_FILES = ("corpus-lint.toml", ".corpus-lint.toml", "pyproject.toml")
PARAGRAPH_MODES = ("auto", "blank-line", "line")


class ConfigError(Exception):
    """The configuration is invalid; the message says where and why."""


@dataclass
class Settings:
    """Settings for one run, from a config file and then the command line."""

    path: Path | None = None  # the config file, if any
    root: Path = field(default_factory=Path.cwd)  # relative paths in config start here
    select: list[str] | None = None
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    severity: dict[str, Severity] = field(default_factory=dict)
    rule_options: dict[str, dict[str, Any]] = field(default_factory=dict)
    exclude: list[str] = field(default_factory=list)
    extend_exclude: list[str] = field(default_factory=list)
    text_field: str = "text"
    site_field: str = "url"  # JSONL field whose host groups records by site (CORP001)
    rule_packs: list[Path] = field(default_factory=list)
    fail_on: Severity = Severity.INFO
    paragraphs: str = "auto"
    respect_gitignore: bool = True
    jobs: int = 1  # worker processes (0: one per CPU)
    extra: dict[str, Any] = field(default_factory=dict)  # tables owned by rule families

    def where(self, key: str) -> str:
        """``FILE: KEY`` for error messages, with the key as TOML spells it in that file."""
        location = str(self.path) if self.path else "configuration"
        prefix = "tool.corpus-lint." if self.path and self.path.name == "pyproject.toml" else ""
        return f"{location}: {prefix}{key}"


def find_config(start: Path) -> Path | None:
    """The nearest config file at or above ``start``.

    A ``pyproject.toml`` counts only when it has a ``[tool.corpus-lint]`` table.
    """
    directory = start.absolute()
    if not directory.is_dir():
        directory = directory.parent
    for candidate_dir in (directory, *directory.parents):
        for name in CONFIG_FILES:
            candidate = candidate_dir / name
            if candidate.is_file() and (name != "pyproject.toml" or _has_table(candidate)):
                return candidate
    return None


def _has_table(path: Path) -> bool:
    try:
        raw = path.read_bytes()
    except OSError:
        return False
    try:
        tool = tomllib.loads(raw.decode("utf-8", "replace")).get("tool", {})
    except tomllib.TOMLDecodeError as exc:
        # Silently skipping a broken file that holds our settings would lint with the
        # wrong rules; a pyproject.toml that merely belongs to something else may pass.
        if b"corpus-lint" in raw:
            raise ConfigError(f"{path}: invalid TOML: {exc}") from exc
        return False
    return isinstance(tool, Mapping) and "corpus-lint" in tool


def load(path: Path) -> Settings:
    """Read and validate one config file."""
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from exc
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        data = tool.get("corpus-lint", {}) if isinstance(tool, Mapping) else {}
        if not isinstance(data, Mapping):
            raise ConfigError(f"{path}: tool.corpus-lint: must be a table")
    return from_mapping(data, path)


_SIMPLE_LISTS = ("select", "extend-select", "ignore", "exclude", "extend-exclude", "rule-packs")
#: Tables that rule families own and validate themselves (e.g. GRAM's server settings).
FAMILY_TABLES = ("languagetool", "corpus")
KNOWN_KEYS = tuple(sorted((*_SIMPLE_LISTS, "per-file-ignores", "severity", "rules", "text-field",
                           "site-field", "paragraphs", "fail-on", "respect-gitignore", "jobs",
                           *FAMILY_TABLES)))


def from_mapping(data: Mapping[str, Any], path: Path | None = None) -> Settings:
    """Validate the corpus-lint table of a config file and turn it into settings."""
    settings = Settings(path=path, root=path.parent if path else Path.cwd())
    for key, value in data.items():
        _set(settings, key, value)
    return settings


def _set(settings: Settings, key: str, value: Any) -> None:
    """Check one top-level key and store it in ``settings``."""
    if key in _SIMPLE_LISTS:
        _set_list(settings, key, _str_list(settings, key, value))
    elif key == "per-file-ignores":
        table = _table(settings, key, value)
        settings.per_file_ignores = {
            pattern: [c.upper() for c in _str_list(settings, f"{key}.{pattern!r}", codes)]
            for pattern, codes in table.items()
        }
    elif key == "severity":
        for code, level in _table(settings, key, value).items():
            if not isinstance(level, str):
                raise ConfigError(f"{settings.where(f'{key}.{code}')}: must be a string "
                                  "(error, warning or info)")
            try:
                settings.severity[code.upper()] = Severity.parse(level)
            except ValueError as exc:
                raise ConfigError(f"{settings.where(f'{key}.{code}')}: {exc}") from None
    elif key == "rules":
        for code, options in _table(settings, key, value).items():
            settings.rule_options[code.upper()] = dict(_table(settings, f"rules.{code}", options))
    elif key in ("text-field", "site-field", "paragraphs", "fail-on"):
        if not isinstance(value, str) or not value:
            raise ConfigError(f"{settings.where(key)}: must be a non-empty string")
        _set_scalar(settings, key, value)
    elif key == "respect-gitignore":
        if not isinstance(value, bool):
            raise ConfigError(f"{settings.where(key)}: must be true or false")
        settings.respect_gitignore = value
    elif key == "jobs":
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise ConfigError(f"{settings.where(key)}: must be a whole number, at least 0 "
                              "(0: one worker process per CPU)")
        settings.jobs = value
    elif key in FAMILY_TABLES:
        settings.extra[key] = dict(_table(settings, key, value))
    else:
        raise ConfigError(f"{settings.where(key)}: {unknown_key(key)}")


def _set_list(settings: Settings, key: str, items: list[str]) -> None:
    if key == "rule-packs":
        settings.rule_packs = [settings.root / p for p in items]
    elif key in ("select", "extend-select", "ignore"):
        setattr(settings, key.replace("-", "_"), [i.upper() for i in items])
    else:
        setattr(settings, key.replace("-", "_"), items)


def unknown_key(key: str) -> str:
    """An error message for an unknown key, suggesting the nearest known one."""
    close = difflib.get_close_matches(key.replace("_", "-"), KNOWN_KEYS, n=1)
    hint = f"did you mean {close[0]!r}? " if close else ""
    return f"unknown key ({hint}known keys: {', '.join(KNOWN_KEYS)})"


def _set_scalar(settings: Settings, key: str, value: str) -> None:
    """Store ``text-field``, ``site-field``, ``paragraphs`` or ``fail-on``, checking it."""
    if key == "text-field":
        settings.text_field = value
    elif key == "site-field":
        settings.site_field = value
    elif key == "paragraphs":
        if value not in PARAGRAPH_MODES:
            raise ConfigError(f"{settings.where(key)}: must be one of {', '.join(PARAGRAPH_MODES)}")
        settings.paragraphs = value
    else:
        try:
            settings.fail_on = Severity.parse(value)
        except ValueError as exc:
            raise ConfigError(f"{settings.where(key)}: {exc}") from None


def _str_list(settings: Settings, key: str, value: Any) -> list[str]:
    """``value`` as a list of strings, or a ConfigError naming ``key``."""
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{settings.where(key)}: must be a list of strings")
    return list(value)


def _table(settings: Settings, key: str, value: Any) -> Mapping[str, Any]:
    """``value`` as a table, or a ConfigError naming ``key``."""
    if not isinstance(value, Mapping):
        raise ConfigError(f"{settings.where(key)}: must be a table")
    return value
