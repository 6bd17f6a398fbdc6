"""sqlcipher3 raises its own exception classes; storage/driver.py turns them into sqlite3's,
so sqlite-utils' own `except sqlite3.OperationalError` and ours work on every connection."""
import sqlite3

import pytest
from sqlite_utils import Database

from bfpp_desktop.storage import driver, errors
from sqlite_errors import disk_full_error


@pytest.fixture
def conn(tmp_path):
    connection = driver.connect(str(tmp_path / "x.sqlite3"))
    yield connection
    connection.close()


def test_errors_arrive_as_sqlite3_classes_with_their_codes(conn):
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL CHECK (name <> ''))")
    with pytest.raises(sqlite3.OperationalError) as missing:
        conn.execute("SELECT * FROM nowhere")
    assert missing.value.sqlite_errorcode == sqlite3.SQLITE_ERROR
    with pytest.raises(sqlite3.IntegrityError) as check:
        conn.execute("INSERT INTO t (name) VALUES ('')")
    assert check.value.sqlite_errorname == "SQLITE_CONSTRAINT_CHECK"
    with pytest.raises(sqlite3.IntegrityError) as not_null:
        conn.execute("INSERT INTO t (name) VALUES (NULL)")
    assert not_null.value.sqlite_errorcode == sqlite3.SQLITE_CONSTRAINT_NOTNULL
    assert isinstance(check.value.__cause__, driver.SQLCIPHER_ERROR)


def test_errors_while_reading_rows_are_mapped_too(conn):
    conn.create_function("second_fails", 1, lambda n: 1 / (2 - n))
    cursor = conn.execute("SELECT second_fails(n) FROM (SELECT 1 AS n UNION SELECT 2)")
    with pytest.raises(sqlite3.OperationalError):
        list(cursor)   # the first row came from execute, the second fails while iterating


def test_sqlite_utils_catches_what_it_expects(conn):
    db = Database(conn)
    db["t"].drop(ignore=True)          # catches sqlite3.OperationalError inside
    db["t"].insert({"id": 1, "a": "x"}, pk="id")
    db["t"].insert({"id": 2, "b": "y"}, alter=True)  # alter catches "no column" errors
    assert db["t"].columns_dict.keys() == {"id", "a", "b"}


def test_a_full_disk_is_recognised_by_code(tmp_path):
    db = Database(driver.connect(str(tmp_path / "full.sqlite3")))
    db.execute("CREATE TABLE t (x)")
    db.execute(f"PRAGMA max_page_count = {db.execute('PRAGMA page_count').fetchone()[0]}")
    with pytest.raises(sqlite3.OperationalError) as full:
        db.execute("INSERT INTO t VALUES (?)", [b"x" * 100_000])
    assert errors.classify(full.value).title == errors.classify(disk_full_error()).title


def test_sqlcipher_writes_nothing_to_stderr(tmp_path, capfd):
    path = tmp_path / "locked.sqlite3"
    locked = driver.connect(str(path), key="right passphrase")
    locked.execute("CREATE TABLE t (x)")
    locked.close()
    wrong = driver.connect(str(path), key="wrong passphrase")
    with pytest.raises(sqlite3.DatabaseError):
        wrong.execute("SELECT * FROM t")
    wrong.close()
    captured = capfd.readouterr()
    assert captured.err == "" and captured.out == ""


def test_a_closed_connection_says_so_as_sqlite3_does(tmp_path):
    conn = driver.connect(str(tmp_path / "closed.sqlite3"))
    conn.close()
    with pytest.raises(sqlite3.ProgrammingError):
        conn.execute("SELECT 1")


def test_a_full_disk_during_the_backup_api_is_recognised_by_its_words(tmp_path):
    """sqlcipher3's backup() raises without a code; SQLite's fixed wording gives it."""
    source = driver.connect(str(tmp_path / "source.db"))
    source.execute("CREATE TABLE t (x TEXT)")
    source.executemany("INSERT INTO t VALUES (?)", [("x" * 2000,)] * 50)
    source.commit()
    target = driver.connect(str(tmp_path / "small.db"))
    target.execute("PRAGMA max_page_count = 2")
    with pytest.raises(sqlite3.OperationalError) as caught:
        source.backup(target)
    assert caught.value.sqlite_errorcode == sqlite3.SQLITE_FULL
    assert errors.classify(caught.value) is not None
    source.close()
    target.close()
