"""Third-party rules: a real plugin package installed into a directory and run by the CLI.

The plugin is installed with pip into ``<tmp>/site`` and the real ``corpus-lint`` console
script runs with ``PYTHONPATH=<tmp>/site``, so ``importlib.metadata`` finds its
dist-info exactly as it finds corpus-lint's own entry points. Broken plugins get a
hand-written dist-info (what pip would write), which is quicker than building each.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import run_process
from corpus_lint.registry import GROUP, RegistryError, discover
from corpus_lint.rule import Rule

PLUGIN_MODULE = '''
"""A tiny corpus-lint plugin used by the tests."""
from corpus_lint import Case, Edit, Finding, Fix, FixAvailability, rule

@rule(
    code="XMP001",
    name="lorem-ipsum-line",
    summary="A line of lorem ipsum placeholder text.",
    fix=FixAvailability.ALWAYS,
    cases=[Case("News.\\nLorem ipsum dolor sit amet.\\n", fires=True, fixed="News.\\n"),
           Case("News about Lorem, a town.\\n", fires=False)],
)
def lorem_ipsum_line(doc, options):
    """## What it does
    Flags a line that starts with "Lorem ipsum".

    ## Why it matters
    Placeholder text from a page template is not content.

    ## Example
    Bad: `Lorem ipsum dolor sit amet.` Good: the line removed.

    ## Fix safety
    Safe: removes the whole line.
    """
    for line in doc.lines:
        if line.text.lower().startswith("lorem ipsum"):
            start, end = doc.line_removal(line)
            yield Finding(line.start, line.end, "placeholder text",
                          Fix.safe("remove the line", Edit.deletion(start, end)),
                          {"matched": line.text})

RULES = [lorem_ipsum_line]
'''

PLUGIN_PYPROJECT = f'''
[build-system]
requires = ["setuptools>=61"]
build-backend = "setuptools.build_meta"

[project]
name = "corpus-lint-xmp"
version = "0.1"

[project.entry-points."{GROUP}"]
XMP = "corpus_lint_xmp:RULES"

[tool.setuptools]
py-modules = ["corpus_lint_xmp"]
'''


def _env(site: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(site), env.get("PYTHONPATH")]))
    env.pop("NO_COLOR", None)
    return env


@pytest.fixture(scope="module")
def plugin_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory holding the installed plugin (built once for this module)."""
    root = tmp_path_factory.mktemp("plugin")
    package = root / "pkg"
    package.mkdir()
    (package / "pyproject.toml").write_text(PLUGIN_PYPROJECT, encoding="utf-8")
    (package / "corpus_lint_xmp.py").write_text(PLUGIN_MODULE, encoding="utf-8")
    site = root / "site"
    # Build isolation fetches setuptools from the package index: the venv's own may be
    # too old to build a wheel without the `wheel` package.
    done = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps",
                           "--target", str(site), str(package)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert list(site.glob("corpus_lint_xmp-0.1.dist-info"))
    return site


def test_plugin_rule_is_listed(plugin_site: Path) -> None:
    done = run_process(["rules", "--output-format", "json"], env=_env(plugin_site))
    assert done.returncode == 0, done.stderr
    rules = {r["code"]: r for r in json.loads(done.stdout)}
    assert rules["XMP001"]["name"] == "lorem-ipsum-line"
    assert rules["XMP001"]["fix"] == "always"
    assert "BOIL001" in rules  # the built-ins load through the same group
    text = run_process(["rules"], env=_env(plugin_site)).stdout.decode()
    assert "XMP001" in text and "lorem-ipsum-line" in text


def test_plugin_rule_fires_and_fixes(plugin_site: Path, tmp_path: Path) -> None:
    (tmp_path / "corpus-lint.toml").write_text("", encoding="utf-8")
    page = tmp_path / "page.txt"
    page.write_text("News.\nLorem ipsum dolor sit amet.\nMore news.\n", encoding="utf-8")
    env = _env(plugin_site)
    done = run_process([str(page)], cwd=tmp_path, env=env)
    assert done.returncode == 1, done.stderr
    assert b"page.txt:2:1: XMP001" in done.stdout
    done = run_process(["--fix", str(page)], cwd=tmp_path, env=env)
    assert done.returncode == 0, done.stderr
    assert page.read_text(encoding="utf-8") == "News.\nMore news.\n"


def test_plugin_rule_documentation(plugin_site: Path) -> None:
    done = run_process(["rule", "XMP001"], env=_env(plugin_site))
    assert done.returncode == 0, done.stderr
    out = done.stdout.decode()
    assert "XMP001 lorem-ipsum-line" in out and "## Why it matters" in out


# -- broken plugins --------------------------------------------------------------------------

BROKEN = {
    "import-error": ("import corpus_lint_no_such_module\nRULES = []\n",
                     "failed to load: ModuleNotFoundError"),
    "duplicate-code": ("from corpus_lint.rules.dup import RULES\n",
                       "rule code DUP001 is already defined by corpus-lint"),
    "invalid-code": ("from dataclasses import replace\n"
                     "from corpus_lint.rules.dup import RULES as _R\n"
                     "RULES = [replace(_R[0], code='xmp1', name='other')]\n",
                     "invalid rule code 'xmp1'"),
    "not-rules": ("RULES = ['XMP001']\n", "expected Rules, got str"),
    "raises-on-build": ("def RULES():\n    raise ValueError('no config')\n",
                        "failed to build its rules: ValueError: no config"),
}


def _fake_install(site: Path, label: str, source: str) -> None:
    """Write a module and a dist-info for it, as `pip install --target` would."""
    module = "corpus_lint_" + label.replace("-", "_")
    site.mkdir(parents=True)
    (site / f"{module}.py").write_text(source, encoding="utf-8")
    info = site / f"{module}-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {module}\nVersion: 0.1\n",
                                   encoding="utf-8")
    (info / "entry_points.txt").write_text(f"[{GROUP}]\n{label} = {module}:RULES\n",
                                           encoding="utf-8")


@pytest.mark.parametrize("label", sorted(BROKEN))
def test_broken_plugin_is_a_clear_error(label: str, tmp_path: Path) -> None:
    source, expected = BROKEN[label]
    site = tmp_path / "site"
    _fake_install(site, label, source)
    page = tmp_path / "page.txt"
    page.write_text("Text.\n", encoding="utf-8")
    for args in (["rules"], [str(page)]):
        done = run_process(args, cwd=tmp_path, env=_env(site))
        err = done.stderr.decode()
        assert done.returncode == 2, err
        assert "Traceback" not in err
        assert f"plugin {label!r}" in err and "corpus_lint_" in err and expected in err, err


# -- in process ------------------------------------------------------------------------------


def test_extra_entry_points_are_checked_in_process() -> None:
    from importlib.metadata import EntryPoint

    with pytest.raises(RegistryError, match=r"plugin 'bad' \(os:sep\): expected a Rule"):
        discover([EntryPoint("bad", "os:sep", GROUP)])
    with pytest.raises(RegistryError, match="failed to load: ModuleNotFoundError"):
        discover([EntryPoint("gone", "corpus_lint_gone:RULES", GROUP)])


def test_registry_knows_who_provided_each_rule() -> None:
    registry = discover()
    assert registry.is_builtin("BOIL001") and registry.is_builtin("DUP001")
    rule = registry.get("boil001")
    assert isinstance(rule, Rule) and registry.by_name(rule.name) is rule


def test_plugin_docs_example_matches_this_test() -> None:
    # The README's plugin example and this test's plugin use the same public API.
    namespace: dict[str, object] = {}
    exec(textwrap.dedent(PLUGIN_MODULE), namespace)  # noqa: S102 - our own test source
    (rule,) = namespace["RULES"]  # type: ignore[misc]
    assert isinstance(rule, Rule) and rule.missing_metadata() == []
