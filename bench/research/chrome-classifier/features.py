"""Per-line features for a page-chrome / metadata / generated-text line classifier.

Stdlib + numpy only. No site names: the only word lists are a small multilingual lexicon of the
brief's UI words (share, subscribe, cookie, ...) and a few English cues for bylines/dates (META)
and generated add-ons (GEN). ``lexicon=False`` zeroes those three features for an ablation.
"""

from __future__ import annotations

import re

import numpy as np

# The brief's nine UI concepts (share, subscribe, cookie, newsletter, read more, listen, print,
# download, advertisement) in en, fr, de, es, it, pt, nl: dictionary and usual button forms.
# Single words match whole tokens, phrases match as substrings of the lowered line.
UI_SINGLE = set("""share subscribe cookie cookies newsletter listen print download advertisement
partager abonner abonnez-vous écouter imprimer télécharger publicité
teilen abonnieren weiterlesen anhören drucken herunterladen anzeige werbung nieuwsbrief
compartir suscribirse suscríbete boletín escuchar imprimir descargar publicidad
condividi iscriviti abbonati ascolta stampa scarica pubblicità
compartilhar compartilhe partilhar assinar assine ouvir baixar publicidade
delen abonneren luisteren afdrukken downloaden advertentie""".split())
UI_PHRASES = ["read more", "lire la suite", "lire plus", "mehr lesen", "leer más", "seguir leyendo",
              "leggi di più", "continua a leggere", "leia mais", "ler mais", "lees meer",
              "lees verder"]
# English-only cues for bylines/dates and for generated add-ons
META_CUES = ["by ", "updated", "published", "posted", "min read", "reading time", "comments",
             "shares"]
GEN_CUES = ["in conclusion", "key takeaways", "frequently asked", "faq", "final thoughts",
            "your thoughts", "what do you think", "let us know", "conclusion", "in summary"]

MONTHS = (r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|mars|avr|mai|juin|juil|"
          r"août|sept|déc|enero|febrero|marzo|abril|mayo|junio|julio|agosto|märz|dez|okt|gennaio|"
          r"giugno|luglio")
RE_DATE = re.compile(rf"\b\d{{1,4}}[-/.]\d{{1,2}}[-/.]\d{{1,4}}\b|\b({MONTHS})[a-z]*\.?\s+\d|"
                     rf"\d\s+({MONTHS})[a-z]*\b|\b\d{{1,2}}[:.h]\s?\d{{2}}\b|\b\d{{10}}\b", re.I)
RE_TIME = re.compile(r"\b\d{1,2}:\d{2}\b|\b[ap]\.?m\.?\b|\b(utc|gmt|ist|est|edt|pdt|mdt|bst)\b", re.I)
RE_URL = re.compile(r"https?://|www\.|\.[a-z]{2,3}/\S", re.I)
RE_HANDLE = re.compile(r"(^|\s)[@#]\w+")
RE_HTML = re.compile(r"</?[a-z][^>]*>|&[a-z]+;|&#\d+;", re.I)
RE_MD = re.compile(r"^\s*(#{1,6}\s|\*\*|[-*]\s|\d+\.\s|>\s)|\*\*.+\*\*|__.+__")
RE_BULLET = re.compile(r"^\s*([-*•·▪►]|\d+[.)])\s")
RE_SEP = re.compile(r"\s[|·•/–—]\s|\s\|\s?|\[|\]|›|»")
RE_QA = re.compile(r"^\s*\**\s*(q|a|question|answer)\s*[:.]", re.I)
RE_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.U)
# a verb-like lowercase word: common auxiliaries or -ed/-ing/-s forms (English-centric, crude)
RE_VERB = re.compile(r"\b(is|are|was|were|has|have|had|will|would|said|says|can|could|did|does|"
                     r"est|sont|ist|sind|wurde|es|son|fue|è|sono|é|foi|zijn|werd|[a-z]{3,}(ed|ing))\b")



def _line_feats(s: str, lexicon: bool) -> dict[str, float]:
    t = s.strip()
    low = t.lower()
    words = RE_WORD.findall(t)
    nw = len(words)
    caps = sum(1 for w in words if w[:1].isupper())
    digits = sum(c.isdigit() for c in t)
    end = t[-1:] if t else ""
    f = {
        "blank": float(not t),
        "log_chars": np.log1p(len(t)),
        "log_words": np.log1p(nw),
        "words_le3": float(nw <= 3),
        "words_le8": float(nw <= 8),
        "end_sentence": float(end in ".!。"),
        "end_question": float(end in "?？"),
        "end_colon": float(end == ":"),
        "end_quote": float(end in "\"”’'"),
        "end_alnum": float(end.isalnum()),
        "cap_share": caps / nw if nw else 0.0,
        "first_cap": float(t[:1].isupper()),
        "digit_share": digits / len(t) if t else 0.0,
        "has_digit": float(digits > 0),
        "verb": float(bool(RE_VERB.search(low))),
        "sep": float(bool(RE_SEP.search(t))),
        "bullet": float(bool(RE_BULLET.match(t))),
        "url": float(bool(RE_URL.search(t))),
        "handle": float(bool(RE_HANDLE.search(t))),
        "html": float(bool(RE_HTML.search(t))),
        "markdown": float(bool(RE_MD.search(t))),
        "bold": float("**" in t),
        "heading_md": float(t.startswith("#")),
        "qa": float(bool(RE_QA.match(t))),
        "date": float(bool(RE_DATE.search(t))),
        "time": float(bool(RE_TIME.search(t))),
        "only_digits": float(bool(t) and re.fullmatch(r"[\d\s:.,/+TZ-]+", t) is not None),
        "copyright": float("©" in t or "(c)" in low),
        "colon_label": float(bool(re.match(r"^[^\s:]{1,20}( [^\s:]{1,20}){0,2}\s?:\s", t))),
        "ui": 0.0, "meta_cue": 0.0, "gen_cue": 0.0,
    }
    if lexicon and t:
        toks = set(re.findall(r"[\w'’:]+", low))
        hits = sum(p in low for p in UI_PHRASES) + sum(w in toks for w in UI_SINGLE)
        f["ui"] = min(hits, 3) / (1 + 0.1 * nw)
        f["meta_cue"] = float(any(low.startswith(c) or f" {c}" in f" {low}" for c in META_CUES)) * (nw <= 12)
        f["gen_cue"] = float(any(c in low for c in GEN_CUES))
    return f


def _labelish(f: dict[str, float]) -> float:
    """Short line without sentence punctuation: menu items, labels, tags."""
    return float(not f["blank"] and f["words_le8"] and not f["end_sentence"])


def page_features(lines: list[str], lexicon: bool = True) -> tuple[np.ndarray, list[str]]:
    base = [_line_feats(s, lexicon) for s in lines]
    n = len(lines)
    prose = [i for i, f in enumerate(base)
             if np.expm1(f["log_words"]) >= 15 and f["end_sentence"] + f["end_quote"] > 0]
    first_p, last_p = (prose[0], prose[-1]) if prose else (n, -1)
    lab = [_labelish(f) for f in base]
    # run of consecutive label-like lines containing i
    run = [0] * n
    i = 0
    while i < n:
        j = i
        while j < n and lab[j]:
            j += 1
        for k in range(i, max(j, i + 1)):
            run[k] = j - i
        i = max(j, i + 1)
    rows = []
    for i, f in enumerate(base):
        g = dict(f)
        g["pos_rel"] = i / max(n - 1, 1)
        g["first3"] = float(i < 3)
        g["last3"] = float(i >= n - 3)
        g["before_prose"] = float(i < first_p)
        g["after_prose"] = float(i > last_p)
        g["is_prose"] = float(i in prose)
        g["labelish"] = lab[i]
        g["run_labelish"] = np.log1p(run[i])
        g["prose_share_page"] = len(prose) / max(n, 1)
        for d, name in ((-1, "prev"), (1, "next"), (-2, "prev2"), (2, "next2")):
            j = i + d
            ok = 0 <= j < n
            g[f"{name}_log_words"] = base[j]["log_words"] if ok else 0.0
            g[f"{name}_labelish"] = lab[j] if ok else 0.0
            if abs(d) == 1:
                g[f"{name}_ui"] = base[j]["ui"] if ok else 0.0
                g[f"{name}_end_question"] = base[j]["end_question"] if ok else 0.0
                g[f"{name}_markdown"] = base[j]["markdown"] if ok else 0.0
                g[f"{name}_gen_cue"] = base[j]["gen_cue"] if ok else 0.0
                g[f"{name}_missing"] = float(not ok)
        # generated add-ons sit in a block after the prose: any GEN cue / Q-A / markdown above?
        g["gen_cue_above"] = float(any(base[k]["gen_cue"] or base[k]["qa"] or base[k]["heading_md"]
                                       for k in range(max(0, i - 12), i)))
        rows.append(g)
    names = list(rows[0]) if rows else []
    return np.array([[r[k] for k in names] for r in rows], dtype=float), names
