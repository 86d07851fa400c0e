"""GEN: appended generated text, tested through its case table and the CLI."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import SEEDS, run_cli
from corpus_lint import Document, Rule
from corpus_lint.engine import ActiveRule, lint
from corpus_lint.registry import discover
from corpus_lint.rules.gen import RULES
from corpus_lint.testing import assert_cases

ARTICLE = (
    "Harbour bridge reopens after two years of repairs\n"
    "The Kessel harbour bridge reopened to traffic on Monday morning, two months ahead of "
    "schedule.\n"
    "Engineers replaced the rusted deck plates and the lifting machinery, at a cost of 41 "
    "million euros.\n"
    "Commuters said the crossing from the old town now takes five minutes instead of twenty.\n"
)
GENERATED = (
    "**What are the main benefits of the harbour bridge reopening as discussed in the "
    "article?**\n"
    "**Interview with Mayor Anna Lind**\n"
    "**Interviewer:** Thank you for joining us, Mayor Lind. How does it feel to see the "
    "bridge open again?\n"
    "**Lind:** It is a proud day for Kessel. The whole city waited for this moment.\n"
    "**Interviewer:** Some residents complained about the cost. How do you respond?\n"
    "**Lind:** Safety has no price. The old deck would not have lasted another winter.\n"
    "**Interviewer:** Thank you for sharing your insights with our readers.\n"
    "**Discussion Question for Readers:** Should the city bring back the bridge toll to pay "
    "for the repairs?\n"
)
FIRST_GENERATED_LINE = ARTICLE.count("\n") + 1
LAST_GENERATED_LINE = FIRST_GENERATED_LINE + GENERATED.count("\n") - 1


@pytest.mark.parametrize("rule", [r for r in RULES if r is not None], ids=lambda r: r.code)
def test_case_table(rule: Rule) -> None:
    assert_cases(rule)  # the same check the meta-test runs for every registered rule


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rules_are_registered_and_complete(rule: Rule) -> None:
    assert rule.missing_metadata() == []
    assert discover().get(rule.code) is not None


def _json(path: Path, *extra: str) -> tuple[int, list[dict[str, Any]]]:
    # GEN001 and GEN002: GEN003's model (tests/rules/test_genmodel.py) reads the BOIL and
    # META findings of the run and scores shapes, not these rules' phrases and templates
    result = run_cli(["--select", "GEN001,GEN002", "--output-format", "json", *extra,
                      str(path)])
    assert result.code in (0, 1), result.err
    return result.code, json.loads(result.out)


def test_one_finding_spans_the_whole_block(isolated: Path) -> None:
    page = isolated / "bridge.txt"
    page.write_text(ARTICLE + GENERATED, encoding="utf-8")
    code, findings = _json(page)
    assert code == 1
    assert [(f["code"], f["line"], f["end_line"]) for f in findings] == [
        ("GEN001", FIRST_GENERATED_LINE, LAST_GENERATED_LINE)]
    finding = findings[0]
    assert finding["fix"]["applicability"] == "unsafe"
    assert f"lines {FIRST_GENERATED_LINE}-{LAST_GENERATED_LINE}" in finding["message"]
    assert "reader-discussion prompt" in finding["message"]
    signals = {s["signal"]: s["lines"] for s in finding["evidence"]["signals"]}
    assert set(signals) == {"markup", "qa-scaffold", "reader-prompt", "source-question"}
    assert signals["reader-prompt"] == [LAST_GENERATED_LINE]
    assert finding["evidence"]["score"] >= finding["evidence"]["min_score"]


def test_fix_leaves_the_unsafe_block(isolated: Path) -> None:
    page = isolated / "bridge.txt"
    page.write_text(ARTICLE + GENERATED, encoding="utf-8")
    result = run_cli(["--select", "GEN", "--fix", str(page)])
    assert result.code == 1
    assert page.read_text(encoding="utf-8") == ARTICLE + GENERATED


@pytest.mark.parametrize("ending", ["\n", "\r\n"], ids=["lf", "crlf"])
def test_unsafe_fix_removes_exactly_the_block(isolated: Path, ending: str) -> None:
    page = isolated / "bridge.txt"
    original = (ARTICLE + GENERATED).replace("\n", ending).encode("utf-8")
    page.write_bytes(original)
    result = run_cli(["--select", "GEN", "--fix", "--unsafe-fixes", str(page)])
    assert result.code == 0, result.out
    assert page.read_bytes() == ARTICLE.replace("\n", ending).encode("utf-8")


def test_footer_after_the_block_is_kept(isolated: Path) -> None:
    page = isolated / "bridge.txt"
    footer = "Photo: Kessel city archive\n"
    page.write_text(ARTICLE + "\n" + GENERATED + "\n" + footer, encoding="utf-8")
    _, findings = _json(page)
    assert [(f["line"], f["end_line"]) for f in findings] == [
        (FIRST_GENERATED_LINE + 1, LAST_GENERATED_LINE + 1)]
    run_cli(["--select", "GEN", "--fix", "--unsafe-fixes", str(page)])
    assert page.read_text(encoding="utf-8") == ARTICLE + "\n" + footer


CLEAN = {
    "plain-transcript": ARTICLE + (
        "We spoke to the mayor at the reopening.\n"
        "How does it feel to see the bridge open again?\n"
        "It is a relief, honestly. We had two hard winters and a lot of angry letters.\n"
        "Was the cost worth it?\n"
        "I think so. The old deck would not have lasted another winter.\n"),
    "speaker-labels": ARTICLE + (
        "Jonas Berg: Mayor Lind, how does it feel?\n"
        "Anna Lind: It is a proud day.\n"
        "Berg: And the cost?\n"
        "Lind: Safety has no price. What do you think?\n"),
    "question-at-the-end": ARTICLE + (
        "The council will vote on a new toll in March. Will drivers accept it? What do you "
        "think?\n"),
}
MARKDOWN_ARTICLE = (
    "# Harbour bridge reopens\n\n"
    "The Kessel harbour bridge reopened on **Monday**, two months ahead of schedule.\n\n"
    "## What changed\n\n"
    "- **Deck:** new steel plates\n- **Machinery:** new lifting gear\n\n"
    "## Interview\n\n"
    "**Q:** Mayor Lind, how does it feel?\n\n**A:** It is a proud day.\n\n"
    "**Q:** And the cost?\n\n**A:** Safety has no price.\n\n"
    "## Conclusion\n\nA good week for Kessel. What do you think?\n"
)


@pytest.mark.parametrize("name", list(CLEAN))
def test_real_text_is_left_alone(isolated: Path, name: str) -> None:
    page = isolated / f"{name}.txt"
    page.write_text(CLEAN[name], encoding="utf-8")
    assert _json(page) == (0, [])


def test_markdown_article_is_left_alone(isolated: Path) -> None:
    page = isolated / "bridge.md"
    page.write_text(MARKDOWN_ARTICLE, encoding="utf-8")
    assert _json(page) == (0, [])


def test_bold_is_evidence_in_text_but_not_in_markdown(isolated: Path) -> None:
    block = ("**Interviewer:** How does it feel?\n**Lind:** Proud.\n"
             "**Interviewer:** And the cost?\n**Lind:** Worth it.\n"
             "**Is the new harbour bridge worth its cost?**\n")
    for name in ("bridge.txt", "bridge.md"):
        (isolated / name).write_text(ARTICLE + block, encoding="utf-8")
    assert [f["code"] for f in _json(isolated / "bridge.txt")[1]] == ["GEN001"]
    assert _json(isolated / "bridge.md") == (0, [])


def test_thresholds_come_from_config(isolated: Path) -> None:
    page = isolated / "bridge.txt"
    page.write_text(ARTICLE + GENERATED, encoding="utf-8")
    (isolated / "corpus-lint.toml").write_text(
        '[rules.GEN001]\nmin-score = 50.0\nstrong-signal = 50.0\n', encoding="utf-8")
    _, findings = _json(page)
    assert [f["code"] for f in findings if f["code"] == "GEN001"] == []


def test_jsonl_records(isolated: Path) -> None:
    records = [{"id": 1, "text": CLEAN["plain-transcript"]},
               {"id": 2, "text": ARTICLE + GENERATED, "lang": "en"}]
    corpus = isolated / "corpus.jsonl"
    lines = [json.dumps(r, ensure_ascii=False) + "\n" for r in records]
    corpus.write_text("".join(lines), encoding="utf-8")
    _, findings = _json(corpus)
    assert [(f["record"], f["field"], f["line"], f["end_line"]) for f in findings] == [
        (2, "text", FIRST_GENERATED_LINE, LAST_GENERATED_LINE)]
    result = run_cli(["--select", "GEN", "--fix", "--unsafe-fixes", str(corpus)])
    assert result.code == 0, result.out
    after = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    assert after[0] == lines[0]
    assert json.loads(after[1]) == {"id": 2, "text": ARTICLE, "lang": "en"}


def test_stray_markup_is_info_and_stripped(isolated: Path) -> None:
    page = isolated / "note.txt"
    page.write_text("## Harbour news\nThe bridge reopened on **Monday**.\n", encoding="utf-8")
    _, findings = _json(page)
    assert [(f["code"], f["severity"], f["line"]) for f in findings] == [
        ("GEN002", "info", 1), ("GEN002", "info", 2)]
    run_cli(["--select", "GEN", "--fix", "--unsafe-fixes", str(page)])
    assert page.read_text(encoding="utf-8") == "Harbour news\nThe bridge reopened on Monday.\n"


# -- takeaways, plain titles and closing templates ------------------------------------------

TAKEAWAYS = (
    "**Key Takeaways:**\n"
    "- The Kessel bridge reopened two months ahead of schedule.\n"
    "- Repairs cost 41 million euros, paid by the city and the port.\n"
    "- The crossing from the old town now takes five minutes.\n"
    "- The council will vote on a toll in March.\n"
)
TAKEAWAY_ENDINGS = {
    "bold question": "**Do you think Kessel should bring back the bridge toll?**\n",
    "bold invitation": "**How will the bridge change your commute? Share your thoughts in the "
                       "comments below.**\n",
}


def _block_lines(text: str) -> list[tuple[int, int]]:
    doc = Document.from_text(text)
    return [(doc.position(f.start)[0], doc.position(f.end)[0])
            for f in RULES[0].check(doc)]


def _assert_one_block(article: str, block: str, ending: str) -> None:
    """GEN001 reports ``block``, appended to the page (masthead and article) before
    ``ending``, as one finding over exactly its lines."""
    head = MASTHEAD + article
    first = head.count("\n") + 1
    assert _block_lines(head + block + ending) == [(first, first + block.count("\n") - 1)]


@pytest.mark.parametrize("ending", list(TAKEAWAY_ENDINGS))
def test_takeaways_block_covers_its_bullets(ending: str) -> None:
    text = ARTICLE + TAKEAWAYS + TAKEAWAY_ENDINGS[ending]
    first = ARTICLE.count("\n") + 1
    assert _block_lines(text) == [(first, text.count("\n"))]


def test_plain_interview_title_starts_the_block() -> None:
    text = ARTICLE + "Interview with the Harbour Master\n" + GENERATED
    assert _block_lines(text) == [(FIRST_GENERATED_LINE, LAST_GENERATED_LINE + 1)]


WRAP_UP = (
    "In Conclusion\n"
    "The reopening of the Kessel bridge marks an important milestone for the city and its "
    "residents, and shows what can be achieved when everyone works together.\n"
    "What do you think? Will the new bridge change the way you travel? Share your views "
    "below.\n"
)


def test_plain_wrap_up_heading_and_reader_prompt_fire(isolated: Path) -> None:
    page = isolated / "bridge.txt"
    page.write_text(ARTICLE + WRAP_UP, encoding="utf-8")
    _, findings = _json(page)
    first = ARTICLE.count("\n") + 1
    assert [(f["code"], f["line"], f["end_line"]) for f in findings] == [
        ("GEN001", first, first + 2)]
    run_cli(["--select", "GEN", "--fix", "--unsafe-fixes", str(page)])
    assert page.read_text(encoding="utf-8") == ARTICLE


def test_closing_pair_is_an_option() -> None:
    # An invitation that does not point to the comments ("below") is no prompt line of
    # its own weight: only the closing pair makes the block fire.
    wrap_up = WRAP_UP.replace("Share your views below.", "Share your views with us.")
    doc = Document.from_text(ARTICLE + wrap_up)
    assert list(RULES[0].check(doc)) != []
    assert list(RULES[0].check(doc, {"closing-pair": False})) == []


ENDINGS_TO_KEEP = {
    "in conclusion sentence": (
        "In conclusion, the bridge was worth the wait, even at 41 million euros. Will "
        "drivers accept a toll? What do you think?\n"),
    "in conclusion and invitation": (
        "In conclusion, the bridge was worth the wait. What do you think? Share your views "
        "below.\n"),
    "conclusion and rhetorical question": (
        "Conclusion\nThe repairs were worth the wait, engineers say.\n"
        "Will drivers accept a toll in March?\n"),
    "key points without a prompt": (
        "Key points\n- The bridge reopened early.\n- The repairs cost 41 million euros.\n"),
    "bold key points and a question": (
        "**Key points**\n- The bridge reopened early.\n- The repairs cost 41 million "
        "euros.\nWill the toll return? What do you think?\n"),
    "plain interview": (
        "Interview with the Harbour Master\n"
        "How does it feel to see ships pass again?\n"
        "A relief. We lost two seasons of traffic.\n"
        "What do you think the toll should be?\n"
        "That is for the council, not for me.\n"),
    "announced bold interview under a title": (
        "Interview with the Harbour Master, edited for length and clarity.\n"
        "**Q:** How does it feel?\n**A:** A relief.\n**Q:** And the toll?\n"
        "**A:** That is for the council.\n"),
}


# -- forms the held-out set (bench/data/artifacts-heldout) found missing ---------------------

APPENDED = {
    "plain takeaways list": (
        "Key points:\n"
        "• The Kessel bridge reopened two months early.\n"
        "• The repairs cost 41 million euros.\n"
        "• The crossing now takes five minutes.\n"),
    "heading, takeaways and a conclusion": (
        "## Key Takeaways\n"
        "- The Kessel bridge reopened two months early.\n"
        "- The repairs cost 41 million euros.\n"
        "- The crossing now takes five minutes.\n"
        "In conclusion, the reopening shows what a city can achieve when it works "
        "together.\n"),
    "a line that only prompts readers": (
        "Would you pay a toll to cross the new bridge? Is 41 million euros too much? "
        "Tell us in the comments!\n"),
    "title as a question and stock sections": (
        "**Why did the Kessel harbour bridge repairs take two years?**\n"
        "### Background\n"
        "Bridges are vital pieces of infrastructure for cities around the world.\n"
        "### Looking Ahead\n"
        "The city will continue to invest in its transport network.\n"),
    "title as a question and a plain FAQ": (
        "What does the harbour bridge reopening mean for repairs elsewhere?\n"
        "FAQ\n"
        "When did the bridge reopen?\n"
        "The bridge reopened on Monday, two months ahead of schedule.\n"
        "How much did the repairs cost?\n"
        "The repairs cost 41 million euros.\n"),
    # plain-text templates found missing by the third set (bench/data/artifacts-blind2)
    "a plain FAQ heading with pairs": (
        "Frequently Asked Questions\n"
        "When did the bridge reopen?\n"
        "The bridge reopened on Monday, two months ahead of schedule.\n"
        "How much did the repairs cost?\n"
        "The repairs cost 41 million euros.\n"),
    "the title asked again and answered": (
        "Why did the Kessel harbour bridge repairs take two years?\n"
        "The Kessel harbour bridge repairs took two years because engineers found "
        "corrosion in the lifting machinery.\n"),
    "one wrap-up paragraph of stock phrases": (
        "In conclusion, the reopening serves as a reminder of what a city can achieve. "
        "Only time will tell whether the toll returns.\n"),
    # forms found missing by the fourth set (bench/data/artifacts-blind3)
    "'In conclusion,' right above a reader prompt": (
        "In conclusion, the reopening of the Kessel bridge marks a significant step towards "
        "a better connected city.\n"
        "What do you think about the new bridge? Let us know your thoughts in the comments "
        "below!\n"),
    "Markdown sections with paragraphs to the end": (
        "## What This Means for Commuters\n\n"
        "For commuters in Kessel, the reopening underscores how much the city depends on a "
        "single crossing over the harbour.\n\n"
        "### Final Thoughts\n\n"
        "As Kessel continues to grow, investing in its bridges will be crucial to keeping "
        "traffic moving across the harbour.\n"),
    "one stock Markdown section to the end": (
        "### Looking Ahead\n"
        "The city will continue to invest in its transport network in the years ahead, "
        "officials are expected to say.\n"),
    # found missing by the fifth set (bench/data/artifacts-blind4)
    "plain 'Key takeaways', plain sentences, 'In conclusion,'": (
        "Key takeaways\n"
        "The Kessel bridge reopened two months early.\n"
        "The repairs cost 41 million euros.\n"
        "The crossing now takes five minutes.\n"
        "In conclusion, commuters should plan for the toll vote in March.\n"),
    # found missing by the sixth set (bench/data/artifacts-blind5)
    "two Markdown sections of their own, each with its paragraph": (
        "## Tips for Crossing the Bridge\n"
        "Leaving ten minutes earlier makes all the difference, and the cycle lane on the "
        "north side is always quieter.\n"
        "## Parking and Access\n"
        "The old town car park is closest to the bridge and costs two euros for the whole "
        "day.\n"),
    "a plain 'Key points to remember' with bullets": (
        "Key points to remember\n"
        "• The bridge reopened two months early.\n"
        "• The repairs cost 41 million euros.\n"
        "• The crossing now takes five minutes.\n"),
    "a title question, its answer and a plain 'Conclusion' with its paragraph": (
        "What made the harbour bridge reopening after two years of repairs so special?\n"
        "The harbour bridge reopening was special because the repairs finished two months "
        "early.\n"
        "Conclusion\n"
        "The Kessel bridge continues to connect the city. Whether you are a commuter or a "
        "visitor, there is something for everyone.\n"),
    # found missing by the seventh set (bench/data/artifacts-blind6)
    "the title asked again in bold, then more bold questions with answers": (
        "**What made the harbour bridge reopening after two years of repairs a success?**\n"
        "The harbour bridge reopening was a success because the repairs finished two "
        "months early.\n"
        "**Is the new crossing faster?**\n"
        "Yes, the crossing now takes five minutes, making it ideal for commuters.\n"),
    "Markdown sections, one with a list of sentences under it": (
        "## Why Bridges Matter\n"
        "Bridges are among the most important pieces of a city's infrastructure, linking "
        "homes, jobs and schools.\n"
        "## Tips for Crossing Safely\n"
        "- Use the cycle lane on the north side.\n"
        "- Leave ten minutes earlier at rush hour.\n"
        "## Final Thoughts\n"
        "Whether you drive, cycle or walk, the reopened bridge makes every trip across the "
        "harbour easier.\n"),
    "'In conclusion,' above a bold prompt inviting thoughts below": (
        "In conclusion, the reopening represents an exciting step forward for the city. As "
        "traffic grows, the bridge will matter more than ever.\n"
        "**What do you think the bridge means for Kessel? Share your thoughts below.**\n"),
}


@pytest.mark.parametrize("name", list(APPENDED))
def test_appended_forms_are_one_block(name: str) -> None:
    text = ARTICLE + APPENDED[name]
    first = ARTICLE.count("\n") + 1
    assert _block_lines(text) == [(first, text.count("\n"))]


ARTICLE_FORMS_TO_KEEP = {
    "two takeaways": "Key points:\n• The bridge reopened early.\n• It cost 41 million euros.\n",
    "an explainer question in the body": (
        "Why did the harbour bridge repairs take two years?\n"
        "Engineers found corrosion in the lifting machinery that nobody had expected.\n"
        "The council said the next inspection is due in 2030.\n"),
    "a plain subheading": (
        "Background\nThe bridge was built in 1964 and last repaired in 1991.\n"
        "Looking ahead\nThe council will vote on a toll in March.\n"),
    "a call for readers' stories": (
        "Have you been affected by the closure? Share your experiences by emailing "
        "news@kessel.example.\n"),
    "a prompt with a statement": (
        "The bridge is open, and that is what matters. What do you think? Let us know in "
        "the comments.\n"),
    "plain questions without an FAQ heading": (
        "When did the bridge reopen?\nOn Monday, two months early.\n"
        "How much did the repairs cost?\nForty-one million euros.\n"),
    "a reporter's 'In conclusion,'": (
        "In conclusion, the council said, the repairs were worth every euro.\n"),
    "an FAQ heading over a single question": (
        "FAQ\nWhen did the bridge reopen?\nOn Monday.\n"),
    "a title question answered in other words": (
        "Why did the Kessel harbour bridge repairs take two years?\n"
        "Engineers found corrosion in the lifting machinery that nobody had expected.\n"),
    "a reporter's 'In conclusion,' above a statement": (
        "In conclusion, the council said, the repairs were worth every euro.\n"
        "The toll will be decided in March.\n"),
    "a Markdown heading of the article's own subject": (
        "## The Vote\n\nThe council votes on the toll in March, and a majority is "
        "expected to back it after the consultation.\n"),
    "a stock Markdown heading over a short link list": (
        "### Looking Ahead\nToll vote\nFerry timetable\n"),
    "a plain 'Key takeaways' subheading without a closing": (
        "Key takeaways\nThe Kessel bridge reopened two months early.\n"
        "The repairs cost 41 million euros.\n"),
    "'In conclusion,' under one sentence after 'Key points'": (
        "Key points\nThe bridge reopened early.\n"
        "In conclusion, the council said, the repairs were worth every euro.\n"),
    "'Key takeaways' over sentences, then more article": (
        "Key takeaways\nThe bridge reopened early.\nThe repairs cost 41 million euros.\n"
        "In conclusion, the repairs were worth it.\nThe toll is decided in March.\n"),
    # An academic article's own "Conclusion" section is its end, not an appendix:
    # nothing before it fires.
    "an article's own plain 'Conclusion' section": (
        "Conclusion\n"
        "Corrosion of the deck plates was the main cause of the delay, and regular "
        "inspection would have found it earlier.\n"),
    "one Markdown section of its own": (
        "## Parking and Access\n"
        "The old town car park is closest to the bridge and costs two euros for the whole "
        "day.\n"),
    "'In conclusion,' after a plain subheading": (
        "The road ahead\nThe council will vote on a toll in March.\n"
        "In conclusion, the repairs were worth every euro.\n"),
    "an interview's bold questions that do not restate the title": (
        "**When did you first see the corrosion?**\n"
        "In 2021, during a routine inspection of the deck.\n"
        "**Was the toll ever discussed?**\n"
        "Only briefly, and the council rejected it.\n"),
    "Markdown sections over link lists": (
        "## More From Kessel\n- Toll vote in March\n- Ferry timetable\n"
        "## Services\n- Parking\n- Cycle hire\n"),
    "a question and a pointer to figures below": (
        "Would you pay the toll? The council's full figures are below.\n"),
}


def test_conclusion_above_the_page_chrome_is_the_article() -> None:
    text = (ARTICLE + "In conclusion, the Kessel bridge offers a quick crossing.\n"
            "Buy now on Amazon\nShare\n")
    assert _block_lines(text) == []


def test_takeaways_label_is_reported_once_by_gen001() -> None:
    text = ARTICLE + "Key Takeaways:\n- The bridge reopened early.\n- It cost 41 million.\n" \
        "- The toll vote is in March.\n"
    doc = Document.from_text(text)
    codes = [f.code for f in lint(doc, [ActiveRule(r) for r in discover().rules.values()])]
    assert "GEN001" in codes and "BOIL006" not in codes


@pytest.mark.parametrize("name", list(ARTICLE_FORMS_TO_KEEP))
def test_article_forms_are_left_alone(name: str) -> None:
    assert _block_lines(ARTICLE + ARTICLE_FORMS_TO_KEEP[name]) == []


def test_a_prompt_line_in_markdown_is_left_alone() -> None:
    doc = Document.from_text(ARTICLE + APPENDED["a line that only prompts readers"],
                             kind="markdown")
    assert list(RULES[0].check(doc)) == []


@pytest.mark.parametrize("name", list(ENDINGS_TO_KEEP))
def test_real_endings_are_left_alone(name: str) -> None:
    assert _block_lines(ARTICLE + ENDINGS_TO_KEEP[name]) == []


def test_markdown_conclusion_with_invitation_is_left_alone(isolated: Path) -> None:
    page = isolated / "bridge.md"
    page.write_text("# Harbour bridge reopens\n\n" + ARTICLE + "\n## Conclusion\n\n"
                    "It was worth the wait.\n\nWhat do you think? Share your thoughts in "
                    "the comments below.\n", encoding="utf-8")
    assert _json(page) == (0, [])


# -- forms the seventh blind set (bench/data/artifacts-blind7) found missing -------------------

#: Page chrome after the article, as a scraper delivers a whole page.
CHROME = ("More from the Courier\nToll vote set for March\nFerry timetable changes\n"
          "Privacy Policy    Terms of Use    Cookies\n"
          "© 2026 Kessel Courier Ltd. All rights reserved. This material may not be "
          "published, broadcast or redistributed.\n")
#: Chrome above the title: the title is the fifth line of the page.
MASTHEAD = "Kessel Courier\nNews    Sport    Business    Weather\nSubscribe\nLocal › Harbour\n"

APPENDED_BEFORE_CHROME = {
    "takeaways bullets and an exhortation": (
        "Key Takeaways\n"
        "• The Kessel harbour bridge reopened two months ahead of schedule.\n"
        "• New deck plates and lifting machinery cost 41 million euros.\n"
        "• The crossing now takes five minutes instead of twenty.\n"
        "Plan your commute ahead and enjoy the faster crossing to the old town!\n"),
    "a conclusion paragraph, another, and a reader prompt": (
        "In conclusion, the reopening of the harbour bridge gives commuters a faster "
        "crossing and the city a long-awaited boost after two difficult years.\n"
        "Whether you cross it every day or only at weekends, the new deck shows what "
        "careful engineering and patience can achieve for a city.\n"
        "What do you think? Have you tried the new crossing yet? Share your experiences "
        "in the comments below!\n"),
    "a German FAQ with a closing 'Fazit:'": (
        "Häufig gestellte Fragen\n"
        "Wann wurde die Hafenbrücke wieder geöffnet?\n"
        "Die Brücke wurde am Montag zwei Monate früher als geplant für den Verkehr "
        "freigegeben.\n"
        "Was haben die Reparaturen gekostet?\n"
        "Die Reparaturen kosteten rund 41 Millionen Euro.\n"
        "Fazit: Die Wiedereröffnung ist ein wichtiger Schritt für die ganze Stadt.\n"),
    "a Japanese summary and an FAQ of Q./A. lines": (
        "まとめ\n"
        "ケッセル港の橋は2年間の修理を経て、予定より2か月早く再開通しました。\n"
        "よくある質問\n"
        "Q. 橋はいつ再開通しましたか？\n"
        "A. 月曜日の朝に再開通しました。\n"
        "Q. 修理費用はいくらですか？\n"
        "A. 約4100万ユーロです。今後の動向に注目しましょう！\n"),
    "bold FAQ questions with plain answers": (
        "**Frequently Asked Questions**\n"
        "**When did the harbour bridge reopen?**\n"
        "The bridge reopened on Monday morning, two months ahead of schedule, after two "
        "years of repairs.\n"
        "**How much did the repairs cost?**\n"
        "The repairs cost 41 million euros, covering new deck plates and machinery.\n"),
}
TITLE_QUESTIONS = (
    "Why did the harbour bridge need two years of repairs before it reopens?\n"
    "The harbour bridge needed two years of repairs because its deck plates and lifting "
    "machinery had rusted.\n"
    "How long does the crossing take now?\n"
    "The crossing now takes about five minutes instead of twenty for most commuters.\n"
    "Overall, the reopening serves as a reminder of how much the city depends on its "
    "bridge.\n")


@pytest.mark.parametrize("ending", ["", CHROME], ids=["at the end", "before chrome"])
@pytest.mark.parametrize("name", list(APPENDED_BEFORE_CHROME))
def test_appended_forms_before_page_chrome(name: str, ending: str) -> None:
    block = APPENDED_BEFORE_CHROME[name]
    first = ARTICLE.count("\n") + 1
    assert _block_lines(ARTICLE + block + ending) == [(first, first + block.count("\n") - 1)]


@pytest.mark.parametrize("ending", ["", CHROME], ids=["at the end", "before chrome"])
def test_title_asked_again_as_plain_questions(ending: str) -> None:
    head = MASTHEAD + ARTICLE  # the title is the fifth line, under the site's chrome
    first = head.count("\n") + 1
    assert _block_lines(head + TITLE_QUESTIONS + ending) == [
        (first, first + TITLE_QUESTIONS.count("\n") - 1)]


KEPT_BEFORE_CHROME = {
    "a real interview in plain questions and answers": (
        "The mayor spoke to the Courier about the bridge.\n"
        "Mayor Lind, the bridge opened two months early. Was that luck?\n"
        "Partly. We had a dry autumn, and the steel arrived before the strikes began.\n"
        "What would you do differently?\n"
        "I would have closed the bridge a year earlier. We waited too long.\n"
        "Mayor Lind, thank you for the conversation.\n"),
    "a real German interview": (
        "Frau Lind, die Brücke ist zwei Monate früher fertig geworden. Wie kam das?\n"
        "Wir hatten einen trockenen Herbst, und der Stahl kam vor den Streiks an.\n"
        "Was würden Sie anders machen?\n"
        "Ich hätte die Brücke ein Jahr früher gesperrt. Wir haben zu lange gewartet.\n"
        "Frau Lind, vielen Dank für das Gespräch.\n"),
    "a real Japanese interview": (
        "――橋の再開通が2か月早まりました。\n"
        "秋の天候に恵まれ、鋼材もストライキの前に届きました。\n"
        "――今後の課題は。\n"
        "フェリーターミナルの整備です。\n"
        "（聞き手・佐藤花子）\n"),
    "a Japanese interview in Q./A. lines without an FAQ heading": (
        "Q. 橋の再開通が早まった理由は？\n"
        "A. 秋の天候に恵まれたためです。\n"
        "Q. 今後の課題は？\n"
        "A. フェリーターミナルの整備です。\n"),
    "an explainer with question subheadings": (
        "When does the toll start?\n"
        "The council votes in March, and a toll would start in the summer at the earliest.\n"
        "How much would it cost?\n"
        "The proposal is two euros a crossing for cars and nothing for bicycles.\n"
        "What should I do?\n"
        "Nothing yet: the council will write to every household before the vote.\n"),
    "a 'Key facts' list inside the article": (
        "Key facts\n"
        "• The bridge is 412 metres long.\n"
        "• It opens for ships up to 40 times a day.\n"
        "• About 30,000 vehicles cross it every weekday.\n"
        "The council will publish the engineers' full report in May, together with the "
        "costs of the next inspection.\n"),
    "a 'Key findings' list closing a report": (
        "Key findings\n"
        "• Corrosion was found in 60 percent of the deck plates.\n"
        "• The lifting machinery had not been serviced since 1991.\n"
        "• Inspections every five years would have found the damage earlier.\n"),
    "a last paragraph opening 'Overall,'": (
        "Overall, the council said, the repairs came in under budget and the bridge will "
        "last another fifty years.\n"),
    "the newsroom's signature under the article's last paragraph": (
        "The council will publish the engineers' full report in May.\n"
        "— The Courier newsroom\n"),
}


@pytest.mark.parametrize("name", list(KEPT_BEFORE_CHROME))
def test_article_forms_before_page_chrome_are_left_alone(name: str) -> None:
    assert _block_lines(MASTHEAD + ARTICLE + KEPT_BEFORE_CHROME[name] + CHROME) == []


# -- acceptance on the seed documents ---------------------------------------------------------

seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not available")


def _seed(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


@seeds
def test_seed_001_block_is_one_finding() -> None:
    _, findings = _json(_seed("001"), "--isolated")
    assert [(f["code"], f["line"], f["end_line"]) for f in findings] == [("GEN001", 8, 21)]


@seeds
@pytest.mark.parametrize("prefix", ["000", "002", "003", "004"])
def test_other_seeds_have_no_gen_findings(prefix: str) -> None:
    assert _json(_seed(prefix), "--isolated") == (0, [])


@seeds
def test_seed_001_unsafe_fix_keeps_lines_1_to_7(tmp_path: Path) -> None:
    copy = tmp_path / _seed("001").name
    shutil.copyfile(_seed("001"), copy)
    original = copy.read_bytes()
    kept = b"".join(original.splitlines(keepends=True)[:7])
    if not original.endswith(b"\n"):
        kept = kept[:-1]  # like the original, the result has no final line break
    result = run_cli(["--isolated", "--select", "GEN", "--fix", "--unsafe-fixes", str(copy)])
    assert result.code == 0, result.out
    assert copy.read_bytes() == kept


# -- forms the eighth blind set (bench/data/artifacts-blind8) found missing --------------------

ARTICLE_FR = (
    "Le pont du port de Kessel rouvre après deux ans de travaux\n"
    "Le pont du port de Kessel a rouvert à la circulation lundi matin, deux mois plus tôt "
    "que prévu.\n"
    "Les ingénieurs ont remplacé les tôles rouillées du tablier et la machinerie de levage, "
    "pour un coût de 41 millions d'euros.\n"
    "Selon les usagers, la traversée depuis la vieille ville prend désormais cinq minutes au "
    "lieu de vingt.\n"
)
ARTICLE_PT = (
    "Ponte do porto de Kessel reabre após dois anos de obras\n"
    "A ponte do porto de Kessel foi reaberta ao trânsito na manhã de segunda-feira, dois "
    "meses antes do previsto.\n"
    "Os engenheiros substituíram as chapas enferrujadas do tabuleiro e o mecanismo de "
    "elevação, a um custo de 41 milhões de euros.\n"
    "Segundo os motoristas, a travessia a partir do centro histórico leva agora cinco minutos "
    "em vez de vinte.\n"
)
ARTICLE_IT = (
    "Torta di mele della nonna, la ricetta di casa\n"
    "Ogni autunno mia nonna preparava questa torta con le mele renette del mercato.\n"
    "Montate le uova con lo zucchero, aggiungete il burro fuso, la farina e il lievito.\n"
    "Cuocete in forno statico a 180 gradi per circa 45 minuti e fate la prova stecchino.\n"
)
ARTICLE_ID = (
    "Harga beras medium turun di pasar Jakarta jelang Ramadan\n"
    "Harga beras medium di Pasar Induk Beras Cipinang tercatat Rp12.800 per kilogram pada "
    "Kamis, turun dari Rp13.400 sepekan sebelumnya.\n"
    "Penurunan harga ini dipicu oleh mulai masuknya panen raya di Jawa Tengah dan Jawa "
    "Timur.\n"
    "Badan Pangan Nasional akan terus memantau harga di lapangan selama Ramadan.\n"
)
#: Each appended form after its article (the title is the first line of every article).
APPENDED_BLIND8 = {
    "plain 'Key takeaways', plain sentences, 'Overall,'": (ARTICLE, (
        "Key takeaways\n"
        "The Kessel bridge reopened two months ahead of schedule.\n"
        "The repairs cost 41 million euros, according to the council.\n"
        "The crossing from the old town now takes five minutes.\n"
        "Overall, the reopening highlights how much the city depends on a single crossing, "
        "and commuters will be watching closely.\n")),
    "French 'Points clés', plain sentences, 'En résumé,'": (ARTICLE_FR, (
        "Points clés\n"
        "Le pont a rouvert deux mois plus tôt que prévu.\n"
        "Les travaux ont coûté 41 millions d'euros.\n"
        "En résumé, la réouverture du pont est une excellente nouvelle pour la ville.\n")),
    "a lone French reader question with an invitation to comment": (ARTICLE_FR, (
        "Et vous, avez-vous déjà emprunté le nouveau pont ? Dites-le-nous en commentaire !\n")),
    "an Indonesian reader prompt": (ARTICLE_ID, (
        "Bagaimana menurut Anda? Apakah harga beras di daerah Anda juga sudah turun? Tulis "
        "pendapat Anda di kolom komentar!\n")),
    "a Portuguese FAQ about a topic, then 'Conclusão' and 'Em resumo,'": (ARTICLE_PT, (
        "Perguntas frequentes sobre a ponte do porto\n"
        "Por que a ponte ficou fechada por dois anos?\n"
        "A ponte ficou fechada porque as chapas do tabuleiro e o mecanismo de elevação "
        "estavam enferrujados.\n"
        "Quanto custaram as obras?\n"
        "As obras custaram cerca de 41 milhões de euros.\n"
        "Conclusão\n"
        "Em resumo, a reabertura da ponte mostra como a infraestrutura afeta o dia a dia da "
        "cidade. Acompanhe o nosso portal para mais novidades!\n")),
    "an Italian FAQ, then 'Conclusione' and its paragraph": (ARTICLE_IT, (
        "Domande frequenti\n"
        "Quali mele sono più adatte per la torta di mele?\n"
        "Le mele renette sono ideali grazie alla loro consistenza e al sapore acidulo.\n"
        "Si può congelare la torta di mele?\n"
        "Sì, la torta di mele si può congelare fino a un mese.\n"
        "Conclusione\n"
        "La torta di mele della nonna è un dolce semplice e genuino. Provate questa ricetta e "
        "fateci sapere nei commenti se vi è piaciuta!\n")),
    "a French FAQ closed by a reader question": (ARTICLE_FR, (
        "Questions fréquentes\n"
        "Quand le pont a-t-il rouvert ?\n"
        "Le pont a rouvert lundi matin, deux mois plus tôt que prévu.\n"
        "Combien ont coûté les travaux ?\n"
        "Les travaux ont coûté 41 millions d'euros.\n"
        "Et vous, que pensez-vous du nouveau pont ? Partagez votre avis en commentaire !\n")),
}


@pytest.mark.parametrize("ending", ["", CHROME], ids=["at the end", "before chrome"])
@pytest.mark.parametrize("name", list(APPENDED_BLIND8))
def test_appended_forms_of_the_eighth_set(name: str, ending: str) -> None:
    article, block = APPENDED_BLIND8[name]
    if ending and "Overall," in block or ending and "En résumé," in block:
        ending = ""  # the bulletless takeaways template must end the page
    _assert_one_block(article, block, ending)


#: The title restated as a Title Case headline with a paragraph that restates it again,
#: above a closing template that fires: the SEO preamble goes with the block.
SEO_PREAMBLE = (
    "Harbour Bridge Reopens After Two Years of Repairs: Everything You Need to Know\n"
    "The harbour bridge reopens after two years of repairs has become one of the most "
    "talked-about topics in Kessel this week, and in this article we cover all the details.\n"
)
SEO_CLOSING = (
    "Conclusion\n"
    "In conclusion, the reopening of the harbour bridge reflects the city's commitment to its "
    "infrastructure.\n"
    "What do you think about the reopened bridge? Let us know your views in the comments "
    "section below!\n"
)


@pytest.mark.parametrize("preamble", [SEO_PREAMBLE, SEO_PREAMBLE.split("\n")[0] + "\n"],
                         ids=["headline and paragraph", "headline alone"])
def test_a_headline_repeating_the_title_goes_with_the_block(preamble: str) -> None:
    head = MASTHEAD + ARTICLE
    first = head.count("\n") + 1
    text = head + preamble + SEO_CLOSING
    assert _block_lines(text) == [(first, text.count("\n"))]
    # without the headline, the block is the closing template alone
    assert _block_lines(head + SEO_CLOSING) == [(first, first + SEO_CLOSING.count("\n") - 1)]


KEPT_BLIND8 = {
    "'Overall,' after sentences under a plain subheading": (ARTICLE, (
        "What comes next\nThe council votes on a toll in March.\n"
        "The ferry timetable changes in April.\n"
        "Overall, the council said, the repairs came in under budget.\n")),
    "'Key takeaways' and 'Overall,' with more article after it": (ARTICLE, (
        "Key takeaways\nThe bridge reopened early.\nThe repairs cost 41 million euros.\n"
        "Overall, the repairs were worth it.\n"
        "The council will publish the engineers' full report in May, together with the "
        "costs of the next inspection.\n")),
    "a real list, then a last paragraph opening 'In short,'": (ARTICLE, (
        "The works in numbers:\n• 412 metres of deck.\n• 41 million euros.\n"
        "In short, the bridge is as good as new, the chief engineer said.\n")),
    "a French reader call inside a sentence of the article": (ARTICLE_FR, (
        "La mairie invite les habitants à donner leur avis en commentaire sur le site de la "
        "ville avant le 15 mars.\n")),
    "a French question to the reader without an invitation": (ARTICLE_FR, (
        "Et vous, seriez-vous prêt à payer un péage pour traverser le pont ?\n")),
    "a recipe's own 'Nota' section": (ARTICLE_IT, (
        "Nota\nSe usate mele golden, riducete lo zucchero a 120 grammi.\n"
        "La torta si conserva morbida per tre giorni sotto una campana di vetro.\n")),
    "an article's own plain 'Conclusione' section": (ARTICLE_IT, (
        "Conclusione\nLa ricetta della nonna resta la più semplice, e anche la più buona.\n")),
    "a Portuguese explainer with question subheadings": (ARTICLE_PT, (
        "Quando começa o pedágio?\n"
        "A câmara vota em março, e um pedágio começaria no verão, no mínimo.\n"
        "Quanto vai custar?\n"
        "A proposta é de dois euros por travessia para carros e nada para bicicletas.\n")),
    "an FAQ heading about a topic over one question": (ARTICLE_PT, (
        "Perguntas frequentes sobre a ponte\nQuando a ponte reabriu?\nNa segunda-feira.\n")),
    "a headline repeating the title without a block under it": (ARTICLE, (
        "Harbour Bridge Reopens After Two Years of Repairs: Photo Gallery\n"
        "The council will publish the engineers' full report in May, together with the "
        "costs of the next inspection.\n")),
    "a real French interview that is the article": (ARTICLE_FR, (
        "Madame la maire, le pont a rouvert deux mois plus tôt. Comment l'expliquez-vous ?\n"
        "Nous avons eu un automne sec, et l'acier est arrivé avant les grèves.\n"
        "Et vous, que feriez-vous autrement ?\n"
        "J'aurais fermé le pont un an plus tôt. Nous avons trop attendu.\n")),
}


@pytest.mark.parametrize("ending", ["", CHROME], ids=["at the end", "before chrome"])
@pytest.mark.parametrize("name", list(KEPT_BLIND8))
def test_article_forms_of_the_eighth_set_are_left_alone(name: str, ending: str) -> None:
    article, tail = KEPT_BLIND8[name]
    assert _block_lines(MASTHEAD + article + tail + ending) == []


# -- forms the ninth blind set (bench/data/artifacts-blind9) found missing ---------------------

ARTICLE_JA = (
    "港の橋、2年ぶりに通行再開\n"
    "ケッセル港の橋が月曜日の朝、予定より2か月早く通行を再開した。\n"
    "技師らはさびた床板と昇降装置を交換し、費用は4100万ユーロに上った。\n"
    "旧市街からの所要時間は20分から5分に短縮されたという。\n"
)
ARTICLE_DE = (
    "Hafenbrücke in Kessel nach zwei Jahren wieder offen\n"
    "Die Hafenbrücke in Kessel ist am Montagmorgen zwei Monate früher als geplant wieder "
    "für den Verkehr freigegeben worden.\n"
    "Die Ingenieure ersetzten die rostigen Deckplatten und die Hebemechanik, für 41 Millionen "
    "Euro.\n"
    "Die Fahrt aus der Altstadt dauert nun fünf Minuten statt zwanzig.\n"
)
#: An SEO paragraph built on a phrase of the title ("harbour bridge"), in every sentence.
SEO_PARAGRAPH = (
    "Harbour bridge reopens after two years – this is a key story for Kessel. The harbour "
    "bridge matters to commuters, drivers and cyclists alike, and knowing when the harbour "
    "bridge is open can help you plan your day. If you are looking for the latest harbour "
    "bridge news, this page has everything you need.\n"
)
#: Each appended form after its article (the title is the first line of every article).
APPENDED_BLIND9 = {
    "Portuguese 'Resumo da notícia' over bullets": (ARTICLE_PT, (
        "Resumo da notícia\n"
        "- A ponte do porto reabriu dois meses antes do previsto.\n"
        "- As obras custaram 41 milhões de euros.\n"
        "- A travessia leva agora cinco minutos.\n")),
    "English 'Summary of the article' over bullets": (ARTICLE, (
        "Summary of the article\n"
        "• The Kessel bridge reopened two months early.\n"
        "• The repairs cost 41 million euros.\n"
        "• The crossing now takes five minutes.\n")),
    "Japanese 'まとめ', a paragraph and a question to the readers": (ARTICLE_JA, (
        "まとめ\n"
        "ケッセル港の橋が予定より早く再開しました。通勤時間が大きく短縮される、素晴らしい"
        "ニュースと言えるでしょう。\n"
        "皆さんの町では、橋や道路の工事はどのように進んでいますか？ぜひ考えてみてください。\n")),
    "'Conclusion', a paragraph and a question to the reader to think over": (ARTICLE, (
        "Conclusion\n"
        "The reopening of the harbour bridge is a welcome milestone for Kessel, and commuters "
        "will feel the difference every day.\n"
        "How would a faster crossing change your week? Take a moment to think about it.\n")),
    "Markdown takeaways closed by a sentence of stock comment": (ARTICLE, (
        "## Key Takeaways\n"
        "- **Early finish:** The bridge reopened two months ahead of schedule.\n"
        "- **Cost:** The repairs cost 41 million euros.\n"
        "- **Commute:** The crossing now takes five minutes.\n"
        "This milestone highlights the growing importance of infrastructure for the city.\n")),
    "plain 'Key points', plain sentences, then 'Conclusion' and its paragraph": (ARTICLE, (
        "Key points\n"
        "The Kessel bridge reopened two months ahead of schedule.\n"
        "The repairs cost 41 million euros.\n"
        "The crossing now takes five minutes.\n"
        "Conclusion\n"
        "In conclusion, the reopening of the bridge is good news for every commuter in the "
        "city, and a reminder of how much one crossing matters.\n")),
    "German 'Wichtigste Punkte', plain sentences, then 'Fazit' and its paragraph": (
        ARTICLE_DE, (
            "Wichtigste Punkte\n"
            "Die Hafenbrücke ist zwei Monate früher fertig geworden.\n"
            "Die Arbeiten kosteten 41 Millionen Euro.\n"
            "Fazit\n"
            "Die Wiedereröffnung der Brücke ist eine gute Nachricht für alle Pendler der "
            "Stadt.\n")),
    "an SEO paragraph repeating a phrase of the title": (ARTICLE, SEO_PARAGRAPH),
    "a French SEO paragraph repeating a phrase of the title": (ARTICLE_FR, (
        "Le pont du port de Kessel rouvre : un sujet important pour vous. Le pont du port "
        "intéresse les automobilistes comme les cyclistes, et suivre l'actualité du pont du "
        "port vous aide à mieux organiser vos trajets. Retrouvez ici toutes les informations "
        "sur le pont du port de Kessel.\n")),
}
#: Forms that must end the page: the bulletless takeaways template.
_ENDS_PAGE = ("Conclusion\nIn conclusion", "Fazit\n")


@pytest.mark.parametrize("ending", ["", CHROME], ids=["at the end", "before chrome"])
@pytest.mark.parametrize("name", list(APPENDED_BLIND9))
def test_appended_forms_of_the_ninth_set(name: str, ending: str) -> None:
    article, block = APPENDED_BLIND9[name]
    if ending and any(form in block for form in _ENDS_PAGE):
        ending = ""
    _assert_one_block(article, block, ending)


def test_an_seo_paragraph_is_reported_as_seo_copy() -> None:
    doc = Document.from_text(MASTHEAD + ARTICLE + SEO_PARAGRAPH)
    (finding,) = RULES[0].check(doc)
    assert "SEO paragraph" in finding.message


KEPT_BLIND9 = {
    "an article's own 'Conclusion' ending on a question to one person": (ARTICLE, (
        "Conclusion\n"
        "The repairs were worth the wait, the chief engineer said, even at 41 million euros.\n"
        "What would you have done in her place?\n")),
    "a Japanese 'まとめ' section without a question to the readers": (ARTICLE_JA, (
        "まとめ\n"
        "橋の再開で、旧市街と港の間の移動は大きく変わる。市は3月に通行料について採決する。\n")),
    "a newsletter writer asking readers inside the article": (ARTICLE, (
        "Readers, have you crossed the new bridge yet? Several of you wrote to me last week.\n"
        "The council will publish the engineers' full report in May, together with the "
        "costs of the next inspection.\n"
        "I will be back next Tuesday with the toll vote, and with your letters.\n")),
    "'Resumo da notícia' over two bullets": (ARTICLE_PT, (
        "Resumo da notícia\n- A ponte reabriu.\n- As obras custaram 41 milhões de euros.\n")),
    "a real two-item list under 'Key points', then a stock sentence": (ARTICLE, (
        "Key points\n- The bridge reopened early.\n- The repairs cost 41 million euros.\n"
        "The reopening highlights the growing importance of the harbour for the city.\n")),
    "'Key points', sentences and 'Conclusion', then more article": (ARTICLE, (
        "Key points\nThe bridge reopened early.\nThe repairs cost 41 million euros.\n"
        "Conclusion\nThe repairs were worth it, the council said.\n"
        "The council will publish the engineers' full report in May, together with the "
        "costs of the next inspection.\n")),
    "a last paragraph naming the subject in every sentence, to no reader": (ARTICLE, (
        "The harbour bridge closes again for a week in May. Engineers will test the harbour "
        "bridge lifting gear then, and the harbour bridge toll is decided in June by the "
        "council after a public consultation in the old town hall.\n")),
    "a review's last paragraph naming the title once": (ARTICLE, (
        "The harbour bridge is open from six in the morning until midnight, and you can "
        "cross it on foot, by bike or by car; the ferry keeps running for now, though the "
        "council says its timetable will be cut in the spring.\n")),
    "a real podcast transcript ending on the host's question to the guest": (ARTICLE, (
        "HOST: So what would you tell a city about to start repairs like these?\n"
        "LIND: Start earlier than you think you need to. And talk to the ferry crews.\n"
        "HOST: Do you think the toll will come back?\n"
        "LIND: Honestly? I hope not.\n")),
}


@pytest.mark.parametrize("ending", ["", CHROME], ids=["at the end", "before chrome"])
@pytest.mark.parametrize("name", list(KEPT_BLIND9))
def test_article_forms_of_the_ninth_set_are_left_alone(name: str, ending: str) -> None:
    article, tail = KEPT_BLIND9[name]
    assert _block_lines(MASTHEAD + article + tail + ending) == []


# -- forms the tenth blind set (bench/data/artifacts-blind10) found missing --------------------

#: Each appended form after its article (the title is the first line of every article).
APPENDED_BLIND10 = {
    "French 'En résumé', a verdict, strengths and weaknesses, an invitation to comment": (
        ARTICLE_FR, (
            "En résumé\n"
            "La réouverture du pont du port est une excellente nouvelle qui ravira tous les "
            "habitants de Kessel.\n"
            "Points forts : l'avance sur le calendrier, la traversée plus rapide.\n"
            "Points faibles : le coût des travaux.\n"
            "Et vous, avez-vous déjà emprunté le pont ? Dites-le-nous en commentaire !\n")),
    "Indonesian 'Kesimpulan', two paragraphs and an invitation to comment": (ARTICLE_ID, (
        "Kesimpulan\n"
        "Turunnya harga beras tentu menjadi kabar baik bagi masyarakat menjelang bulan suci.\n"
        "Bagi Anda yang berbelanja di pasar, ini saat yang tepat untuk menyiapkan stok.\n"
        "Bagaimana harga beras di daerah Anda? Tulis pendapat Anda di kolom komentar!\n")),
    "German 'Fazit', a paragraph quoting the title, an invitation to comment": (ARTICLE_DE, (
        "Fazit\n"
        "Die Wiedereröffnung ist ein wichtiger Meilenstein für die ganze Region.\n"
        "Kurz gesagt: Hafenbrücke in Kessel nach zwei Jahren wieder offen – eine gute "
        "Nachricht für alle, die täglich pendeln.\n"
        "Wie sehen Sie das? Schreiben Sie uns in den Kommentaren!\n")),
    "a sentence quoting the title as a keyword, then a row of keywords": (ARTICLE, (
        "Harbour bridge reopens after two years of repairs: all you need to know about the "
        "crossing, the toll and the timetable, in one place.\n"
        "Kessel bridge, harbour bridge reopening, Kessel toll, bridge news 2026.\n")),
    "a sentence quoting the title as a keyword": (ARTICLE, (
        "If you want the latest on the story, Harbour bridge reopens after two years of "
        "repairs is the page to bookmark and share with your friends.\n")),
    "a Markdown summary heading, a recap of the article, a list, an exhortation": (
        ARTICLE_JA, (
            "## まとめ\n"
            "いかがでしたか？この記事では、港の橋の再開について解説しました。\n"
            "- 予定より2か月早く再開した\n"
            "- 費用は4100万ユーロ\n"
            "- 所要時間は5分に短縮\n"
            "ぜひ皆さんも、新しい橋を渡ってみてください！\n")),
    "'Summary', a recap of the article, a list": (ARTICLE, (
        "Summary\n"
        "In this article, we looked at the reopening of the Kessel harbour bridge.\n"
        "- The bridge reopened two months early.\n"
        "- The repairs cost 41 million euros.\n"
        "- The crossing now takes five minutes.\n")),
    "'Conclusion', a lead-in, a list and an exhortation to the reader": (ARTICLE, (
        "Conclusion\n"
        "Here is what the reopening means.\n"
        "- Faster commutes from the old town.\n"
        "- Less traffic on the ring road.\n"
        "- A toll vote in March.\n"
        "Plan your next trip across the bridge today!\n")),
}


def test_a_sentence_quoting_the_title_is_reported_as_seo_copy() -> None:
    article, block = APPENDED_BLIND10["a sentence quoting the title as a keyword"]
    (finding,) = RULES[0].check(Document.from_text(MASTHEAD + article + block))
    assert "SEO" in finding.message


KEPT_BLIND10 = {
    "the headline quoted in quotation marks in the last paragraph": (ARTICLE, (
        "“Harbour bridge reopens after two years of repairs” was the front page the mayor "
        "framed for her office on Tuesday.\n")),
    "the headline alone as a related link": (ARTICLE, (
        "Related\nHarbour bridge reopens after two years of repairs\n")),
    "a report's own conclusion introducing its list": (ARTICLE, (
        "Conclusion\n"
        "The engineers recommended three things.\n"
        "- An inspection every spring.\n"
        "- New paint on the deck.\n"
        "- A second lifting motor.\n"
        "The council votes on the plan in March.\n")),
    "a newsletter writer's 'In short' and a call for letters by e-mail": (ARTICLE, (
        "In short\n"
        "The bridge is open, it was early, and it cost what they said it would.\n"
        "Have you crossed it yet? Write to me at letters@kessel-courier.example.\n")),
    "a row of tags that follows no SEO copy": (ARTICLE, (
        "Kessel, harbour, bridge, toll, ferry.\n")),
    "an explainer with question subheadings ending on a list": (ARTICLE, (
        "What changes for drivers?\n"
        "The crossing takes five minutes and the ring road will be quieter.\n"
        "What happens next?\n"
        "The council will decide three things.\n"
        "- The toll.\n"
        "- The ferry timetable.\n"
        "- The cycle lane.\n")),
}


@pytest.mark.parametrize("ending", ["", CHROME], ids=["at the end", "before chrome"])
@pytest.mark.parametrize("name", list(KEPT_BLIND10))
def test_article_forms_of_the_tenth_set_are_left_alone(name: str, ending: str) -> None:
    article, tail = KEPT_BLIND10[name]
    assert _block_lines(MASTHEAD + article + tail + ending) == []


ARTICLE_HU = (
    "Két év után újra megnyílt a kesseli kikötői híd\n"
    "A kesseli kikötői hidat hétfő reggel két hónappal a tervezett időpont előtt adták át "
    "újra a forgalomnak.\n"
    "A mérnökök kicserélték a rozsdás pályalemezeket és az emelőszerkezetet.\n"
    "Az óvárosból most öt perc alatt lehet átjutni a hídon.\n"
)
APPENDED_BLIND12 = {
    "Hungarian 'Összegzés', a paragraph, a question to the reader and a comment invitation": (
        ARTICLE_HU, (
            "Összegzés\n"
            "A híd újranyitása remek hír mindenkinek, aki naponta ingázik az óváros és a "
            "kikötő között.\n"
            "Te átmentél már az új hídon? Oszd meg velünk a véleményedet kommentben!\n")),
    "Japanese 'まとめ', bullets set with '・', a question to the readers": (ARTICLE_JA, (
        "まとめ\n"
        "・港の橋は予定より2か月早く再開した。\n"
        "・費用は4100万ユーロに上った。\n"
        "・所要時間は5分に短縮された。\n"
        "今後の港の交通について、皆さんはどのようにお考えでしょうか？\n")),
    "an SEO paragraph repeating a phrase of the title above an FAQ": (ARTICLE, (
        "If you are looking for news on the harbour bridge, this guide covers everything you "
        "need to know about the crossing, the toll and the timetable for your trip. From the "
        "old town to the ferry quay, the harbour bridge now offers a quick and easy crossing "
        "for every kind of commuter.\n"
        "Frequently Asked Questions\n"
        "When did the harbour bridge reopen?\n"
        "The harbour bridge reopened on Monday, two months early.\n"
        "How long is the crossing now?\n"
        "About five minutes from the old town.\n")),
    "Polish 'Podsumowanie', a paragraph and a comment invitation": (ARTICLE, (
        "Podsumowanie\n"
        "Otwarcie mostu to świetna wiadomość dla wszystkich mieszkańców miasta.\n"
        "A wy, co sądzicie o nowym moście? Napiszcie nam w komentarzu!\n")),
}


@pytest.mark.parametrize("ending", [
    # A Hungarian article that ends on its own summary, without asking the reader.
    "Összegzés\nA híd újranyitása után a forgalom a belvárosban is csökkent.\n",
    # A list of the article's own points, set with '・', with no question after it.
    "・予定より2か月早く再開した。\n・費用は4100万ユーロに上った。\n",
])
def test_article_forms_of_the_twelfth_set_are_left_alone(ending: str) -> None:
    assert _block_lines(MASTHEAD + ARTICLE_HU + ending) == []


APPENDED_BLIND13 = {
    "plain 'Key Takeaways' sentences, then 'Conclusion' and 'In conclusion, …'": (ARTICLE, (
        "Key Takeaways\n"
        "The bridge reopened two months early.\n"
        "The repairs cost 41 million euros.\n"
        "The crossing now takes five minutes.\n"
        "Conclusion\n"
        "In conclusion, the reopening of the harbour bridge is a significant milestone for "
        "the whole region.\n")),
    "the same template in Bulgarian": (ARTICLE, (
        "Ключови изводи\n"
        "Мостът беше отворен два месеца по-рано.\n"
        "Ремонтът струва 41 милиона евро.\n"
        "Пътуването вече отнема пет минути.\n"
        "Заключение\n"
        "В заключение, отварянето на моста е важно събитие за целия регион.\n")),
    "a Persian FAQ and its conclusion": (ARTICLE, (
        "سوالات متداول\n"
        "پل بندر چه زمانی بازگشایی شد؟\n"
        "پل بندر روز دوشنبه، دو ماه زودتر از موعد، بازگشایی شد.\n"
        "عبور از پل اکنون چقدر طول می‌کشد؟\n"
        "عبور از پل اکنون حدود پنج دقیقه طول می‌کشد.\n")),
}


@pytest.mark.parametrize("ending", [
    # A reporter's last paragraph opening on a foreign "in conclusion", no heading, no list.
    "В заключение, кметът благодари на строителите за бързата работа.\n",
    # Three plain sentences under no takeaways heading, then a conclusion heading alone.
    "The bridge reopened early.\nThe repairs were costly.\nThe crossing is quick.\n",
])
def test_article_forms_of_the_thirteenth_set_are_left_alone(ending: str) -> None:
    assert _block_lines(MASTHEAD + ARTICLE + ending + CHROME) == []


def test_an_faq_heading_may_add_faq_in_brackets() -> None:
    block = ("Häufig gestellte Fragen (FAQ)\n"
             "Wann wurde die Hafenbrücke wieder geöffnet?\n"
             "Die Hafenbrücke wurde am Montag zwei Monate früher als geplant geöffnet.\n"
             "Wie lange dauert die Überfahrt jetzt?\n"
             "Die Überfahrt dauert jetzt etwa fünf Minuten.\n")
    head = MASTHEAD + ARTICLE_DE
    first = head.count("\n") + 1
    assert _block_lines(head + block + CHROME) == [(first, first + 4)]


#: A footer that holds sentences of its own: a newsletter pitch, a cookie notice, a
#: copyright line, a notice of publication.
WORDY_FOOTER = ("Sign up for our morning newsletter and get the day's news before breakfast.\n"
                "We use cookies to improve your experience on this website and show you "
                "relevant content.\n"
                "This story was first published in the Kessel Courier's print edition today.\n"
                "© 2026 Kessel Courier Ltd. All rights reserved, and this material may not be "
                "published.\n")


def test_a_block_is_found_above_a_footer_of_four_sentences() -> None:
    block = ("Frequently Asked Questions\n"
             "When did the harbour bridge reopen?\n"
             "The harbour bridge reopened on Monday, two months early.\n"
             "How long is the crossing now?\n"
             "About five minutes from the old town.\n")
    _assert_one_block(ARTICLE, block, WORDY_FOOTER)


def test_an_faq_heading_may_name_its_topic_after_a_colon() -> None:
    block = ("FAQ : tout savoir sur le pont du port\n"
             "Quand le pont du port a-t-il rouvert ?\n"
             "Le pont du port a rouvert lundi, avec deux mois d'avance.\n"
             "Combien de temps dure la traversée ?\n"
             "La traversée dure environ cinq minutes.\n")
    _assert_one_block(ARTICLE, block, CHROME)


def test_a_bloggers_own_closing_in_the_first_person_is_left_alone() -> None:
    ending = ("Conclusion\n"
              "Going local was the right choice for us, but not because it is cheaper.\n"
              "If you have done a similar migration, I'd love to hear how you handled it: "
              "share your thoughts in the comments below.\n")
    assert _block_lines(MASTHEAD + ARTICLE + ending + CHROME) == []


#: The appended forms of the later labelled sets, by what they hold.
APPENDED_LATER = {**APPENDED_BLIND10, **APPENDED_BLIND12, **APPENDED_BLIND13}


@pytest.mark.parametrize("ending", ["", CHROME], ids=["at the end", "before chrome"])
@pytest.mark.parametrize("name", list(APPENDED_LATER))
def test_appended_forms_of_later_sets(name: str, ending: str) -> None:
    article, block = APPENDED_LATER[name]
    _assert_one_block(article, block, ending)


#: A county's own FAQ under its notice: the answers tell the reader what to do.
SERVICE_FAQ = ("Frequently Asked Questions\n"
               "I haven't received my statement. What should I do?\n"
               "If your mortgage company pays your taxes, the statement may have been sent to "
               "them. You can also look it up online.\n"
               "Why did my taxes go up if my assessed value went down?\n"
               "Your tax is based on the levies voters approved as well as on your value.\n"
               "Can I pay in installments?\n"
               "Yes. Amounts of $50 or more may be paid in two halves.\n"
               "What happens if I pay late?\n"
               "Interest of 1% per month is charged, and penalties are added in June.\n")


def test_a_service_pages_own_faq_is_left_alone() -> None:
    assert _block_lines(MASTHEAD + ARTICLE + SERVICE_FAQ + CHROME) == []


def test_a_long_faq_whose_answers_restate_their_questions_is_reported() -> None:
    block = ("Frequently Asked Questions\n"
             "When did the harbour bridge reopen?\n"
             "The harbour bridge reopened on Monday, two months early.\n"
             "How much did the harbour bridge repairs cost?\n"
             "The harbour bridge repairs cost 41 million euros.\n"
             "How long is the crossing over the bridge now?\n"
             "The crossing over the bridge now takes about five minutes.\n"
             "Will there be a toll on the harbour bridge?\n"
             "A toll on the harbour bridge will be discussed in March.\n")
    _assert_one_block(ARTICLE, block, CHROME)


def test_a_takeaways_heading_after_a_summary_word_before_chrome() -> None:
    block = ("En résumé : les points clés à retenir\n"
             "Le pont du port a rouvert avec deux mois d'avance.\n"
             "Les travaux ont coûté 41 millions d'euros.\n"
             "La traversée dure désormais cinq minutes.\n"
             "En conclusion, la réouverture du pont est une excellente nouvelle pour toute la "
             "région.\n")
    _assert_one_block(ARTICLE, block, CHROME)


def test_a_block_is_found_above_a_recipe_blogs_long_footer() -> None:
    block = ("Frequently Asked Questions\n"
             "Can the harbour bridge be crossed on foot?\n"
             "Yes! The harbour bridge has a footpath on both sides.\n"
             "Is the harbour bridge open at night?\n"
             "The harbour bridge is open day and night.\n"
             "Final Thoughts\n"
             "The harbour bridge is a great reason to visit Kessel this spring.\n")
    footer = WORDY_FOOTER + ("Your email address will not be published. Required fields are "
                             "marked.\nSave my name, email, and website in this browser for the "
                             "next time I comment.\nHi, I'm Hannah! I bake in a tiny rented "
                             "kitchen and write about it here.\n")
    _assert_one_block(ARTICLE, block, footer)


def test_a_health_pages_own_faq_is_left_alone() -> None:
    ending = ("Frequently asked questions\n"
              "Is shingles contagious?\n"
              "You can't catch shingles from someone else, but you can catch chickenpox.\n"
              "Can I get shingles more than once?\n"
              "Yes, although shingles rarely comes back. Vaccination lowers the risk.\n"
              "Who can get the vaccine for free?\n"
              "It is free for people aged 65 and over.\n"
              "How long does the rash last?\n"
              "The rash usually heals within 2 to 4 weeks.\n")
    assert _block_lines(MASTHEAD + ARTICLE + ending + CHROME) == []


NINETEENTH_BLOCKS = {
    "a run of wrap-up paragraphs": (
        "In conclusion, the reopening of the harbour bridge highlights the difficult choices "
        "facing coastal towns.\n"
        "Key takeaways: the bridge reopened two months early, the works cost 41 million "
        "euros, and the crossing takes five minutes.\n"
        "Ultimately, only time will tell whether the new bridge will last another sixty "
        "years.\n"),
    "a Swahili question and invitation closing the title question": (
        "Je, harbour bridge reopens after two years of repairs?\n"
        "Ndiyo, the harbour bridge reopens after two years of repairs, and commuters are "
        "glad.\n"
        "Unafikiri nini kuhusu habari hii? Tuambie maoni yako kwenye sehemu ya maoni hapa "
        "chini!\n"),
    "an interview closed by a reader question above share buttons": (
        "**What does the harbour bridge reopening after two years of repairs mean?**\n"
        "**Interview with a bridge engineer**\n"
        "**Reporter:** Why did the works take two years?\n"
        "**Engineer:** The lifting machinery was in worse shape than anyone expected.\n"
        "**Reporter:** What comes next?\n"
        "**Engineer:** An inspection every five years, and a new coat of paint in 2030.\n"
        "**Question for readers:** Will you use the bridge every day?\n"),
}


@pytest.mark.parametrize("name", list(NINETEENTH_BLOCKS))
def test_blocks_of_the_nineteenth_set(name: str) -> None:
    _assert_one_block(ARTICLE, NINETEENTH_BLOCKS[name],
                      "Share on Facebook\nShare on X\n" + CHROME)


def test_an_inline_wrap_up_label_closes_an_seo_block() -> None:
    block = ("Harbour Bridge Reopens After Two Years of Repairs: The Ultimate Guide\n"
             "If you are looking for the harbour bridge reopens after two years of repairs, "
             "you have come to the right place, and these harbour bridge tips will help you "
             "make the most of the harbour bridge reopens news.\n"
             "Final thoughts: the reopened harbour bridge is a rewarding sight that anyone "
             "can enjoy. Happy commuting!\n")
    _assert_one_block(ARTICLE, block, CHROME)


@pytest.mark.parametrize("ending", [
    # A reporter's last paragraph with one stock phrase and no wrap-up opening.
    "Only time will tell whether the toll will be introduced, the mayor said.\n",
    # One "In conclusion," paragraph with one stock phrase only.
    "In conclusion, the council said, only time will tell whether the toll is needed.\n",
    # A sentence that opens with a takeaway label but is a quote in the article.
    "Key takeaways, the mayor said, were the cost and the speed of the works.\n",
])
def test_close_endings_of_the_nineteenth_set_are_not_generated(ending: str) -> None:
    assert _block_lines(MASTHEAD + ARTICLE + ending + CHROME) == []


def test_an_organisations_about_note_is_no_quoted_title() -> None:
    text = ("St Aldhelm's Hospitals NHS Foundation Trust\nHome / News\n"
            "New day surgery unit opens at the community hospital\n"
            "Posted on 21 January 2026\n"
            "A new day surgery unit has opened at the community hospital, the trust said on "
            "Monday.\n"
            "The unit has two operating theatres and will carry out 4,000 procedures a year.\n"
            "ENDS\nNotes to editors\n"
            "St Aldhelm's Hospitals NHS Foundation Trust provides acute and community services "
            "to around 420,000 people.\n")
    assert _block_lines(text) == []


@pytest.mark.parametrize("line", [
    "Mitä mieltä olet uudesta sillasta?", "Vad tycker du om bron?", "Co si o tom myslíte?",
    "Ce părere aveți despre pod?", "Què en penseu del pont?", "Ką manote apie tiltą?",
    "Ano sa tingin mo sa tulay?", "Bạn nghĩ sao về cây cầu?", "ما رأيكم في الجسر؟",
    "この橋についてどう思いますか？", "이 다리에 대해 어떻게 생각하시나요?",
])
def test_what_do_you_think_in_the_nineteenth_sets_languages(line: str) -> None:
    from corpus_lint.rules import gen

    assert gen.WHAT_DO_YOU_THINK.search(line)


def test_key_lessons_from_the_episode_join_the_title_question_block() -> None:
    block = ("Why did the harbour bridge reopen after two years of repairs?\n"
             "In a changing world, the harbour bridge reopening after two years of repairs is "
             "a reminder of the value of hard work.\n"
             "Key lessons from the episode:\n"
             "1. Hard work pays off.\n"
             "2. Care for your neighbours.\n"
             "3. Change is part of life.\n"
             "What do you think? Share your story in the comments below!\n")
    _assert_one_block(ARTICLE, block, CHROME)


_HELP_ARTICLE = (
    "Help Center › Invoices › Payment reminders\n"
    "How automatic payment reminders work\n"
    "Tallyfin can email your customers automatically when an invoice is about to fall due.\n"
    "Reminders stop as soon as an invoice is marked as paid, manually or by a bank match.\n"
    "Frequently asked questions\n"
    "Can I send a reminder before the due date?\n"
    "Yes. Add a reminder with a negative offset, and it goes out before the due date.\n"
    "Are reminders sent on weekends?\n"
    "By default, no. A reminder that falls on a Sunday is sent on the following Monday.\n"
    "Why did my customer not receive a reminder?\n"
    "Check that the customer has an email address and that reminders are switched on.\n")


@pytest.mark.parametrize("footer", ["Was this article helpful?\nYes\nNo\n", ""])
def test_a_help_centres_own_faq_is_left_alone(footer: str) -> None:
    assert _block_lines(_HELP_ARTICLE + footer) == []


def test_the_same_faq_on_a_news_page_is_reported() -> None:
    text = _HELP_ARTICLE.replace("Help Center › Invoices › Payment reminders",
                                 "News › Business")
    assert len(_block_lines(text)) == 1


def _line_kinds(line: str) -> set[str]:
    """The kinds of signal one line carries as the last line of a plain-text article."""
    from corpus_lint.rules import gen

    doc = Document.from_text(ARTICLE + line + "\n")
    return {s.kind for s in gen.line_signals(gen.read_lines(doc)[-1], gen.PLAIN)}


@pytest.mark.parametrize("line", [
    # Conclusions, summaries and "in brief" of the blind probe's languages.
    "Gevolgtrekking", "Konklusjon", "Det viktigaste i korthet", "Kort fortalt", "Lokaorð",
    "Tärkeimmät asiat lyhyesti", "Peamine lühidalt", "Galvenais īsumā", "Svarbiausia trumpai",
    "To nejdůležitější ve zkratce", "To najdôležitejšie v skratke", "Na kratko", "Ukratko",
    "Најважније укратко", "A legfontosabbak röviden", "Основното накратко", "Ondorioak",
    "השורה התחתונה", "บทสรุป", "结论", "Wrapping up", "Kortom", "Tot slot", "Sažetak",
    # Key points.
    "Die belangrikste punte", "De belangrijkste punten", "Τα βασικά σημεία", "Gako nagusiak",
    "Claves", "Punts clau", "Ključne činjenice", "Perkara Utama", "Mahahalagang Punto",
    "Öne Çıkanlar", "Головне", "اہم نکات", "मुख्य बातें", "মূল বিষয়গুলো",
    "முக்கிய அம்சங்கள்", "ประเด็นสำคัญ", "要点总结", "この記事のポイント",
    # FAQ headings.
    "Algemene vrae", "Najčešća pitanja", "Ohiko galderak", "अक्सर पूछे जाने वाले सवाल",
    "Mga Madalas Itanong", "اکثر پوچھے جانے والے سوالات", "Sık Sorulan Sorular",
])
def test_wrap_up_headings_of_the_probes_languages(line: str) -> None:
    from corpus_lint.rules import gen

    assert gen.is_wrap_up_heading(line)
    assert "wrap-up" in _line_kinds(line)


@pytest.mark.parametrize("line", [
    # A press release's own fact box and a signature: honest, and no wrap-up heading.
    "Key facts", "Claus",
    # The words inside sentences, not as headings.
    "Kort fortalt var det en lang dag for pendlerne ved broen.",
    "De commissie kwam tot de conclusie dat de werkzaamheden tot 2028 duren.",
    "Het belangrijkste punt van de avond was de tol.",
])
def test_near_misses_of_wrap_up_headings(line: str) -> None:
    from corpus_lint.rules import gen

    assert not gen.is_wrap_up_heading(line)
    assert "wrap-up" not in _line_kinds(line)


@pytest.mark.parametrize("line", [
    "Overall, the update makes the app faster and easier to use for everyday tasks.",
    "Zusammenfassend lässt sich sagen, dass die neue Brücke wichtig ist.",
    "Fazit: Wer auf den Preis achtet, ist mit diesem Staubsauger gut beraten.",
    "Samenvattend hangt de keuze voor een matras vooral af van je budget.",
    "Kortom, de nieuwe brug laat zien hoe belangrijk investeren is.",
    "Opsommend hang die keuse van 'n matras af van jou begroting.",
    "Sammanfattningsvis visar den nya bron hur viktigt det är att investera.",
    "Oppsummert viser den nye brua hvor viktig det er å investere.",
    "Sammenfattende kan man sige, at den nye bro er vigtig.",
    "Í stuttu máli fer val á dýnu eftir fjárhag og svefnstellingu.",
    "Kaiken kaikkiaan päivitys tekee sovelluksesta nopeamman.",
    "Kokkuvõtteks võib öelda, et uus sild on oluline.",
    "Rezumējot – matrača izvēle ir atkarīga no budžeta.",
    "Závěrem lze říci, že nový most je důležitý.",
    "Na záver možno povedať, že nový most je dôležitý.",
    "Reasumując, wybór materaca zależy od budżetu.",
    "Sve u svemu, ažuriranje čini aplikaciju bržom.",
    "Összegzésként elmondható, hogy az új híd fontos.",
    "Pe scurt, alegerea saltelei depinde de buget.",
    "Накратко, изборът на матрак зависи от бюджета.",
    "Συνοψίζοντας, η επιλογή στρώματος εξαρτάται από τον προϋπολογισμό.",
    "Kısacası, bu güncelleme uygulamayı daha hızlı hale getiriyor.",
    "في الختام، يسلط الجسر الجديد الضوء على أهمية الاستثمار.",
    "وختاماً، يجعل هذا التحديث التطبيق أسرع.",
    "בשורה התחתונה, העדכון הופך את האפליקציה למהירה יותר.",
    "در پایان، پل جدید اهمیت سرمایه‌گذاری را نشان می‌دهد.",
    "خلاصہ یہ کہ صحیح گدے کا انتخاب بجٹ پر منحصر ہے۔",
    "संक्षेप में कहें तो सही गद्दा चुनना बजट पर निर्भर करता है।",
    "পরিশেষে বলা যায়, নতুন সেতুটি গুরুত্বপূর্ণ।",
    "முடிவாக, புதிய பாலம் முக்கியமானது.",
    "สรุปแล้ว สะพานแห่งใหม่สะท้อนให้เห็นถึงความสำคัญของการลงทุน",
    "Kết luận, bản cập nhật giúp ứng dụng chạy nhanh hơn.",
    "Jadi, dapat disimpulkan bahwa pembaruan ini membuat aplikasi lebih cepat.",
    "Sa madaling salita, mas pinabilis ng update na ito ang app.",
    "Kwa ufupi, kuchagua godoro sahihi kunategemea bajeti yako.",
    "Laburbilduz, koltxoi egokia aukeratzea aurrekontuaren araberakoa da.",
    "いかがでしたか？今回のアップデートでアプリはより速くなりました。",
    "요약하자면, 매트리스 선택은 예산에 따라 달라집니다.",
    "简而言之，这次更新让应用更快。",
])
def test_wrap_up_openers_of_the_probes_languages(line: str) -> None:
    assert "wrap-up" in _line_kinds(line)


@pytest.mark.parametrize("line", [
    # "Finally", "in total", "as a result" and "overall" inside a narrative sentence.
    "Overall turnout was 61 percent, the electoral commission said.",
    "Abschließend besichtigte der Minister die Baustelle am Deich.",
    "Kopumā projektā ieguldīti pieci miljoni eiro.",
    "Celkovo sa pri nehode zranilo päť ľudí.",
    "Na kraju je ministar posjetio gradilište.",
    "در نتیجه، جاده برای چند ساعت بسته شد.",
    "Ondorioz, errepidea itxita egon zen hainbat orduz.",
    "Fazit der Studie ist, dass die Brücke länger hält.",
    "In short supply, the spare parts had to be flown in.",
])
def test_near_misses_of_wrap_up_openers(line: str) -> None:
    assert "wrap-up" not in _line_kinds(line)


@pytest.mark.parametrize("line", [
    # Invitations to comment, with or without a question before them.
    "Neem deel aan die gesprek en los 'n kommentaar hieronder!",
    "Wat dink jy? Laat weet ons in die kommentaar hieronder!",
    "Включете се в дискусията и оставете коментар по-долу!",
    "আপনার মতামত কী? নিচে কমেন্টে জানান!",
    "Participa en el debat i deixa un comentari a sota!",
    "Zapojte se do diskuze a zanechte komentář níže!",
    "Har du prøvet opskriften? Del gerne din erfaring herunder.",
    "Wie ist Ihre Meinung dazu? Diskutieren Sie mit!",
    "Πάρτε μέρος στη συζήτηση και αφήστε το σχόλιό σας παρακάτω!",
    "Mida sina arvad? Anna teada kommentaarides!",
    "Zer deritzozu? Utzi zure iruzkina behean!",
    "نظر شما چیست؟ دیدگاه خود را در بخش نظرات با ما در میان بگذارید.",
    "Oletko kokeillut reseptiä? Jaa kokemuksesi alla.",
    "הצטרפו לדיון והשאירו תגובה למטה!",
    "क्या आपने यह रेसिपी ट्राई की? अपना अनुभव कमेंट बॉक्स में साझा करें।",
    "Kipróbáltad már ezt a receptet? Oszd meg a tapasztalataidat lent!",
    "Hvað finnst þér? Segðu okkur í athugasemdunum!",
    "Lascia un commento qui sotto e partecipa alla discussione!",
    "このレシピを試してみた方は、感想をコメントで聞かせてくださいね。",
    "Ko tu par to domā? Dalies komentāros!",
    "Apa pendapat anda? Kongsikan di ruangan komen di bawah!",
    "Doe mee aan de discussie en laat hieronder een reactie achter!",
    "Bli med i debatten – legg igjen en kommentar under!",
    "Dołącz do dyskusji i zostaw komentarz poniżej!",
    "Присоединяйтесь к обсуждению и оставляйте комментарии ниже!",
    "Kaj pa vi mislite? Zapišite v komentarje!",
    "Шта ви мислите? Оставите коментар испод текста.",
    "Har du testat receptet? Dela gärna dina erfarenheter nedan.",
    "Je, umejaribu mapishi haya? Shiriki uzoefu wako kwenye maoni.",
    "உங்கள் கருத்து என்ன? கீழே கமெண்ட்டில் தெரிவியுங்கள்!",
    "เคยลองทำเมนูนี้หรือยัง? มาแชร์ประสบการณ์ในคอมเมนต์กันนะ",
    "Makisali sa usapan at mag-iwan ng komento sa ibaba!",
    "Tartışmaya katılın, görüşlerinizi aşağıya yazın!",
    "آپ کی کیا رائے ہے؟ نیچے کمنٹس میں ضرور بتائیں!",
    "Hãy tham gia thảo luận và để lại ý kiến của bạn bên dưới!",
    "欢迎在下方留言，说说你的看法。",
])
def test_reader_prompts_of_the_probes_languages(line: str) -> None:
    assert "reader-prompt" in _line_kinds(line)


@pytest.mark.parametrize("line", [
    "Wat dink jy van die nuwe brug?", "Какво мислите за новия мост?", "Mida sina arvad?",
    "Zer deritzozu?", "نظر شما چیست؟", "Hvað finnst þér?", "Ko tu par to domā?",
    "Apa pendapat anda?", "Kaj pa vi mislite?", "Шта ви мислите?", "உங்கள் கருத்து என்ன?",
    "آپ کی کیا رائے ہے؟", "Wie ist Ihre Meinung dazu?", "А что думаете вы?",
])
def test_what_do_you_think_in_the_probes_languages(line: str) -> None:
    from corpus_lint.rules import gen

    assert gen.WHAT_DO_YOU_THINK.search(line)


@pytest.mark.parametrize("line", [
    "Har du testat receptet? Dela gärna dina erfarenheter nedan.",
    "Wat dink jy? Laat weet ons in die kommentaar hieronder!",
    "Ko tu par to domā? Dalies komentāros!",
])
def test_a_line_that_only_prompts_readers_fires_in_the_probes_languages(line: str) -> None:
    _assert_one_block(ARTICLE, line + "\n", CHROME)


@pytest.mark.parametrize("line", [
    # A blog's comment form under the article: its title is chrome, no invitation.
    "Lämna en kommentar", "Deja un comentario", "Deixe um comentário", "Lascia un commento",
    "Laat een reactie achter", "Оставьте комментарий", "Αφήστε ένα σχόλιο", "Yorum yapın",
    "Mag-iwan ng komento", "Tinggalkan Komentar", "Jätä kommentti", "Zostaw komentarz",
    "Ostavite komentar", "Lasă un comentariu", "Hinterlasse einen Kommentar",
    # Reports of a discussion or of comments, in the third person.
    "คลิปดังกล่าวมียอดชมกว่าหนึ่งล้านครั้งและมีผู้แสดงความคิดเห็นหลายร้อยราย",
    "Der Rat diskutiert mit den Anwohnern über die Maut.",
    "Các đại biểu tham gia thảo luận về dự luật vào chiều nay.",
    "شارك في النقاش عدد من الخبراء والمسؤولين.",
    "El ministro participa en el debate sobre el puente.",
    "Los dinosaurios del museo atraen a miles de visitantes.",
    "Warga menceritakan pengalaman mereka saat banjir melanda.",
    "De gemeente laat weten dat de brug maandag opengaat.",
])
def test_near_misses_of_reader_prompts(line: str) -> None:
    assert "reader-prompt" not in _line_kinds(line)


TWENTY_SECOND_BLOCKS = {
    "a Markdown conclusion heading and its paragraph": (
        "## Conclusion\n"
        "Knowing how the harbour bridge was repaired is an easy way to understand why the "
        "crossing now takes five minutes instead of twenty.\n"),
    "a conclusion and an exhortation to share with friends": (
        "En conclusión, el puente del puerto es un destino que no te puedes perder si "
        "visitas Kessel.\n"
        "¡Comparte este artículo con tus amigos y familiares que aman viajar!\n"),
    "expert tips and their bullets": (
        "Expert Tips\n"
        "- Always cross the harbour bridge outside rush hour for a faster trip.\n"
        "- Check the council's website for lifting times before you set off.\n"
        "- Use the footpath on the east side for the best views of the old town.\n"
        "Plan your next trip across the bridge today and enjoy the view!\n"),
}


@pytest.mark.parametrize("name", list(TWENTY_SECOND_BLOCKS))
def test_blocks_of_the_twenty_second_set(name: str) -> None:
    _assert_one_block(ARTICLE, TWENTY_SECOND_BLOCKS[name], CHROME)


def test_a_markdown_heading_takes_its_paragraph_not_the_chrome_under_it() -> None:
    block = ("## Final Thoughts\n"
             "The harbour bridge is a must-see for anyone visiting Kessel this summer, with "
             "views of the old town from both footpaths.\n")
    _assert_one_block(ARTICLE, block, "関連記事\n潮見町の海水浴場、7月12日に海開き\n"
                      "© 2025 ひなた通信 All Rights Reserved.\n")


def test_a_comment_forms_title_is_no_reader_prompt() -> None:
    block = ("Key Takeaways\n"
             "• The Kessel harbour bridge reopened two months ahead of schedule.\n"
             "• New deck plates and lifting machinery cost 41 million euros.\n"
             "• The crossing now takes five minutes instead of twenty.\n"
             "Plan your commute ahead and enjoy the faster crossing to the old town!\n")
    _assert_one_block(ARTICLE, block, "57 comentários\nDeixe seu comentário\n" + CHROME)


def test_a_columnists_last_line_echoing_the_headline_is_not_generated() -> None:
    text = ("The 7:10 bus is no luxury\n"
            "When a rural line is cut, a village loses more than a timetable, its mayor said "
            "on Monday.\n"
            "Six people took the bus every morning, and each of them had a reason to stay.\n"
            "The mayor says he is looking into it. I hope he looks quickly, because the 7:10 "
            "bus is no luxury for six people; it is why six families have not left yet.\n")
    assert _block_lines(text) == []


def test_an_seo_line_pasting_the_title_first_still_fires() -> None:
    text = (MASTHEAD + ARTICLE + "Harbour bridge reopens after two years of repairs: this is "
            "the latest update on the harbour bridge reopening. Stay informed about the "
            "harbour bridge and its new deck.\n" + CHROME)
    assert len(_block_lines(text)) == 1


_PAA = ("People also ask\n"
        "Is the harbour bridge open at night?\n"
        "Yes, the harbour bridge is open at night and the harbour bridge lights stay on.\n"
        "How long did the harbour bridge repairs take?\n"
        "The harbour bridge repairs took two years, and the harbour bridge reopened on Monday.\n")


def test_people_also_ask_heads_an_faq_block() -> None:
    _assert_one_block(ARTICLE, _PAA, CHROME)


def test_a_help_centre_tab_in_the_menu_does_not_make_a_blog_faq_the_pages_own() -> None:
    masthead = "Kessel Software\nProduct\nPricing\nHelp Center\nBlog\n"
    text = masthead + ARTICLE + _PAA + CHROME
    assert len(_block_lines(text)) == 1


TWENTY_FOURTH_BLOCKS = {
    "a second-person section above a 'People also ask' FAQ": (
        "What this means for you\n"
        "If you cross the harbour every day, your trip will now take five minutes instead "
        "of twenty.\n"
        "By planning ahead, commuters can make the most of these important changes.\n"
        + _PAA),
    "'Did you know?' trivia above an FAQ, in Greek with its question marks": (
        "Ήξερες ότι;\n"
        "Η γέφυρα του λιμανιού ήταν κάποτε η μεγαλύτερη κινητή γέφυρα της χώρας!\n"
        "Οι άνθρωποι ρωτούν επίσης\n"
        "Πότε άνοιξε ξανά η γέφυρα του λιμανιού;\n"
        "Η γέφυρα του λιμανιού άνοιξε ξανά τη Δευτέρα, δύο μήνες νωρίτερα από το "
        "πρόγραμμα.\n"
        "Πόσο κόστισαν οι επισκευές της γέφυρας;\n"
        "Οι επισκευές της γέφυρας κόστισαν περίπου 41 εκατομμύρια ευρώ.\n"),
    "an Italian summary and a bold question for the readers": (
        "In sintesi\n"
        "Il ponte del porto è stato riaperto dopo due anni di lavori di riparazione.\n"
        "Il viaggio ora dura cinque minuti invece di venti per la maggior parte dei "
        "pendolari.\n"
        "**Domanda per i lettori:** secondo voi, il Comune dovrebbe chiudere il ponte di "
        "notte?\n"),
    "Japanese Markdown sections with a takeaways list and a 'ぜひ' exhortation": (
        "## まとめ\n"
        "港の橋は2年間の修理を経て、予定より2か月早く再開通した便利な橋です。\n"
        "### この記事のポイント\n"
        "- 通勤時間が20分から5分に短縮\n"
        "- 修理費用は約4100万ユーロ\n"
        "- 旧市街の眺めも楽しめる\n"
        "ぜひ週末に橋を渡って、旧市街の景色を楽しんでくださいね！\n"),
}


@pytest.mark.parametrize("name", list(TWENTY_FOURTH_BLOCKS))
def test_blocks_of_the_twenty_fourth_set(name: str) -> None:
    _assert_one_block(ARTICLE, TWENTY_FOURTH_BLOCKS[name], CHROME)


def test_a_stock_section_without_a_block_under_it_is_the_articles_own() -> None:
    section = ("What this means for you\n"
               "If you cross the harbour every day, your trip will now take five minutes "
               "instead of twenty.\n"
               "The council will publish the new lifting times on its website next week.\n")
    assert _block_lines(MASTHEAD + ARTICLE + section + CHROME) == []


def test_a_greek_question_mark_ends_a_question() -> None:
    from corpus_lint.rules.gen import greek_question
    assert greek_question("Πότε άνοιξε ξανά η γέφυρα;") == "Πότε άνοιξε ξανά η γέφυρα?"
    assert greek_question("The bridge opened; the ferry stopped;") == (
        "The bridge opened; the ferry stopped;")


def test_a_keyword_stuffed_paragraph_and_its_heading_are_one_block() -> None:
    block = ("Die beste Hafenbrücke für Ihren Ausflug\n"
             "Hafenbrücke Kessel, Hafenbrücke Öffnungszeiten, Hafenbrücke Maut 2025, "
             "Hafenbrücke Parken, Hafenbrücke Führung, Hafenbrücke Fotos – alles zur "
             "Hafenbrücke finden Sie hier. Jetzt die Hafenbrücke entdecken!\n")
    article = ("Hafenbrücke öffnet nach zwei Jahren\n"
               "Die Hafenbrücke in Kessel ist am Montag nach zwei Jahren Reparatur wieder "
               "für den Verkehr freigegeben worden.\n"
               "Neue Fahrbahnplatten und eine neue Hebetechnik kosteten 41 Millionen Euro.\n"
               "Die Überfahrt dauert jetzt fünf Minuten statt zwanzig.\n")
    _assert_one_block(article, block, CHROME)


def test_a_paragraph_naming_its_subject_twice_is_no_keyword_stuffing() -> None:
    article = ("Hafenbrücke öffnet nach zwei Jahren\n"
               "Die Hafenbrücke in Kessel ist am Montag nach zwei Jahren Reparatur wieder "
               "für den Verkehr freigegeben worden.\n"
               "Neue Fahrbahnplatten und eine neue Hebetechnik kosteten 41 Millionen Euro.\n"
               "Die Überfahrt dauert jetzt fünf Minuten statt zwanzig.\n"
               "Die neue Hafenbrücke\n"
               "Wer die Hafenbrücke zu Fuß überquert, sieht die Altstadt, und die Hafenbrücke "
               "bleibt nachts beleuchtet.\n")
    assert _block_lines(MASTHEAD + article + CHROME) == []


def test_a_short_copyright_line_naming_the_masthead_stays_out_of_the_block() -> None:
    block = ("**Interviewer:** How does it feel to see the harbour bridge open again?\n"
             "**Mayor Lind:** It feels incredible. Anything is possible with hard work.\n"
             "**What do you think?** Was the harbour bridge worth the wait? Let us know in "
             "the comments!\n")
    head = "Kessel Harbour Courier\nNews    Sport    Business\n" + ARTICLE
    first = head.count("\n") + 1
    text = head + block + "Comments are closed.\n© Kessel Harbour Courier 2026 · Contact\n"
    assert _block_lines(text) == [(first, first + 2)]


TWENTY_FIFTH_BLOCKS = {
    "Spanish key conclusions, a summary sentence and a prompt": (
        "Conclusiones clave\n"
        "- El puente del puerto reabrió dos meses antes de lo previsto.\n"
        "- Las reparaciones costaron 41 millones de euros.\n"
        "En resumen, el puente vuelve a unir la ciudad después de dos años difíciles.\n"
        "¿Y tú, ya cruzaste el puente? ¡Cuéntanos en los comentarios!\n"),
    "Ukrainian key theses of the episode and a question for listeners": (
        "Ключові тези епізоду\n"
        "- Міст у гавані відкрили на два місяці раніше.\n"
        "- Ремонт коштував 41 мільйон євро.\n"
        "Питання для слухачів\n"
        "А ви вже переїжджали новий міст? Поділіться своїми історіями в коментарях!\n"),
}


@pytest.mark.parametrize("name", list(TWENTY_FIFTH_BLOCKS))
def test_blocks_of_the_twenty_fifth_set(name: str) -> None:
    _assert_one_block(ARTICLE, TWENTY_FIFTH_BLOCKS[name], CHROME)


@pytest.mark.parametrize("heading", ["Key points from this episode", "Puntos clave del episodio",
                                     "Ключові тези епізоду", "Conclusiones clave"])
def test_takeaways_headings_may_name_the_piece(heading: str) -> None:
    from corpus_lint.rules.gen import is_wrap_up_heading
    assert is_wrap_up_heading(heading)
    assert not is_wrap_up_heading(heading + " of the harbour bridge repairs")


def test_a_wrap_up_paragraph_and_an_invitation_to_comment_are_a_closing_pair() -> None:
    block = ("En resumen, el puente del puerto vuelve a unir la ciudad después de dos años de "
             "obras.\n"
             "¿Y tú, ya cruzaste el puente? ¡Cuéntanos en los comentarios y comparte este "
             "artículo!\n")
    _assert_one_block(ARTICLE, block, CHROME)



_ES_CLOSING = ("En resumen, el puente del puerto vuelve a unir la ciudad después de dos años "
               "de obras.\n"
               "¿Y tú, ya cruzaste el puente? ¡Cuéntanos en los comentarios!\n")


def test_an_unknown_heading_over_bulleted_sentences_joins_the_closing_under_it() -> None:
    block = ("Lo esencial\n"
             "- El puente del puerto reabrió dos meses antes de lo previsto.\n"
             "- Las reparaciones costaron 41 millones de euros.\n" + _ES_CLOSING)
    _assert_one_block(ARTICLE, block, CHROME)


def test_numbered_steps_above_a_closing_stay_the_texts() -> None:
    steps = ("How to cross\n"
             "1. Park at the old town car park.\n"
             "2. Walk to the east footpath.\n")
    head = MASTHEAD + ARTICLE + steps
    first = head.count("\n") + 1
    assert _block_lines(head + _ES_CLOSING + CHROME) == [(first, first + 1)]


@pytest.mark.parametrize("line", [
    # "Final thoughts", "closing words" and "to close" of the second blind probe's languages.
    "Abschließende Gedanken", "Unser Fazit zum Schluss", "Reflexión final", "Para cerrar",
    "Pensieri finali", "Palavras finais", "Slotgedachte", "Avslutande ord", "Avsluttende tanker",
    "Til slut", "Loppuajatukset", "Lõppmõtted", "Noslēguma vārdi", "Baigiamasis žodis",
    "Końcowe refleksje", "Závěrečné slovo", "Záverom", "Završne riječi", "Завршне мисли",
    "Gânduri finale", "Заключительное слово", "Прикінцеві думки", "Καταληκτικά", "Son söz",
    "الكلمة الأخيرة", "מילה אחרונה", "کلام آخر", "آخری بات", "अंतिम शब्द", "শেষ ভাবনা",
    "இறுதியாக", "บทส่งท้าย", "Lời cuối", "Kata penutup", "Pangwakas na salita",
    "Neno la mwisho", "맺으며", "Per cloure", "Azken hitzak", "Afsluitende gedagtes",
    "Kort samengevat",
    # Main points, insights and lessons, also of the episode before or after them.
    "The biggest takeaways", "Points to remember", "Die zentralen Punkte",
    "Lo más importante, en pocas palabras", "Cosa c'è da ricordare", "As principais lições",
    "O que levar desta entrevista", "Belangrijkste lessen uit deze aflevering",
    "Huvudpunkterna", "De viktigste lærdommene", "Vigtigste lærdomme fra afsnittet",
    "Keskeiset opit", "Peamised õppetunnid", "Pagrindinės straipsnio išvados",
    "Hlavní závěry", "Ключови изводи от епизода", "A cikk legfontosabb tanulságai",
    "Самое главное вкратце", "Τα σημαντικότερα", "Öne çıkan noktalar", "أبرز ما جاء في المقال",
    "מסקנות עיקריות", "نکات اصلی", "मुख्य बिंदु", "এই পর্বের মূল শিক্ষা", "ใจความสำคัญ",
    "Tóm tắt nội dung chính", "Intisari", "Buod ng mga mahahalagang punto", "大事なポイント",
    "핵심 내용", "主要結論", "Idees principals", "Hoofpunte",
])
def test_wrap_up_headings_of_the_second_probes_languages(line: str) -> None:
    from corpus_lint.rules import gen

    assert gen.is_wrap_up_heading(line)
    assert "wrap-up" in _line_kinds(line)


@pytest.mark.parametrize("line", [
    # A narrative "finally", a market's close and a council's decision: no wrap-up heading.
    "Slutligen", "Kapanış", "Sklep", "Ana başlıklar", "Na kraju",
    # The words inside sentences, not as headings.
    "Til slutt kom brannvesenet og slukket flammene ved midnatt.",
    "Abschließende Gedanken machte sich der Rat erst nach der Abstimmung.",
    "Las ideas principales del plan se presentaron ayer en el ayuntamiento.",
    "Главные выводы комиссия сделает только в марте.",
])
def test_near_misses_of_the_second_probes_wrap_up_headings(line: str) -> None:
    from corpus_lint.rules import gen

    assert not gen.is_wrap_up_heading(line)
    assert "wrap-up" not in _line_kinds(line)


@pytest.mark.parametrize("line", [
    # "People also ask", "many ask this" and the readers' questions of the second blind
    # probe's languages, in other persons, word orders and spellings than its own lines.
    "People are also asking", "What readers also ask", "Das wollen viele Leserinnen wissen",
    "D'autres ont aussi demandé", "Otros también preguntan", "Gli utenti chiedono anche",
    "Perguntas dos leitores", "Wat lezers ook vragen", "Andra undrar också", "Andre spør ofte",
    "Tätä kysytään usein", "Aðrir spyrja einnig", "Inimesed küsivad veel", "Cilvēki arī jautā",
    "Žmonės dar klausia", "Ludzie pytają też", "Na co se lidé ptají", "Ľudia sa aj pýtajú",
    "Ljudje tudi sprašujejo", "Ljudi isto pitaju", "Oamenii și întreabă", "Хората още питат",
    "О чем спрашивают читатели", "Okuyucuların merak ettikleri", "أسئلة قراء", "שאלות קוראים",
    "سوالات خوانندگان", "पाठकों के प्रश्न", "লোকেরা এটাও জিজ্ঞাসা করে", "คำถามที่ผู้คนมักถาม",
    "Câu hỏi từ độc giả", "Pertanyaan dari pembaca", "Watu pia wanauliza", "大家還在問",
    "読者の皆さんからのご質問", "La gent també es pregunta",
    "Lesers wil ook weet", "Mense vra ook oor die tolgeld",
])
def test_people_also_ask_headings_of_the_second_probes_languages(line: str) -> None:
    from corpus_lint.rules import gen

    assert gen.FAQ_HEADING.match(line)
    assert "wrap-up" in _line_kinds(line)


@pytest.mark.parametrize("line", [
    # The words in a reporter's sentences: no heading.
    "Mense vra ook of die brug veilig is.", "Das fragen sich viele Leser seit Jahren.",
    "Le domande dei lettori sono state tante, e il sindaco ha risposto a tutte.",
    "Pertanyaan pembaca soal tarif tol dijawab oleh dinas perhubungan.",
    "Inni pytają również, dlaczego most był zamknięty tak długo.",
])
def test_near_misses_of_people_also_ask_headings(line: str) -> None:
    from corpus_lint.rules import gen

    assert not gen.FAQ_HEADING.match(line)
    assert not gen.is_wrap_up_heading(line)


@pytest.mark.parametrize("line", [
    # "Did you know?" and a fun fact, in the second blind probe's languages and spellings.
    "Fun facts", "Gut zu wissen", "Un dato curioso", "Lo sapevi che...?", "Você sabia que…",
    "Weetje", "Visste du detta?", "Vidste du at...?", "Tiesitkö, että...?", "Ali ste vedeli?",
    "Czy wiedziałaś?", "Tudták, hogy...?", "Știai că...?", "Знаеше ли?", "Чи знаєте ви, що...",
    "הידעתן?", "دانستنی‌ها", "คุณรู้หรือไม่?", "Alam niyo ba?", "ご存じですか？", "冷知識",
    "Ho sabies?", "Ba al zenekiten?",
    # What it means for you, how it affects you, what changes.
    "Why it matters to you", "Was dies für dich bedeutet", "¿Cómo le afecta?",
    "Cosa cambia per voi", "Wat merkt u hiervan?", "Vad betyder detta för dig?",
    "Co to zmienia dla was?", "Čo to znamená pre teba", "Ce se schimbă pentru tine?",
    "Что изменится для вас?", "Як це вплине на вас?", "ما الذي يتغير لك؟",
    "इसका आप पर क्या असर पड़ेगा?", "Ảnh hưởng đến bạn ra sao?", "Apa artinya bagi konsumen?",
    "이것이 여러분에게 의미하는 것",
    # Key facts, at a glance, in figures.
    "The essentials at a glance", "Fakten auf einen Blick", "Chiffres clés", "De un vistazo",
    "In cifre", "Factos principais", "Belangrijkste feiten", "Snabbfakta", "Faktaboks",
    "Staðreyndir í hnotskurn", "W pigułce", "Klíčová fakta",
    "Dióhéjban", "В цифри", "Коротко о главном", "Με λίγα λόγια", "Rakamlarla",
    "Fakta utama", "Dalam angka", "一目でわかる", "한눈에 보는",
    # Pros and cons.
    "Pros & cons", "The pros and cons", "Vorteile und Nachteile", "Les avantages et les "
    "inconvénients", "Punti di forza e debolezza", "Voordelen en nadelen", "For og imod",
    "Plusy i minusy", "Pro a proti", "Плюси та мінуси", "Переваги і недоліки",
    "Artıları ve eksileri", "फ़ायदे और नुकसान", "ข้อดี-ข้อเสีย", "Ưu điểm và nhược điểm",
    "メリット・デメリット", "장단점", "優缺點一覽", "Voordele en nadele",
])
def test_section_headings_of_the_second_probes_languages(line: str) -> None:
    from corpus_lint.rules import gen

    assert gen.SECTION_HEADING.match(line)
    assert "wrap-up" in _line_kinds(f"**{line}**")
    assert "wrap-up" not in _line_kinds(line)  # plain, a real article's subheading too


@pytest.mark.parametrize("line", [
    # Generic phrases left out ("all in one place", "quickly", "get to know") and the
    # headings' words inside a reporter's sentences.
    "Wszystko w jednym miejscu", "Sve na jednom mjestu", "Na hitro",
    "Wussten Sie schon, dass die Brücke 1911 gebaut wurde?",
    "Vor- und Nachteile wurden im Rat lange abgewogen.",
    "Was das für Sie bedeutet, erklärt die Verbraucherzentrale am Montag.",
    "Los datos clave del informe se publicarán en abril.",
    "Плюсы и минусы реформы обсуждали два часа.",
])
def test_near_misses_of_the_second_probes_section_headings(line: str) -> None:
    from corpus_lint.rules import gen

    assert not gen.SECTION_HEADING.match(line)


def _prompt_weight(line: str) -> float:
    from corpus_lint.rules import gen

    doc = Document.from_text(ARTICLE + line + "\n")
    return sum(s.weight for s in gen.line_signals(gen.read_lines(doc)[-1], gen.PLAIN)
               if s.kind == "reader-prompt")


@pytest.mark.parametrize("line", [
    # A question labelled for "our" listeners, readers or viewers, in other words than the
    # second blind probe's own lines.
    "Question pour nos lecteurs : quel pont préférez-vous ?",
    "Domanda ai nostri lettori: quale ponte preferite?",
    "Fråga till tittarna: vilken bro gillar du mest?",
    "Kysymys katsojillemme: kumpaa siltaa käytät?",
    "Pytania do naszych widzów: czy korzystacie z mostu?",
    "Вопросы нашим читателям: каким мостом вы пользуетесь?",
    "Okurlarımıza sorular: köprüyü kullanıyor musunuz?",
    "שאלה לקוראים: באיזה גשר אתם נוסעים?", "पाठकों से प्रश्न: आप कौन सा पुल चुनेंगे?",
    "독자 여러분께 드리는 질문: 어느 다리를 이용하시나요?",
    "Vraag aan ons lesers: watter brug verkies jy?",
    # The word handed to the reader before a question.
    "Now it's your turn: which bridge do you use?", "Sie sind dran: Welche Brücke nutzen Sie?",
    "À toi de jouer : quel pont prends-tu ?", "Ahora es tu turno: ¿qué puente usas?",
    "Agora é a sua vez: qual ponte você usa?", "Nu is het uw beurt: welke brug neemt u?",
    "Teraz wasza kolej: którym mostem jeździcie?",
    "Most rajtatok a sor: melyik hidat használjátok?",
    "Тепер твоя черга: яким мостом ти їздиш?", "Şimdi sıra sende: hangi köprüyü kullanıyorsun?",
    "Sekarang giliran anda: jambatan mana yang anda guna?", "輪到你了：你走哪座橋？",
    # "Tell us in the comments:" as a label.
    "Zapišite nam v komentarje: kateri most uporabljate?",
    "Tuambie katika maoni: unatumia daraja lipi?",
])
def test_reader_labels_of_the_second_probes_languages(line: str) -> None:
    assert _prompt_weight(line) >= 1.5


@pytest.mark.parametrize("line", [
    # The hand-over without a question is a how-to's step, not a prompt.
    "Now it's your turn: cut the dough into eight pieces and let them rest.",
    "Tocca a voi: tagliate l'impasto in otto pezzi.",
    # Listeners and readers in a reporter's sentence.
    "The station put the question to its listeners on Monday, and 300 called in.",
    "Spørsmål til lytterne våre kom det mange av etter møtet.",
    "Въпрос към нашите читатели беше дали мостът е безопасен.",
])
def test_near_misses_of_the_second_probes_reader_labels(line: str) -> None:
    assert _prompt_weight(line) < 1.5


@pytest.mark.parametrize("line", [
    # Share this article, try it today, follow us: the second blind probe's imperatives in
    # other words and persons than its own lines.
    "Share this recipe with your neighbours!", "Try it now and see for yourself!",
    "Teile diesen Beitrag mit deiner Familie!", "Probiert es gleich aus!",
    "Suivez-nous pour d'autres astuces !", "¡No olvides seguirnos en redes!",
    "¡Pruébala hoy y cuéntanos!", "Provateli oggi stesso!", "Siga-nos para mais receitas!",
    "Volg ons voor meer recepten!", "Følg os for flere opskrifter!", "Seuraa meitä somessa!",
    "Wypróbujcie już dziś!", "Sledujte nás pro další recepty!", "Pratite nas za još recepata!",
    "Kövessen minket további receptekért!", "Подписывайтесь на нас, чтобы не пропустить новое!",
    "Ακολουθήστε μας για περισσότερες συνταγές!", "Bu haberi sevdiklerinizle paylaşın!",
    "تابعونا لمزيد من الوصفات!", "עקבו אחרינו לעוד מתכונים!", "हमें फॉलो करें!",
    "Jangan lupa ikuti kami ya!", "Jaribu leo!", "この記事をぜひシェアしてください！",
    "別忘了關注我們！", "Segueix-nos per a més receptes!", "Volg ons vir meer resepte!",
])
def test_exhortations_of_the_second_probes_languages(line: str) -> None:
    from corpus_lint.rules import gen

    assert gen.is_exhortation(line)


@pytest.mark.parametrize("line", [
    # Without the exclamation mark, a reporter's sentence; in a long line, the text's.
    "Volg ons voor meer nieuws over de brug.", "Try it today, the mayor told the crowd.",
    "Sledujte nás pro další zprávy o mostě",
    "Der Bürgermeister rief: Probieren Sie es aus, sagte er, als die Brücke nach zwei "
    "Jahren Bauzeit und langen Debatten über die Kosten am Montag endlich für den Verkehr "
    "freigegeben wurde, und hunderte Menschen jubelten!",
])
def test_near_misses_of_the_second_probes_exhortations(line: str) -> None:
    from corpus_lint.rules import gen

    assert not gen.is_exhortation(line)


@pytest.mark.parametrize("line", [
    "Pytanie do słuchaczy radia zadał prowadzący, który pytał o nowy most.",
    "Domanda per i lettori più giovani è arrivata dal sindaco durante l'incontro.",
])
def test_a_foreign_question_label_needs_its_colon(line: str) -> None:
    from corpus_lint.rules.gen import READER_LABEL
    assert READER_LABEL.match(line) is None
    assert READER_LABEL.match("Domanda per i lettori: secondo voi il ponte va chiuso?")


STOCK_SECTIONS = {
    "key facts at a glance": (
        "Key facts at a glance\n"
        "• The harbour bridge reopened two months ahead of schedule.\n"
        "• The repairs cost 41 million euros.\n"
        "• The crossing now takes five minutes instead of twenty.\n"),
    "did you know, in Arabic, its items asking": (
        "هل تعلم؟\n"
        "- هل تعلم أن الجسر كان أطول جسر متحرك في البلاد؟\n"
        "- هل تعلم أن الإصلاحات استغرقت عامين كاملين؟\n"
        "- هل تعلم أن العبور يستغرق الآن خمس دقائق فقط؟\n"),
    "a wrap-up heading, its list and an exhortation": (
        "In a nutshell\n"
        "- The bridge is open again.\n"
        "- Repairs cost 41 million euros.\n"
        "- Crossing takes five minutes.\n"
        "Plan your next trip across the bridge and enjoy the view!\n"),
}


@pytest.mark.parametrize("name", list(STOCK_SECTIONS))
def test_a_stock_section_and_its_list_closing_the_text_is_one_block(name: str) -> None:
    _assert_one_block(ARTICLE, STOCK_SECTIONS[name], CHROME)


@pytest.mark.parametrize("after", [
    "The council will publish the new lifting times on its website next week, officials "
    "said on Monday.\n",
    ""], ids=["the article goes on", "two items only"])
def test_a_stock_section_inside_the_text_is_left_alone(after: str) -> None:
    section = ("Key facts at a glance\n"
               "• The harbour bridge reopened two months ahead of schedule.\n"
               "• The repairs cost 41 million euros.\n")
    if after:
        section += "• The crossing now takes five minutes instead of twenty.\n" + after
    assert _block_lines(MASTHEAD + ARTICLE + section + CHROME) == []


def test_a_heading_over_the_readers_question_and_the_section_above_it_join_the_block() -> None:
    block = ("What This Means for You\n"
             "If you cross the harbour every day, your trip will now take five minutes instead "
             "of twenty.\n"
             "For the wider community, the reopening could bring both challenges and "
             "opportunities.\n"
             "Join the Conversation\n"
             "Do you think the harbour bridge was worth the wait? Share your thoughts in the "
             "comments below.\n")
    _assert_one_block(ARTICLE, block, CHROME)


def test_a_related_topic_or_a_stamp_above_the_question_stays_out() -> None:
    question = ("What do you think of the new bridge? Can it handle the summer traffic? Let us "
                "know in the comments.\n")
    for above in ("Related Topics\nHarbour works\nKessel council\n", "2025.05.23 18:40 JST\n"):
        head = MASTHEAD + ARTICLE + above
        first = head.count("\n") + 1
        assert _block_lines(head + question + CHROME) == [(first, first)]


def test_a_stock_section_may_have_a_follow_us_line_under_it() -> None:
    block = ("Abin da wannan ke nufi a gare ku\n"
             "- Idan kana tsallaka gadar kullum, tafiyarka za ta dauki mintuna biyar kawai.\n"
             "- Gyaran ya ci Yuro miliyan 41.\n"
             "- Gadar za ta kasance a bude dare da rana.\n"
             "Me kuke tunani game da wannan gada? Ku bayyana ra'ayoyinku a sashen sharhi da ke "
             "kasa!\n")
    _assert_one_block(ARTICLE, block, "Ku biyo mu a Facebook da WhatsApp domin samun labarai.\n"
                      + CHROME)


def test_the_texts_own_overall_paragraph_stays_above_a_markdown_section() -> None:
    overall = ("Overall, the new crossing is worth a detour for anyone who lives on the east "
               "side of the harbour.\n")
    block = ("## Final Thoughts\n"
             "The harbour bridge is a must-see for anyone visiting Kessel this summer, with "
             "views of the old town from both footpaths.\n")
    _assert_one_block(ARTICLE + overall, block, CHROME)


def test_a_keyword_stuffed_in_another_case_and_its_question_heading() -> None:
    head = "KurEiti.lt\nRenginiai Koncertai Teatras\nPradžia › Mugės › Panevėžys\n"
    article = ("Pavasario amatų mugė 2024\n"
               "Jau ketvirtus metus miesto centre vyksianti pavasario amatų mugė suburs daugiau "
               "nei šimtą amatininkų iš visos šalies.\n"
               "Lankytojai galės išbandyti puodžiaus ratą, pažiūrėti kalvių darbą ir "
               "paragauti ūkininkų sūrių.\n"
               "Mugė vyks šeštadienį ir sekmadienį nuo dešimtos ryto iki penktos vakaro "
               "Laisvės aikštėje.\n"
               "Organizatoriai kviečia atvykti viešuoju transportu, nes automobilių stovėjimo "
               "vietų bus mažai.\n")
    block = ("Renginiai Panevėžyje 2024 – ką veikti savaitgalį Panevėžyje?\n"
             "Ieškote, ką veikti Panevėžyje? Mugė Panevėžyje – geriausias renginys Panevėžyje, "
             "o amatai Panevėžyje ir koncertai Panevėžyje laukia jūsų Panevėžyje!\n")
    first = (head + article).count("\n") + 1
    assert _block_lines(head + article + block + CHROME) == [(first, first + 1)]


STOCK_SECTIONS_MORE = {
    "a fact box closing with an exhortation": (
        "Key facts at a glance\n"
        "Project: Kessel harbour bridge repairs\n"
        "Cost: 41 million euros\n"
        "Crossing time: five minutes\n"
        "Share this article with your friends and family to keep them informed!\n"),
    "paragraphs that speak to the reader under a heading that does": (
        "What this means for you\n"
        "If you usually cross the harbour by ferry, you can now take the bridge again from "
        "Monday morning.\n"
        "Keep checking the council's website for lifting times, as works of this kind can "
        "overrun.\n"
        "By planning ahead now, you can make the most of the faster crossing every day.\n"),
}


@pytest.mark.parametrize("name", list(STOCK_SECTIONS_MORE))
def test_more_stock_sections_closing_the_text(name: str) -> None:
    _assert_one_block(ARTICLE, STOCK_SECTIONS_MORE[name], CHROME)


@pytest.mark.parametrize("section", [
    "Key facts at a glance\nProject: harbour bridge repairs\nCost: 41 million euros\n"
    "Crossing time: five minutes\n",
    "What happens next\nWe will contact your bank on your behalf within two working days.\n"
    "If the money is still in the account, your bank will ask the recipient to return it.\n",
], ids=["a fact box with no exhortation", "a heading that does not speak to the reader"])
def test_stock_sections_that_are_the_texts_own(section: str) -> None:
    assert _block_lines(MASTHEAD + ARTICLE + section + CHROME) == []


def test_a_help_centres_sections_are_its_own() -> None:
    section = ("Good to know\n"
               "• Changes take effect from your next bill.\n"
               "• A lower amount may lead to a back payment.\n"
               "• We review large reductions by hand.\n")
    assert _block_lines(MASTHEAD + ARTICLE + section + "Was this article helpful?\n"
                        + CHROME) == []


def test_people_also_ask_is_never_the_pages_own_faq() -> None:
    block = ("People also ask\n"
             "How do I pay the toll?\n"
             "Online or at the kiosk by the south ramp.\n"
             "Can I cross at night?\n"
             "Yes, lights stay on until two in the morning.\n"
             "Where can cyclists ride?\n"
             "On the east footpath, next to the railing.\n"
             "Who answers complaints?\n"
             "Call 311 any day of the week.\n")
    _assert_one_block(ARTICLE, block, CHROME)


def test_a_sign_off_under_seo_copy_joins_its_block() -> None:
    block = ("Harbour bridge reopens after two years of repairs: the harbour bridge reopening, "
             "harbour bridge tolls and harbour bridge crossing times are all you need to know "
             "about the harbour bridge.\n"
             "We hope this article was helpful, and don't forget to share it with your "
             "friends.\n")
    _assert_one_block(ARTICLE, block, CHROME)


def test_a_bold_stock_heading_over_a_list_is_a_closing_template() -> None:
    block = ("**Did you know?**\n"
             "- The harbour bridge was once the longest lifting bridge in the country!\n"
             "- Its deck rises in under two minutes.\n"
             "- Ferries still run on Sundays.\n"
             "**Conclusion:** The bridge is worth a visit, so what do you think of it?\n")
    _assert_one_block(ARTICLE, block, CHROME)


def test_markdown_pros_and_cons_with_bold_labels_are_one_block() -> None:
    block = ("## Pros and cons\n"
             "**Pros:**\n"
             "- Five-minute crossing\n"
             "- Lights stay on at night\n"
             "**Cons:**\n"
             "- Tolls at rush hour\n"
             "**Summary:** The bridge is a fine choice for anyone who crosses the harbour.\n")
    _assert_one_block(ARTICLE, block, CHROME)


JAPANESE_ARTICLE = (
    "地方銀行5行、共同のスマホ決済アプリを6月に開始へ\n"
    "東北と北陸の地方銀行5行は12日、共同で開発したスマートフォン決済アプリのサービスを6月2日"
    "から始めると発表した。各行の預金口座と直接ひもづけ、店舗でQRコードを読み取って支払う仕組みだ。\n"
    "加盟店が支払う手数料は決済額の1.5％とし、大手決済サービスより低く抑えた。導入初年度は手数料を"
    "無料にし、地元の商店街や個人経営の飲食店などへの普及を目指す。\n"
    "5行は2027年度末までに利用者50万人の獲得を目標に掲げる。会見した幹事行の担当者は「地域のお金を"
    "地域で回す仕組みにしたい」と述べた。\n"
)
JAPANESE_CHROME = "関連記事\nネット銀行の口座数、初の2000万件突破\nこの記事をシェアする\n"


def test_a_markdown_faq_heading_over_questions_and_answers_is_an_appended_section() -> None:
    """"## よくある質問" over "Q. …？" / "A. …" pairs is fed by them, so the summary above
    and the FAQ make one block, with the closing stock sentence under them."""
    block = ("## まとめ\n"
             "地方銀行5行が共同でスマホ決済アプリを6月2日から開始します。\n"
             "加盟店手数料は1.5％と低く、初年度は無料です。\n"
             "## よくある質問\n"
             "Q. アプリはいつから使えますか？\n"
             "A. 2025年6月2日からサービスが開始される予定です。\n"
             "Q. 手数料はいくらですか？\n"
             "A. 加盟店手数料は決済額の1.5％で、初年度は無料となっています。\n"
             "今後、地方銀行による新たなキャッシュレス決済の取り組みがどのように広がっていくのか、"
             "注目が集まります。\n")
    _assert_one_block(JAPANESE_ARTICLE, block, JAPANESE_CHROME)


def test_a_disclaimer_under_an_faq_is_not_its_closing_sentence() -> None:
    """The page's last sentence closes an FAQ only when it is a stock phrase ("注目が集まり
    ます", "Only time will tell."); a medical disclaimer there is the site's chrome."""
    faq = ("Frequently Asked Questions\n"
           "Is the bridge open at night?\n"
           "Yes, the bridge is open around the clock, and the lights stay on all night.\n"
           "Do cyclists pay the toll?\n"
           "No, cyclists and pedestrians cross for free on the separate walkway.\n")
    disclaimer = "This content is for information only and is no substitute for advice.\n"
    lines = _block_lines(ARTICLE + faq + disclaimer + CHROME)
    last_faq = ARTICLE.count("\n") + faq.count("\n")
    assert lines and lines[0][1] == last_faq
    closing = ("Only time will tell whether the council brings the toll back to the bridge "
               "next year.\n")
    assert _block_lines(ARTICLE + faq + closing + CHROME)[0][1] == last_faq + 1


def test_a_swahili_takeaways_heading_with_its_adjective_heads_the_section() -> None:
    article = ("Wavuvi wa Tanga wapata mashine mpya za kuhifadhi samaki\n"
               "Wavuvi zaidi ya 300 wanaouza samaki katika soko la Mwambani jijini Tanga "
               "wameanza kunufaika na mashine mpya za barafu zilizokabidhiwa wiki hii.\n"
               "Akizungumza wakati wa makabidhiano, mwenyekiti wa chama hicho alisema mradi "
               "huo umegharimu shilingi milioni 145 na utahudumia wavuvi wote wa soko.\n"
               "Hata hivyo, baadhi ya wavuvi walilalamikia kukatika mara kwa mara kwa umeme "
               "katika eneo hilo.\n")
    block = ("Mambo Muhimu ya Kuzingatia\n"
             "• Wavuvi zaidi ya 300 wamepata mashine mpya za barafu.\n"
             "• Mradi huo umegharimu shilingi milioni 145.\n"
             "• Chumba cha baridi kinaweza kuhifadhi tani nane za samaki.\n"
             "Maswali Yanayoulizwa Mara kwa Mara\n"
             "Je, wavuvi watalipia kiasi gani kwa huduma hii?\n"
             "Wavuvi watalipia shilingi 200 kwa kila kilo ya samaki, gharama ambayo ni nafuu.\n"
             "Hitimisho\n"
             "Kwa ujumla, mradi huu ni hatua muhimu katika kuboresha maisha ya wavuvi wa Tanga.\n"
             "Swali kwa Wasomaji: Je, unadhani serikali inapaswa kufanya nini zaidi? Tuachie "
             "maoni yako hapa chini.\n")
    _assert_one_block(article, block, "Maoni\nAndika maoni yako...\nTuma\n")


APP_PAGE = (
    "Tipid Palengke: Listahan ng Gastos\n"
    "Ang Tipid Palengke ay simpleng listahan ng gastos para sa mga namamalengke, na may "
    "buwanang buod ng gastos ayon sa kategorya.\n"
    "Gumagana ito kahit walang internet at maaaring i-share ang listahan sa pamilya gamit "
    "ang isang link.\n"
    "Ano ang bago sa 3.2.1: Inayos ang bug sa pag-export ng listahan at dinagdagan ang mga "
    "kategorya.\n"
)


def test_an_faq_of_questions_answered_on_their_own_lines_closes_a_summary() -> None:
    """A titled wrap-up and its paragraph, an FAQ heading over questions each answered on
    the same line in its own words, and a "final thoughts" label: the generator's
    appendix, though no line of it is marked up."""
    block = ("Sa Kabuuan: Bakit Dapat Mong I-download ang Tipid Palengke?\n"
             "Ang Tipid Palengke ay isa sa pinakamahusay na budget app sa Pilipinas ngayong "
             "2025, at libre itong i-download at madaling gamitin ng kahit sino.\n"
             "Mga Madalas Itanong\n"
             "Ligtas bang i-download ang Tipid Palengke APK? Oo, ligtas at na-scan na ang "
             "Tipid Palengke APK bago i-upload sa aming site.\n"
             "Libre ba ang Tipid Palengke? Oo, libre ang Tipid Palengke at walang nakatagong "
             "bayad.\n"
             "Pangwakas na Kaisipan: Sa tulong ng Tipid Palengke, mas magiging matalino ka sa "
             "paggastos. I-download na ito ngayon!\n")
    _assert_one_block(APP_PAGE, block, "Mga app na katulad nito\nBudget Bayanihan\n")


def test_a_job_ads_own_questions_answered_on_their_lines_are_no_template() -> None:
    """Answers that tell what to do, not restate their questions, are the site's FAQ."""
    faq = ("Frequently asked questions\n"
           "Is accommodation available? We can help find staff housing for the first months.\n"
           "Are weekends required? Yes, on a rota, with one full weekend off a month.\n"
           "How do I apply? Send your CV and a short note about your favourite dish.\n")
    assert _block_lines(ARTICLE + faq + "Apply now\n") == []


def test_a_paragraph_stuffed_with_a_phrase_of_a_question_headline_is_seo_copy() -> None:
    """Each word of "periuk nasi pintar" is repeated, together a third of the paragraph,
    under a headline that asks after its colon."""
    page = ("Ulasan Periuk Nasi Pintar Kirana RC-18: Berbaloi untuk Keluarga Kecil?\n"
            "Saya menggunakan periuk nasi Kirana RC-18 selama tiga minggu untuk memasak nasi "
            "putih, nasi perang dan bubur untuk keluarga empat orang.\n"
            "Nasi putih masak dalam 38 minit dan hasilnya gebu, tidak melekat di dasar "
            "periuk dan sekata dari atas ke bawah.\n"
            "Kelemahannya, penutup dalam agak sukar dicuci dan kabel kuasa pendek untuk "
            "dapur yang soketnya jauh.\n"
            "Spesifikasi\nKapasiti: 1.8 liter\nKuasa: 700W\nHarga: RM329\n"
            "Penilaian kami: 4.2/5\n")
    block = ("Periuk Nasi Pintar Terbaik di Malaysia 2025\n"
             "Jika anda sedang mencari periuk nasi pintar terbaik di Malaysia 2025, periuk "
             "nasi pintar Kirana RC-18 ialah pilihan periuk nasi pintar yang sesuai. Periuk "
             "nasi pintar terbaik di Malaysia 2025 mestilah mempunyai banyak mod, dan periuk "
             "nasi pintar ini menawarkan semuanya. Beli periuk nasi pintar terbaik hari ini!\n"
             "Kesimpulannya, periuk nasi pintar Kirana RC-18 adalah periuk nasi pintar terbaik "
             "untuk anda di Malaysia.\n")
    doc_lines = _block_lines(page + block + "Artikel berkaitan\n")
    first = page.count("\n") + 1
    assert doc_lines == [(first, first + 2)]


def test_a_notices_lead_restating_its_title_is_no_appended_block() -> None:
    """A paragraph repeating the title's phrases right under the head, with no sentence of
    the article above it, is the notice's lead."""
    text = ("Ministerstwo Gospodarki Wodnej\nAktualności Ministerstwo Konsultacje\n"
            "Konsultacje publiczne projektu rozporządzenia w sprawie korzystania z wód\n"
            "Status: trwające\nTermin konsultacji: 28.02.2025 – 28.03.2025\n"
            "Ministerstwo zaprasza do udziału w konsultacjach publicznych projektu "
            "rozporządzenia w sprawie korzystania z wód; konsultacje publiczne projektu "
            "rozporządzenia w sprawie korzystania z wód potrwają miesiąc.\n"
            "Uwagi można zgłaszać do 28 marca 2025 r. na formularzu.\n")
    assert _block_lines(text) == []


def test_a_reviews_own_conclusion_above_a_bold_appended_interview_stays() -> None:
    """The plain "Kết luận: …" is the review's last word; the block opens at the bold
    title of the interview appended under it."""
    article = ARTICLE + ("Conclusion: at 41 million euros the repairs were worth it, and the "
                         "crossing is faster than ever for the people of the old town.\n")
    block = ("**Interview with a bridge expert**\n"
             "**Reporter:** How do you rate the new bridge?\n"
             "**Expert:** It is a fine piece of engineering and should last fifty years.\n"
             "**Reporter:** What should drivers know?\n"
             "**Expert:** Keep to the speed limit when the deck is wet.\n"
             "**Discussion Question:** Would you cross the bridge at rush hour?\n")
    _assert_one_block(article, block, CHROME)


def test_a_people_also_ask_box_of_bare_questions_is_part_of_the_block() -> None:
    block = ("People also ask\n"
             "How much does the bridge toll cost?\n"
             "Is the bridge open at night?\n"
             "When was the bridge first built?\n"
             "Can cyclists cross the harbour bridge?\n")
    seo = ("Harbour Bridge Kessel: Everything You Need to Know\n"
           "Looking for the harbour bridge Kessel? The harbour bridge Kessel is the best way "
           "to cross the harbour bridge Kessel area, and the harbour bridge Kessel is open "
           "every day for everyone who needs the harbour bridge Kessel.\n")
    _assert_one_block(ARTICLE, seo + block, CHROME)


def test_a_paragraph_saying_one_three_word_phrase_four_times_is_stuffed() -> None:
    page = ("Apartamento T2 com varanda, renovado, junto ao Jardim de São Lázaro\n"
            "289.000 €\nBonfim, Porto\nT2 · 84 m² · 2 casas de banho\nCertificado energético: C\n"
            "Apartamento renovado em 2023, com cozinha equipada, varanda virada a sul e "
            "arrecadação na cave do prédio.\n"
            "A zona tem comércio, escolas e o metro do Campo 24 de Agosto a cinco minutos.\n"
            "Condomínio de 45 euros por mês, com elevador e limpeza das partes comuns.\n")
    block = ("Apartamento T2 no Porto: a sua oportunidade no Bonfim\n"
             "Procura um apartamento T2 no Porto? Este apartamento T2 no Porto, no Bonfim, é a "
             "escolha ideal para quem procura comprar apartamento T2 no Porto. Não perca este "
             "apartamento T2 no Porto e contacte-nos hoje mesmo!\n")
    first = page.count("\n") + 1
    assert _block_lines(page + block + "Imóveis semelhantes\n") == [(first, first + 1)]


def test_an_exclaiming_headline_is_the_title_its_question_repeats() -> None:
    """"…, Tanpa Arang!" is the headline: the title asked again ("Bagaimana Cara Membuat …
    Tanpa Arang?"), its answer and a summary close the recipe."""
    page = ("Resep Ayam Bakar Madu Teflon Empuk dan Meresap, Tanpa Arang!\n"
            "Kirana Larasati\n3 Maret 2025\n"
            "Ayam bakar madu selalu jadi favorit keluarga kami setiap akhir pekan, dan "
            "versi teflon ini sudah saya coba lebih dari sepuluh kali.\n"
            "Bahan: 1 ekor ayam, 5 sdm madu, 4 sdm kecap manis, bumbu halus.\n"
            "Ungkep ayam dengan bumbu halus selama 30 menit sampai airnya menyusut.\n"
            "Panggang di atas teflon dengan api kecil sambil dioles madu dan kecap.\n"
            "Sajikan dengan sambal dan lalapan selagi hangat untuk keluarga.\n")
    block = ("Bagaimana Cara Membuat Resep Ayam Bakar Madu Teflon Empuk dan Meresap, Tanpa "
             "Arang?\n"
             "Membuat resep ayam bakar madu teflon empuk dan meresap tanpa arang sebenarnya "
             "sangat mudah. Pertama, ungkep ayam dengan bumbu halus hingga meresap.\n"
             "Ringkasan\n"
             "Ayam bakar madu teflon adalah solusi praktis bagi Anda yang ingin menikmati "
             "ayam bakar tanpa repot menyalakan arang. Selamat mencoba!\n")
    _assert_one_block(page, block, "Tags: resep ayam, ayam bakar\nSimpan ke Pinterest\n"
                      "Resep Lainnya\nResep Sambal Matah Bali Segar, Cuma 10 Menit\n"
                      "Tentang Penulis\n")


def test_discussion_questions_and_an_invitation_close_an_opinion_piece() -> None:
    block = ("Questions for Discussion\n"
             "1. Should bursary funds be allocated centrally by the county?\n"
             "2. How can parents prove financial need without facing stigma?\n"
             "3. Do you think direct payments to schools would reduce corruption?\n"
             "Share your thoughts in the comments below and join the conversation.\n")
    _assert_one_block(ARTICLE, block, CHROME)


def test_a_discussion_heading_over_statements_is_no_template() -> None:
    text = ARTICLE + ("Questions for Discussion\n"
                      "The council will hold a public meeting on the toll in March.\n"
                      "Residents can send written comments until the end of February.\n"
                      + CHROME)
    assert _block_lines(text) == []


def test_a_final_thoughts_heading_with_its_topic_and_a_sign_off_is_a_template() -> None:
    """"Considerazioni finali sulla …", its paragraphs and "Non ti resta che provare …!"."""
    block = ("Considerazioni finali sul nuovo ponte di Kessel\n"
             "In conclusione, il nuovo ponte è un'opera semplice ma utile, perfetta per chi "
             "attraversa il porto ogni giorno.\n"
             "Attraversare il ponte è facilissimo: bastano cinque minuti per arrivare in "
             "centro dalla città vecchia.\n"
             "Non ti resta che provarlo e lasciarti conquistare dal panorama del porto!\n")
    _assert_one_block(ARTICLE, block, CHROME)


@pytest.mark.parametrize("closing", [
    "Our tip: check the toll prices before you set off, as they change every month.\n",
    "Unser Tipp: Vergleiche vor der Fahrt die aktuellen Mautpreise, denn sie ändern sich.\n",
    "Wir hoffen, dieser Ratgeber hat dir weitergeholfen! Teile ihn mit deinen Freunden.\n",
])
def test_a_closing_tip_or_a_hope_it_helped_stays_with_the_block_above(closing: str) -> None:
    _assert_one_block(ARTICLE, TAKEAWAYS + closing, CHROME)


def test_a_hindi_faq_with_numbered_question_and_answer_labels_is_a_template() -> None:
    """"प्रश्न 1:" / "उत्तर:" (Question 1: / Answer:) under "अक्सर पूछे जाने वाले सवाल
    (FAQ)", the answers restating the questions, and a "निष्कर्ष:" (Conclusion:) line:
    the words of Indic scripts keep their vowel signs, so the answers' echo is seen."""
    article = ("क्या है हीट इंडेक्स और क्यों 40 डिग्री की गर्मी 50 जैसी लगती है\n"
               "सिर्फ तापमान नहीं, हवा में मौजूद नमी भी तय करती है कि हमें कितनी गर्मी "
               "महसूस होगी, इसलिए मौसम विभाग अब हीट इंडेक्स भी बताता है।\n"
               "जब हवा में नमी ज्यादा होती है तो पसीना जल्दी नहीं सूखता और शरीर ठंडा नहीं "
               "हो पाता, जिससे गर्मी ज्यादा लगती है।\n")
    block = ("अक्सर पूछे जाने वाले सवाल (FAQ)\n"
             "प्रश्न 1: हीट इंडेक्स क्या होता है?\n"
             "उत्तर: हीट इंडेक्स एक ऐसा पैमाना है जो तापमान और नमी को मिलाकर बताता है।\n"
             "प्रश्न 2: क्या हीट इंडेक्स और तापमान एक ही चीज हैं?\n"
             "उत्तर: नहीं, तापमान केवल हवा की गर्मी बताता है, हीट इंडेक्स महसूस होने वाली "
             "गर्मी बताता है।\n"
             "निष्कर्ष: हीट इंडेक्स को समझना आज के समय में बहुत जरूरी है।\n")
    _assert_one_block(article, block, "संबंधित खबरें\nहोम देश राज्य\n© समाचार सेतु\n")


def test_a_verdict_heading_over_pros_and_cons_lists_is_a_review_template() -> None:
    block = ("Konklusion: Er Kessel-broen den rigtige bro for dig?\n"
             "Alt i alt er Kessel-broen et solidt valg for dig, der ønsker en hurtig og "
             "pålidelig vej over havnen.\n"
             "Fordele:\n✔ Fem minutter over havnen\n✔ Lys hele natten\n"
             "Ulemper:\n✘ Bompenge i myldretiden\n"
             "I sidste ende afhænger det rigtige valg af dine personlige behov og præferencer.\n")
    _assert_one_block(ARTICLE, block, CHROME)


def test_a_reviews_own_pros_and_cons_under_its_verdict_with_the_text_going_on_stay() -> None:
    text = ARTICLE + ("Our verdict\n"
                      "The bridge is a fine piece of engineering for the town.\n"
                      "Pros:\n- Five-minute crossing\nCons:\n- Tolls at rush hour\n"
                      "The council will vote on the toll in March, and the port authority "
                      "expects a decision before the summer season begins.\n"
                      "Engineers will inspect the lifting machinery again next spring.\n"
                      + CHROME)
    assert _block_lines(text) == []


def test_a_bold_pros_and_cons_heading_with_its_topic_over_labelled_lists_is_appended() -> None:
    block = ("**Avantages et inconvénients de ce nouveau pont**\n"
             "Avantages :\n- La traversée ne prend que cinq minutes.\n"
             "- Le pont reste éclairé toute la nuit.\n"
             "Inconvénients :\n- Le péage aux heures de pointe.\n"
             "En somme, ce pont présente beaucoup plus d'avantages que d'inconvénients.\n")
    _assert_one_block(ARTICLE, block, CHROME)


def test_a_sign_off_asking_to_share_closes_an_faq() -> None:
    block = ("Frequently Asked Questions\n"
             "Is the harbour bridge open at night?\n"
             "Yes, the harbour bridge is open at night, and the lights stay on all night.\n"
             "Do cyclists pay the harbour bridge toll?\n"
             "No, cyclists do not pay the harbour bridge toll on the separate walkway.\n"
             "If you found this guide useful, don't forget to share it with your friends!\n")
    _assert_one_block(ARTICLE, block, CHROME)


def test_a_photo_credit_naming_the_site_is_no_seo_heading() -> None:
    """"Ảnh: Góc Bếp Xanh" repeats the masthead, a title line, but it is a credit: the
    block starts at the appended summary, not at the credit above the review's verdict."""
    from corpus_lint.rules.gen import repeats_title, topic_words

    assert not repeats_title("Ảnh: Góc Bếp Xanh", [topic_words("Góc Bếp Xanh")])
    assert repeats_title("Góc Bếp Xanh: tất cả về bếp xanh", [topic_words("Góc Bếp Xanh")])


def test_an_unknown_heading_over_a_plain_paragraph_stays() -> None:
    text = ARTICLE + ("Végső gondolatok\n"
                      "A híd a város egyik legrégebbi építménye, és a lakók szeretik.\n"
                      "Ön mit gondol a hídról? Ossza meg velünk véleményét a hozzászólásokban!\n"
                      + CHROME)
    assert [first for first, _ in _block_lines(text)] != [ARTICLE.count("\n") + 1]


def test_a_thai_wrap_up_without_full_stops_is_a_closing_template() -> None:
    """Thai ends a sentence with a space: the article above is sentences all the same."""
    article = ("เที่ยวน่าน 3 วัน 2 คืน ขับรถเที่ยวเองสบาย ๆ\n"
               "วันแรกเราเดินเล่นในตัวเมืองน่าน ปั่นจักรยานไปวัดภูมินทร์และวัดพระธาตุช้างค้ำวรวิหาร\n"
               "วันที่สองตื่นตีห้าขับขึ้นอุทยานแห่งชาติศรีน่านเพื่อดูทะเลหมอกที่ดอยเสมอดาว\n"
               "วันสุดท้ายเราขับไปอำเภอบ่อเกลือ ดูบ่อเกลือโบราณที่ชาวบ้านยังต้มเกลือกันอยู่\n")
    block = ("ข้อคิดส่งท้าย\n"
             "การเที่ยวน่านไม่ได้เป็นเพียงแค่การเดินทางไปยังจุดหมายปลายทาง แต่คือการได้สัมผัสวิถีชีวิตที่เรียบง่าย\n"
             "แล้วคุณล่ะ เคยไปเที่ยวน่านหรือยัง? มาแชร์ประสบการณ์ของคุณในคอมเมนต์ด้านล่างกันเลย!\n")
    _assert_one_block(article, block, CHROME)


def test_section_headings_listed_in_a_table_of_contents_are_the_articles_own() -> None:
    """The head's table of contents ("2. Cara dengan Cuka dan Garam") lists the headings
    below: a heading repeating an entry is no SEO copy; the block is the summary only."""
    page = ("Cara Membersihkan Kerak Setrika dengan Bahan Dapur\n"
            "Daftar Isi\n1. Kenapa Setrika Bisa Berkerak?\n2. Cara dengan Cuka dan Garam\n"
            "3. Cara dengan Pasta Soda Kue\n"
            "Setrika yang alasnya berkerak bisa meninggalkan noda cokelat di baju kesayangan.\n"
            "Kenapa Setrika Bisa Berkerak?\n"
            "Kerak biasanya muncul dari sisa serat kain dan pelembut pakaian yang ikut meleleh.\n"
            "Cara dengan Cuka dan Garam\n"
            "Campurkan 2 sendok makan cuka putih dengan 1 sendok makan garam dalam mangkuk.\n"
            "Cara dengan Pasta Soda Kue\n"
            "Buat pasta dari 2 sendok makan soda kue dan sedikit air, lalu oleskan ke setrika.\n")
    block = ("Kesimpulan\n"
             "Jadi, bagaimana cara membersihkan kerak setrika dengan bahan dapur?\n"
             "Cara membersihkan kerak setrika dengan bahan dapur sangatlah mudah dan praktis.\n")
    first = page.count("\n") + 1
    assert _block_lines(page + block + CHROME) == [(first, first + 2)]


def test_a_tag_line_under_seo_copy_is_the_sites_not_the_blocks() -> None:
    from corpus_lint.rules.gen import is_keyword_row

    assert is_keyword_row("sepatu lari, sepatu lokal, sepatu murah, olahraga")
    assert not is_keyword_row("Tag: sepatu lari, sepatu lokal, sepatu murah, olahraga")
    assert not is_keyword_row("Etiquetas: Luna Altamirano, Conciertos, Música mexicana")


def test_a_labelled_interview_that_ends_on_an_answer_stays() -> None:
    text = ARTICLE + ("Entrevista: la alcaldesa habla sobre el puente\n"
                      "Pregunta: ¿Qué significa para usted la reapertura del puente?\n"
                      "Respuesta: Es un paso muy importante para la ciudad y para los vecinos.\n"
                      "Pregunta: ¿Qué pueden esperar los conductores?\n"
                      "Respuesta: Menos atascos por la mañana, y un carril para bicicletas.\n"
                      + CHROME)
    assert _block_lines(MASTHEAD + text) == []


def test_a_feedback_box_parts_the_reviews_own_verdict_from_an_appended_faq() -> None:
    """"Unser Fazit" and its paragraph are the test's; the "War dieser Artikel hilfreich?
    Ja Nein" box under them ends the article, and the FAQ under the box is appended."""
    article = ARTICLE + ("Unser Fazit\n"
                         "Die Brücke ist gelungen, auch wenn die Reparatur länger dauerte als "
                         "geplant.\n"
                         "War dieser Artikel hilfreich? Ja Nein\n")
    block = ("Häufig gestellte Fragen zur Hafenbrücke\n"
             "Ist die Hafenbrücke nachts geöffnet?\n"
             "Ja, die Hafenbrücke ist nachts geöffnet, und die Lichter bleiben die ganze "
             "Nacht an.\n"
             "Zahlen Radfahrer die Maut der Hafenbrücke?\n"
             "Nein, Radfahrer zahlen keine Maut auf dem eigenen Weg der Hafenbrücke.\n")
    _assert_one_block(article, block, CHROME)


def test_a_korean_title_asked_again_with_a_question_tail_restates_it() -> None:
    from corpus_lint.rules.gen import restates_title, topic_words

    title = topic_words("에어로핏 S7 무선청소기 한 달 사용 솔직 후기")
    assert restates_title("에어로핏 S7 무선청소기 한 달 사용 솔직 후기, 정말 살 만할까?", [title])
    assert not restates_title("청소기 먼지통은 얼마나 자주 비워야 할까?", [title])


_RECIPE = ("Passatelli in brodo, la ricetta romagnola\n"
           "I passatelli sono il piatto delle feste in Romagna, e si preparano in mezz'ora.\n"
           "Mescolate il pangrattato con il formaggio grattugiato, le uova e la noce moscata.\n"
           "Avvolgete l'impasto nella pellicola e lasciatelo riposare mezz'ora a temperatura "
           "ambiente.\n"
           "Portate il brodo a bollore e passate l'impasto con l'apposito ferro sopra la "
           "pentola.\n"
           "Appena vengono a galla sono pronti: spegnete e servite con altro formaggio.\n")
_BARE_FAQ = ("Posso preparare i passatelli in anticipo?\n"
             "Sì, puoi preparare l'impasto dei passatelli qualche ora prima e conservarlo in "
             "frigorifero.\n"
             "Quale formaggio è meglio usare per i passatelli?\n"
             "Un formaggio stagionato è la scelta ideale per passatelli saporiti.\n"
             "Si possono congelare i passatelli in brodo?\n"
             "I passatelli crudi si possono congelare e poi cuocere nel brodo bollente.\n")


def test_an_faq_without_a_heading_closing_a_recipe_is_appended() -> None:
    first = _RECIPE.count("\n") + 1
    assert _block_lines(_RECIPE + _BARE_FAQ + CHROME) == [(first, first + 5)]


def test_an_interview_of_bare_questions_after_a_short_lead_stays() -> None:
    """An interview's questions follow a lead of a line or two; its answers may well
    repeat the question's words, but the page is the interview."""
    page = ("Claire Montagnon : « Le calendrier a toujours été un instrument de pouvoir »\n"
            "Claire Montagnon est historienne et publie un livre sur l'histoire du calendrier "
            "en Europe.\n"
            "Pourquoi une historienne s'intéresse-t-elle au calendrier, un objet neutre ?\n"
            "Justement parce que le calendrier paraît neutre, on ne le regarde jamais.\n"
            "Qu'a changé la réforme grégorienne du calendrier ?\n"
            "La réforme grégorienne du calendrier corrigeait une dérive de dix jours.\n"
            "Et le calendrier républicain, adopté en 1793 ?\n"
            "Le calendrier républicain voulait effacer les dimanches et les saints.\n")
    assert _block_lines(page + CHROME) == []


def test_final_thoughts_signed_off_with_thanks_for_reading_and_an_emoji() -> None:
    block = ("Reflexiones finales\n"
             "Cruzar el puente del puerto nunca había sido tan fácil, y la ciudad entera lo "
             "agradece.\n"
             "Recuerda que el puente es de todos. ¡Empieza hoy mismo a usarlo!\n"
             "¡Gracias por leer y nos vemos en el próximo post! Con cariño, Marta ❤️\n")
    _assert_one_block(ARTICLE, block, "¿Te ha gustado? ¡Compártelo!\n" + CHROME)


def test_a_takeaways_heading_with_its_topic_heads_a_checked_list() -> None:
    from corpus_lint.rules.gen import is_wrap_up_heading

    assert is_wrap_up_heading("Puntos clave de esta escapada")
    assert is_wrap_up_heading("Key takeaways from this trip")
    assert not is_wrap_up_heading("Puntos de venta de esta ciudad")


def test_a_summary_restating_the_articles_facts_above_the_chrome_is_appended() -> None:
    block = ("Summary\n"
             "The Kessel harbour bridge reopened to traffic two months ahead of schedule.\n"
             "Engineers replaced the rusted deck plates and the lifting machinery.\n"
             "The repairs cost 41 million euros in all.\n"
             "The crossing from the old town now takes five minutes.\n")
    _assert_one_block(ARTICLE, block, "Comments (3)\nPost a comment\n" + CHROME)


def test_a_summary_of_new_facts_or_long_paragraphs_stays() -> None:
    text = ARTICLE + ("Summary\n"
                      "Ferry timetables change in March for the summer season.\n"
                      "A new cycle lane opens along the northern quay next year.\n"
                      "Parking fees in the old town rise by ten percent in April.\n"
                      "Comments (3)\n" + CHROME)
    assert _block_lines(MASTHEAD + text) == []


def test_an_seo_heading_with_a_stock_tail_restates_the_title() -> None:
    from corpus_lint.rules.gen import repeats_title, topic_words

    title = topic_words("Rota Já ganha modo offline e passa a chamar corridas mesmo sem sinal")
    assert repeats_title("Modo offline Rota Já: tudo o que você precisa saber", [title])
    assert not repeats_title("Transporte público: tudo o que você precisa saber", [title])


_UNI_NEWS = ("Researchers to test a solar-heated cycle lane that stays free of ice\n"
             "A research project at the department of civil engineering receives 7.4 million "
             "kronor to test stored solar heat.\n"
             "The project is led by Johanna Lindqvist together with the municipality and two "
             "construction firms.\n"
             "Pipes under the asphalt are filled with a liquid that the sun warms during the "
             "summer months.\n"
             "The heat is then stored in the bedrock and released under the lane in the "
             "coldest weeks of winter.\n"
             "Contact: Johanna Lindqvist, associate professor, johanna.lindqvist@uni.example\n")



def test_a_labelled_interview_opening_under_the_lead_stays() -> None:
    """A reporter's Q&A page: the questions follow the lead, not a heading of their own."""
    page = ("Meet the teacher who turned a car park into a forest school\n"
            "Aisha Bello has taught at Harbour Primary for twelve years and runs its "
            "outdoor classes.\n"
            "Q: Why a car park?\n"
            "A: It was the only space we had, and the children loved the idea.\n"
            "Q: What did the parents say?\n"
            "A: Some worried about the mud, but most of them came to help.\n")
    assert _block_lines(page + CHROME) == []



def test_a_transcript_with_an_interviewer_opening_under_the_lead_stays() -> None:
    page = ("The harbour master on the night of the storm\n"
            "Ruth Okafor has run the Kessel harbour for nine years and spoke to us on Monday "
            "morning.\n"
            "Interviewer: When did you close the harbour?\n"
            "Ruth Okafor: At nine, when the swell passed four metres at the outer wall.\n"
            "Interviewer: Were any boats still out?\n"
            "Ruth Okafor: Two trawlers, and both came in safely before midnight.\n")
    assert _block_lines(page + CHROME) == []



def test_release_notes_of_term_and_explanation_lines_stay() -> None:
    page = (_UNI_NEWS + "Version 5.8.0\n"
            "Sync: bank feeds now refresh every hour instead of every four hours.\n"
            "Export: invoices can be saved as PDF files from the list view.\n"
            "Search: results now include archived projects and their notes.\n")
    assert _block_lines(page + CHROME) == []


def test_a_did_you_know_box_below_the_article_is_appended() -> None:
    block = ("Lo sapevi?\n"
             "Il primo ponte del porto fu costruito in legno nel 1881.\n"
             "La parte mobile del ponte pesa più di quattrocento tonnellate.\n"
             "Ogni anno il ponte si apre più di mille volte per le navi.\n")
    first = _UNI_NEWS.count("\n") + 1
    assert _block_lines(_UNI_NEWS + block + "27 commenti\nLascia un commento\n" + CHROME) \
        == [(first, first + 3)]


def test_a_podcast_transcript_of_two_speakers_under_its_heading_stays() -> None:
    """A transcript's heading is no interview heading; its speakers' lines are the page's."""
    page = (_UNI_NEWS + "Transcript\n"
            "TOM: Nadia, welcome to the show. Where did the project start?\n"
            "NADIA: In a shed behind the department, with two students and a pump.\n"
            "TOM: And the first winter?\n"
            "NADIA: The lane stayed clear for six weeks, longer than we hoped.\n")
    assert _block_lines(page + CHROME) == []


def test_an_interviewers_questions_under_the_articles_last_paragraph_are_appended() -> None:
    block = ("Toimittaja: Mitä hyötyä sovelluksesta on tavalliselle matkustajalle?\n"
             "Asiantuntija: Sovellus tekee joukkoliikenteestä entistä helpompaa.\n"
             "Toimittaja: Onko sovellus turvallinen käyttää?\n"
             "Asiantuntija: Kyllä. Tietoturva on ollut kehitystyössä etusijalla.\n"
             "Toimittaja: Mitä odotatte tulevaisuudelta?\n"
             "Asiantuntija: Uskomme, että sovellus muuttaa tapaa liikkua kaupungissa.\n")
    article = _UNI_NEWS.rsplit("Contact:", 1)[0]  # ending on the article's last sentence
    first = article.count("\n") + 1
    assert _block_lines(article + block + "Kommentit (9)\n" + CHROME) == [(first, first + 5)]


def test_a_glossary_heading_of_a_nordic_language_with_its_topic() -> None:
    from corpus_lint.rules.gen import GLOSSARY_HEADING

    assert GLOSSARY_HEADING.match("Ordliste for fjellturen")
    assert GLOSSARY_HEADING.match("Glossário: entenda os termos")
    assert not GLOSSARY_HEADING.match("Ordlisten var lang, men vi kom gjennom den.")


def test_a_contact_line_is_no_heading_of_an_appended_interview() -> None:
    block = ("Toimittaja: Mitä hyötyä sovelluksesta on tavalliselle matkustajalle?\n"
             "Asiantuntija: Sovellus tekee joukkoliikenteestä entistä helpompaa.\n"
             "Toimittaja: Onko sovellus turvallinen käyttää?\n"
             "Asiantuntija: Kyllä. Tietoturva on ollut kehitystyössä etusijalla.\n")
    assert [first for first, _ in _block_lines(_UNI_NEWS + block + CHROME)] \
        != [_UNI_NEWS.count("\n")]


def test_a_chinese_discussion_topic_and_its_questions_are_one_block() -> None:
    article = ("读书节活动下周开幕\n"
               "区图书馆今年的读书节将于五月十五日开幕，持续两周，共安排三十多场活动。\n"
               "今年新增的夜读书房活动格外引人关注，每晚开放到十点，市民可以免费参加。\n"
               "旧书交换集市将在江边公园举行，市民可以用旧书兑换其他读者捐出的图书。\n"
               "据介绍，部分活动名额有限，需提前通过区图书馆官方公众号预约。\n")
    block = ("【互动话题】\n"
             "你平时最喜欢读哪一类书？\n"
             "你更喜欢纸质书还是电子书？为什么？\n"
             "欢迎在评论区留言，和大家一起分享你的读书心得吧！\n")
    first = article.count("\n") + 1
    assert _block_lines(article + block + "评论（12）\n发表评论\n") == [(first, first + 3)]


def test_croatian_discussion_questions_and_bengali_key_points() -> None:
    from corpus_lint.rules.gen import DISCUSSION_HEADING, TAKEAWAYS_HEADING

    assert DISCUSSION_HEADING.match("Pitanja za raspravu")
    assert TAKEAWAYS_HEADING.match("মূল বিষয়গুলো")


def test_a_bloggers_own_goodbye_in_the_first_person_stays() -> None:
    text = ARTICLE + ("I hope you enjoyed reading about the bridge as much as I enjoyed "
                      "writing it!\n"
                      "Share your thoughts in the comments below.\n"
                      "I will be back next week with the ferry timetable.\n" + CHROME)
    blocks = _block_lines(MASTHEAD + text)
    first = (MASTHEAD + ARTICLE).count("\n") + 1
    assert all(start > first for start, _ in blocks)



def test_a_reviews_own_pros_and_cons_after_its_text_stay() -> None:
    text = ARTICLE + ("The Arden Nova 3 offer some of the best noise cancelling you can buy "
                      "at this price.\n"
                      "Pros:\n"
                      "Strong noise cancelling.\n"
                      "Eight hours of battery.\n"
                      "Cons:\n"
                      "No wear detection.\n"
                      "The case scratches easily.\n" + CHROME)
    assert _block_lines(MASTHEAD + text) == []


#: Templates found by their shape below an article of four paragraphs (_UNI_NEWS), with
#: the page's chrome under them: each is one block over exactly its lines.
BELOW_THE_ARTICLE = {
    "labelled interview under its own heading": (
        "Intervju med projektledaren\n"
        "Fråga: Vad är det mest spännande med projektet?\n"
        "Svar: Det mest spännande är möjligheten att bidra till en hållbar framtid.\n"
        "Fråga: Vilka utmaningar ser du framför er?\n"
        "Svar: Klimatet ställer höga krav, men innovation kan övervinna alla hinder.\n"),
    "interviewer and speaker labels": (
        "Statements after the match\n"
        "Reporter: How did it feel when the team went down to ten men?\n"
        "Gabor Kerekes, head coach of Tiszaparti SE: I knew the boys believed in "
        "themselves.\n"
        "Reporter: What was the key to the comeback?\n"
        "Gabor Kerekes: Heart and will. The players gave everything they had.\n"),
    "glossary": (
        "Glossary: the terms explained\n"
        "Deck plate: a steel panel that forms the surface of the bridge for traffic.\n"
        "Lifting span: the part of the bridge that rises to let tall ships pass.\n"
        "Counterweight: a heavy block that balances the span as it lifts and falls.\n"),
    "two named speakers under an interview heading": (
        "Intervista a Marco Pellegatti, capitano di battello\n"
        "Forchetta Vagabonda: Capitano, qual è il momento migliore per il lago?\n"
        "Marco Pellegatti: La primavera, quando il clima è mite e i paesaggi splendidi.\n"
        "Forchetta Vagabonda: Quali consigli darebbe a chi viaggia la prima volta?\n"
        "Marco Pellegatti: Arrivare presto e verificare sempre gli orari.\n"),
    "pros-and-cons verdict": (
        "Solar Cycle Lane: Pros and Cons\n"
        "Pros:\n"
        "Commuters save fifteen minutes on every crossing.\n"
        "The new deck should last another fifty years.\n"
        "Cons:\n"
        "The repairs cost 41 million euros.\n"
        "Drivers faced two years of detours.\n"
        "Verdict: Overall, the reopening is a balanced and forward-thinking step for "
        "the city.\n"),
}


@pytest.mark.parametrize("name", list(BELOW_THE_ARTICLE))
def test_templates_found_by_their_shape_below_the_article(name: str) -> None:
    _assert_one_block(_UNI_NEWS, BELOW_THE_ARTICLE[name], CHROME)


#: Templates appended to ARTICLE that session 9 taught GEN001: each is one block over exactly
#: its lines.
ARTICLE_BLOCKS = {
    # "Végső gondolatok" is in no list, but it heads a paragraph opening "Összességében
    # elmondható, hogy …" and the block ends asking for comments: the closing template.
    "an unknown heading over a wrap up and an invitation is a closing template": (
        "Végső gondolatok\n"
        "Összességében elmondható, hogy a kikötői híd felújítása jó döntés volt a város "
        "számára.\n"
        "Ha Ön is gyakran átkel a hídon, mindenképpen érdemes kipróbálnia az új sávokat.\n"
        "Ön mit gondol a hídról? Ossza meg velünk véleményét a hozzászólásokban!\n"),
    "labelled questions and answers closed by a wrap up asking for comments": (
        "Entrevista exclusiva: la alcaldesa habla sobre el puente\n"
        "Pregunta: ¿Qué significa para usted la reapertura del puente?\n"
        "Respuesta: Es un paso muy importante para la ciudad y para todos los vecinos.\n"
        "Pregunta: ¿Qué pueden esperar los conductores?\n"
        "Respuesta: Pueden esperar una experiencia única, más rápida y más segura.\n"
        "En conclusión, el puente promete cambiar la ciudad. ¿Tú ya lo cruzaste? "
        "¡Déjanos tu opinión en los comentarios!\n"),
    "a people also ask heading in other words heads the faq": (
        "Menschen fragen auch\n"
        "Ist die Hafenbrücke nachts geöffnet?\n"
        "Ja, die Hafenbrücke ist nachts geöffnet, und die Lichter bleiben die ganze "
        "Nacht an.\n"
        "Zahlen Radfahrer die Maut der Hafenbrücke?\n"
        "Nein, Radfahrer zahlen keine Maut auf dem eigenen Weg der Hafenbrücke.\n"),
    "a sign off addressing the reader in german closes a takeaways list": (
        "**Das Wichtigste in Kürze:**\n"
        "- Die Brücke ist zwei Monate früher fertig geworden.\n"
        "- Die Reparatur hat 41 Millionen Euro gekostet.\n"
        "- Die Fahrt über die Brücke dauert nun fünf Minuten.\n"
        "Mit der neuen Brücke steht Ihrem Weg in die Altstadt nichts mehr im Wege. "
        "Gute Fahrt!\n"),
    "questions for reflection in ukrainian are a discussion list": (
        "Питання для роздумів:\n"
        "1. Чому неправдиві повідомлення так швидко поширюються?\n"
        "2. Як ви перевіряєте інформацію, перш ніж поділитися нею?\n"
        "3. Чи варто державним органам активніше спростовувати фейки?\n"),
    # Arabic's "هل تعلم أن …؟" facts end on a question mark; the share line closes them.
    "did you know facts closed by share with your friends": (
        "هل تعلم؟\n"
        "هل تعلم أن أول جسر في الميناء بني من الخشب قبل أكثر من مئة عام؟\n"
        "هل تعلم أن الجزء المتحرك من الجسر يزن أكثر من أربعمئة طن؟\n"
        "شارك هذه المعلومات مع أصدقائك وانشر حب المدينة!\n"),
    "two questions to the readers in a row are one block": (
        "Question for readers: Have you ever crossed the harbour bridge at night? "
        "What did you see?\n"
        "Do you think the city should bring back the toll? Tell us in the comments!\n"),
    "the title asked answered wrapped up and a question to the readers": (
        "Why did the harbour bridge repairs take two years?\n"
        "The harbour bridge repairs took two years because the deck plates and the "
        "lifting machinery were replaced.\n"
        "In short, the harbour bridge is ready for another fifty years of traffic.\n"
        "Share your thoughts in the comments below.\n"),
    "a conclusion signed off by the team is a closing template": (
        "Reflexiones finales\n"
        "En conclusión, el puente del puerto es una obra de todos y para todos.\n"
        "Recuerda que cruzarlo a pie es la mejor forma de conocer la ciudad.\n"
        "Con cariño, el equipo de Vida en Equilibrio 💚\n"),
    "a sign off of prompts to share and comment is appended": (
        "If you found this guide useful, don't forget to share it with friends "
        "who cross the harbour every day!\n"
        "Every share helps us keep bringing you local news.\n"
        "Tell us in the comments below: which crossing do you use?\n"),
}


@pytest.mark.parametrize("name", list(ARTICLE_BLOCKS))
def test_templates_appended_to_the_article(name: str) -> None:
    _assert_one_block(ARTICLE, ARTICLE_BLOCKS[name], CHROME)


#: Page (masthead and article), generated block, chrome: session 10's templates in the
#: languages and scripts of the GEN-stress briefs; GEN001 finds each as one block.
OTHER_SCRIPTS = {
    'an faq heading with its topic after "về"': (
        ('Tin Tức Sài Gòn Mới\n'
         'Trang chủ | Thời sự | Kinh tế | Đời sống\n'
         'Cầu Rạch Miễu 3 thông xe sớm hai tháng\n'
         'Sáng thứ Hai, cầu Rạch Miễu 3 chính thức thông xe sau hai năm thi công, sớm hơn kế '
         'hoạch hai tháng.\n'
         'Tổng vốn đầu tư của dự án là 1.250 tỷ đồng, do ngân sách tỉnh và trung ương cùng chi '
         'trả.\n'
         'Người dân cho biết thời gian qua sông giờ chỉ còn năm phút thay vì nửa tiếng như '
         'trước.\n'),
        ('Câu hỏi thường gặp về cầu Rạch Miễu 3\n'
         'Cầu có thu phí không?\n'
         'Hiện tại cầu Rạch Miễu 3 không thu phí đối với mọi phương tiện.\n'
         'Xe tải có được đi qua cầu không?\n'
         'Xe tải dưới 30 tấn được phép lưu thông qua cầu Rạch Miễu 3.\n'),
        ('Chia sẻ Facebook Zalo\n'
         '© 2026 Tin Tức Sài Gòn Mới. Bảo lưu mọi quyền.\n')),
    'vietnamese key points "to remember" over a list and a question to the readers': (
        ('Tin Tức Sài Gòn Mới\n'
         'Trang chủ | Thời sự | Kinh tế | Đời sống\n'
         'Cầu Rạch Miễu 3 thông xe sớm hai tháng\n'
         'Sáng thứ Hai, cầu Rạch Miễu 3 chính thức thông xe sau hai năm thi công, sớm hơn kế '
         'hoạch hai tháng.\n'
         'Tổng vốn đầu tư của dự án là 1.250 tỷ đồng, do ngân sách tỉnh và trung ương cùng chi '
         'trả.\n'
         'Người dân cho biết thời gian qua sông giờ chỉ còn năm phút thay vì nửa tiếng như '
         'trước.\n'),
        ('Những điểm chính cần nhớ\n'
         '1. Cầu Rạch Miễu 3 thông xe sớm hai tháng.\n'
         '2. Tổng vốn đầu tư là 1.250 tỷ đồng.\n'
         '3. Thời gian qua sông chỉ còn năm phút.\n'
         'Bạn nghĩ gì về cây cầu mới? Hãy để lại bình luận bên dưới nhé!\n'),
        ('Chia sẻ Facebook Zalo\n'
         '© 2026 Tin Tức Sài Gòn Mới. Bảo lưu mọi quyền.\n')),
    "a thai line of phrases stuffed with the title's keyword": (
        ('ข่าวเมืองไทยวันนี้\n'
         'หน้าแรก | การเมือง | เศรษฐกิจ | กีฬา\n'
         'สะพานข้ามแม่น้ำท่าจีนแห่งใหม่เปิดใช้ก่อนกำหนดสองเดือน\n'
         'เช้าวันจันทร์ที่ผ่านมา สะพานข้ามแม่น้ำท่าจีนแห่งใหม่เปิดให้รถสัญจรได้แล้ว '
         'หลังก่อสร้างนานสองปี\n'
         'โครงการนี้ใช้งบประมาณทั้งสิ้น 1,200 ล้านบาท จากงบประมาณของกรมทางหลวงชนบท\n'
         'ชาวบ้านในพื้นที่กล่าวว่าการเดินทางข้ามแม่น้ำตอนนี้ใช้เวลาเพียงห้านาทีเท่านั้น\n'
         'นายกองค์การบริหารส่วนจังหวัดกล่าวว่าสะพานจะช่วยให้เกษตรกรขนส่งผลผลิตได้รวดเร็วขึ้น\n'
         'กรมทางหลวงชนบทระบุว่าจะติดตั้งไฟส่องสว่างเพิ่มเติมภายในเดือนหน้า\n'
         'ผู้ขับขี่รถจักรยานยนต์ได้รับอนุญาตให้ใช้ช่องทางด้านซ้ายของสะพาน\n'),
        ('สะพานข้ามแม่น้ำท่าจีน สะพานท่าจีนแห่งใหม่ ข่าวสะพานท่าจีน สะพานท่าจีนเปิดใช้ '
         'สะพานท่าจีน 2569 เดินทางสะพานท่าจีน รีวิวสะพานท่าจีน สะพานท่าจีนล่าสุด\n'),
        ('แชร์ Facebook LINE\n'
         '© 2569 ข่าวเมืองไทยวันนี้ สงวนลิขสิทธิ์\n')),
    "a hindi key points heading over the article's facts": (
        ('नया सवेरा समाचार\n'
         'होम | देश | व्यापार | खेल\n'
         'गंगा पर नया पुल तय समय से दो महीने पहले खुला\n'
         'सोमवार सुबह गंगा नदी पर बना नया पुल दो साल के निर्माण के बाद यातायात के लिए खोल दिया '
         'गया।\n'
         'इस परियोजना पर कुल 900 करोड़ रुपये खर्च हुए, जिसे राज्य सरकार ने वहन किया।\n'
         'स्थानीय लोगों का कहना है कि अब नदी पार करने में केवल पांच मिनट लगते हैं।\n'),
        ('खास बातें\n'
         'पुल तय समय से दो महीने पहले खुला।\n'
         'परियोजना पर 900 करोड़ रुपये खर्च हुए।\n'
         'नदी पार करने में अब केवल पांच मिनट लगते हैं।\n'),
        ('शेयर करें फेसबुक व्हाट्सऐप\n'
         '© 2026 नया सवेरा समाचार। सर्वाधिकार सुरक्षित।\n')),
    'a tamil conclusion closed by sharing with friends': (
        ('தினச்செய்தி மலர்\n'
         'முகப்பு | தமிழகம் | வணிகம் | விளையாட்டு\n'
         'காவிரி ஆற்றின் மீது புதிய பாலம் திட்டமிட்டதை விட இரண்டு மாதம் முன்னதாக திறப்பு\n'
         'திங்கள்கிழமை காலை காவிரி ஆற்றின் மீது கட்டப்பட்ட புதிய பாலம் போக்குவரத்துக்கு '
         'திறக்கப்பட்டது.\n'
         'இந்தத் திட்டத்திற்கு மொத்தம் 600 கோடி ரூபாய் செலவானது.\n'
         'ஆற்றைக் கடக்க இப்போது ஐந்து நிமிடங்களே ஆகின்றன என்று மக்கள் தெரிவித்தனர்.\n'),
        ('முடிவுரை\n'
         'மொத்தத்தில், காவிரி புதிய பாலம் மாவட்ட மக்களுக்கு ஒரு பெரிய வரப்பிரசாதம் ஆகும்.\n'
         'இந்தக் கட்டுரை உங்களுக்குப் பயனுள்ளதாக இருந்தால், உங்கள் நண்பர்களுடன் பகிருங்கள்!\n'),
        ('பகிர்க Facebook WhatsApp\n'
         '© 2026 தினச்செய்தி மலர். அனைத்து உரிமைகளும் பாதுகாக்கப்பட்டவை.\n')),
    'a swahili conclusion closed by "tuachie maoni yako"': (
        ('Habari Mpya Leo\n'
         'Nyumbani | Kitaifa | Biashara | Michezo\n'
         'Daraja jipya la Mto Pangani lafunguliwa miezi miwili kabla ya ratiba\n'
         'Daraja jipya la Mto Pangani lilifunguliwa kwa magari Jumatatu asubuhi baada ya miaka '
         'miwili ya ujenzi.\n'
         'Mradi huo uligharimu shilingi bilioni 90 zilizotolewa na serikali.\n'
         'Wakazi walisema sasa inachukua dakika tano tu kuvuka mto.\n'),
        ('Hitimisho\n'
         'Kwa ujumla, daraja jipya la Mto Pangani ni hatua kubwa kwa maendeleo ya mkoa.\n'
         'Je, wewe una maoni gani kuhusu daraja hili? Tuachie maoni yako hapa chini!\n'),
        ('Shiriki Facebook WhatsApp\n'
         '© 2026 Habari Mpya Leo. Haki zote zimehifadhiwa.\n')),
    'a tagalog conclusion closed by "i-share", no first person "I"': (
        ('Balitang Pinoy Ngayon\n'
         'Home | Balita | Negosyo | Palakasan\n'
         'Bagong tulay sa Ilog Pasig, binuksan nang dalawang buwang mas maaga\n'
         'Binuksan sa trapiko noong Lunes ng umaga ang bagong tulay sa Ilog Pasig matapos ang '
         'dalawang taong konstruksyon.\n'
         'Umabot sa ₱4.5 bilyon ang gastos ng proyekto na pinondohan ng pambansang pamahalaan.\n'
         'Ayon sa mga residente, limang minuto na lang ang pagtawid sa ilog.\n'),
        ('Konklusyon\n'
         'Sa kabuuan, ang bagong tulay ay malaking tulong sa mga motorista ng Maynila.\n'
         'Ano sa tingin mo? I-share ang iyong opinyon sa comments section sa ibaba!\n'),
        ('I-share Facebook Twitter\n'
         '© 2026 Balitang Pinoy Ngayon. All rights reserved.\n')),
}


#: More of session 10's templates, found after reading the GEN-stress set blind44 and the
#: set blind45 (the texts here are invented for the tests): page, block, chrome.
STRESS_SHAPES = {
    "a short what-do-you-think line heads the questions to the readers": (
        MASTHEAD + _UNI_NEWS,
        "Et vous, qu'en pensez-vous ?\n"
        "Traversez-vous le pont tous les jours ?\n"
        "Le péage devrait-il revenir pour payer les travaux ?\n"
        "Racontez-nous votre trajet dans les commentaires, nous avons hâte de vous lire !\n",
        CHROME),
    "a glossary heading after an adjective over definitions ending in a danda": (
        MASTHEAD + _UNI_NEWS,
        "महत्वपूर्ण शब्दावली\n"
        "डेक प्लेट: पुल की सतह पर लगी स्टील की वह परत जिस पर वाहन चलते हैं।\n"
        "लिफ्टिंग स्पैन: पुल का वह हिस्सा जो ऊंचे जहाजों के लिए ऊपर उठता है।\n"
        "काउंटरवेट: भारी वजन जो उठते हुए हिस्से को संतुलित रखता है।\n",
        CHROME),
    "an interviewer and a speaker whose name has no capitals": (
        MASTHEAD + _UNI_NEWS,
        "සම්මුඛ සාකච්ඡාව: නගරාධිපති සමඟ\n"
        "සාකච්ඡාකරු: පාලම නැවත විවෘත වීම ගැන ඔබට හැඟෙන්නේ කෙසේද?\n"
        "අනුලා පෙරේරා: මම ඉතා සතුටු වෙනවා. මුළු නගරයම මේ දවස බලාපොරොත්තු වුණා.\n"
        "සාකච්ඡාකරු: ඉදිරි සැලසුම් මොනවාද?\n"
        "අනුලා පෙරේරා: අපි පාපැදි මාර්ගයක් ද ඉදිකරනවා.\n",
        CHROME),
    "a readers' question heading of its own over one question": (
        MASTHEAD + _UNI_NEWS,
        "Soalan untuk Pembaca\n"
        "Adakah anda akan menyeberangi jambatan baharu itu setiap hari? Kongsikan pendapat "
        "anda di ruangan komen!\n",
        CHROME),
    "a key points heading glossed in english in brackets": (
        MASTHEAD + _UNI_NEWS,
        "मुख्य बातें (Key Takeaways)\n"
        "- पुल दो महीने पहले खुल गया है।\n"
        "- मरम्मत पर 41 मिलियन यूरो खर्च हुए।\n"
        "- अब पुल पार करने में पांच मिनट लगते हैं।\n",
        CHROME),
    "a bracketed trivia label under a recipe's steps": (
        "今日のキッチン\nトップ > 丼もの\n10分でできる親子丼\n材料（1人分）\n鶏もも肉　100g\n"
        "卵　2個\n作り方\n1. 鶏肉はひと口大に切る。\n2. めんつゆと水を煮立て、鶏肉を4分煮る。\n"
        "3. 溶き卵を回し入れ、ふたをして30秒待つ。\n4. ごはんにのせて、三つ葉を添える。\n",
        "【豆知識】親子丼の豆知識\n"
        "親子丼という名前は、鶏肉と卵を一緒に使うことに由来しているといわれています。\n"
        "卵にはたんぱく質やビタミンが豊富に含まれています。\n"
        "ぜひ、ご家族みんなで親子丼を楽しんでくださいね！\n",
        "保存する\n印刷する\n© 2026 今日のキッチン\n"),
    "an faq closed by a conclusion and a don't-miss exhortation": (
        MASTHEAD + _UNI_NEWS,
        "Domande frequenti sulla mostra\n"
        "Quanto dura la visita alla mostra?\n"
        "La visita alla mostra dura in media circa un'ora.\n"
        "La mostra è adatta ai bambini?\n"
        "Sì, la mostra è adatta a tutta la famiglia.\n"
        "In conclusione, la mostra è un'occasione imperdibile per tutta la città.\n"
        "Non perdete questa straordinaria esperienza: vi aspettiamo al museo!\n",
        CHROME),
    # blind46's shapes (session 10)
    "a summary heading, a list and a closing prompt are one template": (
        MASTHEAD + _UNI_NEWS,
        "한눈에 보는 요약\n"
        "새 다리는 예정보다 두 달 일찍 개통했습니다.\n"
        "이런 분들께 추천합니다!\n"
        "✔ 매일 다리를 건너는 분\n"
        "✔ 자전거로 출퇴근하는 분\n"
        "여러분은 새 다리에 대해 어떻게 생각하시나요? 댓글로 의견을 남겨 주세요!\n",
        CHROME),
    "a summary's paragraphs closed by 'remember that'": (
        MASTHEAD + _UNI_NEWS,
        "En resumen\n"
        "El puente del puerto vuelve a estar abierto tras dos años de obras.\n"
        "Con paciencia, los vecinos han recuperado el paso más rápido de la ciudad.\n"
        "Recuerda que cruzar a pie sigue siendo la mejor forma de conocer el puerto.\n",
        CHROME),
    "did you know over a list of facts": (
        MASTHEAD + _UNI_NEWS,
        "Did you know?\n"
        "• The first bridge here was built of timber over a hundred years ago.\n"
        "• The lifting span weighs more than four hundred tonnes.\n"
        "• Ships pass under it twelve times a day in summer.\n",
        CHROME),
    "a glossary whose terms a dash parts from their definitions": (
        MASTHEAD + _UNI_NEWS,
        "Поимник\n"
        "Палубна плоча – челичен панел што ја прави површината на мостот.\n"
        "Подвижен распон – делот од мостот што се крева за бродовите.\n"
        "Противтег – тежок блок што го балансира распонот додека се крева.\n",
        CHROME),
    "a punjabi interview by the journalist's label": (
        MASTHEAD + _UNI_NEWS,
        "ਮੇਅਰ ਨਾਲ ਖ਼ਾਸ ਗੱਲਬਾਤ\n"
        "ਪੱਤਰਕਾਰ: ਪੁਲ ਦੇ ਖੁੱਲ੍ਹਣ ਬਾਰੇ ਤੁਸੀਂ ਕੀ ਮਹਿਸੂਸ ਕਰਦੇ ਹੋ?\n"
        "ਹਰਜੀਤ ਕੌਰ: ਇਹ ਸ਼ਹਿਰ ਲਈ ਮਾਣ ਵਾਲਾ ਦਿਨ ਹੈ।\n"
        "ਪੱਤਰਕਾਰ: ਅੱਗੇ ਕੀ ਯੋਜਨਾ ਹੈ?\n"
        "ਹਰਜੀਤ ਕੌਰ: ਅਸੀਂ ਸਾਈਕਲ ਲੇਨ ਵੀ ਬਣਾਵਾਂਗੇ।\n",
        CHROME),
    "a nepali verdict of pros and cons": (
        MASTHEAD + _UNI_NEWS,
        "फाइदा र बेफाइदा: हाम्रो निष्कर्ष\n"
        "फाइदा:\n"
        "✓ सुरक्षित आवागमन\n"
        "✓ यात्रा समयमा कमी\n"
        "बेफाइदा:\n"
        "✗ पहिरोको जोखिम\n",
        CHROME),
    "your turn over questions to the readers": (
        MASTHEAD + _UNI_NEWS,
        "Your turn, commuters!\n"
        "Have you crossed the new bridge yet?\n"
        "Should the city bring back the toll?\n"
        "Let us know in the comments!\n",
        CHROME),
    # blind46 and blind47, second round
    "an faq heading with its topic first": (
        MASTHEAD + _UNI_NEWS,
        "Liman Köprüsü Hakkında Sık Sorulan Sorular\n"
        "Köprü ne zaman açıldı?\n"
        "Köprü pazartesi sabahı, planlanandan iki ay önce açıldı.\n"
        "Köprüden geçiş ücretli mi?\n"
        "Hayır, köprüden geçiş şu anda ücretsizdir.\n",
        CHROME),
    "a discussion heading, one question and the invitation": (
        MASTHEAD + _UNI_NEWS,
        "여러분의 생각을 들려주세요\n"
        "새 다리를 건널 때 여러분은 무엇을 가장 중요하게 생각하시나요? 속도일까요, 안전일까요?\n"
        "댓글로 자유롭게 이야기 나눠 주세요.\n",
        CHROME),
    "a takeaways list closed by 'we hope our review helped'": (
        MASTHEAD + _UNI_NEWS,
        "Najważniejsze wnioski\n"
        "- Most otwarto dwa miesiące przed terminem.\n"
        "- Remont kosztował 41 milionów euro.\n"
        "- Przejazd trwa teraz pięć minut.\n"
        "Mamy nadzieję, że nasza relacja pomogła Ci zaplanować podróż. Pamiętaj, że most "
        "jest otwarty całą dobę!\n",
        CHROME),
    # blind48's shapes
    "final reflections closed by two exhortations and a goodbye": (
        MASTHEAD + _UNI_NEWS,
        "Reflexiones finales\n"
        "En conclusión, el puente del puerto es una obra que todo vecino debería conocer.\n"
        "Ya sea que vayas a pie o en bicicleta, el paseo te robará el corazón.\n"
        "¡Prepara tu cámara y déjate sorprender por la vista del puerto!\n"
        "¡Buen viaje y nos vemos en la próxima aventura!\n",
        CHROME),
    "a people-also-ask box of questions without answers": (
        MASTHEAD + _UNI_NEWS,
        "大家还在问\n"
        "港口大桥为什么提前开通？\n"
        "港口大桥收费吗？\n"
        "骑自行车可以过港口大桥吗？\n",
        CHROME),
    "a summary closed by its exhortation and thanks for reading": (
        MASTHEAD + _UNI_NEWS,
        "まとめ\n"
        "いかがでしたか？今回は港の橋の再開についてご紹介しました。\n"
        "橋の修理には二年かかりましたが、予定より二か月早く完成しました。\n"
        "ぜひこの記事を参考に、新しい橋を渡ってみてくださいね！\n"
        "最後まで読んでいただき、ありがとうございました。\n",
        CHROME),
}


def test_a_help_pages_own_faq_under_its_trail_is_no_appended_block() -> None:
    page = ("今日のキッチン\n毎日のごはんを、もっとかんたんに。\nトップ > ヘルプ\nよくある質問\n"
            "Q. 会員登録に料金はかかりますか？\nA. 基本機能は無料でご利用いただけます。\n"
            "Q. 保存したレシピはいくつまで登録できますか？\nA. 無料会員は100件まで保存できます。\n"
            "Q. レシピを投稿するにはどうすればいいですか？\n"
            "A. マイページの「レシピを書く」から投稿できます。\n"
            "お問い合わせフォーム\n© 2026 今日のキッチン\n")
    assert _block_lines(page) == []


def test_an_explainers_questions_under_its_lead_are_the_page() -> None:
    page = ("Жылу маусымы: төлемақы қалай есептеледі және неге қымбаттады?\n"
            "Алматы тұрғындары жылу үшін төлем неге өскенін сұрап жатыр.\n"
            "Жылу үшін төлем қалай есептеледі?\n"
            "Төлем үйдегі ортақ есептегіштің көрсеткіші бойынша бөлінеді.\n"
            "Биыл тариф қанша өсті?\n"
            "Бір гигакалорияның бағасы он екі пайызға өсті.\n"
            "Неге көршімнің төлемі менікінен аз?\n"
            "Ең жиі себеп – пәтерлердің ауданы әртүрлі болуы немесе жеке есептегіш.\n"
            "Төлемді азайтудың жолы бар ма?\n"
            "Жеке есептегіш орнату және терезелерді жылыту төлемді азайтады.\n"
            "Шағымды қайда жазуға болады?\n"
            "Алдымен үйдің басқарушы компаниясына жазбаша өтініш беріңіз.\n")
    assert _block_lines(page + CHROME) == []


def test_a_transcripts_labelled_question_sharing_the_titles_words_is_no_restatement() -> None:
    page = ("Die Karoo leer jou om stadig te skryf: 'n Gesprek met die digter\n"
            "Die digter se derde bundel het vroeër vanjaar verskyn, en sy woon op 'n plaas.\n"
            "V: Jou nuwe bundel begin met droogte. Was dit 'n keuse?\n"
            "A: Nee, eintlik nie. Ek het eers agterna gesien dat dit so is.\n"
            "V: Baie gedigte is in die stem van jou buurvrou. Het sy dit gelees?\n"
            "A: Sy het, en toe het sy vir my 'n melktert gebak.\n"
            "V: Jy skryf met die hand. Hoekom?\n"
            "A: Die rekenaar maak my te vinnig, en met 'n pen moet ek wag.\n"
            "V: En wat is volgende?\n"
            "A: 'n Kinderboek, glo dit of nie.\n")
    assert _block_lines(page) == []


#: Pages whose block GEN001 must find over exactly its lines (session 10): page, block,
#: what follows the block.
PAGE_BLOCKS = {
    # "Podsumowując: …" is the fact-check's own verdict; the heading under it opens the
    # generator's conclusion.
    "a final conclusions heading opens the block under the text's own last word": (
        MASTHEAD + ARTICLE
        + "Podsumowując: twierdzenie jest fałszywe, most otwarto w poniedziałek.\n",
        "Wnioski końcowe\n"
        "Jak widać, remont mostu był potrzebny i zakończył się przed terminem.\n"
        "Dbajmy o nasze miasto!\n"
        "Pytanie do czytelników: Czy przejeżdżacie przez most codziennie? Podzielcie się "
        "swoimi doświadczeniami w komentarzach!\n",
        CHROME),
    "a wrap up under the title asked and answered is the block's": (
        "Kabar Kota\nBeranda | Olahraga\nTimnas U-20 Tekuk Laos 3-0\n"
        "Timnas Indonesia U-20 menang 3-0 atas Laos pada laga kedua Grup A di Solo.\n"
        "Gol pertama lahir pada menit ke-18 lewat sundulan bek kiri Dimas Haryanto.\n"
        "Indonesia kini mengoleksi enam poin dan akan menghadapi Filipina pada Senin.\n",
        "Apakah Timnas U-20 Tekuk Laos 3-0?\n"
        "Ya, Timnas U-20 berhasil menekuk Laos dengan skor 3-0 dan menjaga peluang ke "
        "semifinal.\n"
        "Dengan hasil ini, Timnas U-20 menunjukkan performa yang menjanjikan.\n",
        CHROME),
    # four sentences of a short report (none of twelve words), then the interview
    "a short report's interviewer questions under it are a template": (
        "Kent Haber\nAnasayfa | Sağlık\nMigren ilacı geri ödeme listesinde\n"
        "Migren ilacı geri ödeme listesine alındı.\n"
        "Karar hastalar için önemli bir adım olarak görülüyor.\n"
        "İlaç nöroloji uzmanı raporu ile alınabilecek.\n"
        "Düzenleme 15 gün sonra yürürlüğe girecek.\n",
        "Muhabir: Bu karar hastalar için ne anlama geliyor?\n"
        "Uzman: Binlerce hasta için büyük bir umut anlamına geliyor.\n"
        "Muhabir: Tedavi herkese uygun mu?\n"
        "Uzman: Her hastanın durumu farklıdır.\n"
        "Muhabir: Önerileriniz nelerdir?\n"
        "Uzman: Düzenli uyku ve yeterli su çok önemlidir.\n",
        CHROME),
    'a chinese title asked, answered, wrapped up and signed off': (
        "稳稳理财网\n首页 > 基金\n基金定投亏了两成，要不要停？三位投资者的选择\n"
        "不少投资者的定投账户至今仍处于亏损状态，他们正在考虑下一步怎么做。\n"
        "程序员刘先生每月定投两千元，他说自己会继续坚持下去。\n"
        "会计赵女士则在去年年中停止了定投，把钱转入了存款。\n"
        "退休教师孙阿姨坚持了四年，今年初账户首次回正。\n",
        "基金定投亏了两成，要不要停？\n"
        "基金定投亏了两成要不要停，是很多投资者关心的问题。答案是：要根据自身情况决定。\n"
        "如果是长期闲置资金，可以继续坚持，摊低成本。\n"
        "总之，基金定投是一种长期投资方式，投资者应保持理性。\n"
        "以上就是关于基金定投的全部内容，希望对你有所帮助！\n",
        CHROME),
    'a tag line above a discussion heading is not its heading': (
        MASTHEAD + _UNI_NEWS + "Tags: #bridge #harbour #commute\n",
        "Questions for discussion\n"
        "Should the city bring back the toll?\n"
        "Would you cross the bridge on foot at night?\n",
        CHROME),
    "the comment widget's login line is no invitation": (
        MASTHEAD + _UNI_NEWS,
        "Key takeaways\n"
        "• The bridge reopened two months early.\n"
        "• The repairs cost 41 million euros.\n"
        "• The crossing now takes five minutes.\n",
        "37 comments\n"
        "Log in to join the conversation. Comments are moderated under our guidelines.\n" + CHROME),
    'a paragraph repeating the stuffed keyword continues the seo block': (
        MASTHEAD + _UNI_NEWS,
        "If you are looking for a heated cycle lane, this guide to the heated cycle lane "
        "will help you. Discover the heated cycle lane in winter, the best heated cycle "
        "lane routes, the heated cycle lane at night and the cycle lane costs. Do not wait "
        "to try the heated cycle lane.\n"
        "Riding the cycle lane is easy: the cycle lane starts at the campus, and the cycle "
        "lane suits every bike.\n",
        CHROME),
    "a verdict asking the reader's question over pros and cons, under a news story": (
        MASTHEAD + ARTICLE,
        "Our verdict: should you cross the new harbour bridge by car?\n"
        "Pros:\n"
        "- The crossing now takes five minutes instead of twenty\n"
        "- The new deck should last another fifty years\n"
        "Cons:\n"
        "- The repairs cost 41 million euros\n"
        "- Drivers faced two years of detours\n"
        "Overall, the bridge is a big step for commuters, but the toll debate is not over.\n",
        CHROME),
    # blind52's shapes
    "an interview whose speaker's label opens with a title's abbreviation": (
        MASTHEAD + _UNI_NEWS,
        "Entrevista con la Dra. Lindqvist sobre el carril\n"
        "Kessel Courier: Doctora, ¿por qué calentar un carril bici?\n"
        "Dra. Johanna Lindqvist: Porque el hielo es la primera causa de caídas en invierno.\n"
        "Kessel Courier: ¿Qué mensaje le daría a nuestros lectores?\n"
        "Dra. Johanna Lindqvist: Que prueben el carril y nos cuenten su experiencia.\n",
        CHROME),
    "a formal did-you-know and its facts": (
        MASTHEAD + _UNI_NEWS,
        "Tudta?\n"
        "Tudta, hogy az első fűtött kerékpárutat Hollandiában építették?\n"
        "Tudta, hogy a csövekben keringő folyadék nyáron a napenergiát gyűjti?\n"
        "Tudta, hogy a rendszer télen a jégképződést is megakadályozza?\n",
        CHROME),
    "a key-terms glossary": (
        MASTHEAD + _UNI_NEWS,
        "Основные термины\n"
        "Теплоноситель — жидкость, которая переносит тепло по трубам под асфальтом.\n"
        "Аккумулятор тепла — подземный резервуар, где тепло хранится до зимы.\n"
        "Велодорожка — полоса дороги, отведённая только для велосипедистов.\n",
        CHROME),
    "final thoughts closed by 'what are you waiting for?'": (
        MASTHEAD + _UNI_NEWS,
        "Záverečné myšlienky\n"
        "Vyhrievaný cyklochodník je skvelou voľbou pre každého, kto jazdí aj v zime.\n"
        "Nezabudnite si však vziať prilbu a dobrú náladu. Bezpečnosť je na prvom mieste.\n"
        "Či už ste skúsený cyklista alebo začiatočník, cesta vás očarí. Tak na čo ešte "
        "čakáte? Sadnite na bicykel a vyrazte!\n",
        CHROME),
}


#: Session 10's templates (other scripts, the GEN-stress sets, single cases), one table.
SESSION_TEN_BLOCKS = {**OTHER_SCRIPTS, **STRESS_SHAPES, **PAGE_BLOCKS}


@pytest.mark.parametrize("name", list(SESSION_TEN_BLOCKS))
def test_blocks_found_over_exactly_their_lines(name: str) -> None:
    page, block, after = SESSION_TEN_BLOCKS[name]
    first = page.count("\n") + 1
    assert _block_lines(page + block + after) == [(first, first + block.count("\n") - 1)]


#: Session 11's templates, found after reading the GEN-stress set blind52 (the texts here
#: are invented for the tests): page, block, chrome.
_FARES = ("Bus fares rise by a fifth as diesel costs climb\n"
          "Operators on the harbour routes raised fares by a fifth on Monday, citing the "
          "cost of diesel.\n"
          "A single ticket from the station to the ferry terminal now costs 2.40 euros, "
          "up from two euros.\n"
          "Commuters at the terminal said the increase would eat into already tight "
          "household budgets this winter.\n"
          "The transport department said it had not been told of the new fares and would "
          "ask operators to explain them.\n")
SESSION_ELEVEN_BLOCKS = {
    "pros and cons labelled on each line and a verdict under a news story": (
        MASTHEAD + _FARES,
        "Pros and Cons of the Fare Increase\n"
        "Pros: Operators can keep their buses on the road and maintain them properly.\n"
        "Pros: Drivers are more likely to be paid on time.\n"
        "Cons: Commuters on low incomes will spend a bigger share of their pay on travel.\n"
        "Cons: Higher fares could push more people onto unsafe minibuses.\n"
        "Verdict: The increase is understandable, but it places a heavy burden on "
        "ordinary commuters.\n",
        "Tags: Buses, Fares, Transport\n" + CHROME),
    "a key points heading over short plain sentences after the tags and share row": (
        "Vida Sana\nInicio | Salud | Nutrición\nInicio > Salud\n"
        "Siete hábitos para dormir mejor este invierno\n"
        "Los médicos del sueño dicen que un adulto necesita entre siete y nueve horas.\n"
        "1. Acuéstate y levántate a la misma hora todos los días, también el fin de semana.\n"
        "2. Deja el celular una hora antes de dormir y sácalo del dormitorio.\n"
        "3. Evita el café después del almuerzo y las cenas pesadas por la noche.\n"
        "4. Mantén el cuarto oscuro, silencioso y algo fresco.\n"
        "Etiquetas: sueño, salud\nCompartir en Facebook · Compartir en WhatsApp\n",
        "Puntos clave\n"
        "Mantener horarios regulares es fundamental para un buen descanso.\n"
        "El uso del celular antes de dormir afecta el descanso.\n"
        "El café y las cenas pesadas dificultan conciliar el sueño.\n"
        "Un dormitorio oscuro y fresco ayuda a dormir mejor.\n",
        "Entradas recientes\nCómo elegir una almohada\n© 2026 Vida Sana\n"),
    "the two reader questions and the invitation that close a news story": (
        MASTHEAD + _FARES,
        "What do you think of the new fares on the harbour routes?\n"
        "Have you changed how you get to work since the increase, and what do you do "
        "instead?\n"
        "Leave a comment below to share your experience with other readers!\n",
        CHROME),
    "a call to share a job advert opened by asking who the reader knows": (
        MASTHEAD + _FARES,
        "Do you know someone who is looking for work at the harbour?\n"
        "Share this article with your friends and family, you may help someone find "
        "the right job.\n",
        CHROME),
    "an seo faq with one-letter labels whose questions all name the keyword": (
        MASTHEAD
        + "Kartalspor deplasmanda 2-1 kazandı\n"
          "Kartalspor, ligin 11. haftasında deplasmanda Gölspor'u 2-1 yendi.\n"
          "Ev sahibi ekip 23. dakikada uzaktan attığı şutla öne geçti.\n"
          "İkinci yarıda Kartalspor 61. dakikada kafa golüyle eşitliği sağladı.\n"
          "Maçın son dakikasında gelen gol üç puanı getirdi.\n"
          "Stat: Yeşilova Stadı | Hakem: Cem Aydın | Seyirci: 5.210\n",
        "S: Kartalspor maçı kaç kaç bitti?\n"
        "C: Kartalspor deplasmanda Gölspor'u 2-1 mağlup etti.\n"
        "S: Kartalspor'un gollerini kim attı?\n"
        "C: Kartalspor'un gollerini Emre Tan ve Ali Koç attı.\n"
        "S: Kartalspor'un sıradaki maçı ne zaman?\n"
        "C: Kartalspor'un sıradaki maçıyla ilgili bilgilere sitemizden ulaşabilirsiniz.\n",
        "Etiketler: Kartalspor, Gölspor\n" + CHROME),
    "a chinese title asked again as one run and answered in its words": (
        "慢慢吃部落格\n首頁 | 美食 | 旅遊\n首頁 > 旅遊 > 台東\n"
        "台東兩天一夜行程｜不開車也能玩，火車加公車路線整理\n發布日期：2025-05-20\n"
        "這次是完全不開車的台東之旅。從台北搭火車約四個小時，再搭配公車就能到達各個景點。\n"
        "第一天：下午到達台東車站，搭公車到市區，晚上去夜市吃米苔目和臭豆腐。\n"
        "第二天：早上搭公車到海邊，在沙灘散步，中午吃完便當後搭火車回台北。\n"
        "住宿：這次住在車站附近的民宿，雙人房平日一晚 1,600 元，老闆人很好。\n",
        "台東兩天一夜行程不開車也能玩嗎？\n"
        "答案是肯定的！台東兩天一夜行程不開車也能玩，只要善用火車與公車，就能輕鬆暢遊熱門景點。\n",
        "留言（3）\n發表留言\nCopyright © 2025 慢慢吃部落格 All Rights Reserved.\n"),
}


#: More of session 11's templates, found after reading the GEN-stress set blind56.
SESSION_ELEVEN_BLOCKS.update({
    "a discussion heading, a lead-in asking its own question, reader questions, an invitation": (
        MASTHEAD + _FARES + "Share this story\n",
        "Let's talk about it\n"
        "Higher fares sound fair when diesel costs climb, but is it realistic for families "
        "who commute every day? We want to hear from you.\n"
        "Have you changed how you get to work since the increase?\n"
        "What would you cut first if your travel costs rose by a fifth?\n"
        "Do you think the council should subsidise the harbour routes?\n"
        "Share your thoughts and experiences in the comments below!\n",
        CHROME),
    "an interview under its heading, speakers with accented greek capitals, the thanks": (
        MASTHEAD + _UNI_NEWS + "Ετικέτες: μουσεία, Ιωάννινα\n",
        "Συνέντευξη με τον επιμελητή της έκθεσης\n"
        "Ήπειρος Σήμερα: Ποιος είναι ο στόχος της έκθεσης;\n"
        "Άγγελος Νικολάου: Να δείξουμε την παράδοση της υφαντικής στους νέους.\n"
        "Ήπειρος Σήμερα: Τι θα εντυπωσιάσει τους επισκέπτες;\n"
        "Άγγελος Νικολάου: Τα χρώματα και τα σχέδια των υφασμάτων.\n"
        "Ήπειρος Σήμερα: Σας ευχαριστούμε πολύ για τη συνέντευξη.\n",
        CHROME),
    "a glossary heading with one word after it under a classified ad's few lines": (
        "DomyTeraz.pl\nKup Wynajmij Dodaj ogłoszenie\n"
        "Mieszkanie 2-pokojowe z balkonem, 44 m², Kraków\n549 000 zł\nPiętro: 2/4\nOpis\n"
        "Na sprzedaż jasne mieszkanie w cichym budynku. Blisko tramwaj i park.\n"
        "Balkon od strony podwórza. Do mieszkania należy komórka lokatorska.\n"
        "W okolicy szkoła i sklepy. Mieszkanie wolne od maja.\n"
        "Udostępnij: Facebook Messenger E-mail\n",
        "Słowniczek pojęć\n"
        "Czynsz – miesięczna opłata właściciela mieszkania na rzecz wspólnoty mieszkaniowej.\n"
        "Komórka lokatorska – pomieszczenie gospodarcze należące do mieszkania, zwykle w piwnicy.\n"
        "Aneks kuchenny – kuchnia połączona z salonem, bez ścian, które by ją oddzielały.\n"
        "Pełna własność – prawo do mieszkania, które daje właścicielowi najwięcej uprawnień.\n",
        "Podobne ogłoszenia\n2 pokoje, 40 m², Kraków – 520 000 zł\n© 2026 DomyTeraz\n"),
    "pros and cons of one line each and 'Unser Urteil:' under a car's news": (
        MASTHEAD + _FARES,
        "Vorteile und Nachteile auf einen Blick\n"
        "Vorteile: Große Reichweite, serienmäßige Wärmepumpe, echte Tasten für das Klima.\n"
        "Nachteile: Ladeleistung unter dem Klassenniveau, kleiner Akku in der Basisversion.\n"
        "Unser Urteil: Ein vielversprechendes Familienauto mit fairem Preis.\n",
        CHROME),
    "did you like this article, the share and follow calls, a question in the comments": (
        MASTHEAD + _FARES,
        "هل أعجبك هذا المقال؟\n"
        "لا تنس مشاركته مع أصدقائك وعائلتك على فيسبوك وواتساب ليطلع الجميع على الأسعار.\n"
        "شاركونا آراءكم في التعليقات: هل تغيرت أسعار التذاكر في مدينتكم؟\n",
        CHROME),
    "a conclusion, an faq of inline pairs under it and a malay call to share": (
        MASTHEAD + _FARES + "Kongsi: Facebook WhatsApp Telegram\n",
        "Kesimpulan\n"
        "Kenaikan tambang bas ini merupakan isu penting bagi semua penumpang di seluruh bandar.\n"
        "Soalan Lazim\n"
        "Bilakah kenaikan ini berkuat kuasa? Mulai hari Isnin minggu ini di semua laluan.\n"
        "Adakah pas bulanan terlibat? Tidak, harganya kekal sama buat masa ini.\n"
        "Jangan lupa kongsikan artikel ini kepada rakan dan keluarga yang menaiki bas!\n",
        CHROME),
    "one-letter labelled questions right under a share row, which is no heading": (
        "TrabajoSur\nEmpleos | Empresas | Publicar aviso\n"
        "Ejecutivo de ventas en terreno en Concepción\n"
        "Distribuidora Austral busca un ejecutivo de ventas en terreno para la zona de "
        "Concepción y Talcahuano.\n"
        "Funciones: visitar a los clientes de la cartera, tomar pedidos y captar clientes "
        "nuevos cada semana.\n"
        "Requisitos: enseñanza media completa y un año de experiencia en ventas en terreno.\n"
        "Ofrecemos sueldo base, comisiones, seguro complementario de salud y vehículo de la "
        "empresa.\n"
        "Postular ahora\nGuardar aviso\n"
        "Compartir: WhatsApp · Facebook · LinkedIn · Copiar enlace\n",
        "P: ¿Cuánto gana un ejecutivo de ventas en terreno en Concepción?\n"
        "R: El sueldo de un ejecutivo de ventas en terreno en Concepción varía según las "
        "comisiones.\n"
        "P: ¿Qué se necesita para trabajar como ejecutivo de ventas?\n"
        "R: Generalmente se requiere enseñanza media completa y experiencia en ventas.\n"
        "P: ¿Es un buen trabajo ser ejecutivo de ventas en terreno en Concepción?\n"
        "R: ¡Sí! Es una excelente oportunidad para quienes disfrutan del contacto con "
        "clientes.\n",
        "Avisos similares\nVendedor de ruta – Chillán\n© 2026 TrabajoSur\n"),
    "seo copy and the row of its keywords parted by bars": (
        MASTHEAD + _FARES,
        "If you are looking for harbour bus fares, this guide to harbour bus fares is perfect "
        "for you. Knowing harbour bus fares helps you plan, and harbour bus fares change often.\n"
        "Save this guide to harbour bus fares and share it, because harbour bus fares matter "
        "to every commuter who needs harbour bus fares.\n"
        "Harbour bus fares 2026 | Harbour bus fare prices | Bus fares harbour | Harbour "
        "routes fares\n",
        CHROME),
    "an faq closed by 'いかがでしたか' as the page's last words": (
        "今日のキッチン\nトップ > 和菓子\n雪うさぎ餅の作り方\n"
        "雪うさぎ餅は、もち米粉と白あんで作る冬の和菓子です。地元の菓子店で昔から作られてきました。\n"
        "もち米粉に水を加えてよく混ぜ、蒸し器で二十分ほど蒸します。熱いうちによくつきます。\n"
        "白あんを包んで丸め、耳の形に切り込みを入れます。日持ちは三日ほどです。\n"
        "冬のお祭りの期間には、組合がつきたての餅を振る舞う催しを開いています。\n",
        "よくある質問\n"
        "Q. 雪うさぎ餅はどこで買えますか？\n"
        "A. 市内の和菓子店や、冬のお祭りの会場で購入できます。\n"
        "Q. 賞味期限はどのくらいですか？\n"
        "A. 製造日を含めて三日ほどです。お早めにお召し上がりください。\n"
        "いかがでしたか？雪うさぎ餅の魅力が伝わったら嬉しいです。ぜひ味わってみてくださいね！\n",
        "カテゴリ: 和菓子 | 冬の食文化\n"),
})


#: More of session 11's templates, found after reading the GEN-stress set blind57 and the
#: set blind58.
_BLOG = ("Hucha Norte\nFinanzas personales sin rollo\nInicio Ahorro Deudas Retiro\n"
         "Inicio » Ahorro » ¿Cuánto debe tener tu fondo de emergencia?\nAhorro\n"
         "¿Cuánto debe tener tu fondo de emergencia? (y dónde guardarlo para no gastarlo)\n"
         "Por Lucía Garza Treviño\n14 de octubre de 2025\n"
         "Hace dos años se descompuso mi coche un martes de quincena y la reparación costó "
         "mucho más de lo que tenía ahorrado.\n"
         "La regla clásica dice que debes juntar entre tres y seis meses de gastos, no de "
         "sueldo, en una cuenta aparte.\n"
         "Tres meses alcanzan si tienes un trabajo estable y no tienes dependientes; si no, "
         "apunta a seis meses.\n"
         "Tu fondo necesita estar disponible el mismo día y no perder valor, así que evita "
         "las acciones para este dinero.\n")
SESSION_ELEVEN_BLOCKS.update({
    "an faq under a blogger's article whose headline asks, a person signing it": (
        _BLOG,
        "Preguntas frecuentes\n"
        "Pregunta: ¿Qué es un fondo de emergencia?\n"
        "Respuesta: Es una reserva de dinero para cubrir gastos imprevistos.\n"
        "Pregunta: ¿Cuánto dinero debo tener en mi fondo de emergencia?\n"
        "Respuesta: Se recomienda ahorrar entre tres y seis meses de gastos.\n",
        "12 comentarios\n© 2026 Hucha Norte\n"),
    "an seo heading over two paragraphs each saying the keyword three times": (
        _BLOG,
        "Fondo de emergencia en México: la mejor guía de fondo de emergencia\n"
        "El fondo de emergencia es fundamental para tu tranquilidad. Empezar tu fondo de "
        "emergencia pronto te protege, y aportar cada quincena a tu fondo de emergencia "
        "marca una gran diferencia.\n"
        "Si buscas los mejores consejos de fondo de emergencia en México, recuerda que el "
        "fondo de emergencia debe ser constante. ¡No esperes más y empieza hoy tu fondo de "
        "emergencia!\n",
        "Etiquetas: fondo de emergencia, ahorro, quincena\nCompartir en Facebook\n"
        "© 2026 Hucha Norte\n"),
    "final reflections, a call to share with someone, a see-you-next-post sign-off": (
        _BLOG,
        "Reflexiones finales\n"
        "Tener un fondo de emergencia no es fácil, pero con disciplina y una meta clara es "
        "totalmente posible.\n"
        "Si esta historia te ayudó, no olvides compartirla con alguien que lo necesite.\n"
        "¡Nos leemos en el próximo post y que tus finanzas sigan creciendo! 💰\n",
        "Compartir: Facebook WhatsApp\n© 2026 Hucha Norte\n"),
    "a romanian plural readers' questions heading over its questions": (
        MASTHEAD + _FARES,
        "Întrebări pentru cititori:\n"
        "Credeți că prețurile biletelor sunt corecte?\n"
        "Ce ați schimba la rutele din port?\n"
        "Ar trebui primăria să subvenționeze autobuzele?\n"
        "Împărtășiți-ne părerea voastră în secțiunea de comentarii!\n",
        CHROME),
    "a thai reporter's questions and a speaker's answers under the article": (
        MASTHEAD + _FARES,
        "ผู้สื่อข่าว: ทำไมบริษัทจึงตัดสินใจขึ้นราคาค่าโดยสารในตอนนี้ครับ\n"
        "สมชาย ใจดี: เพราะราคาน้ำมันดีเซลสูงขึ้นมากในช่วงสามเดือนที่ผ่านมา\n"
        "ผู้สื่อข่าว: ผู้โดยสารจะได้อะไรจากการขึ้นราคาครั้งนี้\n"
        "สมชาย ใจดี: เราจะนำรายได้ไปซ่อมบำรุงรถโดยสารให้ปลอดภัยยิ่งขึ้น\n"
        "ผู้สื่อข่าว: มีอะไรอยากฝากถึงผู้อ่านไหมครับ\n"
        "สมชาย ใจดี: ขอบคุณทุกคนที่ยังใช้บริการรถโดยสารของเราเสมอมา\n",
        CHROME),
    "a thai people-also-search heading over questions answered without full stops": (
        MASTHEAD + _FARES,
        "คำถามที่คนมักค้นหา\n"
        "ค่าโดยสารใหม่เริ่มใช้เมื่อไหร่?\n"
        "ค่าโดยสารใหม่มีผลตั้งแต่วันจันทร์ที่ผ่านมาในทุกเส้นทางริมท่าเรือ\n"
        "ตั๋วรายเดือนขึ้นราคาด้วยหรือไม่?\n"
        "ตั๋วรายเดือนยังคงราคาเดิมไปจนถึงสิ้นปีนี้ตามประกาศของผู้ประกอบการ\n",
        CHROME),
    "an estonian 'terms' heading over definitions with dashes": (
        MASTHEAD + _FARES,
        "Mõisted\n"
        "Piletihind – summa, mille sõitja maksab ühe sõidu eest bussis või praamil.\n"
        "Kuukaart – sõidukaart, millega saab terve kuu jooksul piiramatult sõita.\n"
        "Diislikütus – kütus, mida kasutavad enamik busse ja praame sadamaliinidel.\n"
        "Dotatsioon – toetus, mida linn maksab vedajale, et hoida piletihinnad madalad.\n",
        CHROME),
    "a persian conclusion over an faq with one-letter labels": (
        MASTHEAD + _FARES,
        "نتیجه‌گیری\n"
        "افزایش کرایه اتوبوس‌های بندر موضوع مهمی برای همه مسافران شهر است و باید با دقت "
        "دنبال شود.\n"
        "سؤالات متداول\n"
        "س: کرایه جدید از چه زمانی اجرا می‌شود؟\n"
        "ج: کرایه جدید از دوشنبه همین هفته در همه مسیرها اجرا می‌شود.\n"
        "س: آیا کارت ماهانه هم گران شده است؟\n"
        "ج: خیر، قیمت کارت ماهانه فعلاً تغییری نکرده است.\n",
        CHROME),
    "a sign-off opened by a question closed with an emoji": (
        MASTHEAD + _FARES,
        "Bagaimana, gampang banget kan naik bus pelabuhan sekarang? 😍\n"
        "Kalau artikel ini bermanfaat, jangan lupa bagikan ke keluarga dan teman-teman kamu "
        "ya!\n"
        "Tulis juga pengalaman kamu naik bus pelabuhan di kolom komentar!\n",
        CHROME),
    "key takeaways, final thoughts and faqs stacked": (
        MASTHEAD + _FARES,
        "Key Takeaways\n"
        "Bus fares on the harbour routes rose by a fifth on Monday.\n"
        "Operators blame the rising cost of diesel for the increase.\n"
        "Final Thoughts\n"
        "In conclusion, the fare rise is a heavy burden for the commuters who need the "
        "harbour buses most.\n"
        "FAQs\n"
        "Q. When did the new fares start?\n"
        "A. The new fares started on Monday on every harbour route.\n"
        "Q. Did monthly passes go up too?\n"
        "A. No, monthly passes keep their price for now.\n",
        CHROME),
    "a ukrainian summary of the day over a question to the readers": (
        MASTHEAD + _FARES,
        "Підсумок дня\n"
        "Подорожчання проїзду на портових маршрутах стало справжнім випробуванням для "
        "мешканців міста.\n"
        "Питання до читачів\n"
        "Як ви тепер добираєтеся на роботу? Розкажіть у коментарях!\n",
        CHROME),
})


SESSION_ELEVEN_BLOCKS.update({
    "the title asked and answered, and two more sentences naming it again": (
        "Liman Spor\nAna Sayfa | Basketbol\nKartallar Ege'yi yenerek finale yükseldi\n"
        "Kartallar, yarı final serisinin beşinci maçında Ege Dalgası'nı 84-79 yendi.\n"
        "Maçın son dakikasında kaptan Defne Aksoy'un üçlüğü galibiyeti getirdi.\n"
        "Kiara Dawson 27 sayı ve 11 ribaundla maçın en etkili oyuncusu oldu.\n"
        "Seride 3-2 öne geçen Kartallar, finalde Başkent ekibiyle karşılaşacak.\n",
        "Kartallar Ege'yi yenerek finale nasıl yükseldi?\n"
        "Kartallar, yarı finalin beşinci maçında Ege'yi 84-79 yenerek finale yükseldi.\n"
        "Takımın bu başarısında kaptanın kritik üçlüğü büyük rol oynadı.\n"
        "Kartallar, finalde şampiyonluk için mücadele edecek.\n",
        "Etiketler: #Kartallar #basketbol\n© 2026 Liman Spor\n"),
    "a job ad's call to share, asking once who the reader knows": (
        "Jobb i Nord\nStillinger | Arbeidsgivere\nSykepleier til Havblikk sykehjem\n"
        "Havblikk sykehjem søker sykepleier i 100 % fast stilling.\n"
        "Arbeidsoppgaver\n- pleie og omsorg\n- legemiddelhåndtering\n- veiledning\n"
        "Vi tilbyr\n- godt arbeidsmiljø\n- lønn etter avtale\n"
        "Søknadsfrist: 15. mars\nSøk på stillingen\nLagre annonse\n",
        "Kjenner du noen som ville passet perfekt i denne stillingen?\n"
        "Del annonsen med venner og kolleger – kanskje er det drømmejobben for noen du "
        "kjenner!\n",
        "Lignende stillinger\nHelsefagarbeider – Bodø\n© 2026 Jobb i Nord\n"),
})


#: More of session 11's templates, found after reading the GEN-stress set blind61.
_HYBRID = ("Wheels Weekly\nHome | News | Reviews\nHome > EVs > Buyer's guide\n"
           "Should you buy a hybrid car this year?\n"
           "Hybrids have become cheaper and more common, but the sums depend on how you drive.\n"
           "By Thandi Mokoena\n"
           "A hybrid saves the most fuel in stop-and-go city traffic, where its electric motor "
           "does much of the work.\n"
           "On the open road the petrol engine runs most of the time and the saving shrinks "
           "to a few percent.\n"
           "Servicing costs have come down as more dealers train technicians for hybrid "
           "systems every year.\n"
           "In short: if most of your driving is in heavy city traffic, a hybrid pays off "
           "within a few years.\n")
SESSION_ELEVEN_BLOCKS.update({
    "an faq of labelled pairs right under a share row written as a label and names": (
        MASTHEAD + _FARES + "Partager : Facebook Pinterest WhatsApp E-mail\n",
        "Q : À quel âge les billets ont-ils augmenté ?\n"
        "R : Les billets ont augmenté lundi sur toutes les lignes du port.\n"
        "Q : Les abonnements sont-ils concernés ?\n"
        "R : Non, les abonnements gardent leur prix pour le moment.\n"
        "Q : Les prix baisseront-ils un jour ?\n"
        "R : Ils pourraient baisser si le prix du gazole recule.\n",
        CHROME),
    "a key points heading over plain sentences, a blog's blurb deep in the footer": (
        MASTHEAD + _FARES + "Tags: buses, fares\nShare: Facebook WhatsApp\n",
        "Ce qu'il faut retenir\n"
        "Les billets de bus du port augmentent d'un cinquième.\n"
        "Les exploitants invoquent le prix du gazole.\n"
        "Les usagers disent que leur budget en souffre.\n"
        "La mairie demandera des explications aux exploitants.\n",
        "À lire aussi\nLe ferry change d'horaires\nLe péage revient-il ?\n"
        "Recevez nos articles\nVotre adresse e-mail\nJe m'abonne\n"
        "Le Courrier du Port est un journal indépendant écrit par une petite équipe de "
        "journalistes de la ville depuis 1998, sans publicité ciblée et sans actionnaire "
        "extérieur.\nMentions légales · Contact\n"),
    "a summary heading over paragraphs restating the article and an overall sentence": (
        MASTHEAD + _FARES,
        "Summary\n"
        "Bus fares on the harbour routes rose by a fifth on Monday as operators passed on "
        "the rising cost of diesel to the commuters who take the buses from the station to "
        "the ferry terminal.\n"
        "Commuters at the ferry terminal said the new fares would strain household budgets "
        "that are already tight this winter, and the transport department said it would ask "
        "the operators to explain them.\n"
        "Overall, the fare rise shows how much the harbour routes depend on the price of "
        "diesel and on the operators' goodwill.\n",
        "Tags: buses, fares\n" + CHROME),
    "a share call on social media and a croatian thanks for reading": (
        MASTHEAD + _FARES + "Podijeli: Facebook WhatsApp Viber X\n",
        "Podijelite ovaj članak s prijateljima i obitelji!\n"
        "Ako vam se svidio ovaj tekst o cijenama karata, ne zaboravite ga podijeliti na "
        "društvenim mrežama.\n",
        CHROME),
    "a question headline asked again after the article's own 'in short'": (
        _HYBRID,
        "Should you buy a hybrid car this year?\n"
        "Yes, buying a hybrid car this year can be a smart decision for many drivers who "
        "want to save fuel.\n"
        "However, whether you should buy a hybrid car this year depends on how and where "
        "you drive.\n"
        "In conclusion, if you mostly drive in town, a hybrid car is definitely worth "
        "considering this year.\n",
        "Tags: hybrid, buyer's guide\n" + CHROME),
    "chinese seo copy saying its keyword four times and its keyword row": (
        "小港日記\n首頁 美食 旅遊\n首頁 › 美食 › 高雄\n高雄一日吃不停｜在地人帶路的七間小店\n"
        "2024-05-12\n這次回高雄老家，被表妹拉著從早吃到晚，一天吃了七間店，每一間都很有特色。\n"
        "早餐先去喝一碗牛肉湯，湯頭清甜，肉片是現切的，配一碗肉燥飯剛剛好。\n"
        "中午去吃了虱目魚粥，店家說魚是每天早上從漁港直接送來的，所以特別新鮮。\n"
        "下午天氣超熱，一定要來一杯冬瓜檸檬，甜度剛好，大杯只要三十五元。\n",
        "總結來說，高雄美食真的非常多元，如果你正在找高雄美食推薦，這篇高雄美食懶人包一定可以幫助你。"
        "不管是高雄美食早餐還是高雄美食宵夜都很精彩。\n"
        "延伸關鍵字：高雄美食推薦、高雄必吃、高雄小吃、高雄美食地圖\n",
        "留言（3）\nCopyright © 2024 小港日記\n"),
    "key points stacked over an faq": (
        MASTHEAD + _FARES,
        "Tärkeimmät kohdat\n"
        "Bussilippujen hinnat nousivat viidenneksellä maanantaina.\n"
        "Liikennöitsijät syyttävät dieselin hintaa.\n"
        "Usein kysytyt kysymykset\n"
        "Milloin uudet hinnat tulivat voimaan?\n"
        "Uudet hinnat tulivat voimaan maanantaina kaikilla satamalinjoilla.\n"
        "Nousivatko kuukausiliput?\n"
        "Eivät, kuukausilippujen hinta pysyy ennallaan toistaiseksi.\n",
        CHROME),
})


#: More of session 11's templates, found after reading the GEN-stress set blind62.
_QUOTED = ("Eesti Uudised\nAvaleht | Teadus\nSoode taastamine toob kiire tulemuse\n"
           "Ülikooli teadlased sulgesid kolm aastat tagasi kuivenduskraavid kuuel sool ja "
           "mõõtsid seejärel veetaset igal kuul uuesti.\n"
           "„Kõige rohkem üllatas meid turbasammalde kiire tagasitulek, mida me nii ruttu "
           "ei oodanud,“ ütles projekti juht.\n"
           "Doktorant rõhutab, et tulemused ei tähenda veel, et kõik sood taastuvad "
           "iseenesest: „Iga ala vajab eraldi plaani ja aastaid tööd.“\n"
           "Uuring valmis koostöös kohalike maaomanikega ning seda rahastas ülikooli "
           "teadusfond kolme aasta jooksul.\n")
SESSION_ELEVEN_BLOCKS.update({
    "the good and the bad of a match, labelled on each line, and a verdict": (
        MASTHEAD + _FARES,
        "Lo bueno y lo malo del clásico\n"
        "Lo positivo: la reacción del equipo en el segundo tiempo demostró carácter.\n"
        "Lo positivo: el ingreso del suplente cambió el partido.\n"
        "Lo negativo: la defensa volvió a mostrar fisuras en las pelotas paradas.\n"
        "Veredicto: un triunfo merecido que ilusiona a los hinchas.\n",
        CHROME),
    "an faq under a consumer article whose headline asks, signed with a particle": (
        "Centgids\nGeld Wonen Energie\nHome › Energie\n"
        "Vast of variabel energiecontract: wat is nu verstandig?\n"
        "Door Sanne van den Berg\nGepubliceerd: 9 april 2024\n"
        "Wie de afgelopen jaren een energiecontract afsloot, deed dat vaak in paniek over "
        "de prijzen.\n"
        "Nu zijn de tarieven gedaald en zijn de verschillen tussen leveranciers weer groot "
        "geworden.\n"
        "Twijfel je? Kies dan voor een vast contract van een jaar voor zekerheid in de "
        "winter.\n",
        "Veelgestelde vragen over vaste en variabele energiecontracten\n"
        "Wat is het verschil tussen een vast en een variabel energiecontract?\n"
        "Bij een vast energiecontract staat het tarief vast, bij een variabel "
        "energiecontract kan het veranderen.\n"
        "Is een variabel energiecontract goedkoper?\n"
        "Op dit moment is een variabel energiecontract vaak iets goedkoper.\n"
        "Kan ik mijn energiecontract tussentijds opzeggen?\n"
        "Een variabel energiecontract kun je altijd opzeggen.\n"
        "Welk energiecontract is het beste voor mij?\n"
        "Dat hangt af van jouw situatie. Vergelijk altijd goed!\n",
        "Reacties (4)\n© 2026 Centgids\n"),
    "a swedish key points heading over plain sentences": (
        MASTHEAD + _FARES,
        "Viktiga punkter\n"
        "Busspriserna på hamnlinjerna steg med en femtedel i måndags.\n"
        "Operatörerna skyller på det höga dieselpriset.\n"
        "Pendlarna säger att hushållens budget blir ännu stramare.\n"
        "Kommunen ska be operatörerna förklara priserna.\n",
        CHROME),
    "a turkish questions-to-our-readers heading over its questions": (
        MASTHEAD + _FARES,
        "Okurlarımıza sorular\n"
        "Yeni bilet fiyatları sizin bütçenizi nasıl etkiledi?\n"
        "Sizce belediye liman otobüslerini desteklemeli mi?\n"
        "Düşüncelerinizi yorumlarda bizimle paylaşın!\n",
        CHROME),
    "a vietnamese call to share on social networks": (
        MASTHEAD + _FARES,
        "Nếu bạn thấy bài viết này hữu ích, đừng quên chia sẻ cho bạn bè và người thân "
        "cùng biết nhé!\n"
        "Hãy nhấn nút chia sẻ lên Facebook, Zalo hoặc bất kỳ mạng xã hội nào mà bạn yêu "
        "thích.\n",
        CHROME),
    "a journalist's questions under an article whose quotes close its sentences": (
        _QUOTED,
        "Ajakirjanik: Mis oli teie uuringu peamine eesmärk?\n"
        "Teadlane: Meie eesmärk oli mõista, kui kiiresti sood taastuvad.\n"
        "Ajakirjanik: Millised olid kõige olulisemad tulemused?\n"
        "Teadlane: Veetase tõusis kiiresti ja turbasammal hakkas kasvama.\n"
        "Ajakirjanik: Mida see tähendab tuleviku jaoks?\n"
        "Teadlane: See näitab, et soode taastamine on tõhus.\n",
        "Sildid: teadus, sood\nJaga: Facebook LinkedIn X\n" + CHROME),
})


SESSION_ELEVEN_BLOCKS.update({
    "a greek conclusion over an faq of inline pairs asked with greek question marks": (
        MASTHEAD + _FARES,
        "Συμπέρασμα\n"
        "Η αύξηση των εισιτηρίων στις γραμμές του λιμανιού είναι σημαντικό ζήτημα για "
        "όλους τους επιβάτες της πόλης.\n"
        "Συχνές ερωτήσεις\n"
        "Πότε ισχύουν οι νέες τιμές; Οι νέες τιμές ισχύουν από τη Δευτέρα σε όλες τις γραμμές.\n"
        "Αυξάνεται και η μηνιαία κάρτα; Όχι, η μηνιαία κάρτα κρατά την τιμή της προς το παρόν.\n",
        CHROME),
    "seo copy saying one long word six times, after the share row": (
        MASTHEAD + _FARES + "Deel dit artikel: WhatsApp Facebook LinkedIn\n",
        "Buskosten besparen in 2026: zo bespaar je op je buskosten\n"
        "Buskosten besparen is belangrijker dan ooit. Wie wil besparen op buskosten, doet er "
        "goed aan de buskosten van verschillende lijnen te vergelijken. De buskosten lopen "
        "flink uiteen en door slim te kiezen bespaar je op buskosten. Vergelijk daarom "
        "vandaag nog de buskosten!\n",
        CHROME),
})


#: Blocks of the twelfth session's shapes: page above, the block, chrome under it.
SESSION_TWELVE_BLOCKS = {
    "a conclusion heading signed off above a paywall meter": (
        MASTHEAD + _FARES + "Share on: WhatsApp Facebook X\n",
        "Final Thoughts\n"
        "The fare increase is a difficult but necessary step for the operators of the "
        "harbour routes.\n"
        "With careful planning and the support of the council, commuters can adapt to the "
        "change.\n"
        "Stay tuned to the Courier for more updates. Stay informed, stay ahead!\n",
        "You have read 4 of your 6 free articles this month. Subscribe for unlimited "
        "access.\nSubscribe now\n" + CHROME),
    "the sign-off under a call to share, still speaking to the reader": (
        MASTHEAD + _FARES,
        "If you found this article useful, don't forget to share it with your friends!\n"
        "Share this article on social media so more commuters know about it!\n"
        "Every share of yours is what keeps our small newsroom writing about your "
        "buses.\n"
        "Thanks for reading, and see you on the next route!\n",
        "Tags: Buses, Fares\n" + CHROME),
    "a Romanian readers' question and the invitation to comment under it": (
        "Gazeta Portului\nAcasă › Local\n"
        "Biletele de autobuz se scumpesc cu o cincime\n"
        "Operatorii de pe rutele portului au scumpit luni biletele, din cauza motorinei.\n"
        "Un bilet de la gară la terminalul de feribot costă acum 2,40 lei.\n"
        "Navetiștii spun că scumpirea le va greva bugetele în această iarnă.\n",
        "Întrebare pentru cititori\n"
        "Ați observat scumpirea pe ruta voastră? Cum vă descurcați?\n"
        "Credeți că primăria ar trebui să subvenționeze biletele?\n"
        "Lăsați-ne părerea voastră mai jos și nu uitați să distribuiți articolul!\n",
        "Distribuie: Facebook WhatsApp\nComentarii\n© 2026 Gazeta Portului\n"),
}
SESSION_TWELVE_BLOCKS.update({
    "an Italian 'did you like it?' over the call to share and two sign-offs": (
        "Viaggi Lenti\nHome › Puglia\n"
        "Cosa vedere a Lecce in un weekend\n"
        "Lecce si gira a piedi: il centro storico è piccolo e quasi tutto pedonale.\n"
        "Il primo giorno abbiamo visto Santa Croce e piazza del Duomo al tramonto.\n"
        "Il secondo giorno siamo andati al mare a San Cataldo, a venti minuti di auto.\n"
        "Dove dormire: noi eravamo in un B&B in via Palmieri, a due passi da tutto.\n",
        "Ti è piaciuto questo articolo su cosa vedere a Lecce?\n"
        "Se lo hai trovato utile, condividilo con i tuoi amici e sui tuoi social preferiti!\n"
        "Non dimenticare di salvarlo per il tuo prossimo viaggio!\n"
        "Buon viaggio e alla prossima avventura!\n",
        "5 commenti\nLascia un commento\n© 2026 Viaggi Lenti\n"),
    "a Vietnamese discussion heading for the readers over its question and invitation": (
        "Báo Phố Núi\nTrang chủ › Văn hóa\n"
        "Lễ hội trà Bảo Lộc mở cửa đón khách từ cuối tuần này\n"
        "Lễ hội trà lần thứ ba sẽ diễn ra từ ngày 14 đến 16 tháng 3 tại quảng trường.\n"
        "Ban tổ chức cho biết có hơn 80 gian hàng của các hợp tác xã trong tỉnh.\n"
        "Du khách có thể tham gia hái trà và thưởng thức trà miễn phí tại các gian hàng.\n"
        "Do lượng khách dự kiến đông, du khách nên gửi xe tại bãi xe phía bắc.\n"
        "Chia sẻ: Facebook | Zalo\n",
        "Câu hỏi thảo luận dành cho độc giả\n"
        "Bạn đã từng tham gia một lễ hội trà nào chưa? Theo bạn, điều gì làm nên hương vị "
        "trà Bảo Lộc?\n"
        "Hãy chia sẻ cảm nhận của bạn trong phần bình luận bên dưới nhé!\n",
        "Bình luận (2)\nViết bình luận của bạn...\n© 2026 Báo Phố Núi\n"),
    "a Hebrew 'in summary' over paragraphs and a 'don't miss it, we wait for you!'": (
        "מוזיאון העמק\nראשי > תערוכות\n"
        "תערוכה חדשה: מפות של ים\n"
        "התערוכה מציגה שלושים מפות ימיות מהמאה התשע עשרה מאוסף המוזיאון.\n"
        "האוצרת בחרה להציג את המפות לצד יומני המסע של הספנים שהשתמשו בהן.\n"
        "בחדר האחרון מוצגת עבודת וידאו של האמנית שצולמה בנמל חיפה.\n"
        "התערוכה תוצג עד סוף חודש מאי.\n",
        "לסיכום\n"
        "התערוכה היא חוויה מרתקת המזמינה את המבקרים לגלות מחדש את הים.\n"
        "בין אם אתם חובבי מפות ובין אם אתם מבקרים לראשונה, התערוכה תעניק לכם השראה.\n"
        "אל תחמיצו את ההזדמנות לראות את המפות מקרוב – אנחנו מחכים לכם!\n",
        "שעות פתיחה: א'-ה' 10:00–17:00\nשתפו: פייסבוק | וואטסאפ\n© 2026 מוזיאון העמק\n"),
    "a Thai 'did you know?' box over unpunctuated facts, the tag row under it": (
        "สุขภาพดี\nหน้าแรก | สุขภาพ | ความงาม\n"
        "ดื่มน้ำวันละเท่าไรจึงจะพอสำหรับคนทำงานในออฟฟิศ\n"
        "คนทำงานในห้องแอร์มักรู้สึกไม่กระหายน้ำ ทำให้ดื่มน้ำน้อยกว่าที่ร่างกายต้องการโดยไม่รู้ตัว\n"
        "แพทย์แนะนำให้ดื่มน้ำประมาณแปดแก้วต่อวัน และเพิ่มขึ้นเมื่อออกกำลังกายหรืออากาศร้อน\n"
        "วิธีง่ายที่สุดคือวางขวดน้ำไว้บนโต๊ะทำงาน และจิบน้ำทุกครั้งที่ตอบอีเมลเสร็จ\n"
        "หากปัสสาวะมีสีเหลืองเข้ม แสดงว่าร่างกายกำลังขาดน้ำและควรดื่มน้ำเพิ่มทันที\n",
        "รู้หรือไม่?\n"
        "ร่างกายของผู้ใหญ่มีน้ำเป็นส่วนประกอบประมาณร้อยละหกสิบของน้ำหนักตัว\n"
        "การขาดน้ำเพียงเล็กน้อยก็ทำให้สมาธิและความจำลดลงได้อย่างชัดเจน\n"
        "ผักและผลไม้หลายชนิด เช่น แตงโมและแตงกวา มีน้ำมากกว่าร้อยละเก้าสิบ\n",
        "แท็ก: #ดื่มน้ำ #สุขภาพ #คนทำงาน\nแชร์: Facebook | LINE | X\nบทความยอดนิยม\n"),
    "a Thai glossary heading run on with its topic over 'term คือ …' entries": (
        "สุขภาพดี\nหน้าแรก | สุขภาพ | ความงาม\n"
        "เลือกแชมพูอย่างไรให้เหมาะกับหนังศีรษะของคุณ\n"
        "หนังศีรษะแต่ละแบบต้องการการดูแลที่ต่างกัน การเลือกแชมพูผิดอาจทำให้ผมร่วงหรือคันได้\n"
        "คนหนังศีรษะมันควรเลือกแชมพูที่ทำความสะอาดได้ดีแต่ไม่แรงจนเกินไป และสระผมวันเว้นวัน\n"
        "คนหนังศีรษะแห้งควรเลือกสูตรอ่อนโยนที่มีส่วนผสมให้ความชุ่มชื้น และหลีกเลี่ยงน้ำร้อน\n"
        "หากมีรังแคเรื้อรังหรือผมร่วงมากผิดปกติ ควรปรึกษาแพทย์ผิวหนังเพื่อหาสาเหตุที่แท้จริง\n"
        "แชร์: Facebook | LINE | X\n",
        "คำศัพท์น่ารู้เกี่ยวกับแชมพู\n"
        "Sulfate-free คือ แชมพูที่ไม่มีสารทำความสะอาดกลุ่มซัลเฟตซึ่งอาจทำให้หนังศีรษะแห้ง\n"
        "pH (potential of Hydrogen) คือ ค่าความเป็นกรดด่างของผลิตภัณฑ์ที่มีผลต่อหนังศีรษะ\n"
        "Ketoconazole คือ ตัวยาที่ใช้ลดเชื้อราซึ่งเป็นสาเหตุหนึ่งของรังแค\n"
        "Silicone คือ สารเคลือบเส้นผมที่ทำให้ผมดูเงางามและหวีง่ายขึ้น\n",
        "บทความที่เกี่ยวข้อง\n5 วิธีดูแลผมเสียจากการทำสี\n© 2568 สุขภาพดี\n"),
})

SESSION_TWELVE_BLOCKS.update({
    "a Croatian discussion question heading (singular) over questions and an invitation": (
        "Jadranski glasnik\nNaslovnica › Znanost\n"
        "Studenti iz Rijeke razvili plutajuću postaju za mjerenje temperature mora\n"
        "Tim od šest studenata razvio je plutaču koja svakih deset minuta mjeri temperaturu.\n"
        "Postaja je postavljena u uvali kod Opatije i radi na sunčevu energiju.\n"
        "Podaci se šalju na internetsku stranicu koju mogu pratiti ribari i građani.\n"
        "Sljedeće godine planiraju postaviti još tri plutače duž obale.\n",
        "Pitanje za raspravu\n"
        "Smatrate li da bi sveučilišta trebala više ulagati u ovakve studentske projekte?\n"
        "Kako bi općine mogle koristiti podatke s plutača?\n"
        "Podijelite svoje mišljenje u komentarima ispod članka!\n",
        "Komentari (3)\n© 2026 Jadranski glasnik\n"),
    "a Hindi readers' question heading standing alone over its questions": (
        "किसान समाचार\nहोम | मंडी | मौसम\n"
        "लासलगांव मंडी में प्याज के दाम दो दिन में तीस प्रतिशत गिरे\n"
        "लासलगांव मंडी में सोमवार को प्याज का औसत भाव 1,450 रुपये प्रति क्विंटल रहा।\n"
        "व्यापारियों का कहना है कि नई फसल की आवक अचानक बढ़ने से दाम गिरे हैं।\n"
        "किसान संगठनों ने सरकार से न्यूनतम समर्थन मूल्य तय करने की मांग की है।\n"
        "कृषि विभाग ने कहा कि भंडारण की सुविधा बढ़ाने पर विचार किया जा रहा है।\n",
        "पाठकों से सवाल\n"
        "क्या आपको लगता है कि सरकार को प्याज के लिए न्यूनतम समर्थन मूल्य तय करना चाहिए?\n"
        "आपके इलाके की मंडी में इस समय प्याज किस भाव बिक रहा है?\n"
        "अपनी राय नीचे कमेंट बॉक्स में जरूर लिखें!\n",
        "टैग: प्याज, मंडी भाव\n© 2026 किसान समाचार\n"),
    "a Portuguese 'did you like this review?' over the calls to share and comment": (
        "TecPraTodos\nInício › Apps\n"
        "Review: o app Contafácil organiza as contas da casa pelo WhatsApp\n"
        "O Contafácil lê fotos de cupons fiscais e lança os gastos numa planilha.\n"
        "Em trinta notas de mercado e farmácia, o app errou o valor em apenas duas.\n"
        "O plano gratuito permite cem lançamentos por mês e um único orçamento.\n"
        "Depois de um mês de uso, o saldo é positivo para quem nunca manteve planilha.\n",
        "Gostou desta review? Então não deixe de compartilhar com seus amigos!\n"
        "Compartilhe este artigo nas suas redes sociais e ajude mais pessoas a economizar!\n"
        "E não se esqueça de deixar nos comentários a sua opinião sobre o app.\n",
        "Comentários\nFaça login para comentar.\n© 2026 TecPraTodos\n"),
    "a Chinese FAQ signed off by a call to like, save and share it with friends": (
        "数码小站\n首页 > 手机\n"
        "手机电池不耐用？这几个设置帮你多用两小时\n"
        "很多人发现新手机用了一年以后，电池明显不如刚买的时候耐用。\n"
        "关闭后台自动刷新，可以减少应用在后台偷偷耗电。\n"
        "把屏幕亮度调成自动，也能明显延长续航时间。\n"
        "如果电池健康度低于百分之八十，建议到官方售后更换电池。\n"
        "分享到：微信 | 微博 | 复制链接\n",
        "常见问题\n"
        "问：开启省电模式会影响手机性能吗？\n"
        "答：会有一定影响，但日常聊天和浏览网页基本感觉不到。\n"
        "问：手机电池多久需要更换一次？\n"
        "答：一般使用两到三年后，电池性能会明显下降。\n"
        "如果你觉得这篇文章对你有帮助，欢迎点赞、收藏并分享给身边需要的朋友！\n",
        "相关推荐\n旧手机别急着卖\n© 2026 数码小站\n"),
    "a Korean glossary under a heading of several words and an emoji, terms in brackets": (
        "수아의 화장대\n홈 > 스킨케어\n"
        "비타민C 세럼 처음 쓰는 분들을 위한 팁\n"
        "비타민C 세럼은 아침에 바르면 자외선으로 인한 색소 침착을 막는 데 도움이 돼요.\n"
        "처음에는 농도가 낮은 제품으로 시작해서 피부가 적응하면 농도를 올리세요.\n"
        "개봉한 세럼은 서늘한 곳에 두고 석 달 안에 다 쓰는 게 좋아요.\n"
        "색이 진한 주황색으로 변했다면 산화된 것이니 사용하지 마세요.\n",
        "📌 함께 알아두면 좋은 용어 정리\n"
        "아스코르빈산(Ascorbic acid): 가장 순수한 형태의 비타민C로, 효과가 강하지만 "
        "자극이 있을 수 있습니다.\n"
        "산화(Oxidation): 비타민C가 공기와 빛에 닿아 성분이 변하고 효과가 떨어지는 "
        "현상을 말합니다.\n"
        "색소 침착: 자외선 등의 영향으로 피부에 멜라닌이 쌓여 얼룩이 생기는 것을 의미합니다.\n"
        "pH: 제품의 산성도를 나타내는 수치로, 비타민C 세럼은 보통 낮은 pH에서 잘 흡수됩니다.\n",
        "댓글 쓰기\n댓글 4\n© 2026 수아의 화장대\n"),
    "a Spanish 'did you know?' box closed by a call to share, a newsletter pitch under it": (
        "Cuerpo y Mente Hoy\nInicio > Salud\n"
        "Cómo evitar los criaderos de mosquitos en casa esta temporada de lluvias\n"
        "Los casos de dengue suelen aumentar entre junio y octubre en el sureste del país.\n"
        "Revise cada semana cubetas, macetas y llantas donde se acumule agua.\n"
        "Tape bien los tinacos y cambie el agua de los bebederos de las mascotas.\n"
        "Si tiene fiebre alta y dolor detrás de los ojos, acuda a su centro de salud.\n"
        "Comparte: Facebook · WhatsApp\n",
        "¿Sabías que...?\n"
        "¿Sabías que solo los mosquitos hembra pican? Necesitan la sangre para sus huevos.\n"
        "¿Sabías que un mosquito puede poner huevos en una tapa con agua?\n"
        "¡Comparte estos datos curiosos con tu familia y juntos prevengamos el dengue!\n",
        "Recibe cada semana los mejores consejos de salud en tu correo.\n"
        "Suscríbete gratis\n© 2026 Cuerpo y Mente Hoy\n"),
})

SESSION_TWELVE_BLOCKS.update({
    "the Chinese title asked with a question word inside it, a summary and 'people ask'": (
        "金澜财经\n首页 > 理财 > 黄金\n"
        "国际金价再创历史新高 国内金饰价格突破每克1100元\n"
        "受美元走弱影响，国际现货黄金价格周五盘中再创历史新高。\n"
        "国内多家品牌金店的足金饰品价格随之上调，部分报价已突破每克1100元。\n"
        "记者走访多家金店发现，投资金条的销量明显高于去年同期。\n"
        "分析师表示，金价短期涨幅较大，投资者应注意回调风险。\n"
        "广告\n",
        "国际金价为何再创历史新高？\n"
        "总结：国际金价再创历史新高，主要受美元走弱和避险需求上升等多重因素影响。\n"
        "人们还问\n"
        "现在适合买黄金吗？\n"
        "黄金价格受多种因素影响，投资者应根据自身风险承受能力理性决策。\n"
        "金饰和金条哪个更适合投资？\n"
        "一般来说，金条的加工费较低，更适合投资。\n",
        "相关阅读\n© 2026 金澜财经\n"),
    "a Markdown FAQ under a fact-check whose plain sections end on its own verdict": (
        "Fact Mirror\nHome | Fact Check\n"
        "Fact check: the flooded station video is six years old\n"
        "Fact Mirror Team\n"
        "What is the claim?\n"
        "A 45-second video of a flooded railway platform was shared widely on Monday as "
        "footage of this week's rain.\n"
        "Investigation\n"
        "We extracted keyframes from the video and ran a reverse image search on each of "
        "them.\n"
        "The same video was posted by a local news channel in August 2019.\n"
        "Conclusion\n"
        "The viral video is six years old and has nothing to do with this week's rain.\n"
        "Doubt a story? Message us on WhatsApp: +91 90000 41122\n",
        "## Frequently Asked Questions\n"
        "**Q1: Is the station video real?**\n"
        "A: The video is real, but it is not recent.\n"
        "**Q2: How do you check a video?**\n"
        "A: By extracting keyframes and searching for earlier copies.\n",
        "Share: WhatsApp Facebook X\n© 2026 Fact Mirror\n"),
})

SESSION_TWELVE_BLOCKS.update({
    "an interview under a Title Case heading naming the interviewee, not 'Interview'": (
        MASTHEAD + _FARES,
        "Exclusive: Transport Minister Grace Obi Speaks On Fares\n"
        "Kola Bello: Minister, thank you for your time. Why did fares rise now?\n"
        "Grace Obi: Thank you. Diesel costs have doubled and operators had no choice.\n"
        "Kola Bello: What will the government do for commuters?\n"
        "Grace Obi: We are studying a subsidy for low-income workers on the busiest routes.\n"
        "Kola Bello: When will commuters see relief?\n"
        "Grace Obi: We hope to announce the details before the end of the year.\n",
        CHROME),
    "a Korean title asked again and answered over two paragraphs naming it": (
        "수아의 화장대\n홈 > 리뷰\n"
        "[내돈내산] 루나픽 워터 쿠션 한 달 사용 후기\n"
        "안녕하세요! 오늘은 지난달 세일 기간에 직접 사서 한 달 동안 써 본 쿠션 후기예요.\n"
        "제형은 생각보다 묽은 편이라 퍼프에 살짝만 묻혀도 얼굴 절반은 커버돼요.\n"
        "커버력은 중간 정도라서 붉은 기는 잘 가려 주지만 잡티까지 완벽하지는 않아요.\n"
        "건성인 제 피부 기준으로는 각질 부각이 거의 없어서 그게 제일 마음에 들었어요.\n",
        "루나픽 워터 쿠션, 정말 써볼 만할까요?\n"
        "결론부터 말씀드리면, 루나픽 워터 쿠션은 촉촉하고 자연스러운 피부 표현을 원하는 분께 "
        "추천할 만한 제품입니다.\n"
        "가벼운 사용감 덕분에 데일리 쿠션으로 손색이 없으며, 특히 건성 피부에 잘 맞습니다.\n"
        "다만 피부 타입에 따라 사용감이 다를 수 있으므로, 구매 전 테스트해 보시길 권합니다.\n",
        "#쿠션추천 #내돈내산\n공감 128 · 댓글 23\n© 2026 수아의 화장대\n"),
})


def test_a_radio_transcript_whose_speaker_names_the_guest_stays() -> None:
    """A speaker's own line naming the other speaker is no heading over the dialogue."""
    page = (MASTHEAD + "Water restrictions to stay until the new bore is drilled\n"
            "Narrandera's mayor says the town's water restrictions will stay in place until "
            "a new bore is drilled and connected to the treatment plant this autumn.\n"
            "She told the breakfast program that the council had already spent its "
            "emergency budget on trucking water in from the next town.\n"
            "DAN KILPATRICK: Colleen Ashby, good morning and welcome to the program.\n"
            "COLLEEN ASHBY: Good morning Dan, and thanks for having me.\n"
            "DAN KILPATRICK: Has the state government offered to help with that cost?\n"
            "COLLEEN ASHBY: We've had positive conversations, but they don't pay for bores.\n"
            "DAN KILPATRICK: When will the restrictions end?\n"
            "COLLEEN ASHBY: If drilling goes to plan, we'd hope to be done by mid-April.\n"
            + CHROME)
    assert _block_lines(page) == []

SESSION_TWELVE_BLOCKS.update({
    "a Japanese 'ask the expert' interview under the blog's own summary": (
        "ゆるっと家計ノート\nホーム > 節約\n"
        "通信費を見直して月5,000円浮かせた話\n"
        "先月、スマホのプランを見直して格安SIMに乗り換えました。"
        "店舗に行かなくてもオンラインで手続きでき、思ったより簡単でした。\n"
        "乗り換え前は月7,800円でしたが、今は月2,800円です。通話はほとんどしないので困っていません。\n"
        "ついでに、ここ半年ほとんど見ていなかった動画配信サービスを二つ解約し、"
        "音楽のサブスクも家族プランにまとめました。\n"
        "まとめ\n"
        "合計で月5,000円の節約になりました。面倒なのは最初だけなので、ぜひ明細を見てみてください。\n",
        "専門家に聞く！通信費見直しのポイント\n"
        "ゆるり：通信費の見直しで一番大切なことは何でしょうか？\n"
        "佐藤（FP）：まずは毎月の使用量を把握することです。\n"
        "ゆるり：乗り換えのタイミングはありますか？\n"
        "佐藤（FP）：契約更新月を確認してから手続きするのがおすすめです。\n"
        "ゆるり：ありがとうございました！とても参考になりました。\n"
        "佐藤（FP）：ぜひ無理のない節約を続けてください。\n",
        "この記事をシェアする\nX | Facebook | LINE\n関連記事\n© 2026 ゆるっと家計ノート\n"),
    "a Japanese glossary of full-width-colon entries with no spaces": (
        "ゆるっと家計ノート\nホーム > 貯金\n"
        "生活防衛資金はいくら必要？わが家の決め方\n"
        "生活防衛資金とは、病気や失業のときに暮らしを守るためのお金のことです。\n"
        "わが家では、生活費の半年分を目安に普通預金に置いています。\n"
        "投資に回すお金とは口座を分けて、うっかり使わないようにしています。\n"
        "まずは毎月の支出を一覧にして、一か月にいくらかかるかを知ることから始めました。\n",
        "用語解説\n"
        "生活防衛資金：病気やケガ、失業などの緊急時に生活を守るために備えておくお金のこと。\n"
        "固定費：家賃や通信費、保険料など、毎月決まって発生する支出のこと。\n"
        "変動費：食費や日用品費など、月によって金額が変わる支出のこと。\n"
        "積立投資：毎月一定の金額を継続して投資する方法のこと。\n",
        "関連記事\n© 2026 ゆるっと家計ノート\n"),
    "a reporter's two questions to an expert and the reporter's thanks": (
        "Autós Hírek\nCímlap › Bűnügy\n"
        "Két év börtönt kapott a kilométeróra-tekerő kereskedő\n"
        "A férfi három év alatt több mint negyven autó kilométeróráját tekerte vissza.\n"
        "A károsultak összesen mintegy 41 millió forint kárt szenvedtek az ügyben.\n"
        "A tárgyaláson a férfi beismerte a bűncselekmények egy részét.\n"
        "Az ügyész súlyosításért, a védő enyhítésért fellebbezett.\n",
        "Riporter: Mit jelent ez az ítélet a használtautó-vásárlók számára?\n"
        "Jogi szakértő: Az ítélet fontos üzenet: a kilométeróra visszatekerése bűncselekmény.\n"
        "Riporter: Hogyan védekezhetnek a vásárlók?\n"
        "Jogi szakértő: Érdemes mindig ellenőrizni a szervizkönyvet és az autó előéletét.\n"
        "Riporter: Köszönjük a hasznos tanácsokat!\n",
        "Hozzászólások\n12 hozzászólás\n© 2026 Autós Hírek\n"),
    "a Spanish 'final reflections' signed off with a happy-travels line": (
        "Escapadas\nInicio › Aragón\n"
        "Qué ver en Albarracín en un fin de semana\n"
        "Albarracín se recorre a pie en una mañana, pero merece la pena dormir allí.\n"
        "El primer día subimos a la muralla y paseamos por la calle Azagra al atardecer.\n"
        "El segundo día fuimos a ver las pinturas rupestres del pinar de Rodeno.\n"
        "Dormimos en una casa rural de la calle Portal de Molina, con vistas al río.\n",
        "Reflexiones finales\n"
        "En definitiva, Albarracín es un destino que lo tiene todo: historia, naturaleza y "
        "gastronomía.\n"
        "Esperamos que esta guía te resulte útil para planificar tu escapada.\n"
        "¡Feliz viaje y nos vemos en la próxima aventura!\n",
        "Etiquetas: Aragón, Teruel\n© 2026 Escapadas\n"),
    "a Ukrainian call to share, its reason and 'share it right now!'": (
        "Огляди\nГоловна › Застосунки\n"
        "Огляд застосунку «Словограй»: англійська по десять хвилин на день\n"
        "«Словограй» пропонує щоденні уроки по десять хвилин із повтореннями слів.\n"
        "Безкоштовна версія обмежена трьома уроками на тиждень, решта коштує 149 гривень.\n"
        "За місяць щоденних занять наш редактор відчутно розширив словниковий запас.\n"
        "Загалом це хороший варіант для тих, кому потрібна щоденна звичка.\n",
        "Якщо ця стаття була для вас корисною, обов'язково поділіться нею з друзями!\n"
        "Кожен репост допомагає нам створювати ще більше якісних оглядів для вас.\n"
        "Разом ми зробимо навчання доступним для кожного — поділіться прямо зараз!\n",
        "Теги: застосунки, навчання\n© 2026 Огляди\n"),
    "a Korean readers' discussion heading, its question and the last word to readers": (
        "테크온데일리\n홈 > 웨어러블\n"
        "누리링 2 출시, 스마트링 시장 본격 경쟁\n"
        "누리테크가 건강 관리 기능을 강화한 스마트링 신제품 누리링 2를 공개하고 "
        "다음 주부터 국내 판매에 들어간다고 밝혔다.\n"
        "새 제품은 전작보다 수면과 심박 측정 정확도를 크게 높였고 배터리는 한 번 "
        "충전으로 최대 7일까지 사용할 수 있다.\n"
        "출고가는 39만 9천 원이며, 다음 주부터 자사 온라인몰과 주요 전자제품 매장에서 "
        "구매할 수 있다고 회사 측은 설명했다.\n"
        "<저작권자 © 테크온데일리, 무단 전재 및 재배포 금지>\n",
        "독자 토론\n"
        "여러분은 스마트워치 대신 스마트링을 사용할 의향이 있으신가요? 39만 9천 원이라는 "
        "가격은 적당하다고 보시나요? 댓글로 알려 주세요\n"
        "여러분의 소중한 의견이 더 나은 기사를 만드는 데 큰 힘이 됩니다.\n",
        "댓글\n댓글 4\n© 2026 테크온데일리\n"),
})

SESSION_TWELVE_BLOCKS.update({
    "an SEO heading naming the subject of the title over its SEO paragraph": (
        "Rota Motor\nInício › Lançamentos\n"
        "Tarvo Lume 2026 chega ao Brasil como o SUV elétrico mais barato da marca\n"
        "Modelo parte de R$ 189.990 e promete autonomia de 380 km\n"
        "A Tarvo confirmou nesta segunda-feira o preço do Lume 2026 no Brasil.\n"
        "São duas versões: Base, por R$ 189.990, e Top, por R$ 214.490.\n"
        "O porta-malas tem 410 litros, e a garantia da bateria é de oito anos.\n"
        "O modelo é importado da fábrica da marca no México desde o ano passado.\n",
        "Tarvo Lume 2026: preço, versões e autonomia\n"
        "O Tarvo Lume 2026 é a escolha ideal para quem busca um SUV elétrico moderno. Com o "
        "Tarvo Lume 2026, você tem autonomia, tecnologia e um ótimo preço. Não perca o Tarvo "
        "Lume 2026!\n",
        "Tags: Tarvo, SUV, elétricos\nCompartilhe: WhatsApp | Facebook\n© 2026 Rota Motor\n"),
    "people-also-ask pairs above the question that restates the title": (
        "Kitchen Katha\nHome > Reviews\n"
        "Sumeru PowerChef 750 review: a mixer grinder for idli and dosa batter\n"
        "We used the PowerChef 750 for a month in a family kitchen of five.\n"
        "The 750 W motor ground soaked rice and urad dal smoothly in under four minutes.\n"
        "The chutney jar is small for a large family, and it is noisy at full speed.\n"
        "The stainless steel jars are dishwasher safe, and the lids seal well enough.\n"
        "The suction feet slide on wet granite counters, so keep a dry cloth under it.\n"
        "Is it worth the money?\n"
        "Our verdict: easy to recommend at this price if you grind batter every week.\n"
        "4.1 ★ | 2,318 ratings\nBuy on ShopKart\n"
        "https://www.kitchenkatha.example/reviews/sumeru-powerchef-750-review\n",
        "What is the price of the Sumeru PowerChef 750?\n"
        "The Sumeru PowerChef 750 is priced at ₹3,499, an affordable choice for households.\n"
        "Is the Sumeru PowerChef 750 good for grinding idli and dosa batter?\n"
        "Yes, the Sumeru PowerChef 750 is excellent for grinding idli and dosa batter.\n"
        "Does the Sumeru PowerChef 750 come with a warranty?\n"
        "Yes, it comes with a 2-year product warranty and a 5-year warranty on the motor.\n",
        "12 Comments\nWrite a comment...\n© 2026 Kitchen Katha\n"),
})


def test_the_comment_widgets_house_rules_are_no_prompt_of_a_block() -> None:
    page = MASTHEAD + _FARES
    block = ("Key Takeaways\n"
             "• Fares on the harbour routes rose by a fifth on Monday.\n"
             "• A single ticket now costs 2.40 euros.\n"
             "• Commuters expect a hard winter.\n")
    first = page.count("\n") + 1
    found = _block_lines(page + block + "6 comments\nJoin the conversation. Please keep "
                         "comments respectful and on topic.\nHamish_R · 10 January 2026\n"
                         "Fill up early, nothing is open after six.\n" + CHROME)
    assert found == [(first, first + 3)]

SESSION_TWELVE_BLOCKS.update({
    "an SEO paragraph and its 'Related searches:' row of long-tail phrases": (
        MASTHEAD + _FARES + "Tags: buses, fares\n",
        "Bus Fares Rise: Everything You Need to Know\n"
        "If you want to know why bus fares rise, knowing why bus fares rise is the first "
        "step, and this guide on why bus fares rise explains bus fares rise in detail.\n"
        "Related searches: bus fares rise, why bus fares rise, bus fares rise harbour "
        "routes, how much do bus fares rise this winter in Kessel\n",
        CHROME),
})

SESSION_TWELVE_BLOCKS.update({
    "two SEO paragraphs on a keyword not in the title, and 'read our guide'": (
        "Rodzinny Kącik\nStrona główna » Szkoła\n"
        "Wyprawka pierwszoklasisty: co naprawdę trzeba kupić, a co może poczekać\n"
        "Autor: Paweł Nowicki\n"
        "Przed pierwszym września wielu rodziców wydaje kilkaset złotych na przybory.\n"
        "Na pewno potrzebny będzie lekki, dobrze dopasowany plecak z usztywnionymi plecami.\n"
        "Zeszyty, bloki i farby często kupuje się zbiorczo przez szkołę, dlatego warto "
        "poczekać.\n"
        "Szacunkowy koszt podstawowych przyborów to według naszych wyliczeń około 300 zł.\n",
        "Wyprawka szkolna 2026 to temat, który co roku budzi emocje wśród rodziców. Dobrze "
        "przygotowana wyprawka szkolna to podstawa udanego startu w szkole. Jeśli szukasz "
        "informacji, co powinna zawierać wyprawka szkolna i jak tanio skompletować wyprawkę "
        "szkolną, ten poradnik jest dla Ciebie.\n"
        "Pamiętaj, że wyprawka szkolna dla pierwszoklasisty nie musi być droga – wystarczy "
        "dobrze zaplanowana wyprawka szkolna! Wyprawka pierwszoklasisty, wyprawka do szkoły, "
        "lista wyprawki szkolnej, wyprawka szkolna tanio – wszystko, co musisz wiedzieć o "
        "wyprawce, znajdziesz w naszym serwisie.\n"
        "Przeczytaj nasz kompletny poradnik i przygotuj dziecko do szkoły bez stresu!\n",
        "Tagi: szkoła, plecak\nUdostępnij: Facebook | Messenger\n© 2026 Rodzinny Kącik\n"),
    "SEO copy stuffed with a keyword and its pointer to the site's other articles": (
        "Centwijzer\nHome > Sparen\n"
        "Twee banken verhogen kosten voor betaalrekening per 1 juli\n"
        "Klanten van Kustbank betalen vanaf de zomer tot € 2,40 per jaar meer.\n"
        "Kustbank verhoogt de prijs van het basispakket van € 3,35 naar € 3,55 per maand.\n"
        "Ook Brugman Bank past zijn tarieven aan voor het pakket Brugman Plus.\n"
        "Overstappen naar een andere bank is eenvoudiger dan veel mensen denken.\n"
        "Deel dit artikel: WhatsApp Facebook LinkedIn\n",
        "Bankkosten besparen in 2026: zo bespaar je op je bankkosten\n"
        "Bankkosten besparen is belangrijker dan ooit. Wie wil besparen op bankkosten, doet er "
        "goed aan de bankkosten van verschillende banken te vergelijken, want bankkosten "
        "verschillen sterk. Met lagere bankkosten houd je meer over, dus vergelijk je "
        "bankkosten vandaag nog en betaal nooit meer te veel bankkosten.\n"
        "Lees ook onze andere artikelen over bankkosten, goedkoopste bank en gratis "
        "betaalrekening.\n",
        "Lees ook\nDe goedkoopste betaalrekening van dit moment\n© 2026 Centwijzer\n"),
})

SESSION_TWELVE_BLOCKS.update({
    "'Final Thoughts' signed off 'Until next time, happy eating!'": (
        MASTHEAD + _FARES,
        "Final Thoughts\n"
        "The fare rise is a stark reminder of the challenges facing public transport today.\n"
        "Whether you ride daily or only now and then, now is the time to plan your trips.\n"
        "Until next time, happy travels!\n",
        CHROME),
    "a German 'most important findings at a glance' over dashed sentences": (
        "Geldwerk\nStartseite › Versicherung\n"
        "Kfz-Versicherung wird 2026 erneut teurer\n"
        "Viele Versicherer erhöhen zum Jahreswechsel die Beiträge für die Kfz-Versicherung.\n"
        "Grund sind vor allem die gestiegenen Kosten für Reparaturen und Ersatzteile.\n"
        "Wer einen Brief mit einer Erhöhung bekommt, hat ein Sonderkündigungsrecht.\n"
        "Ein Vergleich lohnt sich, denn die Unterschiede zwischen den Tarifen sind groß.\n",
        "Die wichtigsten Erkenntnisse auf einen Blick\n"
        "- Die Kfz-Versicherung wird 2026 für viele Autofahrer spürbar teurer.\n"
        "- Hauptgründe sind die gestiegenen Reparaturkosten.\n"
        "- Ein Sonderkündigungsrecht ermöglicht einen schnellen Wechsel.\n"
        "- Fazit: Wer jetzt vergleicht, schont seinen Geldbeutel!\n",
        "Teilen: Facebook | X | E-Mail\n© 2026 Geldwerk\n"),
    "Catalan questions to reflect on and the call to share your answers": (
        "Diari Universitari\nInici › Recerca\n"
        "La sequera amenaça l'arròs del Delta, alerta un estudi de la universitat\n"
        "Un equip de la facultat de biologia ha mesurat la salinitat dels arrossars.\n"
        "Els resultats mostren que la salinitat ha augmentat un 30% en cinc anys.\n"
        "Els investigadors proposen canvis en la gestió de l'aigua dels canals.\n"
        "L'estudi es presentarà a la conferència de regants del mes de març.\n",
        "Preguntes per reflexionar\n"
        "- Com pot afectar la sequera el futur de l'arròs al Delta?\n"
        "- Quin paper han de tenir les universitats davant el canvi climàtic?\n"
        "- Estaries disposat a pagar més per un arròs sostenible?\n"
        "Comparteix les teves respostes amb nosaltres a les xarxes socials!\n",
        "© 2026 Diari Universitari\n"),
    "a Lithuanian 'conversation with' heading over a named dialogue": (
        "Krepšinio žinios\nPradžia › LKL\n"
        "„Ąžuolas“ po pratęsimo įveikė „Kuršius“\n"
        "Klaipėdoje vykusiose rungtynėse šeimininkai pirmavo beveik visą laiką, o po "
        "pirmojo kėlinio turėjo dešimties taškų persvarą.\n"
        "Ketvirtajame kėlinyje svečiai pagerino gynybą, išlygino rezultatą ir "
        "paskutinėmis sekundėmis išsiplėšė pratęsimą.\n"
        "Pratęsime „Ąžuolas“ pataikė tris tritaškius iš eilės ir laimėjo, nors svečiai "
        "kovojo iki pat paskutinės sekundės.\n"
        "Rezultatyviausias nugalėtojų gretose buvo Tomas Gaidys, pelnęs 24 taškus ir "
        "atkovojęs aštuonis kamuolius.\n",
        "Pokalbis su „Ąžuolo“ treneriu\n"
        "Vaidas Rimkus: Treneri, sveikiname su pergale. Kaip vertinate rungtynes?\n"
        "Rolandas Pečiulis: Dėkoju. Tai buvo labai svarbi pergalė mūsų komandai.\n"
        "Vaidas Rimkus: Kas lėmė lūžį ketvirtajame kėlinyje?\n"
        "Rolandas Pečiulis: Manau, kad svarbiausia buvo komandinis darbas.\n"
        "Vaidas Rimkus: Ko tikitės iš likusios sezono dalies?\n"
        "Rolandas Pečiulis: Mūsų tikslas – kiekvienose rungtynėse atiduoti viską.\n",
        "Dalintis: Facebook | X\n© 2026 Krepšinio žinios\n"),
})

SESSION_TWELVE_BLOCKS.update({
    "a one-word 'Debate' heading over the question to the readers and the invitation": (
        "ZonaMixta\nInicio › Segunda División\n"
        "El nuevo estadio del Marismas no estará listo hasta 2027\n"
        "Las obras del nuevo estadio acumulan un retraso de casi un año, según el club.\n"
        "El ayuntamiento atribuye el retraso a los problemas con la cubierta.\n"
        "Mientras tanto, el equipo seguirá jugando en el campo municipal.\n"
        "La directiva confía en que la afición mantenga el apoyo en las gradas.\n",
        "Debate\n"
        "¿Crees que el retraso afectará al rendimiento del equipo? ¿Debería el club buscar "
        "otro campo?\n"
        "Déjanos tu opinión en los comentarios y participa en la conversación.\n",
        "57 comentarios\nEscribe tu comentario\n© 2026 ZonaMixta\n"),
})


@pytest.mark.parametrize("heading", [
    "Fråga till läsarna", "Въпрос към читателите", "Okurlara soru", "Pitanje za čitatelje",
    "Klausimas skaitytojams", "Pregunta als lectors", "Galdera irakurleentzat", "读者互动",
])
def test_a_readers_label_standing_alone_heads_the_questions_under_it(heading: str) -> None:
    """A label that needs its colon inside a line stands alone as a heading too."""
    page = MASTHEAD + _FARES
    block = (heading + "\n"
             "Have you changed how you get to work since the fares went up?\n"
             "Would you pay more for a bus that comes every ten minutes?\n"
             "Tell us in the comments below!\n")
    first = page.count("\n") + 1
    assert _block_lines(page + block + CHROME) == [(first, first + 3)]


@pytest.mark.parametrize("heading", ["Visste du?", "Jeste li znali?", "הידעת?", "Alam mo ba?",
                                     "Sabíeu que...?", "Você sabia?"])
def test_a_trivia_box_under_more_did_you_know_headings(heading: str) -> None:
    page = MASTHEAD + _FARES + "Share: Facebook | X | Email\n"
    block = (heading + "\n"
             "The harbour routes carry more than forty thousand people every weekday.\n"
             "The first bus on the harbour routes ran in 1921 and was pulled by a tractor.\n"
             "Diesel makes up nearly a third of what an operator spends in a year.\n")
    first = page.count("\n") + 1
    assert _block_lines(page + block + CHROME) == [(first, first + 3)]


@pytest.mark.parametrize("heading", ["Slovarček", "Žodynėlis", "Glossari", "Msamiati"])
def test_a_glossary_under_more_glossary_headings(heading: str) -> None:
    page = MASTHEAD + _FARES + "Share: Facebook | X | Email\n"
    block = (heading + "\n"
             "Fare cap: the most a passenger pays in one day, however many trips are made.\n"
             "Concession: a reduced fare for students, pensioners and people on benefits.\n"
             "Operator: the company that runs the buses on a route under a council licence.\n"
             "Timetable: the list of times at which the buses leave each of the stops.\n")
    first = page.count("\n") + 1
    assert _block_lines(page + block + CHROME) == [(first, first + 4)]


@pytest.mark.parametrize("sign_off", [
    "Bądźcie na bieżąco!", "Zůstaňte naladěni!", "Maradjon velünk!", "Pysy kuulolla!",
    "Sekite naujienas!", "Håll utkik efter fler uppdateringar!", "敬请关注！",
    "Dziękujemy za lekturę!", "Täname lugemast!", "Gràcies per llegir!",
])
def test_a_conclusion_signed_off_in_more_languages(sign_off: str) -> None:
    """ "Final thoughts", its paragraphs and a sign-off urging the reader on, with only
    chrome under it: the template closes on the sign-off whatever its language."""
    page = MASTHEAD + _FARES + "Share: Facebook | X | Email\n"
    block = ("Final Thoughts\n"
             "The fare rise is a difficult but necessary step for the harbour operators.\n"
             "With careful planning, commuters can adapt to the change this winter.\n"
             + sign_off + "\n")
    first = page.count("\n") + 1
    assert _block_lines(page + block + CHROME) == [(first, first + 3)]


def test_an_interview_announced_as_edited_whose_first_question_restates_the_title_stays(
) -> None:
    page = (MASTHEAD + "\"I'd rather close than cut corners\": a chef on ten years of Fern\n"
            "By Cathal Ryan\n"
            "Aisling Mahony opened Fern in 2015 with a borrowed oven and a paper menu.\n"
            "This interview has been edited for length and clarity.\n"
            "Q: Ten years of Fern. Did you think you would last this long?\n"
            "A: Honestly, no. The bank gave us eighteen months.\n"
            "Q: The menu is mostly vegetables now. Was that a plan?\n"
            "A: It happened because of the growers who bring me boxes every week.\n"
            "Q: What comes next?\n"
            "A: A bakery, maybe, if I can find the right person to run it.\n" + CHROME)
    assert _block_lines(page) == []


def test_a_chinese_paragraph_of_figures_repeating_its_unit_is_no_seo_copy() -> None:
    page = ("金澜财经\n首页 宏观 股市 理财 黄金\n下载金澜财经APP\n搜索\n首页 > 宏观\n"
            "10月社零同比增长3.1% 服务消费表现亮眼\n"
            "以旧换新政策继续拉动家电、汽车消费；餐饮收入增速回升\n"
            "2026-11-14 10:05\n金澜财经宏观研究组\n预计阅读时间：4分钟\n"
            "统计部门周五发布数据显示，10月份社会消费品零售总额同比增长3.1%，增速较上月加快。\n"
            "按消费类型分，商品零售额同比增长2.8%，餐饮收入同比增长5.2%，家用电器类同比增长"
            "14.6%，通讯器材类同比增长9.3%，汽车类同比增长2.1%。\n"
            "分析人士认为，以旧换新政策持续发力，对耐用品消费形成明显支撑。\n"
            "表1：10月主要消费数据\n社会消费品零售总额 3.1\n广告\n© 2026 金澜财经\n")
    assert _block_lines(page) == []


def test_an_interview_noted_as_edited_for_length_and_clarity_stays() -> None:
    """The page's own interview: its photo credit repeats the site's name, not the
    title, and the editor's note below it says it is a transcript."""
    page = ("Cuerpo y Mente Hoy\nInicio > Nutrición > Entrevistas\n"
            "\"El problema no es el pan\": entrevista con un nutriólogo de Monterrey\n"
            "Por Fernanda Villaseñor\n"
            "Arturo Benavides lleva 18 años atendiendo pacientes en su consultorio.\n"
            "Dice que la mayoría de sus pacientes llega después de probar tres o cuatro "
            "dietas de moda que vieron en redes sociales.\n"
            "Hablamos con él en su consultorio del centro sobre tortillas, ayunos y los "
            "errores más comunes de quienes quieren bajar de peso.\n"
            "Foto: Cuerpo y Mente Hoy / Daniela Ochoa\n"
            "P: ¿Por qué se abandonan los propósitos de bajar de peso en febrero?\n"
            "R: Porque se plantean como un castigo. La gente elimina todo de golpe.\n"
            "P: ¿Entonces el pan no es el enemigo?\n"
            "R: Para nada. El problema es comerse ocho piezas en la cena.\n"
            "P: ¿Qué opina del ayuno intermitente?\n"
            "R: A algunos pacientes les funciona porque les ordena los horarios.\n"
            "P: ¿Un consejo para quien empieza hoy?\n"
            "R: Que no se pese todos los días. Mídase la cintura una vez al mes.\n"
            "Esta entrevista fue editada por extensión y claridad.\n"
            "Compartir: Facebook | WhatsApp\nTe puede interesar\n© 2026 Cuerpo y Mente Hoy\n")
    assert _block_lines(page) == []


def test_the_sites_rating_prompt_under_a_block_is_no_part_of_it() -> None:
    page = ("La Cucina di Giulia\nHome › Primi\n"
            "Pasta e ceci alla romana\n"
            "In una pentola scaldate l'olio con l'aglio e il rosmarino.\n"
            "Aggiungete i ceci e il brodo e cuocete per venti minuti.\n"
            "Frullate metà dei ceci e rimetteteli nella pentola.\n"
            "Cuocete la pasta nella zuppa, mescolando spesso.\n")
    block = ("Pasta e ceci alla romana: la ricetta facile e veloce per una pasta e ceci "
             "perfetta\n"
             "Se state cercando una ricetta della pasta e ceci facile, la pasta e ceci alla "
             "romana è la scelta ideale: la pasta e ceci alla romana piace a tutti.\n"
             "In conclusione, la pasta e ceci alla romana è un piatto semplice e nutriente.\n")
    first = page.count("\n") + 1
    lines = _block_lines(page + block + "Ti è piaciuta questa ricetta? Lascia una "
                         "valutazione e un commento!\nCondividi su Facebook\n© 2026 Giulia\n")
    assert len(lines) == 1 and lines[0][1] == first + 2  # (the block ends above the prompt)


@pytest.mark.parametrize("pitch", [
    "Get the Courier's morning briefing in your inbox.\n",
    "You have read 4 of your 6 free articles this month. Subscribe for unlimited access.\n",
])
def test_the_sites_pitch_under_a_call_to_share_is_no_part_of_the_block(pitch: str) -> None:
    block = ("If you found this article useful, don't forget to share it with your "
             "friends!\nShare this article on social media so more commuters know about "
             "it!\n")
    first = (MASTHEAD + _FARES).count("\n") + 1
    assert _block_lines(MASTHEAD + _FARES + block + pitch + "Sign up\n" + CHROME) == [
        (first, first + 1)]


@pytest.mark.parametrize("ending", [
    # one question to the readers and an invitation: a column may well end so
    ("What do you make of the new fares?\nLeave a comment below and tell us!\n"),
    # pros, cons and pros again are no template's order
    ("Pros and cons\nPros: Buses are maintained.\nCons: Fares are higher.\n"
     "Pros: Drivers are paid on time.\n"),
])
def test_close_shapes_of_the_fifty_second_set_stay(ending: str) -> None:
    assert _block_lines(MASTHEAD + _FARES + ending + CHROME) == []


def test_an_interview_under_a_short_lead_with_its_label_in_every_question_stays() -> None:
    """The label ("Question:") stands in every question; it is no keyword."""
    page = (MASTHEAD + "The coach who gave village girls a football team\n"
            "Rina Akter started the club four years ago.\n"
            "She had eleven girls and a single ball.\n"
            "Today the club trains sixty players every week.\n"
            "We asked her how it all began.\n"
            "Question: Did the families agree at once?\n"
            "Answer: Not at all. I went from house to house for a whole year.\n"
            "Question: What was the biggest obstacle?\n"
            "Answer: Boots. Half of the girls played barefoot at first.\n"
            "Question: What comes next for the club?\n"
            "Answer: A small hostel, so girls from far away can train every week.\n")
    assert _block_lines(page + CHROME) == []


def test_a_reporters_interview_going_on_under_an_ad_label_stays() -> None:
    """The page's own labelled interview, an ad's label in the middle of it."""
    page = (MASTHEAD + "Le glacier a perdu trois mètres cet été\n"
            "La glaciologue Anne Favre mesure la Tsarmine depuis douze ans pour l'université "
            "de Lausanne et son équipe de quatre personnes.\n"
            "Cet été, la langue du glacier a reculé de trois mètres, deux fois plus que la "
            "moyenne des dix dernières années.\n"
            "Les guides de la vallée ont dû déplacer deux fois l'accès au glacier depuis le "
            "mois de juillet, selon la commune.\n"
            "Nous lui avons demandé ce que ces chiffres veulent dire pour la vallée et pour "
            "les habitants qui vivent de son eau.\n"
            "Q: Qu'est-ce qui explique ce chiffre?\n"
            "R: Très peu de neige l'hiver dernier, et un été très chaud.\n"
            "Publicité\n"
            "Q: Ce scénario est-il inévitable?\n"
            "R: Une grande partie de la perte est déjà programmée.\n"
            "Q: Qu'est-ce que cela change pour les habitants?\n"
            "R: Plus d'eau de fonte en été, puis beaucoup moins.\n"
            "Q: Vous retournez sur le glacier quand?\n"
            "R: Fin avril, pour mesurer la neige de l'hiver.\n")
    assert _block_lines(page + CHROME) == []


#: Blocks of the thirteenth session's shapes: page above, the block, chrome under it.
_EPISODE = (
    "Tidewater Talks\nEpisodes | About | Support us\nHome › Episodes › Season 3\n"
    "Episode 31: Why the village wells run dry\n"
    "Guest: Ruth Calloway, hydrologist\n"
    "The summer of 2024 was one of the driest on the coast for decades, and in August "
    "several villages reported wells that gave no water at all.\n"
    "Host Sam Pryor talks to Ruth Calloway, who has measured the groundwater of the "
    "marshes for fifteen years.\n"
    "Chapters:\n00:00 Intro\n03:15 How groundwater is measured\n17:40 The old drains\n"
    "31:05 What villages can do\n")
SESSION_THIRTEEN_BLOCKS = {
    "a named interview under its heading below a podcast's chapter marks": (
        _EPISODE,
        "Conversation with our guest\n"
        "Sam Pryor: Ruth, thank you for joining us. Why is the drought so serious here?\n"
        "Ruth Calloway: Thank you for having me. It is serious because the water table "
        "keeps falling, and the wells follow it.\n"
        "Sam Pryor: What can people do to help?\n"
        "Ruth Calloway: Each of us can help, by collecting rainwater and using water "
        "with care.\n"
        "Sam Pryor: What is your message for our listeners?\n"
        "Ruth Calloway: Water is precious and we must protect it together.\n",
        "Share this episode: Facebook Instagram Email\nMore episodes\n© 2024 Tidewater "
        "Talks\n"),
    "an interviewer's questions and an expert's answers under the tags of an episode": (
        _EPISODE + "Host: Sam Pryor | Sound: Ola Berg\nTags: #water #drought #villages\n"
        "Share: Telegram | WhatsApp | X\n",
        "Interviewer: Ms Calloway, what first drew you to the wells of the marshes?\n"
        "Expert: My love of the landscape and of the people who live from it. I always "
        "wanted to know where their water comes from.\n"
        "Interviewer: What is the one thing you want listeners to take away?\n"
        "Expert: That every one of us can save water, with a little effort every day.\n"
        "Interviewer: Thank you for your time.\n"
        "Expert: Thank you too. I hope the listeners enjoyed our talk.\n",
        "© 2024 Tidewater Talks. All rights reserved.\n"),
    "a Japanese blog's FAQ of short facts closed by urging the reader on": (
        "旅ノート\nホーム 国内旅行 温泉 お問い合わせ\nホーム > 国内旅行 > 京都\n"
        "【京都・大原】紅葉の寺へ。朝いちばんの静かな庭園\n"
        "こんにちは、みさきです。今年の紅葉シーズンは、ずっと気になっていた大原のお寺へ"
        "行ってきました。\n"
        "京都駅前から路線バスに乗り、大原のバス停で下車。そこから坂道を15分ほど歩きます。\n"
        "拝観料は大人700円。抹茶とお菓子付きのセットは1,200円でした。\n"
        "本堂の縁側から眺める池泉庭園がいちばんの見どころです。風のない朝は水面に紅葉が"
        "映ります。\n"
        "紅葉の時期の大原は、早起きさえすれば本当にゆっくり楽しめます。\n",
        "よくある質問\n"
        "Q. 紅葉の見頃はいつですか？\n"
        "A. 例年11月中旬から下旬です。\n"
        "Q. アクセス方法は？\n"
        "A. 京都駅からバスで約1時間、バス停から徒歩約15分です。\n"
        "Q. 拝観料はいくらですか？\n"
        "A. 大人700円です。\n"
        "Q. 混雑を避けるにはどうすればいいですか？\n"
        "A. 開門直後の早い時間帯がおすすめです。ぜひ素敵な紅葉狩りを楽しんでくださいね！\n",
        "#京都 #紅葉\nシェアする\n関連記事\n© 2024 旅ノート\n"),
}


@pytest.mark.parametrize("page", [
    # an episode's transcript, announced as one, is the episode's own text
    _EPISODE + "Transcript\nSam Pryor: Ruth, why is the drought so serious here?\n"
    "Ruth Calloway: Because the water table keeps falling, and the wells follow it.\n"
    "Sam Pryor: What can people do?\nRuth Calloway: Collect rainwater, and use water "
    "with care.\nSam Pryor: And the villages?\nRuth Calloway: They can close the old "
    "drains.\nMore episodes\n© 2024 Tidewater Talks\n",
    # a help desk's FAQ of short facts, with no urging at its end
    "旅ノート\nホーム 国内旅行 お問い合わせ\nよくある質問\nQ. 紅葉の見頃はいつですか？\n"
    "A. 例年11月中旬から下旬です。\nQ. アクセス方法は？\nA. 京都駅からバスで約1時間です。\n"
    "Q. 拝観料はいくらですか？\nA. 大人700円です。\nQ. 予約は必要ですか？\nA. 不要です。\n"
    "© 2024 旅ノート\n",
])
def test_an_episodes_transcript_and_a_help_desks_faq_stay(page: str) -> None:
    assert _block_lines(page) == []


_WANDERUNG = (
    "Gratweg\nTouren Ausrüstung Über mich\nStartseite › Touren › Berner Oberland\n"
    "Vom Brünigpass zum Hasliberg: eine leichte Panoramawanderung\n"
    "Die Route beginnt direkt an der Postautohaltestelle auf dem Brünigpass und führt "
    "zuerst durch lichten Wald.\n"
    "Nach gut einer Stunde öffnet sich der Blick auf den Brienzersee und die Gipfel "
    "rund um das Haslital.\n"
    "Bei der Alp Käserstatt gibt es eine Beiz mit Rösti, die allein den Aufstieg wert "
    "ist.\n"
    "Zurück geht es mit der Gondelbahn nach Meiringen, im Sommer etwa alle zwanzig "
    "Minuten.\n")
_ALPINE_FOOT = ("Teilen: WhatsApp Facebook E-Mail\nImpressum | Datenschutz\n"
                "© 2026 Gratweg\n")
SESSION_THIRTEEN_BLOCKS.update({
    "Swiss German final thoughts written with ss and a sign-off": (
        _WANDERUNG,
        "Abschliessende Gedanken\n"
        "Alles in allem ist die Wanderung vom Brünigpass ein unvergessliches Erlebnis "
        "für alle Naturliebhaber.\n"
        "Also pack deinen Rucksack, schnür deine Wanderschuhe und mach dich auf den Weg!\n",
        _ALPINE_FOOT),
    "a 'did you know?' box in the informal German 'du'": (
        _WANDERUNG,
        "Wusstest du schon?\n"
        "Wusstest du, dass Wandern nachweislich das Stresslevel senkt? Schon eine "
        "Stunde im Grünen hilft.\n"
        "Wusstest du, dass die Schweiz ein Wanderwegnetz von vielen tausend Kilometern "
        "hat?\n"
        "Wusstest du, dass das Haslital eines der ältesten Täler des Oberlands ist? Ein "
        "Besuch lohnt sich immer!\n",
        _ALPINE_FOOT),
    "a glossary 'briefly explained' stopping at the newsletter's pitch": (
        _WANDERUNG,
        "Wichtige Begriffe kurz erklärt\n"
        "Wanderskala: Eine Skala, die den Schwierigkeitsgrad von Wanderwegen beschreibt.\n"
        "Bergwanderweg: Ein Wanderweg im Gebirge, der eine gewisse Trittsicherheit "
        "erfordert.\n"
        "Trittsicherheit: Die Fähigkeit, sich auf unebenem Gelände sicher zu bewegen.\n"
        "Schwindelfreiheit: Die Fähigkeit, in steilem Gelände ohne Angst zu gehen.\n",
        "Keine Tour mehr verpassen: Einmal im Monat neue Routen direkt in dein Postfach.\n"
        "Jetzt abonnieren\n" + _ALPINE_FOOT),
    "a summary heading over 'in summary' paragraphs and a goodbye": (
        MASTHEAD + _FARES,
        "Summary\n"
        "In summary, bus fares on the harbour routes have risen by a fifth because of the "
        "rising cost of diesel.\n"
        "Commuters fear the effect on their budgets, while the transport department "
        "wants answers from the operators.\n"
        "Keeping the buses affordable for everyone who depends on them is a task for all "
        "of us.\n"
        "Safe travels and see you next time!\n",
        "Share: Facebook | X | WhatsApp\n" + CHROME),
    "a Greek 'question for discussion' and the call to comment": (
        "Αθλητική Ηχώ\nΑρχική › Ποδόσφαιρο\n"
        "Ανατροπή στο 88ο λεπτό για την Ολυμπιάδα\n"
        "Με γκολ στο 88ο λεπτό, η Ολυμπιάδα νίκησε 2-1 τη Νέα Αίγλη στο κατάμεστο γήπεδο.\n"
        "Οι φιλοξενούμενοι προηγήθηκαν στο 23ο λεπτό με κεφαλιά μετά από κόρνερ.\n"
        "Στο 61ο λεπτό η γηπεδούχος ομάδα ισοφάρισε με σουτ έξω από την περιοχή.\n"
        "Την επόμενη Κυριακή η ομάδα ταξιδεύει για τον αγώνα με τον Κένταυρο.\n",
        "Ερώτηση για συζήτηση\n"
        "Μετά την ανατροπή, πιστεύετε ότι η Ολυμπιάδα μπορεί να διεκδικήσει την άνοδο;\n"
        "Πείτε μας τη γνώμη σας στα σχόλια παρακάτω!\n",
        "Σχόλια\n11 σχόλια\n© 2026 Αθλητική Ηχώ\n"),
    "a Chinese call to forward the article to the parents one knows": (
        "贝壳育儿\n首页 健康 教育\n开学视力筛查：近视比例明显上升\n"
        "开学第一周，区内六所小学对全体学生进行了视力筛查，近视比例比去年同期明显上升。\n"
        "眼科医生表示，寒假期间孩子们户外活动时间减少，使用电子产品的时间明显增加。\n"
        "医生建议家长保证孩子每天户外活动不少于两小时，并定期带孩子复查视力。\n"
        "多所学校表示，本学期将增加课间户外活动时间，下月对检出近视的学生进行复查。\n",
        "总而言之，儿童近视防控是一项长期任务，需要家庭、学校和社会的共同努力。\n"
        "如果您觉得这篇文章对您有帮助，欢迎转发给身边的家长朋友，让更多的孩子远离近视！\n",
        "网友评论\n关于我们 | 联系我们\n© 2026 贝壳育儿\n"),
    "a Romanian interview with the host under its own heading": (
        "Drumuri și Dealuri\nAcasă › Jurnal de călătorie\n"
        "Trei zile în Maramureș, fără plan\n"
        "Am plecat din Cluj într-o joi dimineață, cu mașina încărcată și fără niciun plan "
        "precis.\n"
        "Gazda noastră ne-a așteptat cu plăcintă cu brânză și ne-a arătat satul.\n"
        "A doua zi am mers la bisericile de lemn și am stat de vorbă cu paracliserul.\n"
        "Ultima zi am petrecut-o pe drumul spre pas, printre gropi și priveliști.\n",
        "Interviu cu gazda noastră\n"
        "Ioana Mureșan: Ce îi face pe turiști să revină an de an?\n"
        "Maria Pop: Maramureșul este un loc magic, plin de tradiții și de oameni "
        "primitori.\n"
        "Ioana Mureșan: Ce sfat le-ați da celor care vin pentru prima dată?\n"
        "Maria Pop: Să își ia timp, să guste mâncarea și să vorbească cu localnicii.\n"
        "Ioana Mureșan: Vă mulțumim pentru timpul acordat!\n",
        "Comentarii\n4 comentarii\n© 2026 Drumuri și Dealuri\n"),
    "takeaways without the site's 'liked it? share it!' over its buttons": (
        "Viaggi Lenti\nHome › Basilicata\nUn weekend a Matera tra Sassi e cantine\n"
        "Matera si gira a piedi: i Sassi sono due quartieri scavati nella roccia, uniti da "
        "scalinate e vicoli.\n"
        "Il primo giorno ho visitato le chiese rupestri con una guida del posto, che ci ha "
        "raccontato la storia della città.\n"
        "La sera abbiamo cenato in una trattoria con cavatelli e peperoni cruschi, per "
        "venticinque euro a testa.\n"
        "Dove dormire: io ho scelto un B&B in una stanza scavata nella roccia, a due passi "
        "dalla cattedrale.\n",
        "In sintesi: cosa ricordare\n"
        "- Matera è una destinazione unica, perfetta per un weekend di storia e cultura.\n"
        "- I Sassi offrono panorami mozzafiato e un'atmosfera davvero magica.\n"
        "- Non dimenticare di assaggiare la cucina locale, ricca di sapori autentici.\n"
        "- Pianifica il tuo viaggio con anticipo per vivere un'esperienza indimenticabile.\n",
        "Ti è piaciuto questo articolo? Condividilo!\nFacebook Pinterest WhatsApp Email\n"
        "Potrebbe interessarti anche\nTre giorni nel Cilento\n© 2026 Viaggi Lenti\n"),
})


def test_a_reporters_interview_of_five_questions_under_its_lead_stays() -> None:
    page = (MASTHEAD + "Rector Ana Ruiz: \"Free tuition cannot depend on each and "
            "every budget law that Congress passes\"\n"
            "The head of the university talks about its deficit, its new campus and the "
            "sit-in of November.\n"
            "By Tomás Soler\n"
            "Ana Ruiz in her office at the main campus in Valdivia, on Friday 31 "
            "January.\n"
            "Photo: Aula Sur / Camila Henríquez\n"
            "Ruiz took office in March 2023 after winning the run-off by 41 votes, and she "
            "received us in her office on a rainy Friday.\n"
            "Q: The university closed 2024 with a deficit. How large is it?\n"
            "A: About 3,900 million pesos. I do not like saying the number, but it is the "
            "number.\n"
            "Q: Does that mean free tuition is underfunded?\n"
            "A: It means it cannot depend on each year's budget law.\n"
            "Q: Still, you opened a new campus in the south.\n"
            "A: Yes, and I defend it. 38% of our students come from that region.\n"
            "Q: There was a three-week sit-in in November. What did you learn?\n"
            "A: That we were late. The demands on mental health were reasonable.\n"
            "Q: Will you run again in 2027?\n"
            "A: I will answer you in 2026.\n"
            "Share this interview\nFacebook X WhatsApp\n" + CHROME)
    assert _block_lines(page) == []


_COURT = ("Volga Courier\nNews    Courts    City\nCourts › Housing\n"
          "Former head of a management company jailed for four years\n"
          "From 2019 to 2022 the company collected repair fees from the tenants of 46 blocks "
          "of flats but never carried out the work.\n"
          "The court put the damage at 38.2 million roubles and recognised more than 1,200 "
          "tenants as victims.\n"
          "The defendant denied guilt, and his lawyers said the work stalled because prices "
          "rose.\n"
          "The court sentenced him to four years in a penal colony and upheld the tenants' "
          "civil claims.\n"
          "Tags: courts, housing, fraud\n"
          "Share: VK Odnoklassniki Telegram WhatsApp\n")
SESSION_THIRTEEN_BLOCKS.update({
    "a lawyer and a correspondent taking turns under the share row": (
        _COURT,
        "Dmitry Kovalev, lawyer: This verdict shows that fraud in housing services does "
        "not go unpunished.\n"
        "Anna Smirnova, correspondent: How can tenants protect themselves from such "
        "companies?\n"
        "Dmitry Kovalev, lawyer: First of all, read the management company's reports "
        "carefully every year.\n"
        "Anna Smirnova, correspondent: Can the lost money be recovered?\n"
        "Dmitry Kovalev, lawyer: Yes, in some cases, through a civil claim in court.\n",
        "Comments (9)\nRead also\n© 2026 Volga Courier\n"),
    "a Dutch V:/A: FAQ under an event page's buttons and share row": (
        "UiT in de Stad\nAgenda Muziek Theater Kids\nHome > Agenda > Festivals\n"
        "Kadefeest 2026: drie dagen muziek en een kajakrace\n"
        "Het Kadefeest is terug voor een twaalfde editie, met twee podia langs het water.\n"
        "Programma: vrijdag van 18 tot 1 uur, zaterdag van 14 tot 1 uur, zondag van 11 tot "
        "22 uur.\n"
        "Tickets: dagticket 18 euro, combiticket 42 euro. Kinderen onder 12 jaar gratis.\n"
        "Organisatie: vzw Kadefeest in samenwerking met de buurtcomités van de kaai.\n"
        "Tickets kopen\nVoeg toe aan mijn agenda\nDeel dit evenement: Facebook WhatsApp "
        "E-mail\n",
        "V: Is het Kadefeest geschikt voor kinderen?\n"
        "A: Ja, zeker! Het Kadefeest is een fantastisch evenement voor het hele gezin.\n"
        "V: Kan ik met de trein naar het Kadefeest komen?\n"
        "A: Absoluut. Het festivalterrein ligt op wandelafstand van het station.\n",
        "Misschien ook iets voor jou\nOver UiT in de Stad · Contact · Privacy\n"),
    "a bare FAQ under a review's own verdict and its rating": (
        MASTHEAD + "Pocketbook app review: is this budget app worth it?\n"
        "By Rohit Saxena\n"
        "Where did the money go at the end of the month? The app sets out to answer that "
        "question for first-time budgeters.\n"
        "Setting up is easy. On the first day the app sorted three months of bank "
        "messages into categories.\n"
        "The most useful feature is the envelope budget, which sets money aside for each "
        "kind of spending.\n"
        "There are flaws too. Cash spending has to be entered by hand, and the free "
        "version shows adverts.\n"
        "Overall, if you are making a budget for the first time, this app is a good place "
        "to start.\n"
        "Our rating: 4/5\n",
        "What is the Pocketbook app?\n"
        "The Pocketbook app is an excellent budget app that helps you track your spending "
        "with ease.\n"
        "Is the Pocketbook app safe?\n"
        "Yes, the Pocketbook app is completely safe and protects your personal data.\n"
        "Is the Pocketbook app free?\n"
        "Yes, the Pocketbook app has a free version, with a premium plan for more "
        "features.\n",
        "Tags: budget apps, personal finance\nShare: WhatsApp Facebook X\n" + CHROME),
})


def test_an_interview_under_a_share_row_below_the_headline_stays() -> None:
    page = (MASTHEAD + "Rector Ana Ruiz on the deficit and the new campus\n"
            "By Tomás Soler\nShare: Facebook X WhatsApp\n"
            "Tomás Soler: The university closed 2024 with a deficit. How large is it?\n"
            "Ana Ruiz: About 3,900 million pesos. I do not like the number.\n"
            "Tomás Soler: Does that mean free tuition is underfunded?\n"
            "Ana Ruiz: It means it cannot depend on each year's budget law.\n"
            "Tomás Soler: Will you run again?\nAna Ruiz: I will answer you next year.\n"
            + CHROME)
    assert _block_lines(page) == []


_RODADA = ("Boleiro Digital\nFutebol | Times | Tabela\nInício › Tabela na Mão\n"
           "Tabela na mão: o que muda depois da 8ª rodada\n"
           "O Tupinambá venceu fora de casa e assumiu a liderança com 19 pontos, um a mais "
           "que o Guaporé.\n"
           "O Guaporé empatou em casa com o lanterna e desperdiçou a chance de abrir "
           "vantagem.\n"
           "O calendário favorece o Ribeira, que faz quatro dos seis jogos restantes em "
           "casa.\n"
           "Quem chegar a 28 pontos dificilmente fica fora da final, pelas minhas "
           "contas.\n")
_KENAWA = ("Ransel Lapar\nBeranda Destinasi Kuliner\nBeranda › Nusa Tenggara\n"
           "Panduan ke Pulau Kenawa: pulau kecil dengan bukit savana\n"
           "Pulau Kenawa bisa dicapai dengan perahu sewaan dari Poto Tano dalam dua puluh "
           "menit.\n"
           "Sewa perahu pulang pergi sekitar tiga ratus ribu rupiah untuk satu "
           "rombongan.\n"
           "Naiklah ke puncak bukit sore hari untuk melihat matahari terbenam di balik "
           "gunung.\n"
           "Satu hal penting: bawa kembali semua sampahmu, karena pulau ini makin ramai "
           "dikunjungi.\n"
           "Bagikan: Facebook | X | WhatsApp | Telegram\n")
SESSION_THIRTEEN_BLOCKS.update({
    "key points of the round with ticks, a call to share and a question": (
        _RODADA,
        "Pontos-chave da rodada:\n"
        "✅ Tupinambá assume a liderança com 19 pontos\n"
        "✅ Guaporé tropeça e cai para a segunda posição\n"
        "✅ Saldo de gols pode ser decisivo na reta final\n"
        "Gostou da análise? Compartilhe com seus amigos torcedores nas redes sociais!\n"
        "E você, quem acha que vai levantar a taça? Deixe seu palpite nos comentários!\n",
        "Compartilhe: WhatsApp | Facebook | X\nMais de Tabela na Mão\n"
        "© 2026 Boleiro Digital\n"),
    "a Portuguese 'question for discussion' and the call to comment": (
        _RODADA,
        "Pergunta para discussão\n"
        "Você acha que o Tupinambá vai segurar a liderança até a última rodada?\n"
        "Deixe sua opinião nos comentários e participe do debate com outros torcedores!\n",
        "Compartilhe: WhatsApp | Facebook | X\n© 2026 Boleiro Digital\n"),
    "an Indonesian call to share under the share row": (
        _KENAWA,
        "Semoga panduan ini bermanfaat untuk rencana perjalananmu ke Pulau Kenawa!\n"
        "Jika kamu merasa artikel ini membantu, jangan lupa bagikan kepada teman dan "
        "keluarga.\n"
        "Dengan membagikan artikel ini, kamu turut membantu lebih banyak orang menemukan "
        "pulau ini.\n",
        "4 komentar\nBagus Prasetyo 8 Oktober 2026 pukul 20.41\nBalas\n"
        "© 2026 Ransel Lapar\n"),
})


def test_a_columnists_question_to_the_readers_stays() -> None:
    page = ("Bolsillo Claro\nAhorro | Hogar | Bancos\nInicio > Opinión\nOPINIÓN\n"
            "El café de la oficina me cuesta 400 euros al año\n"
            "Marta Ibargüen\n"
            "Hace un mes decidí apuntar todo lo que gastaba fuera de casa entre semana, sin "
            "grandes propósitos.\n"
            "El resultado me dejó helada: el café de media mañana suma casi dos euros al "
            "día.\n"
            "No voy a decir que haya que renunciar al café, porque el de después de comer "
            "es sagrado.\n"
            "Lo que he hecho es sencillo: me he comprado un termo y llevo el café de "
            "casa.\n"
            "¿Y ustedes? ¿Han hecho alguna vez la cuenta de lo que se les va en cafés y "
            "menús del día? Me encantaría leer sus cifras en los comentarios.\n"
            "23 comentarios\nAñadir comentario\n© 2026 Bolsillo Claro\n")
    assert _block_lines(page) == []


_LISTING = ("DomoMreža\nProdaja | Najem | Oddaj oglas\nDomov › Prodaja › Stanovanja\n"
            "Prodamo 3-sobno stanovanje, Maribor – Tabor, 78 m²\n"
            "Cena: 189.000 €\n"
            "V mirni soseski prodamo svetlo trisobno stanovanje v četrtem nadstropju bloka z "
            "dvigalom. Stanovanje obsega predsobo, dnevno sobo in kuhinjo.\n"
            "Leta 2019 so bile zamenjane vse inštalacije, okna in talne obloge. Kuhinja je "
            "opremljena in ostane v stanovanju.\n"
            "V bližini so vrtec, osnovna šola, trgovina in postajališče avtobusa. Vselitev je "
            "možna po dogovoru.\n")
SESSION_THIRTEEN_BLOCKS.update({
    "SEO copy in three paragraphs saying one inflected keyword": (
        _LISTING,
        "Stanovanje Maribor Tabor – iščete stanovanje v Mariboru? To stanovanje Maribor "
        "Tabor je odlična izbira za vse, ki iščejo stanovanje Maribor za družino.\n"
        "Nakup stanovanja v Mariboru je dobra naložba, saj so stanovanja Maribor Tabor med "
        "najbolj iskanimi. Prodaja stanovanja Maribor poteka hitro.\n"
        "Ne zamudite priložnosti za nakup stanovanja Maribor Tabor – kontaktirajte nas še "
        "danes!\n",
        "Pošlji povpraševanje\nShrani oglas | Natisni\nPodobni oglasi\n© 2026 DomoMreža\n"),
})


def test_a_listing_that_names_its_town_once_a_paragraph_stays() -> None:
    page = (_LISTING + "Stanovanje v Mariboru je na voljo takoj, ogled je možen vsak dan po "
            "dogovoru z agentom.\n"
            "Cena stanovanja vključuje parkirno mesto in klet, davek plača kupec.\n"
            "Pošlji povpraševanje\nShrani oglas | Natisni\nPodobni oglasi\n"
            "© 2026 DomoMreža\n")
    assert _block_lines(page) == []


_FLAT_AD = ("Souk Dar\nHome | Flats for sale | Flats to let\nPost an ad | Log in\n"
            "Home > Casablanca > Maarif > Flats for sale\n"
            "Flat for sale in Maarif, 3 rooms and a lounge, near the tram\n"
            "Price: 1,350,000 MAD\nArea: 112 m²\nRooms: 3 bedrooms + lounge\n"
            "Floor: fourth (with lift)\n"
            "Sunny flat for sale in a quiet building in Maarif, five minutes from the tram. "
            "The flat has a large lounge and a main bedroom with its own bathroom.\n"
            "The kitchen was renovated in 2023. The title deed is available, and the price "
            "is open to reasonable offers.\n")
SESSION_THIRTEEN_BLOCKS.update({
    "a bare FAQ under a flat's listing of fields and its two paragraphs": (
        _FLAT_AD,
        "Is this flat suitable for families?\n"
        "Yes, this flat is an ideal choice for families thanks to its spacious rooms.\n"
        "Does the Maarif district have public transport?\n"
        "Certainly, the Maarif district has a modern public transport network with trams "
        "and buses.\n"
        "What are the advantages of living in the Maarif district?\n"
        "The Maarif district is one of the finest districts, combining shops and calm "
        "streets.\n",
        "Contact the advertiser\nSend a message on WhatsApp\nReport this ad\n"
        "Similar ads\n© 2026 Souk Dar\n"),
})


_TORTA = ("Il Mestolo Rosso\nRicette Dolci Primi Secondi\nHome › Dolci › Torte\n"
          "Torta di mele della nonna, soffice e profumata\n"
          "Questa è la torta di mele che mia nonna preparava ogni domenica d'autunno, con "
          "le mele del suo giardino.\n"
          "Montate le uova con lo zucchero per almeno dieci minuti, finché il composto "
          "diventa chiaro e spumoso.\n"
          "Aggiungete la farina setacciata con il lievito, poi il latte e il burro fuso, "
          "mescolando dal basso verso l'alto.\n"
          "Cuocete in forno statico a 175 gradi per 45 minuti e lasciate raffreddare nello "
          "stampo per dieci minuti.\n"
          "Tag: torta di mele, dolci da credenza, merenda\n")
SESSION_THIRTEEN_BLOCKS.update({
    "an interview under its heading, closed by the thanks and the expert's goodbye": (
        _TORTA,
        "Intervista con la nostra esperta di dolci fatti in casa\n"
        "Intervistatore: Qual è il segreto per una torta di mele davvero soffice?\n"
        "Esperta: Il segreto è montare molto bene le uova con lo zucchero.\n"
        "Intervistatore: Quali sono le mele migliori per questa ricetta?\n"
        "Esperta: Le renette sono perfette, ma anche le Golden danno ottimi risultati.\n"
        "Intervistatore: Grazie mille per questi preziosi consigli!\n"
        "Esperta: Grazie a voi, e buona cucina a tutti i lettori!\n",
        "42 commenti\nLascia un commento\nMarta R.\n14 ottobre 2026 alle 18:22\n"
        "Rispondi\n"),
    "an interviewer and an expert under a share row with no colon": (
        MASTHEAD + _FARES + "Topics: buses, fares, harbour\n"
        "Share WhatsApp Facebook X Copy link\n",
        "Interviewer: As a transport expert, how do you judge the new fares?\n"
        "Expert: The new fares are an important step for the operators of the harbour "
        "routes.\n"
        "Interviewer: What are the main challenges for commuters?\n"
        "Expert: The main challenges are the cost of living and the long winter.\n"
        "Interviewer: Thank you for your time.\n",
        CHROME),
    "a Slovak labelled FAQ under a listing's buttons and counters": (
        "RealityDomov\nPredaj | Prenájom | Nové projekty\nDomov › Predaj › Byty\n"
        "3-izbový byt s loggiou, Banská Bystrica – Sásová, 68 m²\n"
        "Cena: 189 000 €\nStav: čiastočná rekonštrukcia\nPoschodie: 5. z 8, výťah\n"
        "Ponúkame na predaj 3-izbový byt v zateplenom panelovom dome. Byt prešiel pred "
        "dvoma rokmi rekonštrukciou.\n"
        "Dispozícia: vstupná chodba, obývacia izba s prístupom na loggiu, dve spálne a "
        "kuchyňa s jedálenským kútom.\n"
        "V okolí je materská a základná škola, obchody a zastávka MHD s priamym spojením "
        "do centra.\n"
        "Byt je voľný ihneď. Obhliadka je možná po dohode aj cez víkend.\n"
        "Kontakt: Ing. Zuzana Hríbiková, Realitná kancelária Urpín\n"
        "Zobraziť telefónne číslo\nNapísať správu\n"
        "ID inzerátu: 4471928 · Aktualizované: 12. 5. 2026\nZobrazenia: 862\n"
        "Zdieľať · Uložiť · Nahlásiť inzerát\n",
        "Otázka: Je tento byt vhodný pre rodinu s deťmi?\n"
        "Odpoveď: Áno, tento priestranný byt je ideálny pre rodiny s deťmi.\n"
        "Otázka: Aké sú mesačné náklady na bývanie v tomto byte?\n"
        "Odpoveď: Mesačné náklady na bývanie závisia od spotreby energií a počtu osôb.\n"
        "Otázka: Oplatí sa kúpiť byt v Banskej Bystrici?\n"
        "Odpoveď: Kúpa bytu v Banskej Bystrici je skvelou investíciou do budúcnosti.\n",
        "Podobné inzeráty\n© 2026 RealityDomov\n"),
    "a discussion heading ending on an exclamation mark": (
        MASTHEAD + _FARES,
        "Let's talk about it!\n"
        "Have the new fares changed the way you travel to work? Would you pay more for a "
        "faster bus?\n"
        "Share your thoughts in the comments below. We love hearing from our readers!\n",
        CHROME),
    "questions to ask yourself, in Turkish": (
        "CüzdanRehberi\nKredi Mevduat Kartlar\nAna Sayfa › Mevduat\n"
        "Mevduat faizleri düştü: birikimler için ne yapmalı?\n"
        "Merkez Bankası'nın faiz indiriminin ardından bankalar mevduat faizlerini ikinci "
        "kez düşürdü.\n"
        "Üç aylık vadede ortalama faiz yüzde kırk birden yüzde otuz sekize geriledi.\n"
        "Uzmanlar, stopaj kesintisinin de hesaba katılması gerektiğini hatırlatıyor.\n"
        "Bankalar arasındaki fark yüz baz puana kadar çıkabiliyor.\n"
        "Bu içeriği paylaş: Facebook X WhatsApp E-posta\n",
        "Kendinize sormanız gereken sorular\n"
        "Birikimlerimi hangi vadede değerlendirmek benim için en uygunu?\n"
        "Faiz oranları düşerse mevduat getirim nasıl etkilenir?\n"
        "Acil durumlar için kenarda ne kadar nakit tutmalıyım?\n",
        "Abone Ol\nHakkımızda · Künye · İletişim\n"),
})


def test_an_explainer_asking_its_subheadings_all_along_stays() -> None:
    page = ("Why does the summer electricity bill cost so much?\n"
            "A look at tiered tariffs, peak hours and what really saves money\n"
            "By Narges Farhadi\n"
            "Every August many families open a bill far higher than in spring, and most "
            "of them do not know why.\n"
            "What is a tiered tariff?\n"
            "In many cities the price of a kilowatt-hour is not fixed: it rises with every "
            "step of use in the month.\n"
            "Why do a few hot days cost so much?\n"
            "Because the extra use always falls in the dearest step, which costs three "
            "times the first.\n"
            "Does the summer electricity bill cost more at peak hours?\n"
            "On some smart meters, power used at peak hours is charged at a higher rate "
            "than at night.\n"
            "Which measures really work?\n"
            "Setting the air conditioner two degrees warmer saves the most, an engineer "
            "told us.\n"
            "How can I tell which step I am in?\n"
            "The bill has a table of use that shows each step and what it cost.\n")
    assert _block_lines(page) == []


SESSION_THIRTEEN_BLOCKS.update({
    "a Thai call to share, two short lines and the thanks for reading": (
        "เที่ยวไปกับมุก\nหน้าแรก รีวิวที่เที่ยว ร้านอาหาร ติดต่อ\n"
        "สามวันที่น่านช่วงหน้าหนาว เที่ยวแบบไม่รีบ\n"
        "วันแรกเราเดินเล่นในตัวเมืองน่าน ปั่นจักรยานไปวัดภูมินทร์และวัดพระธาตุช้างค้ำตอนเย็น\n"
        "วันที่สองตื่นเช้าไปดูทะเลหมอกที่ดอยเสมอดาว อากาศหนาวประมาณสิบองศา ต้องเตรียมเสื้อกันหนาว\n"
        "จากนั้นแวะกินข้าวซอยร้านเก่าแก่ในตลาด ราคาชามละหกสิบบาท รสชาติเข้มข้นมาก\n"
        "วันสุดท้ายขับรถกลับทางปัว แวะซื้อผ้าทอและกาแฟจากชุมชนบนดอยก่อนกลับบ้าน\n"
        "รวมค่าใช้จ่ายทั้งทริปตกคนละประมาณสามพันห้าร้อยบาท ไม่รวมค่าเดินทาง\n",
        "ถ้าชอบบทความนี้ อย่าลืมกดแชร์ให้เพื่อน ๆ ที่กำลังวางแผนไปน่านด้วยนะคะ\n"
        "แชร์ไปเก็บไว้ก่อน ทริปหน้าจะได้ไม่พลาดที่เที่ยวดี ๆ\n"
        "ส่งต่อความสุขให้คนที่คุณรัก แล้วออกไปเที่ยวด้วยกัน\n"
        "ขอบคุณที่อ่านจนจบค่ะ แล้วพบกันใหม่ทริปหน้า\n",
        "แท็ก: #น่าน #เที่ยวหน้าหนาว\nแชร์: Facebook LINE X\n24 ความคิดเห็น\n"),
})


_HURLING = ("Tipp Sport Weekly\nNews Hurling Football Camogie\nHome › Hurling\n"
            "Glenmoher win the county final after a late goal\n"
            "Glenmoher won the county senior hurling final by two points at the weekend, "
            "their first title in eleven years.\n"
            "A goal in the 58th minute turned a tight game that had been level at half "
            "time.\n"
            "The captain lifted the cup in front of a crowd of about 9,000 at the "
            "stadium.\n"
            "The winners now go on to the provincial club championship next month.\n")
SESSION_THIRTEEN_BLOCKS.update({
    "a chat with a kicker over speakers whose first label carries a role": (
        _HURLING,
        "The Final Word: Our Chat With the Winning Captain\n"
        "Niamh Carrigan: Congratulations on the win. How does it feel to lift the cup?\n"
        "Darragh Fennelly (Glenmoher captain): It's an incredible feeling. The lads gave "
        "everything today.\n"
        "Niamh Carrigan: What was the key moment of the game for you?\n"
        "Darragh Fennelly: The goal in the first half. It gave us confidence.\n",
        "Comments\nComments are moderated.\n© 2026 Tipp Sport Weekly\n"),
    "a Greek 'did you know?' asked with the Greek question mark": (
        "Ορίζοντας\nΕιδήσεις Ταξίδια Γεύσεις\nΑρχική › Ταξίδια\n"
        "Τα ορεινά χωριά της Νάξου: μια διαδρομή μιας ημέρας\n"
        "Ξεκινήσαμε νωρίς το πρωί από τη Χώρα και ανεβήκαμε προς το Χαλκί με το "
        "αυτοκίνητο.\n"
        "Στο Φιλότι σταματήσαμε για καφέ στην πλατεία κάτω από τον μεγάλο πλάτανο.\n"
        "Το μεσημέρι φάγαμε σε μια ταβέρνα στην Απείρανθο, με θέα στην κοιλάδα.\n"
        "Επιστρέψαμε από τον παραλιακό δρόμο λίγο πριν από τη δύση του ηλίου.\n",
        "Το ξέρατε;\n"
        "Η Νάξος είναι το μεγαλύτερο νησί των Κυκλάδων.\n"
        "Το όρος Ζας θεωρείται η ψηλότερη κορυφή των Κυκλάδων.\n"
        "Η Νάξος φημίζεται για τη γραβιέρα και τις πατάτες της.\n",
        "Ετικέτες: Νάξος, χωριά\n© 2026 Ορίζοντας\n"),
    "Danish questions for reflection, numbered": (
        MASTHEAD + _FARES,
        "Spørgsmål til refleksion\n"
        "1. Hvordan kommer du selv til og fra arbejde om vinteren?\n"
        "2. Hvad kan kommunen gøre for at holde billetpriserne nede?\n"
        "3. Bør operatørerne forklare de nye priser bedre?\n",
        CHROME),
})


#: The blocks of sessions 11 to 13, each under the page above it and over the chrome
#: under it: GEN001 reports each as one finding over exactly its lines.
SESSION_FOURTEEN_BLOCKS = {
    "a fact box under the share row whose items hold abbreviations (Polish)": (
        "Gazeta Nadwiślańska\nWiadomości Region Sport\n"
        "Most Poniatowskiego zamknięty dla samochodów do końca września\n"
        "Od poniedziałku most Poniatowskiego będzie zamknięty dla samochodów, ponieważ "
        "drogowcy wymienią nawierzchnię i dylatacje.\n"
        "Piesi i rowerzyści mogą przejść przez most przez cały czas remontu, choć czasem "
        "tylko jednym chodnikiem.\n"
        "Remont nawierzchni mostu kosztuje miasto 14 milionów złotych, podał zarząd dróg "
        "w piątek.\n"
        "Autobusy linii 111 i 117 pojadą objazdem przez most Łazienkowski aż do końca "
        "remontu.\n"
        "Udostępnij\n12 komentarzy\n",
        "Najważniejsze fakty\n"
        "Most Poniatowskiego jest zamknięty dla samochodów od 5 maja do 30 wrz. br.\n"
        "Remont nawierzchni kosztuje ok. 14 mln złotych.\n"
        "Piesi i rowerzyści mogą przejść przez most.\n"
        "Autobusy linii 111 i 117 pojadą objazdem.\n"
        "To ważny krok dla bezpieczeństwa mieszkańców.\n",
        "Redakcja · Reklama · Polityka prywatności\n© 2026 Gazeta Nadwiślańska\n"),
    "a sign-off and the template's signature under it": (
        MASTHEAD + _FARES + "Share on Facebook · Share on X · Email\n",
        "Conclusion\n"
        "In conclusion, the new fares are a welcome reminder of why the harbour buses hold "
        "such a special place in the life of the town.\n"
        "Stay tuned for more coverage of local transport. Until next time, safe travels!\n"
        "— The Transport Desk Team\n",
        CHROME),
    "reader questions closed by a promise of answers in later articles (Russian)": (
        "Северный вестник\nНовости Общество Наука\n"
        "В Тикси начали измерять толщину льда с помощью дронов\n"
        "Беспилотники облетают бухту дважды в неделю и передают данные на метеостанцию. "
        "По словам инженеров, так измерения стали втрое быстрее.\n"
        "«Раньше мы бурили лунки вручную, теперь видим весь залив за один полёт», — "
        "рассказал начальник станции Пётр Суханов.\n"
        "Данные будут публиковаться на сайте станции, а зимой их получат и рыбаки.\n",
        "Вопросы читателей\n"
        "Безопасно ли сейчас выходить на лёд в бухте?\n"
        "Почему лёд в этом году такой тонкий?\n"
        "Помогут ли дроны предупредить несчастные случаи?\n"
        "Ответы на эти и другие вопросы читайте в наших следующих публикациях!\n",
        "Комментарии\n3 комментария\nЧитайте также\n© 2026 Северный вестник\n"),
    "calls to share in Hindi under the share row": (
        "शहर समाचार\nहोम | देश | शहर | खेल\n"
        "भोपाल में अब हर रविवार लगेगा किसानों का बाज़ार\n"
        "नगर निगम ने बताया कि शहर के तीन मैदानों में हर रविवार सुबह किसानों का बाज़ार लगेगा "
        "और यहाँ सीधे खेत से सब्ज़ियाँ मिलेंगी।\n"
        "निगम आयुक्त ने कहा कि किसानों से कोई शुल्क नहीं लिया जाएगा और बाज़ार में पीने के पानी "
        "की व्यवस्था भी रहेगी।\n"
        "पहला बाज़ार अगले रविवार को लगेगा, जिसमें लगभग सौ किसान अपनी उपज लेकर आएँगे।\n"
        "निगम के अनुसार अगर यह प्रयोग सफल रहा तो अगले साल शहर के दूसरे हिस्सों में भी ऐसे "
        "बाज़ार लगाए जाएँगे।\n"
        "शेयर करें: WhatsApp · Facebook · X\n",
        "अगर आपको यह जानकारी अच्छी लगी हो तो इसे अपने दोस्तों के साथ ज़रूर शेयर करें।\n"
        "शहर की हर खबर सबसे पहले पाने के लिए इस पोस्ट को लाइक करें।\n"
        "इस खबर को ज़्यादा से ज़्यादा लोगों तक पहुँचाएँ!\n",
        "ऐप डाउनलोड करें\nहमारे बारे में | संपर्क करें\nCopyright © 2026 शहर समाचार\n"),
    "Turkish trivia under 'Bunları biliyor muydunuz?'": (
        MASTHEAD + "Amasra'da iki gün\n"
        "Amasra'ya cuma akşamı vardık ve ilk iş limanın yanındaki küçük balıkçıda mezgit "
        "yedik.\n"
        "Ertesi sabah kaleye çıktık; surların üstünden iki limanı da aynı anda görmek "
        "mümkün.\n"
        "Öğleden sonra Çakraz'a kadar sahil yolunu yürüdük, yol boyunca neredeyse kimseyle "
        "karşılaşmadık.\n"
        "Bir dahaki sefere ilkbaharda gelmek istiyoruz.\n",
        "Bunları biliyor muydunuz?\n"
        "Amasra, Karadeniz kıyısındaki en eski yerleşimlerden biri olarak bilinmektedir.\n"
        "Amasra salatası, bölgenin en sevilen lezzetleri arasında yer almaktadır.\n"
        "Amasra, her mevsim ziyaret edilebilecek eşsiz bir destinasyondur.\n",
        "Yorumlar\nYorum yaz\n© 2026 Yol Notları\n"),
    "a list of tips as many as its heading says, under the share row": (
        MASTHEAD + _FARES + "Share: Facebook · X · Email\n",
        "4 Tips for Saving Money on the Harbour Buses\n"
        "1. Buy a weekly pass if you travel to work every day.\n"
        "2. Check the timetable before you leave to avoid missed connections.\n"
        "3. Travel outside the rush hour whenever you can.\n"
        "4. Ask your employer whether they pay part of your travel costs.\n",
        CHROME),
    "a list of tips closed by a call to share, under the share row": (
        MASTHEAD + _FARES + "Share: Facebook · X · Email\n",
        "Tips for Commuters This Winter\n"
        "• Buy a weekly pass if you travel to work every day.\n"
        "• Check the timetable before you leave to avoid missed connections.\n"
        "• Travel outside the rush hour whenever you can.\n"
        "Found these tips useful? Share this article with your friends and family!\n",
        CHROME),
    "an FAQ under 'everything you need to know' with answers in their own words": (
        MASTHEAD + _FARES,
        "Harbour bus fares: everything you need to know\n"
        "How much does a single ticket cost now?\n"
        "A single ticket from the station to the terminal costs 2.40 euros.\n"
        "Where can I buy a weekly pass?\n"
        "Weekly passes are sold at the station kiosk and in the operator's app.\n"
        "Will the fares go up again this year?\n"
        "That depends on the price of diesel over the coming months.\n",
        CHROME),
    "a section under the share row that wraps up": (
        MASTHEAD + _FARES + "Share: Facebook · X · Email\n",
        "What do the experts say?\n"
        "According to transport experts, the harbour routes are among the busiest in the "
        "region and fares there will keep rising.\n"
        "Analysts believe that the cost of diesel will stay high for the rest of the year "
        "as demand grows.\n"
        "In conclusion, the new fares are a sign of the times.\n",
        CHROME),
    "a Turkish pros-and-cons box and its verdict under a review": (
        MASTHEAD + "Kettle Pro 2 incelemesi\n"
        "Kettle Pro 2, bir litre suyu yaklaşık dört dakikada kaynatıyor ve sıcaklık ayarı "
        "beş kademeli.\n"
        "Paslanmaz çelik gövde mutfakta oldukça şık görünüyor, ancak kulp uzun kullanımda "
        "biraz ısınıyor ve eldiven gerekebiliyor.\n"
        "Kapak tek tuşla açılıyor, kireç filtresi ise kolayca çıkarılıp musluğun altında "
        "birkaç saniyede yıkanabiliyor.\n"
        "Sonuç olarak Kettle Pro 2, fiyatına göre sağlam bir seçenek ama kulp daha iyi "
        "olabilirdi.\n",
        "Artıları ve Eksileri\n"
        "Artıları:\n"
        "+ Hızlı kaynatma\n"
        "+ Şık ve modern tasarım\n"
        "Eksileri:\n"
        "- Kulp ısınabilir\n"
        "Genel olarak Kettle Pro 2, mutfağınız için değerlendirilmesi gereken harika bir "
        "su ısıtıcısıdır.\n",
        "Benzer içerikler\n12 yorum\n© 2026 Mutfak Test\n"),
    "a summary and a labelled FAQ under it, closed by a call to share (Russian)": (
        "ТехноДень\nНовости Гаджеты Обзоры\n"
        "Навигатор «Путник» научился строить маршруты для велосипедов\n"
        "В обновлении навигатора «Путник» появился велосипедный режим: он прокладывает "
        "маршруты по выделенным дорожкам и тихим улицам.\n"
        "Приложение учитывает подъёмы и предупреждает о участках, где велосипед придётся "
        "вести рядом, например на лестницах и в подземных переходах.\n"
        "Режим доступен бесплатно во всех городах, где у сервиса есть подробные карты, а "
        "весной список городов расширят.\n"
        "Теги: навигация, велосипеды, приложения\nПоделиться: ВКонтакте | Telegram\n",
        "Итоги\n"
        "— «Путник» получил велосипедный режим.\n"
        "— Режим бесплатный.\n"
        "Вопрос: Сколько стоит велосипедный режим в навигаторе «Путник»?\n"
        "Ответ: Велосипедный режим в навигаторе «Путник» доступен бесплатно.\n"
        "Вопрос: В каких городах работает велосипедный режим?\n"
        "Ответ: Велосипедный режим работает во всех городах с подробными картами.\n"
        "Понравилась статья? Поделитесь ею с друзьями!\n",
        "Читайте также\n© 2026 ТехноДень\n"),
    "Swedish pros and cons on a news story, closed by a conclusion on its label": (
        MASTHEAD + _FARES,
        "Fördelar och nackdelar med de nya biljettpriserna\n"
        "Fördelar: Bolagen kan fortsätta köra alla linjer utan att dra ner på turerna.\n"
        "Nackdelar: Pendlarna får betala mer varje månad under en redan dyr vinter.\n"
        "Slutsats: Höjningen är tråkig, men trafiken måste gå runt.\n",
        CHROME),
    "a summary heading under a share row of bars, over two paragraphs (French)": (
        MASTHEAD + _FARES + "Partager cet article : Facebook | X | WhatsApp | Copier le lien\n",
        "En résumé\n"
        "Les tarifs des bus du port augmentent d'un cinquième en raison du coût du gazole, "
        "ce qui pèse sur le budget des ménages cet hiver.\n"
        "Le département des transports demandera des explications aux opérateurs, et les "
        "usagers peuvent déjà comparer les abonnements.\n",
        CHROME),
    "trivia on its label and a call to share under a summary (Japanese)": (
        "まちの話題\nホーム ニュース イベント\n"
        "港の朝市が今月から毎週日曜に\n"
        "港の朝市は、今月から毎週日曜の朝六時に開かれることになりました。これまでは月に"
        "二回だけの開催でした。\n"
        "漁協によると、地元の魚や野菜を求めて遠くから訪れる人が増えたため、回数を増やす"
        "ことにしたということです。\n"
        "会場では、とれたての魚を使った汁物も一杯三百円で販売され、売り上げの一部は港の"
        "清掃活動に使われるということです。\n"
        "シェアする：X | Facebook | LINE\n",
        "まとめ\n"
        "・港の朝市が毎週日曜に開かれます。\n"
        "・地元の魚や野菜が並びます。\n"
        "・とれたての魚の汁物も販売されます。\n"
        "豆知識：朝市の歴史は古く、江戸時代から続くといわれています。\n"
        "この記事が参考になったら、SNSでシェアしてくださいね！\n",
        "関連記事\n© 2026 まちの話題\n"),
    "a conclusion heading over praise and 'don't wait any longer' (Romanian)": (
        MASTHEAD + "Trei zile în Apuseni\n"
        "Am ajuns la Gârda de Sus vineri seara, după cinci ore de drum de la Cluj, și ne-am "
        "cazat la o pensiune de lângă râu.\n"
        "A doua zi am urcat la Ghețarul Scărișoara; biletul costă 30 de lei, iar coborârea "
        "pe scări durează cam zece minute.\n"
        "Ultima zi am mers la Cascada Vârciorog, unde poteca e ușoară, dar alunecoasă după "
        "ploaie, așa că luați încălțăminte bună.\n",
        "Concluzie\n"
        "Apusenii sunt o destinație de neratat pentru oricine iubește natura sălbatică și "
        "tradițiile autentice ale României.\n"
        "Cu peisajele sale spectaculoase și oamenii primitori, această regiune oferă o "
        "experiență cu adevărat unică pentru toată familia.\n"
        "Nu mai aștepta și planifică-ți chiar azi vacanța în Apuseni!\n",
        "Ți-a plăcut articolul? Distribuie-l!\nFacebook | WhatsApp\n© 2026 Drumeții\n"),
    "a summary of the episode under a podcast's notes (Swedish)": (
        "Skärgårdsradion\nAvsnitt Om podden Kontakt\n"
        "Avsnitt 41: Sälarna kommer tillbaka\n"
        "I veckans avsnitt åker vi ut till de yttre skären med en forskare som räknat sälar "
        "i trettio år och berättar hur beståndet har vuxit.\n"
        "Vi pratar också om fiskarnas oro för näten och om vad som händer när isen inte "
        "lägger sig på vintern längre.\n"
        "Längd: 48 min\n",
        "Sammanfattning av avsnittet\n"
        "I det här avsnittet diskuterar programledarna sälarnas återkomst tillsammans med "
        "en erfaren forskare.\n"
        "Avsnittet tar upp viktiga ämnen som beståndet, fisket och isen.\n"
        "Sammanfattningsvis är detta ett informativt avsnitt som du inte vill missa!\n",
        "Lyssna på Spotify | Apple Podcasts\n© 2026 Skärgårdsradion\n"),
    "tips right under the article, closed by a wrap-up that urges (Italian)": (
        MASTHEAD + "Weekend sul lago: gli appuntamenti\n"
        "Con le prime giornate di sole tornano i mercatini all'aperto e i concerti nei "
        "chiostri dei paesi sul lago.\n"
        "Sabato mattina a Bellano c'è il mercato dei produttori locali, dalle nove alle "
        "tredici, con ingresso libero per tutti.\n"
        "Domenica pomeriggio a Varenna il coro del paese canta nella chiesa di San Giorgio, "
        "con inizio alle diciassette.\n"
        "In caso di pioggia il mercato di Bellano si sposta sotto i portici del municipio, "
        "mentre il concerto resta confermato.\n",
        "Consigli utili per il tuo weekend sul lago\n"
        "1. Arriva presto, perché i parcheggi vicino al lago si riempiono in fretta.\n"
        "2. Controlla il meteo e porta sempre con te una giacca leggera.\n"
        "3. Usa i battelli per spostarti tra i borghi più belli.\n"
        "In conclusione, il lago offre esperienze per tutti i gusti: non ti resta che "
        "organizzare il tuo prossimo weekend!\n",
        "Segnala un evento alla redazione\nLa newsletter degli eventi\nIscriviti\n"),
}


KEPT_UNDER_THE_SHARE_ROW = {
    "related articles as a list of titles": (
        "Read more\n• Toll vote set for March\n• Ferry timetable changes from May\n"
        "• New cycle lane opens on the quay\n"),
    "a numbered list of sentences, neither as many as its heading says nor urging": (
        "Corrections to the 2 earlier versions of this article\n"
        "1. An earlier version gave the old single fare as 2.20 euros; it was two euros.\n"
        "2. An earlier version said the department had approved the fares; it had not.\n"
        "3. An earlier version misspelt the name of the ferry terminal.\n"),
    "a reader's comment under their name, its last paragraph opening 'Overall,'": (
        "Maria K\n"
        "The fares were too low for years, to be honest, and the operators kept losing money "
        "on them.\n"
        "The buses are always late though, and the drivers are tired by the evening "
        "shift.\n"
        "Overall, a fair article, and thank you for it.\n"),
}


@pytest.mark.parametrize("name", list(KEPT_UNDER_THE_SHARE_ROW))
def test_the_pages_own_lines_under_its_share_row_are_left_alone(name: str) -> None:
    text = (MASTHEAD + _FARES + "Share: Facebook · X · Email\n"
            + KEPT_UNDER_THE_SHARE_ROW[name] + CHROME)
    assert _block_lines(text) == []


def test_a_cookie_banner_under_a_discussion_prompt_is_not_its_sign_off() -> None:
    page = MASTHEAD + _FARES + "Share: Facebook · X · Email\n"
    block = ("Questions for discussion\n"
             "1. Have the new fares changed the way you travel to work?\n"
             "2. Would you pay more for a faster bus to the terminal?\n"
             "Share your views in the comments below!\n")
    first = page.count("\n") + 1
    banner = "This website uses cookies to give you a better browsing experience.\nAccept\n"
    assert _block_lines(page + block + banner + "© 2026 Kessel Courier\n") == [
        (first, first + block.count("\n") - 1)]


def test_a_pages_own_faq_under_its_everything_you_need_to_know_title_is_left_alone() -> None:
    text = (MASTHEAD + "Harbour bus fares: everything you need to know\n"
            "How much does a single ticket cost now?\n"
            "A single ticket from the station to the terminal costs 2.40 euros.\n"
            "Where can I buy a weekly pass?\n"
            "Weekly passes are sold at the station kiosk and in the operator's app.\n"
            "Will the fares go up again this year?\n"
            "That depends on the price of diesel over the coming months.\n" + CHROME)
    assert _block_lines(text) == []


def test_a_fact_box_the_article_goes_on_under_is_the_articles_own() -> None:
    """Session 14's Polish fact box is the page's own when the article goes on under it
    (the reporter's quotes after the box)."""
    page, box, after = SESSION_FOURTEEN_BLOCKS[
        "a fact box under the share row whose items hold abbreviations (Polish)"]
    page = page.replace("Udostępnij\n12 komentarzy\n", "")
    more = ("– Remont był konieczny, bo nawierzchnia pękała w kilku miejscach naraz – mówi "
            "rzecznik zarządu dróg Piotr Nowak.\n"
            "Mieszkańcy Powiśla obawiają się korków, ale drogowcy obiecują, że objazdy będą "
            "dobrze oznakowane przez cały czas prac.\n")
    assert _block_lines(page + box + more + after) == []


#: Session 15's templates (blind84's misses), written anew: each (page, block, after).
#: A German news page's head and article (session 15's and 16's templates go under it).
_HEATING = ("Technikwelt\nNews Tests Ratgeber\n"
            "Stadtwerke stoppen Ausbau des Wärmenetzes in Nordstadt\n"
            "Die Stadtwerke haben den geplanten Ausbau des Wärmenetzes in der Nordstadt auf "
            "unbestimmte Zeit verschoben, wie ein Sprecher am Dienstag mitteilte.\n"
            "Als Grund nennt das Unternehmen die gestiegenen Kosten für Rohre und Tiefbau, "
            "die den Plan um fast ein Drittel verteuert hätten.\n"
            "Rund 900 Haushalte hatten bereits einen Vorvertrag unterschrieben und sollen nun "
            "per Brief informiert werden.\n"
            "Der Mieterbund kritisierte die Entscheidung und forderte eine schnelle Lösung für "
            "die betroffenen Haushalte.\n")

SESSION_FIFTEEN_BLOCKS = {
    "an interview whose heading ends on its word (Turkish)": (
        "Ege Postası\nGündem Ekonomi Spor\n"
        "Foça'ya yaz boyunca gece otobüsü çalışacak\n"
        "İzmir'den Foça'ya haziran başından itibaren her gece saat birde bir otobüs "
        "kalkacak ve sabaha kadar iki sefer daha yapılacak.\n"
        "Belediye, otobüslerde bisiklet taşıma yeri de olacağını ve biletlerin kartla "
        "ödenebileceğini açıkladı.\n"
        "Foça esnafı, gece seferlerinin turizm sezonunu uzatacağını umuyor ve kararı "
        "memnuniyetle karşıladı.\n"
        "Seferler eylül sonuna kadar sürecek, talep olursa kış aylarında da devam "
        "edebilecek.\n",
        "Gece Seferleri Üzerine Özel Röportaj\n"
        "Ayşe Demir: Gece otobüsü Foça için ne anlama geliyor?\n"
        "Mehmet Kaya: Bu hat, bölgemizde ulaşımın yeni bir dönemini başlatıyor.\n"
        "Ayşe Demir: Yolculara son olarak ne söylemek istersiniz?\n"
        "Mehmet Kaya: Herkesi bu yeni hizmeti denemeye davet ediyoruz!\n",
        "Yorumlar\n2 yorum\nİlgili Haberler\n© 2026 Ege Postası\n"),
    "questions under an FAQ heading that nobody answers, over the comments": (
        MASTHEAD + _FARES,
        "Frequently Asked Questions\n"
        "Will the fares go down again when diesel gets cheaper?\n"
        "Should the council pay for the harbour buses instead?\n"
        "Would you take the ferry to work if the bus costs more?\n",
        "Comments\n"
        "Harbourgirl: The bus is still cheaper than parking at the terminal, so I will keep "
        "taking it every day.\n"
        "Tom R.: Two euros forty for ten minutes is a lot, and the buses are late half the "
        "time anyway.\n"
        "© 2026 Kessel Courier\n"),
    "a glossary whose terms hold a zero-width non-joiner (Persian)": (
        "خانه سبز\nخانه | انرژی | آشپزخانه\n"
        "چگونه آبگرمکن خورشیدی بخریم\n"
        "آبگرمکن خورشیدی در بیشتر شهرهای ایران می‌تواند بخش بزرگی از آب گرم خانه را در "
        "تابستان تأمین کند.\n"
        "پیش از خرید باید مصرف روزانه آب گرم خانواده و جای مناسب روی بام را بسنجید.\n"
        "قیمت دستگاه‌های خانگی بسته به حجم مخزن و نوع لوله‌ها بسیار متفاوت است.\n"
        "نصب را به نصاب دارای مجوز بسپارید تا بیمه دستگاه معتبر بماند.\n"
        "اشتراک‌گذاری\n",
        "واژه‌نامه\n"
        "لوله خلأ: لوله‌ای شیشه‌ای که گرمای خورشید را نگه می‌دارد و به آب می‌دهد.\n"
        "مخزن‌دار: دستگاهی که آب گرم را برای شب در خود نگه می‌دارد.\n"
        "کلکتور تخت: صفحه‌ای فلزی که نور خورشید را به گرما تبدیل می‌کند.\n",
        "مطالب مرتبط\nدرباره ما | تماس با ما\n"),
    "a labelled news summary over calls to share and comment (Filipino)": (
        "Balitang Bayan\nBalita | Sports | Opinyon\n"
        "Bagong palengke sa Pasig, bukas na\n"
        "Binuksan nitong Lunes ang bagong pampublikong palengke sa Barangay Caniogan na may "
        "mahigit dalawang daang puwesto para sa mga lokal na tindero.\n"
        "Ayon sa lokal na pamahalaan, may sariling paradahan ang palengke at bukas ito mula "
        "alas-kuwatro ng umaga hanggang alas-otso ng gabi.\n"
        "Natuwa ang mga mamimili dahil mas malinis at mas maluwag ang bagong gusali kaysa "
        "sa dating palengke.\n",
        "Buod ng balita: Bukas na ang bagong palengke sa Pasig na may mahigit dalawang "
        "daang puwesto, sariling paradahan at mahabang oras ng pagbubukas para sa lahat.\n"
        "Nagustuhan mo ba ang balitang ito? I-share na sa iyong pamilya at mga kaibigan!\n"
        "Ano ang paborito mong bilhin sa palengke? I-comment na sa ibaba!\n",
        "Mga Komento\nMag-login para magkomento\n© 2026 Balitang Bayan\n"),
    "an interview whose heading holds a figure (Vietnamese)": (
        "Nhịp Sống\nThời sự | Giáo dục | Thể thao\n"
        "Hà Nội công bố lịch thi tốt nghiệp năm nay\n"
        "Sở Giáo dục thành phố cho biết kỳ thi sẽ diễn ra trong hai ngày cuối tháng sáu "
        "tại hơn một trăm điểm thi.\n"
        "Thí sinh cần có mặt tại phòng thi trước giờ làm bài ít nhất ba mươi phút và mang "
        "theo giấy tờ tùy thân.\n"
        "Năm nay số thí sinh đăng ký dự thi tăng khoảng năm phần trăm so với năm trước.\n"
        "Kết quả sẽ được công bố vào giữa tháng bảy trên cổng thông tin của Sở.\n",
        "Phỏng vấn chuyên gia về kỳ thi lớp 12 năm nay\n"
        "Phóng viên: Ông đánh giá thế nào về kỳ thi năm nay?\n"
        "Chuyên gia: Nhìn chung, kỳ thi được chuẩn bị chu đáo và đề thi bám sát chương "
        "trình.\n"
        "Phóng viên: Thí sinh nên chuẩn bị gì trong những ngày cuối?\n"
        "Chuyên gia: Quan trọng nhất là giữ sức khỏe và tâm lý thật thoải mái.\n"
        "Phóng viên: Xin cảm ơn chuyên gia về những chia sẻ hữu ích!\n",
        "Tin liên quan\nVề đầu trang\nLiên hệ quảng cáo | Điều khoản sử dụng\n"),
    "trivia questions above the readers' comments (Spanish)": (
        "La Cazuela\nRecetas | Trucos | Vídeos\n"
        "Fideuà de marisco en veinte minutos\n"
        "Sofríe el ajo y la ñora en la paella con un buen chorro de aceite y añade los "
        "fideos para que se tuesten un par de minutos.\n"
        "Incorpora el tomate rallado, remueve bien y vierte el caldo de pescado caliente "
        "con una pizca de sal.\n"
        "Reparte las gambas y los mejillones por encima y deja que el caldo se consuma a "
        "fuego medio.\n"
        "Sirve la fideuà con un poco de alioli y deja reposar tres minutos antes de "
        "comer.\n",
        "¿Sabías que...?\n"
        "¿Sabías que la fideuà nació en Gandia a principios del siglo pasado?\n"
        "¿Sabías que los fideos huecos ayudan a que la fideuà quede más crujiente?\n"
        "¿Sabías que el alioli es una de las salsas más antiguas del Mediterráneo?\n",
        "Comentarios\n"
        "Marta G.: La hice ayer para toda la familia y no sobró nada, muchas gracias por la "
        "receta.\n"
        "Pep_Gandia: En casa le ponemos también un poco de sepia y queda todavía mejor, "
        "probadlo.\n"
        "© 2026 La Cazuela\n"),
    "pros and contras under 'Pro und Contra' (German)": (
        _HEATING,
        "Pro und Contra: Unsere Einschätzung\n"
        "Pro: Die Stadtwerke vermeiden ein Projekt, das sich nicht rechnet.\n"
        "Pro: Niemand muss für einen Vorvertrag bezahlen.\n"
        "Contra: Die Haushalte müssen weiter mit Gas heizen.\n"
        "Contra: Das Vertrauen in die Wärmewende leidet.\n"
        "Fazit: Die Entscheidung ist nachvollziehbar, für die Haushalte aber bitter.\n",
        "Schlagwörter: Wärmenetz Nordstadt\nArtikel teilen\nImpressum Datenschutz\n"
        "© 2026 Technikwelt\n"),
    "a wrap-up of stock phrases, a sign-off and the team's signature": (
        MASTHEAD + _FARES,
        "In conclusion, the new fares are a powerful reminder of how quickly the cost of "
        "getting around the harbour is changing.\n"
        "Whether you ride the bus every day or only now and then, it's more important "
        "than ever to plan your journeys ahead.\n"
        "Stay safe, stay curious, and we'll see you at the terminal!\n"
        "— The Kessel Courier Team\n",
        "Tags: Buses, Fares\nShare this story\n" + CHROME),
}


SESSION_SIXTEEN_BLOCKS = {
    "a glossary under a Tamil heading ('சொற்களஞ்சியம்')": (
        "சுவை மலர்\nமுகப்பு சமையல் பயணம் தொடர்பு\n"
        "வீட்டிலேயே தேங்காய் சட்னி செய்வது எப்படி\n"
        "ஒரு கப் துருவிய தேங்காயுடன் இரண்டு பச்சை மிளகாய், சிறிது இஞ்சி மற்றும் உப்பு "
        "சேர்த்து மிக்ஸியில் அரைக்கவும்.\n"
        "அரைத்த கலவையில் கொஞ்சம் தண்ணீர் சேர்த்து கெட்டியான பதத்துக்குக் கொண்டு "
        "வரவும்.\n"
        "கடைசியாக எண்ணெயில் கடுகு, உளுத்தம் பருப்பு, கறிவேப்பிலை தாளித்து சட்னியில் "
        "கொட்டவும்.\n"
        "இந்தச் சட்னி இட்லி, தோசை இரண்டுக்கும் நன்றாகப் பொருந்தும், குளிர்சாதனப் "
        "பெட்டியில் ஒரு நாள் வரை வைத்திருக்கலாம்.\n",
        "சமையல் கலைச்சொற்கள்\n"
        "அரைத்தல்: பொருட்களை மிக்ஸியிலோ அம்மியிலோ நைசாக்கும் முறை.\n"
        "பதம்: ஒரு உணவு சரியான அடர்த்தியில் இருக்கும் நிலை.\n"
        "துருவல்: தேங்காய் போன்றவற்றைச் சிறு துகள்களாகச் சீவுதல்.\n"
        "தாளிப்பு: சூடான எண்ணெயில் மசாலாப் பொருட்களைப் பொரித்துச் சேர்க்கும் முறை.\n",
        "குறிச்சொற்கள்: சட்னி, காலை உணவு\nபகிர்க\n© 2026 சுவை மலர்\n"),
    "'Useful tips' over generic tips right under a how-to (Spanish)": (
        "Casa Práctica\nInicio Bricolaje Jardín Contacto\n"
        "Cómo purgar los radiadores antes del invierno\n"
        "Antes de encender la calefacción conviene purgar los radiadores para sacar el aire "
        "acumulado durante el verano.\n"
        "1. Apaga la caldera y espera a que los radiadores estén fríos.\n"
        "2. Coloca un trapo bajo la válvula y ábrela un cuarto de vuelta con la llave.\n"
        "3. Cierra la válvula en cuanto empiece a salir agua en lugar de aire.\n"
        "En nuestra casa tardamos media hora en purgar los seis radiadores y la caldera "
        "recuperó la presión sin problemas.\n",
        "Consejos útiles\n"
        "1. Revisa la presión de la caldera una vez al mes durante el invierno.\n"
        "2. Mantener los radiadores limpios mejora su rendimiento.\n"
        "3. No tapes los radiadores con muebles ni cortinas largas.\n"
        "4. Un técnico puede detectar averías antes de que sean graves.\n",
        "Comparte este artículo: Facebook · X · WhatsApp\nEtiquetas: calefacción, invierno\n"
        "© 2026 Casa Práctica\n"),
    "key insights 'from this interview' (Dutch)": (
        MASTHEAD + _FARES,
        "Belangrijkste inzichten uit dit interview\n"
        "• De busprijzen stijgen met een vijfde door de hogere dieselkosten.\n"
        "• De gemeente wil de ferry vaker laten varen in de zomer.\n"
        "• Pendelaars vrezen dat de nieuwe prijzen nog verder stijgen.\n",
        "Tags: Buses, Fares\nShare this story\n" + CHROME),
    "a summary under '総括' (Japanese)": (
        "ガジェット日和\nホーム レビュー ニュース\n"
        "静音キーボード「Hushkey K2」レビュー\n"
        "Hushkey K2は打鍵音を抑えた薄型のワイヤレスキーボードで、価格は税込8,980円です。\n"
        "一週間使ってみたところ、夜に家族が寝ている横でも気にならないほど静かでした。\n"
        "ただしキーの沈み込みは浅めなので、しっかりした打鍵感が好きな人には物足りないかも"
        "しれません。\n",
        "総括\n"
        "結論として、Hushkey K2は静かさを重視するユーザーにとって非常に魅力的な選択肢と"
        "言えるでしょう。\n"
        "もちろん、打鍵感など改善の余地もあります。\n"
        "キーボード選びに迷っている方は、ぜひ本記事を参考にしてください。\n",
        "関連記事\nマウスのおすすめ10選\n© 2026 ガジェット日和\n"),
    "questions for discussion and the call to comment (Albanian)": (
        "Lajmet e Qytetit\nKryefaqja Lajme Sport Kontakt\n"
        "Tirana hap parkun e ri buzë lumit\n"
        "Bashkia e Tiranës hapi të shtunën parkun e ri buzë lumit, me shtigje për këmbësorë "
        "dhe biçikleta.\n"
        "Parku ka mbi 400 pemë të reja dhe dy kënde lojërash për fëmijët e lagjes.\n"
        "Banorët thanë se parku u mungonte prej vitesh dhe se do ta përdorin çdo ditë.\n",
        "Pyetje për diskutim\n"
        "1. A mendoni se parqet e reja e ndryshojnë jetën e përditshme në qytet?\n"
        "2. Si mund të mbrohen hapësirat e gjelbra nga ndërtimet e reja?\n"
        "Ndani mendimet tuaja në komentet më poshtë!\n",
        "Komente\nShpërndaje: Facebook · X\n© 2026 Lajmet e Qytetit\n"),
    "an SEO heading, 'this article provides all the information you need', a call to "
    "share": (
        MASTHEAD + _FARES,
        "Kessel Bus Fares 2026: Everything You Need to Know\n"
        "The Kessel bus fare rise is one of the most talked-about local stories this week. "
        "If you are searching for Kessel news today or harbour transport updates, this "
        "article provides all the information you need.\n"
        "Public transport is a convenient and affordable way to get around the harbour, so "
        "keep checking back for the latest updates.\n"
        "Don't forget to share this news with your friends and family and drop your comments "
        "below.\n",
        "Tags: Buses, Fares\nShare this story\n" + CHROME),
    "'What experts say' over unnamed experts (German)": (
        _HEATING,
        "Was Experten sagen\n"
        "Experten sind sich einig, dass Wärmenetze für die Energiewende in Städten "
        "unverzichtbar sind.\n"
        "Viele Fachleute betonen zudem, wie wichtig eine klare Kommunikation mit den "
        "Haushalten ist.\n"
        "Letztlich, so die Experten, zahlt sich eine gründliche Planung langfristig aus.\n",
        "Schlagwörter: Wärmenetz Nordstadt\nArtikel teilen\nImpressum Datenschutz\n"
        "© 2026 Technikwelt\n"),
    "tips under a related box, closed by applying 'the tips above' (Indonesian)": (
        "Rumah Kita\nBeranda Dekorasi Resep Kontak\n"
        "Cara Menata Balkon Sempit agar Nyaman\n"
        "Balkon seluas dua meter persegi di apartemen Dewi kini menjadi tempat favorit "
        "keluarga untuk sarapan.\n"
        "Ia memasang rak tanaman di dinding dan memilih kursi lipat yang bisa disimpan "
        "di balik pintu setelah dipakai setiap pagi.\n"
        "\"Yang penting lantainya tetap lega dan mudah dibersihkan,\" kata Dewi sambil "
        "menunjukkan meja gantung buatan suaminya.\n"
        "Total biaya penataan balkon itu sekitar Rp2 juta, sebagian besar untuk rak dan "
        "lampu gantung.\n"
        "#balkon #dekorasirumah\nBagikan: WhatsApp | Facebook | X\nBaca Juga\n"
        "5 Tanaman Gantung yang Mudah Dirawat\nCara Memilih Kursi Lipat yang Awet\n",
        "Tips Tambahan untuk Menata Balkon\n"
        "1. Pilih perabot lipat agar balkon mudah dibersihkan.\n"
        "2. Gunakan tanaman gantung untuk menghemat ruang lantai.\n"
        "3. Pasang lampu kecil agar balkon tetap nyaman di malam hari.\n"
        "Dengan menerapkan tips di atas, balkon Anda akan terasa lebih lega dan nyaman!\n",
        "Ikuti Rumah Kita di Instagram dan TikTok\nBerlangganan\n"
        "© 2026 Rumah Kita\n"),
}


def test_a_reporters_last_paragraph_with_one_stock_phrase_is_the_articles() -> None:
    """"In conclusion," and "a reminder" in the reporter's own last paragraph, with no
    sign-off after it, is not session 15's wrap-up template."""
    last = ("In conclusion, the transport department said the new fares are a reminder "
            "that diesel prices drive the cost of every harbour route.\n")
    assert _block_lines(MASTHEAD + _FARES + last + CHROME) == []


def test_an_interview_the_article_goes_on_under_is_the_articles_own() -> None:
    """A Turkish heading ending on "Röportaj" heads the reporter's own interview when the
    article goes on under the dialogue."""
    page, block, after = SESSION_FIFTEEN_BLOCKS[
        "an interview whose heading ends on its word (Turkish)"]
    more = ("Belediye, ilk haftanın sonunda yolcu sayılarını açıklayacağını ve gerekirse "
            "sefer saatlerini değiştireceğini bildirdi.\n"
            "Gece otobüsünün bilet fiyatı gündüz seferleriyle aynı olacak ve aktarma "
            "indirimi de geçerli olacak.\n")
    assert _block_lines(page + block + more + after) == []


_JOB_AD = ("Jobbhavn\nStillinger Arbeidsgivere Logg inn\n"
           "Lagerleder, Kystfrukt AS, Molde\n"
           "Kystfrukt AS pakker og distribuerer frukt og grønt til butikker i hele Møre og "
           "Romsdal, og vi søker nå en lagerleder til vårt nye lager på Årø.\n"
           "Arbeidsoppgaver\nLede et team på tolv lagermedarbeidere\n"
           "Planlegge skift og bemanning i høysesongen\n"
           "Kvalifikasjoner\nErfaring fra lager eller logistikk\nTruckførerbevis\n"
           "Søknadsfrist: 1. mars\nSøk på stillingen\nLagre annonsen\nDel annonsen\n")
SESSION_SEVENTEEN_BLOCKS = {
    "'5 tips' for applicants under a job ad's share button, as many as it counts": (
        _JOB_AD,
        "5 tips til deg som søker jobb som lagerleder\n"
        "1. Les annonsen nøye og tilpass søknaden til stillingen.\n"
        "2. Fremhev erfaring og resultater som passer til jobben.\n"
        "3. Hold CV-en kort, ryddig og oppdatert.\n"
        "4. Forbered deg til intervjuet ved å lese om bedriften.\n"
        "5. Husk å følge opp søknaden etter en uke eller to!\n",
        "Lignende stillinger\nTruckfører, Molde Havn, Molde\n"
        "Om Jobbhavn · Personvern · Kontakt oss\n© 2026 Jobbhavn AS\n"),
    "'Important tips for …:' right under a news article (Arabic)": (
        "بوابة الدلتا\nالرئيسية أخبار محافظات رياضة\n"
        "أمطار غزيرة على الإسكندرية والبحيرة حتى مساء الثلاثاء\n"
        "تشهد محافظات الساحل الشمالي أمطارًا غزيرة تستمر حتى مساء الثلاثاء، مع انخفاض "
        "ملحوظ في درجات الحرارة.\n"
        "وقال مسؤول في هيئة الأرصاد إن كميات الأمطار قد تصل إلى 30 ملليمترًا في بعض "
        "المناطق الساحلية.\n"
        "وأعلنت المحافظة رفع درجة الاستعداد ونشر سيارات شفط المياه في الشوارع الرئيسية.\n"
        "وقررت مديرية التعليم تعليق الدراسة في مدارس غرب المدينة يوم الثلاثاء، على أن "
        "تستأنف الدراسة بشكل طبيعي يوم الأربعاء إذا تحسنت الأحوال الجوية.\n",
        "نصائح هامة للتعامل مع الأمطار الغزيرة:\n"
        "- تجنب السير بجوار أعمدة الإنارة والكابلات الكهربائية.\n"
        "- لا تترك سيارتك أسفل الأشجار أو اللافتات الكبيرة.\n"
        "- تابع النشرات الجوية باستمرار لمعرفة آخر المستجدات.\n",
        "#أمطار #الإسكندرية\nاقرأ أيضًا\nأضف تعليق\n"
        "جميع الحقوق محفوظة © 2026 بوابة الدلتا\n"),
    "'Important tips for …' right under a news article (English)": (
        MASTHEAD + "Heatwave to last until Thursday, forecasters say\n"
        "Temperatures in Kessel will reach 36C on Wednesday, the highest since records began "
        "at the harbour station in 1951.\n"
        "The council has opened three cool rooms in libraries across the city, and the ferry "
        "will run an extra evening service.\n"
        "Hospitals said they had seen more older patients with heat exhaustion than usual "
        "for the time of year.\n"
        "Forecasters expect thunderstorms to bring cooler air from the west on Friday.\n",
        "Important tips for staying safe in the heat\n"
        "- Drink plenty of water throughout the day, even if you are not thirsty.\n"
        "- Avoid direct sunlight during the hottest hours of the day.\n"
        "- Check on elderly neighbours and relatives regularly.\n",
        CHROME),
    "'Important tips' over tips and a question to the readers (Arabic)": (
        "بوابة الدلتا\nالرئيسية أخبار اقتصاد رياضة\n"
        "ارتفاع أسعار الأرز في أسواق طنطا بنسبة 10 بالمئة\n"
        "شهدت أسواق طنطا ارتفاعًا في أسعار الأرز خلال الأسبوع الماضي، ووصل سعر الكيلو إلى "
        "32 جنيهًا في بعض المحلات.\n"
        "وقال تاجر الجملة محمود سالم إن الزيادة ترجع إلى ارتفاع تكاليف النقل وقلة المعروض من "
        "المحصول الجديد.\n"
        "وأكدت مديرية التموين أنها ستكثف الحملات على الأسواق لضبط المخالفين ومراقبة "
        "الأسعار المعلنة.\n"
        "ويتوقع التجار أن تستقر الأسعار مع بدء توريد المحصول الجديد في الأسابيع المقبلة "
        "بحسب ما أعلنته وزارة الزراعة.\n",
        "نصائح مهمة قبل شراء الأرز\n"
        "1. قارن الأسعار بين أكثر من محل قبل الشراء.\n"
        "2. تأكد من تاريخ التعبئة المدون على العبوة.\n"
        "3. اشترِ الكمية التي تحتاجها فقط لتجنب التخزين الطويل.\n"
        "ما رأيك في ارتفاع أسعار الأرز؟ شاركنا رأيك في التعليقات.\n",
        "تابعونا على فيسبوك\nجميع الحقوق محفوظة © 2026 بوابة الدلتا\n"),
    # (the writer's name under the article, "Minh Tâm", is no heading of the block)
    "'Above is all the information about …', the keyword and 'don't forget' (Vietnamese)": (
        "Tin Nhanh Miền Tây\nTrang chủ Thời sự Kinh tế Nông sản\n"
        "Giá sầu riêng hôm nay giảm mạnh tại Tiền Giang\n"
        "Giá sầu riêng Ri6 tại vườn ở huyện Cai Lậy sáng nay chỉ còn khoảng 45.000 đồng/kg, "
        "giảm gần 20% so với tuần trước.\n"
        "Nhiều thương lái cho biết nguồn cung tăng mạnh khi vào chính vụ, trong khi đơn hàng "
        "xuất khẩu chậm lại.\n"
        "Ông Trần Văn Phúc, chủ vườn ở xã Ngũ Hiệp, nói gia đình phải bán sớm vì lo mưa "
        "lớn làm trái bị nứt.\n"
        "Ngành nông nghiệp tỉnh khuyến cáo nông dân liên kết với hợp tác xã để giữ giá bán "
        "ổn định trong những tháng tới.\n"
        "Minh Tâm\n",
        "Trên đây là toàn bộ thông tin về giá sầu riêng hôm nay mà chúng tôi muốn gửi đến "
        "bạn đọc.\n"
        "Nếu bạn đang tìm kiếm nơi mua sầu riêng ngon với giá sầu riêng tốt nhất, hãy tham "
        "khảo các bài viết khác của chúng tôi.\n"
        "Đừng quên theo dõi website để cập nhật giá sầu riêng mới nhất mỗi ngày nhé!\n",
        "Từ khóa: sầu riêng, Tiền Giang\nTin liên quan\n"
        "Bản quyền © 2026 Tin Nhanh Miền Tây\n"),
    "a summary heading over a Markdown table and 'hope it helped, like and share' (Thai)": (
        "ข่าวเหนือวันนี้\nหน้าแรก ข่าว ท่องเที่ยว เกษตร\n"
        "เทศกาลลำไยเชียงใหม่คึกคัก นักท่องเที่ยวแน่นงาน\n"
        "เทศกาลลำไยประจำปีที่อำเภอสารภีเปิดงานวันแรกเมื่อวานนี้ มีผู้เข้าร่วมงานมากกว่าห้าพัน"
        "คนตลอดทั้งวัน\n"
        "ภายในงานมีการประกวดลำไยคุณภาพ การแสดงพื้นบ้าน และตลาดสินค้าเกษตรจากชุมชนรอบ"
        "อำเภอ\n"
        "นายกเทศมนตรีกล่าวว่าปีนี้ผลผลิตลำไยดีกว่าปีที่แล้ว และราคารับซื้อหน้าสวนสูงขึ้นเล็ก"
        "น้อย\n"
        "งานจะจัดต่อเนื่องไปจนถึงวันอาทิตย์นี้ ตั้งแต่เวลาเก้าโมงเช้าจนถึงสามทุ่มทุกวัน\n",
        "สรุปข้อมูลสำคัญ\n"
        "| หัวข้อ | รายละเอียด |\n"
        "|---|---|\n"
        "| งาน | เทศกาลลำไยประจำปี |\n"
        "| สถานที่ | อำเภอสารภี จ.เชียงใหม่ |\n"
        "หวังว่าบทความนี้จะเป็นประโยชน์กับทุกคนนะคะ อย่าลืมกดไลก์กดแชร์ให้เพื่อน ๆ ด้วยนะคะ\n",
        "แชร์\nข่าวที่เกี่ยวข้อง\n© 2026 ข่าวเหนือวันนี้\n"),
    "an emoji-marked key summary over ticked points (Korean)": (
        "테크리뷰랩\n홈 리뷰 뉴스 가이드\n"
        "에어핏 프로 2 리뷰: 가벼워진 무선 이어폰\n"
        "에어핏 프로 2는 전작보다 무게가 15% 줄어 오래 착용해도 귀가 덜 아팠습니다.\n"
        "노이즈 캔슬링은 지하철 소음을 충분히 줄여 주었지만 바람 소리에는 약했습니다.\n"
        "배터리는 캔슬링을 켠 상태에서 약 7시간 버텨 제조사 발표와 비슷했습니다.\n"
        "가격은 정가 기준 19만 9천 원으로 경쟁 제품보다 조금 저렴한 편입니다.\n",
        "📌 핵심 요약\n"
        "✔️ 에어핏 프로 2는 가볍고 착용감이 뛰어난 제품입니다.\n"
        "✔️ 노이즈 캔슬링 성능은 일상에서 충분히 만족스럽습니다.\n"
        "✔️ 합리적인 가격으로 많은 소비자에게 좋은 선택이 될 수 있습니다.\n",
        "공유하기\n관련 리뷰\n© 2026 테크리뷰랩\n"),
    "a glossary under 'Słowniczek …' with its topic after a dash, closed by 'Dzięki "
    "znajomości tych pojęć …!'": (
        "Kibice24\nPiłka nożna · Siatkówka · Skoki · Więcej\n"
        "Kamil Lis wygrywa w Zakopanem przed własną publicznością\n"
        "Kamil Lis wygrał niedzielny konkurs Pucharu Tatr na Wielkiej Krokwi, skacząc 131 i "
        "134 metry.\n"
        "Drugie miejsce zajął Norweg Eirik Sand, który po pierwszej serii prowadził o dwa "
        "punkty.\n"
        "Organizatorzy musieli dwukrotnie przerywać konkurs z powodu silnego wiatru od "
        "strony Giewontu.\n"
        "Kolejne zawody cyklu odbędą się za dwa tygodnie w Szczyrku, o ile pozwoli na to "
        "pogoda.\n",
        "Słowniczek kibica – najważniejsze pojęcia\n"
        "Punkt K – punkt skoczni, od którego liczy się punkty za odległość.\n"
        "Belka startowa – miejsce, z którego zawodnik rozpoczyna najazd.\n"
        "Telemark – sposób lądowania, za który sędziowie dają wyższe noty.\n"
        "Dzięki znajomości tych pojęć każdy kibic lepiej zrozumie zawody!\n",
        "Zobacz galerię\nUdostępnij\n© 2026 Kibice24\n"),
    "'N tips' answering 'What does this mean for you?', closed by 'Applying these tips, "
    "…' (Romanian)": (
        "Știri Prahova\nAcasă Local Economie Sport\n"
        "Prețul gazelor crește cu 12% de la 1 noiembrie\n"
        "Furnizorul local a anunțat luni că prețul gazelor naturale pentru populație va "
        "crește cu 12% de la începutul lunii viitoare.\n"
        "Potrivit companiei, majorarea este cauzată de costurile mai mari de transport și de "
        "înmagazinare.\n"
        "Pentru o familie care consumă în medie 100 de metri cubi pe lună, factura va crește "
        "cu aproximativ 40 de lei.\n"
        "Consilierii locali au cerut o întâlnire cu reprezentanții furnizorului săptămâna "
        "viitoare, înainte ca noile prețuri să intre în vigoare.\n",
        "Ce înseamnă asta pentru tine? 3 sfaturi pentru a economisi gaz\n"
        "1. Verifică periodic centrala termică și garniturile ferestrelor.\n"
        "2. Scade temperatura cu un grad când nu ești acasă.\n"
        "3. Aerisește camerele scurt, dar de mai multe ori pe zi.\n"
        "Aplicând aceste sfaturi simple, vei reduce factura lunară și vei proteja mediul.\n",
        "Citește și:\nUrmărește-ne pe Facebook\n© 2026 Știri Prahova\n"),
    "lessons 'to glean from this news' over a list and a question to the readers "
    "(Tagalog)": (
        "Balitang Bayan\nBalita Probinsya Isports Opinyon\n"
        "Baha sa Marikina, humupa na matapos ang dalawang araw\n"
        "Humupa na ang baha sa ilang barangay sa Marikina matapos ang dalawang araw na "
        "malakas na ulan.\n"
        "Ayon sa lokal na pamahalaan, mahigit 2,000 pamilya ang pansamantalang lumikas sa "
        "mga paaralan at covered court.\n"
        "Nagpadala ang lungsod ng mga trak ng tubig at pagkain sa mga evacuation center "
        "mula pa noong Linggo.\n"
        "Inaasahang makakauwi na ang karamihan sa mga pamilya bago matapos ang linggo.\n",
        "Mga Aral na Mapupulot sa Balitang Ito\n"
        "1. Mahalaga ang maagang paglikas bago tumaas ang tubig.\n"
        "2. Malaki ang tulong ng bayanihan sa panahon ng sakuna.\n"
        "3. Laging makinig sa abiso ng mga lokal na awtoridad.\n"
        "Ikaw, handa ka na ba sa susunod na baha? Ibahagi ang iyong saloobin sa comment "
        "section sa ibaba!\n",
        "I-share sa Facebook\nMga Kaugnay na Balita\n© 2026 Balitang Bayan\n"),
    "trivia 'about' the dish under the recipe, its facts behind a pictograph (Italian)": (
        "Cucina di Nonna Rita\nHome Ricette Dolci Contatti\n"
        "Focaccia genovese alta e soffice\n"
        "Per una teglia da 30 x 40 cm servono 500 g di farina, 350 ml di acqua e 50 ml di "
        "olio extravergine.\n"
        "Impastate farina, acqua e lievito per dieci minuti, poi aggiungete il sale e metà "
        "dell'olio.\n"
        "Lasciate lievitare l'impasto per due ore, stendetelo nella teglia e fate le "
        "classiche fossette con le dita.\n"
        "Infornate a 230 °C per venti minuti, finché la superficie è dorata.\n",
        "Curiosità sulla focaccia genovese\n"
        "🥖 Lo sapevi? A Genova la focaccia si mangia a colazione inzuppata nel cappuccino.\n"
        "🥖 La focaccia è uno dei prodotti da forno più antichi della tradizione ligure.\n"
        "🥖 Preparare la focaccia in casa è un'attività che unisce tutta la famiglia.\n",
        "Condividi su Facebook\nRicette correlate\n© 2026 Cucina di Nonna Rita\n"),
    "'まとめ', 'いかがでしたか？…', points and '…、ぜひ…くださいね！' (Japanese)": (
        "旅ノート九州\nホーム 旅行記 グルメ お問い合わせ\n"
        "長崎・眼鏡橋の朝散歩コース\n"
        "朝6時半の眼鏡橋は人影もまばらで、川面に映る二つのアーチをゆっくり眺めることができました。\n"
        "中島川沿いの石畳を歩くと、いくつもの石橋が続き、地元の人が犬の散歩をしていました。\n"
        "近くの喫茶店「しおかぜ」は朝7時から営業していて、厚切りトーストのモーニングが650円です。\n"
        "8時を過ぎると観光客が増えてきたので、散歩は早めに切り上げるのがおすすめです。\n",
        "まとめ\n"
        "いかがでしたか？今回は長崎・眼鏡橋の朝散歩についてご紹介しました。\n"
        "・朝6時台なら混雑を避けてゆっくり歩ける\n"
        "・中島川沿いの石橋めぐりは写真映え抜群\n"
        "長崎旅行の際は、ぜひ早起きして朝の散歩を楽しんでみてくださいね！\n",
        "この記事をシェアする\n関連記事\n© 2026 旅ノート九州\n"),
}


def test_a_glossary_closing_needs_the_glossary_above_it() -> None:
    """"Dzięki znajomości tych pojęć …" closes a glossary the generator appended; under the
    article's own last paragraph it is the article's."""
    name = ("a glossary under 'Słowniczek …' with its topic after a dash, closed by 'Dzięki "
            "znajomości tych pojęć …!'")
    page, block, after = SESSION_SEVENTEEN_BLOCKS[name]
    closing = block.splitlines(keepends=True)[-1]
    assert _block_lines(page + closing + after) == []


def test_a_kitchens_own_tips_under_a_recipe_are_the_recipes() -> None:
    """Tips that name whose they are ("Tips from our kitchen:") are no stock heading of a
    generator's tips: the page's own section."""
    page, block, after = SESSION_SEVENTEEN_BLOCKS[
        "'Important tips for …' right under a news article (English)"]
    own = block.replace("Important tips for staying safe in the heat", "Tips from our kitchen:")
    assert _block_lines(page + own + after) == []


def test_a_list_under_a_job_ads_share_button_that_its_heading_does_not_count_is_the_ads() -> None:
    """Under a share button with no article of sentences above, only a heading that counts
    its items ("5 tips …" over five) marks the generator's list; a list of another length
    may be the ad's own."""
    page, block, after = SESSION_SEVENTEEN_BLOCKS[
        "'5 tips' for applicants under a job ad's share button, as many as it counts"]
    assert _block_lines(page + block.replace("5 tips", "7 tips", 1) + after) == []
    assert _block_lines(page + block.replace("5 tips", "Tips", 1) + after) == []


_FUTEBOL = ("Placar Popular\nFutebol | Série B | Mercado | Tabela\n"
            "Vila Serrana vence o Atlético do Vale e encosta no G-4\n"
            "O Vila Serrana venceu o Atlético do Vale por 2 a 0 neste sábado, no estádio "
            "Municipal, e chegou aos 38 pontos na tabela.\n"
            "Os gols saíram no segundo tempo, com o atacante Renan Lobo aos 12 minutos e o "
            "zagueiro Tiago Moura aos 41.\n"
            "O técnico Paulo Arruda elogiou a defesa, que não sofre gols há quatro rodadas, e "
            "disse que o grupo ainda pode melhorar.\n"
            "O time volta a campo na próxima terça-feira, contra o Santa Rita, fora de "
            "casa.\n")
_FUTEBOL_CHROME = ("Mais lidas\nSanta Rita demite treinador após goleada\n"
                   "© 2026 Placar Popular. Todos os direitos reservados.\n")
_SAUGER = ("Haushalt im Test\nTests | Ratgeber | Deals\n"
           "Akku-Staubsauger Lumo S8 im Test: stark auf Teppich, laut auf Fliesen\n"
           "Der Lumo S8 kostet 299 Euro und kommt mit drei Aufsätzen, einer Wandhalterung "
           "und einem Ersatzfilter.\n"
           "Auf Teppich zog er in unserem Test 94 Prozent des Testsands auf, auf Fliesen "
           "waren es 98 Prozent.\n"
           "Der Akku hielt in der kleinsten Stufe 41 Minuten, in der höchsten nur elf.\n"
           "Mit 78 Dezibel ist das Gerät lauter als die meisten Konkurrenten in dieser "
           "Preisklasse.\n")
_SAUGER_CHROME = "Mehr Tests\nImpressum | Datenschutz\n© 2026 Haushalt im Test\n"
_SLEEP_VI = ("Sống Khỏe\nTrang chủ | Dinh dưỡng | Giấc ngủ\n"
             "Vì sao người trẻ ngày càng khó ngủ?\n"
             "Một khảo sát tại ba bệnh viện cho thấy cứ mười người dưới 30 tuổi thì có bốn "
             "người ngủ ít hơn sáu tiếng mỗi đêm.\n"
             "Bác sĩ Lê Văn Hùng cho biết thói quen dùng điện thoại trên giường là nguyên "
             "nhân phổ biến nhất.\n"
             "Căng thẳng công việc và uống cà phê muộn trong ngày cũng khiến giấc ngủ đến "
             "chậm hơn.\n"
             "Bệnh viện sẽ mở phòng khám giấc ngủ vào tháng tới, tiếp nhận bệnh nhân vào "
             "sáng thứ Bảy.\n")
_SLEEP_VI_CHROME = "Bài viết liên quan\nĂn gì để ngủ ngon?\n© 2026 Sống Khỏe\n"
SESSION_EIGHTEEN_BLOCKS = {
    "'And you, fan?' over questions to the readers and a call to comment (Portuguese)": (
        _FUTEBOL,
        "E você, torcedor?\n"
        "O Vila Serrana tem fôlego para brigar pelo acesso até o fim?\n"
        "Quem foi o melhor jogador da partida na sua opinião?\n"
        "Comente abaixo e compartilhe com os amigos da arquibancada!\n",
        _FUTEBOL_CHROME),
    "'Share your opinion with us' over questions and a call to comment (Arabic)": (
        "بوابة المدينة\nالرئيسية أخبار محافظات\n"
        "افتتاح موقف جديد للحافلات في حي الزهور\n"
        "افتتح محافظ المدينة صباح اليوم موقفًا جديدًا للحافلات في حي الزهور يتسع لأربعين "
        "حافلة.\n"
        "وقال رئيس الحي إن الموقف سيخفف الزحام عن الشارع الرئيسي في ساعات الذروة.\n"
        "وأضاف أن الحافلات ستبدأ العمل من الموقف الجديد اعتبارًا من الأسبوع المقبل.\n"
        "ويضم الموقف مظلات للركاب ومكتبًا لبيع التذاكر ودورات مياه.\n",
        "شاركنا رأيك\n"
        "هل تعتقد أن الموقف الجديد سيحل أزمة الزحام في الحي؟\n"
        "وهل تفضل ركوب الحافلة أم سيارات الأجرة؟\n"
        "اكتب رأيك في التعليقات.\n",
        "جميع الحقوق محفوظة © 2026 بوابة المدينة\n"),
    "'Related questions' over questions with no answers (Portuguese)": (
        _FUTEBOL,
        "Perguntas relacionadas\n"
        "Quantos pontos o Vila Serrana tem na Série B?\n"
        "Quem é o artilheiro do Vila Serrana na temporada?\n"
        "Quando é o próximo jogo do Vila Serrana?\n"
        "Onde assistir ao jogo contra o Santa Rita?\n",
        _FUTEBOL_CHROME),
    "'You may also want to know' over questions with no answers (Chinese)": (
        "食在台中\n首頁 | 美食 | 旅遊\n台中第五市場的老字號麵攤\n"
        "這家麵攤在第五市場已經開了四十年，招牌是乾麵和餛飩湯。\n"
        "老闆每天清晨五點開始熬湯，賣完就收攤，通常中午前就沒了。\n"
        "乾麵一碗四十元，加滷蛋和豆干另外算，只收現金。\n"
        "第二代老闆說，店裡的醬汁配方從來沒有改過。\n",
        "你可能也想知道\n"
        "第五市場麵攤幾點開始營業？\n"
        "第五市場麵攤星期幾公休？\n"
        "第五市場附近哪裡可以停車？\n"
        "第五市場麵攤可以用行動支付嗎？\n",
        "回到頂端\n關於我們 | 聯絡我們\nCopyright © 2026 食在台中\n"),
    "'5 tips' over five tips and 'apply these tips right away' (Vietnamese)": (
        _SLEEP_VI,
        "5 mẹo giúp bạn dễ ngủ hơn\n"
        "1. Đi ngủ và thức dậy vào một giờ cố định mỗi ngày.\n"
        "2. Tắt điện thoại ít nhất ba mươi phút trước khi ngủ.\n"
        "3. Không uống cà phê sau hai giờ chiều.\n"
        "4. Giữ phòng ngủ mát, yên tĩnh và đủ tối.\n"
        "5. Đi bộ nhẹ nhàng mười lăm phút sau bữa tối.\n"
        "Hãy áp dụng ngay những mẹo trên để có giấc ngủ ngon mỗi đêm!\n",
        _SLEEP_VI_CHROME),
    "a glossary under a heading with a long topic after its colon (German)": (
        _SAUGER,
        "Glossar: Die wichtigsten Begriffe rund um Akku-Staubsauger\n"
        "Saugleistung: Die Kraft, mit der ein Gerät Schmutz vom Boden aufnimmt.\n"
        "Zyklonfilter: Ein Filter, der Staub durch einen Luftwirbel von der Luft trennt.\n"
        "Boost-Stufe: Die höchste Leistungsstufe, die den Akku am schnellsten leert.\n"
        "u.U.: Die Abkürzung für unter Umständen, also in manchen Fällen.\n"
        "Wandhalterung: Die Halterung, an der das Gerät lädt und Platz spart – sehr "
        "praktisch!\n",
        _SAUGER_CHROME),
    "'What stays in mind from the match', its points, 'Sonuç olarak …' and a question "
    "to the comments (Turkish)": (
        "Amatör Saha\nAnasayfa | Futbol | Basketbol\n"
        "Yeşilköyspor son dakikada güldü: 2-1\n"
        "Yeşilköyspor, Bölgesel Amatör Lig'in 9. haftasında sahasında Karadenizspor'u 2-1 "
        "yendi.\n"
        "Konuk ekip ilk yarıda Emre Taş'ın golüyle öne geçti, ev sahibi 70. dakikada "
        "Burak Yıldız ile beraberliği yakaladı.\n"
        "Galibiyet golünü 89. dakikada serbest vuruştan kaptan Onur Aksoy attı.\n"
        "Yeşilköyspor bu sonuçla puanını 19'a çıkardı ve üçüncü sıraya yükseldi.\n",
        "Maçtan akılda kalanlar\n"
        "1. Yeşilköyspor, geriye düştüğü maçta pes etmeyen bir oyun ortaya koydu.\n"
        "2. Kaptan Onur Aksoy, kritik anda sorumluluk alarak takımını sırtladı.\n"
        "3. Karadenizspor ise son dakikalarda konsantrasyonunu kaybetti.\n"
        "Sonuç olarak bu galibiyet, Yeşilköyspor'un şampiyonluk umutlarını tazeledi.\n"
        "Sizce Yeşilköyspor bu sezon ligi ilk üçte bitirebilir mi? Yorumlarda "
        "paylaşın!\n",
        "Haber Merkezi\n© 2026 Amatör Saha\n"),
    "a 'quick summary' of ✅ and ❌ points closed by 'Nhìn chung, …' and a call to share "
    "(Vietnamese)": (
        "Đồ Bền\nTrang chủ | Gia dụng | Âm thanh\n"
        "Đánh giá máy xay sinh tố Hanami B7: mạnh nhưng ồn\n"
        "Tôi dùng Hanami B7 ba tuần để xay sinh tố, làm sữa hạt và nghiền đá cho cả nhà.\n"
        "Máy xay đá rất nhanh, chỉ khoảng mười giây là mịn, nhưng tiếng ồn khá lớn vào "
        "buổi sáng.\n"
        "Cối thủy tinh dày và nặng, rửa dễ nhưng cần cẩn thận khi cầm bằng một tay.\n"
        "Giá bán hiện tại là 1.490.000 đồng, có bảo hành hai năm tại nhà.\n",
        "Tóm tắt nhanh\n"
        "✅ Xay đá nhanh và mịn\n"
        "✅ Cối thủy tinh dễ vệ sinh\n"
        "❌ Tiếng ồn lớn\n"
        "❌ Cối khá nặng\n"
        "Nhìn chung, đây là một lựa chọn đáng cân nhắc trong tầm giá. Bạn đang dùng máy xay "
        "nào? Hãy chia sẻ trong phần bình luận nhé!\n",
        "Bài viết liên quan\n© 2026 Đồ Bền\n"),
    "pros and cons closed by 'Insgesamt …' with no comma (German)": (
        _SAUGER,
        "Vor- und Nachteile im Überblick\n"
        "Vorteile:\n"
        "+ Starke Reinigung auf Teppichen\n"
        "+ Leichtes und handliches Gehäuse\n"
        "Nachteile:\n"
        "- Kurze Laufzeit in der höchsten Stufe\n"
        "- Deutlich hörbar auf harten Böden\n"
        "Insgesamt ein gelungenes Gerät für Haushalte mit viel Teppich, das seinen Preis "
        "wert ist.\n",
        _SAUGER_CHROME),
    "a topic's summary heading, a table and a wrap-up that urges (Chinese)": (
        "食在台中\n首頁 | 美食 | 旅遊\n台中第五市場的老字號麵攤\n"
        "這家麵攤在第五市場已經開了四十年，招牌是乾麵和餛飩湯。\n"
        "老闆每天清晨五點開始熬湯，賣完就收攤，通常中午前就沒了。\n"
        "乾麵一碗四十元，加滷蛋和豆干另外算，只收現金。\n"
        "第二代老闆說，店裡的醬汁配方從來沒有改過。\n",
        "老字號麵攤總整理\n"
        "| 項目 | 評價 |\n"
        "| 口味 | 醬香濃郁，麵條有嚼勁 |\n"
        "| 價格 | 平實親民 |\n"
        "| 推薦指數 | ★★★★☆ |\n"
        "總結來說，這家麵攤是第五市場的必吃老店，不管早餐還是午餐都很適合，快來嚐嚐看吧！\n",
        "回到頂端\n關於我們 | 聯絡我們\nCopyright © 2026 食在台中\n"),
    "'What does this mean for you (vos)?' closed by 'Mantenete informado: …' (Spanish)": (
        "Diario del Oeste\nPolítica | Economía | Sociedad\n"
        "El boleto de tren sube un 15% desde el lunes\n"
        "El pasaje mínimo del tren pasará de 300 a 345 pesos a partir del lunes, según "
        "informó la empresa operadora.\n"
        "La suba se aplicará en las tres líneas metropolitanas y alcanza también a los "
        "abonos mensuales.\n"
        "Los usuarios sin tarjeta registrada pagarán el doble de la tarifa en cada "
        "viaje.\n"
        "La empresa dijo que el aumento cubre el alza de la energía y los salarios.\n",
        "¿Qué significa esto para vos?\n"
        "Si viajás todos los días, el aumento se va a notar en tus gastos del mes.\n"
        "Registrar la tarjeta es la manera más simple de no pagar de más.\n"
        "Comparar el tren con el colectivo puede ayudarte a ahorrar algunos pesos.\n"
        "Mantenete informado: las tarifas podrían volver a cambiar este año.\n",
        "Más leídas\n© 2026 Diario del Oeste\n"),
}


def test_a_help_sites_two_related_questions_are_its_links_not_a_template() -> None:
    """A help site lists two other questions under "Perguntas relacionadas": its related
    links, not the generator's box (which asks three questions or more)."""
    page, block, after = SESSION_EIGHTEEN_BLOCKS[
        "'Related questions' over questions with no answers (Portuguese)"]
    assert _block_lines(page + "".join(block.splitlines(keepends=True)[:3]) + after) == []


def test_and_you_over_the_articles_own_paragraphs_is_the_articles() -> None:
    """"E você, torcedor?" over the columnist's own paragraphs, with no questions to the
    readers and no call to comment, is the article's subheading."""
    page, _, after = SESSION_EIGHTEEN_BLOCKS[
        "'And you, fan?' over questions to the readers and a call to comment (Portuguese)"]
    own = ("E você, torcedor?\n"
           "A torcida lotou o estádio pela terceira rodada seguida, e a diretoria promete "
           "ampliar a arquibancada norte até o fim do ano.\n"
           "O ingresso mais barato custa 30 reais e a meia-entrada vale para estudantes.\n")
    assert _block_lines(page + own + after) == []


def test_an_interviews_closing_question_sent_to_the_comments_joins_the_interview() -> None:
    """A question on the topic sent to the comments right under an appended interview
    ("… Conta pra gente nos comentários!") closes the same block."""
    block = BELOW_THE_ARTICLE["interviewer and speaker labels"]
    prompt = "So, can Tiszaparti stay up this season? Tell us in the comments!\n"
    first = MASTHEAD.count("\n") + _UNI_NEWS.count("\n") + 1
    assert _block_lines(MASTHEAD + _UNI_NEWS + block + prompt + CHROME) == [
        (first, first + block.count("\n"))]


_VOLLEY = ("Prairie Sports Wire\nScores | Football | Volleyball | Basketball\n"
           "Eagles sweep Hillcrest to clinch league title\n"
           "Senior hitter Mara Quist had 19 kills as the Eagles beat Hillcrest 25-18, 25-21, "
           "25-16 on Thursday night.\n"
           "Setter Lena Vos added 31 assists, and the Eagles held Hillcrest to a .112 attack "
           "percentage.\n"
           "\"We served tough and we passed well,\" coach Dana Fry said after the match.\n"
           "The Eagles open the regional tournament at home on Tuesday at 6 p.m.\n")
_VOLLEY_CHROME = ("Get the Wire Daily in your inbox\nSign up\nAbout | Contact | Advertise\n"
                  "© 2026 Prairie Sports Wire LLC. All rights reserved.\n")
_GOROD = ("Городские вести\nНовости | Общество | Транспорт | Культура\n"
          "На набережной пройдёт фестиваль уличной еды\n"
          "В субботу и воскресенье на Нижней набережной пройдёт фестиваль уличной еды, "
          "сообщили в мэрии.\n"
          "Участие подтвердили сорок кафе и пекарен, работать они будут с 11:00 до 22:00.\n"
          "На время фестиваля набережную закроют для машин, автобусы пойдут в объезд.\n"
          "Вход свободный, для детей подготовят мастер-классы и площадку с играми.\n")
_GOROD_CHROME = ("Читайте также\nГде отключат горячую воду в июне\n"
                 "© 2026 «Городские вести». Все права защищены.\n")
_KITCHEN_JA = ("ひだまり台所\nレシピ | 暮らし | 道具\nお弁当箱の選び方\n"
               "毎日のお弁当作りで、意外と大切なのがお弁当箱選びです。\n"
               "今回は素材や容量など、選ぶときに見ておきたい点を紹介します。\n"
               "ステンレスは匂いが移りにくく、木製は見た目が温かいのが魅力です。\n"
               "容量は年齢や食べる量に合わせて選ぶと、残さず食べられます。\n")
_KITCHEN_JA_CHROME = "関連記事\n作り置きおかず10品\n© 2026 ひだまり台所\n"
SESSION_EIGHTEEN_LATE_BLOCKS = {
    "'Key Takeaways' over four plain sentences, the newsletter's pitch under them": (
        _VOLLEY,
        "Key Takeaways\n"
        "Mara Quist continues to establish herself as one of the most dangerous hitters in "
        "the league.\n"
        "The Eagles' serving put constant pressure on Hillcrest's passers.\n"
        "A balanced attack makes the Eagles a difficult matchup for any opponent.\n"
        "Home support could prove to be a key factor in the regional tournament.\n",
        "The Wire Weekly: one email every Saturday, no spam.\n" + _VOLLEY_CHROME),
    "'Join the Conversation' over questions and a call to comment": (
        _VOLLEY,
        "Join the Conversation\n"
        "Can the Eagles make a deep run at regionals this year?\n"
        "Who has been the league's most valuable player so far?\n"
        "Let us know your thoughts in the comments below and share this with fellow fans!\n",
        _VOLLEY_CHROME),
    "'What this means for residents' over plain advice and 'follow the news' (Russian)": (
        _GOROD,
        "Что это значит для жителей\n"
        "Фестиваль — хорошая возможность провести выходные с семьёй в центре города.\n"
        "Жителям набережной рекомендуется заранее убрать машины со двора.\n"
        "Пассажирам стоит учитывать изменения в движении автобусов.\n"
        "Следите за новостями, чтобы быть в курсе всех изменений в вашем районе.\n",
        _GOROD_CHROME),
    "'Summing up', 'Таким образом, …' and 'Don't miss the chance …!' (Russian)": (
        _GOROD,
        "Подводя итоги\n"
        "Таким образом, фестиваль станет отличной возможностью провести выходные с "
        "пользой.\n"
        "Вкусная еда и яркие впечатления никого не оставят равнодушным.\n"
        "Не упустите шанс стать частью праздника — ждём всех на набережной!\n",
        _GOROD_CHROME),
    "five unbulleted tips under a heading that counts them, below one-network share "
    "buttons (Romanian)": (
        "Casa Practică\nAcasă | Renovare | Grădină\n"
        "Cum alegi un boiler electric pentru apartament\n"
        "Un boiler de 80 de litri ajunge pentru o familie de trei persoane, spune "
        "instalatorul Mihai Dobre.\n"
        "Modelele cu rezistență ceramică costă mai mult, dar se depun mai greu pe ele "
        "calcarul și mizeria.\n"
        "Prețurile pornesc de la 700 de lei, la care se adaugă montajul, de circa 250 de "
        "lei.\n"
        "Mihai Dobre recomandă golirea și curățarea boilerului o dată la doi ani.\n"
        "Distribuie pe Facebook\nDistribuie pe WhatsApp\n",
        "5 sfaturi utile pentru alegerea boilerului\n"
        "Calculează necesarul de apă caldă al familiei înainte de a cumpăra.\n"
        "Alege un model cu izolație groasă pentru a pierde mai puțină căldură.\n"
        "Verifică dacă producătorul oferă service în orașul tău.\n"
        "Compară mai multe oferte înainte de a lua o decizie.\n"
        "Nu uita de curățarea periodică, esențială pentru un boiler durabil.\n",
        "Articole similare\nCum aerisești caloriferele\n© 2026 Casa Practică\n"),
    "a summary table's heading, rows without outer bars and 'let's …!' (Japanese)": (
        _KITCHEN_JA,
        "この記事のまとめ表\n"
        "項目 | ポイント\n"
        "素材 | 用途に合わせて選ぶのがおすすめです\n"
        "容量 | 年齢や食べる量に合わせることが大切です\n"
        "お手入れ | 食洗機に対応しているかも確認しましょう\n"
        "自分にぴったりのお弁当箱で、毎日のお弁当作りをもっと楽しくしましょう！\n",
        _KITCHEN_JA_CHROME),
    "'Tabla resumen', rows without outer bars and 'Sin duda, …' (Spanish)": (
        "Antojo Urbano\nInicio | Dónde comer | Recetas\n"
        "Dónde comer pozole en la colonia Roma\n"
        "La Roma tiene al menos una docena de pozolerías, de las de toda la vida y de las "
        "nuevas.\n"
        "Probamos seis durante dos semanas y nos quedamos con tres por su caldo y su "
        "precio.\n"
        "En todas el plato grande ronda los 150 pesos y las tostadas se cobran aparte.\n"
        "Los jueves hay más gente, así que conviene llegar antes de las dos de la tarde.\n",
        "Tabla resumen\n"
        "Lugar | Precio aproximado | Ideal para\n"
        "Pozolería La Güera | $$ | Comer con amigos\n"
        "El Rincón de Tixtla | $ | Un antojo rápido\n"
        "Sin duda, la Roma es uno de los mejores barrios de la ciudad para disfrutar de un "
        "buen pozole.\n",
        "Te puede interesar\nLos mejores tamales del centro\n© 2026 Antojo Urbano\n"),
    "an FAQ heading with '（FAQ）' in full-width brackets (Japanese)": (
        _KITCHEN_JA,
        "よくある質問（FAQ）\n"
        "Q. 木製のお弁当箱は食洗機で洗えますか？\n"
        "A. いいえ、洗えません。手洗いしてよく乾かしてください。\n"
        "Q. 子ども用はどのくらいの容量がいいですか？\n"
        "A. 年齢によりますが、幼児なら300〜400mlが目安です。\n",
        _KITCHEN_JA_CHROME),
    "a glossary with a term that opens with a figure ('5G – …') (Polish)": (
        "Zworka\nNewsy | Smartfony | Sieci\n"
        "Operatorzy dostaną nowe częstotliwości dla 5G\n"
        "Urząd przeprowadzi w czerwcu aukcję pasma 3,8 GHz, w której wystartują czterej "
        "operatorzy.\n"
        "Cena wywoławcza każdego bloku wyniesie 180 mln zł, a zwycięzcy dostaną pasmo na "
        "piętnaście lat.\n"
        "Operatorzy muszą w zamian zbudować sieć w stu gminach bez szybkiego internetu.\n"
        "Wyniki aukcji mają być znane jesienią.\n",
        "Słowniczek pojęć\n"
        "Pasmo – zakres fal radiowych używany do przesyłania danych bez kabli.\n"
        "5G – piąta generacja sieci komórkowych, szybsza od poprzednich.\n"
        "Aukcja – procedura, w której operatorzy rywalizują o prawo do pasma.\n"
        "Cena wywoławcza – najniższa kwota, od której zaczyna się licytacja.\n",
        "Tagi: 5G, aukcja\n© 2026 Zworka Media\n"),
    "quick tips with check marks ending the page (Spanish)": (
        "Mochila Ligera\nDestinos | Rutas | Consejos\n"
        "Tres días en la nieve de Candanchú\n"
        "Llegamos un viernes por la tarde y la carretera ya tenía nieve en los últimos "
        "kilómetros.\n"
        "El forfait de día cuesta 45 euros y el alquiler de esquís unos 25 más.\n"
        "Dormimos en un albergue del pueblo por 30 euros la noche con desayuno.\n"
        "El domingo cerraron las pistas altas por el viento y bajamos a pasear por el "
        "valle.\n"
        "© 2026 Mochila Ligera\n",
        "Consejos rápidos para tu escapada\n"
        "✔ Consulta el parte de nieve antes de salir y lleva cadenas.\n"
        "✔ Reserva el alojamiento con antelación en los puentes.\n"
        "✔ Viste por capas: en la montaña el tiempo cambia rápido.\n"
        "✔ Y, sobre todo, ¡disfruta del viaje!\n",
        ""),
    "'And what do you think?' over a question and a call to comment (Ukrainian)": (
        "Полтава Інфо\nНовини | Місто | Культура\n"
        "У парку відкрили вуличну бібліотеку\n"
        "У Корпусному парку встановили шафу з книжками, які можна брати безкоштовно.\n"
        "Ідея належить студентам місцевого університету, книжки принесли самі мешканці.\n"
        "За перший тиждень люди взяли понад двісті книжок і принесли ще більше.\n"
        "Організатори планують поставити ще дві такі шафи до кінця літа.\n",
        "А як вважаєте ви?\n"
        "Чи потрібні, на вашу думку, такі бібліотеки в кожному парку?\n"
        "Діліться своєю думкою в коментарях — для нас важлива думка кожного читача!\n",
        "Редакція | Реклама | Контакти\n© 2026 Полтава Інфо\n"),
}


def test_a_menu_row_under_an_appended_block_is_no_table_row() -> None:
    """Rows without outer bars count as a table's only under a summary table's heading:
    the site's menu row under an appended block stays out of it."""
    page, block, after = SESSION_EIGHTEEN_LATE_BLOCKS[
        "'Tabla resumen', rows without outer bars and 'Sin duda, …' (Spanish)"]
    first = page.count("\n") + 1
    found = _block_lines(page + block + "Inicio | Dónde comer | Recetas | Contacto\n" + after)
    assert found == [(first, first + block.count("\n") - 1)]


SESSION_BLOCKS = [(session, name, parts) for session, blocks in
                  (("11", SESSION_ELEVEN_BLOCKS), ("12", SESSION_TWELVE_BLOCKS),
                   ("13", SESSION_THIRTEEN_BLOCKS), ("14", SESSION_FOURTEEN_BLOCKS),
                   ("15", SESSION_FIFTEEN_BLOCKS), ("16", SESSION_SIXTEEN_BLOCKS),
                   ("17", SESSION_SEVENTEEN_BLOCKS), ("18", SESSION_EIGHTEEN_BLOCKS),
                   ("18", SESSION_EIGHTEEN_LATE_BLOCKS))
                  for name, parts in blocks.items()]


@pytest.mark.parametrize(("session", "name", "parts"), SESSION_BLOCKS,
                         ids=[f"{session}: {name}" for session, name, _ in SESSION_BLOCKS])
def test_session_blocks_found_over_exactly_their_lines(
        session: str, name: str, parts: tuple[str, str, str]) -> None:
    page, block, after = parts
    first = page.count("\n") + 1
    assert _block_lines(page + block + after) == [(first, first + block.count("\n") - 1)]


def test_an_interviewers_question_on_its_label_that_repeats_the_headline_is_the_pages() -> None:
    """A question on the interviewer's "P." label, asked as the ones above it were, goes on
    with the page's own interview, though it repeats the headline's words."""
    page = ("La Gaceta del Puerto\nPortada Local Opinión Deportes\nEntrevista\n"
            "Andrés Soler, último calafate de Burriana: \"Un casco bien calafateado aguanta "
            "medio siglo\"\n"
            "A sus 68 años sigue sellando las juntas de las barcas de madera del puerto\n"
            "Andrés Soler, en su taller del puerto, con un mazo de calafatear en la mano.\n"
            "Andrés Soler aprendió el oficio de su padre en la playa de Burriana y hoy es el "
            "único calafate que queda entre Vinaròs y Sagunto.\n"
            "P. ¿Cuántas barcas ha calafateado en su vida?\n"
            "R. Cientos. Antes había treinta barcas de madera en el puerto y ahora quedan "
            "cuatro.\n"
            "P. ¿Por qué nadie ha seguido con el oficio?\n"
            "R. Porque es un trabajo lento y mal pagado, y los barcos nuevos son de fibra.\n"
            "P. ¿Ha intentado enseñar a alguien?\n"
            "R. A un sobrino, pero se marchó a trabajar a Castellón. Aprendía rápido, eso sí, "
            "y tenía buenas manos.\n"
            "P. ¿Cuánto aguanta un casco bien calafateado?\n"
            "R. Que no se vea la junta. Si el dueño lo cuida, un casco bien calafateado "
            "aguanta medio siglo.\n"
            "P. ¿Qué pasará cuando usted se jubile?\n"
            "R. Que las pocas barcas de madera que quedan irán a Valencia a repararse.\n"
            "Relacionadas\nSé el primero en comentar\n© 2025 La Gaceta del Puerto\n")
    assert _block_lines(page) == []


def test_useful_tips_the_article_goes_on_under_are_its_own() -> None:
    """A "Consejos útiles" list with the writer's paragraphs going on under it is the
    how-to's own section, not the appended template."""
    page, block, after = SESSION_SIXTEEN_BLOCKS[
        "'Useful tips' over generic tips right under a how-to (Spanish)"]
    more = ("Si después de purgar los radiadores alguno sigue frío, lo más probable es que la "
            "bomba de la caldera no tenga fuerza suficiente.\n"
            "En ese caso llamamos al técnico, que cambió la bomba en una hora y nos cobró "
            "ochenta euros por la pieza y el trabajo.\n")
    assert _block_lines(page + block + more + after) == []


def test_a_reporters_named_and_quoted_experts_are_the_articles() -> None:
    """Under "Was Experten sagen" a reporter quotes experts by name: the article's own
    section, not the generator's."""
    page, _, after = SESSION_SIXTEEN_BLOCKS["'What experts say' over unnamed experts (German)"]
    section = ("Was Experten sagen\n"
               "\"Ohne Wärmenetze wird die Wende in den Städten nicht gelingen\", sagt die "
               "Energieexpertin Anna Vogt von der Hochschule Leipzig.\n"
               "Der Experte Jonas Brandt hält die Verschiebung dagegen für vernünftig: \"Lieber "
               "spät als zu teuer.\"\n")
    assert _block_lines(page + section + after) == []


def test_a_stock_seo_sentence_is_named_as_one_in_the_message() -> None:
    """The message says what made the line SEO copy: a stock sentence is not "a paragraph
    repeating a phrase of the title"."""
    stock = ("Bus travel is popular in many cities around the world. If you are searching for "
             "timetables or travel tips, this article provides all the information you need.\n")
    (finding,) = RULES[0].check(Document.from_text(MASTHEAD + _FARES + stock + CHROME))
    assert "stock SEO sentence" in finding.message
    assert "repeating a phrase of the title" not in finding.message


def test_a_reporter_addressing_a_reader_looking_for_something_is_no_seo_copy() -> None:
    """"If you are looking for …" in the reporter's own advice, with no "this article"
    answering it, is the article's sentence."""
    last = ("If you are looking for a cheaper way across the harbour, the council says the "
            "ferry's monthly pass now costs less than ten single bus tickets.\n")
    assert _block_lines(MASTHEAD + _FARES + last + CHROME) == []


_NOTICE = ("Northfield College\nHome > Students > Notices\nLog in | Register\n"
           "Course change period for the spring term\n"
           "Posted by Registry Office\nPosted 2026-01-12\n"
           "Students may add or drop courses during the change period set out below.\n"
           "1. Period: 19 January, 10:00 to 21 January, 17:00\n"
           "2. Who: all enrolled students (not students on leave)\n"
           "3. How: Student Portal > Courses > Change request\n"
           "No changes can be made after the period ends, whatever the reason.\n"
           "Students in cancelled courses may apply from 9:00 on the first day.\n")
_NOTICE_FAQ = ("Frequently asked questions\n"
               "Q. What happens to a cancelled course?\n"
               "A. Students in a cancelled course are told by text message on 16 January and "
               "may choose another course.\n"
               "Q. Can I retake a course in the change period?\n"
               "A. Yes. The grade of a retaken course is capped at B+.\n")
_NOTICE_END = "Back to list\nPrivacy policy | Find us\n© 2026 Northfield College\n"


def test_a_notices_own_faq_closed_by_its_offices_contact_stays() -> None:
    """A notice's FAQ followed by the issuing office's contact line ("Contact: Registry
    Office (01 234 5678)") is the notice's own; the same questions with nothing but the
    site's chrome under them read as an appended FAQ."""
    contact = "Contact: Registry Office (01 234 5678)\n"
    assert _block_lines(_NOTICE + _NOTICE_FAQ + contact + _NOTICE_END) == []
    first = _NOTICE.count("\n") + 1
    assert _block_lines(_NOTICE + _NOTICE_FAQ + _NOTICE_END) == [
        (first, first + _NOTICE_FAQ.count("\n") - 1)]


def test_a_related_links_label_under_takeaways_is_not_their_closing() -> None:
    """"Don't miss these stories from …:" heads the site's related links: it urges no
    reader on, so it neither closes the takeaways above nor joins their block."""
    page, block, _ = SESSION_EIGHTEEN_LATE_BLOCKS[
        "'Key Takeaways' over four plain sentences, the newsletter's pitch under them"]
    first = page.count("\n") + 1
    after = ("Don't miss these stories from the Wire:\nHillcrest coach steps down\n"
             + _VOLLEY_CHROME)
    assert _block_lines(page + block + after) == [(first, first + block.count("\n") - 1)]


def test_a_reports_own_whats_next_with_a_long_last_line_stays() -> None:
    """A campus report's own "What's next": three short plans and a longer sentence on
    where to find the project. Long points are read as a summary's only under a takeaways
    heading, so this is not four plain items of a generator's section."""
    own = ("What's next\n"
           "Digitize the remaining reels stored in the library basement.\n"
           "Add the printed programme guides from the station's first decades.\n"
           "Open the tool's code so other college stations can use it.\n"
           "The archive is online now, and the team is looking for volunteers to help "
           "check captions this spring.\n")
    assert _block_lines(_VOLLEY + own + _VOLLEY_CHROME) == []


@pytest.mark.parametrize("blurb", [
    "About the Author\nJordan Pike is a passionate sports writer with over 10 years of "
    "experience covering high-school volleyball across the state.\nJordan's goal is to "
    "bring readers accurate, up-to-date coverage of every match.\n",
    "Om författaren\nKarin är en passionerad idrottsjournalist med många års erfarenhet "
    "av volleyboll på alla nivåer.\n",
    "Về tác giả\nLê Minh Thư là chuyên gia dinh dưỡng với hơn 8 năm kinh nghiệm trong lĩnh "
    "vực chăm sóc sức khỏe gia đình.\nVới niềm đam mê ăn uống lành mạnh, chị luôn mong muốn "
    "mang đến cho độc giả những kiến thức hữu ích.\n",
])
def test_a_machine_written_author_blurb_is_reported(blurb: str) -> None:
    """An "About the author" heading over claims a generator makes for its writer (an
    expert, years of experience, passion, accurate and useful content) is appended text."""
    first = _VOLLEY.count("\n") + 1
    assert _block_lines(_VOLLEY + blurb + _VOLLEY_CHROME) == [
        (first, first + blurb.count("\n") - 1)]


def test_a_contributors_real_note_stays() -> None:
    """A contributor's note that says who the writer is and what they do, and claims
    nothing for them, is the page's own."""
    note = ("About the Author\nDana Fry coached volleyball at Hillcrest High School for "
            "twenty-two years and now teaches history there.\n")
    assert _block_lines(_VOLLEY + note + _VOLLEY_CHROME) == []


def test_a_stock_sections_bullets_right_above_a_block_that_fires_join_it() -> None:
    """"What this means for families" and its bulleted points right above a closing that
    fires on its own ("The Bottom Line" / "Overall, …" / a question to the readers) are
    the same appended block; alone, such a section could be the article's."""
    section = ("What This Means for Hillcrest Families\n"
               "- Players can now train in the gym all winter.\n"
               "- Parents may find the new schedule easier to plan around.\n")
    closing = ("The Bottom Line\n"
               "Overall, the new gym hours are a positive step for the whole program.\n"
               "What do you think about the new hours? Share your thoughts in the comments "
               "below.\n")
    first = _VOLLEY.count("\n") + 1
    assert _block_lines(_VOLLEY + section + closing + _VOLLEY_CHROME) == [
        (first, first + section.count("\n") + closing.count("\n") - 1)]
    assert _block_lines(_VOLLEY + section + _VOLLEY_CHROME) == []


# -- a product page's own FAQ (session 22) -------------------------------------------------

_SHOP_HEAD = (
    "Banig tote bag with leather handle, sea blue\n"
    "{price}"
    "Woven by hand in a small town in Samar from sun-dried tikog, dyed blue and white, and "
    "lined with cotton that has a pocket inside.\n"
    "Size: 40 cm x 35 cm x 12 cm. It carries a laptop of up to 14 inches in its main "
    "compartment.\n"
    "Keep it away from long soaking; wipe it with a dry cloth when it gets dusty or wet.\n"
    "Each bag is signed by the weaver who made it and numbered by the workshop.\n"
)
_SHOP_FAQ = (
    "Frequently asked questions\n"
    "How long does delivery take?\n"
    "Two to four days in Metro Manila, five to eight days in the provinces.\n"
    "Can I return it if it is damaged?\n"
    "Yes. Send us a photo within seven days of receiving the item and we replace it free.\n"
    "Do you accept cash on delivery?\n"
    "Yes, for orders of up to 5,000 pesos.\n"
)


def test_a_product_pages_own_three_question_faq_is_content() -> None:
    # the price alone on its line makes the page a shop's product page, whose three
    # answers on delivery, returns and payment tell the buyer what to do
    text = _SHOP_HEAD.format(price="₱1,450.00\n") + _SHOP_FAQ
    assert _block_lines(text) == []


def test_the_same_faq_without_a_price_line_is_still_reported() -> None:
    text = _SHOP_HEAD.format(price="") + _SHOP_FAQ
    first = _SHOP_HEAD.format(price="").count("\n") + 1
    assert _block_lines(text) == [(first, text.count("\n"))]


# -- a wrap-up closing the text without a heading (session 23) ------------------------------

_TRAM = (
    "Tram extension to Gilly postponed again\n"
    "The regional transport company confirmed on Tuesday that the light metro will not reach "
    "Gilly before the end of the decade.\n"
    "Engineers found that the old tunnel under the railway needs more work than the first "
    "survey had shown last spring.\n"
    "Shopkeepers along the planned route said the news was hard to hear after years of "
    "roadworks outside their doors.\n"
    "The mayor asked the region to publish the new timetable for the works before the "
    "council meets again in the autumn.\n"
    "Residents of the district can still take the replacement bus, which runs every quarter "
    "of an hour during the day.\n"
)
_TRAM_WRAP_UP = (
    "En conclusion, le report du prolongement illustre les défis complexes des grands "
    "projets d'infrastructure urbaine.\n"
    "Ce dossier rappelle aussi l'importance d'une communication transparente entre les "
    "autorités et les habitants.\n"
    "Une chose est sûre : l'avenir de la mobilité se construit aujourd'hui, et chacun a un "
    "rôle à jouer.\n"
)
_TRAM_CHROME = "Partager : Facebook | X | WhatsApp\nÀ propos | Contact | Mentions légales\n"


def test_a_wrap_up_run_closing_the_text_without_a_heading_is_reported() -> None:
    """"En conclusion, …" and the paragraphs under it, with only the page's chrome below
    them: the generator's closing, though no heading announces it."""
    text = _TRAM + _TRAM_WRAP_UP + _TRAM_CHROME
    first = _TRAM.count("\n") + 1
    assert _block_lines(text) == [(first, first + _TRAM_WRAP_UP.count("\n") - 1)]


@pytest.mark.parametrize("change", [
    ("En conclusion, le report", "En conclusion : le report"),  # an author's own summary
    ("des grands projets", "des 12 grands projets"),  # a figure: the author's own facts
    ("Tram extension to Gilly", "Opinion: Tram extension to Gilly"),  # a columnist's
])
def test_a_wrap_up_run_an_author_could_write_stays(change: tuple[str, str]) -> None:
    text = _TRAM + _TRAM_WRAP_UP + _TRAM_CHROME
    assert change[0] in text and _block_lines(text) != []  # (as the generator leaves it)
    assert _block_lines(text.replace(*change)) == []


def test_a_wrap_up_run_needs_an_article_above_it() -> None:
    short = "".join(_TRAM.splitlines(keepends=True)[:3])
    assert _block_lines(short + _TRAM_WRAP_UP + _TRAM_CHROME) == []


# -- unnamed experts closing the text (session 23) -----------------------------------------

_DESALINATION = (
    "شركة ناشئة قطرية تشغّل أول وحدة تحلية بالطاقة الشمسية في الوكرة\n"
    "بدأت شركة واحة للمياه تشغيل وحدتها الأولى لتحلية مياه البحر بالطاقة الشمسية في الوكرة هذا "
    "الأسبوع.\n"
    "وتنتج الوحدة ما يكفي من المياه العذبة لنحو مئتي أسرة يومياً بحسب الشركة.\n"
    "وقالت المديرة التنفيذية إن الشركة تخطط لتشغيل عشر وحدات أخرى قبل نهاية العام المقبل.\n"
)
_EXPERTS_AR = (
    "رأي الخبراء\n"
    "يرى محللون اقتصاديون أن توجه شركات التحلية نحو الطاقة الشمسية يمثل نقلة نوعية في القطاع.\n"
    "ويقول أحد الخبراء في مجال الطاقة: \"إن الاستثمار في الحلول المستدامة أصبح ضرورة.\"\n"
    "ويتفق الخبراء على أن المستقبل يحمل فرصاً واعدة لهذا القطاع الحيوي.\n"
)
_CHROME_AR = "اقرأ أيضاً\nوسوم: تحلية المياه، طاقة شمسية\nاشترك في نشرتنا\n"


def test_unnamed_experts_under_their_heading_are_reported() -> None:
    """"رأي الخبراء" ("Expert opinion") over analysts and "one of the experts", quoted
    but never named, with only the page's chrome under them."""
    first = _DESALINATION.count("\n") + 1
    assert _block_lines(_DESALINATION + _EXPERTS_AR + _CHROME_AR) == [
        (first, first + _EXPERTS_AR.count("\n") - 1)]


def test_unnamed_experts_without_a_heading_are_reported_from_three_paragraphs() -> None:
    experts = ("Experts believe the harvest marks a turning point for the growers of the "
               "whole coastal region.\n"
               "According to agricultural specialists, the new drying sheds will raise the "
               "quality of every batch.\n"
               "Analysts also agree that the future looks bright for the sector in the years "
               "ahead.\n")
    first = _TRAM.count("\n") + 1
    assert _block_lines(_TRAM + experts + _TRAM_CHROME) == [(first, first + 2)]
    two = "".join(experts.splitlines(keepends=True)[:2])
    assert _block_lines(_TRAM + two + _TRAM_CHROME) == []  # two such lines may be the story's


def test_experts_a_reporter_names_are_the_articles() -> None:
    named = _EXPERTS_AR.replace("ويقول أحد الخبراء", "ويقول الخبير Omar Haddad")
    assert _block_lines(_DESALINATION + named + _CHROME_AR) == []


# -- a checklist bulleted with pictographs (session 23) -----------------------------------

_CHECKLIST = ("Vor- und Nachteile auf einen Blick\n"
              "✅ Finanzielle Entlastung für Familien und Gewerbetreibende\n"
              "✅ Weniger Autoverkehr und bessere Luft in der Innenstadt\n"
              "❌ Hohe Anschaffungskosten trotz Zuschuss\n")


def test_a_pictograph_checklist_closing_the_text_is_reported_with_its_heading() -> None:
    first = _TRAM.count("\n") + 1
    assert _block_lines(_TRAM + _CHECKLIST + _TRAM_CHROME) == [(first, first + 3)]


@pytest.mark.parametrize("items", [
    "★★★★★ Sehr gut\n★★★★☆ Gut\n★★★☆☆ Mittel\n",  # a rating's stars
    "📅 1. April\n⏱ 20 Minuten\n👁 1.204 Aufrufe\n",  # a stamp and counters
    "✅ Weniger Autoverkehr\n✅ Bessere Luft\n",  # two items
])
def test_lines_that_open_on_other_marks_are_no_checklist(items: str) -> None:
    assert _block_lines(_TRAM + items + _TRAM_CHROME) == []


def test_a_checklist_the_article_goes_on_under_is_the_articles() -> None:
    assert _block_lines(_TRAM + _CHECKLIST + _TRAM + _TRAM_CHROME) == []


def test_a_speakers_own_conclusion_stays() -> None:
    """"In conclusion, I want to leave you with …" closing a speech is the speaker's."""
    speech = ("In conclusion, I want to leave you with the words my mother wrote on a card "
              "the day I was called to the bar.\n"
              "Congratulations to every one of you, and good luck out there in the world.\n")
    assert _block_lines(_TRAM + speech + _TRAM_CHROME) == []
    impersonal = speech.replace("I want to leave you with the words my mother wrote",
                                "the words of the old proverb remain").replace(
        "the day I was called", "the day of the vote")
    assert _block_lines(_TRAM + impersonal + _TRAM_CHROME) != []


# -- the Japanese blogger's closings (session 23) -------------------------------------------

_TAINAN = (
    "台南の朝は牛肉湯から\n"
    "台南の牛肉湯は、その朝さばかれたばかりの生の牛肉に、煮えたぎるスープを注いだだけの料理。\n"
    "宿の近くの屋台では、すでに地元のおじさんたちが黙々とスープをすすっていた。一杯百二十元。\n"
    "隣に座ったおじさんに日本から来たのかと聞かれ、うなずくと、ご飯も頼めと教えてくれた。\n"
    "六時を過ぎると、屋台の前には通学前の高校生や、出勤前の人たちが並び始める。\n"
    "牛肉湯の屋台は昼前に店じまいするところが多い。行くなら、とにかく早起きを。\n"
)
_TAINAN_CHROME = "この記事をシェア X | Facebook | LINE\n関連記事\n利用規約 | お問い合わせ\n"


def test_a_how_was_it_recap_closing_the_text_is_reported() -> None:
    recap = ("いかがでしたか？\n"
             "今回は台南の朝ごはんの定番、牛肉湯についてご紹介しました。\n"
             "素敵な旅になりますように！最後までお読みいただきありがとうございました。\n")
    first = _TAINAN.count("\n") + 1
    assert _block_lines(_TAINAN + recap + _TAINAN_CHROME) == [(first, first + 2)]


def test_a_bracketed_summary_of_polite_items_and_its_why_not_is_reported() -> None:
    summary = ("【まとめ】\n"
               "・香辛亭は札幌で人気のスープカレー店です\n"
               "・看板メニューは野菜たっぷりのチキンカレーです\n"
               "・人気店なので早めの来店がおすすめです\n"
               "札幌を訪れた際は、ぜひ一度足を運んでみてはいかがでしょうか。\n")
    first = _TAINAN.count("\n") + 1
    assert _block_lines(_TAINAN + summary + _TAINAN_CHROME) == [(first, first + 4)]
    # under a bracketed heading that is no summary ("【店舗情報】", the shop's details),
    # with no closing suggestion, the list is the article's
    details = summary.replace("【まとめ】", "【店舗情報】").rsplit("札幌を", 1)[0]
    assert _block_lines(_TAINAN + details + _TAINAN_CHROME) == []
