"""GEN003: a page's closing block that a trained model scores as appended generated text.

GEN001 reads phrases and templates; where a content farm writes in a language or a shape
its tables do not know, the block still *looks* appended: it stands after the article's
prose, under its own heading or question, asks more questions than the article, repeats
the title's words, and ends where the page's chrome begins. This module scores those
shapes with two small boosted-tree models trained on the project's labelled pages
(``bench/train_gen_model.py`` writes ``data/gen-model.json``):

- candidates: the page is cut into *runs* of lines no BOIL or META finding covers; the
  article is the run with the most characters; a candidate is a tail of it (never the
  whole run) or of a later run, ending at the run's last line, of at most
  ``MAX_LINES`` lines;
- features: 81 numbers per candidate with no word list: how its lines end (sentence
  stops, question marks, colons, exclamations in many scripts), headings, list markers,
  Markdown, ``Label:`` prefixes, digits, capitals, quotes and lengths, each also against
  the article above and the three lines just above; its size, position and share of the
  page; and how much of its vocabulary the title, the lead and the article hold;
- the *page model* scores every candidate; the page's score is its best one; the
  *boundary model* picks the candidate that is the block.

>>> news = ("Harbour bridge reopens\\nThe bridge reopened on Monday after two years of "
...         "repairs.\\nEngineers replaced the deck and repainted the towers, the council "
...         "said.\\nThe crossing takes five minutes instead of twenty.\\nShops near the "
...         "approach road say trade has picked up.\\n")
>>> scored(read_page(Document.from_text(news), []), load_model()).score < MIN_SCORE
True
>>> tail = ("Harbour bridge reopening explained\\nIs the bridge open to cyclists?\\n"
...         "The harbour bridge is open to cyclists.\\nWill shops benefit?\\nShops near "
...         "the harbour bridge expect more trade.\\n")
>>> found = scored(read_page(Document.from_text(news + tail), []), load_model())
>>> found.score >= MIN_SCORE, (found.block.first, found.block.last)
(True, (6, 10))
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from corpus_lint import Case, Document, Edit, Finding, Fix, FixAvailability, Option, Severity, rule

#: Lines a candidate block holds at most.
MAX_LINES = 20

# sentence ends: Latin, CJK, Arabic, Devanagari, Ethiopic, Armenian, Greek, Burmese
TERMINAL = frozenset(".!?。！？…؟।॥።፧՞;;။")
QUESTION = frozenset("?？؟՞፧;")  # ';' is U+037E, the Greek question mark
TRAIL = "\"'”’»«)]*_ \t>"  # stripped before looking at how a line ends
QUOTES = frozenset("\"“”„«»‘’‚‹›「」『』")
_LIST = re.compile(r"^\s*(?:[-*•·▪►–—✓✔➤→]|\d{1,2}[.)]|[a-zA-Z][.)]|[①-⑳])\s+")
_MD_HEAD = re.compile(r"^\s*#{1,6}\s")
_BOLD = re.compile(r"\*\*[^*]+\*\*|__[^_]+__")
_BOLD_LINE = re.compile(r"^\s*(\*\*|__)")
_LABEL = re.compile(r"^\s*[*_]{0,2}\s*([^:：\n]{1,40}?)\s*[*_]{0,2}\s*[:：]\s*[*_]{0,2}\s*\S")
_TOKEN = re.compile(r"[^\W_]+")
_SENT_END = re.compile(r"[.!?。！？؟।]+(?=\s|$|[\"'”’»)])")
_GREEK = re.compile(r"[\u0370-\u03ff]")
_DIGIT = re.compile(r"\d")
_STRIP_WORD = "\"'“”„«»()[]*_"


#: A character of a script written without spaces (kana, CJK, Hangul, Thai, Lao, Burmese,
#: Khmer).
_UNSPACED = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0eff"
                       "\u1000-\u109f\u1780-\u17ff]")


def tokens(text: str) -> list[str]:
    """Lower-cased words of four letters or more (two outside ASCII); runs of a script
    written without spaces become character bigrams.

    >>> tokens("The Harbour bridge: 台東好玩")
    ['harbour', 'bridge', '台東', '東好', '好玩']
    """
    out: list[str] = []
    for tok in _TOKEN.findall(text.lower()):
        if _UNSPACED.search(tok):
            if len(tok) == 1:
                out.append(tok)
            out.extend(tok[i:i + 2] for i in range(len(tok) - 1))
        elif len(tok) >= 4 or (len(tok) >= 2 and not tok.isascii()):
            out.append(tok)
    return out


@dataclass(frozen=True)
class LineShape:
    """What a line looks like, with no word list."""

    chars: int
    words: int
    terminal: bool  # ends with sentence punctuation
    question: bool
    colon_end: bool
    exclaim: bool
    heading: bool  # short and unstopped, or a Markdown heading or bold line
    listed: bool
    markdown: bool
    label: str | None  # a short "Label:" prefix (a speaker, Q/A, a term)
    sentences: int
    digits: int
    caps_mid: int  # capitalised words not at a sentence start
    cased_words: int
    quotes: int

    @functools.cached_property
    def counts(self) -> tuple[int, ...]:
        """The line's values of ``_COUNTED``, in that order (summed over blocks)."""
        return tuple(int(getattr(self, name)) for name in _COUNTED)


def line_shape(raw: str) -> LineShape:
    """The shape of one line.

    >>> s = line_shape("**Interviewer:** What comes next?")
    >>> s.question, s.markdown, s.label
    (True, True, 'interviewer')
    """
    s = raw.strip()
    end = s.rstrip(TRAIL)
    last = end[-1:] if end else ""
    greek = bool(_GREEK.search(s))
    question = (last in QUESTION and (last != ";" or greek)) or (last == ";" and greek)
    words = s.split()
    n_words = len(words)
    if _UNSPACED.search(s):
        n_words = max(n_words, len(_UNSPACED.findall(s)) // 2)
    terminal = last in TERMINAL and (last != ";" or greek)
    md_head = bool(_MD_HEAD.match(s))
    bold_line = bool(_BOLD_LINE.match(s))
    match = _LABEL.match(s)
    label = None
    if (match and len(match.group(1).split()) <= 4 and not _DIGIT.search(match.group(1))
            and "http" not in match.group(1).lower()):
        label = match.group(1).strip("*_ ").lower()
    cased = caps_mid = 0
    after_stop = True
    for w in words:
        head = w.strip(_STRIP_WORD)[:1]
        if head.isalpha():
            cased += head.lower() != head.upper()
            caps_mid += head.isupper() and not after_stop
        after_stop = w.rstrip("\"'”’»)*_")[-1:] in TERMINAL or w.endswith(":")
    return LineShape(
        chars=len(s), words=n_words, terminal=terminal, question=question,
        colon_end=last in ":：", exclaim=last in "!！",
        heading=(md_head or (bold_line and len(s) < 120 and not _LABEL.match(s))
                 or (len(s) <= 80 and not terminal and last not in ":：,，")),
        listed=bool(_LIST.match(s)), markdown=md_head or bool(_BOLD.search(s)),
        label=label, sentences=max(1, len(_SENT_END.findall(s))),
        digits=len(_DIGIT.findall(s)), caps_mid=caps_mid, cased_words=cased,
        quotes=sum(1 for c in s if c in QUOTES))


@dataclass(frozen=True)
class Candidate:
    """A tail of a run of lines: 1-based ``first``..``last`` and its features."""

    first: int
    last: int
    lines: tuple[int, ...]  # the non-blank lines first..last
    features: tuple[float, ...]


@dataclass(frozen=True)
class Page:
    """A document's lines (without line breaks) and the lines BOIL or META cover."""

    lines: tuple[str, ...]
    chrome: frozenset[int]  # 1-based

    def runs(self) -> list[list[int]]:
        """Maximal runs of non-blank lines between chrome lines (blank lines are
        transparent)."""
        out: list[list[int]] = []
        cur: list[int] = []
        for i, text in enumerate(self.lines, 1):
            if not text.strip():
                continue
            if i in self.chrome:
                if cur:
                    out.append(cur)
                    cur = []
            else:
                cur.append(i)
        if cur:
            out.append(cur)
        return out


def read_page(doc: Document, chrome: Sequence[Finding]) -> Page:
    """``doc``'s lines, and the lines the findings in ``chrome`` cover."""
    covered: set[int] = set()
    for finding in chrome:
        first = doc.position(finding.start)[0]
        last = doc.position(max(finding.start, finding.end - 1))[0]
        covered.update(range(first, last + 1))
    return Page(tuple(seg.text for seg in doc.lines), frozenset(covered))


def _ratio(a: float, b: float) -> float:
    """The log ratio of two rates, smoothed."""
    return math.log((a + 0.02) / (b + 0.02))


#: What is summed over a line's shape for the block's and the article's rates.
_COUNTED = ("question", "heading", "listed", "markdown", "colon_end", "exclaim", "terminal",
            "chars", "sentences", "digits", "caps_mid", "cased_words", "quotes", "words")


@dataclass(frozen=True)
class _Sums:
    """Sums over some lines of a page: each of ``_COUNTED``, the lines, the labelled lines
    and their distinct labels."""

    counts: tuple[int, ...]
    lines: int
    labels: int
    distinct: int

    @classmethod
    def of(cls, shapes: Sequence[LineShape]) -> _Sums:
        labels = [x.label for x in shapes if x.label]
        counts = tuple(map(sum, zip(*(x.counts for x in shapes), strict=True)))
        return cls(counts or (0,) * len(_COUNTED), len(shapes), len(labels),
                   len(set(labels)))

    def rates(self) -> dict[str, float]:
        (q, head, listed, md, colon, excl, term, chars, sent, digits, caps, cased, quotes,
         words) = self.counts
        n = max(1, self.lines)
        chars = chars or 1
        return {
            "q": q / n, "head": head / n, "list": listed / n, "md": md / n,
            "label": self.labels / n, "label_rep": (self.labels - self.distinct) / n,
            "colon": colon / n, "excl": excl / n, "term": term / n, "chars": chars / n,
            "sent": sent / n, "digit": digits / chars * 100,
            "caps": caps / cased if cased >= 5 else -1.0, "quote": quotes / n,
            "wpl": (words or 1) / n,
        }


@dataclass(frozen=True)
class _Context:
    """What every candidate of one page is measured against. ``body[s]`` sums the first
    ``s`` content lines (the article above a block starting at ``content[s]``)."""

    page: Page
    shape: Mapping[int, LineShape]
    title_tokens: frozenset[str]
    lead_tokens: frozenset[str]
    first_seen: Mapping[str, int]
    line_tokens: Mapping[int, list[str]]
    content: tuple[int, ...]
    total_chars: int
    body: tuple[_Sums, ...]
    body_tokens: tuple[tuple[int, int], ...]  # (tokens, tokens in the title) of content[:s]
    body_labels: tuple[frozenset[str], ...]
    after: Mapping[int, int]  # non-blank lines after a line


def candidates(page: Page) -> list[Candidate]:
    """Every candidate block of ``page`` with its features (in ``FEATURES`` order)."""
    runs = page.runs()
    if not runs:
        return []
    shape = {i: line_shape(page.lines[i - 1]) for run in runs for i in run}
    body_run = max(range(len(runs)), key=lambda k: sum(shape[i].chars for i in runs[k]))
    content = tuple(i for run in runs for i in run)
    line_tokens = {i: tokens(page.lines[i - 1]) for i in content}
    first_seen: dict[str, int] = {}
    for i in content:
        for t in line_tokens[i]:
            first_seen.setdefault(t, i)
    title_tokens = frozenset(tokens(page.lines[runs[0][0] - 1]))
    start_of = {i: s for s, i in enumerate(content)}
    # the sums of every prefix of the content lines the candidates need (blocks start in
    # the article's run or later)
    first_start = start_of[runs[body_run][0]]
    body = [_Sums.of([shape[i] for i in content[:first_start]])]
    labels = {x.label for x in (shape[i] for i in content[:first_start]) if x.label}
    body_labels = [frozenset(labels)]
    toks = [t for i in content[:first_start] for t in line_tokens[i]]
    body_tokens = [(len(toks), sum(1 for t in toks if t in title_tokens))]
    for i in content[first_start:]:
        x, prev = shape[i], body[-1]
        added = _Sums.of([x])
        new_label = x.label is not None and x.label not in labels
        if x.label:
            labels.add(x.label)
        body.append(_Sums(tuple(a + b for a, b in zip(prev.counts, added.counts, strict=True)),
                          prev.lines + 1, prev.labels + added.labels,
                          prev.distinct + int(new_label)))
        body_labels.append(frozenset(labels) if x.label else body_labels[-1])
        n, in_title = body_tokens[-1]
        body_tokens.append((n + len(line_tokens[i]),
                            in_title + sum(1 for t in line_tokens[i] if t in title_tokens)))
    after: dict[int, int] = {}
    count = 0
    for i in range(len(page.lines), 0, -1):
        after[i] = count
        count += bool(page.lines[i - 1].strip())
    pad = [body[0]] * first_start  # prefixes before the article's run are never asked for
    ctx = _Context(page, shape, title_tokens,
                   frozenset(t for i in content[:3] for t in line_tokens[i]), first_seen,
                   line_tokens, content, sum(shape[i].chars for i in content) or 1,
                   tuple(pad + body), tuple([body_tokens[0]] * first_start + body_tokens),
                   tuple([body_labels[0]] * first_start + body_labels), after)
    out: list[Candidate] = []
    for k in range(body_run, len(runs)):
        run = runs[k]
        for j in range(len(run)):
            if len(run) - j > MAX_LINES or (k == body_run and j == 0):
                continue
            block = run[j:]
            out.append(Candidate(block[0], block[-1], tuple(block),
                                 _features(ctx, block, start_of[block[0]], run,
                                           k > body_run)))
    return out


def _features(ctx: _Context, block: list[int], s: int, run: list[int],
              after_break: bool) -> tuple[float, ...]:
    """The features of ``block``, whose first line is ``ctx.content[s]``."""
    shape = ctx.shape
    bi = [shape[i] for i in block]
    near_lines = [shape[i] for i in ctx.content[max(0, s - 3):s]]
    a, b = _Sums.of(bi).rates(), ctx.body[s].rates()
    first, last = bi[0], bi[-1]
    prev = near_lines[-1] if near_lines else None
    btoks = [t for i in block for t in ctx.line_tokens[i]]
    nt = len(btoks) or 1
    n_body_toks, body_in_title_toks = ctx.body_tokens[s]
    body_in_title = body_in_title_toks / n_body_toks if n_body_toks else 0.0
    labels = [x.label for x in bi if x.label]
    near = _Sums.of(near_lines).rates() if near_lines else None  # the three lines above
    second = bi[1] if len(bi) > 1 else None
    in_title = sum(1 for t in btoks if t in ctx.title_tokens) / nt
    feats: dict[str, float] = {
        "n_block": len(block),
        "n_body": s,
        "share_chars": sum(x.chars for x in bi) / ctx.total_chars,
        "after_break": float(after_break),
        "whole_run": float(block[0] == run[0]),
        "lines_after": min(ctx.after[block[-1]], 30),
        "rel_start": block[0] / len(ctx.page.lines),
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
        "qa_pairs": sum(1 for x, y in zip(bi, bi[1:], strict=False)
                        if x.question and not y.question),
        "labels_rep": a["label_rep"] * len(block),
        "new_labels": sum(1 for lab in set(labels) if lab not in ctx.body_labels[s]),
        "in_title": in_title,
        "in_lead": sum(1 for t in btoks if t in ctx.lead_tokens) / nt,
        "in_body": sum(1 for t in btoks if ctx.first_seen.get(t, 10**9) < block[0]) / nt,
        "title_vs_body": in_title - body_in_title,
        "ttr": len(set(btoks)) / nt,
        "n_tokens": math.log1p(len(btoks)),
    }
    for key in ("q", "head", "list", "md", "label", "term", "excl"):
        feats[f"near_{key}"] = near[key] if near else -1.0
        feats[f"{key}_vs_near"] = a[key] - near[key] if near else 0.0
    feats["chars_vs_near"] = _ratio(a["chars"], near["chars"]) if near else 0.0
    feats["second_head"] = float(second.heading) if second else -1.0
    feats["second_q"] = float(second.question) if second else -1.0
    feats["second_label"] = float(second.label is not None) if second else -1.0
    feats["same_label_prev"] = float(bool(prev and prev.label
                                          and any(x.label == prev.label for x in bi)))
    for key, value in a.items():
        feats[f"b_{key}"] = value
        if key == "caps":
            feats["caps_vs_body"] = value - b[key] if value >= 0 and b[key] >= 0 else 0.0
        elif key in ("chars", "sent", "wpl", "digit", "quote"):
            feats[f"{key}_vs_body"] = _ratio(value, b[key])
        else:
            feats[f"{key}_vs_body"] = value - b[key]
    if len(feats) != len(FEATURES):  # pragma: no cover - a programming error
        raise AssertionError("feature list out of step")
    return tuple(feats.values())


#: The features' names, in the order the models read them.
FEATURES: tuple[str, ...] = (
    "n_block", "n_body", "share_chars", "after_break", "whole_run", "lines_after",
    "rel_start", "first_head", "first_q", "first_colon", "first_md", "first_label",
    "first_chars", "first_term", "prev_head", "prev_term", "prev_q", "prev_chars",
    "prev_label", "prev_md", "last_q", "last_excl", "last_chars", "qa_pairs", "labels_rep",
    "new_labels", "in_title", "in_lead", "in_body", "title_vs_body", "ttr", "n_tokens",
    *(f for key in ("q", "head", "list", "md", "label", "term", "excl")
      for f in (f"near_{key}", f"{key}_vs_near")),
    "chars_vs_near", "second_head", "second_q", "second_label", "same_label_prev",
    *(f for key in ("q", "head", "list", "md", "label", "label_rep", "colon", "excl", "term",
                    "chars", "sent", "digit", "caps", "quote", "wpl")
      for f in (f"b_{key}", f"{key}_vs_body")),
)


# -- the models ------------------------------------------------------------------------------


def _leaves(tree: Any) -> list[float]:
    if type(tree) is not tuple:
        return [float(tree)]
    return [*_leaves(tree[2]), *_leaves(tree[3])]


@dataclass(frozen=True)
class Trees:
    """A boosted-tree ensemble for a binary score: a baseline and trees whose leaf values
    add up to the log-odds. A tree is a leaf value or a tuple ``(feature, threshold, left,
    right)``: go left when the candidate's feature is at most the threshold.

    In the model file each tree is parallel lists: a node's feature (-1 at a leaf), its
    threshold, its left and right child (indexes) and its value (at a leaf).
    """

    baseline: float
    trees: tuple[Any, ...]

    @functools.cached_property
    def _headroom(self) -> tuple[float, ...]:
        """For each tree, the most the trees after it can still add."""
        out, total = [], 0.0
        for tree in reversed(self.trees):
            out.append(total)
            total += max(_leaves(tree))
        return tuple(reversed(out))

    def score(self, x: Sequence[float], floor: float = 0.0) -> float:
        """The probability the ensemble gives ``x``; when it cannot reach ``floor``, some
        value under ``floor`` (the remaining trees are not walked)."""
        raw = self.baseline
        limit = math.log(floor / (1.0 - floor)) if 0.0 < floor < 1.0 else -math.inf
        for node, headroom in zip(self.trees, self._headroom, strict=True):
            while type(node) is tuple:
                node = node[2] if x[node[0]] <= node[1] else node[3]
            raw += node
            if raw + headroom < limit:
                return 1.0 / (1.0 + math.exp(-(raw + headroom)))
        return 1.0 / (1.0 + math.exp(-raw))

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Trees:
        def nest(t: Mapping[str, list[Any]], node: int) -> Any:
            if t["feature"][node] < 0:
                return float(t["value"][node])
            return (int(t["feature"][node]), float(t["threshold"][node]),
                    nest(t, t["left"][node]), nest(t, t["right"][node]))
        return cls(float(data["baseline"]), tuple(nest(t, 0) for t in data["trees"]))


@dataclass(frozen=True)
class Model:
    """The page model, the boundary model, and the page score a block needs by default."""

    page: Trees
    boundary: Trees
    threshold: float
    about: Mapping[str, Any]


MODEL_FILE = "gen-model.json"
#: ``rules/data/gen-model.json``, written by ``bench/train_gen_model.py``.
MODEL_PATH = Path(__file__).with_name("data") / MODEL_FILE
#: The page score a block needs by default: the threshold ``bench/train_gen_model.py``
#: chose for the shipped model (a test checks the two agree).
MIN_SCORE = 0.7364


@functools.cache
def load_model() -> Model:
    """The shipped model (read once)."""
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES:
        raise RuntimeError(f"{MODEL_FILE} was trained on other features: retrain it "
                           "(bench/train_gen_model.py)")
    return Model(Trees.from_json(data["page"]), Trees.from_json(data["boundary"]),
                 float(data["threshold"]), data.get("about", {}))


@dataclass(frozen=True)
class Scored:
    """The block the boundary model picks on a page, and the page's score."""

    block: Candidate
    score: float


def scored(page: Page, model: Model, threshold: float = 0.0) -> Scored | None:
    """The page's score and the block the boundary model picks, or None when the page has
    no candidate or its score stays under ``threshold`` (then the boundary model is not
    asked)."""
    cands = candidates(page)
    page_score = max((model.page.score(c.features, threshold) for c in cands), default=-1.0)
    if page_score < threshold or not cands:
        return None
    block = max(cands, key=lambda c: model.boundary.score(c.features))
    return Scored(block, page_score)


# -- the rule ----------------------------------------------------------------------------------

_ARTICLE = ("Harbour bridge reopens after two years\n"
            "The harbour bridge reopened to traffic on Monday after two years of repairs.\n"
            "Engineers replaced the deck and repainted the steel towers, the council said.\n"
            "The crossing now takes five minutes instead of the twenty the ferry took.\n"
            "A cycle lane on the east side opens in the spring, once the railings are in.\n"
            "Local shops near the approach road said trade had already picked up.\n")
_FOOTER = "Share\nFacebook | X | WhatsApp\n© 2025 Harbour Gazette\n"


def removal(doc: Document, first: int, last: int) -> Edit:
    """Delete 1-based lines ``first``..``last`` with their line breaks."""
    start = doc.lines[first - 1].start
    end = doc.lines[last - 1].end
    if end < len(doc.text):
        return Edit.deletion(start, end + 1)
    return Edit.deletion(start - 1 if start > 0 else start, end)


@rule(
    code="GEN003",
    name="generated-block-shape",
    summary="A closing block whose shape a trained model scores as appended generated "
            "text.",
    severity=Severity.INFO,
    fix=FixAvailability.ALWAYS,
    after=("BOIL", "META", "GEN"),
    options={
        "min-score": Option(MIN_SCORE, "page score (0 to 1) a block needs; the default is "
                                       "the threshold the model was trained for",
                            float, minimum=0.0, maximum=1.0),
    },
    cases=[
        Case(_ARTICLE + "Harbour bridge reopening explained\nIs the bridge open to cyclists?\n"
             "The harbour bridge is open to cyclists from the spring.\nWill shops benefit "
             "from the reopening?\nShops near the harbour bridge expect more trade.\n"
             + _FOOTER, fires=True, fixed=_ARTICLE,
             note="the title's words as a heading over plain questions and answers, above "
                  "the share row (the fix shown is the page with BOIL's fixes too)"),
        Case(_ARTICLE + _FOOTER, fires=False, note="an article and its chrome"),
        Case(_ARTICLE + "Will the ferry survive? The operator says it will keep two sailings "
             "a day until June.\n" + _FOOTER, fires=False,
             note="the author's own closing question"),
        Case("Returns and exchanges\nHow do I return an order?\nSend it back within 30 days "
             "with the slip in the parcel.\nWho pays for return postage?\nWe do, for faulty "
             "goods; otherwise the customer.\n" + _FOOTER, fires=False,
             note="a shop's FAQ page: questions and answers are the page itself"),
    ],
)
def generated_block_shape(doc: Document, options: Mapping[str, Any],
                          prior: Sequence[Finding]) -> Iterator[Finding]:
    """## What it does
    Scores the closing block of a page with two boosted-tree models trained on the
    project's labelled pages (see `corpus_lint.rules.genmodel`): lines the BOIL and META
    rules report cut the page into runs; every tail of the article's run or of a later
    run (up to twenty lines, ending where chrome or the page ends) is a candidate; 81
    language-free features describe it against the article above (how its lines end,
    questions, headings, lists, Markdown, speaker labels, digits, length, position, and
    how much of it repeats the title). The page model's best candidate score is the
    page's score; when it reaches `min-score`, the boundary model's choice of candidate
    is reported as one finding. A page GEN001 already reports is left to GEN001, and
    Markdown documents are left alone (the model learnt Markdown in plain text as a sign).
    It reads the findings of the BOIL and META rules: selected without them
    (`--select GEN003`), they still run for it, unreported.

    The model was trained on the project's labelled pages (79 sets, 3,356 invented pages
    in over a hundred languages; `bench/train_gen_model.py`), and its threshold set on
    pages each fold had not seen, for 97% line precision of the model alone. On the 24
    labelled sets it never saw, GEN line precision / recall went from 97.5% / 78.3%
    (GEN001 and GEN002) to 96.2% / 89.6% with it. The finding's evidence gives the
    score; raise `min-score` to trade recall for precision.

    ## Why it matters
    Generated endings (fabricated Q&A, summaries, reader prompts) come in every language
    and many shapes; phrase tables cannot know them all, their shape gives them away.

    ## Example
    Bad: an article, then five lines that ask and answer the reader's questions in a
    language no phrase table knows, then the share row. Good: the article, then the
    share row.

    ## Fix safety
    Unsafe (`--fix --unsafe-fixes`): a model can be wrong, and an author's own closing
    Q&A or tips would go with it. Everything outside the block stays byte-identical.
    """
    if doc.source.kind == "markdown" or any(f.code == "GEN001" for f in prior):
        return  # trained on plain text, where Markdown is a sign; in Markdown it is not
    model = load_model()
    threshold = options["min-score"]
    chrome = [f for f in prior if f.code.startswith(("BOIL", "META"))]
    found = scored(read_page(doc, chrome), model, threshold)
    if found is None:
        return
    block = found.block
    start, end = doc.lines[block.first - 1].start, doc.lines[block.last - 1].end
    yield Finding(start, end,
                  f"the closing {len(block.lines)} lines look appended by a text generator "
                  f"(model score {found.score:.2f})",
                  Fix.unsafe("remove the block", removal(doc, block.first, block.last)),
                  {"score": round(found.score, 4), "threshold": threshold,
                   "lines": len(block.lines)})


