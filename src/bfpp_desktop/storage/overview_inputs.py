"""What the Overview's "What's next" list is built from, read in one place."""
from sqlite_utils import Database

from bfpp_desktop.core.due import DueInputs
from bfpp_desktop.core.stage_progress import first_meetings_done
from bfpp_desktop.storage.guide_progress import load_step_progress


def due_inputs(db: Database, child_id: int) -> DueInputs:
    """The comfort call and icebreaker as ticked in the guide, plus journal items.

    JOURNAL: family time and follow-ups come from the journal, which is not
    here yet; extend this function (and a comfort call recorded in the
    journal should count as done too) when it is merged.
    """
    comfort_call, icebreaker = first_meetings_done(load_step_progress(db, child_id))
    return DueInputs(comfort_call_done=comfort_call, icebreaker_done=icebreaker,
                     family_times=(),   # JOURNAL: planned family time
                     follow_ups=())     # JOURNAL: follow-ups from entries
