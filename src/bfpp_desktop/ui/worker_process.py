"""The window's side of the worker process (bfpp_desktop.worker): start it, send it
requests, and hand each answer to the job that asked, through the event loop, so the
window's interpreter never waits on the work itself.

A job is any object with a ``request`` (a worker.Request), ``answer(reply)`` for each
line the worker sends about it, ``lost(why)`` for a worker that stopped before its end,
``answered``, set by ``answer`` at its end, and ``cancel()``.
"""
import itertools
import json
import logging
import os
import sys
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QProcess, QProcessEnvironment

import bfpp_desktop
from bfpp_desktop import worker
from bfpp_desktop.core import i18n, paths
from bfpp_desktop.storage import keys
from bfpp_desktop.storage.errors import KnownError

log = logging.getLogger(__name__)

_numbers = itertools.count(1)


class WorkStopped(RuntimeError):
    """The worker could not do what was asked: a bug (its traceback is in the log), or
    the worker process itself stopped or could not start."""


def error_from(failure: dict) -> BaseException:
    """The exception a worker's "failed" answer stands for."""
    if "bug" in failure:
        return WorkStopped(failure["bug"])
    return KnownError(failure["title"], failure["message"], failure.get("advice", ""))


def make_request(kind: type[worker.Request], data_dir: Path, **details) -> worker.Request:
    """A request of *kind*, carrying this window's language, keys, log and cache."""
    return kind(job=next(_numbers), data_dir=Path(data_dir), language=i18n.language(),
                unlocked=keys.unlocked(data_dir), log_dir=paths.log_dir(),
                cache_dir=paths.cache_dir(), **details)


class WorkerProcess(QObject):
    """One worker process: started at the first request, started again if it stops."""

    def __init__(self, parent: QObject | None):
        super().__init__(parent)
        self.process: QProcess | None = None
        self.jobs: dict = {}

    def start_now(self) -> None:
        """Start the process before the first request (it loads while the caller lays out)."""
        self._running_process()

    def send(self, job, *, last: bool = False) -> None:
        """Ask for *job*; with *last*, nothing more will be asked and the worker ends
        when it has answered."""
        self.jobs[job.request.job] = job
        process = self._running_process()
        process.write(job.request.encode())
        if last:
            process.closeWriteChannel()

    def cancel(self, job) -> None:
        if self.process is not None and job.request.job in self.jobs:
            self.process.write(f"{worker.CANCEL} {job.request.job}\n".encode())

    def wait_for(self, job) -> None:
        """Until *job* is answered (for closing and restoring, which must not go on
        before a backup under way is finished)."""
        while not job.answered and self.process is not None:
            process = self.process
            if not process.waitForReadyRead(1000) and \
                    process.state() == QProcess.ProcessState.NotRunning:
                self._ended(process, "stopped")
            self._read(process)

    def stop(self, wait_ms: int) -> None:
        """Cancel every request and let the worker go; kill it if it has not gone within
        *wait_ms* (a printout stops at its next paragraph)."""
        for job in list(self.jobs.values()):
            job.cancel()
        process, self.process = self.process, None
        if process is None:
            return
        process.closeWriteChannel()
        if not process.waitForFinished(wait_ms):
            process.kill()
            process.waitForFinished(1000)
        self._read(process)
        self._lose_all("stopped on purpose")

    def _running_process(self) -> QProcess:
        if self.process is not None and self.process.state() != QProcess.ProcessState.NotRunning:
            return self.process
        process = QProcess(self)
        program, *arguments = worker.command()
        process.setProgram(program)
        process.setArguments(arguments)
        process.setProcessEnvironment(_environment())
        # Its answers come on standard output; what it writes to stderr goes to ours.
        process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
        process.readyReadStandardOutput.connect(lambda: self._read(process))
        process.errorOccurred.connect(lambda error: self._ended(process, error.name))
        process.finished.connect(
            lambda code, status: self._ended(process, f"exit {code}, {status.name}"))
        self.process = process
        process.start()
        return process

    def _read(self, process: QProcess) -> None:
        while shiboken6.isValid(process) and process.canReadLine():
            line = bytes(process.readLine()).strip()
            try:
                reply = json.loads(line)
                job = self.jobs.get(int(reply["job"]))
            except (ValueError, KeyError, TypeError):
                log.warning("the worker said something unexpected: %r", line[:200])
                continue
            if job is None:
                continue
            job.answer(reply)
            if job.answered:
                self.jobs.pop(job.request.job, None)

    def _ended(self, process: QProcess, why: str) -> None:
        if process is not self.process or not shiboken6.isValid(process):
            return   # one stopped on purpose, or its owner is being destroyed
        self._read(process)   # what it said before it went
        self.process = None   # (the QProcess stays this object's child: deleteLater crashed)
        if self.jobs:
            log.warning("the worker stopped: %s", why)
        self._lose_all(f"the worker stopped ({why})")

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
