"""End-to-end throughput of `corpus-lint` with its default rules, in MB/s and documents/s.

Generates a JSONL corpus of news-like records (some with artifacts) in a temporary folder,
runs the real command line on it, and prints wall time, throughput and peak memory.

    .venv/bin/python bench/bench_run.py                  # 20,000 records
    .venv/bin/python bench/bench_run.py --records 2000   # quicker
    .venv/bin/python bench/bench_run.py --records 5000 --jobs 2   # two worker processes
    .venv/bin/python bench/bench_run.py --pages          # the labelled pages instead

The generated records are plain prose with a few artifacts. ``--pages`` runs on the
labelled pages of ``bench/data/artifacts*/`` instead (each page once, or repeated to
``--records``): scraped-looking pages dense with chrome, metadata and appended text, on
which the rules do much more work per megabyte.

It also times a run on a one-record corpus: the fixed cost of a run (interpreter, rules,
GARB's lexicon), which each worker process pays once more at its start.
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

_PROSE = ("the council said on monday that new rules would take effect in may after a long "
         "debate over costs and the views of local people who had asked for change while "
         "critics warned that “the plan” was rushed — a view the mayor’s office rejected")
WORDS = _PROSE.split()
ARTIFACTS = ("#council #budget #vote", "Advertisement", "Share this article", "1732349841",
             "AP Photo/Jane Doe", "Read more:", "caf\u00c3\u00a9 owners")


def record(rng: random.Random, i: int) -> dict[str, object]:
    paragraphs = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(15, 45))).capitalize()
                  + "." for _ in range(rng.randint(4, 10))]
    if rng.random() < 0.3:
        paragraphs.insert(rng.randrange(len(paragraphs)), rng.choice(ARTIFACTS))
    if rng.random() < 0.1:
        paragraphs.append(paragraphs[0])
    return {"id": i, "url": f"https://example.org/{i}", "text": "\n".join(paragraphs)}


def pages(count: int | None) -> list[dict[str, object]]:
    """The labelled pages of bench/data as records, repeated to ``count`` if given."""
    texts = [page.read_text(encoding="utf-8")
             for page in sorted((Path(__file__).parent / "data").glob("artifacts*/*.txt"))]
    count = count or len(texts)
    return [{"id": i, "url": f"https://example.org/page/{i}", "text": texts[i % len(texts)]}
            for i in range(count)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=None,
                        help="records to run (default 20,000; with --pages, each page once)")
    parser.add_argument("--pages", action="store_true",
                        help="run on the labelled pages of bench/data, not generated prose")
    parser.add_argument("--jobs", type=int, default=1, help="corpus-lint --jobs (default 1)")
    args = parser.parse_args()
    rng = random.Random(7)
    records = pages(args.records) if args.pages else [
        record(rng, i) for i in range(args.records or 20000)]
    args.records = len(records)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        with corpus.open("w", encoding="utf-8") as out:
            for rec in records:
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        size = corpus.stat().st_size / 1e6
        exe = Path(sys.executable).with_name("corpus-lint")
        one = Path(tmp) / "one.jsonl"
        one.write_text(json.dumps(record(rng, 0), ensure_ascii=False) + "\n", encoding="utf-8")
        started = time.perf_counter()
        subprocess.run([str(exe), "--isolated", "--statistics", str(one)], capture_output=True,
                       check=False)
        fixed_cost = time.perf_counter() - started
        started = time.perf_counter()
        done = subprocess.run([str(exe), "--isolated", "--statistics", "--jobs", str(args.jobs),
                               str(corpus)], capture_output=True, text=True, check=False)
        seconds = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    if done.returncode not in (0, 1):
        sys.exit(done.stderr)
    print(done.stdout.strip())
    print(f"{args.records} records, {size:.1f} MB, --jobs {args.jobs}: {seconds:.2f} s, "
          f"{size / seconds:.2f} MB/s, {args.records / seconds:,.0f} records/s, "
          f"peak RSS {peak:.0f} MB (largest process)")
    print(f"a one-record run: {fixed_cost:.2f} s (start-up: interpreter, rules, lexicon)")


if __name__ == "__main__":
    main()
