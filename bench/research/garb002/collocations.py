"""Session-2 prototype: collocation restoration (see NOTES.md). Paths point at /tmp/g2; res.pkl holds
the symspellpy unigram/bigram counts and the Moby thesaurus as parsed dicts."""
import math, pickle, re, sys, os
from collections import defaultdict
import pocketsphinx
from pocketsphinx import NGramModel
uni, bi, syn = pickle.load(open("/tmp/g2/res.pkl","rb"))
lm = NGramModel.readfile(os.path.join(os.path.dirname(pocketsphinx.__file__),"model/en-us/en-us.lm.bin"))
L = math.log10(1.0001)
OOV = -536870912
sys.path.insert(0, "/tmp/g2")
from proto import STOP
def lp(ws):
    v = lm.prob(ws)
    return None if v <= OOV else v*L
def assoc(a,b):
    x = lp([b,a]); y = lp([b])
    return None if x is None or y is None else x-y
class G3:
    def __init__(s, tc=2.0, tobs=0.0, th1=2.0, th2=3.0, mutual=True, cmin=6.4e6, K=15):
        s.tobs, s.th1, s.th2 = tobs, th1, th2
        S = {}
        for (a,b),c in bi.items():
            if c < cmin or not a.isalpha() or not b.isalpha(): continue
            if a in STOP and b in STOP: continue
            x = assoc(a,b)
            if x is not None and x >= tc: S[(a,b)] = x
        s.S = S
        s.nxt = defaultdict(set)
        for a,b in S: s.nxt[a].add(b)
        V = {w for ab in S for w in ab}
        R = defaultdict(set)
        for o in V:
            cands = [w for w in syn.get(o, ()) if " " not in w and w in uni and (not mutual or o in set(syn.get(w, ())))]
            cands.sort(key=lambda w: -uni[w])
            for w in cands[:int(K)]:
                R[w].add(o)
        s.R = R
        print("S", len(S), "R", sum(map(len,R.values())), file=sys.stderr)
    def query(s, w1, w2, left, right):
        a = assoc(w1, w2)
        if a is None or a > s.tobs: return []
        c1 = s.R.get(w1, set()) | {w1}; c2 = s.R.get(w2, set()) | {w2}
        out = []
        base = None
        for o1 in c1:
            for o2 in s.nxt.get(o1, ()):
                if o2 in c2 and (o1,o2)!=(w1,w2):
                    two = o1 != w1 and o2 != w2
                    gain = s.S[(o1,o2)] - a
                    # context: left word and right word
                    if base is None: base = ctx(left, w1, w2, right)
                    cg = ctx(left, o1, o2, right)
                    if cg is None or base is None: continue
                    score = cg - base
                    if score < (s.th2 if two else s.th1): continue
                    out.append((score, o1, o2))
        out.sort(reverse=True)
        return out
    def analyse(s, text):
        toks = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[A-Za-z]+(?:'[a-z]+)?", text)]
        res = []
        for i in range(len(toks)-1):
            (a0,a1,t1),(b0,b1,t2) = toks[i], toks[i+1]
            if text[a1:b0] != " ": continue
            w1, w2 = t1.lower(), t2.lower()
            if w1 in STOP and w2 in STOP: continue
            left = toks[i-1][2].lower() if i > 0 and text[toks[i-1][1]:a0] == " " else "<s>"
            right = toks[i+2][2].lower() if i+2 < len(toks) and text[b1:toks[i+2][0]] == " " else "</s>"
            q = s.query(w1,w2,left,right)
            if q: res.append(dict(start=a0,end=b1,suggest=q[0][1]+" "+q[0][2], score=q[0][0], best=q[0], text=text[a0:b1]))
        return res
def ctx(left, a, b, right):
    # log P(a b right | left) with trigram
    ws = [left, a, b, right]
    tot = 0.0
    for i in range(1, len(ws)):
        if ws[i] in ("</s>",) : 
            v = lp([ws[i]] + ws[max(0,i-2):i][::-1])
        else:
            v = lp([ws[i]] + ws[max(0,i-2):i][::-1])
        if v is None:
            v = lp([ws[i]]) 
            if v is None: return None
        tot += v
    return tot
