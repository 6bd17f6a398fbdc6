"""File > Export… and File > Import…: what to export, where, and what an import adds.

The slow parts run on a pool thread with progress and Stop (widgets/background_job.py):
writing the export (through its own read-only connection), checking an import file,
and copying its photos in. The records themselves are added on the window's thread in
one transaction (actions/imports.py), after the caregiver has seen the preview.
"""
import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QProgressDialog

from bfpp_desktop.core import paths
from bfpp_desktop.storage import children as child_store
from bfpp_desktop.storage import lock as passphrase_lock
from bfpp_desktop.storage.connection import open_reader
from bfpp_desktop.ui.errors import attempt, report
from bfpp_desktop.ui.undo import perform
from bfpp_desktop.ui.widgets.background_job import BackgroundJob, Stopped

SETTINGS_FOLDER = "export/last_folder"


class ExportImport(QObject):
    exported = Signal(str)          # the file written
    imported = Signal(object)       # what was added (storage.import_write.Written)

    def __init__(self, window):
        super().__init__(window)
        self.window, self.context = window, window.context
        self.export_action = QAction(self.tr("&Export…"), window)
        self.export_action.setToolTip(self.tr("Save everything, or one child, in one file "
                                              "to move to another computer"))
        self.export_action.triggered.connect(self.start_export)
        self.import_action = QAction(self.tr("&Import…"), window)
        self.import_action.setToolTip(self.tr("Add the records from an exported file"))
        self.import_action.triggered.connect(self.start_import)
        self.job: BackgroundJob | None = None
        self.progress: QProgressDialog | None = None

    # ----- export ---------------------------------------------------------------------------
    # The export format, the import machinery and their dialogs load when first used:
    # the window only needs the two menu actions at start (about 40 ms of imports).
    def start_export(self) -> None:
        from bfpp_desktop.storage.export_zip import export_to_file
        from bfpp_desktop.ui.export_import.export_dialog import ExportDialog
        db = self.context.db
        everyone = attempt(self.window, lambda: child_store.list_children(db) +
                           child_store.list_children(db, archived=True))
        if everyone is None:
            return
        dialog = ExportDialog(everyone, self.window.current_child(), self.window,
                              locked=passphrase_lock.is_locked(self.context.data_dir))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        child = dialog.chosen_child()
        name = child.display_name if child is not None else self.tr("records")
        suggested = self._folder() / f"bfpp-{name}-{date.today().isoformat()}.zip"
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export records"),
                                              str(suggested), self.tr("Export files (*.zip)"))
        if not path:
            return
        target = Path(path) if path.lower().endswith(".zip") else Path(path + ".zip")
        self.context.settings.setValue(SETTINGS_FOLDER, str(target.parent))
        database, data_dir = paths.database_path(self.context.data_dir), self.context.data_dir
        child_id = None if child is None else child.id
        passphrase = dialog.passphrase()   # the lock's own is used when the folder is locked

        def work(progress):
            reader = open_reader(database)   # the window's connection stays on its thread
            try:
                return export_to_file(reader, data_dir, target, child_id, progress, passphrase)
            finally:
                reader.close()
        self._run(work, self.tr("Saving the records in “{file}”…").format(file=target.name),
                  lambda document: self._on_exported(target, document))

    def _on_exported(self, target: Path, document: dict) -> None:
        from bfpp_desktop.storage.export_zip import describe_export
        self.window.statusBar().showMessage(
            self.tr("Exported to {file}. {what}").format(file=target,
                                                         what=describe_export(document)), 15000)
        self.exported.emit(str(target))

    # ----- import ---------------------------------------------------------------------------
    def start_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import records"), str(self._folder()),
            self.tr("Export files (*.zip);;All files (*)"))
        if not path:
            return
        self.context.settings.setValue(SETTINGS_FOLDER, str(Path(path).parent))
        self._read(Path(path), None)

    def _read(self, path: Path, passphrase: str | None) -> None:
        from bfpp_desktop.actions import imports
        self._run(lambda progress: imports.read_import(path, progress, passphrase),
                  self.tr("Checking “{file}”…").format(file=path.name), self._on_read,
                  protected=lambda problem: self._ask_passphrase(path, problem,
                                                                 passphrase is not None))

    def _ask_passphrase(self, path: Path, problem, again: bool) -> None:
        """A protected export file: ask for its passphrase (again, after a wrong one)."""
        text = f"{problem.message}\n{problem.advice}" if again else problem.message
        passphrase, ok = QInputDialog.getText(self.window, self.tr("Import records"), text,
                                              QLineEdit.EchoMode.Password)
        if ok and passphrase:
            self._read(path, passphrase)

    def _on_read(self, source) -> None:
        from bfpp_desktop.actions import imports
        from bfpp_desktop.ui.export_import.preview_dialog import ImportPreviewDialog
        preview = attempt(self.window, imports.preview_import, self.context.db, source)
        if preview is None:
            return
        dialog = ImportPreviewDialog(source, preview, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.nothing_new:
            return
        keeper = self.context.photos
        held: list[tuple[int, str]] = []
        lock = threading.Lock()

        def copied(child_id: int, name: str) -> None:   # on the pool thread
            keeper.hold([name])   # before any sweep on the window's thread could see it
            with lock:
                held.append((child_id, name))
        self._run(lambda progress: imports.copy_photos(keeper.data_dir, source, preview,
                                                       copied, progress),
                  self.tr("Copying the photos in…"),
                  lambda names: self._finish(source, preview, names),
                  failed=lambda: imports.release(keeper, held))

    def _finish(self, source, preview, names) -> None:
        from bfpp_desktop.actions import imports
        result = perform(self.context, self.window, imports.finish_import, self.context.photos,
                         source, preview, names)
        if result is None:
            return
        written = result.value
        shown = [written.child_ids[c["id"]] for c in source.document.records["children"]]
        if shown:
            self.window.select_child(shown[0])
        self.window.statusBar().showMessage(self.tr("Imported from {file}.").format(
            file=source.path.name), 10000)
        self.imported.emit(written)

    # ----- shared ---------------------------------------------------------------------------
    def _folder(self) -> Path:
        saved = self.context.settings.value(SETTINGS_FOLDER, "", type=str)
        return Path(saved) if saved and Path(saved).is_dir() else Path.home()

    def _run(self, work, label: str, done, failed=None, protected=None) -> None:
        """Run *work* on a pool thread behind a progress dialog with Stop; *protected* is
        told when the work needs a passphrase it was not given."""
        job = BackgroundJob(work)
        progress = QProgressDialog(label, self.tr("Stop"), 0, 0, self.window)
        progress.setWindowTitle(self.window.windowTitle())
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)   # quick work shows no dialog at all
        progress.setAutoReset(False)
        progress.setAutoClose(False)
        progress.canceled.connect(job.stop)

        def step(done_count: int, total: int) -> None:
            progress.setMaximum(max(total, 1))
            progress.setValue(done_count)

        def finished() -> None:
            progress.canceled.disconnect(job.stop)
            progress.close()
            progress.deleteLater()
            self.job = self.progress = None

        def on_success(value) -> None:
            finished()
            done(value)

        def on_failure(exc) -> None:
            finished()
            if failed is not None:
                failed()
            from bfpp_desktop.storage.export_zip import ProtectedExportError
            if protected is not None and isinstance(exc, ProtectedExportError):
                protected(exc)
            elif not isinstance(exc, Stopped):
                report(self.window, exc)
        job.progress.connect(step)
        job.succeeded.connect(on_success)
        job.failed.connect(on_failure)
        self.job, self.progress = job, progress
        job.start()

    @property
    def busy(self) -> bool:
        return self.job is not None
