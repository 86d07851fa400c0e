"""Candidate blocks and language-agnostic block features for the GEN block detector.

A page is cut into *runs*: maximal sequences of non-blank lines that the rules do not flag as
BOIL or META (blank lines are transparent). The article body is the run with the most
characters. A candidate is a tail of the body run or of a later run: lines ``start..end`` where
``end`` is the run's last line (so the block is followed by chrome or the end of the page) and
the block has at most ``MAX_LINES`` non-blank lines; the body run's own first line is never a
start (something has to be the article).

Features use no word lists. The closed classes are: punctuation (sentence ends, question marks
in several scripts, colons, quotation marks), list markers, Markdown, digits, letter case,
line lengths, positions, and token overlaps (block vs title, block vs body) computed on the
page's own words (character bigrams for scripts written without spaces).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from data import Page

MAX_LINES = 20

# sentence ends, including CJK, Arabic, Devanagari, Ethiopic, Armenian, Greek, Burmese, Thai-ish
TERMINAL = set(".!?。！？…؟।॥።፧՞;;။")
QUESTION = set("?？؟՞፧;")  # ';' is U+037E (Greek question mark); ASCII ';' counts in Greek text
TRAIL = "\"'”’»«)]*_ \t>"  # stripped before looking at how a line ends
QUOTES = set("\"“”„«»‘’‚‹›「」『』")
RE_LIST = re.compile(r"^\s*(?:[-*•·▪►–—✓✔➤→]|\d{1,2}[.)]|[a-zA-Z][.)]|[①-⑳])\s+")
RE_MD_HEAD = re.compile(r"^\s*#{1,6}\s")
RE_BOLD = re.compile(r"\*\*[^*]+\*\*|__[^_]+__")
RE_BOLD_LINE = re.compile(r"^\s*(\*\*|__)")
RE_LABEL = re.compile(r"^\s*[*_]{0,2}\s*([^:：\n]{1,40}?)\s*[*_]{0,2}\s*[:：]\s*[*_]{0,2}\s*\S")
RE_TOKEN = re.compile(r"[^\W_]+", re.U)
RE_SENT_END = re.compile(r"[.!?。！？؟।]+(?=\s|$|[\"'”’»)])")
RE_GREEK = re.compile(r"[\u0370-\u03ff]")
RE_DIGIT = re.compile(r"\d")


def _unspaced(ch: str) -> bool:
    o = ord(ch)
    return (0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF
            or 0x0E00 <= o <= 0x0EFF or 0x1000 <= o <= 0x109F or 0x1780 <= o <= 0x17FF)


def tokens(text: str) -> list[str]:
    """Lowercased word tokens; runs of CJK/Thai/Lao/Burmese/Khmer become character bigrams."""
    out: list[str] = []
    for tok in RE_TOKEN.findall(text.lower()):
        if any(_unspaced(c) for c in tok):
            if len(tok) == 1:
                out.append(tok)
            out.extend(tok[i:i + 2] for i in range(len(tok) - 1))
        elif len(tok) >= 4 or (len(tok) >= 2 and not tok.isascii()):
            out.append(tok)
    return out


@dataclass
class LineInfo:
    chars: int
    words: int
    terminal: bool  # ends with sentence punctuation
    question: bool
    colon_end: bool
    exclaim: bool
    heading: bool  # short, no sentence end, or Markdown heading / bold line
    listed: bool
    markdown: bool
    label: str | None  # a short "Label:" prefix (speaker, Q/A, term)
    sentences: int
    digits: int
    caps_mid: int  # capitalised words not at a sentence start
    cased_words: int
    quotes: int


def line_info(raw: str) -> LineInfo:
    s = raw.strip()
    end = s.rstrip(TRAIL)
    last = end[-1:] if end else ""
    greek = bool(RE_GREEK.search(s))
    question = last in QUESTION and (last != ";" or greek) or (last == ";" and greek)
    words = s.split()
    nw = len(words) if words else 0
    if any(_unspaced(c) for c in s):
        nw = max(nw, sum(1 for c in s if _unspaced(c)) // 2)
    terminal = last in TERMINAL and (last not in (";",) or greek)
    md_head = bool(RE_MD_HEAD.match(s))
    bold_line = bool(RE_BOLD_LINE.match(s))
    m = RE_LABEL.match(s)
    label = None
    if m and len(m.group(1).split()) <= 4 and not RE_DIGIT.search(m.group(1)) \
            and "http" not in m.group(1).lower():
        label = m.group(1).strip("*_ ").lower()
    cased = [w for w in (w.strip("\"'“”„«»()[]*_") for w in words) if w[:1].isalpha()
             and w[:1].lower() != w[:1].upper()]
    caps_mid = 0
    prev_end = True
    for w in words:
        core = w.strip("\"'“”„«»()[]*_")
        if core[:1].isalpha() and core[:1].isupper() and not prev_end:
            caps_mid += 1
        prev_end = w.rstrip("\"'”’»)*_")[-1:] in TERMINAL or w.endswith(":")
    return LineInfo(
        chars=len(s), words=nw, terminal=terminal, question=question,
        colon_end=last in ":：", exclaim=last in "!！",
        heading=md_head or (bold_line and len(s) < 120 and not RE_LABEL.match(s))
        or (len(s) <= 80 and not terminal and last not in ":：,，"),
        listed=bool(RE_LIST.match(s)), markdown=md_head or bool(RE_BOLD.search(s)),
        label=label, sentences=max(1, len(RE_SENT_END.findall(s))),
        digits=len(RE_DIGIT.findall(s)), caps_mid=caps_mid, cased_words=len(cased),
        quotes=sum(1 for c in s if c in QUOTES))


@dataclass
class Candidate:
    page: Page
    start: int  # 1-based, first non-blank line
    end: int  # 1-based, last non-blank line
    lines: list[int]  # non-blank lines start..end
    x: list[float]


def runs(page: Page) -> list[list[int]]:
    out: list[list[int]] = []
    cur: list[int] = []
    for i, s in enumerate(page.lines, 1):
        if not s.strip():
            continue
        if page.rules.get(i) in ("BOIL", "META"):
            if cur:
                out.append(cur)
                cur = []
        else:
            cur.append(i)
    if cur:
        out.append(cur)
    return out


def _ratio(a: float, b: float) -> float:
    """log ratio of two rates, smoothed."""
    return math.log((a + 0.02) / (b + 0.02))


FEATURES: list[str] = []


def candidates(page: Page) -> list[Candidate]:
    rs = runs(page)
    if not rs:
        return []
    info = {i: line_info(page.lines[i - 1]) for r in rs for i in r}
    body_k = max(range(len(rs)), key=lambda k: sum(info[i].chars for i in rs[k]))
    content = [i for r in rs for i in r]
    title_tokens = set(tokens(page.lines[rs[0][0] - 1]))
    lead_tokens = set(t for i in content[:3] for t in tokens(page.lines[i - 1]))
    first_seen: dict[str, int] = {}
    line_tokens: dict[int, list[str]] = {}
    for i in content:
        line_tokens[i] = tokens(page.lines[i - 1])
        for t in line_tokens[i]:
            first_seen.setdefault(t, i)
    n_lines = len(page.lines)
    total_chars = sum(info[i].chars for i in content) or 1
    out: list[Candidate] = []
    for k in range(body_k, len(rs)):
        run = rs[k]
        for j in range(len(run)):
            if len(run) - j > MAX_LINES or (k == body_k and j == 0):
                continue
            block = run[j:]
            body = [i for i in content if i < block[0]]
            out.append(Candidate(page, block[0], block[-1], block,
                                 _features(page, info, block, body, run, k > body_k, title_tokens,
                                           lead_tokens, first_seen, line_tokens, n_lines,
                                           total_chars)))
    return out


def _agg(infos: Sequence[LineInfo]) -> dict[str, float]:
    n = max(1, len(infos))
    words = sum(x.words for x in infos) or 1
    chars = sum(x.chars for x in infos) or 1
    cased = sum(x.cased_words for x in infos)
    labels = [x.label for x in infos if x.label]
    return {
        "q": sum(x.question for x in infos) / n,
        "head": sum(x.heading for x in infos) / n,
        "list": sum(x.listed for x in infos) / n,
        "md": sum(x.markdown for x in infos) / n,
        "label": len(labels) / n,
        "label_rep": (len(labels) - len(set(labels))) / n,
        "colon": sum(x.colon_end for x in infos) / n,
        "excl": sum(x.exclaim for x in infos) / n,
        "term": sum(x.terminal for x in infos) / n,
        "chars": chars / n,
        "sent": sum(x.sentences for x in infos) / n,
        "digit": sum(x.digits for x in infos) / chars * 100,
        "caps": sum(x.caps_mid for x in infos) / cased if cased >= 5 else -1.0,
        "quote": sum(x.quotes for x in infos) / n,
        "wpl": words / n,
    }


def _features(page: Page, info: dict[int, LineInfo], block: list[int], body: list[int],
              run: list[int], after_break: bool, title_tokens: set[str], lead_tokens: set[str],
              first_seen: dict[str, int], line_tokens: dict[int, list[str]], n_lines: int,
              total_chars: int) -> list[float]:
    bi = [info[i] for i in block]
    bo = [info[i] for i in body]
    a, b = _agg(bi), _agg(bo)
    first, last = bi[0], bi[-1]
    prev = info[body[-1]] if body else None
    btoks = [t for i in block for t in line_tokens[i]]
    nt = len(btoks) or 1
    in_title = sum(1 for t in btoks if t in title_tokens) / nt
    in_lead = sum(1 for t in btoks if t in lead_tokens) / nt
    in_body = sum(1 for t in btoks if first_seen.get(t, 10**9) < block[0]) / nt
    body_toks = [t for i in body for t in line_tokens[i]]
    body_in_title = (sum(1 for t in body_toks if t in title_tokens) / len(body_toks)
                     if body_toks else 0.0)
    ttr = len(set(btoks)) / nt
    # question / answer alternation inside the block
    qa = sum(1 for x, y in zip(bi, bi[1:], strict=False) if x.question and not y.question)
    labels = [x.label for x in bi if x.label]
    body_labels = {x.label for x in bo if x.label}
    new_labels = sum(1 for lab in set(labels) if lab not in body_labels)
    after = [i for i in range(block[-1] + 1, n_lines + 1) if page.lines[i - 1].strip()]
    block_chars = sum(x.chars for x in bi)
    near = _agg(bo[-3:]) if bo else None  # the three lines above the block
    second = bi[1] if len(bi) > 1 else None
    feats: dict[str, float] = {
        "n_block": len(block),
        "n_body": len(body),
        "share_chars": block_chars / total_chars,
        "after_break": float(after_break),
        "whole_run": float(block[0] == run[0]),
        "lines_after": min(len(after), 30),
        "rel_start": block[0] / n_lines,
        "first_head": float(first.heading),
        "first_q": float(first.question),
        "first_colon": float(first.colon_end),
        "first_md": float(first.markdown),
        "first_label": float(first.label is not None),
        "first_chars": min(first.chars, 400),
        "first_term": float(first.terminal),
        "prev_head": float(prev.heading) if prev else -1.0,
        "prev_term": float(prev.terminal) if prev else -1.0,
        "prev_q": float(prev.question) if prev else -1.0,
        "prev_chars": min(prev.chars, 400) if prev else -1.0,
        "prev_label": float(prev.label is not None) if prev else -1.0,
        "prev_md": float(prev.markdown) if prev else -1.0,
        "last_q": float(last.question),
        "last_excl": float(last.exclaim),
        "last_chars": min(last.chars, 400),
        "qa_pairs": qa,
        "labels_rep": a["label_rep"] * len(block),
        "new_labels": new_labels,
        "in_title": in_title,
        "in_lead": in_lead,
        "in_body": in_body,
        "title_vs_body": in_title - body_in_title,
        "ttr": ttr,
        "n_tokens": math.log1p(len(btoks)),
    }
    for key in ("q", "head", "list", "md", "label", "term", "excl"):
        feats[f"near_{key}"] = near[key] if near else -1.0
        feats[f"{key}_vs_near"] = a[key] - near[key] if near else 0.0
    feats["chars_vs_near"] = _ratio(a["chars"], near["chars"]) if near else 0.0
    feats["second_head"] = float(second.heading) if second else -1.0
    feats["second_q"] = float(second.question) if second else -1.0
    feats["second_label"] = float(second.label is not None) if second else -1.0
    feats["same_label_prev"] = float(bool(prev and prev.label and any(
        x.label == prev.label for x in bi)))
    for key in a:
        feats[f"b_{key}"] = a[key]
        if key == "caps":
            feats["caps_vs_body"] = (a[key] - b[key]) if a[key] >= 0 and b[key] >= 0 else 0.0
        elif key in ("chars", "sent", "wpl", "digit", "quote"):
            feats[f"{key}_vs_body"] = _ratio(a[key], b[key])
        else:
            feats[f"{key}_vs_body"] = a[key] - b[key]
    if not FEATURES:
        FEATURES.extend(feats)
    return list(feats.values())
