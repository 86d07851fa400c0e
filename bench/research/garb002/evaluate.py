import csv, glob, sys, time, re
from garb import Scorer
def spans(text, rows):
    out = []
    for r in rows:
        g = r['garbled']; pos = [m.start() for m in re.finditer(re.escape(g), text)]
        if r['occurrence'] != '*': pos = pos[:1]
        for p in pos: out.append((p, p + len(g), r))
    return out
def run(s, verbose=False):
    t2 = open(glob.glob('/work/shared/seeds/002_*')[0]).read()
    rows = list(csv.DictReader(open('/tmp/garb/labels_002.tsv'), delimiter='\t'))
    lab = spans(t2, rows)
    res = s.analyse(t2)
    hit = {'A': [0, 0], 'B': [0, 0]}; sugg = 0
    for a, b, r in lab:
        h = [x for x in res if x['start'] < b and x['end'] > a]
        hit[r['tier']][1] += 1
        if h:
            hit[r['tier']][0] += 1
            if any(x['suggest'].lower() in r['original'].lower() for x in h): sugg += 1
        elif verbose: print('MISS', r['tier'], r['garbled'])
    fp2 = [x for x in res if not any(x['start'] < b and x['end'] > a for a, b, _ in lab)]
    print('seed002: tierA %d/%d  tierB %d/%d  suggestion-correct %d  flags %d (unlabelled %d)' % (hit['A'][0], hit['A'][1], hit['B'][0], hit['B'][1], sugg, len(res), len(fp2)))
    if verbose: print(' unlabelled flags:', [(x['word'], x['suggest']) for x in fp2])
    nw = 0; nf = 0
    for f in ('000', '003', '004'):
        t = open(glob.glob('/work/shared/seeds/%s_*' % f)[0]).read(); r = s.analyse(t)
        nw += len(t.split()); nf += len(r)
        if verbose: print(' FA', f, [(x['word'], x['suggest'], x['score']) for x in r])
    print('clean seeds: %d flags / %d words = %.1f per 1000' % (nf, nw, 1000 * nf / nw))
if __name__ == '__main__':
    kw = dict(a.split('=') for a in sys.argv[1:] if '=' in a)
    s = Scorer(**{k: float(v) for k, v in kw.items()})
    run(s, verbose='-v' in sys.argv)
