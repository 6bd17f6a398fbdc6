"""Journal summary, icebreaker preparation and the two plans."""
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from bfpp_desktop.core.children import Child
from bfpp_desktop.core.conversations import default_question_ids
from bfpp_desktop.core.guide import Audience, load_guide, plain_text
from bfpp_desktop.core.journal import EntryKind, FamilyTimeDetails, JournalEntry, Outcome
from bfpp_desktop.core.stage_progress import PlanKind, PlanRecord
from bfpp_desktop.reports.catalogue import JournalSummary, printout
from bfpp_desktop.reports.documents import icebreaker_prep
from bfpp_desktop.reports.data import child_on_paper
from bfpp_desktop.reports.gather import gather_journal_summary, icebreaker_bundle
from bfpp_desktop.reports.options import Paper, default_date_range
from bfpp_desktop.storage.children import add_child
from bfpp_desktop.storage.guide_progress import save_plan
from bfpp_desktop.storage.journal import add_entry
from reports_helpers import HOUSEHOLD, flat, make

TODAY = date(2026, 11, 24)


@pytest.fixture
def kid(db):
    return add_child(db, Child(full_name="Amara Johnson", preferred_name="Amara"))


def entry(kid, days_ago, kind=EntryKind.NOTE, **values):
    return JournalEntry(child_id=kid.id, entry_date=TODAY - timedelta(days=days_ago),
                        kind=kind, **values)


@pytest.fixture
def journal(db, kid):
    for days, outcome in ((7, Outcome.HAPPENED), (14, Outcome.HAPPENED),
                          (21, Outcome.CANCELLED), (28, Outcome.NO_SHOW)):
        add_entry(db, entry(kid, days, EntryKind.FAMILY_TIME, title="Visit",
                            entry_time="10:00", notes="PRIVATE-VISIT-NOTE",
                            share_summary="She sang your song." if days == 14 else "",
                            family_time=FamilyTimeDetails(
                                outcome=outcome, place="VISIT-ROOM",
                                cancelled_by="Mom (no bus)" if days == 21 else "")))
    add_entry(db, entry(kid, 10, title="Park day", notes="PRIVATE-NOTE",
                        share_summary="Amara loved the swings."))
    add_entry(db, entry(kid, 12, title="Rough night", notes="PRIVATE-ONLY-ENTRY"))
    add_entry(db, entry(kid, 30, EntryKind.MILESTONE, title="Sitting up",
                        share_summary="She sat up by herself!"))
    add_entry(db, entry(kid, 200, title="Long ago", share_summary="OLD-SHARED-WORDS"))
    return kid


def summary(tmp_path, db, kid, **changes):
    return flat(make(tmp_path, "journal-summary", kid=kid, db=db, **changes)[0])


def test_journal_summary_shares_only_date_kind_and_to_share_words(tmp_path, db, journal):
    # Titles are private too (issue 12): "Park day" stayed on the sheet before.
    text = summary(tmp_path, db, journal)
    assert "14 November 2026 · Everyday note Amara loved the swings." in text
    assert "Milestones" in text and "She sat up by herself!" in text
    assert "10 November 2026 · Family time She sang your song." in text
    for secret in ("PRIVATE-NOTE", "PRIVATE-VISIT-NOTE", "PRIVATE-ONLY-ENTRY", "Rough night",
                   "Park day", "Sitting up", "Visit", "VISIT-ROOM", "no bus"):
        assert secret not in text, secret


def test_journal_summary_bundle_holds_no_private_field(db, journal):
    data = gather_journal_summary(db, journal, HOUSEHOLD, printout(
        "journal-summary").default_options(Paper.A4), TODAY)
    everything = data.family_time + data.milestones + data.entries
    assert len(everything) == 3
    assert all(e.title == "" and e.private_notes == "" for e in everything)
    assert not hasattr(data, "visits")


def test_attendance_is_on_the_family_time_record_not_the_summary(tmp_path, db, journal):
    text = summary(tmp_path, db, journal)
    for word in ("Happened", "Cancelled", "Did not happen", "Planned"):
        assert word not in text, word
    spec = printout("family-time-record")
    assert not spec.for_birth_family and spec.needs_date_range
    record = flat(make(tmp_path, "family-time-record", kid=journal, db=db)[0])
    assert "Family time in these dates: 4. Happened: 2. Did not happen: 2." in record
    assert "Cancelled 1" in record and "Did not happen: the parent did not come 1" in record
    assert "no-show" not in record and "Missed" not in record      # plain, not judging
    assert "17 November 2026 · 10:00 · Happened Where: VISIT-ROOM PRIVATE-VISIT-NOTE" in record
    assert "Cancelled or moved by: Mom (no bus)" in record
    assert record.count("For the caregiver and caseworker — not for the family") == 1


def test_journal_summary_default_range_is_three_months(tmp_path, db, journal):
    assert default_date_range(TODAY) == (date(2026, 8, 24), TODAY)
    assert default_date_range(date(2026, 5, 31)) == (date(2026, 2, 28), date(2026, 5, 31))
    text = summary(tmp_path, db, journal)
    assert "From 24 August 2026 to 24 November 2026." in text
    assert "OLD-SHARED-WORDS" not in text
    text = summary(tmp_path, db, journal, date_from=TODAY - timedelta(days=365),
                   date_to=TODAY - timedelta(days=100))
    assert "OLD-SHARED-WORDS" in text and "swings" not in text


def test_journal_summary_private_notes_only_when_chosen(tmp_path, db, journal):
    text = summary(tmp_path, db, journal, include_private=True)
    assert "PRIVATE-NOTE" in text and "PRIVATE-ONLY-ENTRY" in text and "Park day" in text
    assert "Amara loved the swings." in text
    assert "Private copy — not for the family" in text


def test_journal_summary_sections_and_empty_range(tmp_path, db, journal):
    spec = printout("journal-summary")
    text = summary(tmp_path, db, journal, sections=frozenset({JournalSummary.JOURNAL}))
    assert "swings" in text and "sang your song" not in text and "Milestones" not in text
    text = summary(tmp_path, db, journal, date_from=date(2020, 1, 1), date_to=date(2020, 2, 1))
    assert "Nothing was written to share in these dates." in text
    assert "Family time" not in text.replace("family time and journal", "")
    assert spec.needs_date_range and spec.has_private_content


def test_icebreaker_prep_without_saved_choices_prints_the_suggested_questions(tmp_path, db,
                                                                             kid):
    guide = load_guide()
    text = flat(make(tmp_path, "icebreaker-prep", kid=kid, db=db)[0])
    for question in guide.icebreaker_questions:
        if question.id in default_question_ids(guide.icebreaker_questions):
            assert flat(plain_text(question.text)) in text
    # Nothing was written to share yet: no prompt prints, only room to write.
    assert flat(plain_text(guide.icebreaker_share_prompts[0])) not in text
    assert "What we would like to tell them" in text
    assert flat(plain_text(guide.not_to_share_reminder)) in text


def test_icebreaker_prep_prints_stored_choices_and_share_notes(tmp_path, kid):
    guide = load_guide()
    first, second = guide.icebreaker_questions[3], guide.icebreaker_questions[0]
    prompt = plain_text(guide.icebreaker_share_prompts[1])
    common = dict(child=child_on_paper(kid), household=HOUSEHOLD, printed_on=TODAY)
    data = icebreaker_bundle(common, guide, Audience.FOSTER, (first.id, second.id),
                             {prompt: "Our cat Biscuit is very gentle."})
    options = printout("icebreaker-prep").default_options(Paper.A4)
    out = icebreaker_prep.build(data, options, tmp_path / "ice.pdf")
    text = flat(" ".join(p.extract_text() for p in PdfReader(out).pages))
    assert text.index(flat(plain_text(first.text))) < text.index(flat(plain_text(second.text)))
    assert flat(plain_text(guide.icebreaker_questions[1].text)) not in text
    assert "Our cat Biscuit is very gentle." in text


def test_plan_prints_only_answered_prompts(tmp_path, db, kid):
    guide = load_guide()
    routines, dates = guide.transition_plan_prompts[2], guide.transition_plan_prompts[0]
    save_plan(db, kid.id, PlanRecord(PlanKind.TRANSITION, {routines.id: "Bottle at 7."}))
    text = flat(make(tmp_path, "transition-plan", kid=kid, db=db)[0])
    assert routines.heading in text and "Bottle at 7." in text
    assert dates.heading not in text
    assert "Made together with Sam and Jo on" in text and "Carterwright" not in text


def test_blank_plan_prints_every_prompt_to_fill_in(tmp_path, db, kid):
    guide = load_guide()
    text = flat(make(tmp_path, "contact-plan", kid=kid, db=db)[0])
    for prompt in guide.contact_plan_prompts:
        assert flat(plain_text(prompt.heading)) in text
        assert flat(plain_text(prompt.prompt)) in text
    assert "Fill it in together" in text


def test_journal_summary_reports_progress_and_can_be_cancelled(tmp_path, db, journal):
    from bfpp_desktop.reports.make import make_document
    from bfpp_desktop.reports.page import BuildCancelled
    options = printout("journal-summary").default_options(Paper.A4)
    seen = []
    make_document(db, "journal-summary", journal, options, tmp_path / "a.pdf", today=TODAY,
                  progress=seen.append)
    assert seen[-1] == 100 and seen == sorted(seen)
    out = tmp_path / "b.pdf"
    with pytest.raises(BuildCancelled):
        make_document(db, "journal-summary", journal, options, out, today=TODAY,
                      cancelled=lambda: True)
    assert not out.exists()
