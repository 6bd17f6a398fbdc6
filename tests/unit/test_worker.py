"""The worker process's side: printouts and backups asked for on its input, answered on
its output."""
import gc
import io
import json
import os
import threading
from datetime import date

from pypdf import PdfReader

from bfpp_desktop import worker
from bfpp_desktop.core import paths
from bfpp_desktop.core.children import Child
from bfpp_desktop.core.household import Household
from bfpp_desktop.reports import make
from bfpp_desktop.reports.options import PrintOptions
from bfpp_desktop.reports.progress import BuildCancelled
from bfpp_desktop.storage import backup
from bfpp_desktop.storage.children import add_child


def _request(data_dir, child_id, out, job=1, doc_id="about-my-child-blank"):
    return worker.BuildRequest(
        job=job, data_dir=data_dir, language="en", unlocked=None, log_dir=paths.log_dir(),
        cache_dir=paths.cache_dir(), doc_id=doc_id, child_id=child_id,
        options=PrintOptions(), household=Household(), out_path=out, today=date(2026, 12, 1))


class _Answers(io.StringIO):
    def answers(self) -> list[dict]:
        return [json.loads(line) for line in self.getvalue().splitlines()]


def _run(answering, lines: list[bytes]) -> None:
    read, write = os.pipe()
    listener = threading.Thread(target=answering.listen, args=(os.fdopen(read, "rb"),))
    listener.start()
    with os.fdopen(write, "wb") as requests:
        for line in lines:
            requests.write(line)
            requests.flush()
    listener.join()
    answering.run()


def test_a_build_is_answered_with_its_file(db, data_dir, tmp_path):
    child = add_child(db, Child(full_name="Maya Rodríguez", preferred_name="Maya"))
    answers = _Answers()
    out = tmp_path / "sheet.pdf"
    _run(worker._Worker(answers), [_request(data_dir, child.id, out).encode()])
    assert answers.answers()[-1] == {"job": 1, "finished": str(out)}
    assert gc.isenabled()   # off only while a request is worked on
    assert "All about Maya" in PdfReader(out).pages[0].extract_text()


def test_a_cancel_reaches_the_build_under_way(db, data_dir, tmp_path, monkeypatch):
    child = add_child(db, Child(full_name="Maya Rodríguez", preferred_name="Maya"))
    started, answers = threading.Event(), _Answers()

    def slow(*_args, cancelled, **_kwargs):
        started.set()
        while not cancelled():
            threading.Event().wait(0.01)
        raise BuildCancelled()
    monkeypatch.setattr(make, "make_document", slow)
    answering = worker._Worker(answers)
    read, write = os.pipe()
    threading.Thread(target=answering.listen, args=(os.fdopen(read, "rb"),),
                     daemon=True).start()
    running = threading.Thread(target=answering.run)
    running.start()
    with os.fdopen(write, "wb") as requests:
        requests.write(_request(data_dir, child.id, tmp_path / "x.pdf", job=7).encode())
        requests.flush()
        assert started.wait(20)
        requests.write(b"cancel 7\n")
    running.join(20)
    assert answers.answers() == [{"job": 7, "cancelled": True}]
    assert not (tmp_path / "x.pdf").exists()


def test_a_problem_is_answered_in_plain_words_or_as_a_bug(db, data_dir, tmp_path, monkeypatch):
    child = add_child(db, Child(full_name="Maya Rodríguez", preferred_name="Maya"))

    def full(*_args, **_kwargs):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(make, "make_document", full)
    answers = _Answers()
    _run(worker._Worker(answers), [_request(data_dir, child.id, tmp_path / "x.pdf").encode(),
                                         _request(data_dir, 999, tmp_path / "y.pdf", 2).encode()])
    [known, bug] = answers.answers()
    assert "full" in known["failed"]["title"].lower() or "space" in known["failed"]["message"]
    assert bug == {"job": 2, "failed": {"bug": "LookupError: the child is no longer in the records"}}


def test_a_backup_is_answered_with_what_it_holds(db, data_dir):
    add_child(db, Child(full_name="Maya Rodríguez", preferred_name="Maya"))
    answers = _Answers()
    request = worker.BackupRequest(
        job=3, data_dir=data_dir, language="en", unlocked=None, log_dir=paths.log_dir(),
        cache_dir=paths.cache_dir(), database_file=paths.database_path(data_dir),
        folder=paths.backups_dir(data_dir), reason=backup.AT_START)
    _run(worker._Worker(answers), [request.encode()])
    [answer] = answers.answers()
    made = worker.decode_made(answer)
    assert made.children == 1 and made.reason == backup.AT_START
    assert backup.list_backups(paths.backups_dir(data_dir)) == [made]


def test_a_backup_gives_way_to_the_window_for_the_processor(db, data_dir, monkeypatch):
    """Nobody waits for a backup; the window and its searches share the processor with it."""
    asked = []
    monkeypatch.setattr(os, "nice", lambda increment: asked.append(increment))
    request = worker.BackupRequest(
        job=4, data_dir=data_dir, language="en", unlocked=None, log_dir=paths.log_dir(),
        cache_dir=paths.cache_dir(), database_file=paths.database_path(data_dir),
        folder=paths.backups_dir(data_dir), reason=backup.AT_START)
    request.run(lambda _value: None, lambda: False)
    assert asked == [worker.BACKGROUND_NICENESS]
