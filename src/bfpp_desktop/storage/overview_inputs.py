"""What the Overview's "What's next" list is built from, read in one place."""
from datetime import date, timedelta

from bfpp_desktop.storage.database import Database

from bfpp_desktop.core.due import LOOK_AHEAD_DAYS, DueInputs, FamilyTime, FollowUp
from bfpp_desktop.core.stage_progress import COMFORT_CALL_STEP, ICEBREAKER_HELD_STEP
from bfpp_desktop.core.step_evidence import GuideState
from bfpp_desktop.storage import bridge_book, journal
from bfpp_desktop.storage.step_evidence import load_guide_state

# Enough planned visits for two weeks of even daily family time.
_FAMILY_TIME_LIMIT = 20


def due_inputs(db: Database, child_id: int, today: date | None = None,
               state: GuideState | None = None) -> DueInputs:
    """The comfort call and icebreaker as their guide steps stand (ticked, or shown by the
    records), planned family time and open follow-ups from the journal, whether a contact
    plan is written and when the last bridge-book page was made. *state* saves reading the
    guide state again when the caller has it."""
    today = today or date.today()
    state = state or load_guide_state(db, child_id, today)
    visits = journal.upcoming_family_time(db, child_id, today, limit=_FAMILY_TIME_LIMIT)
    horizon = today + timedelta(days=LOOK_AHEAD_DAYS)
    return DueInputs(
        comfort_call_done=state.status(COMFORT_CALL_STEP).done(),
        icebreaker_done=state.status(ICEBREAKER_HELD_STEP).done(),
        family_times=tuple(FamilyTime(on=v.entry_date, time=v.entry_time, place=v.preview,
                                      ref_id=v.id)
                           for v in visits if v.entry_date <= horizon),
        follow_ups=tuple(FollowUp(text=f.text, on=f.due, ref_id=f.entry_id)
                         for f in journal.open_follow_ups(db, child_id)),
        contact_plan_made=state.records.contact_plan is not None,
        last_shared=bridge_book.last_page_date(db, child_id))
