"""The window's start leaves the whole-file check until its window is painted: the
session reads at once but cannot write, checks once when asked to finish opening, and
never lets a damaged file be written to."""
import sqlite3

import pytest
from sqlite_errors import damage_an_index

from bfpp_desktop.core import paths
from bfpp_desktop.core.contacts import Contact
from bfpp_desktop.core.data_lock import DataFolderLock
from bfpp_desktop.session import Access, open_session
from bfpp_desktop.storage import connection
from bfpp_desktop.storage.contacts import add_contact
from bfpp_desktop.storage.errors import DamagedFileError
from bfpp_desktop.ui import application
from bfpp_desktop.ui.application import StartupRefused


@pytest.fixture
def folder(tmp_path):
    folder = tmp_path / "data"
    with open_session(folder, Access.WRITE) as session:
        add_contact(session.db, Contact(name="Ms Lee"))
    return folder


@pytest.fixture
def checks_seen(monkeypatch) -> list[str]:
    """Each whole-file check run from now on."""
    seen = []
    value = connection.rows.value

    def recording(db, sql, *args):
        if "integrity_check" in sql:
            seen.append(sql)
        return value(db, sql, *args)
    monkeypatch.setattr(connection.rows, "value", recording)
    return seen


def _free(folder) -> bool:
    other = DataFolderLock(paths.lock_path(folder))
    if other.try_acquire():
        other.release()
        return True
    return False


def test_a_window_session_reads_at_once_and_writes_once_the_check_has_passed(
        folder, checks_seen):
    session = open_session(folder, Access.WRITE, check_later=True)
    try:
        assert session.checking and checks_seen == []      # not checked yet
        assert not _free(folder)           # the lock is held from the start all the same
        assert session.db.execute("SELECT name FROM contacts").fetchall() == [("Ms Lee",)]
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            add_contact(session.db, Contact(name="Dr Okafor"))
        session.finish_opening()
        assert not session.checking and len(checks_seen) == 1
        add_contact(session.db, Contact(name="Dr Okafor"))
    finally:
        session.close()
    assert _free(folder)
    with open_session(folder) as reader:
        assert reader.db.execute("SELECT count(*) FROM contacts").fetchone() == (2,)


def test_a_damaged_file_opened_before_its_check_is_never_written(folder, checks_seen):
    database = paths.database_path(folder)
    damage_an_index(database)
    before = database.read_bytes()
    session = open_session(folder, Access.WRITE, check_later=True)
    assert session.checking
    with pytest.raises(DamagedFileError):
        session.finish_opening()
    session.close()
    assert database.read_bytes() == before
    assert _free(folder)                # so a restore can take it


def test_without_check_later_the_session_checks_before_it_opens(folder, checks_seen):
    with open_session(folder, Access.WRITE) as session:
        assert not session.checking and len(checks_seen) == 1
        add_contact(session.db, Contact(name="Dr Okafor"))


def test_a_folder_without_a_data_file_opens_the_ordinary_way(tmp_path, checks_seen):
    with open_session(tmp_path / "new", Access.WRITE, check_later=True) as session:
        assert not session.checking
        add_contact(session.db, Contact(name="Dr Okafor"))


def test_a_damaged_file_is_still_refused_the_ordinary_way(folder, checks_seen):
    damage_an_index(paths.database_path(folder))
    with pytest.raises(DamagedFileError):
        open_session(folder, Access.WRITE)
    assert _free(folder)


def test_the_app_s_own_window_start_checks_after_the_first_paint(monkeypatch):
    """run_window (a plain start, and app.main's) builds its window with check_later."""
    seen = []

    def refused(data_dir, demo, **options):
        seen.append(options)
        raise StartupRefused("test")
    monkeypatch.setattr(application, "start", refused)
    assert application.run_window(None) == 1
    assert seen == [{"check_later": True}]


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


def test_a_plain_window_start_runs_the_window(folder, monkeypatch):
    from bfpp_desktop import window_start
    seen = []
    monkeypatch.setattr(application, "run_window",
                        lambda data_dir, demo, argv: seen.append((data_dir, demo)) or 0)
    assert window_start.main(["--data-dir", str(folder)]) == 0
    assert seen == [(folder.resolve(), False)]
