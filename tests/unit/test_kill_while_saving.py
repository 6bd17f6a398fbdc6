"""Pulling the plug: a copy of the app saving journal entries is killed (SIGKILL, no
chance to clean up) at random moments, over and over, on the same data folder. Every
save it acknowledged is still there afterwards, the file passes SQLite's full
integrity check, and the full-text index agrees with the entries.

The copy is killed while it starts, opens, creates and migrates the file, and while
it adds and rewrites entries. The long run (100 kills) is marked slow; a short one
runs with every test run.
"""
import os
import random
import signal
import subprocess
import sys
import threading
import time

import pytest
from subprocess_helpers import python_env

from bfpp_desktop.core import paths
from bfpp_desktop.session import Access, open_session
from bfpp_desktop.storage import rows
from bfpp_desktop.storage.schema import FTS

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs kill -9")

# Saves entries for ever, printing each one once its transaction has committed (the
# moment the window would tell the caregiver it is saved). Every fifth save rewrites
# an earlier entry instead, so updates (and their index triggers) are killed too.
_SAVER = """
import sys
from datetime import date
from bfpp_desktop.actions import journal as actions
from bfpp_desktop.core.children import Child
from bfpp_desktop.core.journal import EntryKind, JournalEntry
from bfpp_desktop.session import Access, open_session
from bfpp_desktop.storage.children import add_child, list_children
from bfpp_desktop.storage.journal import get_entry

run = sys.argv[2]
with open_session(sys.argv[1], Access.WRITE) as session:
    children = list_children(session.db)
    child = children[0] if children else add_child(session.db, Child(full_name="Maya"))
    last = None
    for n in range(10**9):
        if last is not None and n % 5 == 4:
            entry = get_entry(session.db, last).copy(notes=f"kmark rewritten {run}-{n}")
            actions.update_entry(session, entry)
            print(f"update {last} {run}-{n}", flush=True)
            continue
        saved = actions.add_entry(session, JournalEntry(
            child_id=child.id, entry_date=date(2026, 11, 24), kind=EntryKind.NOTE,
            title=f"Entry {run}-{n}", notes="kmark " + "what she said today " * (n % 40)))
        last = saved.value.id
        print(f"add {last} {run}-{n}", flush=True)
"""


def _save_until_killed(folder, run: int, after: float, saving: bool) -> list[str]:
    """Start a saver, kill -9 it *after* seconds (counted from its first save when
    *saving*, else from its start), and return the lines it acknowledged."""
    process = subprocess.Popen([sys.executable, "-c", _SAVER, str(folder), str(run)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env=python_env())
    lines: list[str] = []
    first = threading.Event()

    def read() -> None:
        for line in process.stdout:
            lines.append(line)
            first.set()
        first.set()   # it ended on its own: the assertion below says why

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    if saving:
        first.wait(timeout=60)
    time.sleep(after)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    reader.join(timeout=30)   # the pipe may still hold lines written before the kill
    stderr = process.stderr.read()
    process.stdout.close()
    process.stderr.close()
    assert process.returncode == -signal.SIGKILL, stderr   # killed, not failed on its own
    return lines


def _check(folder, acknowledged: dict[int, str]) -> None:
    with open_session(folder, Access.WRITE) as session:   # the full check at open
        db = session.db
        assert rows.value(db, "PRAGMA integrity_check") == "ok"
        saved = {r["id"]: (r["title"], r["notes"]) for r in rows.query(
            db, "SELECT id, title, notes FROM journal_entries")}
        for entry_id, mark in acknowledged.items():
            assert entry_id in saved, f"acknowledged entry {entry_id} ({mark}) is gone"
            title, notes = saved[entry_id]
            assert mark in title or _not_older(notes, mark), (entry_id, mark, title, notes)
        indexed = {r["rowid"] for r in rows.query(
            db, f"SELECT rowid FROM {FTS} WHERE {FTS} MATCH 'kmark'")}
        assert indexed == set(saved)
        db.execute(f"INSERT INTO {FTS}({FTS}, rank) VALUES ('integrity-check', 1)")


def _not_older(notes: str, mark: str) -> bool:
    """The entry holds the acknowledged rewrite, or one made after it (committed, then
    killed before it could say so)."""
    if "rewritten" not in notes:
        return False
    order = lambda m: tuple(int(part) for part in m.split("-"))  # noqa: E731
    return order(notes.rsplit(" ", 1)[1]) >= order(mark)


def _kill_repeatedly(folder, kills: int, seed: int) -> int:
    print(f"random kills with seed {seed}")   # shown if the test fails, to replay it
    rng = random.Random(seed)
    acknowledged: dict[int, str] = {}
    for run in range(kills):
        # One time in four while it starts, opens and creates the file; else while saving.
        saving = rng.random() < 0.75
        after = rng.uniform(0.0, 0.3 if saving else 0.5)
        for line in _save_until_killed(folder, run, after, saving):
            kind, entry_id, mark = line.split()
            acknowledged[int(entry_id)] = mark
        _check(folder, acknowledged)
    return len(acknowledged)


def test_a_few_kills_while_saving_lose_nothing_acknowledged(tmp_path):
    assert _kill_repeatedly(tmp_path / "data", kills=8, seed=os.getpid()) > 0


@pytest.mark.slow
def test_a_hundred_kills_while_saving_lose_nothing_acknowledged(tmp_path):
    saved = _kill_repeatedly(tmp_path / "data", kills=100, seed=15)
    assert saved > 100
    assert paths.database_path(tmp_path / "data").stat().st_size > 0
