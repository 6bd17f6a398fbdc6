"""The process that makes the print center's printouts, so the window's interpreter is
never shared with reportlab.

Laying out a printout is pure Python. On a thread of the window's own process it held
the interpreter lock for seconds, and every repaint waited for its turn: the window
stalled for half a second at a time while a long journal summary was made. Here it runs
in a process of its own, started by the print center (ui/printing/print_job.py) and
kept for as long as the print center is open.

The window writes one request per line on our standard input: a build (base64 of a
pickle, from our own process, never from a file), or "cancel N" for build N. We answer on standard
output with one JSON object per line: progress, finished, cancelled or failed. The key
of a locked data folder comes with each build, through the pipe only: never on the
command line, in the environment or on disk. When the window goes, our input ends and
we stop.
"""
import base64
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

FLAG = "--print-worker"   # the hidden first argument that makes a program this worker
CANCEL = "cancel"


@dataclass(frozen=True)
class BuildRequest:
    job: int
    data_dir: Path
    doc_id: str
    child_id: int
    options: PrintOptions
    household: Household
    out_path: Path
    today: date
    language: str                      # the window's language
    unlocked: keys.Unlocked | None     # a locked folder's passphrase and keys
    log_dir: Path                      # the window's log and cache folders
    cache_dir: Path

    def encode(self) -> bytes:
        return base64.b64encode(pickle.dumps(self)) + b"\n"


def decode(line: bytes) -> "BuildRequest":
    return pickle.loads(base64.b64decode(line))


def command() -> list[str]:
    """How to start this worker: the frozen program itself, or this Python."""
    if getattr(sys, "frozen", False):
        return [sys.executable, FLAG]
    return [sys.executable, "-m", "bfpp_desktop", FLAG]


def build(request: BuildRequest, progress, cancelled) -> None:
    """Gather and make one printout into request.out_path, on a read-only connection."""
    from bfpp_desktop.reports.make import make_document
    from bfpp_desktop.storage.children import get_child
    from bfpp_desktop.storage.connection import open_reader

    paths.follow(request.log_dir, request.cache_dir)
    logs.setup()
    i18n.install(None, request.language)
    if request.unlocked is not None:
        keys.adopt(request.data_dir, request.unlocked)
    # Read-only: a write here could collide with the window saving at the same moment.
    db = open_reader(paths.database_path(request.data_dir))
    try:
        child = get_child(db, request.child_id)
        if child is None:
            raise LookupError("the child is no longer in the records")
        make_document(db, request.doc_id, child, request.options, request.out_path,
                      household=request.household, today=request.today,
                      progress=progress, cancelled=cancelled)
    finally:
        db.close()


def failure(exc: BaseException) -> dict:
    """What the window needs to tell the caregiver: a known problem in its own words;
    anything else is a bug, whose traceback goes to the log here."""
    known = classify(exc)
    if known is not None:
        return {"title": known.title, "message": known.message, "advice": known.advice}
    log.exception("the printout could not be made")
    return {"bug": f"{type(exc).__name__}: {exc}"}


class _Worker:
    def __init__(self, answers):
        self.answers = answers
        self.builds: queue.Queue[bytes | None] = queue.Queue()
        self.cancelled: set[int] = set()
        self.lock = threading.Lock()

    def say(self, **answer) -> None:
        with self.lock:
            try:
                self.answers.write(json.dumps(answer) + "\n")
                self.answers.flush()
            except BrokenPipeError:   # the window is gone: nobody to make it for
                os._exit(0)

    def listen(self, requests) -> None:
        """On a thread, so a build under way hears that it was cancelled."""
        for line in requests:
            words = line.split()
            if len(words) == 2 and words[0] == CANCEL.encode():
                with self.lock:
                    self.cancelled.add(int(words[1]))
            elif words:
                self.builds.put(line)   # unpickled by run(): it may import, and so may run
        self.builds.put(None)   # the window is gone

    def is_cancelled(self, job: int) -> bool:
        with self.lock:
            return job in self.cancelled

    def run(self) -> None:
        # Loaded while the print center is still being laid out, before the first build.
        from bfpp_desktop.reports import make  # noqa: F401
        from bfpp_desktop.reports.progress import BuildCancelled

        while (line := self.builds.get()) is not None:
            request = decode(line)
            job = request.job
            try:
                if self.is_cancelled(job):
                    raise BuildCancelled()
                build(request, lambda value, job=job: self.say(job=job, progress=value),
                      lambda job=job: self.is_cancelled(job))
            except BuildCancelled:
                self.say(job=job, cancelled=True)
            except Exception as exc:  # noqa: BLE001 - every failure is answered
                self.say(job=job, failed=failure(exc))
            else:
                self.say(job=job, finished=str(request.out_path))


def main() -> int:
    permissions.use_private_umask()   # the printouts hold a child's records
    # Our answers go to the real standard output; anything else printed goes to stderr.
    answers = os.fdopen(os.dup(sys.stdout.fileno()), "w", encoding="utf-8")
    sys.stdout = sys.stderr
    worker = _Worker(answers)
    threading.Thread(target=worker.listen, args=(sys.stdin.buffer,), daemon=True).start()
    worker.run()
    return 0
