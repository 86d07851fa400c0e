"""Scratch: which features do shallow trees and an L1 logistic model pick (all tuned data)?"""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.tree import DecisionTreeClassifier, export_text

sys.path.insert(0, str(Path(__file__).parent.parent))
import experiment as ex  # noqa: E402
from data import load_set, tuned_sets  # noqa: E402
from features import FEATURES  # noqa: E402

d = ex.build([p for s in tuned_sets() for p in load_set(s)])
for name, y, m in (("page", d.y, np.ones(len(d.y), bool)), ("boundary", d.yb, d.genpage)):
    t = DecisionTreeClassifier(max_depth=3, min_samples_leaf=20, random_state=0).fit(d.X[m], y[m])
    print(name, export_text(t, feature_names=FEATURES, decimals=3))
    lr = make_pipeline(StandardScaler(),
                       LogisticRegression(l1_ratio=1.0, C=0.01, solver="liblinear"))
    lr.fit(d.X[m], y[m])
    w = lr.steps[1][1].coef_[0]
    top = [(FEATURES[j], round(float(w[j]), 2)) for j in np.argsort(-abs(w))[:12] if w[j]]
    print(name, "L1 LR:", top)
