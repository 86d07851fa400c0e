"""Configuration files: discovery, every key, validation errors, and the command line on top."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli
from corpus_lint.config import ConfigError, Settings, find_config, from_mapping, load
from corpus_lint.selection import Layer, enabled_layers, ignored_for

HASHTAGS = "Some text.\n#tag #news\n"
REPEATED = "The mayor spoke first.\n\nThe MAYOR spoke first!\n\nThen the vote began.\n"
BOTH = REPEATED + "#tag #news\n"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def findings(*args: str, cwd: Path | None = None) -> list[dict[str, object]]:
    result = run_cli([*args, "--output-format", "json"], cwd=cwd)
    assert result.code in (0, 1), result.err
    found: list[dict[str, object]] = json.loads(result.out)
    return found


def codes(*args: str, cwd: Path | None = None) -> list[str]:
    return sorted(str(f["code"]) for f in findings(*args, cwd=cwd))


def config_error(*args: str) -> str:
    """Run expecting a configuration error; return standard error."""
    result = run_cli(list(args))
    assert result.code == 2, result.out + result.err
    assert result.out == ""
    return result.err


# -- discovery -----------------------------------------------------------------------------


def test_config_is_found_walking_up_from_the_linted_file(isolated: Path) -> None:
    write(isolated / "project" / "corpus-lint.toml", 'select = ["DUP"]\n')
    write(isolated / "project" / "data" / "deep" / "a.txt", BOTH)
    assert codes("project/data/deep/a.txt") == ["DUP001"]
    assert codes("project") == ["DUP001"]


def test_pyproject_table(isolated: Path) -> None:
    write(isolated / "p" / "pyproject.toml",
          '[project]\nname = "x"\n\n[tool.corpus-lint]\nignore = ["DUP001"]\n')
    write(isolated / "p" / "a.txt", BOTH)
    assert codes("p/a.txt") == ["BOIL001"]


def test_pyproject_without_our_table_is_skipped(isolated: Path) -> None:
    write(isolated / "corpus-lint.toml", 'select = ["BOIL"]\n')
    write(isolated / "sub" / "pyproject.toml", '[tool.black]\nline-length = 80\n')
    write(isolated / "sub" / "a.txt", BOTH)
    assert find_config(isolated / "sub" / "a.txt") == isolated / "corpus-lint.toml"
    assert codes("sub/a.txt") == ["BOIL001"]


def test_corpus_lint_toml_wins_over_pyproject_in_the_same_folder(isolated: Path) -> None:
    write(isolated / "pyproject.toml", '[tool.corpus-lint]\nselect = ["DUP"]\n')
    write(isolated / "corpus-lint.toml", 'select = ["BOIL"]\n')
    assert find_config(isolated) == isolated / "corpus-lint.toml"


def test_config_for_stdin_is_found_from_stdin_filename(isolated: Path) -> None:
    write(isolated / "sub" / "corpus-lint.toml", 'select = ["DUP"]\n')
    result = run_cli(["--output-format", "json", "--stdin-filename", "sub/new.txt", "-"],
                     stdin=BOTH.encode())
    assert [f["code"] for f in json.loads(result.out)] == ["DUP001"]


def test_explicit_config_and_isolated(isolated: Path) -> None:
    write(isolated / "corpus-lint.toml", 'select = ["DUP"]\n')
    write(isolated / "other.toml", 'select = ["BOIL"]\n')
    write(isolated / "a.txt", BOTH)
    assert codes("a.txt") == ["DUP001"]
    assert codes("--config", "other.toml", "a.txt") == ["BOIL001"]
    assert codes("--isolated", "a.txt") == ["BOIL001", "DUP001"]


def test_missing_explicit_config_is_an_error(isolated: Path) -> None:
    err = config_error("--config", "nope.toml", ".")
    assert "nope.toml: cannot read" in err


# -- keys ----------------------------------------------------------------------------------


def test_extend_select_and_ignore(isolated: Path) -> None:
    write(isolated / "corpus-lint.toml", 'ignore = ["BOIL", "DUP"]\nextend-select = ["DUP001"]\n')
    write(isolated / "a.txt", BOTH)
    assert codes("a.txt") == ["DUP001"]  # the most specific selector wins


def test_per_file_ignores(isolated: Path) -> None:
    write(isolated / "corpus-lint.toml",
          '[per-file-ignores]\n"transcripts/*.txt" = ["DUP"]\n"raw/" = ["ALL"]\n'
          '"*.md" = ["BOIL001"]\n')
    for name in ("transcripts/a.txt", "raw/deep/b.txt", "c.txt", "notes/d.md"):
        write(isolated / name, BOTH)
    by_path: dict[str, list[str]] = {}
    for f in findings("."):
        by_path.setdefault(str(f["path"]), []).append(str(f["code"]))
    assert {p: sorted(c) for p, c in by_path.items()} == {
        "transcripts/a.txt": ["BOIL001"],
        "c.txt": ["BOIL001", "DUP001"],
        "notes/d.md": ["DUP001"],
    }


def test_per_file_ignores_match_relative_to_the_config(isolated: Path) -> None:
    write(isolated / "proj" / "corpus-lint.toml", '[per-file-ignores]\n"data/*" = ["BOIL"]\n')
    write(isolated / "proj" / "data" / "a.txt", BOTH)
    assert codes("proj/data/a.txt") == ["DUP001"]


def test_severity_overrides_and_fail_on(isolated: Path) -> None:
    write(isolated / "corpus-lint.toml",
          'fail-on = "error"\n[severity]\nDUP001 = "info"\nboil001 = "ERROR"\n')
    write(isolated / "a.txt", BOTH)
    severities = {f["code"]: f["severity"] for f in findings("a.txt")}
    assert severities == {"DUP001": "info", "BOIL001": "error"}
    assert run_cli(["a.txt"]).code == 1
    write(isolated / "b.txt", REPEATED)
    assert run_cli(["b.txt"]).code == 0  # an info finding, below fail-on
    assert run_cli(["--fail-on", "info", "b.txt"]).code == 1  # the flag overrides


def test_rule_options(isolated: Path) -> None:
    sentence = "The mayor spoke first at the council today.\n"
    write(isolated / "a.txt", sentence + "\nThen came the vote.\n\n" + sentence)
    assert codes("a.txt") == ["DUP001"]
    write(isolated / "corpus-lint.toml", "[rules.DUP001]\nmin-words = 10\n")
    assert codes("a.txt") == []


def test_exclude_and_extend_exclude(isolated: Path) -> None:
    write(isolated / "corpus-lint.toml", 'exclude = ["drafts/"]\nextend-exclude = ["*.md"]\n')
    for name in ("drafts/a.txt", "b.md", "c.txt"):
        write(isolated / name, HASHTAGS)
    assert {f["path"] for f in findings(".")} == {"c.txt"}
    # --exclude replaces the configured patterns; --extend-exclude adds to them.
    assert {f["path"] for f in findings("--exclude", "c.txt", ".")} == {"drafts/a.txt"}
    assert {f["path"] for f in findings("--extend-exclude", "c.txt", ".")} == set()


def test_text_field(isolated: Path) -> None:
    write(isolated / "c.jsonl", json.dumps({"body": HASHTAGS}) + "\n")
    write(isolated / "corpus-lint.toml", 'text-field = "body"\n')
    (finding,) = findings("c.jsonl")
    assert (finding["field"], finding["record"]) == ("body", 1)
    result = run_cli(["--text-field", "content", "c.jsonl"])
    assert result.code == 2
    assert "no 'content' field" in result.err


def test_rule_packs_are_relative_to_the_config(isolated: Path) -> None:
    write(isolated / "packs" / "house.yaml",
          "rules:\n  - extends: BOIL001\n    patterns: ['Zebra footer xyz']\n")
    write(isolated / "proj" / "corpus-lint.toml", 'rule-packs = ["../packs/house.yaml"]\n')
    write(isolated / "proj" / "a.txt", "Body text.\nZebra footer xyz\n")
    assert codes("proj/a.txt") == ["BOIL001"]
    assert codes("--isolated", "proj/a.txt") == []


def test_missing_rule_pack_is_an_error(isolated: Path) -> None:
    write(isolated / "corpus-lint.toml", 'rule-packs = ["nope.yaml"]\n')
    write(isolated / "a.txt", HASHTAGS)
    err = config_error("a.txt")
    assert "nope.yaml" in err


# -- command line over config --------------------------------------------------------------


@pytest.mark.parametrize(("config", "flags", "expected"), [
    ('ignore = ["BOIL001"]', ["--extend-select", "BOIL001"], ["BOIL001", "DUP001"]),
    ('select = ["DUP"]', ["--select", "BOIL"], ["BOIL001"]),
    ('select = ["DUP"]', ["--extend-select", "BOIL"], ["BOIL001", "DUP001"]),
    ('extend-select = ["BOIL001"]\nignore = ["BOIL"]', ["--ignore", "BOIL001"], ["DUP001"]),
    ('ignore = ["ALL"]', ["--extend-select", "DUP"], ["DUP001"]),
    ('ignore = ["DUP001"]', ["--select", "ALL"], ["BOIL001", "DUP001"]),
    ('select = ["BOIL"]', [], ["BOIL001"]),
])
def test_flags_override_config(isolated: Path, config: str, flags: list[str],
                               expected: list[str]) -> None:
    write(isolated / "corpus-lint.toml", config + "\n")
    write(isolated / "a.txt", BOTH)
    assert codes(*flags, "a.txt") == expected


# -- errors --------------------------------------------------------------------------------


@pytest.mark.parametrize(("toml", "key", "what"), [
    ("selct = []", "selct", "unknown key (did you mean 'select'?"),
    ("extend_select = []", "extend_select", "did you mean 'extend-select'?"),
    ('select = "DUP"', "select", "must be a list of strings"),
    ("select = [1]", "select", "must be a list of strings"),
    ('select = ["NOPE"]', "select", "unknown rule code or prefix 'NOPE'"),
    ('ignore = ["DUP999"]', "ignore", "unknown rule code or prefix 'DUP999'"),
    ('extend-select = ["X"]', "extend-select", "unknown rule code or prefix 'X'"),
    ('[per-file-ignores]\n"*.txt" = ["NOPE"]', "per-file-ignores.'*.txt'", "'NOPE'"),
    ('per-file-ignores = ["DUP"]', "per-file-ignores", "must be a table"),
    ('[severity]\nDUP001 = "fatal"', "severity.DUP001", "unknown severity 'fatal'"),
    ("[severity]\nDUP001 = 3", "severity.DUP001", "must be a string"),
    ('[severity]\nNOPE001 = "info"', "severity.NOPE001", "unknown rule code"),
    ("[rules.NOPE001]\nx = 1", "rules.NOPE001", "unknown rule code"),
    ("[rules.DUP001]\nmin-wrds = 3", "rules.DUP001", "unknown option 'min-wrds'"),
    ('[rules.DUP001]\nmin-words = "three"', "rules.DUP001", "option 'min-words' must be int"),
    ("[rules.DUP001]\nmin-words = 0", "rules.DUP001", "must be at least 1"),
    ("rules = 3", "rules", "must be a table"),
    ('paragraphs = "sentences"', "paragraphs", "must be one of auto, blank-line, line"),
    ('fail-on = "fatal"', "fail-on", "unknown severity"),
    ('text-field = ""', "text-field", "must be a non-empty string"),
    ('respect-gitignore = "no"', "respect-gitignore", "must be true or false"),
])
def test_invalid_config_says_what_and_where(isolated: Path, toml: str, key: str,
                                            what: str) -> None:
    config = write(isolated / "corpus-lint.toml", toml + "\n")
    write(isolated / "a.txt", HASHTAGS)
    err = config_error("a.txt")
    assert err.startswith("corpus-lint: configuration error: ")
    assert f"{config}: {key}: " in err
    assert what in err


def test_invalid_pyproject_keys_name_the_table(isolated: Path) -> None:
    (isolated / "corpus-lint.toml").unlink()
    config = write(isolated / "pyproject.toml", '[tool.corpus-lint]\nbogus = 1\n')
    write(isolated / "a.txt", HASHTAGS)
    assert f"{config}: tool.corpus-lint.bogus: unknown key" in config_error("a.txt")


def test_pyproject_table_of_the_wrong_type(isolated: Path) -> None:
    config = write(isolated / "pyproject.toml", '[tool]\ncorpus-lint = 3\n')
    with pytest.raises(ConfigError, match="tool.corpus-lint: must be a table"):
        load(config)


def test_invalid_toml(isolated: Path) -> None:
    config = write(isolated / "corpus-lint.toml", "select = [\n")
    write(isolated / "a.txt", HASHTAGS)
    assert f"{config}: invalid TOML" in config_error("a.txt")


def test_broken_pyproject_with_our_table_is_not_skipped(isolated: Path) -> None:
    (isolated / "corpus-lint.toml").unlink()
    write(isolated / "pyproject.toml", "[tool.corpus-lint]\nselect = [\n")
    write(isolated / "a.txt", HASHTAGS)
    assert "invalid TOML" in config_error("a.txt")


def test_broken_pyproject_of_someone_else_is_skipped(isolated: Path) -> None:
    write(isolated / "sub" / "pyproject.toml", "[tool.black\n")
    assert find_config(isolated / "sub") == isolated / "corpus-lint.toml"


def test_configuration_errors_stop_before_linting(isolated: Path) -> None:
    write(isolated / "corpus-lint.toml", "bogus = 1\n")
    path = write(isolated / "a.txt", HASHTAGS)
    assert run_cli(["--fix", "a.txt"]).code == 2
    assert path.read_text(encoding="utf-8") == HASHTAGS


# -- the library functions -----------------------------------------------------------------


def test_from_mapping_defaults() -> None:
    settings = from_mapping({})
    assert settings == Settings(root=settings.root)
    assert settings.where("select") == "configuration: select"


def test_selection_layers_directly() -> None:
    from corpus_lint.cli import load_registry

    reg = load_registry(Settings())
    names = [r.code for r in enabled_layers(reg, [Layer(ignore=["ALL"]),
                                                  Layer(extend_select=["BOIL001"])])]
    assert names == ["BOIL001"]
    on_by_default = [r.code for r in reg if r.default_enabled]
    assert [r.code for r in enabled_layers(reg, [Layer(select=["ALL"])])] == on_by_default


def test_ignored_for() -> None:
    root = Path("/repo")
    table = {"data/*.txt": ["dup"], "*.md": ["ALL"], "raw/": ["BOIL001"]}
    assert ignored_for("/repo/data/a.txt", table, root) == ["DUP"]
    assert ignored_for("notes/x.md", table, root) == [""]
    assert ignored_for("/repo/raw/deep/x.txt", table, root) == ["BOIL001"]
    assert ignored_for("/elsewhere/a.txt", table, root) == []
