"""The whole-file check begun while the window loads (storage.early_check): it holds the
folder's lock from the start, spares the session a second check, and never lets a
damaged file through."""
import sqlite3
import threading

import pytest
from sqlite_errors import damage_an_index

from bfpp_desktop.core import paths
from bfpp_desktop.core.contacts import Contact
from bfpp_desktop.core.data_lock import DataFolderLock
from bfpp_desktop.session import Access, open_session
from bfpp_desktop.storage import connection, early_check
from bfpp_desktop.storage.contacts import add_contact
from bfpp_desktop.storage.errors import DamagedFileError


@pytest.fixture
def folder(tmp_path):
    folder = tmp_path / "data"
    with open_session(folder, Access.WRITE) as session:
        add_contact(session.db, Contact(name="Ms Lee"))
    return folder


@pytest.fixture
def checks_seen(monkeypatch):
    """The threads each integrity check ran on."""
    seen = []
    value = connection.rows.value

    def recording(db, sql, *args):
        if "integrity_check" in sql:
            seen.append(threading.current_thread().name)
        return value(db, sql, *args)
    monkeypatch.setattr(connection.rows, "value", recording)
    monkeypatch.setattr(early_check, "_checks", {})
    return seen


def _free(folder) -> bool:
    other = DataFolderLock(paths.lock_path(folder))
    if other.try_acquire():
        other.release()
        return True
    return False


def test_the_session_takes_over_the_check_and_the_lock(folder, checks_seen):
    early_check.start(folder)
    assert not _free(folder)            # no other copy may change the file meanwhile
    with open_session(folder, Access.WRITE) as session:
        assert session.db.execute("SELECT name FROM contacts").fetchall() == [("Ms Lee",)]
        assert not _free(folder)
    assert _free(folder)                # the session let it go as it always does
    assert checks_seen == ["integrity check"]   # once, early, not again by the session


def test_a_second_open_checks_for_itself(folder, checks_seen):
    early_check.start(folder)
    open_session(folder, Access.WRITE).close()
    open_session(folder, Access.WRITE).close()
    assert checks_seen == ["integrity check", "MainThread"]


def test_a_damaged_file_is_still_refused(folder, checks_seen):
    damage_an_index(paths.database_path(folder))
    early_check.start(folder)
    with pytest.raises(DamagedFileError):
        open_session(folder, Access.WRITE)
    assert checks_seen == ["integrity check", "MainThread"]
    assert _free(folder)                # so a restore can take it


def test_a_folder_without_a_data_file_is_left_for_the_session(tmp_path, checks_seen):
    early_check.start(tmp_path / "new")
    assert not (tmp_path / "new").exists()
    open_session(tmp_path / "new", Access.WRITE).close()


def test_a_window_session_opens_while_the_check_runs_and_cannot_write_until_it_passes(
        folder, checks_seen, monkeypatch):
    go = threading.Event()
    run = early_check._Check._run
    monkeypatch.setattr(early_check._Check, "_run", lambda check: (go.wait(30), run(check)))
    early_check.start(folder)
    session = open_session(folder, Access.WRITE, check_later=True)
    try:
        assert session.checking and checks_seen == []      # opened before the check ran
        assert session.db.execute("SELECT name FROM contacts").fetchall() == [("Ms Lee",)]
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            add_contact(session.db, Contact(name="Dr Okafor"))
        go.set()
        session.finish_opening()
        assert not session.checking and checks_seen == ["integrity check"]
        add_contact(session.db, Contact(name="Dr Okafor"))
    finally:
        session.close()
    with open_session(folder) as reader:
        assert reader.db.execute("SELECT count(*) FROM contacts").fetchone() == (2,)


def test_a_damaged_file_opened_while_checking_is_never_written(folder, checks_seen):
    database = paths.database_path(folder)
    damage_an_index(database)
    before = database.read_bytes()
    early_check.start(folder)
    session = open_session(folder, Access.WRITE, check_later=True)
    assert session.checking
    with pytest.raises(DamagedFileError):
        session.finish_opening()
    session.close()
    assert database.read_bytes() == before
    assert _free(folder)


def test_without_check_later_the_session_waits_for_the_verdict(folder, checks_seen):
    early_check.start(folder)
    with open_session(folder, Access.WRITE) as session:
        assert not session.checking
        add_contact(session.db, Contact(name="Dr Okafor"))


@pytest.mark.parametrize(("args", "plain"), [
    ([], ("default", False)), (["--data-dir", "FOLDER"], ("FOLDER", False)),
    (["--data-dir=FOLDER"], ("FOLDER", False)),
    (["--demo", "--data-dir", "FOLDER"], ("FOLDER", True)), (["--demo"], (None, True)),
    (["--data-dir", "FOLDER", "children"], None), (["children"], None), (["--version"], None),
    (["--data-dir"], None), (["--data-dir="], None), (["--help"], None)])
def test_only_a_plain_window_start_skips_the_command_line(args, plain, tmp_path, monkeypatch):
    from bfpp_desktop import window_start
    monkeypatch.setattr(paths, "default_data_dir", lambda: tmp_path / "default")
    monkeypatch.chdir(tmp_path)
    expected = None if plain is None else (
        None if plain[0] is None else tmp_path / plain[0], plain[1])
    assert window_start.plain_start(args) == expected


def test_a_plain_window_start_begins_the_check_before_the_window_loads(folder, monkeypatch):
    """bfpp_desktop.__main__ hands a plain start to window_start, which begins the check
    before the window's code is imported."""
    from bfpp_desktop import window_start
    from bfpp_desktop.ui import application
    seen = []
    monkeypatch.setattr(early_check, "_checks", {})
    monkeypatch.setattr(application, "run_window", lambda data_dir, demo, argv: seen.append(
        (data_dir, early_check.running(paths.database_path(data_dir)))) or 0)
    assert window_start.main(["--data-dir", str(folder)]) == 0
    assert seen == [(folder.resolve(), True)]
    early_check.passed(paths.database_path(folder.resolve()))   # lets the lock go


def test_a_folder_that_cannot_be_read_is_left_for_the_session(folder, checks_seen,
                                                               monkeypatch):
    """(As root, as these tests may run, a folder's permissions stop nothing.)"""
    def refused(path):
        raise PermissionError(13, "Permission denied", str(path))
    monkeypatch.setattr(type(folder), "is_file", refused)
    early_check.start(folder)   # raises nothing: the session says what is wrong
    assert early_check._checks == {}
