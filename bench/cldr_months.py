"""Write ``rules/data/months.tsv``: the month names of every CLDR locale, from Babel.

META001 reads a date whose month no hand-written table knows ("14 Ọktoba 2024",
"21 Werurwe 2024", "২০ মাৰ্চ ২০২৪") by looking the word up in this table. The table is
data, made here and committed, so corpus-lint does not need Babel at run time::

    .venv/bin/pip install babel          # in the [dev] extra
    .venv/bin/python bench/cldr_months.py

Each row is a month name as the text writes it, case-folded, without a final full stop
(wide and abbreviated, format and stand-alone forms), and the months it names (a few
abbreviations name two months in different languages: "mar", "mai"). Names holding a
digit (the Chinese and Japanese "3月") are left out: META001 reads those by their digits.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

TABLE = Path(__file__).resolve().parent.parent / "rules" / "data" / "months.tsv"
HEADER = "name\tmonths"


def month_names() -> dict[str, set[int]]:
    """Every CLDR locale's month names (case-folded), each with the months it names."""
    from babel import Locale, localedata  # a dev dependency: only this script needs it

    names: dict[str, set[int]] = defaultdict(set)
    for identifier in localedata.locale_identifiers():
        locale = Locale.parse(identifier)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in locale.months[context][width].items():
                    key = name.casefold().strip().rstrip(".")
                    if key and not any(c.isdigit() for c in key):
                        names[key].add(number)
    return names


def render(names: dict[str, set[int]]) -> str:
    """The table's text: a header, then one sorted row per name."""
    rows = [f"{name}\t{','.join(map(str, sorted(months)))}"
            for name, months in sorted(names.items())]
    return "\n".join([HEADER, *rows]) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="exit 1 when the committed table differs from Babel's data")
    args = parser.parse_args(argv)
    text = render(month_names())
    if args.check:
        current = TABLE.read_text(encoding="utf-8") if TABLE.exists() else ""
        if current != text:
            print(f"{TABLE} is out of date: run bench/cldr_months.py", file=sys.stderr)
            return 1
        return 0
    TABLE.write_text(text, encoding="utf-8")
    print(f"wrote {TABLE} ({text.count(chr(10)) - 1} names)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
