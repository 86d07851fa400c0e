"""Prototype GARB002 scorer: trigram LM + reverse thesaurus."""
import re, sys, time, math
from resources import load_lm, load_rev, NEG

LN10 = math.log(10); UNIT = math.log(1.0001) / LN10   # pocketsphinx logmath base 1.0001 -> log10
TOK = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*|[0-9][0-9,.]*|[.!?;:]+|[“”\"()\[\]—–]")
BOUND = set('.!?;:()[]"“”—–')

class Scorer:
    def __init__(self, alpha=0.5, thresh=1.5, fit_thresh=-0.5, max_cands=400, min_len=3, gain_thresh=1.0, cap_extra=0.0, pmi_min=-99, title_only=0):
        self.lm = load_lm(); self.rev = load_rev(self.lm)
        self.alpha, self.thresh, self.fit_thresh, self.max_cands, self.min_len = alpha, thresh, fit_thresh, int(max_cands), min_len
        self.gain_thresh, self.cap_extra, self.pmi_min, self.title_only = gain_thresh, cap_extra, pmi_min, int(title_only)
        self.c = {}; self.uni = {}
    def p(self, w, h1, h2):   # log10 P(w | h2 h1)
        k = (w, h1, h2); r = self.c.get(k)
        if r is None:
            q = [w] + ([h1] if h1 else []) + ([h2] if h1 and h2 else [])
            r = self.c[k] = self.lm.prob(q) * UNIT
        return r
    def u(self, w):
        r = self.uni.get(w)
        if r is None:
            v = self.lm.prob([w]); r = self.uni[w] = None if v <= NEG else v * UNIT
        return r
    def revs(self, w):
        r = self.rev.get(w)
        if r is not None: return [o for o, _ in r]
        # crude inflection: strip suffix, look up base, re-inflect originals
        for suf, add in (('ies', 'y'), ('es', ''), ('s', ''), ('ed', ''), ('ed', 'e'), ('d', ''), ('ing', ''), ('ing', 'e')):
            if w.endswith(suf) and len(w) - len(suf) >= 3:
                base = w[:-len(suf)] + add
                rb = self.rev.get(base)
                if rb:
                    out = []
                    for o, _ in rb:
                        if ' ' in o: continue
                        for f in ((o[:-1] + 'ies') if suf == 'ies' and o.endswith('y') else None, o + suf, o + suf[1:] if o.endswith('e') else None, o + 'es', o + o[-1] + suf):
                            if f and self.u(f) is not None: out.append(f); break
                    return out
        return []
    def window(self, seq, i, j):
        """log10 prob of seq[i:j+2] given seq[i-2:i]; seq padded with <s> .. </s>."""
        s = 0.0
        for k in range(i, min(j + 3, len(seq))):
            if seq[k] == '<unk>': break
            s += self.p(seq[k], seq[k-1] if k >= 1 else None, seq[k-2] if k >= 2 else None)
        return s
    def sentences(self, text):
        sent = []
        for m in TOK.finditer(text):
            t = m.group()
            if t[0] in BOUND or (t[0] in '.!?;:'):
                if sent: yield sent
                sent = []
            else:
                sent.append((t.replace('’', "'"), m.start(), m.end()))
        if sent: yield sent
    def phrase_lp(self, ow):
        s = 0.0
        for i, x in enumerate(ow):
            s += self.p(x, ow[i-1] if i >= 1 else None, ow[i-2] if i >= 2 else None)
        return s
    def analyse(self, text):
        out = []
        for sent in self.sentences(text):
            low = [t.lower() for t, _, _ in sent]
            seq = ['<s>'] + [w if self.u(w) is not None else '<unk>' for w in low] + ['</s>']
            n = len(seq)
            lp = [0.0] * n
            for k in range(1, n):
                if seq[k] != '<unk>' and seq[k-1] != '<unk>':
                    lp[k] = self.p(seq[k], seq[k-1], seq[k-2] if k >= 2 and seq[k-2] != '<unk>' else None) - (self.u(seq[k]) or 0)
            flags = []
            for idx, (tok, a, b) in enumerate(sent):
                k = idx + 1; w = seq[k]
                if w == '<unk>' or len(w) < self.min_len: continue
                fit = lp[k] + (lp[k+1] if k + 1 < n else 0.0)
                if fit > self.fit_thresh: continue
                cap = tok[0].isupper() and idx > 0
                if self.title_only and not cap: continue
                if cap:
                    # names: only inside Title Case runs, e.g. 'White Home', 'Secretary Common'
                    lc = idx > 0 and sent[idx-1][0][0].isupper()
                    rc = idx + 1 < len(sent) and sent[idx+1][0][0].isupper()
                    if not (lc or rc): continue
                cands = self.revs(w)
                if not cands: continue
                base = self.window(seq, k, k)
                best = None
                for o in cands[:self.max_cands]:
                    ow = o.split()
                    s2 = seq[:k] + ow + seq[k+1:]
                    d = self.window(s2, k, k + len(ow) - 1) - base
                    if d < self.gain_thresh: continue
                    sc = d - self.alpha * (self.phrase_lp(ow) - self.u(w))
                    po = d + base - self.phrase_lp(ow) - sum(self.u(x) for x in seq[k+1:k+3] if x != '<unk>' and x != '</s>')
                    if po < self.pmi_min: continue
                    if best is None or sc > best[0]: best = (sc, o, d, po)
                if best and best[0] >= self.thresh + (self.cap_extra if cap else 0):
                    flags.append((idx, {'start': a, 'end': b, 'word': tok, 'suggest': best[1], 'score': round(best[0], 2), 'lm_gain': round(best[2], 2), 'fit': round(fit, 2), 'pmi_o': round(best[3], 2)}))
            # non-maximum suppression over neighbouring tokens
            for i, (idx, f) in enumerate(flags):
                if any(abs(idx - j) <= 1 and g['score'] > f['score'] for j, g in flags if g is not f): continue
                out.append(f)
        return out

if __name__ == '__main__':
    s = Scorer()
    text = open(sys.argv[1]).read()
    t = time.time(); res = s.analyse(text); dt = time.time() - t
    for r in res: print(r)
    print(len(text.split()), 'words', round(dt, 3), 's')
