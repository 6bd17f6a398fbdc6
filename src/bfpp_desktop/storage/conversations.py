"""Recording a comfort call or icebreaker meeting: the journal entry and the guide step."""
from datetime import date

from sqlite_utils import Database

from bfpp_desktop.core.journal import JournalEntry
from bfpp_desktop.core.stage_progress import StepProgress, mark_done
from bfpp_desktop.storage.guide_progress import load_step_progress, save_step_progress
from bfpp_desktop.storage.journal import add_entry


def record_conversation(db: Database, entry: JournalEntry, step_id: str | None,
                        on: date) -> JournalEntry:
    """Save the entry and tick the guide step (if given) together, or neither."""
    with db.atomic():
        saved = add_entry(db, entry)
        if step_id:
            progress = load_step_progress(db, entry.child_id).get(step_id,
                                                                  StepProgress(step_id))
            save_step_progress(db, entry.child_id, mark_done(progress, on))
    return saved
