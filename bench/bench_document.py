"""How long the document model takes on one huge line, and Markdown masking on long input.

    .venv/bin/python bench/bench_document.py              # a 10 MB line
    .venv/bin/python bench/bench_document.py --mb 50

Builds a document of one line (``word `` repeated), asks for its lines, paragraphs, the
position of its last character and whether it is prose there, and prints the time; then
masks 160,000 units of each Markdown construct the tests check for linear time. The
tests assert what these return; this script says how long it takes on this machine.
"""

from __future__ import annotations

import argparse
import time

from corpus_lint.document import Document
from corpus_lint.markdown import non_prose_spans

UNITS = ["``a` ", "<!-- a ", "](x)", "```\n", "[a](b(c", "\n    x\n"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=10, help="size of the line in MB")
    args = parser.parse_args()
    text = "word " * (args.mb * 200_000)
    started = time.perf_counter()
    doc = Document.from_text(text, kind="markdown")
    assert len(doc.lines) == 1 and len(doc.paragraphs) == 1
    assert doc.position(len(text) - 1) == (1, len(text)) and doc.is_prose(5)
    print(f"one {args.mb} MB line: {time.perf_counter() - started:.2f} s")
    for unit in UNITS:
        started = time.perf_counter()
        non_prose_spans(unit * 160_000)
        print(f"masking {unit!r} x 160,000: {time.perf_counter() - started:.3f} s")


if __name__ == "__main__":
    main()
