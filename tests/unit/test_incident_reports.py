"""Incident reports: a journal kind with the fields agencies ask for, kept off every
sheet for the family."""
import re
import sqlite3
from datetime import date

from sqlite_utils import Database

from bfpp_desktop.core import paths
from bfpp_desktop.core.children import Child
from bfpp_desktop.core.journal import (EntryKind, IncidentDetails, JournalEntry, JournalFilter,
                                       Photo, opinion_words)
from bfpp_desktop.storage import bridge_book, children, journal, migrations
from bfpp_desktop.storage.connection import open_database

DAY = date(2026, 10, 14)


def _incident(child_id: int) -> JournalEntry:
    return JournalEntry(
        child_id=child_id, entry_date=DAY, entry_time="16:20", kind=EntryKind.INCIDENT,
        title="Fall from the climbing frame", notes="She slipped on the second rung.",
        share_summary="A small bump at the park.", participants=["Jo", "Ms. Alvarez"],
        follow_up="Check the bruise tomorrow", photos=[Photo("a.jpg", shareable=True)],
        incident=IncidentDetails(place="Elm Park playground", injuries="Bruise on the left knee",
                                 told_who="Dana (caseworker)", told_when="17:05 the same day"))


def test_an_incident_keeps_every_field(db):
    child = children.add_child(db, Child(full_name="Ana Test"))
    saved = journal.add_entry(db, _incident(child.id))
    again = journal.get_entry(db, saved.id)
    assert again.incident == IncidentDetails("Elm Park playground", "Bruise on the left knee",
                                             "Dana (caseworker)", "17:05 the same day")
    assert again.for_agency_only
    assert journal.search(db, child.id, "climbing")[0].id == saved.id
    note = journal.add_entry(db, JournalEntry(child_id=child.id, entry_date=DAY, title="Park"))
    assert journal.get_entry(db, note.id).incident is None


def test_no_family_facing_query_reads_an_incident(db, today):
    child = children.add_child(db, Child(full_name="Ana Test"))
    journal.add_entry(db, _incident(child.id))
    assert journal.shareable_summaries(db, child.id) == []
    assert bridge_book.photos_between(db, child.id, None, None, include_private=True) == []
    gathered = bridge_book.gather_since_last_page(db, child.id, today)
    assert (gathered.summaries, gathered.photos) == ([], [])
    assert journal.count_entries(db, child.id, JournalFilter(for_family=True)) == 0
    assert journal.count_entries(db, child.id) == 1


def test_opinion_words_are_pointed_out():
    assert opinion_words("She seemed upset. I think she did it on purpose; she seemed "
                         "fine later.") == ["seemed", "i think", "on purpose"]
    assert opinion_words("She cried for ten minutes and then ate her dinner.") == []


def test_a_file_from_before_incidents_can_hold_them(data_dir, tmp_path):
    """A file whose kinds CHECK predates the incident kind is widened in place."""
    path = paths.database_path(data_dir)
    conn = sqlite3.connect(path)
    db = Database(conn)
    migrations.migration_set().apply(db, stop_before="1100_incident_reports")
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'journal_entries'"
                       ).fetchone()[0]
    narrow = sql.replace(", 'incident'", "")
    assert narrow != sql
    version = conn.execute("PRAGMA schema_version").fetchone()[0]
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'journal_entries'", [narrow])
    conn.execute(f"PRAGMA schema_version = {version + 1}")
    conn.commit()
    conn.close()
    db = open_database(path)
    child = children.add_child(db, Child(full_name="Ana Test"))
    saved = journal.add_entry(db, _incident(child.id))
    assert journal.get_entry(db, saved.id).incident.place == "Elm Park playground"
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()
    new = tmp_path / "new.sqlite3"
    open_database(new).close()

    def tables(p):
        c = sqlite3.connect(p)
        try:
            return {(n, re.sub(r"\s+", " ", s or "")) for n, s in c.execute(
                "SELECT name, sql FROM sqlite_master")}
        finally:
            c.close()
    assert tables(path) == tables(new)
