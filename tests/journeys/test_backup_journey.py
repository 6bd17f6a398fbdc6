"""Backups in the real window: the one at start, Back up now, a restore and its undo
through File > Backups…, a backup that fails without interrupting, and a damaged data
file at start replaced by the newest sound backup."""
import sqlite3

import pytest
from placement_helpers import answer_placement_ended
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from shiboken6 import isValid
from sqlite_errors import overwrite_pages

from bfpp_desktop.core import paths
from bfpp_desktop.core.backup_folder import backups_folder
from bfpp_desktop.core.children import Child, PlacementEnd
from bfpp_desktop.session import Access, open_session
from bfpp_desktop.storage import backup
from bfpp_desktop.storage import children as child_store
from bfpp_desktop.storage.restore import DAMAGED_PREFIX
from bfpp_desktop.ui.application import StartupRefused
from bfpp_desktop.ui.backups.damaged import DamagedFileMessage
from bfpp_desktop.ui.main_window import MainWindow


def _names(window) -> set[str]:
    return {window.model.child_at(r).display_name for r in range(window.model.rowCount())}


def _settled(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.backups.busy and window.backups.last_made is not None)


def _confirm_every_question(monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: next(
        b for b in box.buttons()
        if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole))


def _the_main_window() -> MainWindow:
    [window] = [w for w in QApplication.topLevelWidgets()
                if isinstance(w, MainWindow) and isValid(w) and w.isVisible()]
    return window


def test_a_restore_and_its_undo_through_the_backups_window(qtbot, make_window, monkeypatch,
                                                          data_dir):
    window = make_window(demo=True)
    _settled(qtbot, window)                          # the backup made at start
    _confirm_every_question(monkeypatch)
    amara = next(c for c in child_store.list_children(window.context.db)
                 if c.display_name == "Amara")
    window.select_child(amara.id)
    window._on_delete_child()
    assert "Amara" not in _names(window)

    window.backups_action.trigger()
    dialog = window.backups_window
    assert dialog.isVisible() and dialog.list.topLevelItemCount() == 1
    assert not dialog.undo_button.isVisible()
    dialog.list.setCurrentItem(dialog.list.topLevelItem(0))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    restored = _the_main_window()
    assert restored is not window
    assert _names(restored) == {"Maya", "Leo", "Amara"}
    amara_photos = paths.Path(data_dir) / "photos" / str(amara.id)
    assert any(amara_photos.iterdir())               # her photos came back with her
    again = restored.backups_window
    assert again.isVisible() and again.undo_button.isVisible()
    assert "Undo restore" in again.status.text()
    kept = [b for b in again.backups if b.kept_aside]
    assert len(kept) == 1 and kept[0].children == 2

    qtbot.mouseClick(again.undo_button, Qt.MouseButton.LeftButton)
    undone = _the_main_window()
    assert _names(undone) == {"Maya", "Leo"}
    # Gone again with her: the window's photo sweep runs just after its first paint.
    qtbot.waitUntil(lambda: not amara_photos.exists(), timeout=5000)
    with open_session(data_dir, Access.READ) as reader:
        assert {c.display_name for c in child_store.list_children(reader.db)} == {"Maya", "Leo"}
    undone.close()
    assert not undone.backups_window.isVisible()
    undone.deleteLater()                             # made by the restore, not by make_window


def test_a_damaged_backup_is_refused_in_the_backups_window(qtbot, make_window, monkeypatch,
                                                           no_modal):
    window = make_window(demo=True)
    _settled(qtbot, window)
    _confirm_every_question(monkeypatch)
    made = window.backups.last_made
    made.database.write_bytes(made.database.read_bytes()[:9000])   # cut short
    dialog = window.open_backups()
    no_modal.clear()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    [said] = no_modal
    assert said.startswith("This backup cannot be used|")
    assert "damaged or incomplete" in said and "has not been changed" in said
    assert _the_main_window() is window and dialog.isVisible()
    assert [b for b in backup.list_backups(made.folder) if b.kept_aside] == []


def test_backups_run_beside_the_window_and_the_last_one_at_close(qtbot, make_window,
                                                                 monkeypatch, data_dir):
    made_here = []
    real = backup.make_backup

    def recording(source, data_dir, folder, reason, **kwargs):
        made_here.append(reason)
        return real(source, data_dir, folder, reason, **kwargs)
    monkeypatch.setattr(backup, "make_backup", recording)
    window = make_window(demo=True)
    _settled(qtbot, window)
    # The one at start was made by the worker process, not in the window's.
    assert made_here == [] and window.backups.last_made.reason == backup.AT_START
    assert window.backups.last_made.children == 3
    worker = window.backups.job.worker
    window.close()
    assert made_here == []                           # nothing changed: no copy at close
    assert worker.process is None                    # its worker has gone, not left to be killed

    again = make_window()
    _settled(qtbot, again)
    archived = again.current_child()
    answer_placement_ended(monkeypatch, PlacementEnd.RELATIVES)
    again.ui.actionArchiveChild.trigger()
    again.close()                                    # something changed: a copy at close
    assert made_here == [backup.AT_CLOSE]            # here, while the data is still open
    newest = backup.list_backups(paths.backups_dir(data_dir))[0]
    assert newest.reason == backup.AT_CLOSE
    copy = sqlite3.connect(newest.database)
    assert copy.execute("SELECT archived FROM children WHERE id = ?",
                        [archived.id]).fetchone()[0] == 1
    copy.close()


def test_back_up_now_adds_a_backup_to_the_list(qtbot, make_window):
    window = make_window(demo=True)
    _settled(qtbot, window)
    dialog = window.open_backups()
    qtbot.mouseClick(dialog.back_up_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() == 2)
    assert dialog.status.text().startswith("Backed up just now: 3 children")
    assert dialog.list.topLevelItem(0).text(1) == "made by you"
    dialog.grab().save(str(paths.Path(window.context.data_dir) / "backups-window.png"))


def test_backups_can_go_to_a_folder_the_caregiver_chooses(qtbot, make_window, monkeypatch,
                                                          tmp_path, data_dir):
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    window = make_window(demo=True)
    _settled(qtbot, window)
    dialog = window.open_backups()
    assert not dialog.default_button.isVisible()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(stick))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() == 1)
    assert str(stick) in dialog.folder_label.text()
    assert backups_folder(data_dir) == stick         # remembered, for the command line too
    assert [b.reason for b in backup.list_backups(stick)] == [backup.BY_HAND]
    assert dialog.default_button.isVisible()
    qtbot.mouseClick(dialog.default_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.backups.busy)
    assert backups_folder(data_dir) == paths.backups_dir(data_dir)


def test_a_failed_automatic_backup_shows_in_the_status_bar_not_a_dialog(
        qtbot, make_window, monkeypatch, tmp_path, no_modal):
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    window = make_window(demo=True)
    _settled(qtbot, window)
    window.backups.choose_folder(stick)
    stick.rmdir()                                    # unplugged
    no_modal.clear()
    answer_placement_ended(monkeypatch, PlacementEnd.RELATIVES)
    window.ui.actionArchiveChild.trigger()           # a change, so the half hour backs up
    window.backups._on_half_hour()
    qtbot.waitUntil(lambda: not window.backups.busy)
    qtbot.waitUntil(lambda: "The backup could not be made" in
                    window.statusBar().currentMessage())
    assert no_modal == []
    dialog = window.open_backups()
    assert f"could not save a backup in {stick}" in dialog.status.text()


def test_a_damaged_data_file_at_start_offers_the_newest_sound_backup(
        qtbot, make_window, data_dir, monkeypatch, no_modal):
    with open_session(data_dir, Access.WRITE, fill_demo=True) as session:
        session.back_up(backup.AT_CLOSE)
        child_store.add_child(session.db, Child(full_name="Noor"))
        newest = session.back_up(backup.AT_CLOSE)
        for _ in range(200):
            child_store.add_child(session.db, Child(full_name="Filler", notes="Filler " * 30))
    overwrite_pages(newest.database)                 # this one is damaged too: not offered
    database = paths.database_path(data_dir)
    overwrite_pages(database)
    damaged = database.read_bytes()
    monkeypatch.setattr(DamagedFileMessage, "clickedButton", lambda box: box.restore_button)

    window = make_window()

    [offer] = [m for m in no_modal if m.startswith("The data file is damaged|")]
    assert "Part of the file is damaged" in offer
    assert "3 children" in offer and "has not been changed" in offer
    assert _names(window) == {"Maya", "Leo", "Amara"}
    [aside] = [p for p in data_dir.iterdir() if p.name.startswith(DAMAGED_PREFIX)]
    assert (aside / paths.DATABASE_FILENAME).read_bytes() == damaged
    assert any(str(aside) in m for m in no_modal)    # the caregiver is told where it is


def test_a_damaged_file_without_a_backup_is_explained_and_left_alone(make_window, data_dir,
                                                                     no_modal):
    database = paths.database_path(data_dir)
    database.write_bytes(b"")
    with pytest.raises(StartupRefused):
        make_window()
    [said] = no_modal
    assert "The file is empty (0 bytes)" in said and "No backup that can be used" in said
    assert database.read_bytes() == b""


def test_the_backup_at_start_waits_for_the_window_to_be_painted(qtbot, data_dir):
    """Its reading and copying would compete with the window coming up."""
    from bfpp_desktop.ui.application import start
    window = start(data_dir, demo=True)
    qtbot.addWidget(window)
    qtbot.wait(100)
    assert window.backups.job is None and not window.backups.timer.isActive()
    window.show()
    _settled(qtbot, window)
    assert window.backups.last_made.reason == backup.AT_START
    assert window.backups.timer.isActive()
    window.close()
