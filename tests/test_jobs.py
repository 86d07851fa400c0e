"""`--jobs N`: worker processes give the same report, exit code and fixed files as one job.

Every test runs the command line with one job and with two on the same input (a mixed tree
of text, Markdown, JSONL and gzipped JSONL files, with a file and records that cannot be
read) and compares everything the user sees: standard output, standard error, the exit
code and the bytes of every file afterwards.
"""

from __future__ import annotations

import gzip
import json
import os
import random
import shutil
import stat
from pathlib import Path
from typing import Any

import pytest
from conftest import Result, peak_rss_kb, run_cli, run_process
from corpus_lint import parallel
from corpus_lint.registry import GROUP

PROSE = ("the council said on monday that new rules would take effect in may after a long "
         "debate over costs and the views of local people who had asked for change")
WORDS = PROSE.split()
ARTIFACTS = ("#council #budget #vote", "Advertisement", "Share this article", "1732349841",
             "AP Photo/Jane Doe", "caf\u00c3\u00a9 owners met", "5 min read",
             "Sign up for our weekly briefing and never miss a story from the coast.")


def _text(rng: random.Random) -> str:
    paragraphs = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 25))).capitalize()
                  + "." for _ in range(rng.randint(2, 5))]
    paragraphs.insert(rng.randrange(len(paragraphs)), rng.choice(ARTIFACTS))
    if rng.random() < 0.3:
        paragraphs.append(paragraphs[0])
    return "\n".join(paragraphs) + "\n"


def _tree(folder: Path, records: int = 60) -> Path:
    """A corpus with every kind of input, good and bad; ``folder`` itself."""
    rng = random.Random(3)
    folder.mkdir()
    for i in range(5):
        (folder / f"page{i}.txt").write_text(_text(rng), encoding="utf-8")
    (folder / "crlf.txt").write_bytes(_text(rng).replace("\n", "\r\n").encode())
    (folder / "notes.md").write_text("# Notes\n\n" + _text(rng) + "\n```\nAdvertisement\n```\n",
                                     encoding="utf-8")
    (folder / "latin1.txt").write_bytes("caf\u00e9 owners\n".encode("latin-1"))
    (folder / "empty.txt").write_text("", encoding="utf-8")
    lines = [json.dumps({"id": i, "text": _text(rng), "url": f"u{i}"}, ensure_ascii=i % 2 == 0)
             for i in range(records)]
    lines[4] = '{"id": 4, "text": "unterminated'
    lines[9] = '{"id": 9, "body": "no text field"}'
    lines[13] = '{"id": 13, "text": ""}'
    lines[20] = ""
    (folder / "corpus.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "more.jsonl.gz").write_bytes(
        gzip.compress(("\n".join(lines[: records // 2]) + "\n").encode(), mtime=0))
    return folder


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(autouse=True)
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    # Many small chunks, many in flight and out of order: what a large corpus does.
    monkeypatch.setattr(parallel, "CHUNK_RECORDS", 7)
    monkeypatch.setattr(parallel, "MIN_BYTES", 0)  # small test trees still use workers


def _both(args: list[str], cwd: Path) -> tuple[Result, Result]:
    """The same run with one job and with two, each on its own copy of ``cwd/tree``."""
    one, two = cwd / "one", cwd / "two"
    for copy in (one, two):
        if not copy.exists():
            shutil.copytree(cwd / "tree", copy / "tree", symlinks=True)
            # Its own config: paths relative to the config's folder read the same in both.
            shutil.copy(cwd / "corpus-lint.toml", copy / "corpus-lint.toml")
            ro = copy / "tree" / "readonly.jsonl"
            if ro.exists():
                ro.chmod(stat.S_IRUSR | stat.S_IRGRP)
    first, second = run_cli([*args, "--jobs", "1"], cwd=one), run_cli([*args, "--jobs", "2"],
                                                                          cwd=two)
    # SARIF names the working directory: the copies' folders are all that may differ.
    return first, Result(second.code, second.out.replace(str(two), str(one)),
                         second.err.replace(str(two), str(one)))


def _same(one: Result, two: Result) -> None:
    assert (two.code, two.out, two.err) == (one.code, one.out, one.err)


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "github", "sarif"])
def test_every_output_format_is_the_same_with_two_jobs(fmt: str, isolated: Path) -> None:
    _tree(isolated / "tree")
    one, two = _both(["--output-format", fmt, "tree"], isolated)
    assert one.code == 2 and "latin1.txt: error: invalid UTF-8" in one.err
    assert "corpus.jsonl:5: error: malformed JSON" in one.err
    _same(one, two)


def test_statistics_and_quiet_are_the_same(isolated: Path) -> None:
    _tree(isolated / "tree")
    _same(*_both(["--statistics", "tree"], isolated))
    _same(*_both(["-q", "--fail-on", "error", "tree"], isolated))


@pytest.mark.parametrize("flags", [["--fix"], ["--fix", "--unsafe-fixes"],
                                   ["--fix", "--exit-non-zero-on-fix", "--output-format",
                                    "json"]])
def test_fixes_are_byte_identical(flags: list[str], isolated: Path) -> None:
    tree = _tree(isolated / "tree")
    shutil.copy(tree / "corpus.jsonl", tree / "readonly.jsonl")  # fixes cannot be written
    one, two = _both([*flags, "tree"], isolated)
    _same(one, two)
    assert "readonly.jsonl: error: cannot write fixes: the file is read-only" in one.err
    before, fixed = _files(tree), _files(isolated / "one" / "tree")
    assert fixed != before  # the fixes did something...
    assert fixed["readonly.jsonl"] == before["readonly.jsonl"]
    assert _files(isolated / "two" / "tree") == fixed  # ...and the same thing with two jobs
    assert not [p for p in (isolated / "two").rglob(".*.tmp")]  # no temporary files left


def test_diff_is_the_same(isolated: Path) -> None:
    tree = _tree(isolated / "tree")
    one, two = _both(["--diff", "tree"], isolated)
    _same(one, two)
    assert one.code == 2 and "+++ b/tree/corpus.jsonl" in one.out
    assert _files(isolated / "two" / "tree") == _files(tree)


def test_standard_input_among_files(isolated: Path) -> None:
    _tree(isolated / "tree")
    stdin = b"News.\n#tag #news\nMore news.\n"
    runs = [run_cli(["--stdin-filename", "in.txt", "-", "tree", "--jobs", j], stdin=stdin)
            for j in ("1", "2")]
    _same(*runs)
    assert "in.txt:2:1: BOIL001" in runs[0].out


def test_corpus_rules_map_in_workers_and_reduce_in_the_parent(isolated: Path) -> None:
    tree = _tree(isolated / "tree", records=40)
    for i in range(6):  # the same line in six documents: boilerplate
        (tree / f"page{i}.txt").write_text(
            f"Story {i} about the harbour and the ferry and the wind.\n"
            "Subscribe to the Coastal Times for the full story every morning.\n")
    for flags in (["--select", "CORP"], ["--extend-select", "CORP", "--fix"]):
        one, two = _both([*flags, "--output-format", "json", "tree"], isolated)
        _same(one, two)
        codes = {f["code"] for f in json.loads(one.out)}
        assert codes == ({"CORP001", "CORP002"} if "--fix" not in flags else {"CORP002"})
        assert _files(isolated / "two" / "tree") == _files(isolated / "one" / "tree")


def test_corpus_rules_with_an_index_and_a_changed_file(isolated: Path) -> None:
    tree = _tree(isolated / "tree", records=30)
    for i in range(6):
        (tree / f"page{i}.txt").write_text(
            f"Story {i} about the harbour and the ferry and the wind.\n"
            "Subscribe to the Coastal Times for the full story every morning.\n")
    assert run_cli(["index", "-q", "tree"]).code == 0
    (tree / "page0.txt").write_text("A new story with nothing in common at all.\n")
    shutil.move(isolated / "corpus-lint.index", tree / "corpus-lint.index")
    (isolated / "corpus-lint.toml").write_text('[corpus]\nindex = "tree/corpus-lint.index"\n')
    one = run_cli(["--select", "CORP", "--output-format", "json", "tree", "--jobs", "1"])
    two = run_cli(["--select", "CORP", "--output-format", "json", "tree", "--jobs", "2"])
    _same(one, two)
    assert any(f["code"] == "CORP001" for f in json.loads(one.out))


def test_jobs_from_config_and_zero_for_every_cpu(isolated: Path) -> None:
    _tree(isolated / "tree")
    one = run_cli(["tree"])
    (isolated / "corpus-lint.toml").write_text("jobs = 2\n")
    _same(one, run_cli(["tree"]))
    _same(one, run_cli(["tree", "--jobs", "0"]))
    (isolated / "corpus-lint.toml").write_text("jobs = -1\n")
    bad = run_cli(["tree"])
    assert bad.code == 2 and "jobs: must be a whole number, at least 0" in bad.err


def test_bad_jobs_values_and_help(isolated: Path) -> None:
    for value in ("-1", "two"):
        result = run_cli(["--jobs", value, "."])
        assert result.code == 2 and "--jobs" in result.err
    help_text = run_cli(["--help"]).out
    assert "-j N, --jobs N" in help_text and "input order" in help_text


def test_a_rule_workers_cannot_load_is_a_clear_error(isolated: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import corpus_lint.cli
    from corpus_lint.registry import discover
    from corpus_lint.rule import rule

    @rule(code="XMP001", name="in-memory", summary="A rule built in memory.")
    def in_memory(doc, options):  # type: ignore[no-untyped-def]
        """## What it does\nNothing."""
        return ()

    reg = discover().with_rules([in_memory], "test")
    monkeypatch.setattr(corpus_lint.cli, "load_registry", lambda settings: reg)
    _tree(isolated / "tree")
    result = run_cli(["--select", "XMP", "tree", "--jobs", "2"])
    assert result.code == 2
    assert "rule XMP001" in result.err and "use --jobs 1" in result.err
    assert "Traceback" not in result.err


CRASHING_PLUGIN = '''
import os
from corpus_lint import Case, rule

@rule(code="XMP002", name="crashes-worker", summary="Ends its process on a marker.",
      cases=[Case("x", fires=True), Case("y", fires=False)])
def crashes(doc, options):
    """## What it does\\nEnds the process."""
    if "END-THIS-PROCESS" in doc.text:
        os._exit(3)
    return ()

RULES = [crashes]
'''


def test_a_worker_that_dies_stops_the_run_cleanly(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "corpus_lint_crash.py").write_text(CRASHING_PLUGIN, encoding="utf-8")
    info = site / "corpus_lint_crash-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: corpus_lint_crash\n"
                                   "Version: 0.1\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(f"[{GROUP}]\ncrash = corpus_lint_crash:RULES\n",
                                           encoding="utf-8")
    tree = _tree(tmp_path / "tree", records=40)
    with (tree / "corpus.jsonl").open("a", encoding="utf-8") as out:
        # Big enough for workers (parallel.MIN_BYTES) in a process the test cannot patch.
        out.write(json.dumps({"text": "The ferry ran late. " * 60_000}) + "\n")
        out.write(json.dumps({"text": "Advertisement\nEND-THIS-PROCESS\n"}) + "\n")
    (tmp_path / "corpus-lint.toml").write_text("", encoding="utf-8")
    before = _files(tree)
    env = {**os.environ, "PYTHONPATH": str(site)}
    done = run_process(["--fix", "--jobs", "2", "tree/corpus.jsonl"], cwd=tmp_path, env=env)
    err = done.stderr.decode()
    assert done.returncode == 2, err
    assert "worker process stopped unexpectedly" in err and "Traceback" not in err
    assert "internal error" not in err  # the run stops: not reported as one file's problem
    assert _files(tree) == before  # the JSONL file being fixed was left as it was


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_workers_started_either_way_give_the_same_result(
        method: str, isolated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # fork is used where it is safe (no other thread; under pytest the LanguageTool test
    # double runs one, so the other tests use spawn); spawn everywhere else.
    import multiprocessing

    monkeypatch.setattr(parallel, "_context", lambda: multiprocessing.get_context(method))
    _tree(isolated / "tree")
    one, two = _both(["--fix", "--output-format", "json", "tree"], isolated)
    _same(one, two)
    assert _files(isolated / "two" / "tree") == _files(isolated / "one" / "tree")


def test_gram_asks_languagetool_from_the_workers(isolated: Path,
                                                 languagetool_double: Any) -> None:
    tree = _tree(isolated / "tree")
    for i in range(3):
        (tree / f"gram{i}.txt").write_text(f"Story {i}.\nSecond line has teh typo.\n")
    (isolated / "corpus-lint.toml").write_text(
        f'[languagetool]\nserver = "{languagetool_double.url}"\n'
        f'cache-dir = "{isolated / "cache"}"\n', encoding="utf-8")
    args = ["--extend-select", "GRAM", "--output-format", "json", "tree"]
    two = run_cli([*args, "--jobs", "2"])  # first: the workers send the requests
    one = run_cli([*args, "--jobs", "1"])
    _same(one, two)
    assert sum(f["code"] == "GRAM002" for f in json.loads(one.out)) >= 3


def test_records_are_streamed_through_the_workers(isolated: Path) -> None:
    """A 60 MB corpus fixed with two jobs: no process's memory grows with the corpus (a few
    chunks are in flight), compared with the same run on a one-record file."""
    text = ("The council met on Monday to discuss the budget for next year. " * 1500
            + "\n#council #budget\n")
    line = (json.dumps({"id": 1, "text": text}) + "\n").encode()  # 100 KB records
    small, big = isolated / "small.jsonl", isolated / "big.jsonl"
    small.write_bytes(line)
    big.write_bytes(line * 600)
    baseline, peak = _peak_rss_kb(small), _peak_rss_kb(big)
    assert peak - baseline < 25_000, f"peak RSS {peak} KB (vs {baseline} KB for one record)"
    assert big.read_bytes() == line.replace(b"\\n#council #budget\\n", b"\\n") * 600


def _peak_rss_kb(path: Path) -> int:
    return peak_rss_kb("--select", "BOIL001", "-q", "--fix", "--jobs", "2", str(path))


def test_rules_that_read_others_work_alone_in_workers(isolated: Path) -> None:
    # --select BOIL012: BOIL004 runs hidden for it in each worker as in one job; its
    # "Advertisement" lines are read, not reported
    tree = _tree(isolated / "tree")
    foot = ("Harbour bridge reopens after two years of repairs\n"
            "The harbour bridge reopened on Monday after two years of repairs.\n"
            "Passengers were told to check the timetable before they travel.\n"
            "Advertisement\nHarbour Herald Media Group\nMade in Portsmouth with care\n")
    for i in range(4):
        (tree / f"foot{i}.txt").write_text(foot, encoding="utf-8")
    one, two = _both(["--select", "BOIL012", "--output-format", "json"], isolated)
    _same(one, two)
    found = json.loads(one.out)
    assert {(Path(f["path"]).name, f["line"]) for f in found if f["code"] == "BOIL012"} >= {
        (f"foot{i}.txt", line) for i in range(4) for line in (5, 6)}
    assert {f["code"] for f in found} == {"BOIL012"}
