"""The records the guide's rules read, gathered from what storage holds."""
from datetime import date, timedelta

from bfpp_desktop.core.bridge_book import BridgePage, SummaryChoice
from bfpp_desktop.core.children import Child
from bfpp_desktop.core.conversations import CallOutcome, IcebreakerPrep, comfort_call_entry
from bfpp_desktop.core.journal import EntryKind, FamilyTimeDetails, JournalEntry, Outcome
from bfpp_desktop.core.stage_progress import PlanKind, PlanRecord, StepProgress, StepState
from bfpp_desktop.core.world import Section, Source, new_item
from bfpp_desktop.storage import bridge_book, journal, world
from bfpp_desktop.storage.children import add_child
from bfpp_desktop.storage.guide_progress import save_plan, save_step_progress
from bfpp_desktop.storage.icebreaker import save_icebreaker_prep
from bfpp_desktop.storage.step_evidence import gather_records, load_guide_state

TODAY = date(2026, 12, 10)


def _day(n: int) -> date:
    return TODAY - timedelta(days=n)


def _entry(db, child, n, kind, **kw):
    journal.add_entry(db, JournalEntry(child_id=child, entry_date=_day(n), kind=kind,
                                       title=kw.pop("title", "x"), **kw))


def test_an_empty_record_shows_nothing(db):
    child = add_child(db, Child(full_name="Maya")).id
    state = load_guide_state(db, child, TODAY)
    assert state.steps == {} and state.records == gather_records(db, child, TODAY)


def test_the_journal_calls_and_meetings(db):
    child = add_child(db, Child(full_name="Maya")).id
    for n, outcome in ((9, CallOutcome.NO_ANSWER), (8, CallOutcome.NOT_READY),
                       (6, CallOutcome.TALKED)):
        journal.add_entry(db, comfort_call_entry(child, "Rosa", _day(n), "", outcome, []))
    _entry(db, child, 5, EntryKind.VIDEO_CALL)
    _entry(db, child, 5, EntryKind.PHONE_CALL)            # same day: one occasion
    _entry(db, child, 3, EntryKind.PHONE_CALL)
    _entry(db, child, -2, EntryKind.PHONE_CALL)           # not yet happened
    _entry(db, child, 4, EntryKind.MEETING, tags=["Icebreaker"])
    _entry(db, child, -3, EntryKind.MEETING, tags=["icebreaker"])
    _entry(db, child, 7, EntryKind.NOTE, tags=["icebreaker"])   # a note is not the meeting
    _entry(db, child, 2, EntryKind.FAMILY_TIME, family_time=FamilyTimeDetails(Outcome.NO_SHOW))
    _entry(db, child, 1, EntryKind.FAMILY_TIME, family_time=FamilyTimeDetails(Outcome.HAPPENED))
    _entry(db, child, 0, EntryKind.MILESTONE)
    records = gather_records(db, child, TODAY)
    assert [(c.on, c.not_ready) for c in records.comfort_calls] == [(_day(8), True),
                                                                    (_day(6), False)]
    assert records.calls_with_child == (_day(5), _day(3))
    assert records.icebreaker_held == _day(4) and records.icebreaker_planned == _day(4)
    assert records.first_family_time == _day(1) and records.last_contact == _day(1)
    assert records.first_milestone == TODAY


def test_a_planned_icebreaker_is_planned_but_not_held(db):
    child = add_child(db, Child(full_name="Leo")).id
    _entry(db, child, -3, EntryKind.MEETING, tags=["icebreaker"])
    records = gather_records(db, child, TODAY)
    assert records.icebreaker_planned == _day(-3) and records.icebreaker_held is None
    assert gather_records(db, child, _day(-3)).icebreaker_held == _day(-3)


def test_a_meeting_is_written_down_by_notes_saved_on_or_after_its_day(db):
    """Planned ahead with a note of where: not yet written. Saved after: written."""
    child = add_child(db, Child(full_name="Leo")).id
    today = date.today()      # the entry's own save stamp is the real clock
    ahead = today + timedelta(days=3)
    journal.add_entry(db, JournalEntry(child_id=child, entry_date=ahead, kind=EntryKind.MEETING,
                                       title="Icebreaker", notes="At the library",
                                       tags=["icebreaker"]))
    assert gather_records(db, child, ahead).icebreaker_written is None
    journal.add_entry(db, JournalEntry(child_id=child, entry_date=today, kind=EntryKind.MEETING,
                                       title="Icebreaker", notes="", tags=["icebreaker"]))
    assert gather_records(db, child, today).icebreaker_written is None   # nothing written
    journal.add_entry(db, JournalEntry(child_id=child, entry_date=today, kind=EntryKind.MEETING,
                                       title="Icebreaker", notes="She loves drawing.",
                                       tags=["icebreaker"]))
    assert gather_records(db, child, today).icebreaker_written == today


def test_preparation_about_page_bridge_book_and_plans(db):
    child = add_child(db, Child(full_name="Amara")).id
    save_icebreaker_prep(db, child, IcebreakerPrep(["ib-toy"], {}, _day(6)))
    world.add_item(db, new_item(child, Section.ROUTINE, title="Bath", source_date=_day(5)))
    world.add_item(db, new_item(child, Section.LIKES, title="Mango", source=Source.BIRTH_PARENT,
                                source_date=_day(4)))
    world.add_item(db, new_item(child, Section.LIKES, title="Rice", source=Source.BIRTH_PARENT,
                                source_date=_day(2)))
    world.add_item(db, new_item(child, Section.CARE, kind="faith", title="Sunday mass"))
    bridge_book.add_page(db, BridgePage(child_id=child, prepared_on=_day(3)))
    bridge_book.add_page(db, BridgePage(child_id=child, prepared_on=_day(1), summaries=[
        SummaryChoice(None, _day(2), "Park", "We went to the park.")]))
    save_plan(db, child, PlanRecord(PlanKind.CONTACT, {"cp-calls": "Sundays"}, _day(1)))
    save_plan(db, child, PlanRecord(PlanKind.TRANSITION, {"tp-routines": "  "}, _day(1)))
    records = gather_records(db, child, TODAY)
    assert records.prep.question_ids == ["ib-toy"]
    assert records.first_routine == _day(5)
    assert (records.told_by_parent, records.last_told_by_parent) == (_day(4), _day(2))
    assert records.first_identity_item is not None      # written today, no date given
    assert (records.first_bridge_page, records.first_bridge_news) == (_day(3), _day(1))
    assert records.contact_plan == _day(1) and records.transition_plan is None


def test_a_saved_choice_wins_and_an_untick_is_kept(db):
    child = add_child(db, Child(full_name="Maya")).id
    _entry(db, child, 1, EntryKind.FAMILY_TIME, family_time=FamilyTimeDetails(Outcome.HAPPENED))
    assert load_guide_state(db, child, TODAY).status("s2-family-time-ready").from_records
    save_step_progress(db, child, StepProgress("s2-family-time-ready", records_unticked=True))
    status = load_guide_state(db, child, TODAY).status("s2-family-time-ready")
    assert status.state == StepState.OPEN and not status.from_records
