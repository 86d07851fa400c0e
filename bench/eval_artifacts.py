"""Precision and recall of BOIL, META and GEN on a folder of labelled pages.

The folder holds plain-text pages and a labels.json listing ``{"file", "line", "family"}``
for every artifact line (1-based). Line level: a finding covers the lines from its start to
its end line; a covered line counts as a hit for the finding's family when the labels give
that line the same family.

    python bench/eval_artifacts.py                                  # bench/data/artifacts
    python bench/eval_artifacts.py bench/data/artifacts-heldout     # the held-out set
    python bench/eval_artifacts.py bench/data/artifacts-heldout --ignore META004

The rules are those a user gets by default (``--isolated``: no configuration), and every
finding of the three families counts, info-level ones included; ``--ignore`` leaves codes
out. META004 (people's bylines, which the labels do not call artifacts) is off by default.

``--corpus`` runs the folder as one corpus with CORP001 (lines that recur across many
documents) enabled too, as a user checking a crawl would: the pages become the records of
a JSONL file whose ``url`` names each page's site (``--site-pattern``: the part of the
file name that names its site; by default ``s3`` in ``s3-p1-….txt``, and each other page
is a site of its own), so CORP001 counts lines per site. A line CORP001 reports counts as
found for whatever family its label gives it (the fix removes it either way), and as a
BOIL false alarm when it has no label. A last row, ``any``, scores every artifact line
against every line some finding covers, whatever the families.

    python bench/eval_artifacts.py bench/data/artifacts-blind7 --corpus

bench/data/artifacts is the set the rules were tuned on; bench/data/artifacts-heldout was
written without looking at the rules, to measure them honestly.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

DATA = Path(__file__).parent / "data" / "artifacts"
FAMILIES = ("BOIL", "META", "GEN")


def findings(data: Path, ignore: str = "", site_pattern: str | None = None
             ) -> list[dict[str, object]]:
    """corpus-lint's findings on the folder's pages; with ``site_pattern``, on a JSONL crawl
    of them with CORP001 on (each finding's ``path`` is then its page's file name)."""
    with tempfile.TemporaryDirectory() as tmp:
        target, pages = str(data), []
        if site_pattern is not None:
            pages = sorted(p for p in data.glob("*.txt"))
            with open(Path(tmp) / "crawl.jsonl", "w", encoding="utf-8") as out:
                for page in pages:
                    match = re.match(site_pattern, page.name)
                    site = match.group(1) if match else page.stem
                    out.write(json.dumps({"url": f"https://{site}.example/{page.name}",
                                          "text": page.read_text(encoding="utf-8")}) + "\n")
            target = str(Path(tmp) / "crawl.jsonl")
        cmd = [sys.executable, "-m", "corpus_lint", "--isolated",
               *(["--extend-select", "CORP001"] if pages else []),
               *(["--ignore", ignore] if ignore else []), "--output-format", "json", target]
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode not in (0, 1):
        sys.exit(f"corpus-lint failed ({done.returncode}): {done.stderr}")
    found: list[dict[str, object]] = json.loads(done.stdout)
    for f in found if pages else []:
        f["path"] = pages[int(f["record"]) - 1].name  # type: ignore[call-overload]
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=DATA,
                        help=f"folder of labelled pages with a labels.json (default: {DATA})")
    parser.add_argument("--ignore", default="", metavar="CODES",
                        help="rule codes to leave out, comma-separated (passed to corpus-lint)")
    parser.add_argument("--corpus", action="store_true",
                        help="also run CORP001 across the folder's pages (a crawl of a few sites)")
    parser.add_argument("--site-pattern", default=r"^(s\d+)-", metavar="REGEX",
                        help="with --corpus: group 1 of this pattern on a file name is its "
                        "page's site (default: %(default)s)")
    args = parser.parse_args(argv)
    data: Path = args.data
    if not (data / "labels.json").is_file():
        sys.exit(f"no labels.json in {data}")
    gold: dict[str, set[tuple[str, int]]] = defaultdict(set)
    family_of: dict[tuple[str, int], str] = {}
    for label in json.loads((data / "labels.json").read_text(encoding="utf-8")):
        gold[label["family"]].add((label["file"], label["line"]))
        family_of[label["file"], label["line"]] = label["family"]
    predicted: dict[str, set[tuple[str, int]]] = defaultdict(set)
    for f in findings(data, args.ignore, args.site_pattern if args.corpus else None):
        family = str(f["code"]).rstrip("0123456789")
        if family not in (*FAMILIES, "CORP"):
            continue
        name = Path(str(f["path"])).name
        if not name.endswith(".txt"):
            continue  # (the set's README.md describes the pages; it is not one of them)
        for line in range(int(f["line"]), int(f["end_line"]) + 1):  # type: ignore[call-overload]
            predicted[family].add((name, line))
    for line in predicted.pop("CORP", set()):  # CORP001: whatever the label calls the line
        predicted[family_of.get(line, "BOIL")].add(line)
    predicted["any"] = set().union(*(predicted[f] for f in FAMILIES))
    gold["any"] = set(family_of)
    print(f"{'family':<6} {'gold':>5} {'found':>6} {'hits':>5} {'precision':>10} {'recall':>7}")
    for family in (*FAMILIES, "any"):
        g, p = gold[family], predicted[family]
        hits = len(g & p)
        precision = hits / len(p) if p else float("nan")
        recall = hits / len(g) if g else float("nan")
        print(f"{family:<6} {len(g):>5} {len(p):>6} {hits:>5} {precision:>10.1%} {recall:>7.1%}")
        if family == "any":
            break
        for miss in sorted(g - p):
            print(f"    missed      {miss[0]}:{miss[1]}")
        for extra in sorted(p - g):
            print(f"    false alarm {extra[0]}:{extra[1]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
