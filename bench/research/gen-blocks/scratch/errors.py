"""Scratch: the gbt detector's false and misplaced blocks on the tuned sets (one outer CV pass,
fixed page-score cut), to describe the hard negatives. Tuned sets only."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
import experiment as ex  # noqa: E402
from data import load_set, tuned_sets  # noqa: E402

cut = float(sys.argv[1]) if len(sys.argv) > 1 else 0.75
d = ex.build([p for s in tuned_sets() for p in load_set(s)])
sets = sorted(set(d.set_of))
oof: dict[int, tuple[float, int]] = {}
for test in ex.folds(sets, ex.N_FOLDS):
    m = ex.fit("gbt", d, ex.page_mask(d, set(sets) - set(test)))
    oof.update(ex.best_blocks(m, d, ex.page_mask(d, set(test))))
rules = ex.rules_pred(d)
for k, (s, i) in sorted(oof.items(), key=lambda kv: -kv[1][0]):
    if s < cut:
        continue
    page, c = d.pages[k], d.cands[i]
    g = ex.gold_lines(page)
    r = {ln for (kk, ln), f in rules.items() if kk == k and f == "GEN"}
    wrong = set(c.lines) - g
    if not wrong and not (g - r):
        continue
    tag = "CLEAN" if not g else "EXTRA" if wrong else "RESCUE"
    print(f"=== {tag} {s:.3f} {page.set}/{page.name} block {c.start}-{c.end} gold "
          f"{min(g) if g else '-'}-{max(g) if g else '-'} rules-GEN {len(r & g)}/{len(g)}")
    for ln in range(max(1, c.start - 2), c.end + 1):
        t = page.lines[ln - 1]
        if t.strip():
            print(f"  {ln:3} {page.gold.get(ln, '-'):4} {t[:120]}")
