"""The window comes up while the whole-file check of the data file still runs
(storage.early_check, begun first thing by bfpp_desktop.__main__): it reads, but cannot
write, until the check has passed; a file that fails it is explained as at any start,
with the newest sound backup offered, and nothing is written to it."""
import sqlite3
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea
from shiboken6 import isValid
from sqlite_errors import damage_an_index, overwrite_pages
from typing_helpers import type_text

from bfpp_desktop.core import paths
from bfpp_desktop.core.children import Child
from bfpp_desktop.core.contacts import Contact
from bfpp_desktop.session import Access, open_session
from bfpp_desktop.storage import backup, early_check
from bfpp_desktop.storage import children as child_store
from bfpp_desktop.storage.contacts import add_contact
from bfpp_desktop.storage.restore import DAMAGED_PREFIX
from bfpp_desktop.ui import application
from bfpp_desktop.ui.application import StartupRefused
from bfpp_desktop.ui.backups.damaged import DamagedFileMessage
from bfpp_desktop.ui.children.editor import ChildEditor
from bfpp_desktop.ui.main_window import MainWindow
from bfpp_desktop.ui.widgets import focus_style


@pytest.fixture
def held_check(monkeypatch):
    """The early check, held back until the test lets it go (so the window is surely
    built before its verdict). Returns the event that lets it run."""
    monkeypatch.setattr(early_check, "_checks", {})
    go = threading.Event()
    run = early_check._Check._run

    def held(check):
        go.wait(30)
        run(check)
    monkeypatch.setattr(early_check._Check, "_run", held)
    yield go
    go.set()


@pytest.fixture
def exit_codes(monkeypatch) -> list[int]:
    codes: list[int] = []
    monkeypatch.setattr(application.QApplication, "exit", staticmethod(codes.append))
    return codes


def _folder_with_maya(data_dir):
    with open_session(data_dir, Access.WRITE) as session:
        child_store.add_child(session.db, Child(full_name="Maya Rodríguez",
                                                preferred_name="Maya"))
        add_contact(session.db, Contact(name="Ms Lee"))
        session.back_up(backup.AT_CLOSE)


def _names(window) -> list[str]:
    return [window.model.child_at(i).display_name for i in range(window.model.rowCount())]


def _visible_main_windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and isValid(w) and w.isVisible()]


def test_the_window_reads_at_once_and_writes_once_the_check_has_passed(
        make_window, data_dir, held_check, qtbot, monkeypatch):
    _folder_with_maya(data_dir)
    early_check.start(data_dir)
    window = make_window()                       # built with the check still held back
    assert window.session.checking and _names(window) == ["Maya"]
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        window.session.db.execute("DELETE FROM contacts")
    assert window.backups.last_made is None

    held_check.set()   # (once painted, the window waits for the verdict before all else)
    qtbot.waitUntil(lambda: not window.session.checking)
    qtbot.waitUntil(lambda: window.backups.last_made is not None)   # only after the verdict
    assert window.backups.last_made.reason == backup.AT_START

    def caregiver_fills_in(dialog):
        dialog.show()
        type_text(qtbot, dialog.ui.fullNameEdit, "Leo Okafor")
        save = next(b for b in dialog.ui.buttonBox.buttons() if b.text() == "Save")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        return dialog.result()
    monkeypatch.setattr(ChildEditor, "exec", caregiver_fills_in)
    window.ui.actionNewChild.trigger()
    assert _names(window) == ["Leo Okafor", "Maya"]
    window.close()

    with open_session(data_dir) as session:
        assert sorted(c.full_name for c in child_store.list_children(session.db)) == [
            "Leo Okafor", "Maya Rodríguez"]


def test_a_file_that_fails_the_check_after_the_first_paint_is_replaced_by_its_backup(
        make_window, data_dir, held_check, qtbot, monkeypatch, no_modal, exit_codes):
    _folder_with_maya(data_dir)
    database = paths.database_path(data_dir)
    damage_an_index(database)                   # every page reads; the check fails
    damaged = database.read_bytes()
    monkeypatch.setattr(DamagedFileMessage, "clickedButton", lambda box: box.restore_button)
    early_check.start(data_dir)
    window = make_window()
    assert window.session.checking and _names(window) == ["Maya"]

    held_check.set()
    qtbot.waitUntil(lambda: not isValid(window) or not window.isVisible())
    [offer] = [m for m in no_modal if m.startswith("The data file is damaged|")]
    assert "Part of the file is damaged" in offer and "has not been changed" in offer
    [aside] = [p for p in data_dir.iterdir() if p.name.startswith(DAMAGED_PREFIX)]
    assert (aside / paths.DATABASE_FILENAME).read_bytes() == damaged   # nothing written
    assert not any(p.name.startswith(backup.AT_START) for p in
                   paths.backups_dir(data_dir).rglob("*"))   # no backup of a damaged file
    [again] = _visible_main_windows()            # the restored backup, in a new window
    assert _names(again) == ["Maya"] and not again.session.checking
    assert exit_codes == []
    qtbot.waitUntil(lambda: again.backups.last_made is not None)
    again.close()


def test_a_file_that_fails_the_check_is_left_as_it_was_when_no_backup_is_chosen(
        make_window, data_dir, held_check, qtbot, monkeypatch, no_modal, exit_codes):
    _folder_with_maya(data_dir)
    database = paths.database_path(data_dir)
    damage_an_index(database)
    damaged = database.read_bytes()
    monkeypatch.setattr(DamagedFileMessage, "clickedButton", lambda box: None)
    early_check.start(data_dir)
    window = make_window()
    held_check.set()
    qtbot.waitUntil(lambda: exit_codes == [1])   # the app ends, as a refused start does
    assert not isValid(window) or not window.isVisible()
    assert any(m.startswith("The data file is damaged|") for m in no_modal)
    assert database.read_bytes() == damaged
    assert _visible_main_windows() == []


def test_a_file_that_cannot_be_read_before_the_verdict_is_explained_as_at_any_start(
        make_window, data_dir, held_check, monkeypatch, no_modal):
    with open_session(data_dir, Access.WRITE) as session:
        for n in range(200):
            child_store.add_child(session.db, Child(full_name=f"Child {n}", notes="N " * 90))
    database = paths.database_path(data_dir)
    overwrite_pages(database)
    damaged = database.read_bytes()
    monkeypatch.setattr(DamagedFileMessage, "clickedButton", lambda box: None)
    early_check.start(data_dir)
    held_check.set()   # the ordinary open waits for it
    with pytest.raises(StartupRefused):
        make_window()
    assert [m for m in no_modal if m.startswith("The data file is damaged|")]
    assert database.read_bytes() == damaged


def test_a_window_that_cannot_be_built_before_the_verdict_waits_for_it_and_explains(
        make_window, data_dir, held_check, monkeypatch, no_modal):
    """A damaged page read while the window is built, before the check has finished."""
    _folder_with_maya(data_dir)
    database = paths.database_path(data_dir)
    damage_an_index(database)
    damaged = database.read_bytes()
    monkeypatch.setattr(DamagedFileMessage, "clickedButton", lambda box: None)
    build = application.build_window

    def build_or_fail(session, *args):
        if session.checking:
            held_check.set()
            raise sqlite3.DatabaseError("database disk image is malformed")
        return build(session, *args)
    monkeypatch.setattr(application, "build_window", build_or_fail)
    early_check.start(data_dir)
    with pytest.raises(StartupRefused):
        make_window()
    assert [m for m in no_modal if m.startswith("The data file is damaged|")]
    assert database.read_bytes() == damaged


def test_nothing_on_the_first_screen_moves_once_the_window_has_settled(
        make_window, data_dir, qtbot):
    """What waits for the first paint (the names filter, the verdict, the backup) changes
    nothing that can be seen: the focus frames of the scroll areas Tab stops at (which
    make them two pixels narrower) are there from the first paint."""
    _folder_with_maya(data_dir)
    window = application.start(data_dir)     # built, not yet shown or painted
    qtbot.addWidget(window)
    areas = [a for a in window.findChildren(QScrollArea)
             if a.focusPolicy() & Qt.FocusPolicy.TabFocus]
    assert areas and all(a.property(focus_style.FOCUS_FRAME) for a in areas)
    before = [(a.frameWidth(), a.frameShape()) for a in areas]
    window.show()
    qtbot.waitUntil(lambda: window.backups.last_made is not None)   # all that waited has run
    assert [(a.frameWidth(), a.frameShape()) for a in areas] == before
    window.close()
