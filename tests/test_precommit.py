"""The pre-commit hooks, run by the real pre-commit framework on a throw-away repository.

The hook repository is a committed copy of this working tree, used as ``repo: <path>``
with ``rev: <sha>``; pre-commit builds the hook environment (pip-installing corpus-lint
and its dependencies) once per test session in a session-scoped ``PRE_COMMIT_HOME``.
Deselect with ``-m "not precommit"``.
"""

from __future__ import annotations

import gzip
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.precommit

REPO = Path(__file__).resolve().parents[1]
_SKIP = shutil.ignore_patterns(".git", ".venv", "__pycache__", "*.egg-info", ".*_cache",
                               ".hypothesis", "build", "dist")
HASHTAGS = "The summit ended on Friday.\n#NATO #Summit\nMore text.\n"
CLEAN = "The summit ended on Friday.\nMore text.\n"


def _git(cwd: Path, *args: str) -> str:
    done = subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org",
                           "-c", "commit.gpgsign=false", *args],
                          cwd=cwd, capture_output=True, text=True, check=True, timeout=120)
    return done.stdout.strip()


@pytest.fixture(scope="session")
def hook_repo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A git repository holding this working tree, committed; returns (path, sha)."""
    copy = tmp_path_factory.mktemp("hook-repo") / "corpus-lint"
    shutil.copytree(REPO, copy, ignore=_SKIP)
    _git(copy, "init", "-q")
    _git(copy, "add", "-A")
    _git(copy, "commit", "-q", "-m", "snapshot")
    return copy, _git(copy, "rev-parse", "HEAD")


@pytest.fixture(scope="session")
def precommit_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pre-commit-home")


@pytest.fixture
def project(tmp_path: Path, hook_repo: tuple[Path, str]) -> Path:
    """A corpus repository whose config uses both hooks from ``hook_repo``."""
    path, sha = hook_repo
    (tmp_path / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {path}\n    rev: {sha}\n    hooks:\n"
        "      - id: corpus-lint\n      - id: corpus-lint-fix\n", encoding="utf-8")
    (tmp_path / "corpus-lint.toml").write_text("", encoding="utf-8")
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "add", "-A")
    return tmp_path


def _write(project: Path, name: str, data: str | bytes) -> str:
    path = project / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    _git(project, "add", name)  # staged, so pre-commit sees the fix hook's changes
    return name


def _run(project: Path, home: Path, hook: str, *files: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PRE_COMMIT_HOME=str(home), PRE_COMMIT_COLOR="never")
    env.pop("PYTHONPATH", None)
    return subprocess.run([sys.executable, "-m", "pre_commit", "run", hook, "--files", *files],
                          cwd=project, env=env, capture_output=True, text=True, timeout=600)


def test_check_hook_fails_on_findings_and_passes_on_clean_text(
        project: Path, precommit_home: Path) -> None:
    dirty = _write(project, "dirty.txt", HASHTAGS)
    clean = _write(project, "clean.md", CLEAN)
    done = _run(project, precommit_home, "corpus-lint", dirty)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "dirty.txt:2:1: BOIL001" in done.stdout
    done = _run(project, precommit_home, "corpus-lint", clean)
    assert done.returncode == 0, done.stdout + done.stderr
    assert (project / dirty).read_text(encoding="utf-8") == HASHTAGS  # the check never writes


def test_fix_hook_rewrites_then_passes(project: Path, precommit_home: Path) -> None:
    name = _write(project, "page.txt", HASHTAGS)
    first = _run(project, precommit_home, "corpus-lint-fix", name)
    assert first.returncode == 1, first.stdout + first.stderr
    assert "files were modified by this hook" in first.stdout
    assert (project / name).read_text(encoding="utf-8") == CLEAN
    _git(project, "add", name)
    second = _run(project, precommit_home, "corpus-lint-fix", name)
    assert second.returncode == 0, second.stdout + second.stderr


def test_hooks_select_jsonl_and_gzip_but_not_other_files(
        project: Path, precommit_home: Path) -> None:
    record = '{"text": "Story.\\n#tag #news\\n"}\n'
    jsonl = _write(project, "corpus.jsonl", record)
    packed = _write(project, "corpus.jsonl.gz", gzip.compress(record.encode()))
    script = _write(project, "tool.py", "#tag #news\n")
    for name in (jsonl, packed):
        done = _run(project, precommit_home, "corpus-lint", name)
        assert done.returncode == 1 and "BOIL001" in done.stdout, done.stdout + done.stderr
    done = _run(project, precommit_home, "corpus-lint", script)
    assert done.returncode == 0 and "no files to check" in done.stdout, done.stdout


def test_repository_config_and_manifest_are_valid() -> None:
    for command, name in (("validate-manifest", ".pre-commit-hooks.yaml"),
                          ("validate-config", ".pre-commit-config.yaml")):
        done = subprocess.run([sys.executable, "-m", "pre_commit", command, str(REPO / name)],
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stdout + done.stderr
