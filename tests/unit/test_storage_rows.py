"""The shared row helpers, and storage errors told apart by SQLite's error code."""
import sqlite3

import pytest
from sqlite_errors import disk_full_error

from bfpp_desktop.core.children import Child
from bfpp_desktop.core.household import Household
from bfpp_desktop.storage import children, household, rows
from bfpp_desktop.storage.connection import open_database, open_reader
from bfpp_desktop.storage.errors import classify


def test_insert_and_update_stamp_the_row(db, monkeypatch):
    times = iter(["2026-01-01T08:00:00+00:00", "2026-02-02T09:00:00+00:00"])
    monkeypatch.setattr(rows, "now", lambda: next(times))
    child = children.add_child(db, Child(full_name="Ana"))
    children.update_child(db, child.copy(archived=True))
    row = rows.one(db, "SELECT created_at, updated_at, archived FROM children WHERE id = ?",
                   [child.id])
    assert row == {"created_at": "2026-01-01T08:00:00+00:00",
                   "updated_at": "2026-02-02T09:00:00+00:00", "archived": 1}


def test_upsert_keeps_the_first_created_at(db, monkeypatch):
    times = iter(["2026-01-01T08:00:00+00:00", "2026-02-02T09:00:00+00:00"])
    monkeypatch.setattr(rows, "now", lambda: next(times))
    household.save_household(db, Household(surname="Okafor"))
    household.save_household(db, Household(surname="Lindqvist"))
    assert rows.query(db, "SELECT surname, created_at, updated_at FROM household") == [
        {"surname": "Lindqvist", "created_at": "2026-01-01T08:00:00+00:00",
         "updated_at": "2026-02-02T09:00:00+00:00"}]


def test_rows_are_read_by_column_name(db):
    children.add_child(db, Child(full_name="Ana", preferred_name="Annie"))
    assert rows.one(db, "SELECT preferred_name, full_name FROM children") == {
        "preferred_name": "Annie", "full_name": "Ana"}
    assert rows.one(db, "SELECT id FROM children WHERE id = 999") is None
    assert rows.value(db, "SELECT count(*) FROM children") == 1


def test_timestamps_cannot_be_left_empty(db):
    with pytest.raises(sqlite3.IntegrityError) as caught:
        db.execute("INSERT INTO children (full_name, placement_type, permanency_goal) "
                   "VALUES ('Ana', 'foster', 'adoption')")
    assert caught.value.sqlite_errorname == "SQLITE_CONSTRAINT_NOTNULL"


# ----- errors by code ------------------------------------------------------------------------

def test_a_full_disk_is_told_as_such():
    assert classify(disk_full_error()).title == "The disk is full"


def test_a_file_that_is_not_a_database(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"not a database at all " * 200)
    conn = sqlite3.connect(path)
    with pytest.raises(sqlite3.DatabaseError) as caught:
        conn.execute("SELECT * FROM sqlite_master")
    conn.close()
    assert "not a database" in classify(caught.value, path).message


def test_a_busy_file(tmp_path):
    path = tmp_path / "db.sqlite3"
    open_database(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        other = sqlite3.connect(path, timeout=0, isolation_level=None)
        with pytest.raises(sqlite3.OperationalError) as caught:
            other.execute("BEGIN EXCLUSIVE")
        other.close()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert "busy" in classify(caught.value).title


def test_a_read_only_connection_asked_to_write(data_dir, db):
    from bfpp_desktop.core import paths

    reader = open_reader(paths.database_path(data_dir))
    with pytest.raises(sqlite3.OperationalError) as caught:
        reader.execute("DELETE FROM children")
    reader.close()
    assert "cannot be written" in classify(caught.value).title


def test_the_words_alone_do_not_make_an_error_known():
    # Only SQLite's own code counts: a made-up error with familiar words is a bug.
    assert classify(sqlite3.OperationalError("database or disk is full")) is None
    assert classify(ValueError("database is locked")) is None

