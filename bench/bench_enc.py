"""Throughput of the ENC rules on large documents, in MB/s.

    .venv/bin/python bench/bench_enc.py            # 50 MB per document
    .venv/bin/python bench/bench_enc.py --mb 5     # quicker

Documents: one ASCII line with no line break (the worst case for per-line work), clean
multilingual prose, and the same prose with mojibake, entities and invisible characters
sprinkled in (where ftfy actually runs).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from corpus_lint import Document
from corpus_lint.engine import ActiveRule, lint
from corpus_lint.rules.enc import RULES, mojibake

_PROSE = (
    "Le président a déclaré « nous sommes prêts » à l’hôtel. "
    "Über die Brücke fuhren größere Lkw. Президент заявил, что переговоры продолжатся. "
    "中华人民共和国外交部发言人表示，双方将继续保持沟通。 Emoji 👩\u200d💻 and “quotes” — fine.\n"
)
_DIRTY = "The cafÃ© donâ€™t open; Fish &amp; chips\u200b, page\x0cbreak.\n"


def _ascii(size: int) -> str:
    word = "lorem ipsum dolor sit amet "
    return (word * (size // len(word) + 1))[:size]


def _prose(size: int) -> str:
    return (_PROSE * (size // len(_PROSE.encode()) + 1))[: size // 2]


def _dirty(size: int) -> str:
    block = _PROSE * 20 + _DIRTY
    return (block * (size // len(block.encode()) + 1))[: size // 2]


def _measure(name: str, make: Callable[[int], str], size: int) -> None:
    text = make(size)
    megabytes = len(text.encode("utf-8")) / 1e6
    doc = Document.from_text(text)
    mojibake.cache_clear()
    started = time.perf_counter()
    findings = lint(doc, [ActiveRule(r, r.resolve_options()) for r in RULES])
    seconds = time.perf_counter() - started
    print(f"{name:<12} {megabytes:7.1f} MB {seconds:7.2f} s {megabytes / seconds:8.1f} MB/s "
          f"{len(findings):>8} findings")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=50.0, help="size of each document")
    size = int(parser.parse_args().mb * 1e6)
    for name, make in (("ascii-line", _ascii), ("clean-prose", _prose), ("dirty-prose", _dirty)):
        _measure(name, make, size)


if __name__ == "__main__":
    main()
