"""The sample family tells one story: every dated event lies between the child's
placement and today, and the same event has the same date on the About page, in the
guide, in the journal, in the icebreaker preparation and in the bridge book."""
import io

import pytest
from PIL import Image
from pypdf import PdfReader

from bfpp_desktop.core.bridge_book import PageState, source_note
from bfpp_desktop.core.conversations import (COMFORT_CALL_NOTE, COMFORT_CALL_TAG,
                                             ICEBREAKER_NOTE, ICEBREAKER_TAG)
from bfpp_desktop.core.guide import load_guide
from bfpp_desktop.core.journal import Outcome
from bfpp_desktop.core.stage_progress import (COMFORT_CALL_STEP, ICEBREAKER_HELD_STEP, PlanKind,
                                              StepState)
from bfpp_desktop.demo import fill_if_empty
from bfpp_desktop.reports.catalogue import printout
from bfpp_desktop.reports.make import make_document
from bfpp_desktop.reports.options import Paper
from bfpp_desktop.storage import journal
from bfpp_desktop.storage.bridge_book import list_pages
from bfpp_desktop.storage.children import list_children
from bfpp_desktop.storage.guide_progress import list_reflections, load_plan, load_step_progress
from bfpp_desktop.storage.icebreaker import load_icebreaker_prep
from bfpp_desktop.storage.step_evidence import load_guide_state
from bfpp_desktop.storage.photos import photos_root
from bfpp_desktop.storage.world import list_items


@pytest.fixture
def family(db, data_dir, today):
    assert fill_if_empty(db, data_dir, today)
    return {c.display_name: c for c in list_children(db)}


def _first_meetings(db, child):
    """The days of the comfort call and the icebreaker, as the journal has them."""
    days = {tag: min((e.entry_date for e in _happened(db, child) if tag in e.tags),
                     default=None)
            for tag in (COMFORT_CALL_TAG, ICEBREAKER_TAG)}
    return days[COMFORT_CALL_TAG], days[ICEBREAKER_TAG]


def _happened(db, child):
    """The child's journal entries that took place (planned family time has not yet)."""
    entries = [journal.get_entry(db, s.id)
               for s in journal.list_entries(db, child.id, limit=10_000)]
    return [e for e in entries
            if e.family_time is None or e.family_time.outcome is not Outcome.PLANNED]


def _dated_events(db, child) -> list[tuple[str, object]]:
    """Everything about the child that carries the date it happened on."""
    events = []
    for entry in _happened(db, child):
        events.append((f"journal: {entry.title}", entry.entry_date))
        events += [(f"photo: {p.caption}", p.taken_on) for p in entry.photos if p.taken_on]
    events += [(f"guide: {step_id}", p.done_on)
               for step_id, p in load_step_progress(db, child.id).items() if p.done_on]
    events += [(f"reflection: {r.factor_id}", r.written_on)
               for r in list_reflections(db, child.id)]
    for kind in PlanKind:
        plan = load_plan(db, child.id, kind)
        if plan.updated_on:
            events.append((f"plan: {kind.value}", plan.updated_on))
    events += [(f"About: {i.title}", i.source_date)
               for i in list_items(db, child.id) if i.source_date]
    prep = load_icebreaker_prep(db, child.id)
    if prep:
        events.append(("icebreaker preparation", prep.updated_on))
    for page in list_pages(db, child.id):
        events += [(f"bridge page {page.number} {what}", on)
                   for what, on in (("prepared", page.prepared_on), ("sent", page.sent_on),
                                    ("written back", page.reply_on)) if on]
    return events


def test_every_dated_event_is_after_placement_and_not_in_the_future(db, family, today):
    for child in family.values():
        events = _dated_events(db, child)
        assert len(events) > 10, child.display_name
        for what, on in events:
            assert child.placement_date <= on <= today, (child.display_name, what, on)
        for page in list_pages(db, child.id):
            assert page.prepared_on <= (page.sent_on or page.prepared_on) <= \
                (page.reply_on or today), (child.display_name, page.number)


def test_each_first_meeting_has_one_date_in_the_journal_guide_and_about_page(db, family, today):
    for child in family.values():
        call, meeting = _first_meetings(db, child)
        assert call and meeting and call < meeting, child.display_name
        guide = load_guide_state(db, child.id, today)
        for step_id, on in ((COMFORT_CALL_STEP, call), (ICEBREAKER_HELD_STEP, meeting)):
            assert guide.status(step_id).state is StepState.DONE, (child.display_name, step_id)
            assert guide.status(step_id).done_on == on, (child.display_name, step_id)
        replies = {p.reply_on for p in list_pages(db, child.id) if p.reply_on}
        for item in list_items(db, child.id):
            if item.source_note == COMFORT_CALL_NOTE:
                assert item.source_date == call, (child.display_name, item.title)
            elif item.source_note == ICEBREAKER_NOTE:
                assert item.source_date == meeting, (child.display_name, item.title)
            elif item.source_note == source_note():
                assert item.source_date in replies, (child.display_name, item.title)


def test_maya_and_leos_icebreaker_was_prepared_held_and_its_answers_filed(db, family):
    questions = {q.id: q for q in load_guide().icebreaker_questions}
    for name in ("Maya", "Leo"):
        child = family[name]
        call, meeting = _first_meetings(db, child)
        prep = load_icebreaker_prep(db, child.id)
        assert call <= prep.updated_on < meeting
        [entry] = [e for e in _happened(db, child) if e.entry_date == meeting
                   and "icebreaker" in e.tags]
        for qid in prep.question_ids:                # each chosen question was asked
            assert questions[qid].text in entry.notes, (name, qid)
        notes = {i.source_note for i in list_items(db, child.id)}
        assert {COMFORT_CALL_NOTE, ICEBREAKER_NOTE, source_note()} <= notes, name


def test_both_siblings_have_bridge_books_and_maya_a_photo_sheet(db, family, data_dir, today,
                                                                tmp_path):
    for name in ("Maya", "Leo"):
        states = [p.state for p in list_pages(db, family[name].id)]
        assert PageState.REPLIED in states and states[-1] is PageState.WAITING, name
    options = printout("photo-sheet").default_options(Paper.A4)
    out = make_document(db, "photo-sheet", family["Maya"], options, tmp_path / "photos.pdf",
                        today=today)
    assert sum(len(page.images) for page in PdfReader(out).pages) >= 4


def test_demo_photos_are_stored_without_metadata_like_imported_ones(family, data_dir):
    stored = [path for path in photos_root(data_dir).rglob("*") if path.is_file()]
    assert len(stored) >= 8
    for path in stored:
        with Image.open(io.BytesIO(path.read_bytes())) as picture:
            assert set(picture.info) <= {"icc_profile", "transparency"}, path.name


def test_amara_has_a_month_of_each_record_and_a_lifebook(db, family, today):
    from bfpp_desktop.core.journal import EntryKind, JournalFilter
    from bfpp_desktop.core.lifebook import LifebookPage
    from bfpp_desktop.core.records import Dose, Expense, Trip
    from bfpp_desktop.demo.records import demo_month
    from bfpp_desktop.storage import records

    amara = family["Amara"]
    first, last = demo_month(today)
    doses = records.between(db, Dose, amara.id, first, last)
    assert {d.given_on for d in doses} == {first.replace(day=n) for n in range(1, last.day + 1)}
    assert len(records.between(db, Trip, amara.id, first, last)) >= 4
    assert len(records.between(db, Expense, amara.id, first, last)) >= 2
    assert journal.count_entries(db, amara.id, JournalFilter(
        kinds=(EntryKind.INCIDENT,), start=first, end=last)) >= 2
    pages = records.between(db, LifebookPage, amara.id)
    assert len(pages) >= 5 and sum(len(p.photos) for p in pages) >= 4
    assert all(first <= d.given_on <= last <= today for d in doses)
