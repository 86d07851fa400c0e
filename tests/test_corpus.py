"""Corpus-level checks (CORP) through the command line: two passes, the index, fixes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import run_cli

BOILER = "Sign up for our weekly briefing and never miss a story from the coast."
ARTICLES = [
    "The ferry company cancelled the morning crossing after the wind rose overnight.",
    "Farmers gathered in the square to protest against the new water charges.",
    "The museum reopened its east wing after three years of roof repairs.",
    "A local bakery won the regional prize for its rye bread this weekend.",
    "The council approved a budget that adds two new bus routes next spring.",
    "Students at the college staged a play about the history of the harbour.",
    "Fishermen said the cold spring had pushed the mackerel further out to sea.",
]


def _corpus(folder: Path, n: int, extra: str = BOILER) -> list[Path]:
    folder.mkdir(exist_ok=True)
    paths = []
    for i in range(n):
        path = folder / f"doc{i}.txt"
        path.write_text(f"{ARTICLES[i % len(ARTICLES)]}\n{extra}\n", encoding="utf-8")
        paths.append(path)
    return paths


def _json(args: list[str]) -> list[dict[str, object]]:
    result = run_cli([*args, "--output-format", "json"])
    assert result.code in (0, 1), result.err
    return json.loads(result.out)  # type: ignore[no-any-return]


def test_corp_rules_are_off_by_default(isolated: Path) -> None:
    _corpus(isolated / "c", 6)
    assert not [f for f in _json(["c"]) if str(f["code"]).startswith("CORP")]


def test_boilerplate_across_files_fires_with_counts(isolated: Path) -> None:
    _corpus(isolated / "c", 6)
    found = _json(["--select", "CORP001", "c"])
    assert len(found) == 6
    assert {f["line"] for f in found} == {2}
    assert "occurs in 6 documents" in str(found[0]["message"])
    assert found[0]["evidence"] == {"documents": 6, "corpus_documents": 6, "site": "c",
                                    "site_count": 6, "site_documents": 6}


def test_boilerplate_below_the_thresholds_is_quiet(isolated: Path) -> None:
    _corpus(isolated / "c", 4)  # min-documents is 5
    assert _json(["--select", "CORP001", "c"]) == []
    (isolated / "corpus-lint.toml").write_text("[rules.CORP001]\nmin-fraction = 0.9\n")
    _corpus(isolated / "c", 7)
    (isolated / "c" / "doc0.txt").write_text("Other text entirely, long enough to count.\n")
    assert _json(["--select", "CORP001", "c"]) == []  # 6 of 7 documents: under 90%


def test_short_labels_and_datelines_are_not_boilerplate(isolated: Path) -> None:
    for label in ("Q:", "MARTIN:", "BRUSSELS (Reuters) -", "Listen to the full interview -"):
        _corpus(isolated / "c", 8, extra=label)
        assert _json(["--select", "CORP001", "c"]) == [], label


def test_lines_other_rules_report_get_no_corp_finding(isolated: Path) -> None:
    _corpus(isolated / "c", 6, extra="#harbour #storm #ferry #coast #news")
    codes = {f["code"] for f in _json(["--select", "BOIL001,CORP001", "c"])}
    assert codes == {"BOIL001"}


SITE_LINE = "Get the Herald in your inbox every morning, free."


def _crawl(folder: Path, pages: int = 7, with_line: int = 5, others: int = 600) -> None:
    """One site's pages (``with_line`` of them carry its newsletter line) among many others:
    the line is in under 1% of the corpus but in most of its site."""
    (folder / "herald").mkdir(parents=True)
    (folder / "wire").mkdir()
    for i in range(pages):
        extra = f"\n{SITE_LINE}" if i < with_line else ""
        (folder / "herald" / f"p{i}.txt").write_text(f"{ARTICLES[i % 7]}{extra}\n")
    for i in range(others):
        (folder / "wire" / f"w{i}.txt").write_text(f"Wire story {i}: {ARTICLES[i % 7]}\n")


def test_boilerplate_of_one_site_is_found_by_per_site_counts(isolated: Path) -> None:
    _crawl(isolated / "c")
    found = _json(["--select", "CORP001", "c"])
    assert sorted(f["path"] for f in found) == [f"c/herald/p{i}.txt" for i in range(5)]
    assert "occurs in 5 of the 7 documents from herald" in str(found[0]["message"])
    assert found[0]["evidence"] == {"documents": 5, "corpus_documents": 607, "site": "herald",
                                    "site_count": 5, "site_documents": 7}
    (isolated / "corpus-lint.toml").write_text("[rules.CORP001]\nper-site = false\n")
    assert _json(["--select", "CORP001", "c"]) == []  # 5 of 607: under min-fraction


def test_per_site_counts_keep_min_documents_and_the_site_fraction(isolated: Path) -> None:
    _crawl(isolated / "c", pages=7, with_line=4)  # under min-documents (5)
    assert _json(["--select", "CORP001", "c"]) == []
    (isolated / "corpus-lint.toml").write_text("[rules.CORP001]\nmin-site-fraction = 0.8\n")
    shutil.rmtree(isolated / "c")
    _crawl(isolated / "c", pages=7, with_line=5)  # 5 of 7 = 71%: under 80%
    assert _json(["--select", "CORP001", "c"]) == []


PROSE = ("The council met on Tuesday evening and voted to keep the ferry running through "
         "the winter months, despite the rising cost of fuel.")


def _site(folder: Path, pages: list[list[str]]) -> None:
    folder.mkdir(parents=True)
    for i, lines in enumerate(pages):
        (folder / f"p{i}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _wire(folder: Path, n: int = 200) -> None:
    _site(folder, [[f"Wire story {i}.", f"Report {i}: {ARTICLES[i % 7]}"] for i in range(n)])


def _codes_by_line(found: list[dict[str, object]], path: str) -> list[int]:
    return sorted(int(f["line"]) for f in found if f["path"] == path)  # type: ignore[call-overload]


def test_short_lines_of_a_site_template_and_the_lists_they_head(isolated: Path) -> None:
    pages = []
    for i in range(7):
        pages.append([
            "The Harbour Herald",                                 # 1 masthead
            "Search",                                             # 2
            f"Ferry story number {i} makes waves",                # 3 headline
            f"{ARTICLES[i]} {PROSE}",                             # 4
            PROSE.replace("Tuesday", ["Monday", "Friday"][i % 2]) + f" Day {i}.",  # 5
            f"Next: story {i + 1} about the pier →",              # 6 template lead "Next"
            "Trending Stories",                                   # 7 heading
            f"Pier {i} reopens after repairs",                    # 8 list
            f"Council {i} weighs new bus routes",                 # 9 list
        ])
    _site(isolated / "c" / "herald", pages)
    _wire(isolated / "c" / "wire")
    found = _json(["--select", "CORP001", "c"])
    assert _codes_by_line(found, "c/herald/p0.txt") == [1, 2, 6, 7, 8]
    listed = [f for f in found if f["path"] == "c/herald/p0.txt" and f["line"] == 8]
    assert listed[0]["end_line"] == 9 and "'Trending Stories'" in str(listed[0]["message"])
    assert "template" in str(next(f for f in found if f["line"] == 1)["message"])
    # --fix keeps the article: headline and running text.
    assert run_cli(["--select", "CORP001", "--fix", "c"]).code == 0
    assert (isolated / "c" / "herald" / "p0.txt").read_text().splitlines() == [
        pages[0][2], pages[0][3], pages[0][4]]


def test_headings_bylines_and_speakers_a_site_repeats_are_not_template(isolated: Path) -> None:
    pages = []
    for i in range(7):
        pages.append([
            f"A study of harbour sediment number {i}",
            "By: Jane Doe",                   # a single author's byline, with a colon
            "Abstract",                       # a heading over running text
            f"{ARTICLES[i]} {PROSE}",
            "Introduction",
            f"{PROSE} Site {i}.",
            "Q:",
            f"Why does the sediment move in winter, year {i}?",
            "A:",
            f"Because the storms stir it up from the bottom of the bay, site {i}. {PROSE}",
            "References",
            f"Smith, J. ({2000 + i}). Sediment transport in small harbours. Coastal Journal.",
        ])
    _site(isolated / "c" / "journal", pages)
    _wire(isolated / "c" / "wire")
    assert _json(["--select", "CORP001", "c"]) == []


def test_short_site_lines_are_off_with_short_lines_zero(isolated: Path) -> None:
    pages = [["The Harbour Herald", "Search", f"{ARTICLES[i]} {PROSE}", PROSE + f" {i}."]
             for i in range(7)]
    _site(isolated / "c" / "herald", pages)
    _wire(isolated / "c" / "wire")
    found = _json(["--select", "CORP001", "c"])
    # The masthead; "Search" stands directly over running text, as a heading would.
    assert [f["line"] for f in found] == [1] * 7
    (isolated / "corpus-lint.toml").write_text("[rules.CORP001]\nshort-lines = 0\n")
    assert _json(["--select", "CORP001", "c"]) == []


def test_jsonl_records_are_grouped_by_the_host_of_their_url(isolated: Path) -> None:
    records = [{"url": f"https://www.herald.example/news/{i}",
                "text": ARTICLES[i] + (f"\n{SITE_LINE}" if i < 5 else "")} for i in range(7)]
    records += [{"url": f"https://site{i % 40}.example/{i}",
                 "text": f"Story {i}. {ARTICLES[i % 7]}"} for i in range(600)]
    (isolated / "c.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    found = _json(["--select", "CORP001", "c.jsonl"])
    assert [f["record"] for f in found] == [1, 2, 3, 4, 5]
    assert "of the 7 documents from herald.example" in str(found[0]["message"])
    # Another field names the site (here none has it: the file is the records' one site).
    assert _json(["--select", "CORP001", "--site-field", "source", "c.jsonl"]) == []
    (isolated / "corpus-lint.toml").write_text('site-field = "link"\n')
    assert _json(["--select", "CORP001", "c.jsonl"]) == []


def test_index_keeps_per_site_counts_for_a_one_file_check(isolated: Path) -> None:
    _crawl(isolated / "c")
    assert run_cli(["index", "c"]).code == 0
    found = _json(["--select", "CORP001", "c/herald/p0.txt"])
    assert ["5 of the 7 documents from herald" in str(f["message"]) for f in found] == [True]
    # An index built with another site field is not used until it is rebuilt.
    (isolated / "corpus-lint.toml").write_text('site-field = "link"\n')
    assert _json(["--select", "CORP001", "c/herald/p0.txt"]) == []
    assert "607 read" in run_cli(["index", "c"]).out
    assert len(_json(["--select", "CORP001", "c/herald/p0.txt"])) == 1


def test_fix_removes_boilerplate_and_keeps_other_jsonl_records(isolated: Path) -> None:
    records = [{"id": i, "text": f"{ARTICLES[i]}\n{BOILER}"} for i in range(6)]
    records.append({"id": 6, "text": ARTICLES[6]})
    lines = [json.dumps(r) + "\n" for r in records]
    corpus = isolated / "c.jsonl"
    corpus.write_text("".join(lines), encoding="utf-8")
    result = run_cli(["--select", "CORP001", "--fix", "c.jsonl"])
    assert result.code == 0, result.out + result.err
    new = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    assert [json.loads(line)["text"] for line in new[:6]] == ARTICLES[:6]
    assert new[6] == lines[6]  # untouched record: byte-identical


def test_near_duplicate_documents_across_files(isolated: Path) -> None:
    body = " ".join(ARTICLES * 2)
    (isolated / "a.txt").write_text(body + "\n")
    (isolated / "b.txt").write_text(body.replace("rye", "wheat") + "\n")
    (isolated / "c.txt").write_text(" ".join(reversed(ARTICLES)) + " Unrelated words.\n")
    found = _json(["--select", "CORP002", "."])
    assert [(f["path"], f["evidence"]["duplicate_of"]) for f in found] == [  # type: ignore[index]
        ("b.txt", {"path": "a.txt", "record": None})]
    assert float(found[0]["evidence"]["similarity"]) >= 0.8  # type: ignore[index]


def test_near_duplicate_jsonl_records(isolated: Path) -> None:
    body = " ".join(ARTICLES)
    texts = [body, " ".join(reversed(ARTICLES)) + " More.", body.replace("rye", "wheat")]
    (isolated / "c.jsonl").write_text("".join(json.dumps({"text": t}) + "\n" for t in texts))
    found = _json(["--select", "CORP002", "c.jsonl"])
    assert [(f["record"], f["evidence"]["duplicate_of"]) for f in found] == [  # type: ignore[index]
        (3, {"path": "c.jsonl", "record": 1})]


def _names(folder: Path, forms: dict[str, int]) -> None:
    folder.mkdir(exist_ok=True)
    n = 0
    for form, count in forms.items():
        for _ in range(count):
            (folder / f"n{n}.txt").write_text(f"Talks with {form} went on late.\n")
            n += 1


def test_name_spelling_variants(isolated: Path) -> None:
    _names(isolated / "c", {"Hrytsenkyy": 4, "Hrytsenkiy": 1})
    found = _json(["--select", "CORP003", "c"])
    assert [(f["path"], f["column"]) for f in found] == [("c/n4.txt", 12)]
    assert found[0]["fix"]["edits"][0]["content"] == "Hrytsenkyy"  # type: ignore[index]
    assert run_cli(["--select", "CORP003", "--fix", "--unsafe-fixes", "c"]).code == 0
    assert (isolated / "c" / "n4.txt").read_text() == "Talks with Hrytsenkyy went on late.\n"


def test_distinct_names_are_not_variants(isolated: Path) -> None:
    _names(isolated / "c", {"Austria": 5, "Australia": 1, "Sweden": 5, "Sudan": 1,
                            "Christine": 5, "Christina": 1})
    assert _json(["--select", "CORP003", "c"]) == []


def test_index_build_update_and_use(isolated: Path) -> None:
    paths = _corpus(isolated / "c", 8)
    built = run_cli(["index", "c"])
    assert built.code == 0 and "Indexed 8 documents in 8 files" in built.out
    assert (isolated / "corpus-lint.index").is_file()
    # One changed file, checked alone, still sees the other seven through the index.
    paths[0].write_text(f"A new story about the pier.\n{BOILER}\n")
    found = _json(["--select", "CORP001", str(paths[0])])
    assert ["occurs in 8 documents" in str(f["message"]) for f in found] == [True]
    # Re-indexing replaces the changed file's contribution; a deleted file is dropped.
    paths[1].write_text("Nothing in common here at all, just a story.\n")
    paths[2].unlink()
    updated = run_cli(["index", "c"])
    assert "Indexed 7 documents in 7 files (2 read, 3 dropped or replaced)" in updated.out
    found = _json(["--select", "CORP001", str(paths[3])])
    assert ["occurs in 6 documents" in str(f["message"]) for f in found] == [True]


def test_index_is_rebuilt_when_map_options_change(isolated: Path) -> None:
    _corpus(isolated / "c", 6)
    assert run_cli(["index", "c"]).code == 0
    (isolated / "corpus-lint.toml").write_text("[rules.CORP001]\nmin-words = 50\n")
    # The stored hashes were made with other options: the index is not used...
    assert _json(["--select", "CORP001", "c/doc0.txt"]) == []
    # ... until it is rebuilt.
    assert "6 read" in run_cli(["index", "c"]).out


def test_bad_corpus_table_is_a_config_error(isolated: Path) -> None:
    (isolated / "corpus-lint.toml").write_text("[corpus]\nindx = 'x'\n")
    _corpus(isolated / "c", 1)
    result = run_cli(["--select", "CORP", "c"])
    assert result.code == 2 and "corpus.indx" in result.err


def test_one_file_run_finds_duplicates_and_variants_of_indexed_documents(isolated: Path) -> None:
    body = " ".join(ARTICLES * 2)
    (isolated / "a.txt").write_text(body + "\n")
    _names(isolated / "c", {"Hrytsenkyy": 4})
    assert run_cli(["index", "."]).code == 0
    # New files, checked alone: the index holds the documents they are compared with.
    (isolated / "b.txt").write_text(body.replace("rye", "wheat") + "\n")
    (isolated / "n.txt").write_text("Talks with Hrytsenkiy went on late.\n")
    found = _json(["--select", "CORP002,CORP003", "b.txt", "n.txt"])
    assert [(f["path"], f["code"]) for f in found] == [("b.txt", "CORP002"), ("n.txt", "CORP003")]
    assert found[0]["evidence"]["duplicate_of"] == {"path": "a.txt", "record": None}  # type: ignore[index]
    assert "spelled 'Hrytsenkyy' in 4 documents" in str(found[1]["message"])
    # Indexed and unchanged, b.txt is judged by its stored signature; an earlier document
    # that changed since is taken back: a.txt, rewritten, no longer matches.
    assert run_cli(["index", "."]).code == 0
    assert [f["code"] for f in _json(["--select", "CORP002", "b.txt"])] == ["CORP002"]
    (isolated / "a.txt").write_text(" ".join(reversed(ARTICLES)) + " Unrelated words.\n")
    assert _json(["--select", "CORP002", "a.txt", "b.txt"]) == []


def test_index_of_another_version_is_an_error_until_rebuilt(isolated: Path) -> None:
    _corpus(isolated / "c", 6)
    # Version 1 indexes were NumPy .npz (zip) archives.
    (isolated / "corpus-lint.index").write_bytes(b"PK\x03\x04" + bytes(60))
    result = run_cli(["--select", "CORP001", "c/doc0.txt"])
    assert result.code == 2
    assert "index format 1" in result.err and "rebuild it with `corpus-lint index`" in result.err
    assert "Indexed 6 documents in 6 files (6 read" in run_cli(["index", "c"]).out
    found = _json(["--select", "CORP001", "c/doc0.txt"])
    assert ["occurs in 6 documents" in str(f["message"]) for f in found] == [True]


def test_damaged_index_is_an_error(isolated: Path) -> None:
    _corpus(isolated / "c", 6)
    assert run_cli(["index", "c"]).code == 0
    index = isolated / "corpus-lint.index"
    index.write_bytes(index.read_bytes()[:-100])  # cut short
    result = run_cli(["--select", "CORP", "c/doc0.txt"])
    assert result.code == 2 and "rebuild it with `corpus-lint index`" in result.err
    index.write_bytes(b"something else entirely")
    result = run_cli(["--select", "CORP", "c/doc0.txt"])
    assert result.code == 2 and "not a corpus index" in result.err


def test_index_command_replaces_a_damaged_index(isolated: Path) -> None:
    _corpus(isolated / "c", 6)
    assert run_cli(["index", "c"]).code == 0
    index = isolated / "corpus-lint.index"
    whole = run_cli(["--select", "CORP", "--output-format", "json", "c/doc0.txt"])
    index.write_bytes(index.read_bytes()[:-100])  # cut short, as by a crash
    rebuilt = run_cli(["index", "c"])
    assert rebuilt.code == 0, rebuilt.err
    assert "warning:" in rebuilt.err and "from scratch" in rebuilt.err
    again = run_cli(["--select", "CORP", "--output-format", "json", "c/doc0.txt"])
    assert again.code == whole.code and again.out == whole.out
    index.write_bytes(b"someone's notes")  # not an index at all: left alone
    refused = run_cli(["index", "c"])
    assert refused.code == 2 and "not a corpus index" in refused.err
    assert index.read_bytes() == b"someone's notes"


def test_runs_load_numpy_and_datasketch_only_when_they_need_them(isolated: Path) -> None:
    """Start-up cost: a plain run loads neither; a one-file run with an index no datasketch."""
    _corpus(isolated / "c", 6)
    assert run_cli(["index", "c"]).code == 0
    script = ("import sys\nfrom corpus_lint.cli import main\nmain(sys.argv[1:])\n"
              "print(sorted({m.split('.')[0] for m in sys.modules} & {'numpy', 'datasketch'}))")

    def loaded(*args: str) -> str:
        done = subprocess.run([sys.executable, "-c", script, *args], cwd=isolated,
                              capture_output=True, text=True, check=False)
        assert done.returncode in (0, 1), done.stderr
        return done.stdout.strip().splitlines()[-1]

    assert loaded("c/doc0.txt") == "[]"
    assert loaded("--select", "CORP", "c/doc0.txt") == "['numpy']"
