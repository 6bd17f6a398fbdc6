"""Dialogs fit on a small laptop screen so their buttons stay reachable."""
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QDialog

from bfpp_desktop.ui.widgets.sizing import fit_to_screen


def test_a_big_dialog_shrinks_to_a_small_screen(qtbot, monkeypatch):
    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, 1366, 728))
    dialog = QDialog()
    qtbot.addWidget(dialog)
    fit_to_screen(dialog, 1180, 760)
    assert dialog.width() == 1180
    assert dialog.height() <= 728 - 40


def test_the_print_center_fits_a_small_screen(qtbot, monkeypatch, db, data_dir, tmp_path):
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QUndoStack

    from bfpp_desktop.core.children import Child
    from bfpp_desktop.storage.children import add_child
    from bfpp_desktop.ui.context import AppContext
    from bfpp_desktop.ui.printing.print_center import PrintCenter

    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, 1024, 700))
    context = AppContext(db, data_dir, QSettings(str(tmp_path / "s.ini"),
                                                 QSettings.Format.IniFormat), QUndoStack())
    center = PrintCenter(context, add_child(db, Child(full_name="Sam")))
    qtbot.addWidget(center)
    assert center.width() <= 1024 and center.height() <= 700
