"""Throughput of rule-pack phrase matching: a 10,000-entry substitution pack on generated text.

    .venv/bin/python bench/bench_packs.py [--entries 10000] [--megabytes 8] [--doc-size 5000]

Prints the time to build the matcher and MB/s (of UTF-8 text) for checking documents
with the rule, findings and fixes included. The text is pseudo-English: common words,
with about one lexicon phrase per 2,000 characters.
"""

from __future__ import annotations

import argparse
import random
import string
import time

from corpus_lint.document import Document
from corpus_lint.packs import PackCheck, PackSpec
from corpus_lint.rule import Rule

_COMMON_WORDS = ("the of and to in a is that for it as was with be by on not he this are or his "
          "from at which but have an they you were her she there been one all we their "
          "has would when if more so about what up out them into than its time only new "
          "some could these two may first then do any like my now over such our man me "
          "even most made after also did many before must through back years where much "
          "your way well down should because each just those people how too little state "
          "good very make world still own see men work long get here between both life "
          "being under never day same another know while last might us great old year "
          "off come since against go came right used take three")
COMMON = _COMMON_WORDS.split()


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(4, 11)))


def lexicon(size: int, rng: random.Random) -> dict[str, str]:
    """``size`` two- or three-word phrases (like tortured phrases) and their replacements."""
    vocabulary = [_word(rng) for _ in range(size)]
    swap: dict[str, str] = {}
    while len(swap) < size:
        words = [rng.choice(COMMON + vocabulary) for _ in range(rng.randint(2, 3))]
        words[0] = rng.choice(vocabulary)
        swap[" ".join(words)] = rng.choice(vocabulary)
    return swap


def corpus(megabytes: float, doc_size: int, phrases: list[str], rng: random.Random) -> list[str]:
    """Documents of about ``doc_size`` characters, wrapped at about 80 columns."""
    docs, total = [], 0
    while total < megabytes * 1e6:
        words: list[str] = []
        length = 0
        while length < doc_size:
            word = rng.choice(phrases) if rng.random() < 0.003 else rng.choice(COMMON)
            words.append(word.capitalize() if rng.random() < 0.05 else word)
            length += len(word) + 1
        text = " ".join(words)
        lines = [text[i:i + 80] for i in range(0, len(text), 80)]
        docs.append("\n".join(lines) + "\n")
        total += len(docs[-1])
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--megabytes", type=float, default=8.0)
    parser.add_argument("--doc-size", type=int, default=5_000)
    args = parser.parse_args()
    rng = random.Random(2026)
    swap = lexicon(args.entries, rng)
    docs = [Document.from_text(t) for t in corpus(args.megabytes, args.doc_size,
                                                   list(swap), rng)]
    started = time.perf_counter()
    check = PackCheck(PackSpec(kind="substitution", message="{match} -> {suggestion}",
                               swap=swap, fix="unsafe"))
    rule = Rule(code="GARB999", name="bench", summary="bench", documentation="",
                check_function=check)
    list(rule.check(Document.from_text("warm up")))  # compiles the trie regex
    built = time.perf_counter() - started
    size = sum(len(d.text.encode("utf-8")) for d in docs)
    started = time.perf_counter()
    findings = sum(len(list(rule.check(d))) for d in docs)
    elapsed = time.perf_counter() - started
    print(f"entries={len(swap)} documents={len(docs)} size={size / 1e6:.1f} MB "
          f"findings={findings}")
    print(f"build {built:.2f} s; check {elapsed:.2f} s = {size / 1e6 / elapsed:.1f} MB/s")


if __name__ == "__main__":
    main()
