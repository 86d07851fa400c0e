"""Property-based tests of fixing: idempotent, exactly the reported edits, nothing else lost."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from conftest import run_cli
from corpus_lint.inputs import common_prefix, common_suffix
from corpus_lint.markdown import blank_out, merge_spans, non_prose_spans
from corpus_lint.model import Edit, apply_edits
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

RULES = ["--select", "BOIL001,DUP001", "--no-color", "--isolated"]
SUBJECTS = ["council", "ferry", "bridge", "museum", "harbour", "library", "market", "school"]
VERBS = ["approved", "delayed", "opened", "closed", "funded", "reviewed", "rebuilt", "praised"]
PROPERTY = settings(max_examples=20, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


def sentence(i: int) -> str:
    """A distinct, clearly prose line (long enough for DUP001 to compare)."""
    return (f"The {SUBJECTS[i % 8]} {VERBS[i // 8 % 8]} the plan for the old town "
            f"district on day {i} of the season.")


@st.composite
def documents(draw: Any) -> str:
    """Clean lines, hashtag lines (BOIL001) and repeats of earlier lines (DUP001)."""
    lines: list[str] = []
    for _ in range(draw(st.integers(0, 12))):
        kind = draw(st.sampled_from(["clean", "clean", "hashtags", "repeat"]))
        if kind == "hashtags":
            tags = draw(st.lists(st.sampled_from(["#news", "#today", "#Paris", "#été"]),
                                 min_size=1, max_size=3))
            lines.append(" ".join(tags))
        elif kind == "repeat" and lines:
            lines.append(draw(st.sampled_from(lines)))
        else:
            lines.append(sentence(draw(st.integers(0, 63))))
    text = "\n".join(lines)
    return text + "\n" if lines and draw(st.booleans()) else text


def offset(text: str, line: int, column: int) -> int:
    starts = [0] + [i + 1 for i, char in enumerate(text) if char == "\n"]
    return starts[line - 1] + column - 1


def reported_edits(path: Path) -> list[list[Edit]]:
    """The fixes the JSON report shows, as edits on the file's text, in report order."""
    text = path.read_text(encoding="utf-8")
    result = run_cli([*RULES, "--output-format", "json", str(path)])
    fixes = []
    for finding in json.loads(result.out):
        if finding["fix"] and finding["fix"]["applicability"] == "safe":
            fixes.append([Edit(offset(text, e["line"], e["column"]),
                               offset(text, e["end_line"], e["end_column"]), e["content"])
                          for e in finding["fix"]["edits"]])
    return fixes


def apply_reported(path: Path) -> str:
    """Apply the reported fixes, first come first served, re-linting until none are left."""
    for _ in range(10):
        text = path.read_text(encoding="utf-8")
        taken: list[Edit] = []
        for edits in reported_edits(path):
            if not any(e.overlaps(t) for e in edits for t in taken):
                taken.extend(edits)
        if not taken:
            return text
        path.write_text(apply_edits(text, taken), encoding="utf-8")
    raise AssertionError("did not converge")


def is_subsequence(small: list[str], big: list[str]) -> bool:
    remaining = iter(big)
    return all(any(item == other for other in remaining) for item in small)


@PROPERTY
@given(text=documents())
def test_fix_is_the_reported_edits_and_idempotent(tmp_path: Path, text: str) -> None:
    fixed_file = tmp_path / "fixed.txt"
    manual_file = tmp_path / "manual.txt"
    fixed_file.write_text(text, encoding="utf-8")
    manual_file.write_text(text, encoding="utf-8")
    run_cli([*RULES, "--fix", str(fixed_file)])
    fixed = fixed_file.read_text(encoding="utf-8")
    assert fixed == apply_reported(manual_file)
    # Idempotent: a second --fix finds nothing to change.
    assert run_cli([*RULES, "--fix", str(fixed_file)]).code == 0
    assert fixed_file.read_text(encoding="utf-8") == fixed
    # Nothing but hashtag lines and repeats goes; what stays keeps its order.
    kept = fixed.splitlines()
    assert is_subsequence(kept, text.splitlines())
    for line in text.splitlines():
        if not line.startswith("#"):
            assert line in kept
    assert not any(line.startswith("#") for line in kept)
    assert len(set(kept)) == len(kept)


@st.composite
def corpora(draw: Any) -> list[tuple[str, bool]]:
    """JSONL lines in assorted styles, each with whether it needs a fix."""
    records = []
    for number in range(draw(st.integers(1, 8))):
        dirty = draw(st.booleans())
        text = sentence(number) + "\n" + ("#news #été\n" if dirty else "") + "Café 😀 end."
        style = draw(st.sampled_from(["compact", "spaced", "ascii", "nested", "blank"]))
        if style == "blank":
            records.append(("   ", False))
            continue
        value: dict[str, Any] = {"id": number, "text": text, "meta": {"text": "#a #b"}}
        if style == "compact":
            line = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        elif style == "spaced":
            line = json.dumps(value, ensure_ascii=False).replace(": ", " :  ")
        elif style == "ascii":
            line = json.dumps(value)
        else:
            line = json.dumps({"meta": {"deep": {"text": "x"}}, **value}, indent=None)
        records.append((line, dirty))
    return records


@PROPERTY
@given(records=corpora(), ending=st.sampled_from(["\n", "\r\n"]), final=st.booleans())
def test_jsonl_records_without_fixes_stay_byte_identical(
    tmp_path: Path, records: list[tuple[str, bool]], ending: str, final: bool
) -> None:
    path = tmp_path / "c.jsonl"
    data = ending.join(line for line, _ in records) + (ending if final else "")
    path.write_bytes(data.encode("utf-8"))
    run_cli([*RULES, "--fix", str(path)])
    after = path.read_bytes().decode("utf-8")
    old_lines, new_lines = data.split(ending), after.split(ending)
    assert len(new_lines) == len(old_lines)
    for (line, dirty), new in zip(records, new_lines, strict=False):
        if not dirty:
            assert new == line
            continue
        old_value, new_value = json.loads(line), json.loads(new)
        assert new_value["text"] == old_value["text"].replace("#news #été\n", "")
        assert {k: v for k, v in new_value.items() if k != "text"} == \
            {k: v for k, v in old_value.items() if k != "text"}
        assert list(new_value) == list(old_value)  # key order kept
    run_cli([*RULES, "--fix", str(path)])
    assert path.read_bytes().decode("utf-8") == after


@given(a=st.text(), b=st.text())
def test_common_prefix_and_suffix(a: str, b: str) -> None:
    head = common_prefix(a, b)
    assert a[:head] == b[:head]
    assert head == min(len(a), len(b)) or a[head] != b[head]
    tail = common_suffix(a, b)
    assert a[len(a) - tail:] == b[len(b) - tail:]


@given(text=st.text(alphabet="ab`[]()<!->\n #~", max_size=80))
def test_markdown_masking_keeps_offsets(text: str) -> None:
    spans = non_prose_spans(text)
    assert spans == merge_spans(spans)
    assert all(0 <= s < e <= len(text) for s, e in spans)
    masked = blank_out(text, spans)
    assert len(masked) == len(text)
    assert [i for i, c in enumerate(masked) if c == "\n"] == \
        [i for i, c in enumerate(text) if c == "\n"]
