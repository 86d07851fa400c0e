"""Shared test helpers: run the CLI in-process or as a real subprocess."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from corpus_lint import languagetool
from corpus_lint.cli import main
from languagetool_double import LanguageToolDouble

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = SHARED / "seeds"


@dataclass
class Result:
    code: int
    out: str
    err: str


class _Stdout(io.StringIO):
    """A text stream with a binary buffer, like sys.stdout."""

    def __init__(self) -> None:
        super().__init__()
        self.buffer = io.BytesIO()

    def getvalue(self) -> str:  # type: ignore[override]
        return self.buffer.getvalue().decode("utf-8") + super().getvalue()


def run_cli(args: Sequence[str], stdin: bytes = b"", cwd: Path | None = None) -> Result:
    """Run `corpus-lint ARGS` in this process; returns exit code, stdout and stderr."""
    out, err = _Stdout(), io.StringIO()
    old = os.getcwd()
    if cwd is not None:
        os.chdir(cwd)
    try:
        code = main(list(args), stdout=out, stderr=err, stdin=io.BytesIO(stdin))
    finally:
        os.chdir(old)
    return Result(code, out.getvalue(), err.getvalue())


def run_process(
    args: Sequence[str], stdin: bytes = b"", cwd: Path | None = None,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[bytes]:
    """Run the installed `corpus-lint` console script as a real subprocess."""
    exe = Path(sys.executable).with_name("corpus-lint")
    return subprocess.run([str(exe), *args], input=stdin, cwd=cwd, capture_output=True,
                          env=env, timeout=300)


@pytest.fixture(scope="session", autouse=True)
def languagetool_double(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LanguageToolDouble]:
    """GRAM rules that name no server (their own case tables, in the meta-test) ask the
    LanguageTool test double instead of starting a real LanguageTool, and cache apart."""
    with LanguageToolDouble() as double, languagetool.fallback(
            double.url, str(tmp_path_factory.mktemp("languagetool-cache"))):
        yield double


@pytest.fixture
def cli() -> Callable[..., Result]:
    return run_cli


@pytest.fixture
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary working directory with no config file above it that matters."""
    (tmp_path / "corpus-lint.toml").write_text("", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def peak_rss_kb(*args: str) -> int:
    """Peak memory (KB) of the largest process of `corpus-lint ARGS`, measured from a fresh
    parent process; the run must exit 0."""
    exe = Path(sys.executable).with_name("corpus-lint")
    probe = ("import resource, subprocess, sys; "
             "rc = subprocess.run(sys.argv[1:]).returncode; "
             "print(rc, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    proc = subprocess.run([sys.executable, "-c", probe, str(exe), *args], capture_output=True,
                          text=True, timeout=120)
    code, peak_kb = map(int, proc.stdout.split())
    assert code == 0, proc.stderr
    return peak_kb
