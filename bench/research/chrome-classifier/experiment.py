"""Leave-one-set-out test of a small learned line classifier for BOIL/META/GEN against the rules.

    .venv/bin/python bench/research/chrome-classifier/experiment.py            # table to stdout
    .venv/bin/python bench/research/chrome-classifier/experiment.py --write    # also results.md
    ... experiment.py --rules-at worktree   # rules as in the work tree (default: RULES_AT below)

For each of the five labelled sets: train on the other four, choose thresholds on those four only
(inner leave-one-set-out predictions, lowest threshold whose pooled precision for "artifact line"
reaches 97% resp. 99%), test on the fifth. Scoring is line level as in bench/eval_artifacts.py.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from features import page_features  # noqa: E402

BENCH = HERE.parent.parent
SETS = ["artifacts", "artifacts-heldout", "artifacts-blind2", "artifacts-blind3", "artifacts-blind4"]
FAMS = ["BOIL", "META", "GEN"]
SYSTEMS = ("rules", "clf@97", "clf@99", "rules|clf@99", "rules|clf@97")
SEEDS = Path("/work/shared/seeds")
# the commit that added artifacts-blind4: the rules had not been run on it yet, so the one set on
# which "rules" are blind. Later work trees were tuned on blind4.
RULES_AT = "1f3467c"

_spec = importlib.util.spec_from_file_location("eval_artifacts", BENCH / "eval_artifacts.py")
eval_artifacts = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(eval_artifacts)  # type: ignore[union-attr]


def load(folder: Path, lexicon: bool):
    """Rows of features plus (set, file, line, blank, gold family or '') per line."""
    labels = {}
    if (folder / "labels.json").is_file():
        labels = {(d["file"], d["line"]): d["family"]
                  for d in json.loads((folder / "labels.json").read_text(encoding="utf-8"))}
    xs, info = [], []
    for page in sorted(folder.glob("*.txt")):
        lines = page.read_text(encoding="utf-8").split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        x, names = page_features(lines, lexicon)
        xs.append(x)
        for i, s in enumerate(lines, 1):
            info.append((folder.name, page.name, i, not s.strip(), labels.get((page.name, i), "")))
    return np.vstack(xs), info, names


def freeze_rules(commit: str) -> None:
    """Run corpus-lint as it was at ``commit`` (the shared work tree's rules move under us):
    export lint/ and rules/ into a temp package and put it first on the subprocesses' path."""
    root = Path(tempfile.mkdtemp(prefix="cc-rules-"))
    tar = subprocess.run(["git", "-C", str(BENCH.parent), "archive", commit, "lint", "rules"],
                         capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(root)], input=tar, check=True)
    (root / "lint").rename(root / "corpus_lint")
    (root / "rules").rename(root / "corpus_lint" / "rules")
    os.environ["PYTHONPATH"] = str(root)


def rules(folder: Path) -> dict[tuple[str, int], str]:
    out = {}
    for f in eval_artifacts.findings(folder):
        fam = str(f["code"]).rstrip("0123456789")
        if fam in FAMS:
            for ln in range(int(f["line"]), int(f["end_line"]) + 1):
                out.setdefault((Path(str(f["path"])).name, ln), fam)
    return out


def make(kind: str):
    if kind == "lr":
        return make_pipeline(StandardScaler(), LogisticRegression(C=0.3, max_iter=2000))
    return HistGradientBoostingClassifier(max_depth=3, max_iter=150, learning_rate=0.08,
                                          l2_regularization=1.0, random_state=0)


def fit(kind, X, y_bin, y_fam):
    binm = make(kind).fit(X, y_bin)
    art = y_fam != ""
    famm = make(kind).fit(X[art], y_fam[art])
    return binm, famm


def threshold(scores, y, target):
    """Lowest threshold whose pooled precision is >= target (1.01 if none)."""
    order = np.argsort(-scores)
    tp = np.cumsum(y[order])
    prec = tp / np.arange(1, len(y) + 1)
    ok = np.where(prec >= target)[0]
    return float(scores[order][ok.max()]) if len(ok) else 1.01


def predict(models, X, info, t):
    """(file, line) -> family for lines scored >= t; blank lines inherit a family shared by the
    nearest non-blank lines above and below (Markdown blocks with blank lines between)."""
    binm, famm = models
    s = binm.predict_proba(X)[:, 1]
    fam = famm.predict(X)
    nb = [k for k, r in enumerate(info) if not r[3]]
    out = {(info[k][1], info[k][2]): fam[k] for k in nb if s[k] >= t}
    for k, r in enumerate(info):
        if r[3]:
            a = next((j for j in range(k - 1, -1, -1) if not info[j][3] and info[j][1] == r[1]), None)
            b = next((j for j in range(k + 1, len(info)) if not info[j][3] and info[j][1] == r[1]), None)
            if a is not None and b is not None:
                fa, fb = out.get((r[1], info[a][2])), out.get((r[1], info[b][2]))
                if fa and fa == fb:
                    out[(r[1], r[2])] = fa
    return out


def score(pred, gold):
    """Precision/recall for 'artifact line' (any family) and per family."""
    res = {}
    g_all, p_all = set(gold), set(pred)
    res["ANY"] = (len(g_all & p_all), len(p_all), len(g_all))
    for fam in FAMS:
        g = {k for k, v in gold.items() if v == fam}
        p = {k for k, v in pred.items() if v == fam}
        res[fam] = (len(g & p), len(p), len(g))
    return res


def fmt(h, p, g):
    pr = f"{h / p:.0%}" if p else "–"
    return f"{pr:>4} / {h / g:.0%}" if g else f"{pr} / –"


def run(kind: str, lexicon: bool, data, rule_pred):
    X, info, y_bin, y_fam, sets = data[lexicon]
    rows = {}
    for test in SETS:
        tr = sets != test
        # thresholds from inner leave-one-set-out on the training sets only
        oof = np.zeros(len(info))
        for inner in [s for s in SETS if s != test]:
            a, b = tr & (sets != inner), sets == inner
            m = make(kind).fit(X[a], y_bin[a])
            oof[b] = m.predict_proba(X[b])[:, 1]
        nb = tr & ~np.array([r[3] for r in info])
        t97, t99 = (threshold(oof[nb], y_bin[nb], q) for q in (0.97, 0.99))
        models = fit(kind, X[tr], y_bin[tr], y_fam[tr])
        te = np.where(sets == test)[0]
        tinfo = [info[k] for k in te]
        gold = {(r[1], r[2]): r[4] for r in tinfo if r[4]}
        p97 = predict(models, X[te], tinfo, t97)
        p99 = predict(models, X[te], tinfo, t99)
        rows[test] = {"rules": score(rule_pred[test], gold),
                      "clf@97": score(p97, gold), "clf@99": score(p99, gold),
                      # rules' family wins where both fire
                      "rules|clf@99": score({**p99, **rule_pred[test]}, gold),
                      "rules|clf@97": score({**p97, **rule_pred[test]}, gold),
                      "t": (t97, t99),
                      "clean_fa": sum(1 for r in tinfo if (r[1], r[2]) in p97 and
                                      not any(q[1] == r[1] and q[4] for q in tinfo))}
    return rows


def main() -> int:
    data = {}
    for lexicon in (True, False):
        parts = [load(BENCH / "data" / s, lexicon) for s in SETS]
        X = np.vstack([p[0] for p in parts])
        info = [r for p in parts for r in p[1]]
        y_fam = np.array([r[4] for r in info])
        data[lexicon] = (X, info, (y_fam != "").astype(int), y_fam, np.array([r[0] for r in info]))
    at = sys.argv[sys.argv.index("--rules-at") + 1] if "--rules-at" in sys.argv else RULES_AT
    if at != "worktree":
        freeze_rules(at)
    rule_pred = {s: rules(BENCH / "data" / s) for s in SETS}
    out = []
    for kind, lexicon in (("lr", True), ("gbt", True), ("lr", False), ("gbt", False)):
        rows = run(kind, lexicon, data, rule_pred)
        name = f"{kind}{'' if lexicon else ' (no lexicon)'}"
        out.append(f"\n### {name}\n")
        out.append("| test set | system | artifact P / R | BOIL P / R | META P / R | GEN P / R |")
        out.append("|---|---|---|---|---|---|")
        tot: dict[str, Counter] = {}
        for test, r in rows.items():
            for sysname in SYSTEMS:
                cells = [fmt(*r[sysname][f]) for f in ("ANY", *FAMS)]
                out.append(f"| {test} | {sysname} | " + " | ".join(cells) + " |")
                c = tot.setdefault(sysname, Counter())
                for f in ("ANY", *FAMS):
                    h, p, g = r[sysname][f]
                    c[f + "h"] += h; c[f + "p"] += p; c[f + "g"] += g
            out.append(f"| {test} | (thresholds @97/@99: {r['t'][0]:.3f} / {r['t'][1]:.3f}; "
                       f"clf@97 lines flagged on clean pages: {r['clean_fa']}) | | | | |")
        for sysname, c in tot.items():
            cells = [fmt(c[f + "h"], c[f + "p"], c[f + "g"]) for f in ("ANY", *FAMS)]
            out.append(f"| **pooled** | **{sysname}** | " + " | ".join(cells) + " |")
    out.append(seed_check(data[True]))
    text = "\n".join(out)
    print(text)
    if "--write" in sys.argv:
        (HERE / "results.md").write_text(f"# Results (generated by experiment.py; rules at {at})\n"
                                         + text + "\n",
                                         encoding="utf-8")
    return 0


def seed_check(d) -> str:
    """Train on all five sets and list the seed lines flagged at the pooled 97% threshold."""
    X, info, y_bin, y_fam, sets = d
    lines = ["\n### seeds (unlabelled), lr and gbt trained on all five sets, threshold @97\n"]
    Xs, sinfo, _ = load(SEEDS, True)
    texts = {}
    for p in SEEDS.glob("*.txt"):
        texts[p.name] = p.read_text(encoding="utf-8").split("\n")
    for kind in ("lr", "gbt"):
        oof = np.zeros(len(info))
        for s in SETS:
            m = make(kind).fit(X[sets != s], y_bin[sets != s])
            oof[sets == s] = m.predict_proba(X[sets == s])[:, 1]
        nb = ~np.array([r[3] for r in info])
        t = threshold(oof[nb], y_bin[nb], 0.97)
        pred = predict(fit(kind, X, y_bin, y_fam), Xs, sinfo, t)
        lines.append(f"{kind}: threshold {t:.2f}, {len(pred)} of {len(sinfo)} seed lines flagged")
        for (f, ln), fam in sorted(pred.items()):
            lines.append(f"    {fam} {f[:3]}:{ln} {texts[f][ln - 1][:80]!r}")
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
