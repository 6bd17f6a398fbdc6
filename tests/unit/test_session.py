"""The session: one lock shared by the window and the command line, our details carried
over from settings.ini once, and a command line that never loads Qt."""
import pytest
from subprocess_helpers import lock_held_elsewhere, run_python

from bfpp_desktop.core import paths
from bfpp_desktop.app import main
from bfpp_desktop.core.children import Child
from bfpp_desktop.core.household import Household
from bfpp_desktop.core.data_lock import DataFolderLock
from bfpp_desktop.session import Access, AlreadyOpenError, open_session
from bfpp_desktop.storage import migrations
from bfpp_desktop.storage.children import add_child, list_children
from bfpp_desktop.storage.household import get_household, save_household


@pytest.fixture
def folder(tmp_path):
    folder = tmp_path / "data"
    with open_session(folder, Access.WRITE) as session:
        add_child(session.db, Child(full_name="Maya Rodríguez", preferred_name="Maya"))
    return folder


def test_a_writing_command_is_refused_while_another_copy_has_the_folder(folder, capsys):
    with lock_held_elsewhere(folder):
        assert main(["--data-dir", str(folder), "--demo", "children"]) == 2
    err = capsys.readouterr().err
    assert "Already open" in err and "Close the window" in err
    with open_session(folder) as session:
        assert [c.display_name for c in list_children(session.db)] == ["Maya"]  # no demo


def test_reading_commands_run_beside_another_copy(folder, tmp_path, capsys):
    out = tmp_path / "sheet.pdf"
    with lock_held_elsewhere(folder):
        assert main(["--data-dir", str(folder), "children"]) == 0
        assert "Maya" in capsys.readouterr().out
        assert main(["--data-dir", str(folder), "print", "routine-sheet", "--child", "Maya",
                     "--out", str(out)]) == 0
    assert out.stat().st_size > 0


def test_a_read_beside_the_window_cannot_write(folder):
    with lock_held_elsewhere(folder), open_session(folder, Access.READ) as session:
        with pytest.raises(Exception, match="readonly|read-only|query_only"):
            add_child(session.db, Child(full_name="Someone New"))


def test_a_read_that_would_need_an_update_is_refused_beside_the_window(folder, monkeypatch):
    monkeypatch.setattr(migrations, "needs_update", lambda db: True)
    with lock_held_elsewhere(folder), pytest.raises(AlreadyOpenError, match="updated"):
        open_session(folder, Access.READ)


def test_a_read_lets_the_lock_go_once_prepared_and_a_write_keeps_it(folder):
    lock = DataFolderLock(paths.lock_path(folder))
    with open_session(folder, Access.READ):
        assert lock.try_acquire()   # the window could start meanwhile
        lock.release()
    with open_session(folder, Access.WRITE):
        assert not lock.try_acquire()
        with pytest.raises(AlreadyOpenError):
            open_session(folder, Access.WRITE)
    assert lock.try_acquire()
    lock.release()


def test_the_lock_goes_when_its_process_dies(folder):
    with lock_held_elsewhere(folder) as process:
        assert not DataFolderLock(paths.lock_path(folder)).try_acquire()
        process.kill()
        process.wait(timeout=10)
        lock = DataFolderLock(paths.lock_path(folder))
        assert lock.try_acquire()   # no stale lock left behind by the crash
        lock.release()


def _write_settings_ini(folder, **values):
    from PySide6.QtCore import QSettings
    settings = QSettings(str(folder / paths.SETTINGS_FILENAME), QSettings.Format.IniFormat)
    for key, value in values.items():
        settings.setValue(f"household/{key}", value)
    settings.sync()


def test_our_details_are_carried_over_from_settings_ini_once(tmp_path):
    folder = tmp_path / "data"
    paths.ensure_data_dir(folder)
    _write_settings_ini(folder, household_name="Grandma Denise", surname="Walker-Ñúñez",
                        phone="555-0142", address="3 Oak Road, Apt 2\nMaple Town")
    with open_session(folder) as session:
        carried = get_household(session.db)
    assert carried == Household("Grandma Denise", "Walker-Ñúñez", "555-0142",
                                "3 Oak Road, Apt 2\nMaple Town")
    _write_settings_ini(folder, phone="000-0000")   # settings.ini is no longer read
    with open_session(folder, Access.WRITE) as session:
        assert get_household(session.db) == carried
        save_household(session.db, carried.copy(phone="555-0100"))
    with open_session(folder) as session:
        assert get_household(session.db).phone == "555-0100"


def test_empty_details_are_carried_over_too_so_settings_ini_is_read_only_once(tmp_path):
    folder = tmp_path / "data"
    with open_session(folder) as session:
        assert get_household(session.db) == Household()
    paths.ensure_data_dir(folder)
    _write_settings_ini(folder, household_name="Written later by an old version")
    with open_session(folder) as session:
        assert get_household(session.db) == Household()


@pytest.mark.parametrize("command", [
    ["children"],
    ["print", "routine-sheet", "--child", "Maya", "--out", "{out}"],
])
def test_the_command_line_never_loads_qt(folder, tmp_path, command):
    args = [part.replace("{out}", str(tmp_path / "r.pdf")) for part in command]
    result = run_python(
        "import sys\n"
        "from bfpp_desktop.app import main\n"
        "status = main(sys.argv[1:])\n"
        "print('QT-LOADED' if any(m.startswith('PySide6') for m in sys.modules) else 'NO-QT')\n"
        "sys.exit(status)\n",
        "--data-dir", str(folder), *args)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "NO-QT"



def test_a_reading_command_on_a_prepared_folder_skips_the_whole_file_check(folder, monkeypatch):
    """PRAGMA integrity_check reads every page (a quarter of a second or more at 20,000
    entries) to keep writes off a damaged file; a read session on a ready folder cannot
    write, so it checks only that the file is ours."""
    import bfpp_desktop.session as session_module
    from bfpp_desktop.storage import connection

    def refuse(*_args, **_kwargs):
        raise AssertionError("the whole-file check ran for a session that only reads")

    monkeypatch.setattr(connection, "_check_readable", refuse)
    monkeypatch.setattr(session_module, "open_database", refuse)
    with open_session(folder) as session:
        assert [c.display_name for c in list_children(session.db)] == ["Maya"]
        with pytest.raises(Exception, match="readonly"):
            session.db.execute("DELETE FROM children")
