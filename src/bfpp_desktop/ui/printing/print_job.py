"""Making a printout in the print worker process, with progress and Cancel.

The print center keeps one worker process (bfpp_desktop.print_worker) while it is open,
started as it opens so reportlab loads while the window is laid out. Builds go to it one
at a time through its standard input; its answers arrive through the event loop, so the
window's interpreter never waits on a build.
"""
import itertools
import json
import logging
import os
import sys
from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, Signal

import bfpp_desktop
from bfpp_desktop import print_worker
from bfpp_desktop.core import i18n, paths
from bfpp_desktop.core.household import Household
from bfpp_desktop.reports.options import PrintOptions
from bfpp_desktop.storage import keys
from bfpp_desktop.storage.errors import KnownError

log = logging.getLogger(__name__)

_numbers = itertools.count(1)


class PrintJobSignals(QObject):
    progress = Signal(int)
    finished = Signal(str)       # the PDF's path
    failed = Signal(object)      # the exception, for ui.errors.report
    cancelled = Signal()


class PrintingStopped(RuntimeError):
    """The worker could not make the printout: a bug (its traceback is in the log), or
    the worker process itself stopped or could not start."""


class PrintJob:
    """One document to build into *out_path*; its answers come as signals."""

    def __init__(self, data_dir: Path, doc_id: str, child_id: int, options: PrintOptions,
                 household: Household, out_path: Path, today: date):
        self.signals = PrintJobSignals()
        self.request = print_worker.BuildRequest(
            job=next(_numbers), data_dir=Path(data_dir), doc_id=doc_id, child_id=child_id,
            options=options, household=household, out_path=Path(out_path), today=today,
            language=i18n.language(), unlocked=keys.unlocked(data_dir),
            log_dir=paths.log_dir(), cache_dir=paths.cache_dir())
        self.worker: "PrintWorker | None" = None
        self._cancelled = False
        self.done = False

    @property
    def number(self) -> int:
        return self.request.job

    @property
    def out_path(self) -> Path:
        return self.request.out_path

    def cancel(self) -> None:
        if self.done or self._cancelled:
            return
        self._cancelled = True
        if self.worker is not None:
            self.worker.cancel(self)

    def is_cancelled(self) -> bool:
        return self._cancelled

    def answer(self, reply: dict) -> None:
        """One answer from the worker, on the GUI thread."""
        if "progress" in reply:
            if not self._cancelled:
                self.signals.progress.emit(int(reply["progress"]))
            return
        self.done = True
        if "finished" in reply and not self._cancelled:
            self.signals.finished.emit(str(self.out_path))
        elif "failed" in reply and not self._cancelled:
            self.signals.failed.emit(_error_from(reply["failed"]))
        else:
            # Cancelled, or finished just as it was cancelled: nobody will show this file.
            self.out_path.unlink(missing_ok=True)
            self.signals.cancelled.emit()

    def lost(self, why: str) -> None:
        """The worker stopped before answering."""
        self.answer({"failed": {"bug": why}})


def _error_from(failure: dict) -> BaseException:
    if "bug" in failure:
        return PrintingStopped(failure["bug"])
    return KnownError(failure["title"], failure["message"], failure.get("advice", ""))


class PrintWorker(QObject):
    """The print center's worker process: started at once, started again if it stops."""

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self.process: QProcess | None = None
        self.jobs: dict[int, PrintJob] = {}

    def warm_up(self) -> None:
        self._running_process()

    def start(self, job: PrintJob) -> None:
        job.worker = self
        self.jobs[job.number] = job
        self._running_process().write(job.request.encode())

    def cancel(self, job: PrintJob) -> None:
        if self.process is not None and job.number in self.jobs:
            self.process.write(f"{print_worker.CANCEL} {job.number}\n".encode())

    def stop(self, wait_ms: int) -> None:
        """Cancel every build and let the worker go; kill it if it does not within
        *wait_ms* (a build stops at its next paragraph)."""
        for job in list(self.jobs.values()):
            job.cancel()
        process, self.process = self.process, None
        if process is None:
            return
        process.closeWriteChannel()
        if not process.waitForFinished(wait_ms):
            process.kill()
            process.waitForFinished(1000)
        self._lose_all("the print center closed")

    def _running_process(self) -> QProcess:
        if self.process is not None and self.process.state() != QProcess.ProcessState.NotRunning:
            return self.process
        process = QProcess(self)
        program, *arguments = print_worker.command()
        process.setProgram(program)
        process.setArguments(arguments)
        process.setProcessEnvironment(_environment())
        # Its answers come on standard output; what it writes to stderr goes to ours.
        process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
        process.readyReadStandardOutput.connect(self._read)
        process.errorOccurred.connect(lambda error: self._ended(process, error.name))
        process.finished.connect(
            lambda code, status: self._ended(process, f"exit {code}, {status.name}"))
        self.process = process
        process.start()
        return process

    def _read(self) -> None:
        process = self.sender()
        while process is not None and process.canReadLine():
            line = bytes(process.readLine()).strip()
            try:
                reply = json.loads(line)
                job = self.jobs.get(int(reply["job"]))
            except (ValueError, KeyError, TypeError):
                log.warning("the print worker said something unexpected: %r", line[:200])
                continue
            if job is None:
                continue
            job.answer(reply)
            if job.done:
                self.jobs.pop(job.number, None)

    def _ended(self, process: QProcess, why: str) -> None:
        if process is not self.process or not shiboken6.isValid(process):
            return   # one stopped on purpose, or the print center is being destroyed
        log.warning("the print worker stopped: %s", why)
        self.process = None   # (left to this object: deleteLater here crashed in teardown)
        self._lose_all(f"the print worker stopped ({why})")

    def _lose_all(self, why: str) -> None:
        jobs, self.jobs = list(self.jobs.values()), {}
        for job in jobs:
            job.lost(why)


def _environment() -> QProcessEnvironment:
    environment = QProcessEnvironment.systemEnvironment()
    if not getattr(sys, "frozen", False):
        # The worker runs the same code as this window, wherever it was loaded from.
        source = str(Path(bfpp_desktop.__file__).resolve().parent.parent)
        earlier = environment.value("PYTHONPATH")
        environment.insert("PYTHONPATH", os.pathsep.join(p for p in (source, earlier) if p))
    return environment
