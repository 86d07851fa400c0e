"""Every rule on by default, together, on pages assembled from page-like lines: no rule
crashes, every finding and fix stays inside the text, and fixing converges."""

from __future__ import annotations

from corpus_lint import Applicability, Document
from corpus_lint.engine import ActiveRule, fix, lint
from corpus_lint.registry import discover
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ACTIVE = [ActiveRule(r) for r in discover() if r.default_enabled]

LINES = [
    "The Harbour Gazette", "Saffron Table", "Home > News > Harbour", "Search", "Advertisement",
    "Share this article", "News    Sport    Weather    Opinion", "By Ana Ruiz", "By The Newsroom",
    "Updated: 12 March 2025 07:58", "Le 11/02/2025 à 18:47", "2025年3月4日 10時00分", "1712345678",
    "https://example.org/news/2025/03/harbour", "5 min read", "45 Comments", "❤️ 146  💬 23",
    "Harbour bridge reopens after two years of repairs",
    "The harbour bridge reopened on Monday after two years of repairs, the council said.",
    "Commuters said the crossing now takes five minutes instead of twenty.",
    "**Interviewer:** What changed?", "**Mayor:** Everything.", "## Key takeaways",
    "- The bridge is open.", "In conclusion, the bridge matters to everyone.",
    "What do you think? Let us know in the comments below!", "Trending Stories",
    "© 2025 Harbour Media", "Q:", "MARTIN:", "###", "", "   ", "#harbour #bridge",
    "Caf\u00c3\u00a9 reopens", "zero\u200bwidth", "Secretary Common visited the White Home.",
    "ホーム ＞ 経済", "关联阅读", "Ελληνικά νέα", "Related:", "Read more: Ferry fares rise",
]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(LINES), max_size=30), st.booleans(), st.booleans())
def test_all_rules_together_on_page_like_text(lines: list[str], crlf: bool,
                                              trailing: bool) -> None:
    text = ("\r\n" if crlf else "\n").join(lines) + ("\n" if trailing else "")
    doc = Document.from_text(text)
    for finding in lint(doc, ACTIVE):
        assert 0 <= finding.start <= finding.end <= len(text)
        if finding.fix is not None:
            assert all(0 <= e.start <= e.end <= len(text) for e in finding.fix.edits)
    result = fix(doc, ACTIVE, Applicability.UNSAFE)
    assert result.converged
    again = fix(Document.from_text(result.text), ACTIVE, Applicability.UNSAFE)
    assert again.text == result.text  # fixing a fixed text changes nothing
