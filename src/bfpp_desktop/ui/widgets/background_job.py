"""Run one long piece of work (an export, reading or copying an import) on a pool
thread, with progress and Stop, so the window never freezes.

The work is a plain function taking a progress callback (done, in all); it touches no
widget and uses no connection of the window's. Progress and the outcome come back by
queued signals to the GUI thread. Stop makes the next progress call raise Stopped, so
the work ends at its next step and cleans up as it does after any failure.
"""
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QThreadPool, Signal

_running: set["BackgroundJob"] = set()   # a job lives until its work is done


class Stopped(Exception):
    """The caregiver chose Stop."""


class BackgroundJob(QObject):
    progress = Signal(int, int)       # done, in all
    succeeded = Signal(object)        # what the work returned
    failed = Signal(object)           # the exception (Stopped when stopped)
    # From the pool thread, queued to this object's (the GUI) thread.
    _step = Signal(int, int)
    _done = Signal(bool, object)

    def __init__(self, work: Callable[[Callable[[int, int], None]], object]):
        super().__init__()
        self._work = work
        self._stop = threading.Event()
        self.running = False
        self._step.connect(self.progress)
        self._done.connect(self._on_done)

    def start(self) -> None:
        self.running = True
        _running.add(self)
        QThreadPool.globalInstance().start(self._run)

    def stop(self) -> None:
        self._stop.set()

    def _report(self, done: int, total: int) -> None:  # on the pool thread
        if self._stop.is_set():
            raise Stopped()
        self._step.emit(done, total)

    def _run(self) -> None:  # on the pool thread
        try:
            value = self._work(self._report)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread to report
            self._done.emit(False, exc)
        else:
            self._done.emit(True, value)

    def _on_done(self, ok: bool, value) -> None:  # on the GUI thread
        self.running = False
        _running.discard(self)
        (self.succeeded if ok else self.failed).emit(value)
