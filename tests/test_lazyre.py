"""Module-level patterns of the built-in rules compile on first use (import stays cheap)."""

from __future__ import annotations

import importlib
import re
import subprocess
import sys

import pytest
from corpus_lint.lazyre import LazyPattern, compile_all

RULE_MODULES = ["corpus_lint.rules.boil", "corpus_lint.rules.gen", "corpus_lint.rules.meta"]


@pytest.mark.parametrize("name", RULE_MODULES)
def test_every_module_level_pattern_of_the_rules_compiles(name: str) -> None:
    # A typo in a pattern would otherwise surface only when a document reaches it.
    assert compile_all(vars(importlib.import_module(name))) >= 100


def test_it_matches_exactly_as_the_compiled_pattern() -> None:
    source, flags = r"(?P<d>\d{1,2})\.\s?(?P<m>[a-zé]+)", re.I
    lazy, plain = LazyPattern(source, flags), re.compile(source, flags)
    text = "Le 3. Mai, le 14.JUIN et le 21. décembre"
    assert lazy.search(text, 5).groupdict() == plain.search(text, 5).groupdict()  # type: ignore[union-attr]
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert lazy.findall(text) == plain.findall(text)
    assert lazy.sub(lambda m: m["m"].upper(), text) == plain.sub(lambda m: m["m"].upper(), text)
    assert lazy.subn("#", text) == plain.subn("#", text)
    assert lazy.split(text) == plain.split(text)
    assert lazy.match(text) is None and lazy.fullmatch("3. mai") is not None
    assert (lazy.pattern, lazy.flags, dict(lazy.groupindex)) == (
        plain.pattern, plain.flags, dict(plain.groupindex))


def test_a_bad_pattern_fails_when_first_used_not_when_made() -> None:
    broken = LazyPattern(r"(?P<unclosed")
    with pytest.raises(re.error):
        broken.search("text")
    with pytest.raises(re.error):
        compile_all({"_PATTERNS": (LazyPattern("fine"), [broken])})


def test_importing_the_rules_compiles_none_of_their_patterns() -> None:
    # What a `--select CORP` pre-commit run gains: it imports every rule module but runs
    # none of the per-line rules, so it must not pay for compiling their patterns.
    probe = (
        "import importlib\n"
        "from corpus_lint.lazyre import LazyPattern\n"
        f"for name in {RULE_MODULES!r}:\n"
        "    found = [v for v in vars(importlib.import_module(name)).values()\n"
        "             if isinstance(v, LazyPattern)]\n"
        "    compiled = [v for v in found if 'not compiled' not in repr(v)]\n"
        "    print(name, len(found), len(compiled))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True).stdout.split("\n")
    for line in filter(None, out):
        name, found, compiled = line.split()
        assert int(found) >= 50, line
        assert int(compiled) <= int(found) // 10, line
