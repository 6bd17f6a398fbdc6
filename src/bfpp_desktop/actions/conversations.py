"""A comfort call or icebreaker meeting recorded in the journal (its guide step follows)."""
from bfpp_desktop.actions.result import Changes, Kind, OpResult, database
from bfpp_desktop.core.journal import JournalEntry
from bfpp_desktop.storage import conversations as store


def record_conversation(target, entry: JournalEntry) -> OpResult:
    """Save the entry. Not undoable: the entry can be deleted, which can be undone. The
    Changes name the guide too: its steps are ticked from the journal."""
    saved = store.record_conversation(database(target), entry)
    return OpResult(Changes(Kind.JOURNAL | Kind.GUIDE, saved.child_id, saved.id), value=saved)
