"""Moving records to another computer: File > Export… on one, File > Import… on the other,
see what will be added, confirm, and the child is there with her journal and photos."""
import threading
import zipfile

from PySide6.QtWidgets import QDialog, QFileDialog, QLabel

from bfpp_desktop.storage import children as child_store
from bfpp_desktop.storage import export_zip
from bfpp_desktop.storage.photo_sweep import referenced_files
from bfpp_desktop.ui.export_import.export_dialog import ExportDialog
from bfpp_desktop.ui.export_import.preview_dialog import ImportPreviewDialog

SHOTS = "/tmp"


def _answer_export(monkeypatch, qtbot, choose_one_child: bool, grab: str = ""):
    def fake_exec(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        if grab:
            dialog.grab().save(f"{SHOTS}/{grab}.png")
        (dialog.one_child if choose_one_child else dialog.everything).setChecked(True)
        dialog.export_button.click()
        return dialog.result()
    monkeypatch.setattr(ExportDialog, "exec", fake_exec)


def _wait_done(qtbot, window):
    qtbot.waitUntil(lambda: not window.export_import.busy, timeout=20_000)


def test_export_one_child_then_import_on_another_computer(make_window, qtbot, monkeypatch,
                                                          tmp_path, no_modal):
    first = make_window(tmp_path / "first", demo=True)
    maya = next(c for c in child_store.list_children(first.context.db)
                if c.display_name == "Maya")
    first.select_child(maya.id)
    maya_entries = first.context.db.execute(
        "select count(*) from journal_entries where child_id = ?", [maya.id]).fetchone()[0]
    target = tmp_path / "maya"   # no .zip: the app adds it
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    _answer_export(monkeypatch, qtbot, choose_one_child=True, grab="export-dialog")
    actions = [a.text() for a in first.ui.menuFile.actions()]
    assert "&Export…" in actions and "&Import…" in actions
    with qtbot.waitSignal(first.export_import.exported, timeout=20_000):
        first.export_import.export_action.trigger()
    _wait_done(qtbot, first)
    exported = tmp_path / "maya.zip"
    with zipfile.ZipFile(exported) as archive:
        assert "bfpp-export.json" in archive.namelist()
    assert "Exported to" in first.statusBar().currentMessage()
    first.close()

    second = make_window(tmp_path / "second")
    assert second.ui.mainStack.currentWidget() is second.ui.welcomePage
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(exported), "")))
    seen = {}

    def preview_exec(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.grab().save(f"{SHOTS}/import-preview.png")
        seen["text"] = " ".join(label.text() for label in dialog.findChildren(QLabel))
        dialog.import_button.click()
        return dialog.result()
    monkeypatch.setattr(ImportPreviewDialog, "exec", preview_exec)
    with qtbot.waitSignal(second.export_import.imported, timeout=20_000):
        second.export_import.import_action.trigger()
    _wait_done(qtbot, second)
    assert "Add these records?" in seen["text"] and "Maya" in seen["text"]
    assert "Rosa Ortiz" in seen["text"]
    assert second.current_child().display_name == "Maya"
    assert second.ui.mainStack.currentWidget() is second.ui.childPage
    db = second.context.db
    assert db["journal_entries"].count == maya_entries
    for child_id, name in referenced_files(db):
        assert (second.context.data_dir / "photos" / str(child_id) / name).is_file()
    second.grab().save(f"{SHOTS}/after-import.png")
    assert no_modal == []


def test_cancel_in_the_preview_adds_nothing(make_window, qtbot, monkeypatch, tmp_path):
    first = make_window(tmp_path / "first", demo=True)
    target = tmp_path / "all.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    _answer_export(monkeypatch, qtbot, choose_one_child=False)
    with qtbot.waitSignal(first.export_import.exported, timeout=20_000):
        first.export_import.export_action.trigger()
    _wait_done(qtbot, first)
    first.close()
    second = make_window(tmp_path / "second")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    shown = []
    monkeypatch.setattr(ImportPreviewDialog, "exec",
                        lambda dialog: shown.append(dialog) or QDialog.DialogCode.Rejected)
    second.export_import.import_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    _wait_done(qtbot, second)
    assert second.context.db["children"].count == 0
    assert not (second.context.data_dir / "photos").exists() or not any(
        (second.context.data_dir / "photos").rglob("*.*"))


def test_a_bad_file_says_so_and_adds_nothing(make_window, qtbot, monkeypatch, tmp_path,
                                             no_modal):
    window = make_window(tmp_path / "ours", demo=True)
    bad = tmp_path / "holiday.zip"
    bad.write_bytes(b"PK\x03\x04 cut short")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(bad), "")))
    before = window.context.db["journal_entries"].count
    window.export_import.import_action.trigger()
    qtbot.waitUntil(lambda: bool(no_modal), timeout=20_000)
    assert no_modal[0].startswith("The export file is incomplete|")
    assert "Nothing was imported" in no_modal[0]
    assert window.context.db["journal_entries"].count == before


def test_the_window_stays_open_while_an_export_runs(make_window, qtbot, monkeypatch, tmp_path):
    window = make_window(tmp_path / "ours", demo=True)
    release = threading.Event()
    real = export_zip.write_export

    def slow(*args, **kwargs):
        release.wait(10)
        return real(*args, **kwargs)
    monkeypatch.setattr(export_zip, "write_export", slow)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "all.zip"), "")))
    _answer_export(monkeypatch, qtbot, choose_one_child=False)
    window.export_import.export_action.trigger()
    assert window.export_import.busy
    window.close()
    assert window.isVisible() and "Please wait" in window.statusBar().currentMessage()
    release.set()
    _wait_done(qtbot, window)
    assert (tmp_path / "all.zip").exists()
    window.close()
    assert not window.isVisible()
