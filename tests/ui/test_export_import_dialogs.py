"""The export choice, the import preview and the background job behind both."""
import threading

from PySide6.QtWidgets import QLabel

from export_helpers import export_demo

from bfpp_desktop.actions.imports import import_file, preview_import, read_import
from bfpp_desktop.core.children import Child
from bfpp_desktop.session import Access, open_session
from bfpp_desktop.storage.photo_sweep import PhotoKeeper
from bfpp_desktop.ui.export_import.export_dialog import ExportDialog
from bfpp_desktop.ui.export_import.preview_dialog import ImportPreviewDialog
from bfpp_desktop.ui.widgets.background_job import BackgroundJob, Stopped


def test_export_offers_one_child_only_when_one_is_shown(qtbot):
    maya = Child(full_name="Maya Ortiz", preferred_name="Maya", id=1)
    dialog = ExportDialog([maya], None)
    qtbot.addWidget(dialog)
    assert dialog.everything.isChecked() and not dialog.one_child.isEnabled()
    assert dialog.chosen_child() is None
    dialog = ExportDialog([maya], maya)
    qtbot.addWidget(dialog)
    dialog.one_child.setChecked(True)
    assert dialog.chosen_child() is maya and "Maya" in dialog.one_child.text()


def test_a_file_already_imported_offers_only_close(qtbot, tmp_path):
    path = export_demo(tmp_path / "a", tmp_path / "maya.zip", child_name="Maya")
    with open_session(tmp_path / "b", Access.WRITE) as session:
        import_file(session, PhotoKeeper(session.db, session.data_dir), path)
        source = read_import(path)
        dialog = ImportPreviewDialog(source, preview_import(session, source))
    qtbot.addWidget(dialog)
    assert dialog.nothing_new and not hasattr(dialog, "import_button")
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Everything in this file is already here" in texts


def test_stop_ends_the_work_at_its_next_step(qtbot):
    started = threading.Event()

    def work(progress):
        started.set()
        for step in range(10_000):
            progress(step, 10_000)
            threading.Event().wait(0.001)
        return "finished"
    job = BackgroundJob(work)
    with qtbot.waitSignal(job.failed, timeout=10_000) as outcome:
        job.start()
        started.wait(5)
        job.stop()
    assert isinstance(outcome.args[0], Stopped) and not job.running
