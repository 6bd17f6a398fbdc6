"""Failures that used to pass in silence: settings that could not be saved, and half
previews left by a build that was killed."""
import os

from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack

from bfpp_desktop.core import paths
from bfpp_desktop.core.children import Child
from bfpp_desktop.storage.children import add_child
from bfpp_desktop.ui import settings_saver
from bfpp_desktop.ui.context import AppContext
from bfpp_desktop.ui.printing.print_center import PrintCenter

from print_helpers import wait_ready


def _unwritable(settings_file):
    """settings.ini cannot be replaced (its name is taken by a folder), as on a full disk."""
    settings_file.unlink(missing_ok=True)
    os.mkdir(settings_file)


def test_settings_that_cannot_be_saved_are_told_at_close(qtbot, make_window, data_dir,
                                                         no_modal, monkeypatch):
    monkeypatch.setattr(settings_saver, "_told", set())
    window = make_window()
    _unwritable(data_dir / paths.SETTINGS_FILENAME)
    window.close()
    assert any("could not be saved" in text for text in no_modal), no_modal


def test_print_choices_that_cannot_be_saved_are_told_once(qtbot, db, data_dir, no_modal,
                                                          monkeypatch):
    monkeypatch.setattr(settings_saver, "_told", set())
    settings_file = data_dir / paths.SETTINGS_FILENAME
    _unwritable(settings_file)
    context = AppContext(db=db, data_dir=data_dir, undo_stack=QUndoStack(),
                         settings=QSettings(str(settings_file), QSettings.Format.IniFormat))
    child = add_child(db, Child(full_name="Maya"))
    center = PrintCenter(context, child)
    qtbot.addWidget(center)
    center.select_document("diaper-bag")
    wait_ready(qtbot, center)
    center.select_document("routine-sheet")
    wait_ready(qtbot, center)
    assert sum("could not be saved" in text for text in no_modal) == 1, no_modal
    center.close()


def test_half_written_previews_of_a_killed_build_are_removed(qtbot, db, data_dir):
    tmp = data_dir / "tmp"
    tmp.mkdir()
    # What whole_file leaves when the process dies mid-build, and a finished preview.
    left = [tmp / ".print-preview-0a1b.pdf.k3j2h1.part", tmp / "print-preview-0a1b.pdf"]
    for path in left:
        path.write_bytes(b"%PDF-1.4 half")
    mine = tmp / "not-a-preview.txt"
    mine.write_text("kept")
    context = AppContext(db=db, data_dir=data_dir, undo_stack=QUndoStack(), settings=QSettings(
        str(data_dir / paths.SETTINGS_FILENAME), QSettings.Format.IniFormat))
    center = PrintCenter(context, add_child(db, Child(full_name="Maya")))
    qtbot.addWidget(center)
    assert not any(path.exists() for path in left)
    assert mine.exists()
    center.close()
