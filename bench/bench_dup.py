"""Throughput of the DUP rules on large documents, in MB/s.

    .venv/bin/python bench/bench_dup.py            # 100,000 lines and 50 MB
    .venv/bin/python bench/bench_dup.py --mb 5     # quicker

Documents: many distinct one-per-line paragraphs (the near-duplicate index at work, with
one exact and one near copy planted), one single line of ASCII words with no line break,
and the same single line with non-ASCII punctuation (the slower folding path).
"""

from __future__ import annotations

import argparse
import random
import time

from corpus_lint import Document
from corpus_lint.rules.dup import RULES


def _lines(count: int) -> str:
    rng = random.Random(1)
    vocab = [f"w{i}" for i in range(5000)]
    lines = [f"Entry {i} says " + " ".join(rng.choices(vocab, k=12)) + "."
             for i in range(count)]
    lines[count // 2] = lines[1]
    lines[count // 2 + 1] = lines[2].replace(" w", " x", 1)
    return "\n".join(lines) + "\n"


def _single_line(size: int, punctuation: str) -> str:
    rng = random.Random(2)
    words = [f"word{i}{punctuation}" for i in range(2000)]
    line = " ".join(rng.choices(words, k=size // 8 + 1))
    return f"A Title Line Here\n{line[:size]}\nA Title Line Here\n"


def _measure(name: str, text: str) -> None:
    megabytes = len(text.encode()) / 1e6
    for rule in RULES:
        doc = Document.from_text(text)
        _ = doc.paragraphs  # the engine's share, not the rule's
        start = time.perf_counter()
        found = sum(1 for _ in rule.check(doc))
        seconds = time.perf_counter() - start
        print(f"{name:<24} {rule.code}  {megabytes:6.1f} MB  {seconds:6.2f} s  "
              f"{megabytes / seconds:7.1f} MB/s  {found} findings")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=50, help="size of the single-line documents")
    parser.add_argument("--lines", type=int, default=100_000, help="lines of the first document")
    args = parser.parse_args()
    size = int(args.mb * 1e6)
    _measure(f"{args.lines} distinct lines", _lines(args.lines))
    _measure("single line, ASCII", _single_line(size, ""))
    _measure("single line, non-ASCII", _single_line(size, "\u201d"))


if __name__ == "__main__":
    main()
