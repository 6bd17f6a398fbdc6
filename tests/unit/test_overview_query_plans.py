"""The Overview's reads find a child's entries of one kind, and the open follow-ups,
through their own indexes (migration 1150_journal_lookups), not by walking every entry
of the child in date order: at 4,000 entries a child that walk was about 6 ms a read,
five reads at every start and every change of child (benchmarks/results.md)."""
from datetime import date

import query_plans

from bfpp_desktop.core.children import Child
from bfpp_desktop.core.journal import EntryKind, JournalEntry
from bfpp_desktop.storage import journal
from bfpp_desktop.storage.children import add_child
from bfpp_desktop.storage.overview_inputs import due_inputs
from bfpp_desktop.storage.step_evidence import load_guide_state

TODAY = date(2026, 12, 2)


def test_the_overview_reads_entries_by_kind_and_open_follow_ups_by_index(db):
    child = add_child(db, Child(full_name="Maya Ortiz"))
    journal.add_entry(db, JournalEntry(child_id=child.id, kind=EntryKind.MEETING,
                                       entry_date=TODAY, title="Icebreaker"))

    def read():
        due_inputs(db, child.id, TODAY, load_guide_state(db, child.id, TODAY))

    statements = [sql for sql in query_plans.statements(db, read)
                  if sql.lstrip().upper().startswith("SELECT") and "journal_entries" in sql
                  and ("kind" in sql or "follow_up_done" in sql)]
    assert any("kind IN" in sql for sql in statements)           # the comfort calls
    assert any("'meeting'" in sql for sql in statements)        # the icebreaker
    assert any("follow_up_done = 0" in sql for sql in statements)
    walks = {sql: plan for sql in statements
             if "journal_timeline" in (plan := query_plans.plan(db, sql))}
    assert walks == {}
