"""The Overview's inputs come from the guide progress (the journal adds more later)."""
from datetime import date

from bfpp_desktop.core.children import Child
from bfpp_desktop.core.stage_progress import StepProgress, StepState
from bfpp_desktop.storage.children import add_child
from bfpp_desktop.storage.guide_progress import save_step_progress
from bfpp_desktop.storage.overview_inputs import due_inputs


def test_nothing_done_yet(db):
    child = add_child(db, Child(full_name="Maya Ortiz"))
    inputs = due_inputs(db, child.id)
    assert inputs.comfort_call_done is False and inputs.icebreaker_done is False
    assert inputs.family_times == () and inputs.follow_ups == ()


def test_ticked_first_call_and_meeting_count_as_done(db):
    child = add_child(db, Child(full_name="Maya Ortiz"))
    save_step_progress(db, child.id, StepProgress("s1-comfort-call", StepState.DONE,
                                                  date(2026, 11, 21)))
    save_step_progress(db, child.id, StepProgress("s1-hold-icebreaker", StepState.DONE,
                                                  date(2026, 11, 23)))
    inputs = due_inputs(db, child.id)
    assert inputs.comfort_call_done == date(2026, 11, 21)
    assert inputs.icebreaker_done == date(2026, 11, 23)


def test_a_step_set_aside_is_not_done(db):
    child = add_child(db, Child(full_name="Maya Ortiz"))
    save_step_progress(db, child.id, StepProgress("s1-comfort-call", StepState.NOT_FOR_US))
    assert due_inputs(db, child.id).comfort_call_done is False


# ----- from the journal -----------------------------------------------------------------------
from datetime import timedelta  # noqa: E402

from bfpp_desktop.core.journal import (COMFORT_CALL_TAG, ICEBREAKER_TAG,  # noqa: E402
                                       EntryKind, FamilyTimeDetails, JournalEntry, Outcome)
from bfpp_desktop.storage import journal  # noqa: E402

TODAY = date(2026, 11, 24)


def test_planned_family_time_and_open_follow_ups_come_from_the_journal(db):
    child = add_child(db, Child(full_name="Amara Johnson"))
    journal.add_entry(db, JournalEntry(
        child_id=child.id, entry_date=TODAY + timedelta(days=3), entry_time="10:00",
        kind=EntryKind.FAMILY_TIME, title="Family time with Mom",
        family_time=FamilyTimeDetails(Outcome.PLANNED, place="Family center")))
    journal.add_entry(db, JournalEntry(       # happened: not upcoming
        child_id=child.id, entry_date=TODAY + timedelta(days=1), kind=EntryKind.FAMILY_TIME,
        title="x", family_time=FamilyTimeDetails(Outcome.HAPPENED)))
    journal.add_entry(db, JournalEntry(       # too far ahead for the list
        child_id=child.id, entry_date=TODAY + timedelta(days=40), kind=EntryKind.FAMILY_TIME,
        title="y", family_time=FamilyTimeDetails(Outcome.PLANNED)))
    ask = journal.add_entry(db, JournalEntry(
        child_id=child.id, entry_date=TODAY - timedelta(days=5), title="Check-up",
        follow_up="Book the vaccines", follow_up_date=TODAY + timedelta(days=2)))
    journal.add_entry(db, JournalEntry(
        child_id=child.id, entry_date=TODAY - timedelta(days=9), title="Done already",
        follow_up="Call school", follow_up_done=True))
    inputs = due_inputs(db, child.id, TODAY)
    assert [(v.on, v.time, v.place) for v in inputs.family_times] == \
        [(TODAY + timedelta(days=3), "10:00", "Family center")]
    assert [(f.text, f.on, f.ref_id) for f in inputs.follow_ups] == \
        [("Book the vaccines", TODAY + timedelta(days=2), ask.id)]


def test_a_comfort_call_and_icebreaker_in_the_journal_count_as_done(db):
    child = add_child(db, Child(full_name="Leo Ortiz"))
    journal.add_entry(db, JournalEntry(
        child_id=child.id, entry_date=date(2026, 11, 21), kind=EntryKind.PHONE_CALL,
        title="First call with Mom", tags=[COMFORT_CALL_TAG]))
    journal.add_entry(db, JournalEntry(       # the tag on another kind does not count
        child_id=child.id, entry_date=date(2026, 11, 20), kind=EntryKind.NOTE,
        title="Thinking about the icebreaker", tags=[ICEBREAKER_TAG]))
    inputs = due_inputs(db, child.id, TODAY)
    assert inputs.comfort_call_done == date(2026, 11, 21)
    assert inputs.icebreaker_done is False
    journal.add_entry(db, JournalEntry(
        child_id=child.id, entry_date=date(2026, 11, 23), kind=EntryKind.MEETING,
        title="Icebreaker", tags=["Icebreaker"]))
    assert due_inputs(db, child.id, TODAY).icebreaker_done == date(2026, 11, 23)


def test_a_ticked_step_wins_over_the_journal_date(db):
    child = add_child(db, Child(full_name="Leo Ortiz"))
    save_step_progress(db, child.id, StepProgress("s1-comfort-call", StepState.DONE,
                                                  date(2026, 11, 19)))
    journal.add_entry(db, JournalEntry(
        child_id=child.id, entry_date=date(2026, 11, 21), kind=EntryKind.PHONE_CALL,
        title="Call", tags=[COMFORT_CALL_TAG]))
    assert due_inputs(db, child.id, TODAY).comfort_call_done == date(2026, 11, 19)
