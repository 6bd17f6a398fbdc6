"""storage.database: SQL answered on the connection, everything else by sqlite-utils on
the same connection, so the two never disagree about what is saved."""
import sqlite3

import pytest

from bfpp_desktop.storage.database import Database


@pytest.fixture
def db(tmp_path):
    database = Database(sqlite3.connect(tmp_path / "t.sqlite3"))
    database.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    yield database
    database.close()


def test_a_change_outside_a_transaction_is_saved_at_once(db, tmp_path):
    db.execute("INSERT INTO notes (text) VALUES (?)", ["first"])
    assert not db.conn.in_transaction
    other = sqlite3.connect(tmp_path / "t.sqlite3")
    assert other.execute("SELECT text FROM notes").fetchall() == [("first",)]


def test_a_change_inside_a_transaction_waits_for_it(db):
    with db.atomic():
        db.execute("INSERT INTO notes (text) VALUES ('kept')")
        assert db.conn.in_transaction
    with pytest.raises(RuntimeError), db.atomic():
        db.execute("INSERT INTO notes (text) VALUES ('undone')")
        raise RuntimeError
    assert [row["text"] for row in db.query("SELECT text FROM notes")] == ["kept"]


def test_a_failed_change_leaves_no_transaction_open(db):
    db.execute("CREATE TABLE one (x UNIQUE)")
    db.execute("INSERT INTO one VALUES (1)")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO one VALUES (1)")
    assert not db.conn.in_transaction


def test_tables_and_sql_share_one_connection(db):
    db["notes"].insert({"text": "from sqlite-utils"})
    assert db.query("SELECT text FROM notes").__next__() == {"text": "from sqlite-utils"}
    assert "notes" in db.table_names()
    assert db.execute("PRAGMA recursive_triggers").fetchone() == (1,)


def test_query_refuses_a_statement_without_rows(db):
    with pytest.raises(ValueError):
        db.query("UPDATE notes SET text = 'x'")


def test_a_closed_database_refuses_with_sqlite3s_own_error(tmp_path):
    """Callers that outlive the database (an undo step, a photo sweep) catch sqlite3's
    ProgrammingError; the encrypting driver's own class must not leak past it."""
    from bfpp_desktop.storage import driver
    db = Database(driver.connect(str(tmp_path / "t.sqlite3")))
    db.close()
    with pytest.raises(sqlite3.ProgrammingError, match="closed database"):
        db.query("SELECT 1")
