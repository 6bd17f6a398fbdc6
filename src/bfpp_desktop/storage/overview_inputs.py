"""What the Overview's "What's next" list is built from, read in one place."""
from datetime import date, timedelta

from sqlite_utils import Database

from bfpp_desktop.core.due import LOOK_AHEAD_DAYS, DueInputs, FamilyTime, FollowUp
from bfpp_desktop.core.stage_progress import PlanKind, first_meetings_done
from bfpp_desktop.storage import bridge_book, journal
from bfpp_desktop.storage.guide_progress import load_plan, load_step_progress

# Enough planned visits for two weeks of even daily family time.
_FAMILY_TIME_LIMIT = 20


def due_inputs(db: Database, child_id: int, today: date | None = None) -> DueInputs:
    """The comfort call and icebreaker (ticked in the guide or recorded in the journal),
    planned family time and open follow-ups from the journal, whether a contact plan is
    written and when the last bridge-book page was made."""
    today = today or date.today()
    ticked_call, ticked_meeting = first_meetings_done(load_step_progress(db, child_id))
    journal_call, journal_meeting = journal.recorded_first_meetings(db, child_id)
    visits = journal.upcoming_family_time(db, child_id, today, limit=_FAMILY_TIME_LIMIT)
    horizon = today + timedelta(days=LOOK_AHEAD_DAYS)
    return DueInputs(
        comfort_call_done=ticked_call or journal_call or False,
        icebreaker_done=ticked_meeting or journal_meeting or False,
        family_times=tuple(FamilyTime(on=v.entry_date, time=v.entry_time, place=v.preview,
                                      ref_id=v.id)
                           for v in visits if v.entry_date <= horizon),
        follow_ups=tuple(FollowUp(text=f.text, on=f.due, ref_id=f.entry_id)
                         for f in journal.open_follow_ups(db, child_id)),
        contact_plan_made=any(answer.strip() for answer in
                              load_plan(db, child_id, PlanKind.CONTACT).answers.values()),
        last_shared=bridge_book.last_page_date(db, child_id))
