"""The passphrase lock through the real window: turn it on in File > Passphrase lock…,
start again (a wrong passphrase is refused and changes nothing, the right one opens),
lock with Ctrl+L (no child's name anywhere on screen, the editor's typing kept) and by
being idle."""
import hashlib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
                               QLabel, QLineEdit, QPlainTextEdit, QTextEdit, QWidget)

from bfpp_desktop.core import paths
from bfpp_desktop.storage import children as child_store
from bfpp_desktop.storage import lock as passphrase_lock
from bfpp_desktop.ui.lock.new_passphrase_dialog import NewPassphraseDialog
from bfpp_desktop.ui.lock.unlock_dialog import UnlockDialog
from lock_helpers import MARKER, NEW, OLD, fill, holding

SHOTS = "/tmp"


def visible_text() -> str:
    """Every word a person could read on screen now: labels, fields, buttons, editors,
    window titles and the rows of every list and table shown."""
    parts = []
    for widget in QApplication.allWidgets():
        if not widget.isVisible():
            continue
        if widget.isWindow():
            parts.append(widget.windowTitle())
        if isinstance(widget, (QLabel, QLineEdit, QAbstractButton)):
            parts.append(widget.text())
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
            parts.append(widget.toPlainText())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            root = widget.rootIndex()
            for row in range(model.rowCount(root)):
                column = 0     # list models keep columnCount private
                while (index := model.index(row, column, root)).isValid():
                    parts.append(str(index.data() or ""))
                    column += 1
    return "\n".join(parts)


def _answer_new_passphrase(monkeypatch, qtbot, passphrase: str):
    def fake_exec(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.grab().save(f"{SHOTS}/lock-new-passphrase.png")
        dialog.first.edit.setText(passphrase)
        dialog.second.edit.setText(passphrase + "typo")
        dialog.ok_button.click()
        assert dialog.problem.isVisible()          # not the same twice: asked again
        dialog.second.edit.setText(passphrase)
        dialog.ok_button.click()
        return dialog.result()
    monkeypatch.setattr(NewPassphraseDialog, "exec", fake_exec)


def _answer_unlock(monkeypatch, qtbot, answers: list[str], seen: list[str]):
    def fake_exec(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        if dialog.problem.isVisible():
            seen.append(dialog.problem.text())
            dialog.grab().save(f"{SHOTS}/lock-unlock-wrong.png")
        else:
            dialog.grab().save(f"{SHOTS}/lock-unlock.png")
        if not answers:
            return QDialog.DialogCode.Rejected
        dialog.field.edit.setText(answers.pop(0))
        dialog.open_button.click()
        return dialog.result()
    monkeypatch.setattr(UnlockDialog, "exec", fake_exec)


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def family(tmp_path):
    folder = tmp_path / "family"
    fill(folder)
    return folder


def test_turn_on_restart_wrong_then_right_passphrase(make_window, qtbot, monkeypatch,
                                                     family):
    window = make_window(family)
    names = [c.display_name for c in child_store.list_children(window.context.db)]
    assert not window.lock_guard.lock_action.isEnabled()   # nothing to lock with yet
    assert not window.lock_guard.watching   # no call into Python for each of the app's events
    settings = window.open_lock_settings()   # File > Passphrase lock…
    qtbot.waitExposed(settings)
    settings.grab().save(f"{SHOTS}/lock-settings-off.png")
    _answer_new_passphrase(monkeypatch, qtbot, OLD)
    settings.on_button.click()
    assert passphrase_lock.is_locked(family)
    assert settings.change_button.isVisible() and not settings.on_button.isVisible()
    settings.grab().save(f"{SHOTS}/lock-settings-on.png")
    assert window.lock_guard.lock_action.isEnabled()
    assert window.lock_guard.watching       # Ctrl+L from any window, and the idle time
    assert holding(family) == []
    # The window goes on working on the locked file.
    assert [c.display_name for c in child_store.list_children(window.context.db)] == names
    settings.close()
    window.close()

    database = paths.database_path(family)
    before = _digest(database)
    seen: list[str] = []
    _answer_unlock(monkeypatch, qtbot, ["not the passphrase", OLD], seen)
    window = make_window(family)
    assert seen and "does not open" in seen[0]
    assert names[0] in visible_text()
    window.close()
    # The wrong try wrote nothing (the right one opened and closed the same file).
    assert holding(family) == []
    assert before == _digest(database) or passphrase_lock.is_locked(family)


def test_the_first_run_offers_the_lock(make_window, qtbot, tmp_path):
    window = make_window(tmp_path / "new")
    assert window.ui.mainStack.currentWidget() is window.ui.welcomePage
    assert window.welcome_lock_button.isVisible()
    window.grab().save(f"{SHOTS}/lock-welcome-offer.png")
    window.welcome_lock_button.click()
    settings = next(w for w in QApplication.topLevelWidgets()
                    if w.isVisible() and w.windowTitle() == "Passphrase lock")
    assert settings.on_button.isVisible()
    settings.close()


def test_cancel_at_the_passphrase_opens_nothing(monkeypatch, qtbot, family, no_modal):
    from bfpp_desktop.ui.application import StartupRefused, start
    with_lock = passphrase_lock
    from bfpp_desktop.session import Access, open_session
    with open_session(family, Access.WRITE) as session:
        with_lock.turn_on(session.db, family, OLD)
    before = _digest(paths.database_path(family))
    _answer_unlock(monkeypatch, qtbot, [], [])
    with pytest.raises(StartupRefused):
        start(family)
    assert _digest(paths.database_path(family)) == before


def _locked_window(make_window, qtbot, monkeypatch, family):
    from bfpp_desktop.session import Access, open_session
    with open_session(family, Access.WRITE) as session:
        passphrase_lock.turn_on(session.db, family, OLD)
    _answer_unlock(monkeypatch, qtbot, [OLD], [])
    window = make_window(family)
    qtbot.waitExposed(window)
    return window


def test_ctrl_l_hides_every_name_and_keeps_the_editor_typing(make_window, qtbot,
                                                             monkeypatch, family):
    window = _locked_window(make_window, qtbot, monkeypatch, family)
    children = child_store.list_children(window.context.db)
    window.select_child(children[0].id)
    journal = window.open_journal_entry  # an editor with unsaved typing
    window.action_new_entry.trigger()
    qtbot.waitUntil(lambda: any(isinstance(w, QDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()))
    editor = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, QDialog) and w.isVisible())
    title = editor.findChild(QLineEdit)
    title.setText("Half-written note")
    assert journal and children[0].display_name in visible_text()

    qtbot.keyClick(title, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # in the editor
    assert window.lock_guard.locked
    qtbot.wait(50)
    window.grab().save(f"{SHOTS}/lock-screen.png")
    text = visible_text()
    for child in children:
        for name in {child.display_name, child.full_name}:
            assert name not in text, name
    assert "Half-written note" not in text and not editor.isVisible()

    screen = window.lock_guard.screen
    screen.field.edit.setText("wrong one")
    screen.unlock_button.click()
    assert window.lock_guard.locked and screen.problem.isVisible()
    window.grab().save(f"{SHOTS}/lock-screen-wrong.png")
    screen.field.edit.setText(OLD)
    screen.unlock_button.click()
    assert not window.lock_guard.locked
    assert editor.isVisible() and title.text() == "Half-written note"
    assert children[0].display_name in visible_text()
    editor.reject()


def test_the_window_locks_itself_when_left_alone(make_window, qtbot, monkeypatch, family):
    window = _locked_window(make_window, qtbot, monkeypatch, family)
    guard = window.lock_guard
    assert guard.idle.isActive() and guard.idle.interval() == 10 * 60_000   # the default
    guard.idle.setInterval(150)   # the caregiver's minutes, shortened for the test
    guard.idle.start()
    qtbot.waitUntil(lambda: guard.locked, timeout=3000)
    assert not any(isinstance(w, QWidget) and w.isVisible() and w is not window
                   and w.isWindow() for w in QApplication.topLevelWidgets()
                   if w.parentWidget() is window)
    names = [c.display_name for c in child_store.list_children(window.context.db)]
    assert not any(name in visible_text() for name in names)


def test_marker_stays_off_the_disk_while_the_window_saves(make_window, qtbot, monkeypatch,
                                                          family):
    window = _locked_window(make_window, qtbot, monkeypatch, family)
    window.backups.wait()    # the backup at start, so its files are finished and looked in
    assert holding(family) == []
    assert MARKER in "".join(r["notes"] for r in window.context.db.query(
        "SELECT notes FROM journal_entries"))


def test_export_protected_by_a_passphrase_and_imported_with_it(make_window, qtbot,
                                                               monkeypatch, tmp_path, family):
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    from bfpp_desktop.ui.export_import.export_dialog import ExportDialog
    from bfpp_desktop.ui.export_import.preview_dialog import ImportPreviewDialog
    first = make_window(family)
    target = tmp_path / "protected.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))

    def export_exec(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.protect.setChecked(True)
        dialog.protect_field.edit.setText("short")
        dialog.export_button.click()
        assert dialog.problem.isVisible()           # too short: asked again
        dialog.protect_field.edit.setText(NEW)
        dialog.grab().save(f"{SHOTS}/lock-export-protected.png")
        dialog.export_button.click()
        return dialog.result()
    monkeypatch.setattr(ExportDialog, "exec", export_exec)
    with qtbot.waitSignal(first.export_import.exported, timeout=20_000):
        first.export_import.export_action.trigger()
    qtbot.waitUntil(lambda: not first.export_import.busy, timeout=20_000)
    assert MARKER.encode() not in target.read_bytes()
    first.close()

    second = make_window(tmp_path / "second")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    answers, asked = ["not the one", NEW], []

    def get_text(parent, title, label, echo):
        asked.append(label)
        assert echo == QLineEdit.EchoMode.Password
        return answers.pop(0), True
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    monkeypatch.setattr(ImportPreviewDialog, "exec",
                        lambda dialog: dialog.import_button.click() or dialog.result())
    with qtbot.waitSignal(second.export_import.imported, timeout=30_000):
        second.export_import.import_action.trigger()
    assert len(asked) == 2 and "Caps Lock" in asked[1]     # the wrong one was said
    assert MARKER in "".join(r["notes"] for r in second.context.db.query(
        "SELECT notes FROM journal_entries"))


def test_a_locked_folder_backs_up_and_prints_with_its_photos(make_window, qtbot, monkeypatch,
                                                             family):
    """The worker is another process: the window hands it the folder's keys through a
    pipe, and it opens the locked file and photos with them."""
    from pypdf import PdfReader

    from bfpp_desktop.storage import backup, keys
    from print_helpers import pdf_text, wait_ready
    window = _locked_window(make_window, qtbot, monkeypatch, family)
    qtbot.waitUntil(lambda: window.backups.last_made is not None)
    copy = window.backups.last_made
    assert copy.reason == backup.AT_START and keys.is_locked_file(copy.database)
    assert holding(family) == []                 # the copy is locked too
    child = next(c for c in child_store.list_children(window.context.db)
                 if c.display_name == "Maya")     # her photos are the newest
    window.select_child(child.id)
    center = window.open_print_center("photo-sheet")
    wait_ready(qtbot, center)
    assert child.display_name in pdf_text(center.current_pdf)
    assert sum(len(page.images) for page in PdfReader(center.current_pdf).pages) > 0
    center.close()
