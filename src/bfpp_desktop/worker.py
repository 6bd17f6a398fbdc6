"""The window's worker process: it makes printouts and backups, so the window's
interpreter is never shared with them.

Laying out a printout is pure Python, and a backup reads thousands of photo entries. On
a thread of the window's own process each held the interpreter lock, and every repaint
waited for its turn: the window stalled for half a second at a time while a long
journal summary was made, and the journal's first screen waited behind the backup at
start. Here they run in a process of their own: the program started again with
``--worker`` (ui/worker_process.py starts it).

The window writes one request per line on our standard input (base64 of a pickle, from
our own process, never from a file), or "cancel N" for request N. We answer on standard
output with one JSON object per line: progress, or the request's end (finished, made,
cancelled or failed). Requests are done one at a time, in order. The key of a locked
data folder comes with each request, through the pipe only: never on the command line,
in the environment or on disk. When our input ends we finish what was asked and stop.
"""
import base64
import gc
import json
import logging
import os
import pickle
import queue
import sys
import threading
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from bfpp_desktop.core import i18n, logs, paths, permissions
from bfpp_desktop.core.household import Household
from bfpp_desktop.reports.options import PrintOptions
from bfpp_desktop.storage import keys
from bfpp_desktop.storage.errors import classify

log = logging.getLogger(__name__)

FLAG = "--worker"   # the hidden first argument that makes the program this worker
CANCEL = "cancel"
BACKGROUND_NICENESS = 10   # how far a backup gives way (os.nice: 0 usual, 19 the least)


@dataclass(frozen=True)
class Request:
    """What every request carries: the window's folder, language, keys and log."""
    job: int
    data_dir: Path
    language: str                      # the window's language
    unlocked: keys.Unlocked | None     # a locked folder's passphrase and keys
    log_dir: Path                      # the window's log and cache folders
    cache_dir: Path

    def encode(self) -> bytes:
        return base64.b64encode(pickle.dumps(self)) + b"\n"

    def prepare(self) -> None:
        paths.follow(self.log_dir, self.cache_dir)
        logs.setup()
        i18n.install(None, self.language)
        if self.unlocked is not None:
            keys.adopt(self.data_dir, self.unlocked)

    def run(self, progress, cancelled) -> dict:
        """Do it; the answer's end (beside "job")."""
        raise NotImplementedError


@dataclass(frozen=True)
class BuildRequest(Request):
    """A printout for the print center, made into *out_path*."""
    doc_id: str
    child_id: int
    options: PrintOptions
    household: Household
    out_path: Path
    today: date

    def run(self, progress, cancelled) -> dict:
        from bfpp_desktop.reports.make import make_document
        from bfpp_desktop.storage.children import get_child
        from bfpp_desktop.storage.connection import open_reader

        # Read-only: a write here could collide with the window saving at the same moment.
        db = open_reader(paths.database_path(self.data_dir))
        try:
            child = get_child(db, self.child_id)
            if child is None:
                raise LookupError("the child is no longer in the records")
            make_document(db, self.doc_id, child, self.options, self.out_path,
                          household=self.household, today=self.today,
                          progress=progress, cancelled=cancelled)
        finally:
            db.close()
        return {"finished": str(self.out_path)}


@dataclass(frozen=True)
class BackupRequest(Request):
    """A backup of the data folder into *folder* (see storage/backup.py)."""
    database_file: Path
    folder: Path
    reason: str

    def run(self, progress, cancelled) -> dict:
        from bfpp_desktop.storage import backup

        _lower_priority()   # nobody waits for it; the window and its searches go first
        info = backup.make_backup(self.database_file, self.data_dir, self.folder, self.reason)
        return {"made": base64.b64encode(pickle.dumps(info)).decode("ascii")}


def _lower_priority() -> None:
    """This process gives way to others for the processor from now on (a backup's worker
    does nothing else, and ends with it)."""
    if hasattr(os, "nice"):
        try:
            os.nice(BACKGROUND_NICENESS)
        except OSError:   # not allowed here: it runs at the usual priority
            pass


def decode(line: bytes) -> Request:
    return pickle.loads(base64.b64decode(line))


def decode_made(answer: dict):
    """The backup.BackupInfo a "made" answer holds."""
    return pickle.loads(base64.b64decode(answer["made"]))


def command() -> list[str]:
    """How to start this worker: the frozen program itself, or this Python."""
    if getattr(sys, "frozen", False):
        return [sys.executable, FLAG]
    # -P: not the working folder first on the path, so it cannot hold another copy of us.
    return [sys.executable, "-P", "-m", "bfpp_desktop", FLAG]


def failure(exc: BaseException) -> dict:
    """What the window needs to tell the caregiver: a known problem in its own words;
    anything else is a bug, whose traceback goes to the log here."""
    known = classify(exc)
    if known is not None:
        return {"title": known.title, "message": known.message, "advice": known.advice}
    log.exception("the worker could not do what was asked")
    return {"bug": f"{type(exc).__name__}: {exc}"}


class _Worker:
    def __init__(self, answers):
        self.answers = answers
        self.requests: queue.Queue[bytes | None] = queue.Queue()
        self.cancelled: set[int] = set()
        self.lock = threading.Lock()

    def say(self, **answer) -> None:
        with self.lock:
            try:
                self.answers.write(json.dumps(answer) + "\n")
                self.answers.flush()
            except BrokenPipeError:   # the window is gone: nobody to do it for
                os._exit(0)

    def listen(self, requests) -> None:
        """On a thread, so a request under way hears that it was cancelled."""
        for line in requests:
            words = line.split()
            if len(words) == 2 and words[0] == CANCEL.encode():
                with self.lock:
                    self.cancelled.add(int(words[1]))
            elif words:
                self.requests.put(line)   # unpickled by run(): it may import, and so may run
        self.requests.put(None)   # no more requests

    def is_cancelled(self, job: int) -> bool:
        with self.lock:
            return job in self.cancelled

    def run(self) -> None:
        from bfpp_desktop.reports.progress import BuildCancelled

        while (line := self.requests.get()) is not None:
            request = decode(line)
            job = request.job
            # Python's cyclic collector walked every object again and again as a long
            # printout piled them up (a third of its time); reportlab makes little
            # cyclic garbage, so it runs once, after the answer, instead.
            gc.disable()
            try:
                if self.is_cancelled(job):
                    raise BuildCancelled()
                request.prepare()
                answer = request.run(lambda value, job=job: self.say(job=job, progress=value),
                                     lambda job=job: self.is_cancelled(job))
            except BuildCancelled:
                self.say(job=job, cancelled=True)
            except Exception as exc:  # noqa: BLE001 - every failure is answered
                self.say(job=job, failed=failure(exc))
            else:
                self.say(job=job, **answer)
            finally:
                gc.enable()
                gc.collect()


def main() -> int:
    permissions.use_private_umask()   # printouts and backups hold a child's records
    # Our answers go to the real standard output; anything else printed goes to stderr.
    answers = os.fdopen(os.dup(sys.stdout.fileno()), "w", encoding="utf-8")
    sys.stdout = sys.stderr
    worker = _Worker(answers)
    threading.Thread(target=worker.listen, args=(sys.stdin.buffer,), daemon=True).start()
    worker.run()
    return 0
