"""Making a printout in the worker process (bfpp_desktop.worker), with progress and Cancel.

The print center keeps one worker while it is open, started as it opens. Builds go to it
one at a time; their answers arrive through the event loop as this job's signals.
"""
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from bfpp_desktop import worker
from bfpp_desktop.core.household import Household
from bfpp_desktop.reports.options import PrintOptions
from bfpp_desktop.ui.worker_process import WorkerProcess, error_from, make_request


class PrintJobSignals(QObject):
    progress = Signal(int)
    finished = Signal(str)       # the PDF's path
    failed = Signal(object)      # the exception, for ui.errors.report
    cancelled = Signal()


class PrintJob:
    """One document to build into *out_path*; its answers come as signals."""

    def __init__(self, data_dir: Path, doc_id: str, child_id: int, options: PrintOptions,
                 household: Household, out_path: Path, today: date):
        self.signals = PrintJobSignals()
        self.request = make_request(worker.BuildRequest, data_dir, doc_id=doc_id,
                                    child_id=child_id, options=options, household=household,
                                    out_path=Path(out_path), today=today)
        self.worker: WorkerProcess | None = None
        self._cancelled = False
        self.answered = False

    @property
    def out_path(self) -> Path:
        return self.request.out_path

    def start(self, on: WorkerProcess) -> None:
        self.worker = on
        on.send(self)

    def cancel(self) -> None:
        if self.answered or self._cancelled:
            return
        self._cancelled = True
        if self.worker is not None:
            self.worker.cancel(self)

    def answer(self, reply: dict) -> None:
        """One answer from the worker, on the GUI thread."""
        if "progress" in reply:
            if not self._cancelled:
                self.signals.progress.emit(int(reply["progress"]))
            return
        self.answered = True
        if "finished" in reply and not self._cancelled:
            self.signals.finished.emit(str(self.out_path))
        elif "failed" in reply and not self._cancelled:
            self.signals.failed.emit(error_from(reply["failed"]))
        else:
            # Cancelled, or finished just as it was cancelled: nobody will show this file.
            self.out_path.unlink(missing_ok=True)
            self.signals.cancelled.emit()

    def lost(self, why: str) -> None:
        """The worker stopped before answering."""
        self.answer({"failed": {"bug": why}})
