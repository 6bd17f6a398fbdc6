"""The monthly report for the caseworker, assembled from the demo family's records for
its demo month (the month before today), with the sections the caregiver chose."""
from datetime import date

import pytest
from pypdf import PdfReader

from bfpp_desktop.demo import fill_if_empty
from bfpp_desktop.demo.records import demo_month
from bfpp_desktop.reports.catalogue import MonthlyReport, printout
from bfpp_desktop.reports.gather_records import gather_monthly_report
from bfpp_desktop.reports.make import make_document
from bfpp_desktop.reports.options import Paper
from bfpp_desktop.storage.children import list_children

TODAY = date(2026, 12, 1)


@pytest.fixture
def amara(db, data_dir):
    assert fill_if_empty(db, data_dir, today=TODAY)
    return next(c for c in list_children(db) if c.display_name == "Amara")


def _text(db, amara, tmp_path, **changes) -> str:
    options = printout("monthly-report").default_options(Paper.A4).copy(**changes)
    out = make_document(db, "monthly-report", amara, options, tmp_path / "report.pdf",
                        today=TODAY)
    return " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())


def test_the_demo_month_fills_every_section(db, amara):
    first, last = demo_month(TODAY)
    assert (first, last) == (date(2026, 11, 1), date(2026, 11, 30))
    options = printout("monthly-report").default_options(Paper.A4)
    data = gather_monthly_report(db, amara, None, options, TODAY)
    assert (data.year, data.month) == (2026, 11)
    assert all(first <= h.day <= last for h in data.contact + data.appointments)
    assert data.held == len(data.contact) - data.missed >= 4
    assert [h.title for h in data.appointments] == ["Vaccines at the clinic"]
    assert [h.title for h in data.school] == ["Open morning at play group"]
    assert [h.title for h in data.milestones] == ["Two words together"]
    assert [i.title for i in data.incidents] == ["Bumped her head on the coffee table",
                                                 "Bitten on the arm at play group"]
    tallies = {m.medicine: (m.given, m.missed, m.refused) for m in data.medicines}
    assert tallies == {"Vitamin D drops": (28, 1, 1), "Children's paracetamol": (2, 0, 0)}


def test_every_chosen_section_is_printed(db, amara, tmp_path):
    text = _text(db, amara, tmp_path)
    assert "For the caregiver and caseworker — not for the family" in text
    assert "Amara: monthly report November 2026" in text
    for section in MonthlyReport:
        assert section.label in text, section
    for words in ("Held: 5. Missed: 0.", "Vaccines at the clinic", "Open morning at play group",
                  "Two words together", "Bumped her head on the coffee table",
                  "Vitamin D drops 28 1 1",
                  # The words Grandma Denise typed for the month, instead of lines.
                  "A settled month. Amara saw her mom every week",
                  "What we need: a date for the next review meeting"):
        assert words in text, words
    assert "How the month went" not in text


def test_a_month_with_nothing_typed_keeps_lines_to_write_on(db, amara, tmp_path):
    text = _text(db, amara, tmp_path, date_from=date(2026, 10, 1), date_to=date(2026, 10, 31))
    assert "In your own words" in text and "How the month went" in text
    assert "A settled month" not in text


def test_a_section_left_out_is_not_printed(db, amara, tmp_path):
    text = _text(db, amara, tmp_path, sections=frozenset({MonthlyReport.MILESTONES,
                                                          MonthlyReport.MEDICINES}))
    assert "Two words together" in text and "Vitamin D drops" in text
    for gone in ("Bumped her head", "Vaccines at the clinic", "Family time and calls",
                 "In your own words"):
        assert gone not in text, gone


def test_another_month_can_be_chosen(db, amara, tmp_path):
    text = _text(db, amara, tmp_path, date_from=date(2026, 10, 1), date_to=date(2026, 10, 31))
    assert "October 2026" in text
    assert "Bumped her head" not in text and "No incidents this month." in text
