"""The examples in the package's docstrings are tests too (run on the installed package)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from types import ModuleType

import corpus_lint
import corpus_lint.rules
import pytest


def _modules() -> list[str]:
    """Every module of the engine and of the built-in rules. The rules are walked on their
    own: in an editable install ``corpus_lint.__path__`` holds lint/ only."""
    names = {"corpus_lint.rules"}
    for package in (corpus_lint, corpus_lint.rules):
        names.update(m.name for m in pkgutil.walk_packages(package.__path__,
                                                            f"{package.__name__}."))
    return sorted(n for n in names if not n.endswith("__main__"))


def test_the_rules_modules_are_walked() -> None:
    assert {"corpus_lint.rules.gen", "corpus_lint.rules.corp", "corpus_lint.cli"} <= set(
        _modules())


@pytest.mark.parametrize("name", _modules())
def test_docstring_examples(name: str) -> None:
    module: ModuleType = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, f"{result.failed} docstring example(s) failed in {name}"
