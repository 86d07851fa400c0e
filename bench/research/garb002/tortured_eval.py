"""Run ONCE at the end: recall/suggestion on tortured-dev (test set; never used for tuning)."""
import sys, csv, time
sys.path.insert(0, '/tmp/garb')
from garb import Scorer
rows = list(csv.DictReader(open('/work/shared/eval/tortured-dev.tsv'), delimiter='\t'))
PRE, POST = 'In this report we describe the ', ' and how it was used in the study.'
for kw in (dict(alpha=0.5, thresh=1.5, fit_thresh=0), dict(alpha=0.5, thresh=4.0, fit_thresh=0)):
    s = Scorer(**kw); flagged = strict = lenient = 0; t = time.time(); nw = 0
    for r in rows:
        p = r['tortured']; text = PRE + p + POST; nw += len(text.split())
        a0, a1 = len(PRE), len(PRE) + len(p)
        hits = [x for x in s.analyse(text) if x['start'] < a1 and x['end'] > a0]
        if not hits: continue
        flagged += 1
        exp = r['expected'].lower(); ew = set(exp.split()) - set(p.lower().split())
        fixed = p
        for h in sorted(hits, key=lambda h: -h['start']):
            fixed = fixed[:h['start'] - a0] + h['suggest'] + fixed[h['end'] - a0:]
        if fixed.lower() == exp: strict += 1
        if fixed.lower() == exp or any(h['suggest'].lower() in ew for h in hits): lenient += 1
    n = len(rows)
    print(kw, 'phrases %d flagged %.1f%% suggestion exact %.1f%% suggestion-word-in-expected %.1f%%  (%d words/s)' % (n, 100 * flagged / n, 100 * strict / n, 100 * lenient / n, nw / (time.time() - t)))
