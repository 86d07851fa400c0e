"""Throughput of GARB001: the built-in lexicon (30,000+ entries) over English text.

    .venv/bin/python bench/bench_garb.py [--megabytes 8] [--doc-size 5000]

Prints the number of lexicon entries, the time to load and compile the lexicon (paid once
per process), and MB/s (of UTF-8 text) for running GARB001 on documents of about
``--doc-size`` characters, findings included, on one core. The text is Python's help
topics (``pydoc_data``, clean English prose) with a spun phrase every ~2,000 characters.
"""

from __future__ import annotations

import argparse
import pydoc_data.topics
import sys
import time
from collections.abc import Sequence

from corpus_lint import Document
from corpus_lint.rules.garb import builtin_entries, builtin_lexicon, known_tortured_phrase

SPUN = ("Secretary Common", "Center East", "Morning Version", "in direction of")


def corpus(megabytes: float, doc_size: int) -> list[str]:
    """Documents of about ``doc_size`` characters, with a tortured phrase now and then."""
    prose = "\n".join(pydoc_data.topics.topics.values())
    docs: list[str] = []
    total, position, n = 0, 0, 0
    while total < megabytes * 1e6:
        piece = prose[position:position + doc_size]
        position = (position + doc_size) % max(len(prose) - doc_size, 1)
        extra = " ".join(SPUN[(n + i) % len(SPUN)] for i in range(doc_size // 2000))
        docs.append(piece + "\n" + extra + ".\n")
        total += len(docs[-1].encode("utf-8"))
        n += 1
    return docs


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--megabytes", type=float, default=8.0)
    parser.add_argument("--doc-size", type=int, default=5000)
    args = parser.parse_args(argv)
    start = time.perf_counter()
    builtin_lexicon().find("warm up")
    load = time.perf_counter() - start
    docs = corpus(args.megabytes, args.doc_size)
    size = sum(len(d.encode("utf-8")) for d in docs)
    start = time.perf_counter()
    findings = sum(1 for d in docs for _ in known_tortured_phrase.check(Document.from_text(d)))
    elapsed = time.perf_counter() - start
    print(f"GARB001: {len(builtin_entries())} lexicon entries, loaded and compiled in "
          f"{load:.2f} s")
    print(f"{size / 1e6:.1f} MB in {len(docs)} documents: {elapsed:.2f} s, "
          f"{size / 1e6 / elapsed:.1f} MB/s, {findings} findings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
