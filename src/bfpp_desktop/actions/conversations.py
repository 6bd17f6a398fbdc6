"""A comfort call or icebreaker meeting recorded: its journal entry and guide step together."""
from datetime import date

from bfpp_desktop.actions.result import Changes, Kind, OpResult, database
from bfpp_desktop.core.journal import JournalEntry
from bfpp_desktop.storage import conversations as store


def record_conversation(target, entry: JournalEntry, step_id: str | None,
                        on: date) -> OpResult:
    """Save the entry and tick the step (if given), or neither. Not undoable: the entry can
    be deleted and the step reopened, each of which can be undone."""
    db = database(target)
    with db.atomic():
        saved = store.record_conversation(db, entry, step_id, on)
    return OpResult(Changes(Kind.JOURNAL | Kind.GUIDE, saved.child_id, saved.id), value=saved)
