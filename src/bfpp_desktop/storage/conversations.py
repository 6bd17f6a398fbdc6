"""Recording a comfort call or icebreaker meeting: its journal entry.

The guide steps they stand for are ticked from the journal (core.step_evidence),
so unticking one is the caregiver's choice and the journal stays the one record.
"""
from bfpp_desktop.storage.database import Database

from bfpp_desktop.core.journal import JournalEntry
from bfpp_desktop.storage.journal import add_entry


def record_conversation(db: Database, entry: JournalEntry) -> JournalEntry:
    with db.atomic():
        return add_entry(db, entry)
