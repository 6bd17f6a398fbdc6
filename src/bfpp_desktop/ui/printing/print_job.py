"""Making a printout off the GUI thread, with progress and Cancel."""
import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from bfpp_desktop.core import paths
from bfpp_desktop.core.household import Household
from bfpp_desktop.reports.make import make_document
from bfpp_desktop.reports.options import PrintOptions
from bfpp_desktop.reports.progress import BuildCancelled
from bfpp_desktop.storage.children import get_child
from bfpp_desktop.storage.connection import open_reader


class PrintJobSignals(QObject):
    progress = Signal(int)
    finished = Signal(str)       # the PDF's path
    failed = Signal(object)      # the exception, for ui.errors.report
    cancelled = Signal()


class PrintJob(QRunnable):
    """Gathers and builds one document into *out_path* on its own database connection."""

    def __init__(self, data_dir: Path, doc_id: str, child_id: int, options: PrintOptions,
                 household: Household, out_path: Path, today: date):
        super().__init__()
        self.setAutoDelete(False)  # the print center keeps it until its signals arrive
        self.signals = PrintJobSignals()
        self.data_dir = Path(data_dir)
        self.doc_id = doc_id
        self.child_id = child_id
        self.options = options
        self.household = household
        self.out_path = Path(out_path)
        self.today = today
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def is_cancelled(self) -> bool:
        return self._stop.is_set()

    def run(self) -> None:
        try:
            self._run()
        except RuntimeError:
            pass  # the app is quitting and the signals object is already gone

    def _run(self) -> None:
        try:
            # Read-only: a write here (open_database sets a pragma) could collide with
            # the window saving at the same moment, failing its save as "busy".
            db = open_reader(paths.database_path(self.data_dir))
            try:
                child = get_child(db, self.child_id)
                if child is None:
                    raise LookupError("the child is no longer in the records")
                make_document(db, self.doc_id, child, self.options, self.out_path,
                              household=self.household, today=self.today,
                              progress=self.signals.progress.emit,
                              cancelled=self._stop.is_set)
            finally:
                db.close()
        except BuildCancelled:
            self.signals.cancelled.emit()
        except Exception as exc:  # noqa: BLE001 - shown to the caregiver by the print center
            if self._stop.is_set():
                self.signals.cancelled.emit()
            else:
                self.signals.failed.emit(exc)
        else:
            if self._stop.is_set():
                # Cancelled just as it finished: nobody will show or delete this file.
                self.out_path.unlink(missing_ok=True)
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(str(self.out_path))
