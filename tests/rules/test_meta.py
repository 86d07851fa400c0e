"""META (leaked metadata, rules/meta.py and rules/packs/metadata.yaml): case tables, what
is parsed, lines that must not be flagged, the CLI, and the seed documents."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import SEEDS, run_cli
from corpus_lint import Applicability, Document, Rule, Severity
from corpus_lint.engine import ActiveRule, lint
from corpus_lint.registry import discover
from corpus_lint.rules.meta import parse_byline, parse_date_line
from corpus_lint.testing import assert_cases

CODES = ("META001", "META002", "META003", "META004", "META005", "META006", "META007",
         "META008", "META009")
REGISTRY = discover()
RULES = [REGISTRY.get(code) for code in CODES]


def _findings_in(text: str, kind: str = "text") -> list[Any]:
    doc = Document.from_text(text, kind=kind)  # type: ignore[arg-type]
    return lint(doc, [ActiveRule(r) for r in RULES if r is not None])


# -- metadata and case tables --------------------------------------------------------------


@pytest.mark.parametrize("code", CODES)
def test_rule_is_registered_with_complete_metadata(code: str) -> None:
    rule = REGISTRY.get(code)
    assert rule is not None, f"{code} is not registered"
    assert rule.missing_metadata() == []


@pytest.mark.parametrize("rule", [r for r in RULES if r is not None], ids=lambda r: r.code)
def test_case_table(rule: Rule) -> None:
    assert_cases(rule)  # the same check the meta-test runs for every registered rule


def test_fix_safety_is_as_documented() -> None:
    text = ("March 14, 2025\n1741933800\nBy Web Desk\nBy Ana Ruiz\nhttps://news.example/a\n"
            "1.2K shares\n5 min read\nThe ferry service resumed.\n")
    levels = {f.code: f.fix.applicability for f in _findings_in(text)}
    assert levels == {
        "META001": Applicability.UNSAFE, "META002": Applicability.SAFE,
        "META003": Applicability.UNSAFE, "META004": Applicability.UNSAFE,
        "META005": Applicability.UNSAFE, "META006": Applicability.SAFE,
        "META007": Applicability.SAFE,
    }
    assert REGISTRY.get("META004").severity is Severity.INFO  # type: ignore[union-attr]


# -- what is parsed ------------------------------------------------------------------------

DATES = [
    ("2025-03-14 06:30:00", ["2025-03-14T06:30:00"]),
    ("2025-03-14T06:30:00Z", ["2025-03-14T06:30:00Z"]),
    ("2025-03-14", ["2025-03-14"]),
    ("March 14, 2025", ["2025-03-14"]),
    ("Mar. 14th, 2025", ["2025-03-14"]),
    ("14 Mar 2025 06:30 GMT", ["2025-03-14T06:30:00Z"]),
    ("Fri 14 Mar 2025 06.30 GMT", ["2025-03-14T06:30:00Z"]),
    ("Friday, March 14, 2025 at 6:30 p.m. EDT", ["2025-03-14T18:30:00 EDT"]),
    ("Published: March 14, 2025", ["2025-03-14"]),
    ("Updated 6:30 AM ET, Fri March 14, 2025", ["2025-03-14T06:30:00 ET"]),
    ("Published 14/03/2025 | Updated 15/03/2025", ["2025-03-14", "2025-03-15"]),
    ("Updated: 3 hours ago", ["3 hours ago"]),
    ("*Posted on 2025-03-14*", ["2025-03-14"]),
    # dotted day-first dates after a label, and metadata rows (held-out set variants)
    ("Posted on 14.03.2025 at 18:05", ["2025-03-14T18:05:00"]),
    ("Source: Harbour Radio | 14 Mar 2025 06:30 | Editor: lmoss", ["2025-03-14T06:30:00"]),
    ("Agency: Valley Wire · March 14, 2025", ["2025-03-14"]),
    # a live blog's times and a German page's date (bench/data/artifacts-blind2)
    ("14:32 IST", ["14:32:00 IST"]),
    ("6:05 p.m. ET", ["18:05:00 ET"]),
    ("Updated: 13:05", ["13:05:00"]),
    ("21.02.2025, 07:30 Uhr", ["2025-02-21T07:30:00"]),
    # labels, month names and times of other languages; dashes, slashes and a missing year
    ("Aktualisiert: 14.05.2025, 09:12 Uhr", ["2025-05-14T09:12:00"]),
    ("Veröffentlicht am 3. Juni 2025", ["2025-06-03"]),
    ("Mis à jour le 3 juin 2025 à 14 h 05", ["2025-06-03T14:05:00"]),
    ("Publié le 12 mars 2025", ["2025-03-12"]),
    ("Actualizado el 12 de junio de 2025 a las 08:45", ["2025-06-12T08:45:00"]),
    ("12/06/2025 08:45 hs.", ["2025-12-06T08:45:00"]),
    ("Aggiornato il 5 maggio 2025", ["2025-05-05"]),
    ("Atualizado em 5 de maio de 2025", ["2025-05-05"]),
    ("Bijgewerkt op 5 mei 2025", ["2025-05-05"]),
    ("Updated 4 March 2025 — 6:15am", ["2025-03-04T06:15:00"]),
    ("Posted: Jun 02, 2025 4:00 AM PDT | Last Updated: June 2",
     ["2025-06-02T04:00:00 PDT", "--06-02"]),
    ("PTI / Updated: Jun 3, 2025, 10:14 IST", ["2025-06-03T10:14:00 IST"]),
    ("June 2", None),
    ("3 juin", None),
    ("14:32", None),
    ("3:16", None),
    ("The vote came at 14:32 IST.", None),
    # relative stamps of live pages, any zone abbreviation after a time with minutes
    ("Posted 3h ago", ["3h ago"]),
    ("Updated 45m ago", ["45m ago"]),
    ("Updated about 3 hours ago", ["about 3 hours ago"]),
    ("Jan 21, 2025, 22:14 SAST", ["2025-01-21T22:14:00 SAST"]),
    ("09:05 WAT", ["09:05:00 WAT"]),
    ("5 AFL", None),
    ("14:32 Harbour", None),
    # relative stamps in other languages, a day-name date joined to its time by "//"
    ("Atualizado há 3 horas", ["há 3 horas"]),
    ("3 uur geleden", ["3 uur geleden"]),
    ("vor 2 Stunden", ["vor 2 Stunden"]),
    ("il y a 3 heures", ["il y a 3 heures"]),
    ("hace 2 horas", ["hace 2 horas"]),
    ("3 saat önce", ["3 saat önce"]),
    ("2 godziny temu", ["2 godziny temu"]),
    ("Thu 06 Feb 2025 // 08:00 UTC", ["2025-02-06T08:00:00Z"]),
    ("The ferry left 3 hours ago, the harbour master said.", None),
    ("Il y a 3 heures de route jusqu'au port.", None),
    ("Fares rose 3 / 4 in 2025.", None),
    # weekdays, months and labels of Indonesian, Polish, Swedish and Turkish pages,
    # datelines, a stamp with its author, and dates written as sentences (seventh set)
    ("Selasa, 4 Februari 2025 - 07:15 WIB", ["2025-02-04T07:15:00 WIB"]),
    ("21 marca 2025, 11:08", ["2025-03-21T11:08:00"]),
    ("Publicerad 2025-02-19 kl. 08.12", ["2025-02-19T08:12:00"]),
    ("Güncelleme: 12 Mayıs 2025 - 13:02", ["2025-05-12T13:02:00"]),
    ("Czwartek, 3 lipca 2025", ["2025-07-03"]),
    ("Ciudad de México, 2 de junio de 2025", ["2025-06-02"]),
    ("Madrid | 15 jul 2025 - 13:45 CEST", ["2025-07-15T13:45:00 CEST"]),
    ("Posted on 2024-11-03 by admin", ["2024-11-03"]),
    ("Posted , updated", ["(empty)"]),
    ("Tuesday 11 March 2025 at 7.30pm.", None),
    ("Madrid, the capital, 2 de junio de 2025", None),
    ("Madrid | Ferries | June 2", None),
    ("Posted on 2024-11-03 by the harbour wall", None),
    ("Updated", None),
    # a Khmer date: its weekday, "the day", "the month", "the year", "the hour" (session 23)
    ("ថ្ងៃព្រហស្បតិ៍ ទី១៣ ខែមីនា ឆ្នាំ២០២៥ ម៉ោង ៨:៣០ ព្រឹក", ["2025-03-13T08:30:00"]),
    ("ថ្ងៃអង្គារ ទី១៤ ខែតុលា ឆ្នាំ២០២៥ ម៉ោង ៤:៣០ ល្ងាច", ["2025-10-14T16:30:00"]),
    ("ទី៣១ ខែកុម្ភៈ ឆ្នាំ២០២៥", None),
]


@pytest.mark.parametrize(("line", "parsed"), DATES)
def test_date_line_is_parsed(line: str, parsed: list[str] | None) -> None:
    found = [f for f in _findings_in(f"Text.\n{line}\nMore text.\n") if f.code == "META001"]
    assert [f.evidence["parsed"] for f in found] == ([parsed] if parsed else [])


def test_metadata_row_evidence_keeps_its_fields() -> None:
    [finding] = _findings_in("Source: Harbour Radio| 2025-03-14 06:30:00|Editor: lmoss\nText.\n")
    assert finding.evidence["fields"] == ["Source: Harbour Radio", "Editor: lmoss"]
    assert "page fields" in finding.message


def test_numeric_dates_say_when_day_and_month_could_swap() -> None:
    stamps = parse_date_line("03/04/2025")
    assert stamps is not None and stamps[0].ambiguous
    stamps = parse_date_line("14/03/2025")
    assert stamps is not None and not stamps[0].ambiguous and stamps[0].parsed == "2025-03-14"


def test_epoch_evidence_is_the_time_it_stands_for() -> None:
    [finding] = _findings_in("Text.\n1741933800\n")
    assert dict(finding.evidence) == {"epoch": 1741933800, "unit": "seconds",
                                      "utc": "2025-03-14T06:30:00Z"}
    [finding] = _findings_in("1741933800000\nText.\n")
    assert finding.evidence["unit"] == "milliseconds"


@pytest.mark.parametrize(("line", "organisation"), [
    ("By The Harbour Authority", True),
    ("By Web Desk", True),
    ("Posted by admin", True),
    ("By AFP", True),
    ("By Our Correspondent in Tallinn", True),
    ("By Political Reporter", True),
    ("By Business Writers", True),
    ("By Ana Ruiz", False),
    ("BY ANA RUIZ", False),
    ("By Ana Ruiz and Tom Okafor", False),
    ("By Ana Ruiz, Reuters", False),
    ("By Pieter van der Berg", False),
    ("Von Redaktion", True),
    ("By: HARBOURTIMES.net", True),
    ("From: Department for Harbours", True),
    ("By KHRB 7 Digital Staff", True),
    ("Par la rédaction", True),
    ("By Médecins Sans Frontières", True),
    ("By Cruz Roja Española", True),
    ("By Ana Ruiz Fontaine", False),
    ("Autor: Redakcja PAP", True),
    ("Von rbb24-Redaktion", True),
    ("By Save the Children", True),
    ("By Ana Ruiz for the Guardian", False),
])
def test_bylines_are_told_apart(line: str, organisation: bool) -> None:
    byline = parse_byline(line)
    assert byline is not None and byline.organisation is organisation


@pytest.mark.parametrize(("line", "fires"), [
    ("Express News Service", True),
    ("AAP", True),
    ("Our Correspondent", True),
    ("Staff and agencies", True),
    ("(Reuters)", True),
    ("Tribune News Service", True),
    ("Lusa", True),
    ("Lusa reported the closure on Friday.", False),
    ("Von der Leyen", False),
    ("agencies", False),
    ("The Express News Service reported the closure on Friday.", False),
    ("AAP reported the closure on Friday.", False),
    # "our reporter" as the byline (session 23)
    ("Omusasi waffe", True),
    ("Bya Mukozi waffe", True),
    ("Muhabirimiz", True),
    ("Wakilinmu Abdullahi Yusuf ne ya hada wannan rahoto daga Bagwai.", False),
])
def test_credit_lines_without_by(line: str, fires: bool) -> None:
    found = [f for f in _findings_in(f"Text.\n{line}\nMore text.\n") if f.code == "META003"]
    assert bool(found) is fires


@pytest.mark.parametrize(("line", "fires"), [
    ("4 mins to read", True),
    ("Lesezeit: 3 Min.", True),
    ("3 Min. Lesezeit", True),
    ("Tempo di lettura: 5 minuti", True),
    ("Leestijd 2 min", True),
    ("28 min", True),
    ("1 hr 5 min", True),
    ("Lecture : 4 min", True),
    ("Estimated 5 minutes", True),
    ("Estimated reading time: 6 min", True),
    ("5 minutes", False),
    ("It takes 4 mins to read the report.", False),
])
def test_reading_time_forms(line: str, fires: bool) -> None:
    found = [f for f in _findings_in(f"Text.\n{line}\nMore text.\n") if f.code == "META007"]
    assert bool(found) is fires


@pytest.mark.parametrize(("line", "code"), [
    ("47 condolences", "META006"),
    ("1,203 signatures", "META006"),
    ("Rated 4.8 from 132 votes", "META006"),
    ("Joined: Mar 2021 · Messages: 412", "META006"),
    ("Comments\n27", "META008"),
    ("Zobacz komentarze (47)", "META006"),
    ("Yorumlar (0)", "META006"),
    ("7 risposte · 1.930 visite", "META006"),
    ("Odpowiedzi: 3 | Wyświetlenia: 2.140", "META006"),
    ("Iscritta: giu 2018 · Messaggi: 77", "META006"),
    ("205 Postings", "META006"),
    ("Avaliação dos leitores: 4,7 (301 votos)", "META006"),
    ("★★★☆☆ 3,2 (4,8 bin oy)", "META006"),
])
def test_counters_and_category_stamps(line: str, code: str) -> None:
    assert code in {f.code for f in _findings_in(f"Text.\n{line}\nMore text.\n")}


@pytest.mark.parametrize("line", [
    "Forty-seven condolences were read out at the funeral.",
    "Posted in the morning, the letter arrived on Friday.",
    "Chapter 3\n27",
])
def test_counter_near_misses(line: str) -> None:
    assert _findings_in(f"Text.\n{line}\nMore text.\n") == []


def test_url_evidence_names_the_host() -> None:
    [finding] = _findings_in("Text.\nSource: https://news.example/2025/ferry?id=4\n")
    assert finding.evidence["host"] == "news.example"
    assert finding.evidence["label"] == "Source"


# -- lines that must never be flagged ------------------------------------------------------

PROSE = [
    # dates, years and numbers in prose
    "The ferry service resumed on March 14, 2025, after a week of storms.",
    "Friday, March 14, 2025, was the first calm day in a week.",
    "2025",
    "1999–2003",
    "Between 2016 and 2020 the fleet doubled.",
    "March 2025",
    "Published in 2019, the report found no fault.",
    "Updated guidance for travellers",
    "Date: to be confirmed",
    "In 2024, 1,732 people applied for 40 places.",
    "The ticket number was 1741933800, she said.",
    "9/11",
    "45",
    "The council meets at 6:30 p.m. on Thursdays.",
    "Source: the harbour master, who spoke on Friday | March 14, 2025",
    "Ferries | Storms | March 2025",
    "Tickets cost 5.50 | 14.03.2025 was the last sailing",
    # bylines and sentences that start with "By"
    "By the end of the week, the ferries were running again.",
    "By contrast, the northern route stayed closed.",
    "By Monday the harbour was empty.",
    "By then it was too late.",
    "By The Numbers",
    "By Design",
    "By Any Means Necessary",
    "From Monday to Friday the ferry runs hourly.",
    "From: Ana Ruiz",
    "From: the harbour master's office, on Friday",
    "By 15 votes to 3, the council backed the plan.",
    # dates of other languages in prose, and slashes between words
    "Mis à jour le site, la mairie a publié le 3 juin 2025 un avis.",
    "Aktualisiert wurde der Fahrplan am 14.05.2025, sagte der Sprecher.",
    "Stand by me / Updated version",
    "June 2",
    "Estimated 5 minutes later, the ferry docked.",
    "Edited for radio by Ana Ruiz and for digital by Tom Okafor.",
    # URLs and counts in prose
    "Details are at https://harbour.example/notices, the authority said.",
    "The post had 1,200 shares by noon, the council said.",
    "No comment.",
    "It is a 5 min read, the editor said.",
    # speaker labels in an interview
    "Interviewer:",
    "Ana Ruiz: We reopened on Friday.",
    "The ferry left 3h ago, the harbour master said.",
    "About 3 hours ago the road was still closed.",
    "Round 5 AFL",
    "Paris, 3 June 2025, was the day the ferry returned.",
    "Tuesday 11 March 2025 at 7.30pm.",
    "Author: Ana Ruiz wrote the report on Friday.",
    "13:40",
]


ENTRY = "The harbour master closed the outer quay to all traffic this morning.\n"


@pytest.mark.parametrize(("text", "flagged"), [
    ("Live: harbour storm\n13:40\n" + ENTRY + "13:15\n" + ENTRY + "12:50\n" + ENTRY,
     ["13:40", "13:15", "12:50"]),
    ("LIVE\n09:10\n" + ENTRY + "10:05\n" + ENTRY + "11:30\n" + ENTRY,
     ["09:10", "10:05", "11:30"]),
    ("Harbour day\n09:10\n" + ENTRY + "10:05\n" + ENTRY + "11:30\n" + ENTRY, []),
    ("Live\n13:40\n" + ENTRY + "12:15\n" + ENTRY + "13:50\n" + ENTRY, []),
    ("Live\n13:40\n" + ENTRY + "13:15\n" + ENTRY, []),
    ("Results\n13:40\nHarbour 2\n13:15\nQuay 1\n12:50\nPier 0\n", []),
    ("2h\nHarbour storm closes the quay\n" + ENTRY, ["2h"]),
    ("Harbour storm closes the quay\n" + ENTRY + "Bake it for\n2h\n" + ENTRY, []),
])
def test_live_blog_entry_times_and_head_ages(text: str, flagged: list[str]) -> None:
    doc = Document.from_text(text)
    found = [doc.text[f.start:f.end] for f in _findings_in(text) if f.code == "META001"]
    assert found == flagged


def test_a_date_in_a_related_box_is_left_to_boil007() -> None:
    text = ("The ferry service resumed.\nMore on this story\nFerry fares rise for the third year"
            "\nPublished 3 days ago\n")
    codes = {f.code for f in lint(Document.from_text(text),
                                  [ActiveRule(r) for r in discover().rules.values()])}
    assert "META001" not in codes and "BOIL007" in codes


@pytest.mark.parametrize("line", PROSE)
def test_prose_line_is_not_flagged(line: str) -> None:
    assert _findings_in(f"The ferry service resumed.\n{line}\nMore text.\n") == []


def test_url_line_in_markdown_only_with_the_option() -> None:
    text = "The ferry service resumed.\nhttps://news.example/ferry\n"
    assert _findings_in(text, kind="markdown") == []
    assert [f.code for f in _findings_in(text)] == ["META005"]


# -- the CLI -------------------------------------------------------------------------------


def test_fix_removes_safe_metadata_and_unsafe_fixes_the_rest(isolated: Path) -> None:
    page = isolated / "page.txt"
    original = ("2025-03-14 06:30:00\r\nBy Web Desk\r\nThe ferry service resumed.  \r\n"
                "1741933800\r\n1.2K shares · 45 Comments\r\nMore text.")
    page.write_bytes(original.encode("utf-8"))
    result = run_cli(["--select", "META", "--fix", str(page)])
    assert result.code == 1, result.out + result.err  # the unsafe findings remain
    assert page.read_bytes() == (b"2025-03-14 06:30:00\r\nBy Web Desk\r\n"
                                 b"The ferry service resumed.  \r\nMore text.")
    result = run_cli(["--select", "META", "--fix", "--unsafe-fixes", str(page)])
    assert page.read_bytes() == b"The ferry service resumed.  \r\nMore text."


# -- the seed documents --------------------------------------------------------------------

seeds_only = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not available")
EXPECTED = {
    "000": set(),
    "001": {("META001", 1), ("META002", 6)},
    "002": set(),
    "003": {("META003", 2)},
    "004": set(),
}
SAFE = {"001": {6}}


def _seed(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


def _findings(path: Path) -> list[dict[str, Any]]:
    result = run_cli(["--isolated", "--select", "META", "--output-format", "json", str(path)])
    assert result.code in (0, 1), result.err
    return json.loads(result.out)  # type: ignore[no-any-return]


@seeds_only
@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_seed_findings_are_exactly_the_metadata(prefix: str) -> None:
    found = {(f["code"], f["line"]) for f in _findings(_seed(prefix))}
    assert found == EXPECTED[prefix]


@seeds_only
def test_seed_evidence() -> None:
    by_code = {f["code"]: f["evidence"] for f in _findings(_seed("001"))}
    assert by_code["META001"]["parsed"] == ["2024-11-23T07:58:00"]
    assert by_code["META002"]["utc"] == "2024-11-23T08:17:21Z"


@seeds_only
@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_seed_fix_removes_only_the_safe_lines(tmp_path: Path, prefix: str) -> None:
    copy = tmp_path / _seed(prefix).name
    shutil.copyfile(_seed(prefix), copy)
    result = run_cli(["--isolated", "--select", "META", "--fix", str(copy)])
    assert result.code in (0, 1), result.err
    lines = _seed(prefix).read_bytes().split(b"\n")
    removed = SAFE.get(prefix, set())
    assert copy.read_bytes() == b"\n".join(t for i, t in enumerate(lines, 1) if i not in removed)


# -- classes of the seventh blind set -------------------------------------------------------

META_LINES = {
    "date and reading time": ("META001", "Feb 11, 2025 · 9 min read"),
    "japanese date": ("META001", "2025年3月4日 17:12"),
    "japanese update": ("META001", "（3月4日 19:40更新）"),
    "start date": ("META001", "Start date 14 Jun 2025"),
    "wire in brackets": ("META003", "（共同通信）"),
    "forum stats": ("META006", "Joined: Mar 2021 · Messages: 412"),
    "rating": ("META006", "Rated 4.8 from 132 votes"),
    "read comments": ("META006", "Read 214 Comments"),
    "polish reading time": ("META007", "Czas czytania: 3 min"),
}


@pytest.mark.parametrize("name", list(META_LINES))
def test_metadata_classes_of_the_seventh_set_fire(name: str) -> None:
    code, line = META_LINES[name]
    codes = {f.code for f in _findings_in("The ferry service resumed.\n" + line + "\n")}
    assert code in codes


@pytest.mark.parametrize("text", [
    "Posted in Databases",
    "Posted in Business, Tech",
    "Posted in Sydney, the letter reached the harbour a week later.",
    "Rated the best ferry of 2024 by readers, the service kept its crew.",
    "3月4日には函館で会議が開かれた。",
    "Joined the council in 2021 and stayed for four years.",
    "Read the 214 comments before you reply, the moderator said.",
])
def test_close_lines_are_not_metadata(text: str) -> None:
    codes = {f.code for f in _findings_in("The ferry service resumed.\n" + text + "\n")}
    assert not {c for c in codes if c.startswith("META")}, codes


# -- classes of the eighth blind set --------------------------------------------------------

EIGHTH_META = {
    "french article stamp": ("META001", "Le 11/02/2025 à 18:47 - Mis à jour le 12/02/2025 à 08:15"),
    "french stamp alone": ("META001", "Le 15/03/2025 à 22:58"),
    "two-digit year": ("META001", "08-03-25, 22:14"),
    "dutch update": ("META001", "Laatst bijgewerkt: 09-03-25, 00:02"),
    "turkish entry": ("META001", "Giriş: 04.03.2025 10:42 | Güncelleme: 04.03.2025 11:15"),
    "japanese hours": ("META001", "2025年3月4日 10時00分"),
    "date and time fields": ("META001", "First Published: Feb 06 2025 | 6:40 PM IST"),
    "glued widgets": ("META001", "Posted 19 Mar19 Mar 2025Wed 19 Mar 2025 at 4:00am"),
    "glued with update": ("META001", "Posted 18 Feb18 Feb 2025Tue 18 Feb 2025 at 3:55pm, "
                                     "updated 18 Feb 2025Tue 18 Feb 2025 at 6:20pm"),
    "url without scheme": ("META005", "harbour.example.net.au/news/2025-03-10/ferry-strike/105012"),
    "wire and city": ("META003", "Press Trust of India | Mumbai"),
    "bureau and city": ("META003", "Harbour Bureau | Mumbai"),
    "desk and city": ("META003", "Harbour Markets Desk, Chennai"),
    "french desk of a town": ("META003", "Par la rédaction d'Annecy"),
    "dutch desk": ("META003", "Door onze sportredactie"),
    "turkish desk": ("META003", "Ekonomi Servisi"),
    "spanish press office": ("META003", "Gabinete de Comunicación"),
    "dutch source": ("META003", "Bron: ANP"),
    "source university": ("META003", "Source: University of Montreal"),
    "portuguese source": ("META003", "Fonte: Agência Brasil"),
    "newswire": ("META003", "By Allied Newswire"),
    "place and wire": ("META003", "İstanbul (BHA)"),
    "views in thousands": ("META006", "12,8 mil visualizações"),
    "stars and votes": ("META006", "★★★★★ 4,8 (327 voti)"),
}


@pytest.mark.parametrize("name", list(EIGHTH_META))
def test_metadata_classes_of_the_eighth_set_fire(name: str) -> None:
    code, line = EIGHTH_META[name]
    codes = {f.code for f in _findings_in("The ferry service resumed.\n" + line + "\n")}
    assert code in codes, codes


@pytest.mark.parametrize("text", [
    "March 2, 1938 – March 5, 2025",
    "Mon 12 May 2025 - Wed 14 May 2025",
    "Le 3 juin",
    "Le 12 mars 2025, la mairie a voté le budget du port.",
    "Le 3-2-1 du match est resté dans les mémoires.",
    "COVID19 Mar 2025",
    "Help Desk",
    "The Front Desk",
    "Door de storm bleef de veerboot in de haven.",
    "Source: the ministry said exports rose by 4% in May.",
    "Par la fenêtre, on voyait le port.",
    "Artificial Intelligence (AI)",
    "Read the file at docs/guide/setup before you start.",
    "and/or/both",
    "★★★",
    "The video had 12,8 mil visualizações by Monday, the station said.",
    "Ekonomi servisi bu hafta kapalı.",
])
def test_close_lines_of_the_eighth_set_are_not_metadata(text: str) -> None:
    codes = {f.code for f in _findings_in("The ferry service resumed.\n" + text + "\n")}
    assert not {c for c in codes if c.startswith("META")}, codes


def test_a_lifespan_is_not_a_stamp_but_a_labelled_pair_is() -> None:
    from corpus_lint.rules.meta import parse_date_line
    assert parse_date_line("March 2, 1938 – March 5, 2025") is None
    stamps = parse_date_line("Published March 2, 2025 – Updated March 5, 2025")
    assert stamps is not None and [s.parsed for s in stamps] == ["2025-03-02", "2025-03-05"]


NINTH_META = {
    "korean input": ("META001", "입력 2025.03.14 09:31"),
    "korean edit": ("META001", "수정 2025.03.14 11:02"),
    "chinese publish": ("META001", "发布时间：2025-03-14 08:20"),
    "arabic update": ("META001", "آخر تحديث: 14 مارس 2025 - 10:42 ص"),
    "romanian date": ("META001", "14 martie 2025, 09:45"),
    "romanian update": ("META001", "Actualizat: 3 aprilie 2025"),
    "page last reviewed": ("META001", "Page last reviewed: April 2, 2025"),
    "spanish desk and paper": ("META003", "Redacción El Faro del Puerto"),
    "japanese desk": ("META003", "みなと新報社会部"),
    "chinese source": ("META003", "来源：江城晚报"),
    "press office": ("META003", "Harbour Trust press office"),
    "wire": ("META003", "Ledger Wire"),
    "wire service": ("META003", "Allied Wire Service"),
    "acronym staff": ("META003", "HJ Staff"),
    "newsdesk": ("META003", "MPB Newsdesk"),
    "chinese reads": ("META006", "阅读 3.2万"),
    "korean likes": ("META006", "좋아요 12"),
    "romanian views": ("META006", "1.532 afișări"),
    "icon row": ("META006", "♡ 214  💬 37  ↻ 12"),
    "romanian reading": ("META007", "Citire: 2 min"),
}


@pytest.mark.parametrize("name", list(NINTH_META))
def test_metadata_classes_of_the_ninth_set_fire(name: str) -> None:
    code, line = NINTH_META[name]
    codes = {f.code for f in _findings_in("The ferry service resumed.\n" + line + "\n")}
    assert code in codes, codes


@pytest.mark.parametrize("text", [
    "Redacción de textos para la web del puerto.",
    "The wire service reported the ferry strike first.",
    "Staff at the harbour office went on strike.",
    "The press office said the ferry would return.",
    "Mai multe bărci au ieşit din port în martie.",
    "更新のお知らせは来月です。",
    "来源于港口的消息称，渡轮将恢复运营。",
    "214 passengers and 37 crew were on board.",
    "Reviewed by the harbour board in April, the plan was approved.",
])
def test_close_lines_of_the_ninth_set_are_not_metadata(text: str) -> None:
    codes = {f.code for f in _findings_in("The ferry service resumed.\n" + text + "\n")}
    assert not {c for c in codes if c.startswith("META")}, codes


# -- classes of the tenth set ---------------------------------------------------------------

TENTH_META = {
    "reaction row with emoji selectors": ("META006", "❤️ 146  💬 23"),
    "icon row with a selector last": ("META006", "💬 64   🔁 29   ❤️ 311"),
    "reaction row with words": ("META006", "👍 Thank 212  💬 Reply 48  ↗ Share"),
    "restacks": ("META006", "146 Likes · 12 Restacks"),
    "turkish reads": ("META006", "1.245 kez okundu"),
    "hebrew comments": ("META006", "14 תגובות"),
    "ukrainian views": ("META006", "Переглядів: 2 418"),
    "polish views": ("META006", "Liczba odsłon: 612"),
    "thai views": ("META006", "เข้าชม 5,873 ครั้ง"),
    "vietnamese views": ("META006", "1.204 lượt xem"),
    "korean reactions": ("META006", "좋아요 312   화나요 4   슬퍼요 2"),
}


@pytest.mark.parametrize("name", list(TENTH_META))
def test_metadata_classes_of_the_tenth_set_fire(name: str) -> None:
    code, line = TENTH_META[name]
    codes = {f.code for f in _findings_in("The ferry service resumed.\n" + line + "\n")}
    assert code in codes, codes


@pytest.mark.parametrize("text", [
    "The post drew 146 likes and 12 restacks within an hour.",
    "Trabzonspor 2 Sivasspor 1",
    "1.245 kez okundu diyen yazar, kitabın yeni baskısını duyurdu.",
    "Переглядів було 2 418, повідомив редактор.",
    "Liczba odsłon wzrosła do 612 tysięcy w marcu.",
    "👍 to the council for reopening the ferry",
    "Thank you to the 212 volunteers who helped.",
])
def test_close_lines_of_the_tenth_set_are_not_metadata(text: str) -> None:
    codes = {f.code for f in _findings_in("The ferry service resumed.\n" + text + "\n")}
    assert not {c for c in codes if c.startswith("META")}, codes


TENTH_STAMPS = {
    "ukrainian, time first": ("META001", "11:32, 17 березня 2025"),
    "russian": ("META001", "17 марта 2025, 11:32"),
    "czech spaced dots": ("META001", "12. 2. 2025 14:30"),
    "slovak month": ("META001", "3. februára 2025"),
    "greek month": ("META001", "4 Μαρτίου 2025"),
    "finnish month": ("META001", "4. maaliskuuta 2025"),
    "hindi label and month": ("META001", "अपडेटेड: 21 फ़रवरी 2025, 06:40 PM IST"),
    "thai buddhist year": ("META001", "โพสต์เมื่อ 15 ธันวาคม 2567"),
    "levantine arabic month": ("META001", "19 كانون الثاني 2025"),
    "malay month": ("META001", "9 Ogos 2024"),
    "dutch weekday abbreviation": ("META001", "ma 6 jan 2025, 07:45"),
    "japanese update label": ("META001", "更新日: 2024-11-02"),
    "italian stamp with its author": ("META001", "Pubblicato il 3 novembre 2024 da Lia"),
    "blog stamp naming its author": ("META001", "Posted by Rosalind on 4 March 2025"),
    "indonesian stamp naming its author": ("META001", "Diposting oleh Admin pada 9 Oktober 2024"),
    "question site": ("META001", "asked Nov 14, 2022 at 19:03"),
    "romanian reading time": ("META007", "4 minute de citit"),
    "hebrew reading time": ("META007", "זמן קריאה: 3 דקות"),
}


@pytest.mark.parametrize("name", list(TENTH_STAMPS))
def test_stamps_of_the_tenth_set_fire(name: str) -> None:
    code, line = TENTH_STAMPS[name]
    codes = {f.code for f in _findings_in("The ferry service resumed.\n" + line + "\n")}
    assert code in codes, codes


@pytest.mark.parametrize("text", [
    "Posted by the river on a cold day, the notice was soon gone.",
    "Published by Harbour Press on 4 March 2025, the guide sold out.",
    "Він приїхав 17 березня 2025 року, сказав мер.",
    "Do 6 January 2025 tasks before the ferry leaves.",
    "She asked Nov 14, 2022 at 19:03 whether the ferry would run.",
    "The ferry took 4 minute de citit, joked the captain.",
    "In 2567 BE the temple was rebuilt, the abbot said.",
])
def test_close_prose_of_the_tenth_set_is_no_stamp(text: str) -> None:
    codes = {f.code for f in _findings_in("The ferry service resumed.\n" + text + "\n")}
    assert not {c for c in codes if c.startswith("META")}, codes


TENTH_CREDITS = ["Oleh Bernama", "מאת מערכת גיק ישראל", "Da Redação, com Agência Estado",
                 "SahaSpor Haber Merkezi", "Джерело: Укрінформ", "作者：本网记者",
                 "责任编辑：财经周刊网金融频道", "서울스크린데일리 연예부",
                 "प्रभात न्यूज़ नेटवर्क | इंदौर", "Kommunikációs és Marketing Igazgatóság"]


@pytest.mark.parametrize("line", TENTH_CREDITS)
def test_desk_and_wire_credits_of_the_tenth_set(line: str) -> None:
    codes = {f.code for f in _findings_in("The ferry service resumed.\n" + line + "\n"
                                          "The council said the ferry runs hourly.\n")}
    assert "META003" in codes, codes


@pytest.mark.parametrize("text", [
    "Reuters/Dimitris Kallas",
    "Oleh karena itu, Bernama melaporkan kapal itu tiba.",
    "责任编辑：王伟",
    "Джерело: він сказав, що міст відкриють.",
    "Da Redação saiu a notícia de que o porto reabre.",
])
def test_close_lines_of_the_tenth_set_are_no_desk_credit(text: str) -> None:
    codes = {f.code for f in _findings_in("The ferry service resumed.\n" + text + "\n")}
    assert "META003" not in codes, codes


TWELFTH_STAMPS = {
    "Polish label": ("Opublikowana: 14 maja 2025", "META001"),
    "Finnish label": ("Päivitetty 3.2.2025", "META001"),
    "Romanian label with 'la'": ("Actualizat la 09.05.2025", "META001"),
    "Hungarian date, year first": ("2024. szeptember 12.", "META001"),
    "Turkish 'Son güncelleme'": ("Son güncelleme: 17 Ocak 2025", "META001"),
    "Arabic weekday": ("آخر تحديث: الأربعاء 12 فبراير 2025 - 18:40", "META001"),
    "Vietnamese weekday": ("Thứ bảy, 26/4/2025, 19:52 (GMT+7)", "META001"),
    "a shop's 'Added on'": ("Added on 02/05/2025", "META001"),
    "a review's price check": ("Prices checked 19 February 2025", "META001"),
    "newsroom alone": ("Redacción", "META003"),
    "Danish 'Af' and a desk": ("Af Redaktionen", "META003"),
    "Vietnamese wire": ("Theo TTXVN", "META003"),
    "Hungarian reading time": ("Olvasási idő: 6 perc", "META007"),
}


@pytest.mark.parametrize("text", [
    "Av Ola Nordmann",                       # a person after the Norwegian lead
    "Af Mette Frederiksen",
    "Redacción y edición: Ana Ruiz",        # a credit with a person
    "2024. szeptember 12-én nyitották meg a hidat.",  # a Hungarian sentence
    "Theo kế hoạch, cây cầu sẽ mở lại vào tháng Năm.",  # "according to the plan"
])
def test_close_lines_of_the_twelfth_set_are_no_metadata(text: str) -> None:
    codes = {f.code for f in _findings_in("The ferry service resumed.\n" + text + "\n")}
    assert not {c for c in codes if c.startswith("META")}, codes


# -- site software: the stamps and counters forum, blog and shop software print -----------

SITE_SOFTWARE_METADATA = [
    ("Beitrag von fischlein84 » Mo 12. Feb 2024, 19:04", "META001"),
    ("Post autor: ola_na_szosie » 11 mar 2024, 20:14", "META001"),
    ("Post by spokewheel » Mon Feb 12, 2024 7:04 pm", "META001"),
    ("Message par Jean » lun. 12 févr. 2024 19:04", "META001"),
    ("« Reply #3 on: February 12, 2024, 07:04:31 PM »", "META001"),
    ("Posted by Ruth at 9:15 AM", "META001"),
    ("Publicado por Lucía a las 18:42", "META001"),
    ("All times are GMT -5. The time now is 04:12 AM.", "META001"),
    ("Publicerat den 28 februari 2024 av Karin", "META001"),
    ("Opublikowano 3 marca 2024 przez Karin", "META001"),
    ("last reply Mar 5", "META001"),
    ("最終返信 2024年2月", "META001"),
    ("Gisteren, 18:32", "META001"),
    ("14 février 2024 02:00 AM Heure Normale de l'Est", "META001"),
    ("This story was originally published February 27, 2024 5:00 AM.", "META001"),
    ("3 Beiträge • Seite 1 von 1", "META006"),
    ("2 posty • Strona 1 z 1", "META006"),
    ("Results 1 to 4 of 4", "META006"),
    ("Join Date: Mar 2019", "META006"),
    ("Posts: 4,812", "META006"),
    ("2 users", "META006"),
    ("12 Restacks", "META006"),
    ("1.1K Followers", "META006"),
    ("2 いいね！", "META006"),
    ("2 件の返信", "META006"),
    ("156 表示", "META006"),
    ("2 comentarios:", "META006"),
    ("Based on 23 reviews", "META006"),
    ("4,8 von 5 Sternen", "META006"),
    ("Dibaca 2.184 kali", "META006"),
]


@pytest.mark.parametrize(("line", "code"), SITE_SOFTWARE_METADATA)
def test_site_software_metadata(line: str, code: str) -> None:
    codes = {f.code for f in _findings_in("Harbour bridge reopens after repairs\n" + line + "\n"
                                          "The harbour bridge reopened on Monday.\n")}
    assert code in codes, codes


@pytest.mark.parametrize("text", [
    "Posted by Ruth at the harbour, the notice was torn down by noon.",
    "Today 5 people came to the meeting about the bridge.",
    "Mar 2024",
    "The plan is based on 23 reviews of the bridge, the council said.",
    "Posts: the council will publish them on Monday.",
    "Results 1 to 4 were better than expected, the coach said.",
    "Home » News » 2024",
    "Hallo zusammen, ich habe am Wochenende meinen Außenfilter gereinigt.",
])
def test_close_lines_are_not_site_software_metadata(text: str) -> None:
    codes = {f.code for f in _findings_in("The ferry service resumed.\n" + text + "\n")}
    assert not {c for c in codes if c.startswith("META")}, codes


def test_forum_post_dates_need_posters_and_posts() -> None:
    post = "Scrubs are designed to yield to normal IO on most pools.\n"
    thread = "quietwren\nMar 2024\n" + post + "ferrous_pete\nMar 2024\n" + post
    assert [f.code for f in _findings_in(thread)].count("META001") == 2
    archive = "Recent posts\nArchives\nMarch 2024\nFebruary 2024\n"
    assert not [f for f in _findings_in(archive) if f.code == "META001"]


def test_byline_bar_counters_under_the_date_and_at_the_foot() -> None:
    text = ("The Quiet Death of the Municipal Bond Desk\nPriya Raman\nFeb 12, 2024\n148\n37\n"
            "Share\nThree years ago a county treasurer could call a regional broker.\n"
            "148\n37\nWritten by Priya Raman\n")
    found = [f for f in _findings_in(text) if f.code == "META008"]
    assert len(found) == 4
    listed = "Steps to a safer bridge\nUpdated Feb 12, 2024\n1\n2\nClose the lane first.\n"
    assert not [f for f in _findings_in(listed) if f.code == "META008"]


# -- the thirteenth set's date grammars: month and weekday tables of its languages, the
# Solar Hijri and Ethiopian calendars, Bengali and Persian digits, South Slavic dots --

THIRTEENTH_SET_STAMPS = [
    ("Τρίτη, 11 Μαρτίου 2025, 09:42", "2025-03-11T09:42:00"),
    ("Τελευταία ενημέρωση: 11/03/2025 13:05", "2025-11-03T13:05:00"),
    ("יום ראשון, 16 במרץ 2025", "2025-03-16"),
    ("۲۲ اسفند ۱۴۰۳", "2025-03-12"),
    ("۱ فروردین ۱۴۰۴", "2025-03-21"),
    ("13 มี.ค. 2568 | 00:15 น.", "2025-03-13T00:15:00"),
    ("Marso 15, 2025 @ 9:20 AM", "2025-03-15T09:20:00"),
    ("Jumatatu, Machi 17, 2025 8:30 asubuhi", "2025-03-17T08:30:00"),
    ("Imesasishwa: Machi 17, 2025 11:05 asubuhi", "2025-03-17T11:05:00"),
    ("প্রকাশ: ১৮ মার্চ ২০২৫, ১৪: ২০", "2025-03-18T14:20:00"),
    ("மார்ச் 9, 2025", "2025-03-09"),
    ("16.03.2025. u 19:48", "2025-03-16T19:48:00"),
    ("19. 03. 2025. 18:02", "2025-03-19T18:02:00"),
    ("17 март 2025, 11:20", "2025-03-17T11:20:00"),
    ("петак, 14. март 2025.", "2025-03-14"),
    ("Objavljeno: 14. ožujka 2025. u 08:15", "2025-03-14T08:15:00"),
    ("Datums: 18.03.2025 10:24", "2025-03-18T10:24:00"),
    ("2025 m. kovo 18 d.", "2025-03-18"),
    ("2025. gada 18. martā", "2025-03-18"),
    ("teisipäev, 18. märts 2025", "2025-03-18"),
    ("Uppfært 09:40", "09:40:00"),
    ("18 مارچ 2025", "2025-03-18"),
    ("Talata, 18 Maris 2025", "2025-03-18"),
    ("መጋቢት 9 ቀን 2017 ዓ.ም.", "2025-03-18"),
    ("dimarts, 18 de març de 2025", "2025-03-18"),
    ("Dernière mise à jour : 18 mars 2025", "2025-03-18"),
    ("Published: Friday | March 14, 2025 | 12:09 AM", "2025-03-14T00:09:00"),
]


@pytest.mark.parametrize(("line", "parsed"), THIRTEENTH_SET_STAMPS)
def test_thirteenth_set_stamps(line: str, parsed: str) -> None:
    stamps = parse_date_line(line)
    assert stamps is not None and stamps[0].parsed == parsed, stamps
    codes = {f.code for f in _findings_in("Harbour bridge reopens after repairs\n" + line + "\n"
                                          "The harbour bridge reopened on Monday.\n")}
    assert "META001" in codes, codes


@pytest.mark.parametrize("text", [
    "Την Τρίτη, 11 Μαρτίου 2025, το λιμάνι άνοιξε ξανά.",
    "در ۲۲ اسفند ۱۴۰۳ پل بازگشایی شد.",
    "Marso 15, 2025 ang huling araw ng pagpaparehistro.",
    "Jumatatu, Machi 17, 2025 wakulima walipokea mbolea.",
    "12. маја 1940. – 19. марта 2025.",
    "Uppfært kort af svæðinu var birt í gær.",
    "Dernière mise à jour du logiciel : la version 4.",
    "30 اسفند ۱۴۰۲",
])
def test_close_lines_are_not_thirteenth_set_stamps(text: str) -> None:
    codes = {f.code for f in _findings_in("The ferry service resumed.\n" + text + "\n")}
    assert "META001" not in codes, codes


@pytest.mark.parametrize("line", [
    "NA MWANDISHI WETU", "Na Mwandishi Wetu, Nairobi", "Daga Wakilinmu, Kano",
    "নিজস্ব প্রতিবেদক", "অনলাইন ডেস্ক", "ویب ڈیسک", "اسٹاف رپورٹر", "Sports Desk",
    "City Desk", "Танјуг", "БТА", "Redakcija", "Σύνταξη",
])
def test_thirteenth_set_desk_and_wire_credits(line: str) -> None:
    codes = {f.code for f in _findings_in("Harbour bridge reopens after repairs\n" + line + "\n"
                                          "The harbour bridge reopened on Monday.\n")}
    assert "META003" in codes, codes


@pytest.mark.parametrize("text", [
    "Help Desk",
    "Ask the Sports Desk",
    "Na mwandishi wetu alifika Nairobi jana asubuhi.",
    "Daga wakilinmu mun samu labarin cewa farashin shinkafa ya tashi.",
    "Redakcija je odbila komentar.",
])
def test_close_lines_are_not_thirteenth_set_desk_credits(text: str) -> None:
    codes = {f.code for f in _findings_in("The ferry service resumed.\n" + text + "\n")}
    assert "META003" not in codes, codes


_TICKER = ("Hochwasser am Rhein: der Ticker\n"
           "19:40 Uhr\nDer Pegel Koblenz hat am Abend sieben Meter erreicht, sagt der Dienst.\n"
           "17:05 Uhr\nDie Stadt hat das Ufer für den Autoverkehr gesperrt, Anwohner parken um.\n"
           "15:30 Uhr\nDie Feuerwehr hat in Lahnstein mobile Schutzwände aufgebaut und wartet.\n")


def test_a_live_tickers_entry_times_with_the_word_for_oclock() -> None:
    found = {(f.code, _TICKER[f.start:f.end]) for f in _findings_in(_TICKER)}
    assert {("META001", "19:40 Uhr"), ("META001", "17:05 Uhr"), ("META001", "15:30 Uhr")} <= found


def test_one_time_with_uhr_above_prose_is_not_a_ticker() -> None:
    text = "Der Zug fährt ab.\n19:40 Uhr\nDann ist die Strecke wieder frei, sagt die Bahn.\n"
    assert not [f for f in _findings_in(text) if f.code == "META001"]


@pytest.mark.parametrize("line", ["Přečteno 12 487×", "★★★★★ 4,8 su 5 (132 voti)",
                                  "1.234 kez okundu", "Lu 1 234 fois"])
def test_read_counts_and_starred_scores_of_the_fourteenth_set(line: str) -> None:
    text = "Die Brücke ist offen.\n" + line + "\n"
    assert ("META006", line) in {(f.code, text[f.start:f.end]) for f in _findings_in(text)}


MORE_TWELFTH_STAMPS = {
    "French label and relative time": ("Publiée il y a 3 jours", "META001"),
    "French 'Mis à jour' and relative time": ("Mis à jour il y a 3 heures", "META001"),
    "Korean weekday in brackets, label after": ("2025.07.22.(화) 14:00 발표", "META001"),
    "a review date label": ("Next review due: 12 March 2027", "META001"),
    "a source in lower-case words": ("Источник: пресс-служба областного суда", "META003"),
    "a helpfulness count": ("412 out of 538 found this helpful", "META006"),
}


@pytest.mark.parametrize("text", [
    "Mis à jour il y a trois ans, le pont a été repeint en bleu.",
    "Of the 538 people asked, 412 found this helpful in the survey.",
    "Source: the council said it would reopen the bridge on Monday after repairs.",
    "Pubblicato il libro, il sindaco ha parlato del ponte.",
])
def test_close_lines_of_the_twelfth_set_are_no_stamps(text: str) -> None:
    codes = {f.code for f in _findings_in("The ferry service resumed.\n" + text + "\n")}
    assert not {c for c in codes if c.startswith("META")}, codes


FIFTEENTH_FORMS = {
    "a forum member's posts": ("212 posts", "META006"),
    "a profile's followers": ("Followers 2", "META006"),
    "a job ad's applicants": ("27 applicants", "META006"),
    "views behind an eye": ("👁 2 315", "META006"),
    "a shop's stars and reviews": ("4.4 de 5 estrellas (1,026 opiniones)", "META006"),
    "a listing's age": ("Listed 6 days ago", "META001"),
    "an obituary's notice": ("Published in The Harlan Falls Courier on Mar 5, 2025.",
                             "META001"),
    "agencies alone": ("Agencias", "META003"),
}


@pytest.mark.parametrize("text", [
    "The club has 212 posts on its page, she said.",
    "Published in the spring, the book sold well.",
    "Listed buildings on the quay will be repaired first, the council said.",
])
def test_close_lines_of_the_fifteenth_set_are_no_metadata(text: str) -> None:
    codes = {f.code for f in _findings_in("The ferry service resumed.\n" + text + "\n")}
    assert not {c for c in codes if c.startswith("META")}, codes


#: The metadata forms of the twelfth and fifteenth sets, by what they are.
LATER_FORMS = {**TWELFTH_STAMPS, **MORE_TWELFTH_STAMPS, **FIFTEENTH_FORMS}


@pytest.mark.parametrize("name", list(LATER_FORMS))
def test_metadata_forms_of_later_sets_fire(name: str) -> None:
    line, code = LATER_FORMS[name]
    codes = {f.code for f in _findings_in("Harbour bridge reopens after repairs\n" + line + "\n"
                                          "The harbour bridge reopened on Monday.\n")}
    assert code in codes, codes


NINETEENTH_FORMS = {
    "a Finnish stamp with 'klo'": ("12.2.2026 klo 8.41", "META001"),
    "a Finnish updated stamp with 'klo'": ("Päivitetty 12.2.2026 klo 10.05", "META001"),
    "a label naming the date first": ("Date published: 27/02/2026", "META001"),
    "a podcast's row": ("Season 4 · 52 min · 18 March 2026", "META001"),
    "an episode's row": ("Ep. 12 | 1:04:12 | 3 March 2025", "META001"),
    "a wire joined to the paper": ("STT–Pohjanlahti Nyt", "META003"),
    "a wire and a paper with spaces": ("TT – Sydsvenskan", "META003"),
}


#: Lines close to the forms of the nineteenth set that are no metadata.
NINETEENTH_CLOSE = [
    "Season 4 · the finale · 18 March 2026",
    "The ferry left at 8.41, klo or no klo.",
    "AP-Harbour News rewrote the story",
    "Date published and date updated are both shown on the page.",
]


_COUNT = ("By-election results: Hollowfield Ward\n"
          "22:41\nVerification of ballot papers is complete and turnout was 31.8 per cent.\n"
          "23:58\nThe count is under way at the leisure centre and no recount is requested.\n"
          "01:52\nDeclaration of result:\nKaren Ashdown (Green Party) 1,142\n")


def test_live_entries_oldest_first_off_the_five_minutes() -> None:
    found = [_COUNT[f.start:f.end] for f in _findings_in(_COUNT) if f.code == "META001"]
    assert found == ["22:41", "23:58", "01:52"]


@pytest.mark.parametrize("times", [("09:00", "09:30", "10:15"), ("22:41", "23:55", "01:52")])
def test_an_agendas_slots_on_the_five_minutes_are_not_live_entries(
        times: tuple[str, str, str]) -> None:
    text = "Harbour open day\n" + "".join(t + "\n" + ENTRY for t in times)
    assert not [f for f in _findings_in(text) if f.code == "META001"]


def test_entries_above_other_markers_are_not_live_entries() -> None:
    # "22:41" stands above "23:58": two entries remain, one short of a live page's three.
    text = "Harbour open day\n22:41\n23:58\n" + ENTRY + "01:52\n" + ENTRY
    assert not [f for f in _findings_in(text) if f.code == "META001"]


TWENTIETH_FORMS = {
    "a question site's compound age": ("Asked 2 years, 3 months ago", "META001"),
    "an Indonesian relative stamp": ("2 minggu lalu", "META001"),
    "a Vietnamese relative stamp": ("5 giờ trước", "META001"),
    "a Korean relative stamp": ("3시간 전", "META001"),
    "a Japanese relative stamp": ("2日前", "META001"),
    "a Vietnamese updated stamp": ("Cập nhật lúc 05:30, 14/05/2024", "META001"),
    "a press service with its body": ("Прес-служба Новоріченської міської ради", "META003"),
    "a team signing a post": ("— The Tallyfin engineering team", "META003"),
}


#: Lines close to the forms of the twentieth set that are no metadata.
TWENTIETH_CLOSE = [
    "The team met 2 years, 3 months ago in the harbour office, she said.",
    "Kami bertemu 2 minggu lalu di pelabuhan.",
    "The Tallyfin engineering team fixed the bug on Monday.",
]


_EVENT = ("14th Graduation Ceremony\nPosted on: 28th October 2024\n"
          "The University wishes to notify all graduands that the ceremony will be held as "
          "follows.\nDate: Friday, 6th December 2024\nTime: 8:00 a.m.\n"
          "Venue: University Grounds, Main Campus\n")


def test_an_events_date_beside_its_time_and_venue_is_no_stamp() -> None:
    found = [_EVENT[f.start:f.end] for f in _findings_in(_EVENT) if f.code == "META001"]
    assert found == ["Posted on: 28th October 2024"]


def test_a_date_label_without_event_facts_is_still_a_stamp() -> None:
    text = "Harbour bridge reopens\nDate: Friday, 6th December 2024\nThe bridge reopened.\n"
    assert "META001" in {f.code for f in _findings_in(text)}


_QUESTION_PAGE = (
    "Why does my vertical show low SWR on the analyser but high SWR at the radio?\n"
    "Asked 2 years, 3 months ago\nViewed 2k times\n7\n"
    "I built a quarter-wave ground plane for 145 MHz from brass rod and four radials.\n"
    "asked Jan 14, 2022 at 19:02\nPelle Sörby\n143\n2 Answers\n"
    "Sorted by: Highest score (default)\n12\n"
    "A reading that jumps when you move the cable points to a bad connection, not the "
    "antenna.\nanswered Jan 14, 2022 at 21:40\nRuairi Devlin\n2,411\n")


def test_a_question_sites_votes_and_reputations() -> None:
    found = {_QUESTION_PAGE[f.start:f.end] for f in _findings_in(_QUESTION_PAGE)
             if f.code == "META008"}
    assert found == {"7", "143", "12", "2,411"}


def test_bare_numbers_without_question_site_stamps_are_left_alone() -> None:
    text = _QUESTION_PAGE.replace("asked Jan", "on Jan").replace("answered Jan", "on Jan")
    assert not [f for f in _findings_in(text) if f.code == "META008"]


#: Stamps of the probe of forty-nine languages (a blind list of what sites print), by form.
PROBE_STAMPS = {
    "Swedish ago around the count": "för 2 timmar sedan",
    "Finnish ago after the count": "2 tuntia sitten",
    "Russian ago after the count": "15 минут назад",
    "Czech ago before the count": "před 2 hodinami",
    "Greek ago before the count": "πριν από 2 ώρες",
    "Arabic dual without a count": "منذ ساعتين",
    "Bengali digits and ago": "২ ঘণ্টা আগে",
    "Thai ago glued to the unit": "2 ชั่วโมงที่แล้ว",
    "Swahili unit before the count": "dakika 15 zilizopita",
    "Hungarian unit saying ago": "2 órája",
    "Tagalog ago": "15 minuto na ang nakaraan",
    "Catalan ago before the count": "Fa 3 dies",
    "German 'Vor' with minutes": "Vor 15 Minuten",
    "Czech 'v' before the time": "Naposledy upraveno: 14. března 2026 v 16:20",
    "Hebrew 'at the hour'": "עדכון אחרון: 14 במרץ 2026 בשעה 16:20",
    "Arabic comma and 'at the hour'": "تم التحديث في 14/03/2026 الساعة 16:20",
    "Vietnamese day, month and year words": "Cập nhật lần cuối: 16:20 ngày 14 tháng 3 năm 2026",
    "Korean part of the day first": "최종 수정일: 2026년 3월 14일 오후 4시 20분",
    "Basque genitive month": "Azken eguneraketa: 2026ko martxoaren 14an, 16:20",
    "Bulgarian year abbreviation": "14.03.2026 г. 09:41",
    "Danish month and 'kl.'": "Opdateret 14. marts 2026 kl. 11.02",
    "Hungarian year-first figures": "Közzétéve: 2026. 03. 03. 10:15",
    "Hindi part of the day": "प्रकाशित: 03 मार्च 2026, 10:15 पूर्वाह्न",
    "Thai abbreviated month with its dot": "3 มี.ค. 2569 เวลา 10:15 น.",
    "a labelled day and month with a time": "Uppdaterad: 14 mars 16:20",
    "a labelled day and month in figures with a time": "Päivitetty 14.3. 16:20",
    "Turkish label with 'Tarihi'": "Güncellenme Tarihi: 14 Mart 2026 Cumartesi 16:20",
    "Chinese label with its full-width colon": "更新时间：2026-03-14 11:02",
    "Italian 'last' before the label": "Ultimo aggiornamento: 14/03/2026 16:20",
    "Afrikaans label and 'op'": "Gepubliseer op 3 Maart 2026 om 10:15",
}


@pytest.mark.parametrize("name", list(PROBE_STAMPS))
def test_stamps_of_the_probe_of_forty_nine_languages(name: str) -> None:
    assert parse_date_line(PROBE_STAMPS[name]) is not None


def test_parts_of_the_day_before_and_after_the_time_read_as_am_and_pm() -> None:
    stamps = parse_date_line("2026년 3월 14일 오후 4:20")
    assert stamps is not None and stamps[0].parsed == "2026-03-14T16:20:00"
    stamps = parse_date_line("Marso 3, 2026 ng 10:15 ng gabi")
    assert stamps is not None and stamps[0].parsed == "2026-03-03T22:15:00"


@pytest.mark.parametrize("text", [
    "For 10 minutes", "Updated 14.3", "Version 14.3 is out", "Fa 3 dies que plou.",
    "2 tuntia sitten lautta lähti satamasta kohti saarta.",
])
def test_close_lines_of_the_probe_are_no_stamps(text: str) -> None:
    assert parse_date_line(text) is None


@pytest.mark.parametrize("line", [
    "Redaktionen Norrbladet", "Järvisanomien toimitus", "redakce Zpravodaje Vysočiny",
    "A Tiszaparti Hírek szerkesztősége", "Редакция «Вестника Поволжья»",
    "Piše: Redakcija Jadranskog portala", "TT", "ТАСС", "Agències", "وكالات", "डिजिटल डेस्क",
    "온라인뉴스팀", "本报记者", "Mwandishi Wetu, Dodoma",
])
def test_newsrooms_wires_and_desks_of_the_probe_are_organisation_credits(line: str) -> None:
    text = "Harbour bridge reopens after repairs\n" + line + "\nThe harbour bridge reopened.\n"
    assert ("META003", line) in {(f.code, text[f.start:f.end]) for f in _findings_in(text)}


@pytest.mark.parametrize("line", [
    "Newsroom", "Atlantic Newsroom", "Tip de redactie", "AA",
    "Redakcja odpowiedziała na pytania czytelników",
    "Newsroom staff voted to strike",
])
def test_close_lines_are_no_newsroom_credits(line: str) -> None:
    text = "The ferry service resumed.\n" + line + "\n"
    assert "META003" not in {f.code for f in _findings_in(text)}


TWENTY_FIRST_FORMS = {
    "a forum post's date under its poster, Polish abbreviation": ("» 12 lip 2023, 21:14",
                                                                   "META001"),
    "a Swiss 'Publiziert' label": ("Publiziert: 21.03.2024", "META001"),
    "German 'Letzte Aktualisierung'": ("Letzte Aktualisierung: 14.02.2024", "META001"),
    "a blog stamp naming a firm of five words": (
        "Posted by Ritchie & Sons Funeral Home on Mar. 11, 2024", "META001"),
    "a German department as the author": ("Von Bauverwaltung", "META003"),
}


_EVENTS = ("Veranstaltungen im März\nKinonachmittag für Seniorinnen und Senioren\n"
           "Mittwoch, 13. März 2024, 14.30 Uhr\n"
           "Gezeigt wird ein Schweizer Spielfilm aus den Sechzigerjahren, danach gibt es Kaffee.\n"
           "Ort: Saal Pfarreiheim, Kirchweg 2\n")


def test_an_events_date_above_its_place_is_no_stamp() -> None:
    assert not [f for f in _findings_in(_EVENTS) if f.code == "META001"]


_NOTICE = ("Amendment to Bus Service 291\n"
           "From Sunday, Bus Service 291 will be amended to call at the new interchange.\n"
           "We apologise for any inconvenience caused and thank commuters for their patience.\n")


def test_a_notices_closing_place_and_date_is_no_stamp() -> None:
    text = _NOTICE + "Singapore, 21 March 2024\n"
    assert not [f for f in _findings_in(text) if f.code == "META001"]


def test_a_place_and_date_heading_the_story_is_its_dateline() -> None:
    text = "Amendment to Bus Service 291\nSingapore, 21 March 2024\n" + _NOTICE
    assert "META001" in {f.code for f in _findings_in(text)}


def test_two_entry_times_under_a_heading_of_updates() -> None:
    text = ("Freezing rain warning issued\n" + ENTRY + "Latest updates\n9:15 p.m.\n" + ENTRY
            + "5:02 p.m.\n" + ENTRY)
    found = [text[f.start:f.end] for f in _findings_in(text) if f.code == "META001"]
    assert found == ["9:15 p.m.", "5:02 p.m."]


def test_two_entry_times_without_the_heading_stay() -> None:
    text = "Freezing rain warning issued\n" + ENTRY + "9:15 p.m.\n" + ENTRY + "5:02 p.m.\n" + ENTRY
    assert not [f for f in _findings_in(text) if f.code == "META001"]


TWENTY_SECOND_FORMS = {
    "a listing's label of three words": ("Listing data last updated: 06/02/2025 8:14 AM",
                                         "META001"),
    "a listing's broker": ("Listing courtesy of Coyote Ridge Realty, LLC", "META003"),
}


def test_a_calendars_event_dates_are_no_stamps() -> None:
    text = ("Veranstaltungen im Mai\nEnergieberatung im Kundenzentrum\n"
            "Dienstag, 13. Mai 2025, 17:30–19:00 Uhr\nKundenzentrum, Seminarraum 1\n"
            "E-Auto-Probefahrtag auf dem Marktplatz\nSamstag, 24. Mai 2025, 9:00–13:00 Uhr\n"
            "Sitzung des Aufsichtsrats (nicht öffentlich)\nMittwoch, 28. Mai 2025\n")
    assert not [f for f in _findings_in(text) if f.code == "META001"]


def test_a_french_notices_place_le_date_is_its_own() -> None:
    text = ("Avis d'ébullition préventif\nSaint-Aurèle-des-Monts, le 17 juillet 2025\n"
            "La municipalité avise les résidents du secteur du lac Brûlé de faire bouillir "
            "l'eau.\n")
    assert not [f for f in _findings_in(text) if f.code == "META001"]


TWENTY_THIRD_FORMS = {
    "a label and yesterday": ("Updated yesterday", "META001"),
    "a Taiwanese publication date label": ("發布日期：2025-11-06", "META001"),
    "a Chinese notice's issuing office": ("發布單位：公用事業課", "META003"),
}


@pytest.mark.parametrize("text", ["Yesterday", "Updated yesterday's timetable"])
def test_a_day_without_a_label_or_with_more_words_is_no_stamp(text: str) -> None:
    codes = {f.code for f in _findings_in("The ferry service resumed.\n" + text + "\n")}
    assert "META001" not in codes


#: The metadata forms of the nineteenth to twenty-third sets, by what they are.
SESSION_SIX_FORMS = {**NINETEENTH_FORMS, **TWENTIETH_FORMS, **TWENTY_FIRST_FORMS,
                     **TWENTY_SECOND_FORMS, **TWENTY_THIRD_FORMS}


@pytest.mark.parametrize("name", list(SESSION_SIX_FORMS))
def test_metadata_forms_of_the_nineteenth_to_twenty_third_sets_fire(name: str) -> None:
    line, code = SESSION_SIX_FORMS[name]
    text = "Harbour bridge reopens after repairs\n" + line + "\nThe harbour bridge reopened.\n"
    assert (code, line) in {(f.code, text[f.start:f.end]) for f in _findings_in(text)}


@pytest.mark.parametrize("text", NINETEENTH_CLOSE + TWENTIETH_CLOSE)
def test_close_lines_of_the_nineteenth_and_twentieth_sets_are_no_metadata(text: str) -> None:
    codes = {f.code for f in _findings_in("The ferry service resumed.\n" + text + "\n")}
    assert not {c for c in codes if c.startswith("META")}, codes


#: The metadata forms of the twenty-ninth set, by what they are (classes, in more
#: languages than the set's own).
TWENTY_NINTH_FORMS = {
    "an Indian paper's wire note": ("(With inputs from IANS)", "META003"),
    "the same note, the wire first": ("With PTI inputs", "META003"),
    "a Japanese agency by its word": ("（東和通信）", "META003"),
    "a shop review's date": ("Avaliado em 3 de abril de 2025", "META001"),
    "a shop review's date with its country": ("Reviewed in the United States on April 3, 2025",
                                              "META001"),
    "a German review's date": ("Bewertet am 3. April 2025", "META001"),
    "a Danish job ad's date": ("Indrykket 21. maj 2025", "META001"),
    "a question site's answer time": ("回答日時：2025/3/2 22:05", "META001"),
    "a Korean post's time": ("작성일 2025.03.02 22:05", "META001"),
    "a poster's handle and the post's time": ("jirka_k » 14. 1. 2025 21:37", "META001"),
    "a handle, a dot and the time": ("mimi_88 · 3.2.2025 08:15", "META001"),
    "a newsletter's issue and month": ("Τεύχος 37 · Μάιος 2025", "META001"),
    "an issue and month in English": ("Issue 12 | May 2025", "META001"),
}


def test_a_university_press_office_beside_the_date_is_a_desk_credit() -> None:
    text = ("HEIL\nAccueil\nUn drone pour les vignes\nUne équipe a mis au point un capteur.\n"
            "22 mai 2025\nService de communication\nLe mildiou oblige les vignerons à traiter.\n")
    found = {(f.code, text[f.start:f.end]) for f in _findings_in(text)}
    assert ("META003", "Service de communication") in found
    alone = "Le mildiou oblige les vignerons à traiter.\nService de communication\nFin.\n"
    assert "META003" not in {f.code for f in _findings_in(alone)}


def test_a_dateline_naming_the_paper_after_its_place_is_the_sites_credit() -> None:
    text = ("2025-03-09 10:35:12\nصحيفة الأفق\nالرئيسية محليات اقتصاد\n"
            "انقطاع المياه عن أحياء في إربد\nإربد - الأفق\n"
            "أعلنت شركة مياه اليرموك أن ضخ المياه سيتوقف عن عدد من الأحياء.\n")
    found = {(f.code, text[f.start:f.end]) for f in _findings_in(text)}
    assert ("META003", "إربد - الأفق") in found
    other = text.replace("إربد - الأفق", "إربد - الزرقاء")  # two places: a route, no credit
    assert "META003" not in {f.code for f in _findings_in(other)}


THIRTIETH_FORMS = {
    "a programme's broadcast date": ("Uitgezonden op dinsdag 14 oktober 2025", "META001"),
    "an aired date": ("Aired on March 3, 2025", "META001"),
    "a Serbian listing's posting time": ("Постављено: 11.10.2025. у 08:17", "META001"),
    "a Korean reading time with its verb": ("읽는 데 걸리는 시간 4분", "META007"),
    "a press release's company": ("보도자료 제공: 넥사랩스", "META003"),
    "an app store's rating": ("4.6 ★ (12,418 review)", "META006"),
    "an app's installs": ("500K+ na download", "META006"),
    "a Russian forum's counters": ("Просмотров: 2 314 · Ответов: 41", "META006"),
}


def test_match_minutes_of_a_ticker_that_counts_each_half_from_nought() -> None:
    """Newest first, the second half's "2'" sits above the first half's "45'+3'": the
    minutes start again once, and every marker is an entry time."""
    entry = "Cartão amarelo para Bruninho, do Portuário, por reclamação no meio-campo."
    minutes = ["38'", "19'", "2'", "45'+3'", "41'", "12'", "0'"]
    text = "AO VIVO\nPortuário x Real Cerrado\n" + "".join(f"{m}\n{entry}\n" for m in minutes)
    found = {text[f.start:f.end] for f in _findings_in(text) if f.code == "META001"}
    assert found == set(minutes)
    twice = ["38'", "2'", "45'+3'", "12'", "40'", "5'"]  # starting again twice: no ticker
    other = "AO VIVO\nPortuário x Real Cerrado\n" + "".join(f"{m}\n{entry}\n" for m in twice)
    assert not [f for f in _findings_in(other) if f.code == "META001"]


THIRTY_FIRST_FORMS = {
    "a Polish record card's author": ("Wytworzył: Departament Prawny", "META003"),
    "an Austrian wire and desk mark": ("(APZ/red)", "META003"),
    "a German wire and regional desk": ("(dpa/lnw)", "META003"),
    "obituary condolences": ("12 condoléances", "META006"),
    "Czech replies and views without colons": ("12 odpovědí · 3 418 zobrazení", "META006"),
    "a podcast's plays": ("2.1萬 次播放", "META006"),
    "a classified ad's views": ("Oglas prikazan: 356 puta", "META006"),
}


def test_an_events_date_above_its_mexican_tickets_is_its_own() -> None:
    text = ("Noche de Jazz y Bolero con Los Hermanos Aldana\n"
            "Sábado 26 de abril de 2025 · 20:30 h\n"
            "Foro Cultural La Perla, Av. Chapultepec Sur 318, Guadalajara, Jal.\n"
            "Boletos: General $350 MXN · Preferente $580 MXN\nComprar boletos\n"
            "Agregar a mi calendario\n"
            "Los Hermanos Aldana regresan a Guadalajara con un repertorio de boleros.\n")
    assert not [f for f in _findings_in(text) if f.code == "META001"]


THIRTY_SECOND_FORMS = {
    "a German critic's score": ("Unsere Wertung: 8,6 von 10", "META006"),
    "a Hindi review's score": ("हमारी रेटिंग: 4.2/5", "META006"),
    "a deal's price check and its note": (
        "Preis zuletzt geprüft: 18.03.2025, 07:45 Uhr. Preise können sich inzwischen "
        "geändert haben.", "META001"),
    "a city page's number and update": ("ページ番号：1004823 更新日：2025年3月10日", "META001"),
    "an article id and its update without a bar": (
        "Article ID: 1004823 Updated: 10 March 2025", "META001"),
    "a club's desk posting": ("Geplaatst door Redactie VK Scheldezonen", "META003"),
    "a forum thread's starter row": (
        "Konuyu başlatan kedisever34 · 11 Mart 2025 · 1.248 görüntüleme · 3 yanıt", "META001"),
    "a Hindi update label": ("अपडेट किया गया: 16 मार्च 2025", "META001"),
    "a Chinese posting age": ("发布于 3天前", "META001"),
    "an obituary's candles": ("128 de lumânări aprinse", "META006"),
    "likes with their people": ("4 kişi beğendi", "META006"),
    "people interested in an event": ("ผู้สนใจ 2,314 คน", "META006"),
    "a Persian app rating": ("۴٫۶ ★ (۲۱٬۳۴۸ نظر)", "META006"),
    "a Persian app's installs": ("بیش از ۵۰۰ هزار نصب فعال", "META006"),
}


THIRTY_THIRD_FORMS = {
    "an Italian update time": ("Aggiornato alle 10:18", "META001"),
    "an Italian update time and date": ("Aggiornato alle 16:22 del 9 ottobre 2025", "META001"),
    "a German update time": ("Aktualisiert um 10:18", "META001"),
    "a Hindi dateline with a bar": ("जयपुर | 3 जून 2025, 06:45 PM IST", "META001"),
    "a Hindi last update": ("लास्ट अपडेट: 28 नवंबर 2025, 10:58 PM IST", "META001"),
    "a dateline and its update in brackets": (
        "New Delhi, October 21, 2025 (Updated 11:40 AM IST)", "META001"),
    "a Danish grade": ("Karakter: 4 ud af 6", "META006"),
    "a critic's stars with a half": ("★★★½ (out of 4)", "META006"),
    "an agency in brackets": ("(Agenzia NordSud)", "META003"),
}


@pytest.mark.parametrize(("head", "credit"), [
    ("Vågbandet\nNyheter Österbotten Åboland Sport Kultur Väder\nLogga in\nÖsterbotten\n"
     "Brand i lagerhall i Jakobstad\nAnna-Lena Björkqvist\n", "Vågbandet Österbotten"),
    ("ANB News\nJust In | Australia | World | Rural | Business | Sport\nSearch ANB\n"
     "Late frost wipes out early-sown wheat\n", "ANB Rural"),
])
def test_the_sites_name_and_a_section_of_its_menu_beside_the_date_is_a_desk_credit(
        head: str, credit: str) -> None:
    text = (head + credit + "\nPublished 3 February 2025 07:41\n"
            "Residents were told to keep their windows and doors shut on Monday.\n")
    found = {(f.code, text[f.start:f.end]) for f in _findings_in(text)}
    assert ("META003", credit) in found
    away = head + credit + "\nResidents were told to keep their windows shut on Monday.\n"
    assert "META003" not in {f.code for f in _findings_in(away)}


#: Forms the twenty-seventh set's first fixes left, read in session 8.
TWENTY_SEVENTH_LEFT = {
    "a Hausa date with 'ga'": ("Litinin, 15 ga Satumba, 2025", "META001"),
    "an agency named for its news": ("Agencia Ibérica de Noticias", "META003"),
    "a Korean agency by its word": ("한누리통신", "META003"),
}
THIRTY_FOURTH_FORMS = {
    "a Korean portal's date and views": ("등록일 2025-06-02 | 조회수 2,417", "META001"),
    "a Korean portal's writer, date and views": (
        "작성자 문화관광과 | 작성일 2025.03.21 | 조회 3,108", "META001"),
    "a Korean portal's department field": (
        "등록일 2025-05-08 | 담당부서 교통행정과 | 조회수 5,902", "META001"),
    "text and photo credit with the time": ("글·사진 홍보담당관 | 2025.07.01 09:00", "META001"),
    "a Polish 'added' label": ("Dodane: dzisiaj o 09:14", "META001"),
    "a Hijri date with its Gregorian one": (
        "الأحد 16 رمضان 1446هـ الموافق 16 مارس 2025م", "META001"),
    "a job ad's applicants": ("148 personas se han postulado", "META006"),
    "a podcast's listens": ("3 412 прослушиваний", "META006"),
    "condolence messages": ("12 mesaje de condoleanțe", "META006"),
    "an office as the author": ("Autor: Župni ured", "META003"),
    "a report credited to an agency": ("With a report from Visayas News Agency", "META003"),
}
#: The metadata forms of the twenty-ninth to thirty-fourth sets (session 8), by what they
#: are: classes, in more languages than each set's own.
SESSION_EIGHT_FORMS = {**TWENTY_NINTH_FORMS, **THIRTIETH_FORMS, **THIRTY_FIRST_FORMS,
                       **THIRTY_SECOND_FORMS, **THIRTY_THIRD_FORMS, **TWENTY_SEVENTH_LEFT,
                       **THIRTY_FOURTH_FORMS}


@pytest.mark.parametrize("name", list(SESSION_EIGHT_FORMS))
def test_metadata_forms_of_the_twenty_ninth_to_thirty_third_sets_fire(name: str) -> None:
    line, code = SESSION_EIGHT_FORMS[name]
    text = "Harbour bridge reopens after repairs\n" + line + "\nThe harbour bridge reopened.\n"
    assert code in {f.code for f in _findings_in(text)}


@pytest.mark.parametrize("text", [
    "Praha – 14. 1. 2025 21:37",
    "Élodie – 14.1.2025 22:05",
    "(With inputs from friends and neighbours, the mural was finished.)",
    "May 2025",
    "(red)",
    "red",
    "Wytworzył nowy plan rozwoju miasta w 2019 roku.",
    "Termin: 28.02.2025 Uwagi zgłoszone po terminie nie będą rozpatrywane.",
    "The price was checked on 18 March 2025. Prices may have changed since then, he said.",
    "Agencia Tributaria",
    "Results for 2025 (provisional)",
])
def test_lines_like_the_twenty_ninth_to_thirty_third_sets_forms_are_no_metadata(
        text: str) -> None:
    codes = {f.code for f in _findings_in("The ferry service resumed.\n" + text + "\n")}
    assert not {c for c in codes if c.startswith("META")}, codes


def test_a_notices_date_above_its_signatory_is_its_own() -> None:
    notice = ("한솔구 공공근로사업 참여자 모집 공고\n"
              "한솔구는 지역 주민의 생활 안정을 위하여 공공근로사업 참여자를 "
              "다음과 같이 모집하오니 많은 신청 바랍니다.\n"
              "신청은 주소지 동 행정복지센터에서 방문 접수만 가능하며 "
              "선발 결과는 개별 통보합니다.\n")
    signed = notice + "2025. 6. 2.\n한솔구청장\n"
    assert "META001" not in {f.code for f in _findings_in(signed)}
    posted = notice + "13 paź 2025, 07:48\nmirek_z_bielan\n"  # a post's time over its poster
    assert "META001" in {f.code for f in _findings_in(posted)}


#: Metadata forms of session 10's sets blind44 and blind45 (invented lines of the same
#: shapes): labels of the date of publication or of the last change as one compound, the
#: time before the date, Gregorian months of more scripts, a zone by its city, a dateline's
#: reporter in brackets, newsrooms with an adjective.
SESSION_TEN_FORMS = {
    "a German publication date's compound label": ("Veröffentlichungsdatum: 03.02.2025", "META001"),
    "a Dutch 'last changed on' label": ("Laatst gewijzigd op 3 februari 2025", "META001"),
    "a Korean 'update date' label": ("업데이트 날짜: 2025. 2. 3.", "META001"),
    "a Russian 'date of publication' label": ("Дата публикации: 03.02.2025", "META001"),
    "the time before the date": ("09:40 | 03/02/2025", "META001"),
    "a Sinhala date with the morning's mark": ("2025 පෙබරවාරි 03 | පෙ.ව. 09:40", "META001"),
    "a Georgian date": ("3 თებერვალი 2025", "META001"),
    "a Marathi date": ("३ फेब्रुवारी २०२५", "META001"),
    "an Arabic zone by its city": ("نُشر في 3 فبراير 2025 - 09:40 بتوقيت القاهرة", "META001"),
    "a dateline and the staff reporter in brackets": ("KARACHI (Staff Reporter)", "META003"),
    "an Urdu dateline and its court reporter": ("کراچی (کورٹ رپورٹر)", "META003"),
    "a newsroom with its adjective before it": ("Аутор: Градска редакција", "META003"),
    "a newsroom with its adjective after it": ("Autor: Redakcja miejska", "META003"),
    "a Malay paper's reporter by its acronym": ("Oleh Wartawan HBK", "META003"),
    "a Thai count of listens": ("ฟังแล้ว 3,204 ครั้ง", "META006"),
    "Korean helpful votes": ("57명이 이 리뷰가 유용하다고 평가함", "META006"),
    "Turkish viewers": ("1.204 kişi görüntüledi", "META006"),
    "a Chinese view count's label": ("点击量：3204", "META006"),
    "a Japanese counter after a label": ("つくったよ 2,310件", "META006"),
    "a Bulgarian date with the year's word": ("5 февруари 2025 г.", "META001"),
    "a labelled stamp and its poster": ("Публикувано на 5 февруари 2025 г. от Мила", "META001"),
    "a topic's starter and the date": ("Aloittaja: kesäkissa » 5.2.2025 klo 18.40", "META001"),
    "a forum's replies and reads": ("Vastauksia: 7 | Luettu: 2 315 kertaa", "META006"),
    # blind46 and blind47's forms
    "a Bengali label with the part of the day before the time": (
        "সর্বশেষ আপডেট: ৫ ফেব্রুয়ারি ২০২৫, সকাল ৯:৪০", "META001"),
    "a date and the reading time in German": ("05.02.2025 · Lesezeit 6 Min.", "META001"),
    "an Albanian 'published' label": ("Publikuar: 05.02.2025", "META001"),
    "an Azerbaijani 'updated' label": ("Yenilənib: 05.02.2025, 09:40", "META001"),
    "a Chinese 'recently updated' label": ("最近更新：2025-02-05 09:40:12", "META001"),
    "a place without capitals and a year-first date": (
        "കൊച്ചി | 2025 ഫെബ്രുവരി 5, 09:40 AM IST", "META001"),
    "a Khmer date": ("ថ្ងៃទី ៥ ខែកុម្ភៈ ឆ្នាំ ២០២៥", "META001"),
    "a XenForo thread header": (
        "Discussion in 'Ferries' started by harbour_fan, Feb 5, 2025", "META001"),
    "a date and its author after a bullet": ("5 de febrero de 2025 · Marta", "META001"),
    "a court reporter credited alone": ("Court reporter", "META003"),
    "a desk's compound": ("Hafenblatt-Redaktion", "META003"),
    "a Turkish desk after its label": ("Haber: Ekonomi Servisi", "META003"),
    "a Hausa news desk": ("Daga Sashen Labarai na Kano Yau", "META003"),
    "a Japanese page number": ("ページ番号：1002417", "META009"),
    "a Vietnamese forum's counters": ("1.204 lượt xem · 12 trả lời", "META006"),
    "a stamp and a count after an em dash": (
        "Atualizado em 05/02/2025 às 09h40 — 2.310 compartilhamentos", "META001"),
    "a Hausa date and its morning time": (
        "Kano | Laraba, 5 ga Fabrairu, 2025 | 9:40 na safe", "META001"),
    "a Nepali reading time": ("५ मिनेट पढ्नुहोस्", "META007"),
    # blind48 and blind49
    "an Arabic time with its morning word": ("5 فبراير 2025 - 09:40 صباحاً", "META001"),
    "an Indonesian 'answered on' label": ("Dijawab pada 5 Februari 2025, 09.40 WIB", "META001"),
    "a Hindi label, weekday and date": ("अपडेटेड: बुधवार, 5 फरवरी 2025, 09:40 AM IST", "META001"),
    "a Bulgarian forum's replies and views": ("Отговори: 7 | Прегледи: 2 315", "META006"),
    "an Urdu labelled count of times": ("دیکھا گیا: 1,204 بار", "META006"),
    "an app's rating and its count without a star": ("4.6 • 평가 3.2천개", "META006"),
    # blind53
    "a Spanish paper's place, dotted date and time": ("Gijón | 05·02·25 | 09:40", "META001"),
    "a Czech question's posting label": ("Dotaz vložen: 5. 2. 2025 09:40", "META001"),
    "an Arabic 'published' label and Arabic-Indic digits": ("تم النشر: ٥ فبراير ٢٠٢٥", "META001"),
    "a Thai 'updated on' label": ("อัปเดตเมื่อ 5 ก.พ. 2568", "META001"),
}


@pytest.mark.parametrize("name", list(SESSION_TEN_FORMS))
def test_metadata_forms_of_the_forty_fourth_and_forty_fifth_sets_fire(name: str) -> None:
    line, code = SESSION_TEN_FORMS[name]
    text = "Harbour bridge reopens after repairs\n" + line + "\nThe harbour bridge reopened.\n"
    assert code in {f.code for f in _findings_in(text)}


@pytest.mark.parametrize("text", [
    "Version 4.18 — May 6, 2025",
    "10:30 - 12:00",
    "Oleh Wartawan Andi Saputra",
    "Paris (sports)",
    "2025年 3,000人が参加しました。",
    "The bridge opened on 3 May 2024 by the mayor",
    "Concert on 2 October 2025 · Tickets",
    "(Hafenblatt/Dimas Prasetyo)",
    "ページ番号は右上にあります。",
])
def test_lines_like_the_forty_fourth_and_forty_fifth_sets_forms_are_no_metadata(
        text: str) -> None:
    codes = {f.code for f in _findings_in("The ferry service resumed.\n" + text + "\n")}
    assert not {c for c in codes if c.startswith("META")}, codes


def test_a_universitys_office_over_the_date_is_a_desk_credit() -> None:
    text = ("Harbour bridge reopens after repairs\nOffice of Public Affairs\nMarch 11, 2025\n"
            "The harbour bridge reopened.\n")
    assert "META003" in {f.code for f in _findings_in(text)}


#: Session 11's forms, found after reading the set blind56 (texts invented for the tests):
#: the line under a headline, and the code it must get.
SESSION_ELEVEN_FORMS = {
    "an Italian date with 'ore' before the time": ("Lunedì 3 febbraio 2025, ore 09:40",
                                                   "META001"),
    "a Moroccan month's name": ("الاثنين 3 فبراير 2025 - 09:40".replace("فبراير", "نونبر"),
                                "META001"),
    "a comment's poster and how long ago": ("KarenByTheLake · 2 days ago", "META001"),
    "a commenter's name and a Vietnamese 'hours ago'": ("Thu Hà · 3 giờ trước", "META001"),
    "a site's name run together and the editor's code": ("Von HafenBlatt/hbl", "META003"),
    "a source credit naming a company's legal form after a comma": (
        "Fonte: Águas do Porto Novo, S.A.", "META003"),
    "a Vietnamese reporters' group and its desk": ("Nhóm phóng viên Kinh tế", "META003"),
    "a Vietnamese credit of a news agency": ("Theo Thông tấn Miền Trung", "META003"),
    "a Malay editorial team's credit": ("Oleh Pasukan Editorial Bandar Kita", "META003"),
    "a Malay share count with K": ("2.4K kongsi", "META006"),
    "a Japanese page counter as a sentence": ("この記事は 2,048 回閲覧されました", "META006"),
    "a reader score out of five and its votes under a label without a colon": (
        "คะแนนผู้อ่าน 4.1/5 (23 โหวต)", "META006"),
    # blind53
    "a Czech question's counters, the verb first and a times sign": (
        "Zobrazeno 512× | 3 odpovědi", "META006"),
    "a Greek author label naming the newsroom": ("Συντάκτης: Newsroom", "META003"),
    "the editors' codes in brackets": ("(hk/red)", "META003"),
    # blind41, blind49
    "a live page's status beside its labelled stamp": (
        "Relacja zakończona · Ostatnia aktualizacja: 3.02.2025, 09:40", "META001"),
    "a Dutch 'updated at' and the time alone": ("Bijgewerkt om 09:40", "META001"),
    "an office named in its language as the author": ("Autor: Tlačové oddelenie", "META003"),
    # blind57, blind58
    "a forum thread's start and its counters in a row": (
        "Wątek założony: 3.02.2025, 09:40 · Odpowiedzi: 4 · Wyświetleń: 2 210", "META001"),
    "a Finnish press release's word before its date": ("Tiedote 3.2.2025 klo 9.40", "META001"),
    "a Japanese era date under its label": ("更新日：令和7年2月3日", "META001"),
    "a Swedish forum's replies and views": ("6 svar · 2 210 visningar", "META006"),
    "an Arabic podcast's listens": ("1,204 استماع", "META006"),
    "a Thai editorial desk run together with the site's name": ("กองบรรณาธิการท่าเรือนิวส์",
                                                               "META003"),
    "a Chinese byline label and the desk": ("撰文：港口日報編輯部", "META003"),
    "a wire-like reporting service": ("Local Democracy Reporting Service", "META003"),
    "a special correspondent's role as the byline": ("Enviada especial", "META003"),
    "a Turkish desk after its city": ("İzmir / Liman Haber Merkezi", "META003"),
    # blind61
    "a commenter's name and the date with its time": ("Margot · 3 février 2025 à 9 h 40",
                                                      "META001"),
    "a forum post's edit note": ("Last edited by harbourfan on Mon Feb 03, 2025 9:40 am, "
                                 "edited 1 time in total.", "META001"),
    "an Indonesian team as the byline": ("Oleh Tim Dapur Uji Pelabuhan", "META003"),
    "an Arabic section as the byline": ("كتب: قسم الاقتصاد", "META003"),
    "a Russian wire's material": ("По материалам агентства «Порт-Инфо»", "META003"),
}


@pytest.mark.parametrize("name", list(SESSION_ELEVEN_FORMS))
def test_metadata_forms_of_the_fifty_sixth_set_fire(name: str) -> None:
    line, code = SESSION_ELEVEN_FORMS[name]
    text = "Harbour bridge reopens after repairs\n" + line + "\nThe harbour bridge reopened.\n"
    assert code in {f.code for f in _findings_in(text)}


def test_the_masthead_again_beside_the_date_is_the_sites_credit() -> None:
    text = ("Hafen Kurier\nStart | Stadt | Sport\nStart / Stadt\n"
            "Die Hafenbrücke ist wieder offen\n12. März 2025, 09:40\nHafen Kurier\n"
            "Die Hafenbrücke wurde am Montag nach zwei Jahren Reparatur wieder geöffnet.\n")
    assert [f.code for f in _findings_in(text) if f.code == "META003"] == ["META003"]


def test_the_blogger_replying_in_the_comments_is_no_credit() -> None:
    """Under the story the site's name over a comment's date is its blogger replying."""
    text = ("Hafen Blog\nStart | Reisen | Essen\n"
            "Ein Wochenende an der Hafenbrücke\n12. März 2025\n"
            "Wir sind am Samstag früh losgefahren und haben die neue Brücke gesehen.\n"
            "Kommentare\nAnna\n13. März 2025\nSchöner Bericht, danke dafür!\n"
            "Hafen Blog\n13. März 2025\nDanke, Anna! Es war ein schöner Tag.\n")
    assert "META003" not in {f.code for f in _findings_in(text)}


@pytest.mark.parametrize("text", [
    "Von Anna Müller",  # a person
    "By McNeil",  # a name's own inner capital
    "Thích · Trả lời",  # a comment's buttons
    "Συντάκτης: Ελένη Παππά",  # a person
    "(and/or)",
    "Tiedote",  # the word alone
    "令和の時代が始まった。",
    "Von Tim Krasselt",  # "Tim" is a first name
    "كتب: أحمد علي",  # a person
])
def test_lines_like_the_fifty_sixth_sets_forms_are_no_metadata(text: str) -> None:
    codes = {f.code for f in _findings_in("The ferry service resumed.\n" + text + "\n")}
    assert not {c for c in codes if c.startswith("META")}, codes


def test_a_chinese_live_pages_entry_times_are_its_markers() -> None:
    """Entries written without spaces are prose too: each time above one is a marker."""
    entries = ["女子组冠军诞生，来自宁波的选手以两小时三十一分率先冲过终点线。",
               "男子组比赛结束，来自肯尼亚的选手以两小时十二分夺得冠军。",
               "赛道沿线气温十二度，组委会提醒跑者注意补水。"]
    text = ("直播｜西湖城市马拉松今日开跑\n10:58\n" + entries[0] + "\n10:41\n" + entries[1]
            + "\n09:35\n" + entries[2] + "\n")
    assert [f.code for f in _findings_in(text)].count("META001") == 3


def test_a_box_office_source_under_the_date_is_no_events_tickets() -> None:
    """"Box office" names an event's tickets only beside a price."""
    text = ("Phim Tết cán mốc 150 tỷ đồng sau 10 ngày\nThứ Hai, 03/02/2025 - 16:40\n"
            "Hoàng Lan\nTheo Phòng Vé Việt/Box Office Việt\n"
            "Bộ phim đã vượt mốc 150 tỷ đồng doanh thu sau mười ngày công chiếu.\n")
    assert "META001" in {f.code for f in _findings_in(text)}


# -- session 12: shapes of never-seen pages --------------------------------------------


def test_comment_heads_a_posters_name_and_the_date() -> None:
    """A poster's name and a full date, over the comment's text: twice on the page
    without a time, alone with its time or its poster's handle."""
    note = "Wir waren im Mai dort, der Steig war trocken und gut markiert.\n"
    thread = ("Kommentare\nLena K. — 3/5/2025\n" + note + "Bruno von Hagen — 4/5/2025\n" + note)
    assert [f.code for f in _findings_in(thread)].count("META001") == 2
    for head in ("Lena Kowalczyk 3. Mai 2025, 18:40", "wander_bruno · 4 May 2025"):
        assert "META001" in {f.code for f in _findings_in("Kommentare\n" + head + "\n" + note)}


@pytest.mark.parametrize("text", [
    "Lena K. — 3/5/2025\nWir waren im Mai dort, der Steig war trocken.\n",  # one, no time
    "Version 4.18 — May 6, 2025\nFaster sync and fewer crashes on start.\n",
    "Ashby Vale, NS – November 18, 2024\nResidents must boil their water until further notice.\n",
    "Spring Fair – 12 April 2025\nHarvest Supper – 3 May 2025\nStalls and games on the green.\n",
])
def test_lines_like_comment_heads_are_no_stamps(text: str) -> None:
    assert "META001" not in {f.code for f in _findings_in(text)}


def test_live_entry_times_with_a_dot_on_a_live_page_and_thai_oclock() -> None:
    entries = ["Prvi tekmovalec je skočil 212 metrov in vodi pred drugim.",
               "Veter se je nekoliko okrepil, žirija je znižala zaletno mesto.",
               "Dober dan in dobrodošli v neposrednem prenosu tekme v poletih."]
    body = "".join(f"{t}\n{e}\n" for t, e in zip(["15.41", "15.12", "14.30"], entries,
                                                  strict=True))
    live = "V ŽIVO: finale v poletih\n" + body
    assert [f.code for f in _findings_in(live)].count("META001") == 3
    assert "META001" not in {f.code for f in _findings_in("Cenik kosil\n" + body)}
    thai = "".join(f"{t} น.\n{e}\n" for t, e in zip(["16:40", "15:55", "15:05"], entries,
                                                    strict=True))
    assert [f.code for f in _findings_in(thai)].count("META001") == 3


def test_a_japanese_reading_time_closed_by_its_full_stop() -> None:
    text = "港の橋が再開\nこの記事は約3分で読めます。\n橋は月曜日に二年ぶりに再び開通しました。\n"
    assert "META007" in {f.code for f in _findings_in(text)}


@pytest.mark.parametrize("line", [
    "Date de mise à jour : 2024-11-19",
    "Data wytworzenia: 17.06.2024",
    "Článek aktualizován: 5. 9. 2024",
    "עודכן לאחרונה: 21.07.2024",
    "अंतिम अद्यतन: 09/12/2024",
    "Жарияланған күні: 14.05.2024",
    "Mardi 1er octobre 2024",
])
def test_updated_labels_of_more_languages_and_the_french_first(line: str) -> None:
    text = f"Le pont rouvre\n{line}\nLe pont a rouvert lundi après deux ans de travaux.\n"
    assert "META001" in {f.code for f in _findings_in(text)}


# -- session 13: shapes of never-seen pages --------------------------------------------


def test_live_entry_times_with_a_spaced_am_pm() -> None:
    """Spanish pages space the part of the day: "11:40 p. m."."""
    entries = ["Terminó la gala y el jurado entregó el último premio de la noche.",
               "Subió al escenario la banda invitada y el público se puso de pie.",
               "Buenas noches, empieza la transmisión desde la alfombra roja."]
    body = "".join(f"{t}\n{e}\n" for t, e in zip(["11:40 p. m.", "10:05 p. m.", "9:12 p. m."],
                                                  entries, strict=True))
    assert [f.code for f in _findings_in("La gala de los premios\n" + body)].count(
        "META001") == 3


@pytest.mark.parametrize("line", [
    "Saltillo, Coah., 4 de marzo de 2025",  # a dateline with its state abbreviated
    "Red Deer, AB, 12 May 2025",
    "Thema gestartet von bergfink_77 · 4. Mai 2025, 21:06",  # the thread's noun first
    "Zuletzt aktualisiert 2.10.2025, 09:15 · Anzeigencode 550218734",  # a record number
    "نُشر بتاريخ 12/05/2025 على الساعة 09:40",
    "Zadnja posodobitev: 9.05",
])
def test_datelines_thread_heads_and_rows_of_never_seen_pages(line: str) -> None:
    text = f"Most se znova odpre\n{line}\nMost je bil zaprt dve leti zaradi obnove in popravil.\n"
    assert "META001" in {f.code for f in _findings_in(text)}


@pytest.mark.parametrize("line", [
    "Saltillo, Coah., the state's capital, grew fast in 2025.",
    "Ticket 4128830 · Concert of 4 May 2025 in the old hall",
])
def test_close_lines_are_no_datelines_or_rows(line: str) -> None:
    text = f"Most se znova odpre\n{line}\nMost je bil zaprt dve leti zaradi obnove in popravil.\n"
    assert "META001" not in {f.code for f in _findings_in(text)}


@pytest.mark.parametrize(("line", "fires"), [
    ("Door onze verslaggever", True),
    ("Von unserem Korrespondenten", True),
    ("De nuestro corresponsal", True),
    ("Con información de Agencia Austral", True),
    ("Com informações da Agência Litoral", True),
    ("据南风社3月5日电", True),
    ("Con información de testigos, el fuego empezó de noche.", False),
    ("Onze verslaggever was erbij toen de brug weer openging.", False),
])
def test_our_reporter_and_wire_information_credits(line: str, fires: bool) -> None:
    text = f"De brug gaat weer open\n{line}\nDe brug was twee jaar dicht voor herstel.\n"
    assert ("META003" in {f.code for f in _findings_in(text)}) == fires


# -- session 13: shapes of never-seen pages, by line and code (None: no META finding) ------

SESSION_THIRTEEN_LINES: list[tuple[str, str | None]] = [
    # a player's running time after its label, digits of any script
    ("Duration: 7m 12s", "META007"),
    ("Duração: 39 min", "META007"),
    ("अवधि: 41 मिनट 5 सेकंड", "META007"),
    ("دورانیہ: ۳۶ منٹ", "META007"),
    ("ความยาว 44:10 นาที", "META007"),
    ("Durata: 118 minuti", None),  # a film's running time, a fact of the review
    ("Length: 96 m", None),  # a pier's length
    # a rating behind the site's name or in a word the older lists lack
    ("Harbourbite rating: 3.5 out of 5", "META006"),
    ("Kahvekare Puanı: 7/10", "META006"),
    ("Testergebnis: 3,9 von 5 Sternen", "META006"),
    ("Ma note : 6/10", "META006"),
    ("דירוג המערכת: 3 מתוך 5", "META006"),
    ("The Harbourbite rating: 3.5 out of 5 was generous.", None),
    ("Piętro: 3/10", None),  # a listing's floor
]


@pytest.mark.parametrize(("line", "code"), SESSION_THIRTEEN_LINES)
def test_session_thirteen_shapes(line: str, code: str | None) -> None:
    text = f"Harbour bridge reopens\n{line}\nThe harbour bridge reopened after two years.\n"
    codes = {f.code for f in _findings_in(text) if f.code.startswith("META")}
    assert (code in codes) if code else not codes, codes


@pytest.mark.parametrize(("line", "fires"), [
    ("2.1 mil personas están leyendo esto", True),
    ("4.8K लोग इसे पढ़ रहे हैं", True),
    ("88 personas interesadas", True),
    ("17 personer gillar detta", True),
    ("904 people viewed this property in the last 3 days", True),
    ("Σε 9 μέλη αρέσει αυτό", True),
    ("207 har sett denne annonsen", True),
    ("2 310 удаа үзсэн", True),
    ("Přečteno 1 506×", True),
    ("ยอดเข้าชม 7,120 ครั้ง", True),
    ("14 people died in the floods", False),  # a headline
    ("อ่านหนังสือ 3 ครั้ง", False),  # read a book three times
])
def test_counts_of_readers_viewers_and_listeners(line: str, fires: bool) -> None:
    text = f"Harbour bridge reopens\n{line}\nThe harbour bridge reopened after two years.\n"
    assert ("META006" in {f.code for f in _findings_in(text)}) == fires


@pytest.mark.parametrize(("line", "fires"), [
    ("Pinecrest Valley news desk", True),
    ("Coastal Ledger newsroom", True),
    ("Additional reporting: Pinecrest Valley news desk", True),
    ("Contact the newsroom", False),
    ("The mayor visited the newsroom", False),
])
def test_a_desk_credit_in_lower_case_after_the_sites_name(line: str, fires: bool) -> None:
    text = f"Harbour bridge reopens\n{line}\nThe harbour bridge reopened after two years.\n"
    assert ("META003" in {f.code for f in _findings_in(text)}) == fires


# -- session 14: shapes of never-seen pages ------------------------------------------------


@pytest.mark.parametrize(("line", "fires"), [
    ("Liker: 27", True),
    ("Gillar: 5", True),
    ("Beğeni: 2.318", True),
    ("共 14 条评论", True),
    ("阅读 2301 | 回复 8", True),
    ("ฟังแล้ว 3.1K ครั้ง", True),
    ("5 Mn+ indirme", True),
    ("Jeg liker: 27 grader i stua er nok.", False),  # a sentence with the verb
    ("共有 14 人受伤。", False),  # fourteen injured
])
def test_session_fourteen_counters(line: str, fires: bool) -> None:
    text = f"Harbour bridge reopens\n{line}\nThe harbour bridge reopened after two years.\n"
    assert ("META006" in {f.code for f in _findings_in(text)}) == fires


@pytest.mark.parametrize(("line", "parsed"), [
    ("Wiebke sagt: 3. Oktober 2024 um 08:15 Uhr", "2024-10-03T08:15:00"),
    ("Paula Dinu spune: 2 aprilie 2025 la 17:05", "2025-04-02T17:05:00"),
    ("tomasz_77 pisze: 25.05.2025, 21:40", "2025-05-25T21:40:00"),
    ("Olga dice: 7 de junio de 2025 a las 11:20", "2025-06-07T11:20:00"),
    ("李明 说：2025-03-04 10:00", "2025-03-04T10:00:00"),
    ("Monterrey, NL. 4 de abril de 2025 | 09:10", "2025-04-04T09:10:00"),
])
def test_session_fourteen_stamps(line: str, parsed: str) -> None:
    stamps = parse_date_line(line)
    assert stamps is not None and stamps[0].parsed == parsed, stamps


@pytest.mark.parametrize("line", [
    "The mayor says: roads reopen on 3 May 2025",
    "Wiebke sagt: Wir kommen am 3. Oktober 2024 wieder.",
    "Seraina sagt:",
])
def test_close_lines_are_no_comment_headers(line: str) -> None:
    assert parse_date_line(line) is None


@pytest.mark.parametrize(("line", "fires"), [
    ("Equipo de prensa Colegio Andino", True),
    ("Tartu Linna pressiteenistus", True),
    ("Gabinet de Comunicació", True),
    ("जनसंपर्क प्रकोष्ठ", True),
    ("Redacción / Corresponsales", True),
    ("Agencia Informativa Austral", True),
    ("Press office staff were told to wait", False),
    ("Equipo de prensa pide calma a los vecinos", False),
])
def test_session_fourteen_desk_credits_beside_the_date(line: str, fires: bool) -> None:
    text = (f"Puente Nalón\nInicio > Noticias\nEl puente vuelve a abrir\n{line}\n"
            "4 de abril de 2025\nEl puente estuvo cerrado dos años por obras de reparación.\n")
    assert ("META003" in {f.code for f in _findings_in(text)}) == fires


@pytest.mark.parametrize(("line", "parsed"), [
    ("17 мар 2025, 20:05", "2025-03-17T20:05:00"),
    ("9 окт. 2024", "2024-10-09"),
    ("21 лис 2024, 07:30", "2024-11-21T07:30:00"),
])
def test_russian_and_ukrainian_short_months(line: str, parsed: str) -> None:
    stamps = parse_date_line(line)
    assert stamps is not None and stamps[0].parsed == parsed, stamps


# -- session 16: shapes of never-seen pages ------------------------------------------------


@pytest.mark.parametrize(("line", "parsed"), [
    ("hace 3 h", "3 h"),  # a relative stamp's short unit
    ("il y a 4 j", "4 j"),
    ("há 12 min.", "12 min"),
    ("Драган, 4. 5. 2025. у 9:40", "2025-05-04T09:40:00"),  # a Cyrillic name or place
    ("Београд, 4. мај 2025.", "2025-05-04"),
    # the calendars, numerals and labels of blind85 and blind87
    ("Gewijzigd op 3 maart 2025 om 9.15 uur", "2025-03-03T09:15:00"),  # Dutch "uur"
    ("追記：2024年6月2日 9:05", "2024-06-02T09:05:00"),  # a Japanese postscript's stamp
    ("※2024年6月2日 9:05時点の情報です", "2024-06-02T09:05:00"),  # "as of"
    ("Tucson, AZ / 14.06.2024 09:05 hrs", "2024-06-14T09:05:00"),  # a state and a slash
    ("Përditësuar më: 14/6/2024, 09:05", "2024-06-14T09:05:00"),  # Albanian "më"
    ("5 ditë më parë", "5 ditë më parë"),  # Albanian "ago"
    ("2 gün əvvəl", "2 gün əvvəl"),  # Azerbaijani
    ("месяц назад", "месяц назад"),  # Russian's single unit without a count
    ("Թարմացված է՝ 14.06.2024, 09:05", "2024-06-14T09:05:00"),  # Armenian's colon
    ("Dərc edildi: 2 iyun 2024, 09:05", "2024-06-02T09:05:00"),  # Azerbaijani
    ("3-mart, 2024 | 14:10", "2024-03-03T14:10:00"),  # Uzbek day-month
    ("2024-yil 3-mart", "2024-03-03"),
    ("अपडेटेड: ३ मार्च २०२४, सकाळी ९:०५", "2024-03-03T09:05:00"),  # Marathi's morning
    ("२०८१ फागुन ५, सोमबार ०९:०५", "2025-02-17T09:05:00"),  # Bikram Sambat, Nepali weekday
    ("၂၀၂၄ ခုနှစ်၊ မတ်လ ၃ ရက်", "2024-03-03"),  # Burmese figures and "month", "day"
    ("၁၃၈၆ ခုနှစ်၊ တပေါင်းလပြည့် ၁၅ ရက်", "2025-03-15"),  # Myanmar's lunar calendar
    ("የካቲት ፳፭ ቀን ፳፻፲፯ ዓ.ም.", "2025-03-04"),  # Ge'ez numerals, Ethiopian months
    ("פורסם: יום שני, ג' באדר תשפ\"ה, 03.03.25, 09:05", "2025-03-03T09:05:00"),  # Hebrew date
    ("सोमवार, 3 मार्च 2025 | फाल्गुन शुक्ल चतुर्थी, विक्रम संवत 2081", "2025-03-03"),
    ("Опубликована 3 марта 2024", "2024-03-03"),  # Russian's feminine participle
    ("3 marzo 2024 | ore 14:10", "2024-03-03T14:10:00"),  # a separator and "at"
])
def test_session_sixteen_stamps(line: str, parsed: str) -> None:
    stamps = parse_date_line(line)
    assert stamps is not None and parsed in stamps[0].parsed, stamps


@pytest.mark.parametrize("line", [
    "Hace 3 h que esperamos el autobús en la parada.",
    "Београд, 4. мај 2025. године почиње сајам књига.",
    "Tucson, AZ / the city council met on 02.06.2024 to vote.",
    "5 ditë më parë ishte zgjedhja në qytet.",
    "Месяц назад мы открыли новый магазин на площади.",
    "የካቲት ፳፭ ቀን ፳፻፲፯ ዓ.ም. በአዲስ አበባ ስብሰባ ተካሄደ።",
    "2024-yil 3-mart kuni yangi maktab ochildi.",
    "၂၀၂၄ ခုနှစ်၊ မတ်လ ၃ ရက်တွင် စာသင်ကျောင်းသစ် ဖွင့်လှစ်ခဲ့သည်။",
    "3 marzo 2024 | ore 14:10 – 18:30 | Teatro Comunale",
])
def test_close_lines_are_no_session_sixteen_stamps(line: str) -> None:
    assert parse_date_line(line) is None


def test_a_comments_head_with_a_name_a_date_and_a_time_under_prose() -> None:
    """A name, a comma, a date and a time under the article is a comment's head, not the
    place and date a notice closes on (those carry no time)."""
    text = ("Суд одбио жалбу\nСуд је одбио жалбу инвеститора у понедељак ујутру.\n"
            "Инвеститор мора да исплати штету купцима у року од месец дана.\n"
            "Драган, 4. 5. 2025. у 9:40\nКоначно нека правда за купце, дуго су чекали.\n")
    assert "META001" in {f.code for f in _findings_in(text)}


def test_a_named_comment_head_beside_a_handles_head() -> None:
    note = "We walked the same track in May and the huts were full every night.\n"
    text = ("Three days on the coast track\n" + "The track runs along the coast.\n"
            + "trail_kiwi · 3 May 2025\n" + note + "Mere Tane · 4 May 2025\n" + note)
    assert [f.code for f in _findings_in(text)].count("META001") == 2


@pytest.mark.parametrize(("line", "code"), [
    # a row's reading time after a label of any language
    ("प्रकाशित: 3 मई 2025 · पढ़ने का समय: 4 मिनट", "META001"),
    ("Yayınlanma: 3 Mayıs 2025 · Okuma süresi: 4 dk", "META001"),
    # "Posted by" of blog software's language packs before the date
    ("Diposting oleh Ayu Lestari · 3 Mei 2025", "META001"),
    ("Eingestellt von Jonas Weber | 4. Mai 2025", "META001"),
    # a desk's credit and a wire's after a comma
    ("Da Redação, com agência Litoral Press", "META003"),
    ("Redacción, con información de Agencia Andes", "META003"),
    ("Opening: 3 May 2025 · Duration of the walk: 45 min", None),  # an event's facts
    ("Da Redação, com a ajuda dos leitores, fizemos a lista", None),
    ("Publié par la mairie, qui a voté le budget · 2 juin 2025", None),
])
def test_session_sixteen_rows_and_credits(line: str, code: str | None) -> None:
    text = f"Harbour bridge reopens\n{line}\nThe harbour bridge reopened after two years.\n"
    codes = {f.code for f in _findings_in(text) if f.code.startswith("META")}
    assert (code in codes) if code else not codes, codes


def test_the_mastheads_name_above_the_date_under_a_long_headline() -> None:
    """A headline of more than ninety characters without a full stop is still the head."""
    text = ("ДУНАВСКИ ГЛАСНИК\nВести | Град | Спорт\n"
            "Купци станова добили спор против инвеститора који мора да исплати штету "
            "од четрнаест милиона динара\nДунавски гласник\n23. 10. 2025. 14:37\n"
            "Суд је донео пресуду у корист купаца станова у понедељак.\n")
    assert "META003" in {f.code for f in _findings_in(text)}


@pytest.mark.parametrize(("line", "fires"), [
    ("Food 9/10 · Service 8/10 · Value 7/10", True),  # a review's sub-scores in a row
    ("Comida: 9/10 | Servicio: 8/10", True),
    ("Nilai kami: 7,5/10", True),
    ("Rasoighar रेटिंग: 4/5", True),  # a site's name before the rating word
    ("The panel gave Food 9/10 and Service 8/10 in its review.", False),
])
def test_session_sixteen_scores(line: str, fires: bool) -> None:
    text = f"Harbour bridge reopens\n{line}\nThe harbour bridge reopened after two years.\n"
    assert ("META006" in {f.code for f in _findings_in(text)}) == fires


@pytest.mark.parametrize(("firm", "below", "fires"), [
    ("株式会社カモメリンク", "2025年10月8日 11時00分", True),
    ("Saltmarsh Tools Ltd.", "8 October 2025", True),
    ("Nordvik GmbH", "8. Oktober 2025", True),
    ("Saltmarsh Tools Ltd.", "The firm said it would open twelve new shops this year.", False),
    ("Saltmarsh Tools Ltd.", "Posted 8 October 2025", False),  # a job ad's employer
])
def test_a_firm_by_its_legal_form_beside_the_date(firm: str, below: str, fires: bool) -> None:
    """A press release's issuer named alone by its legal form over the release's date; the
    same name over prose is the text's (an app's developer, a heading)."""
    text = (f"PressGate\nHome | Releases | Companies\nShops to rent by the day open in twelve "
            f"cities\n{firm}\n{below}\nThe service opens in twelve cities on Monday.\n")
    found = [f for f in _findings_in(text) if f.code == "META003"]
    assert bool(found) == fires, found


@pytest.mark.parametrize(("line", "parsed"), [
    ("Questa pagina è stata modificata per l'ultima volta il 4 apr 2025 alle 09:30.",
     "2025-04-04T09:30:00"),
    ("Diese Seite wurde zuletzt am 4. April 2025 um 09:30 Uhr bearbeitet.",
     "2025-04-04T09:30:00"),
    ("Эта страница в последний раз была отредактирована 4 апреля 2025 в 09:30.",
     "2025-04-04T09:30:00"),
    ("Deze pagina is het laatst bewerkt op 4 apr 2025 om 09:30.", "2025-04-04T09:30:00"),
])
def test_a_wikis_last_edit_in_other_languages(line: str, parsed: str) -> None:
    stamps = parse_date_line(line)
    assert stamps is not None and stamps[0].parsed == parsed, stamps


def test_a_wikis_foot_words_without_a_date_are_no_stamp() -> None:
    assert parse_date_line("Diese Seite wurde zuletzt am Montag von vielen Leuten bearbeitet.") \
        is None


@pytest.mark.parametrize(("line", "fires"), [
    ("Đăng bởi: Ban biên tập", True),  # the editorial board as the poster
    ("เรื่อง: กองบรรณาธิการสวนผักบ้านเรา", True),
    ("Đăng bởi: Trần Thị Mai", False),  # a person: META004's
    ("เรื่อง: น้ำท่วมหนักในภาคเหนือ", False),  # a subject line
])
def test_an_editorial_board_after_a_posted_by_label(line: str, fires: bool) -> None:
    text = f"Harbour bridge reopens\n{line}\nThe harbour bridge reopened after two years.\n"
    assert ("META003" in {f.code for f in _findings_in(text)}) == fires


@pytest.mark.parametrize(("line", "code"), [
    ("Eingetragen am 4. April 2025", "META001"),
    ("Medically reviewed by the Saltmarsh Clinic Editorial Panel", "META003"),
    ("Fact checked by the Saltmarsh Health Team", "META003"),
    ("Listening time: 9 min", "META007"),
    ("Tiempo de escucha: 9 min", "META007"),
    ("Reviewed by the committee last week, the plan was approved.", None),
    ("Eingetragen am Montag wurde der Verein in das Register.", None),
])
def test_session_sixteen_labels_reviewers_and_listening_times(line: str, code: str | None) -> None:
    text = f"Harbour bridge reopens\n{line}\nThe harbour bridge reopened after two years.\n"
    codes = {f.code for f in _findings_in(text) if f.code.startswith("META")}
    assert (code in codes) if code else not codes, codes


def test_an_exhibitions_dates_with_a_first_day_that_could_swap_are_a_span() -> None:
    """"12.4.2025 – 30.8.2025": the exhibition's own dates, day first as the second shows."""
    assert parse_date_line("12.4.2025 – 30.8.2025") is None


@pytest.mark.parametrize(("line", "fires"), [
    ("Polska Agencja Prasowa", True),
    ("Katolicka Agencja Informacyjna", True),
    ("Miejski Odbor komunikace", True),  # an office's owner before its words
    ("Agencja Nieruchomości", False),  # a Polish business, no news agency
    ("Agencja Kreatywna Nowak", False),
    ("Jana Nováková, odbor komunikace", False),  # a person and her office: META004's
    ("Piotr Lis, biuro prasowe", False),
])
def test_agencies_and_offices_beside_the_date_narrowed(line: str, fires: bool) -> None:
    """A Polish news agency is named by its kind after the word; a bare 'Agencja …' and a
    person's name before her office's words are no credit of the site."""
    text = (f"Most na Wiśle\nStart > Wiadomości\nMost znów otwarty\n{line}\n"
            "4.04.2025 14:12\nMost był zamknięty przez dwa lata z powodu remontu.\n")
    assert ("META003" in {f.code for f in _findings_in(text)}) == fires


@pytest.mark.parametrize(("line", "parsed"), [
    ("15 رمضان 1446 هـ", "2025-03-15"),  # a Hijri date alone, by the tabular calendar
    ("الأحد 1 رمضان 1446", "2025-03-01"),
    ("२०८१ साउन १५ गते", "2024-07-31"),  # Bikram Sambat, to a day or two
    ("साउन १५, २०८१", "2024-07-31"),
    ("14 ต.ค. 68 21:05", "2025-10-14T21:05:00"),  # a Thai forum's two-figure Buddhist year
    ("Dydd Llun, 3 Mawrth 2025", "2025-03-03"),
    ("Dé Luain, 14 Eanáir 2025", "2025-01-14"),
    ("Cyhoeddwyd: 3 Mawrth 2025", "2025-03-03"),
    ("Julkaistu 3.3.2025 kello 14.12", "2025-03-03T14:12:00"),
    ("maanantai 3.3.2025 klo 14.12", "2025-03-03T14:12:00"),
    ("3 de março de 2025 às 14h12min", "2025-03-03T14:12:00"),
    ("Обновена: 14 октомври 2025, 11:20", "2025-10-14T11:20:00"),
    ("Δημοσιεύτηκε στις 18 Φεβρουαρίου 2025", "2025-02-18"),
    ("最后更新于 2025年3月2日", "2025-03-02"),
    ("Last edited by SparkyInEnnis; 14-01-2025 at 10:11pm.", "2025-01-14T22:11:00"),
    ("14-01-2025 9:12pm #1", "2025-01-14T21:12:00"),  # a forum post's number
    ("#4 2 days ago", "2 days ago"),
    ("Atnaujintas: prieš 2 d.", "prieš 2 d"),
])
def test_calendars_and_stamps_of_session_fourteen(line: str, parsed: str) -> None:
    stamps = parse_date_line(line)
    assert stamps is not None and stamps[0].parsed == parsed, stamps


@pytest.mark.parametrize("line", [
    "Ramadan: 15 رمضان هو يوم مبارك",
    "Mawrth 2025 oedd y mis gwlypaf erioed.",
    "Post #4 was removed by the moderators",
    "14 ต.ค. ฝนตกหนัก 68 มม.",
    "3 Mawrth 2025 roedd y bont ar gau.",
    "prieš 2 dalis",
])
def test_close_lines_of_session_fourteens_calendars_are_no_stamp(line: str) -> None:
    assert parse_date_line(line) is None


@pytest.mark.parametrize(("line", "fires"), [
    ("Izvor: Solana Mirna d.d.", True),  # a source credit in more languages
    ("Източник: агенция „Балкан Прес“", True),
    ("Σύνταξη: Newsroom", True),  # the editing by the newsroom
    ("AIW, oprac. MZ", True),  # a Polish wire and its editor's initials
    ("Distributed by Harbour Wire on behalf of Saltmarsh Tools Ltd.", True),
    ("Diffusé par Fil Presse pour le compte de Salines Mirna SA", True),
    ("Izvor vode je na brdu iznad sela.", False),
    ("AIW, oprac. wyniki w czwartek", False),
    ("Distributed by hand to every house on the street.", False),
])
def test_session_fourteen_sources_and_distributors(line: str, fires: bool) -> None:
    text = f"Harbour bridge reopens\n{line}\nThe harbour bridge reopened after two years.\n"
    assert ("META003" in {f.code for f in _findings_in(text)}) == fires


@pytest.mark.parametrize(("credit", "fires"), [
    ("تحریریه سفره نارنج", True),  # the editorial board of the masthead's site
    ("Viestintä", True),  # a communications office beside the date
    ("ไทยรัฐออนไลน์", True),  # a Thai site's online edition
    ("Agencja Informacyjna Wisła", True),  # a Polish news agency by its kind
    ("تحریریه مجله دیگر", False),  # another site's board
])
def test_session_fourteen_desks_beside_the_date(credit: str, fires: bool) -> None:
    masthead = "ไทยรัฐออนไลน์" if "ออนไลน์" in credit else "سفره نارنج"
    text = (f"{masthead}\nخانه | دستور پخت | مجله\nخانه / نان خانگی\nشیرمال خانگی نرم و معطر\n"
            f"{credit}\n14.10.2025 klo 9.15\nThe harbour bridge reopened after two years of"
            " repairs, the council said on Monday.\n")
    assert ("META003" in {f.code for f in _findings_in(text)}) == fires


# -- session 16: calendars, numerals and labels of more languages ----------------------------


def test_geez_numerals_read_as_figures() -> None:
    from corpus_lint.rules.meta import _geez_value
    assert [_geez_value(n) for n in ("፩", "፲፱", "፻", "፲፱፻፹", "፳፻፲፯")] == [1, 19, 100, 1980, 2017]


def test_a_reviews_date_under_its_stars_is_no_signed_date() -> None:
    """A shop review's date sits under its stars and over its badge (two words, like a
    signatory); a notice's date under prose and over its signer stays (META001 silent)."""
    prose = ("The new boiler was fitted in an afternoon and it has run quietly all winter "
             "long, the installer said in his note to the owners.\n")
    review = (f"Boiler review\n{prose}{prose}Marek, Ostrava\n★★★★☆\n4. 2. 2025\nVerified "
              "purchase\nWorks well and heats the flat quickly.\n")
    assert "META001" in {f.code for f in _findings_in(review)}
    notice = f"Notice of closure\n{prose}{prose}4. 2. 2025\nThe Town Clerk\n"
    assert "META001" not in {f.code for f in _findings_in(notice)}


@pytest.mark.parametrize(("line", "fires"), [
    ("Avec Agence Fluviale de Presse", True),  # a wire after "with", alone
    ("Con Agencia Norte", True),
    ("Samengesteld door de sportredactie", True),  # a Dutch desk that compiled the page
    ("Compiled by the arts desk", True),
    ("Daga Sashen Siyasa", True),  # Hausa: from the politics desk
    ("မြစ်ဝှမ်းသတင်း သတင်းဌာန", True),  # a Burmese news desk
    ("작성자 홍보협력팀", True),  # a Korean author label naming an office
    ("प्रतिनिधी, नाशिक", True),  # a Marathi correspondent and the place
    ("文章来源：江城日报", True),  # a Chinese source label
    ("Avec agence et beaucoup de patience, il a fini le travail.", False),
    ("Samengesteld door de leerlingen van groep acht.", False),
    ("작성자 김민수", False),  # a person
    ("Newswire", False),  # a word alone
])
def test_session_sixteen_desks_and_wires(line: str, fires: bool) -> None:
    text = f"Harbour bridge reopens\n{line}\nThe harbour bridge reopened after two years.\n"
    assert ("META003" in {f.code for f in _findings_in(text)}) == fires


def test_a_newswire_beside_the_date_is_a_credit_and_on_the_first_line_a_masthead() -> None:
    story = ("Harbour bridge reopens\nThe council approved the repairs in March\nNewsWire Kerala\n"
             "Updated: 4 Mar 2025, 06:10 PM IST\nThe harbour bridge reopened after two years.\n")
    assert "META003" in {f.code for f in _findings_in(story)}
    release = ("NewsWire Harbour\nHarbour bridge reopens\nThe harbour bridge reopened after two "
               "years of repairs, the council said.\n")
    assert "META003" not in {f.code for f in _findings_in(release)}


# -- session 17: price stamps, new calendars' words, desks, player clocks, review months ------

_PROSE = ("The harbour bridge reopened after two years of repairs, the council said on "
          "Monday, and traffic is flowing again.\n")


def _codes_on(line: str, lead: str = "Harbour bridge reopens\n") -> set[str]:
    text = f"{lead}{line}\n{_PROSE}"
    start = len(lead)
    return {f.code for f in _findings_in(text) if f.start < start + len(line) and f.end > start}


@pytest.mark.parametrize(("line", "fires"), [
    ("Prezzo aggiornato al 3 marzo 2025, ore 09:10", True),  # a shop's price as of
    ("Ціна актуальна на 03.03.2025", True),
    ("Цены актуальны на 03.03.2025", True),
    ("آخر تحديث للأسعار: 09:05 صباحًا", True),
    ("ਭਾਅ ਅੱਪਡੇਟ: 03-03-2025, ਸ਼ਾਮ 4:15 ਵਜੇ", True),  # Punjabi evening and o'clock
    ("Prices as of March 3, 2025", True),
    ("Cena aktualna na 03.03.2025", True),
    ("价格更新于2025年3月3日", True),
    ("Posted online on March 3, 2025", True),
    ("가격은 2025년 3월 3일 오후 2시 기준이며, 판매처 사정에 따라 달라질 수 있습니다.", True),
    ("Sabti, 3 Maarso 2025 - 09:10 GMT+3", True),  # Somali weekday and month
    ("અપડેટેડ: 3 માર્ચ, 2025 | 09:10 AM", True),  # Gujarati "updated"
    ("3 ઓક્ટો, 2025 | 09:10 AM", True),  # a Gujarati month's short name
    ("2025年3月3日 星期一", True),  # a Chinese weekday after the date
    ("Il prezzo aggiornato al 3 marzo 2025 era di 12 euro.", False),  # a sentence
    ("Prezzo aggiornato", False),  # a label alone
    ("가격은 2025년 3월 3일부터 인상됩니다.", False),  # a price rise announced
    ("9시", False),  # an hour alone
])
def test_session_seventeen_stamps(line: str, fires: bool) -> None:
    assert ("META001" in _codes_on(line)) == fires


@pytest.mark.parametrize(("line", "fires"), [
    ("De: Redacția", True),  # Romanian "by: the newsroom"
    ("Wariye: Hiiraan Media", True),  # Somali "reporter:" and a media house
    ("كتب: محرر الرياضة", True),  # Arabic "written by: the sports editor"
    ("ઉત્તર ગુજરાત ન્યૂઝ નેટવર્ક", True),  # a Gujarati news network
    ("Эх сурвалж: Өдрийн мэдээ", True),  # Mongolian "source:"
    ("De: Ana Popescu", False),  # a person
    ("Wariye: Cali Maxamed", False),  # a person
    ("كتب: أحمد السيد", False),  # a person
])
def test_session_seventeen_desks(line: str, fires: bool) -> None:
    assert ("META003" in _codes_on(line)) == fires


def test_a_town_halls_area_beside_the_date_is_a_credit() -> None:
    head = "Ajuntament de Vilanova\nInici > Notícies\nEl pont reobre dilluns\n"
    dated = f"{head}03/03/2025\nÀrea de Mobilitat\n{_PROSE}"
    assert "META003" in {f.code for f in _findings_in(dated)}
    undated = f"{head}Àrea de Mobilitat\n{_PROSE}"
    assert "META003" not in {f.code for f in _findings_in(undated)}


def test_a_players_clock_under_its_control() -> None:
    for controls in ("Listen to this article\n", "Haberi Dinle\n", "Kunna sauti\nDakata\n",
                     "▶\n"):
        text = f"Harbour bridge reopens\n{controls}3:42\n{_PROSE}"
        assert "META008" in {f.code for f in _findings_in(text)}, controls
    for above in ("Kick-off\n", "Listen to the mayor explain at length why the bridge "
                  "closed\n"):
        text = f"Harbour bridge reopens\n{above}3:42\n{_PROSE}"
        assert "META008" not in {f.code for f in _findings_in(text)}, above


def test_a_like_buttons_count() -> None:
    assert "META008" in {f.code for f in _findings_in(f"{_PROSE}좋아요\n56\n구독하기\n")}
    assert "META008" not in {f.code for f in _findings_in(f"{_PROSE}Chapter\n56\n")}


def test_review_months_under_reviewers_names() -> None:
    review = "Todo impecable, la dueña nos esperó con pan casero y mate.\n"
    text = f"Opiniones\nLucía M.\nmarzo de 2025\n{review}Tomás R.\nfebrero de 2025\n{review}"
    assert len([f for f in _findings_in(text) if f.code == "META001"]) == 2
    once = f"Opiniones\nLucía M.\nmarzo de 2025\n{review}"
    assert "META001" not in {f.code for f in _findings_in(once)}


@pytest.mark.parametrize(("line", "code", "fires"), [
    ("Código: AB-204411", "META009", True),  # a classified's bare code
    ("Cód. TX-3390112", "META009", True),
    ("Código del aviso: VX-5520193", "META009", True),
    ("Annonsekode: 551203984", "META009", True),
    ("کد خبر: ۴۴۰۲۱۷", "META009", True),  # a Persian news agency's item code
    # a shop's product code: metadata since session 22 (the sets label it so, 29 to 6)
    ("Cód. do produto: LQ-1200-PR", "META009", True),
    ("Код товару: 552031", "META009", True),
    ("Código postal 1425", "META009", False),
    ("Okunma süresi: 4 dk", "META007", True),  # Turkish reading time
    ("Оцінка: 4 з 5", "META006", True),  # a buyer's rating
    ("Ocjena: 4 od 5", "META006", True),
    ("종합 평점 ★★★☆☆ 3.4/5", "META006", True),  # an overall rating with its stars
    ("瀏覽：1,204 | 回覆：9", "META006", True),  # a forum's counters
    ("1 204 osób śledzi tę relację", "META006", True),  # people following a live report
    ("812 people are following this", "META006", True),
    ("41 ਵਾਰ ਸਾਂਝਾ ਕੀਤਾ", "META006", True),  # Punjabi shares
    ("5 Tanggapan untuk \"Ke Flores Tanpa Kapal\"", "META006", True),  # comments heading
    ("4 Gedanken zu „Brot ohne Kneten“", "META006", True),  # WordPress's heading in German
    ("“빵 굽기”에 대한 4개의 생각", "META006", True),  # … in Korean
    ("「パンの焼き方」への4件のフィードバック", "META006", True),  # … in Japanese
    ("“Ekmek” için 4 yorum", "META006", True),  # … in Turkish
    ("Er zijn 4 gedachten over “brood” gedeeld.", "META006", False),
    ("Оцінка: 4 з 5, але кришка туго відкривається.", "META006", False),
    ("1 204 osób śledzi tę relację od rana, mówi redakcja.", "META006", False),
    ("5 tanggapan untuk pertanyaan itu sudah kami terima.", "META006", False),
])
def test_session_seventeen_pack_classes(line: str, code: str, fires: bool) -> None:
    assert (code in _codes_on(line)) == fires


# -- session 18: stream starts, release issuers, agencies, player clocks, star labels ------


@pytest.mark.parametrize(("line", "fires"), [
    ("Início da transmissão: 17/08/2025 15h30", True),  # a live blog's stream start
    ("Inicio de la transmisión: 17/08/2025 15:30", True),
    ("Übertragungsbeginn: 17.08.2025, 15:30 Uhr", True),
    ("Stream started 17 Aug 2025, 15:30", True),
    ("Start of construction: June 2024", False),  # a project's fact, not the page's
    ("A transmissão começa às 15h30 de domingo.", False),  # a sentence
])
def test_session_eighteen_stream_starts(line: str, fires: bool) -> None:
    assert ("META001" in _codes_on(line)) == fires


@pytest.mark.parametrize(("line", "fires"), [
    ("Persbericht van Ravelo Cycles NV", True),  # a press portal's issuer
    ("News provided by Larkspur Robotics, Inc.", True),  # a newswire's
    ("NOUVELLES FOURNIES PAR Fromagerie Lac-aux-Hérons inc.", True),
    ("Pressemitteilung der Nordvik GmbH", True),
    ("Comunicato stampa di Acque Venete", True),
    ("Press release from the ministry said the cuts will go ahead.", False),  # a sentence
    ("Persbericht van de gemeente", False),  # no name: a heading
])
def test_session_eighteen_release_issuers(line: str, fires: bool) -> None:
    assert ("META003" in _codes_on(line)) == fires


def test_a_news_agency_beside_the_date_is_a_credit() -> None:
    head = "Beranda | Nasional | Metropolitan | Ekonomi\nBanjir Rendam Tiga Kelurahan\n"
    for agency in ("Kantor Berita Nusantara Pratama", "Agencia Cantabria Noticias (ACN)",
                   "Πρακτορείο ΝΟΤΟΣ", "北日本スポーツ通信"):
        dated = f"{head}{agency}\n17/02/2025 10:42\n{_PROSE}"
        assert "META003" in {f.code for f in _findings_in(dated)}, agency
        undated = f"{head}{agency}\n{_PROSE}"
        assert "META003" not in {f.code for f in _findings_in(undated)}, agency


def test_a_persons_byline_under_a_paper_named_with_de() -> None:
    # "Gazeta de Someș" credits itself as "de Someș": its "de" is not the masthead's name
    # before a menu's sections, so a person's Romanian byline is not a desk's credit
    head = ("Gazeta de Someș\nȘtiri | Cluj | Transilvania | Economie | Sport\n"
            "Podul de pe strada Fabricii se închide complet pentru trei luni\n")
    text = f"{head}de Andrei Moldovan\nPublicat: 19.05.2025, 08:45\n{_PROSE}"
    assert "META003" not in {f.code for f in _findings_in(text)}
    desk = f"{head}Gazeta de Someș Cluj\nPublicat: 19.05.2025, 08:45\n{_PROSE}"
    assert "META003" in {f.code for f in _findings_in(desk)}


def test_a_players_clock_over_its_button() -> None:
    for below in ("Reproducir\n", "2.1萬 次播放\n▶ 播放\n", "▶ Dlala isiqephu | Landa\n"):
        text = f"Harbour bridge reopens\n3 June 2025\n47:32\n{below}{_PROSE}"
        assert "META008" in {f.code for f in _findings_in(text)}, below
    for below in ("Video: Harbour news\n", "Lecture : 3 min\n"):
        text = f"Harbour bridge reopens\n20:15\n{below}{_PROSE}"
        assert "META008" not in {f.code for f in _findings_in(text)}, below


@pytest.mark.parametrize(("line", "code", "fires"), [
    ("評分 ★★★★☆ 4.2", "META006", True),  # a rating's label without its colon
    ("Bewertung ★★★★½", "META006", True),
    ("좋아요 37 | 화나요 2", "META006", True),  # a Korean site's reaction buttons
    ("Ten wątek przeglądają: 3 gości", "META006", True),  # a topic's browsers
    ("Audio length 6:12", "META007", True),  # a player's running time
    ("Duração do vídeo: 12:04", "META007", True),
    ("The rating ★★★★☆ was too generous, she wrote.", "META006", False),
    ("저는 이 제품을 추천해요.", "META006", False),
    ("Route length 6:12", "META007", False),
])
def test_session_eighteen_pack_classes(line: str, code: str, fires: bool) -> None:
    assert (code in _codes_on(line)) == fires


# -- session 18, second round: blind94's and blind95's classes -----------------------------


def test_a_label_after_a_word_is_no_posters_head() -> None:
    # a notice's "Dated" over its signatory and the page's "Last updated:" are no thread's
    # comment heads ("Last" is no poster), so the notice's own date stays
    notice = (f"{_PROSE}{_PROSE}Dated 6 October 2025\n"
              "Margaret Ibbotson, Head of Legal and Democratic Services\n"
              "Last updated: 6 October 2025\nWas this page helpful?\n")
    found = {notice[f.start:f.end] for f in _findings_in(notice) if f.code == "META001"}
    assert found == {"Last updated: 6 October 2025"}
    thread = ("Harbour bridge reopens\nLena K. · 3 May 2025\n" + _PROSE
              + "Bruno Maier · 4 May 2025\n" + _PROSE)
    assert len([f for f in _findings_in(thread) if f.code == "META001"]) == 2


def test_comment_dates_without_a_year_under_their_posters() -> None:
    comments = ("Пожар в гаражном кооперативе\nСергей_Автозавод\n22 августа, 08:02\n"
                "Там с весны проводка висела на честном слове, председателю сто раз говорили.\n"
                "Людмила К.\n22 августа, 09:17\n"
                "У брата там бокс, слава богу, крайний, не задело. Машину успел выгнать сосед.\n")
    dated = [f for f in _findings_in(comments) if f.code == "META001"]
    assert [f.evidence["parsed"] for f in dated] == [["--08-22T08:02:00"], ["--08-22T09:17:00"]]
    once = f"Harbour bridge reopens\nTeam meeting\n22 August, 08:02\n{_PROSE}"
    assert "META001" not in {f.code for f in _findings_in(once)}  # one, under no poster


@pytest.mark.parametrize(("line", "parsed"), [
    ("الأحد 14 سبتمبر 2025 - 22 ربيع الأول 1447 هـ", ["2025-09-14"]),  # Hijri after a dash
    ("22 ربيع الأول 1447 هـ - 14 سبتمبر 2025", ["2025-09-14"]),
    ("Последна актуализация: 12 октомври 2025, 11:58", ["2025-10-12T11:58:00"]),
    ("Последнее обновление: 12 октября 2025", ["2025-10-12"]),
    ("Останнє оновлення: 12 жовтня 2025", ["2025-10-12"]),
    ("Rates as of October 15, 2025", ["2025-10-15"]),  # a table of rates' date
    ("Tassi aggiornati al 15 ottobre 2025", ["2025-10-15"]),
    ("Taux en vigueur au 15 octobre 2025", ["2025-10-15"]),
    ("Rates as of October 15, 2025 are shown below.", None),  # a sentence
    ("Rates effective from 15 October 2025", None),  # a headline of new rates
    ("وصل 22 ربيع الأول 1447 هـ إلى الميناء", None),
    ("Последнее изменение страницы: 11:06, 3 июня 2025.", ["2025-06-03T11:06:00"]),  # a wiki's
    ("Ostatnio online: wczoraj o 22:05", ["wczoraj 22:05"]),  # a seller's last visit
    ("Last active: yesterday at 22:05", ["yesterday 22:05"]),
    ("Last seen: 3 March 2025", None),  # a missing person's notice
    ("Relacja prowadzona od 21.09.2025, 06:00", ["2025-09-21T06:00:00"]),  # a live report's start
])
def test_session_eighteen_round_two_stamps(line: str, parsed: list[str] | None) -> None:
    stamps = parse_date_line(line)
    assert (None if stamps is None else [s.parsed for s in stamps]) == parsed


def test_the_pages_word_in_the_partitive_before_its_label() -> None:
    assert "META001" in _codes_on("Sivua päivitetty 5.9.2025")  # "page updated"
    assert "META001" not in _codes_on("Sivua päivitetty ahkerasti 5.9.2025")


def test_a_time_alone_under_its_date() -> None:
    dated = "Harbour bridge reopens\nSunday 14 September 2025\n"
    for time in ("10:35 ص", "10:35 AM", "오후 4:20", "09:10 GMT"):
        assert "META001" in _codes_on(time, dated), time
    for time in ("10:35", "19.00 h"):  # an event's starting time may stand there
        assert "META001" not in _codes_on(time, dated)
    assert "META001" not in _codes_on("10:35 AM", f"Harbour bridge reopens\n{_PROSE}")


def test_a_credit_naming_the_site_in_quotation_marks() -> None:
    head = ("Тракия Днес\nНовини от Пловдив и региона\nНачало | Пловдив | Спорт\n"
            "Маратон „Тепетата“ 2025: следете бягането\n")
    date = "Последна актуализация: 12 октомври 2025, 11:58\n"
    text = f"{head}Екип „Тракия Днес“\n{date}{_PROSE}"
    assert "META003" in {f.code for f in _findings_in(text)}
    team = f"{head}Екип „Левски“\n{date}{_PROSE}"  # a sports team, not the site
    assert "META003" not in {f.code for f in _findings_in(team)}
    arabic = ("صحيفة الواحة اليوم\nالرئيسية / محليات\nانطلاق مهرجان التمور الثالث في بريدة\n")
    text = f"{arabic}بريدة – «الواحة اليوم»\nالأحد 14 سبتمبر 2025\n{_PROSE}"
    assert "META003" in {f.code for f in _findings_in(text)}
    other = f"{arabic}بريدة – «الرياض»\nالأحد 14 سبتمبر 2025\n{_PROSE}"
    assert "META003" not in {f.code for f in _findings_in(other)}


def test_a_photo_credit_naming_a_desk_is_no_byline() -> None:
    assert "META003" not in _codes_on("写真：ひだまり台所編集部")  # a caption's credit (BOIL's)
    assert "META003" not in _codes_on("图片：江城晚报编辑部")
    assert "META003" in _codes_on("文：ひだまり台所編集部")  # the text's
    assert "META003" in _codes_on("みなと新報社会部")


@pytest.mark.parametrize(("line", "code", "fires"), [
    ("MLS® SK104726", "META009", True),  # a listing's number with the registered mark
    ("N° Centris 12345678", "META009", True),
    ("Aussendung PP0142", "META009", True),  # a press release's number
    ("Press release PR-0417", "META009", True),
    ("Press release 2025", "META009", False),  # a heading
    ("The MLS® system lists 4,100 homes.", "META009", False),
    ("保存数 8,421", "META006", True),  # a recipe's saves
    ("播放量 3.2万", "META006", True),
    ("保存数が多いレシピを集めました。", "META006", False),
    ("Zobrazeno 4 812× | Odpovědí: 5", "META006", True),  # views and replies in one row
    ("Vu 4 812 fois | Réponses : 5", "META006", True),
    ("Odpovědí: 5 · Zobrazeno 4 812×", "META006", True),
    ("The thread was viewed 4,812 times | replies came fast.", "META006", False),
    ("Voto PedaleVivo: 8/10", "META006", True),  # a score after the site's name
    ("Note Numerama : 8/10", "META006", True),
    ("คะแนน 4.5/5", "META006", True),
    ("Рейтинг: 4,5/5", "META006", True),
    ("Nota Final: 8/10", "META006", False),  # the critic's own
    ("Il voto PedaleVivo: 8/10 è meritato.", "META006", False),
    ("Rechenwerk-Wertung: 4,2 von 5", "META006", True),  # the earlier sets' misses
    ("Testnote: 2,1 (gut)", "META006", True),
    ("Die Testnote 2,1 (gut) ist verdient.", "META006", False),
    ("6 keer bewaard", "META006", True),
    ("Gesamtnote: 2,2 (gut)", "META006", False),  # overall: the critic's own
    ("คะแนนรวม 8/10", "META006", False),
    ("3 pessoas curtiram isso.", "META006", True),
    ("3 pessoas curtiram isso e voltaram no dia seguinte.", "META006", False),
    ("Medlem sedan 2014 · Inlägg: 3 117", "META006", True),
    ("Vizualizări: 3.412 · Răspunsuri: 4", "META006", True),
    ("3 minutong basa", "META007", True),
    ("Ang 3 minutong basa ay sapat na.", "META007", False),
])
def test_session_eighteen_round_two_pack_classes(line: str, code: str, fires: bool) -> None:
    assert (code in _codes_on(line)) == fires


# -- dates whose month only the CLDR table knows (session 19) -------------------------------

_LEAD = ("Crews cleared the mud by the evening, and the coastal road reopened at nine "
         "o'clock.\n")


@pytest.mark.parametrize("stamp", [
    "14 Ọktoba 2024",  # Igbo
    "21 Werurwe 2024",  # Kinyarwanda
    "২০ মাৰ্চ ২০২৪",  # Assamese, in its own digits
    "Ippubblikat: 28 ta' Awwissu 2024",  # Maltese, labelled, a word between day and month
    "Nohavaozina tamin'ny 6 Febroary 2025, 10:30",  # Malagasy, a label with no colon
])
def test_a_date_in_a_language_no_table_knows_is_found_in_the_head(stamp: str) -> None:
    found = _findings_in(f"Harbour road reopens\n{stamp}\n{_LEAD}")
    assert [(f.code, f.start) for f in found] == [("META001", len("Harbour road reopens\n"))]


@pytest.mark.parametrize("text", [
    # a labelled date under the article's first paragraph is the text's fact
    f"Harbour road reopens\n{_LEAD}Ipprezentat: 28 ta' Awwissu 2024\n",
    # a fact box in the head: a job ad's deadline among its other facts
    "Sygeplejerske til akutmodtagelsen\nArbejdssted: Vejle\nTimer: 37 om ugen\n"
    f"Ansøgningsfrist: 15. juni 2025\n{_LEAD}",
    # a headline holding a number and a year
    f"Top 10 Phones 2024\n{_LEAD}",
    # three words before the date and no colon: no label, a sentence's fact
    f"Harbour flats to let\nAvailable from Monday 1 December 2025\n{_LEAD}",
])
def test_a_date_as_the_texts_fact_in_such_a_language_stays(text: str) -> None:
    assert [f.code for f in _findings_in(text) if f.code == "META001"] == []


@pytest.mark.parametrize("stamp", [
    "Olwokubiri, 8 Ogwomwenda 2024",  # Luganda: a weekday and a comma
    "Ọjọ́ Àbámẹ́ta, 17 Oṣù Kẹjọ 2024",  # Yoruba: a short word before the month
    "9ê Cotmehê 2024",  # Kurmanji: the date alone
    "4 Giblean 2025 | 10:05",  # Scottish Gaelic: with its time
])
def test_a_month_no_table_knows_makes_a_date_in_the_head(stamp: str) -> None:
    found = [f for f in _findings_in(f"Harbour road reopens\n{stamp}\n{_LEAD}")
             if f.code == "META001"]
    assert [(f.start, f.evidence["parsed"]) for f in found] == [
        (len("Harbour road reopens\n"), [stamp.split("|")[0].strip()[-4:]])]
    assert found[0].evidence["ambiguous"] is True  # (the month is not known: the year is)


@pytest.mark.parametrize("text", [
    # the same line under the article's first paragraph is the text's
    f"Harbour road reopens\n{_LEAD}Olwokubiri, 8 Ogwomwenda 2024\n",
    # a word before the day with no comma, colon or time: a headline
    f"Lot 12 Harbourside 2024\n{_LEAD}",
])
def test_an_unknown_month_outside_a_dates_shape_stays(text: str) -> None:
    assert [f.code for f in _findings_in(text) if f.code == "META001"] == []


def test_a_share_row_and_a_counter_make_no_fact_box_in_the_head() -> None:
    # two labelled lines in the head, "Readers: 8,117" and a share row, are no job ad's
    # facts: the date above them is still the page's
    text = (f"Harbour road reopens\nOlwokubiri, 8 Ogwomwenda 2024\nAbasomye: 8,117\n"
            f"Gabana: Facebook | WhatsApp | X\n{_LEAD}")
    assert "META001" in [f.code for f in _findings_in(text)]


def test_the_month_table_is_current() -> None:
    """rules/data/months.tsv is what bench/cldr_months.py makes from Babel's CLDR data."""
    pytest.importorskip("babel")
    script = Path(__file__).resolve().parents[2] / "bench" / "cldr_months.py"
    check = subprocess.run([sys.executable, str(script), "--check"], capture_output=True,
                           text=True, check=False)
    assert check.returncode == 0, check.stderr


def test_a_product_code_alone_is_metadata_not_chrome() -> None:
    # (session 22: the labelled sets call a shop's code for the item metadata, 29 to 6)
    text = f"Harbour bridge reopens\nArtikelnummer: ETH-YIR-250\n{_PROSE}"
    rules = [ActiveRule(r) for r in [*REGISTRY.matching("BOIL"), *RULES] if r is not None]
    on_line = {f.code for f in lint(Document.from_text(text), rules)
               if f.start < len("Harbour bridge reopens\nArtikelnummer")}
    assert "META009" in on_line and not any(c.startswith("BOIL") for c in on_line)


@pytest.mark.parametrize(("masthead", "credit"), [
    ("Serambi Rasa", "Tim Dapur Serambi Rasa"),  # the site's whole name after a desk's word
    ("مدار الطاقة والأعمال", "فريق مدار للأسواق"),  # the name's first word and a section
])
def test_a_team_credit_naming_the_site_beside_the_date_is_metadata(masthead: str,
                                                                   credit: str) -> None:
    head = f"{masthead}\nBeranda | Resep | Kontak\nSoto ayam bening khas Kudus\n"
    dated = f"{head}{credit}\n2 November 2025\n{_PROSE}"
    assert any(f.code.startswith("META") and f.start == len(head) for f in _findings_in(dated))
    undated = f"{head}{credit}\n{_PROSE}"  # away from a date: a heading or a menu's entry
    assert not any(f.start == len(head) for f in _findings_in(undated))


def test_a_date_under_a_standfirst_and_its_byline_is_still_the_heads() -> None:
    """The standfirst, one sentence under the title, then the byline and the date: the
    date whose month no table knows is the page's, as it would be above the standfirst."""
    head = ("Otu esi esi ofe onugbu dị ụtọ n'ụlọ\n"
            "Ofe onugbu bụ ofe ndị Igbo na-esi maka ememe na ụbọchị Sọnde, nke a bụ ụzọ nne m "
            "si esi ya.\n"
            "Nke Chidinma Okafor dere\n")
    text = f"{head}Mbipụta: 3 Mee 2024\n{_PROSE}"
    assert any(f.code == "META001" and f.start == len(head) for f in _findings_in(text))
    # in the article, under its paragraphs, the same labelled date is the text's fact
    late = f"{head}{_PROSE}{_PROSE}Mbipụta: 3 Mee 2024\n{_PROSE}"
    assert not any(f.code == "META001" for f in _findings_in(late))


def test_a_headline_with_a_colon_is_no_fact_of_a_fact_box() -> None:
    """"Lavanila: nidina ho 75 000 Ariary …" is the title, not a job ad's "Stilling:
    Lagerarbeider": with the labelled date under it, the head holds one labelled line."""
    head = ("Lavanila: nidina ho 75 000 Ariary ny kilaon'ny lavanila maitso any Sambava "
            "androany\n")
    text = f"{head}Nohavaozina: 6 Jona 2024 - 15:40\n{_PROSE}"
    assert any(f.code == "META001" and f.start == len(head) for f in _findings_in(text))
    box = f"Stilling: Lagerarbeider\nSted: Vejle\n{text}"  # a fact box: the date is a fact
    assert not any(f.code == "META001" for f in _findings_in(box))


def test_the_pages_own_labelled_date_is_no_fact_of_a_fact_box() -> None:
    # "Ippubblikat: …" and "Minn: Redazzjoni": one labelled line besides the date
    head = "Il-Festival tal-Bajtar lura fil-Mġarr\n"
    text = f"{head}Ippubblikat: 28 ta' Awwissu 2024\nMinn: Redazzjoni\n{_PROSE}"
    assert any(f.code == "META001" and f.start == len(head) for f in _findings_in(text))


def test_a_comments_age_over_its_reply_button_is_no_signed_date() -> None:
    """"2 days ago" under a reader's comment, over "Reply": the comment's age. A bare
    date over a short line closing a notice is where the notice was signed; an age
    counting back from now never is."""
    text = ("The pub reopened on Friday after a long winter of repairs to the old roof.\n"
            "8 comments\nGareth_in_Dorchester\n"
            "Went last Sunday on the strength of this. The treacle tart is as good as you say.\n"
            "2 days ago\nReply\n")
    start = text.index("2 days ago")
    assert any(f.code == "META001" and f.start == start for f in _findings_in(text))
