"""Full-text search off the GUI thread.

Searching years of notes can take a noticeable moment, so it runs in a thread
pool. The worker opens its own database connection (an sqlite connection must
not be shared between threads) and only reports back by signal; the page
touches its widgets when the signal arrives on the GUI thread.
"""
import os
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from bfpp_desktop.core.journal import JournalFilter
from bfpp_desktop.storage import journal as store
from bfpp_desktop.storage.connection import open_reader


class WorkerConnection:
    """The search thread's own database connection, opened on first use and then kept:
    opening one costs tens of milliseconds, a good part of a search's budget.

    Only the thread that opened it uses it (sqlite refuses other threads); should the
    pool ever run a search on another thread, that thread opens its own. A file put in
    its place (the passphrase lock turned on, changed or off) is opened afresh too.
    """

    def __init__(self, database: Path):
        self._database = Path(database)
        self._held: tuple[int, object] | None = None

    def get(self):
        key = (threading.get_ident(), os.stat(self._database).st_ino)
        if self._held is None or self._held[0] != key:
            self._held = (key, open_reader(self._database))
        return self._held[1]


class SearchSignals(QObject):
    # (sequence number, list of EntrySummary); the page ignores an old number.
    found = Signal(int, object)
    # (sequence number, the exception), shown to the caregiver as a plain message.
    failed = Signal(int, object)


class SearchTask(QRunnable):
    """One search. *signals* belongs to the page (GUI thread), so it outlives the task."""

    def __init__(self, signals: SearchSignals, connection: WorkerConnection, sequence: int,
                 child_id: int, text: str, filt: JournalFilter, limit: int):
        super().__init__()
        # The page keeps the task while it may still be queued, so the pool must not delete it.
        self.setAutoDelete(False)
        self.signals, self.sequence = signals, sequence
        self._connection = connection
        self._child_id, self._text, self._filt, self._limit = child_id, text, filt, limit

    def run(self) -> None:
        try:
            rows = store.search(self._connection.get(), self._child_id, self._text,
                                self._filt, limit=self._limit)
        except Exception as exc:  # noqa: BLE001 - reported on the GUI thread
            self.signals.failed.emit(self.sequence, exc)
            return
        self.signals.found.emit(self.sequence, rows)
