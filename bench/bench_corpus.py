"""Corpus-level checks (CORP) at scale: time and peak memory, and a pre-commit-style run.

Generates a JSONL corpus of ~5 KB news-like records (site footers in some, near-duplicate
reposts, two spellings of a name) in a temporary folder (never in the repository), then
runs the real command line and prints wall time and peak RSS (of the child process):

1. the default per-document rules alone;
2. the corpus rules alone (``--select CORP``: pass 1 + pass 2);
3. both (``--extend-select CORP``);
4. ``corpus-lint index`` on the corpus;
5. a pre-commit-style run: ``--select CORP`` on one small changed file, with the index.

Steps 1-3 run without an index (an index left by an earlier run is deleted first).

    .venv/bin/python bench/bench_corpus.py                    # 100,000 records, ~500 MB
    .venv/bin/python bench/bench_corpus.py --records 10000    # quicker
    .venv/bin/python bench/bench_corpus.py --folder /tmp/c100k --steps index,one-file
                                          # keep the corpus; run some steps only
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORDS = (
    'the', 'council', 'said', 'on', 'monday', 'that', 'new', 'rules', 'would', 'take',
    'effect', 'in', 'may', 'after', 'a', 'long', 'debate', 'over', 'costs', 'and', 'the',
    'views', 'of', 'local', 'people', 'who', 'had', 'asked', 'for', 'change', 'while',
    'critics', 'warned', 'that', 'the', 'plan', 'was', 'rushed', 'a', 'view', 'the', 'office',
    'rejected', 'harbour', 'ferry', 'storm', 'market', 'school', 'budget', 'river', 'bridge',
    'farmers', 'museum', 'roof',
)
FOOTERS = ("Sign up for our weekly briefing and never miss a story from the coast.",
           "This article is copyright of the Coastal Herald and may not be reproduced.")


def record(rng: random.Random, i: int, previous: list[str]) -> dict[str, object]:
    if previous and rng.random() < 0.01:  # a repost with a word changed
        text = previous[rng.randrange(len(previous))].replace(" the ", " a ", 1)
    else:
        paragraphs = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(72, 144)))
                      .capitalize() + "." for _ in range(rng.randint(6, 10))]
        name = "Hrytsenkiy" if rng.random() < 0.05 else "Hrytsenkyy"
        # (a sentence of its own in every record: not boilerplate, but a name to count)
        paragraphs.insert(1, f"Talks with minister {name} went on late into the night "
                             f"of the {i}th day.")
        if rng.random() < 0.3:
            paragraphs.append(rng.choice(FOOTERS))
        text = "\n".join(paragraphs)
        if len(previous) < 1000:
            previous.append(text)
    return {"id": i, "url": f"https://example.org/{i}", "text": text}


def generate(path: Path, records: int) -> None:
    rng, previous = random.Random(4), []
    with open(path, "w", encoding="utf-8") as out:
        for i in range(records):
            out.write(json.dumps(record(rng, i, previous)) + "\n")


def timed(args: list[str], cwd: Path) -> tuple[float, float, str]:
    """Wall seconds, peak RSS of the child in MB, and the last line of its output."""
    exe = str(Path(sys.executable).with_name("corpus-lint"))
    start = time.perf_counter()
    done = subprocess.run([exe, *args], cwd=cwd, capture_output=True, text=True)
    wall = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    lines = (done.stdout or done.stderr).strip().splitlines()
    return wall, peak, f"exit {done.returncode}: {lines[-1] if lines else ''}"[:110]


STEPS = {
    "per-document": ("per-document rules", ["--statistics", "corpus.jsonl"]),
    "corp": ("corpus rules (--select CORP)", ["--select", "CORP", "--statistics",
                                              "corpus.jsonl"]),
    "extend": ("both (--extend-select CORP)", ["--extend-select", "CORP", "--statistics",
                                               "corpus.jsonl"]),
    "index": ("corpus-lint index", ["index", "corpus.jsonl"]),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--skip-per-document", action="store_true",
                        help="skip step 1 (the slowest)")
    parser.add_argument("--steps", default="per-document,corp,extend,index,one-file",
                        help="comma-separated steps to run (default: all; 'one-file' needs an "
                             "index, built by the 'index' step now or by an earlier run)")
    parser.add_argument("--folder", type=Path,
                        help="keep the corpus (and index) in this folder and reuse it when it "
                             "is there, instead of a temporary folder")
    args = parser.parse_args()
    steps = args.steps.split(",")
    if args.skip_per_document:
        steps = [s for s in steps if s != "per-document"]
    if args.folder is not None:
        args.folder.mkdir(parents=True, exist_ok=True)
        measure(args.folder, args.records, steps)
        return
    with tempfile.TemporaryDirectory(dir="/tmp") as folder:
        measure(Path(folder), args.records, steps)


def measure(root: Path, records: int, steps: list[str]) -> None:
    (root / "corpus-lint.toml").write_text("")
    corpus = root / "corpus.jsonl"
    if not corpus.exists():
        generate(corpus, records)
    size = corpus.stat().st_size / 1e6
    with open(corpus, "rb") as handle:
        count = sum(1 for _ in handle)
    print(f"{count} records, {size:.0f} MB", flush=True)
    for step in steps:
        if step == "one-file":
            changed = root / "changed.txt"
            changed.write_text("A new story about the harbour.\n" + FOOTERS[0] + "\n")
            for _ in range(5):
                wall, peak, tail = _isolated(["--select", "CORP", "changed.txt"], root)
                print(f"{'pre-commit: 1 file + index':32} {wall:8.2f} s  peak RSS {peak:7.0f} MB"
                      f"  ({tail})", flush=True)
            continue
        label, cli = STEPS[step]
        if step != "index":  # a full run would use the index: measure the two passes
            (root / "corpus-lint.index").unlink(missing_ok=True)
        # Peak RSS of children is a running maximum: run each step in a fresh child.
        wall, peak, tail = _isolated(cli, root)
        print(f"{label:32} {wall:8.1f} s  {size / wall:6.1f} MB/s  peak RSS {peak:7.0f} MB"
              f"  ({tail})", flush=True)


def _isolated(cli: list[str], cwd: Path) -> tuple[float, float, str]:
    """Run one step from a fresh Python, so the peak RSS it reports is this step's alone."""
    script = (f"import sys, json, pathlib; sys.path.insert(0, {str(Path(__file__).parent)!r})\n"
              "import bench_corpus as b\n"
              "print(*b.timed(json.loads(sys.argv[1]), pathlib.Path(sys.argv[2])), sep='\\t')")
    out = subprocess.run([sys.executable, "-c", script, json.dumps(cli), str(cwd)],
                         capture_output=True, text=True, check=True).stdout.strip().split("\t")
    return float(out[0]), float(out[1]), out[2]


if __name__ == "__main__":
    main()
