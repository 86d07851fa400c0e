"""Train GEN003's models (rules/data/gen-model.json) on the labelled pages.

    .venv/bin/pip install scikit-learn          # training only; corpus-lint never needs it
    .venv/bin/python bench/train_gen_model.py --write        # train, check, write the model
    .venv/bin/python bench/train_gen_model.py --cv           # leave-sets-out estimate first

The pages are every labelled set under ``bench/data`` except those listed in
``bench/data/held-out.txt`` (never trained or tuned on). Each page is linted with the
default rules of the families BOIL, META, GEN and DUP (GEN003 left out); the lines BOIL and
META report cut it into runs, and ``corpus_lint.rules.genmodel.candidates`` gives the
candidate blocks and their features, exactly as the rule computes them.

Two boosted-tree models (scikit-learn's HistGradientBoostingClassifier, depth 4, 120
rounds, fixed seed): the *page model* learns whether a candidate is the labelled GEN block
(Jaccard of their lines >= 0.6), the *boundary model*, on pages with a block only, which
candidate overlaps it best. The threshold (the page score a block needs) is the lowest at
which the detector alone keeps ``--target`` GEN line precision on out-of-fold scores
(four folds of whole sets). The trees are written as plain lists; the script checks that
``genmodel.Trees`` reproduces scikit-learn's probabilities before writing.

``--cv`` first reports a ten-fold leave-sets-out estimate: for each fold, models and
threshold come from the other sets only; GEN line precision and recall of GEN001/GEN002
alone and of the rules with GEN003 (which acts only on pages GEN001 leaves alone).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from corpus_lint import Document
from corpus_lint.engine import ActiveRule, lint
from corpus_lint.registry import discover
from corpus_lint.rules import genmodel
from sklearn import __version__ as sklearn_version
from sklearn.ensemble import HistGradientBoostingClassifier

DATA = Path(__file__).parent / "data"
OUT = Path(__file__).parent.parent / "rules" / "data" / genmodel.MODEL_FILE
SEED = 0
JACCARD_POSITIVE = 0.6
INNER_FOLDS = 4
CV_FOLDS = 10
FAMILIES = ("BOIL", "META", "GEN", "DUP")


def held_out() -> set[str]:
    lines = (DATA / "held-out.txt").read_text(encoding="utf-8").splitlines()
    return {ln.split("#")[0].strip() for ln in lines if ln.split("#")[0].strip()}


def training_sets() -> list[str]:
    skip = held_out()
    return sorted(p.name for p in DATA.iterdir()
                  if (p / "labels.json").is_file() and p.name not in skip)


@dataclass
class PageData:
    set: str
    file: str
    gold: frozenset[int]  # non-blank GEN lines
    rules_gen: frozenset[int]  # lines GEN001/GEN002 report
    gen001: bool
    cands: list[genmodel.Candidate]


def _rules() -> list[ActiveRule]:
    return [ActiveRule(r) for r in discover()
            if r.default_enabled and r.family in FAMILIES and r.code != "GEN003"]


def load_set(name: str) -> list[PageData]:
    folder = DATA / name
    gold: dict[str, set[int]] = {}
    for label in json.loads((folder / "labels.json").read_text(encoding="utf-8")):
        if label["family"] == "GEN":
            gold.setdefault(label["file"], set()).add(int(label["line"]))
    rules = _rules()
    out = []
    for path in sorted(folder.glob("*.txt")):
        doc = Document.from_text(path.read_text(encoding="utf-8"), str(path))
        found = lint(doc, rules)
        chrome = [f for f in found if f.code.startswith(("BOIL", "META"))]
        gen_lines: set[int] = set()
        for f in found:
            if f.code.startswith("GEN"):
                first = doc.position(f.start)[0]
                gen_lines.update(range(first, doc.position(max(f.start, f.end - 1))[0] + 1))
        page = genmodel.read_page(doc, chrome)
        g = frozenset(i for i in gold.get(path.name, ()) if page.lines[i - 1].strip())
        out.append(PageData(name, path.name, g, frozenset(gen_lines),
                            any(f.code == "GEN001" for f in found), genmodel.candidates(page)))
    return out


@dataclass
class Matrix:
    pages: list[PageData]
    X: np.ndarray
    y: np.ndarray  # page model target
    yb: np.ndarray  # boundary model target
    on_gen_page: np.ndarray
    page_of: np.ndarray


def matrix(pages: list[PageData]) -> Matrix:
    rows, y, yb, gp, page_of = [], [], [], [], []
    for k, page in enumerate(pages):
        jac = [len(set(c.lines) & page.gold) / len(set(c.lines) | page.gold) if page.gold
               else 0.0 for c in page.cands]
        best = max(jac, default=0.0)
        for c, j in zip(page.cands, jac, strict=True):
            rows.append(c.features)
            y.append(int(j >= JACCARD_POSITIVE))
            yb.append(int(j > 0 and j == best))
            gp.append(best > 0)
            page_of.append(k)
    return Matrix(pages, np.array(rows, dtype=float), np.array(y), np.array(yb),
                  np.array(gp, dtype=bool), np.array(page_of))


def make() -> HistGradientBoostingClassifier:
    return HistGradientBoostingClassifier(max_depth=4, max_iter=120, learning_rate=0.1,
                                          l2_regularization=1.0, random_state=SEED)


@dataclass
class Fitted:
    page: HistGradientBoostingClassifier
    boundary: HistGradientBoostingClassifier


def fit(m: Matrix, mask: np.ndarray) -> Fitted:
    b = mask & m.on_gen_page
    return Fitted(make().fit(m.X[mask], m.y[mask]), make().fit(m.X[b], m.yb[b]))


def pick(model: Fitted, m: Matrix, mask: np.ndarray) -> dict[int, tuple[float, int]]:
    """page -> (page score, index of the chosen candidate), for the masked candidates."""
    idx = np.where(mask)[0]
    if not len(idx):
        return {}
    ps = model.page.predict_proba(m.X[idx])[:, 1]
    bs = model.boundary.predict_proba(m.X[idx])[:, 1]
    score: dict[int, float] = {}
    best: dict[int, tuple[float, int]] = {}
    for s, sb, i in zip(ps, bs, idx, strict=True):
        k = int(m.page_of[i])
        score[k] = max(score.get(k, 0.0), float(s))
        if k not in best or sb > best[k][0]:
            best[k] = (float(sb), int(i))
    return {k: (score[k], best[k][1]) for k in score}


def cand_lines(m: Matrix, i: int) -> set[int]:
    k = int(m.page_of[i])
    offset = int(np.searchsorted(m.page_of, k))  # candidates of a page are contiguous
    return set(m.pages[k].cands[i - offset].lines)


def threshold(chosen: dict[int, tuple[float, int]], m: Matrix, target: float) -> float:
    """The lowest page score at which the detector alone keeps ``target`` precision."""
    tp = fp = 0
    out = 1.0
    for k, (s, i) in sorted(chosen.items(), key=lambda kv: -kv[1][0]):
        lines = cand_lines(m, i)
        hit = len(lines & m.pages[k].gold)
        tp, fp = tp + hit, fp + len(lines) - hit
        if tp / (tp + fp) >= target:
            out = s
    return out


def folds(sets: Sequence[str], n: int) -> list[list[str]]:
    order = list(sets)
    random.Random(SEED).shuffle(order)
    return [order[i::n] for i in range(n)]


def mask_of(m: Matrix, sets: set[str]) -> np.ndarray:
    in_sets = np.array([p.set in sets for p in m.pages])
    return in_sets[m.page_of] if len(m.page_of) else np.zeros(0, dtype=bool)


def fit_with_threshold(m: Matrix, sets: Sequence[str], target: float) -> tuple[Fitted, float]:
    oof: dict[int, tuple[float, int]] = {}
    for inner in folds(sets, INNER_FOLDS):
        model = fit(m, mask_of(m, set(sets) - set(inner)))
        oof.update(pick(model, m, mask_of(m, set(inner))))
    return fit(m, mask_of(m, set(sets))), threshold(oof, m, target)


def score_rows(m: Matrix, chosen: dict[int, tuple[float, int]], thresholds: dict[int, float]
               ) -> str:
    """GEN line precision / recall of the rules alone and with GEN003, over ``chosen``'s
    pages (GEN003 acts only where GEN001 did not fire)."""
    gold = tp_r = fp_r = tp_u = fp_u = 0
    for k in chosen:
        page = m.pages[k]
        gold += len(page.gold)
        tp_r += len(page.rules_gen & page.gold)
        fp_r += len(page.rules_gen - page.gold)
        union = set(page.rules_gen)
        s, i = chosen[k]
        if not page.gen001 and s >= thresholds[k]:
            union |= cand_lines(m, i)
        tp_u += len(union & page.gold)
        fp_u += len(union - page.gold)
    def pr(tp: int, fp: int) -> str:
        return f"{tp / max(1, tp + fp):.1%} / {tp / max(1, gold):.1%}"
    return f"rules alone {pr(tp_r, fp_r)}; rules with GEN003 {pr(tp_u, fp_u)} ({gold} lines)"


def trees(model: HistGradientBoostingClassifier) -> dict[str, Any]:
    out = []
    for (predictor,) in model._predictors:
        nodes = predictor.nodes
        out.append({
            "feature": [int(n["feature_idx"]) if not n["is_leaf"] else -1 for n in nodes],
            "threshold": [float(n["num_threshold"]) for n in nodes],
            "left": [int(n["left"]) for n in nodes],
            "right": [int(n["right"]) for n in nodes],
            "value": [float(n["value"]) if n["is_leaf"] else 0.0 for n in nodes],
        })
    return {"baseline": float(np.ravel(model._baseline_prediction)[0]), "trees": out}


def check_export(model: HistGradientBoostingClassifier, exported: dict[str, Any],
                 X: np.ndarray) -> float:
    ours = genmodel.Trees.from_json(exported)
    theirs = model.predict_proba(X)[:, 1]
    return max(abs(ours.score(list(x)) - t) for x, t in zip(X, theirs, strict=True))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--target", type=float, default=0.97,
                    help="GEN line precision the threshold keeps (default 0.97)")
    ap.add_argument("--cv", action="store_true", help="report a leave-sets-out estimate")
    ap.add_argument("--write", action="store_true", help=f"write {OUT}")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    sets = training_sets()
    with ProcessPoolExecutor(args.jobs) as pool:
        pages = [p for chunk in pool.map(load_set, sets) for p in chunk]
    m = matrix(pages)
    print(f"{len(sets)} sets, {len(pages)} pages, {sum(bool(p.gold) for p in pages)} with "
          f"GEN, {len(m.y)} candidates, {int(m.y.sum())} positive", flush=True)
    if args.cv:
        chosen: dict[int, tuple[float, int]] = {}
        thr: dict[int, float] = {}
        for n, test in enumerate(folds(sets, CV_FOLDS)):
            model, t = fit_with_threshold(m, sorted(set(sets) - set(test)), args.target)
            got = pick(model, m, mask_of(m, set(test)))
            chosen.update(got)
            thr.update({k: t for k in got})
            print(f"  fold {n}: {len(test)} sets, threshold {t:.3f}", flush=True)
        print("cross-validated:", score_rows(m, chosen, thr))
    model, t = fit_with_threshold(m, sets, args.target)
    exported = {"page": trees(model.page), "boundary": trees(model.boundary)}
    err = max(check_export(model.page, exported["page"], m.X[:2000]),
              check_export(model.boundary, exported["boundary"], m.X[:2000]))
    print(f"threshold {t:.4f}; largest difference from scikit-learn {err:.2e}")
    if err > 1e-9:
        print("the exported trees do not reproduce the model", file=sys.stderr)
        return 1
    if args.write:
        data = {
            "about": {"sets": len(sets), "pages": len(pages),
                      "gen_pages": sum(bool(p.gold) for p in pages),
                      "target_precision": args.target, "scikit_learn": sklearn_version,
                      "trained_by": "bench/train_gen_model.py"},
            "features": list(genmodel.FEATURES), "threshold": round(t, 4), **exported}
        OUT.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {OUT} ({OUT.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
