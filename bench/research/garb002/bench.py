"""Speed + operating points. usage: bench.py [speed|ops]"""
import sys, time, glob
sys.path.insert(0, '/tmp/garb')
from garb import Scorer
import evaluate
if 'speed' in sys.argv:
    text = ''.join(open('/usr/share/common-licenses/' + f).read() for f in ('GPL-3', 'LGPL-3', 'Apache-2.0', 'MPL-2.0', 'Artistic', 'GFDL-1.3'))
    text += ''.join(open(f).read() for f in sorted(glob.glob('/work/shared/seeds/00*')))
    nw = len(text.split())
    for kw in (dict(alpha=0.5, thresh=1.5, fit_thresh=0), dict(alpha=0.5, thresh=1.5, fit_thresh=-0.5), dict(title_only=1, thresh=2.0, fit_thresh=0)):
        t = time.time(); s = Scorer(**kw); tl = time.time() - t
        t = time.time(); r = s.analyse(text); dt = time.time() - t
        print(kw, 'load %.2fs' % tl, '%d words %.2fs = %d words/s (cold cache), %d flags' % (nw, dt, nw / dt, len(r)))
if 'ops' in sys.argv:
    for kw in (dict(alpha=0.5, thresh=4.0, fit_thresh=0), dict(alpha=0.5, thresh=5.0, fit_thresh=0),
               dict(title_only=1, thresh=2.0, fit_thresh=0), dict(title_only=1, thresh=2.5, fit_thresh=0, pmi_min=1.0)):
        print('==', kw); evaluate.run(Scorer(**kw), verbose='-v' in sys.argv)
