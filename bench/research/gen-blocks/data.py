"""Pages, labels and the rules' findings for the GEN block study.

The rules are pinned to ``RULES_AT`` (exported with ``git archive`` into ``cache/rules-<commit>/``
and put first on the subprocesses' path), because the shared work tree's rules move meanwhile.
Findings on the tuned sets are cached under ``cache/`` (the held-out sets' never are).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).parent
BENCH = HERE.parent.parent
DATA = BENCH / "data"
CACHE = HERE / "cache"
RULES_AT = "656093f959b6e17d037ab2c9058cb4fd7d7ed1d9"  # HEAD when this study started

HELD_OUT = tuple(f"artifacts-blind{n}" for n in (36, 40, 42, 43, 50, 51, 54, 55, 59, 60, 63, 64,
                                                   68, 71, 72, 76, 80, 81, 91, 93))
IGNORED = ("artifacts-blind96", "artifacts-blind97")  # appeared during the study


def tuned_sets() -> list[str]:
    """Every labelled set except the held-out ones (and sets that appeared during the study)."""
    names = [p.name for p in DATA.iterdir()
             if p.is_dir() and p.name.startswith("artifacts") and p.name not in HELD_OUT
             and p.name not in IGNORED and (p / "labels.json").is_file()]
    return sorted(names, key=_set_key)


def _set_key(name: str) -> tuple[int, str]:
    tail = name.removeprefix("artifacts-blind")
    return (int(tail), name) if tail.isdigit() else (-1, name)


@dataclass
class Finding:
    code: str
    start: int
    end: int
    signals: tuple[str, ...] = ()


@dataclass
class Page:
    set: str
    name: str
    lines: list[str]
    gold: dict[int, str]  # 1-based line -> family
    rules: dict[int, str] = field(default_factory=dict)  # 1-based line -> family (first wins)
    gen_findings: list[Finding] = field(default_factory=list)

    def gen_block(self) -> tuple[int, int] | None:
        """The labelled GEN block (first..last GEN line), if any."""
        gen = [ln for ln, f in self.gold.items() if f == "GEN"]
        return (min(gen), max(gen)) if gen else None


_FROZEN = False


def freeze_rules(commit: str = RULES_AT) -> None:
    """Run corpus-lint as at ``commit``: export lint/ and rules/ into a package under cache/."""
    global _FROZEN
    if _FROZEN:
        return
    root = CACHE / f"rules-{commit[:7]}"
    if not (root / "corpus_lint").is_dir():
        root.mkdir(parents=True, exist_ok=True)
        tar = subprocess.run(["git", "-C", str(BENCH.parent), "archive", commit, "lint", "rules"],
                             capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(root)], input=tar, check=True)
        (root / "lint").rename(root / "corpus_lint")
        (root / "rules").rename(root / "corpus_lint" / "rules")
    os.environ["PYTHONPATH"] = str(root)
    _FROZEN = True


def run_rules(folder: Path) -> list[dict[str, object]]:
    """corpus-lint's findings on a folder, as bench/eval_artifacts.py runs it (``--isolated``)."""
    freeze_rules()
    cmd = [sys.executable, "-m", "corpus_lint", "--isolated", "--output-format", "json",
           str(folder)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode not in (0, 1):
        sys.exit(f"corpus-lint failed ({done.returncode}): {done.stderr}")
    found: list[dict[str, object]] = json.loads(done.stdout)
    return found


def raw_findings(set_name: str, cache: bool = True) -> list[dict[str, object]]:
    """The pinned rules' findings (BOIL/META/GEN only, trimmed) on one set."""
    path = CACHE / f"{set_name}-{RULES_AT[:7]}.json"
    if cache and path.is_file():
        data: list[dict[str, object]] = json.loads(path.read_text(encoding="utf-8"))
        return data
    out: list[dict[str, object]] = []
    for f in run_rules(DATA / set_name):
        code = str(f["code"])
        if code.rstrip("0123456789") not in ("BOIL", "META", "GEN"):
            continue
        evidence = f.get("evidence") or {}
        signals = [str(s["signal"]) for s in evidence.get("signals", [])  # type: ignore[union-attr]
                   ] if code.startswith("GEN") else []
        out.append({"path": Path(str(f["path"])).name, "code": code, "line": f["line"],
                    "end_line": f["end_line"], "signals": signals})
    if cache:
        CACHE.mkdir(exist_ok=True)
        path.write_text(json.dumps(out), encoding="utf-8")
    return out


def load_set(set_name: str, cache: bool = True) -> list[Page]:
    folder = DATA / set_name
    gold: dict[str, dict[int, str]] = {}
    for d in json.loads((folder / "labels.json").read_text(encoding="utf-8")):
        gold.setdefault(d["file"], {})[int(d["line"])] = d["family"]
    pages: dict[str, Page] = {}
    for p in sorted(folder.glob("*.txt")):
        lines = p.read_text(encoding="utf-8").split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        pages[p.name] = Page(set_name, p.name, lines, gold.get(p.name, {}))
    for f in raw_findings(set_name, cache):
        page = pages.get(str(f["path"]))
        if page is None:
            continue
        code = str(f["code"])
        fam = code.rstrip("0123456789")
        start, end = int(f["line"]), int(f["end_line"])  # type: ignore[call-overload]
        for ln in range(start, end + 1):
            page.rules.setdefault(ln, fam)
        if fam == "GEN":
            sig = f.get("signals") or []
            page.gen_findings.append(Finding(code, start, end, tuple(sig)))  # type: ignore[arg-type]
    return list(pages.values())


if __name__ == "__main__":
    for name in tuned_sets():
        n = len(load_set(name))
        print(name, n, flush=True)
