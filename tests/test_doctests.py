"""The examples in the package's docstrings are tests too (run on the installed package)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from types import ModuleType

import corpus_lint
import pytest


def _modules() -> list[str]:
    return sorted(m.name for m in pkgutil.walk_packages(corpus_lint.__path__, "corpus_lint.")
                  if not m.name.endswith("__main__"))


@pytest.mark.parametrize("name", _modules())
def test_docstring_examples(name: str) -> None:
    module: ModuleType = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, f"{result.failed} docstring example(s) failed in {name}"
