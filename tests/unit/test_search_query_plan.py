"""Journal search walks the child's timeline newest first and stops at its limit; it
does not look up every entry holding a word and sort them all by date (13 ms of a
search when the word is in 18,000 of 20,000 entries; benchmarks/results.md). SQLite
chose that when the file had statistics (ANALYZE, PRAGMA optimize), as the benchmark's
folder has, whatever the words."""
from datetime import date, timedelta

from query_plans import plan, statements

from bfpp_desktop.core.children import Child
from bfpp_desktop.core.journal import EntryKind, JournalEntry, JournalFilter
from bfpp_desktop.storage import journal
from bfpp_desktop.storage.children import add_child

TODAY = date(2026, 12, 2)


def _search_plan(db, child_id, filt=None) -> str:
    [sql] = [s for s in statements(db, lambda: journal.search(db, child_id, "blanket", filt))
             if "MATCH" in s]
    return plan(db, sql)


def _two_children_with_a_word_everywhere(db) -> int:
    children = [add_child(db, Child(full_name=name)) for name in ("Maya Ortiz", "Leo Ortiz")]
    with db.atomic():
        for child in children:
            for day in range(300):
                journal.add_entry(db, JournalEntry(
                    child_id=child.id, kind=EntryKind.NOTE,
                    entry_date=TODAY - timedelta(days=day), title=f"Day {day}",
                    notes="Her blue blanket came along."))
    db.execute("ANALYZE")
    return children[0].id


def test_a_search_reads_the_timeline_in_order_and_sorts_nothing(db):
    child_id = _two_children_with_a_word_everywhere(db)
    searched = _search_plan(db, child_id)
    assert "journal_timeline" in searched and "TEMP B-TREE" not in searched
    found = journal.search(db, child_id, "blanket", limit=5)
    assert [e.entry_date for e in found] == [TODAY - timedelta(days=d) for d in range(5)]


def test_a_filtered_search_still_finds_the_newest_first(db):
    child = add_child(db, Child(full_name="Maya Ortiz"))
    for day, kind in enumerate([EntryKind.NOTE, EntryKind.PHONE_CALL, EntryKind.PHONE_CALL]):
        journal.add_entry(db, JournalEntry(
            child_id=child.id, kind=kind, entry_date=TODAY - timedelta(days=day),
            title="Blanket", notes=""))
    calls = JournalFilter(kinds=(EntryKind.PHONE_CALL,))
    assert "INTEGER PRIMARY KEY" not in _search_plan(db, child.id, calls)   # not match by match
    assert [e.entry_date for e in journal.search(db, child.id, "blanket", calls)] == [
        TODAY - timedelta(days=1), TODAY - timedelta(days=2)]
