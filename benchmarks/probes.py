"""What each benchmark measures, one probe per fresh process (run by benchmarks/run).

    python benchmarks/probes.py PROBE [ARG...]    prints one JSON line

Probes that start Qt import it themselves, so a probe of the command line or of
reportlab pays only for what it uses. The bare-stack floors live here too, beside
the figures they are compared with, so both are measured the same way.
"""
import json
import os
import sys
import time
from pathlib import Path

SEARCH_WORDS = ["giraffe", "dinosaur song", "blanket", "homework friend", "pancakes",
                'NEAR "(', "zzzznothing"]
FLOOR_ROWS = 30


def _status(field: str) -> float:
    """A /proc/self/status size in MB (VmRSS now, VmHWM the peak so far)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


def _done(result: dict) -> None:
    """Report and leave at once: tearing the window down is not part of any figure."""
    print(json.dumps(result), flush=True)
    os._exit(0)


def _wait_painted(app, window) -> None:
    """Process events until *window* itself has been painted once."""
    from PySide6.QtCore import QEvent, QObject

    class Watch(QObject):
        painted = False

        def eventFilter(self, obj, event):
            if obj is window and event.type() == QEvent.Type.Paint:
                self.painted = True
            return False

    watch = Watch()
    window.installEventFilter(watch)
    window.show()
    while not watch.painted:
        app.processEvents()
    window.removeEventFilter(watch)


# ----- cold start ------------------------------------------------------------------------------
def start_floor() -> None:
    """Bare PySide6: a main window holding a 50x5 table, shown and painted."""
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem

    app = QApplication([])
    window = QMainWindow()
    table = QTableWidget(50, 5)
    for row in range(50):
        for col in range(5):
            table.setItem(row, col, QTableWidgetItem(f"Row {row} column {col}"))
    window.setCentralWidget(table)
    window.resize(1280, 800)
    _wait_painted(app, window)
    _done({"painted_at": time.time(), "peak_mb": _status("VmHWM")})


def start_app(folder: str) -> None:
    """The app's own path (__main__.run -> window_start.main -> run_window) up to the
    painted window."""
    import gc
    gc.disable()   # as bfpp_desktop.__main__.run does, until the window is painted
    from bfpp_desktop import window_start
    data_dir, _demo = window_start.begin(["--data-dir", folder])
    from bfpp_desktop.ui.application import make_app, start
    qt_app = make_app()
    window = start(data_dir)
    window.resize(1280, 800)
    _wait_painted(qt_app, window)
    _done({"painted_at": time.time(), "peak_mb": _status("VmHWM"),
           "reportlab_loaded": "reportlab" in sys.modules,
           "qtpdf_loaded": "PySide6.QtPdf" in sys.modules})


# ----- printing from the command line ----------------------------------------------------------
def print_floor(out: str) -> None:
    """Bare reportlab: a one-page Platypus document with a heading and a 30-row table."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    table = Table([[f"Routine {n}", f"{6 + n % 14:02d}:00", "What helps, in a sentence."]
                   for n in range(FLOOR_ROWS)])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
    SimpleDocTemplate(out, pagesize=A4).build([Paragraph("Routines", styles["Title"]), table])


# ----- the journal at scale --------------------------------------------------------------------
def _search_floor(db_path: Path, child_id: int) -> float:
    """Raw FTS5 on the same child's rows: MATCH, bm25, top 50 (median over the queries)."""
    import sqlite3
    import statistics

    from bfpp_desktop.storage.journal import fts_query

    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    times = []
    for word in SEARCH_WORDS:
        began = time.perf_counter()
        conn.execute("SELECT f.rowid FROM journal_fts f JOIN journal_entries e ON e.id = f.rowid "
                     "WHERE journal_fts MATCH ? AND e.child_id = ? "
                     "ORDER BY bm25(journal_fts) LIMIT 50",
                     [fts_query(word), child_id]).fetchall()
        times.append((time.perf_counter() - began) * 1000)
    conn.close()
    return statistics.median(times)


def journal(folder: str) -> None:
    """First screen, search, scrolling and memory on the real window (offscreen, 1280x800)."""
    import gc
    import statistics

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from bfpp_desktop.core.paths import database_path
    from bfpp_desktop.storage.children import list_children
    from bfpp_desktop.ui.application import collect_from_now_on, start
    from bfpp_desktop.ui.journal.page import JournalPage
    from stall_meter import StallMeter

    gc.disable()   # as the app starts (bfpp_desktop.__main__, ui.application.run_window)
    window = start(Path(folder))
    window.resize(1280, 800)
    app = QApplication.instance()
    _wait_painted(app, window)
    collect_from_now_on()
    page = next(p for p in window.pages if isinstance(p, JournalPage))
    children = list_children(window.context.db)
    tabs = window.ui.childTabs

    def settle():
        app.processEvents()
        page.timeline.viewport().repaint()
        page.detail.viewport().repaint()

    firsts = []
    for child in children:
        began = time.perf_counter()
        window.select_child(child.id)
        tabs.setCurrentWidget(page)
        settle()
        firsts.append((time.perf_counter() - began) * 1000)

    searches, blocked = [], []
    for word in SEARCH_WORDS:
        began = time.perf_counter()
        page.search.setText(word)
        page.refresh()
        blocked.append((time.perf_counter() - began) * 1000)  # the worker runs the query
        while page.searching:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        settle()
        searches.append((time.perf_counter() - began) * 1000)
    search_floor = _search_floor(database_path(Path(folder)), children[-1].id)
    page.search.setText("")
    page.refresh()
    settle()

    # Scroll page by page from a timer, as the event loop would deliver wheel turns,
    # while the stall meter ticks on the same thread.
    bar, meter, loop = page.timeline.verticalScrollBar(), StallMeter(), QEventLoop()
    steps, worst = [0], [0.0]

    def step():
        began = time.perf_counter()
        bar.setValue(bar.value() + page.timeline.viewport().height())
        page.timeline.viewport().repaint()
        worst[0] = max(worst[0], (time.perf_counter() - began) * 1000)
        steps[0] += 1
        if bar.value() >= bar.maximum() and not page.model.canFetchMore():
            driver.stop()
            loop.quit()

    driver = QTimer()
    driver.setInterval(1)
    driver.timeout.connect(step)
    meter.start()
    driver.start()
    loop.exec()
    scroll_stall = meter.stop()
    scroll_rows = page.model.rowCount()

    # Every page of every child, for the memory figure: one choice per turn of the event
    # loop, as clicks arrive. Only a running loop deletes what a page let go of with
    # deleteLater() (rebuilt rows); processEvents() from outside any loop never does.
    choices = [(child, index) for child in children for index in range(tabs.count())]

    def choose():
        if not choices:
            driver.stop()
            loop.quit()
            return
        child, index = choices.pop(0)
        if index == 0:
            window.select_child(child.id)
        tabs.setCurrentIndex(index)

    driver.timeout.disconnect(step)
    driver.timeout.connect(choose)
    driver.start()
    loop.exec()
    _done({"first_screen_ms": max(firsts),
           "search_ms": statistics.median(searches), "search_ms_max": max(searches),
           "search_gui_ms_max": max(blocked), "search_floor_ms": search_floor,
           "scroll_rows": scroll_rows, "scroll_steps": steps[0],
           "scroll_worst_ms": worst[0], "scroll_stall_ms": scroll_stall,
           "peak_mb": _status("VmHWM")})


# ----- the long printout in the window ---------------------------------------------------------
def summary(folder: str, date_from: str, date_to: str) -> None:
    """The print center building a journal summary preview, off the GUI thread."""
    from datetime import date

    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from bfpp_desktop.storage.children import list_children
    from bfpp_desktop.ui.application import start
    from stall_meter import StallMeter

    window = start(Path(folder))
    app = QApplication.instance()
    _wait_painted(app, window)
    window.select_child(list_children(window.context.db)[0].id)
    began = time.perf_counter()
    center = window.open_print_center("journal-summary")
    center.cancel_preview()
    app.processEvents()
    opened_ms = (time.perf_counter() - began) * 1000
    center.date_from.set_date(date.fromisoformat(date_from))
    center.date_to.set_date(date.fromisoformat(date_to))
    meter, loop, shown = StallMeter(), QEventLoop(), []
    center.preview_ready.connect(lambda path: (shown.append(time.perf_counter()), loop.quit()))
    center.preview_stopped.connect(loop.quit)
    meter.start()
    began = time.perf_counter()
    center.refresh_preview()
    loop.exec()
    stall = meter.stop()
    _done({"build_s": shown[0] - began if shown else None, "stall_ms": stall,
           "pages": center.pdf.pageCount(), "open_ms": opened_ms})


def longest_note(folder: str) -> None:
    """A private journal summary of one entry whose notes and "to share" words are as long
    as the editor and storage allow (printing is linear in a text's length: before long
    texts were cut into paragraphs this took 10 s). Only making the PDF is timed."""
    from datetime import timedelta

    from bfpp_desktop.core.children import Child
    from bfpp_desktop.core.journal import NOTES_LIMIT, SHORT_TEXT_LIMIT, EntryKind, JournalEntry
    from bfpp_desktop.reports.catalogue import printout
    from bfpp_desktop.reports.make import make_document
    from bfpp_desktop.reports.options import Paper
    from bfpp_desktop.storage.children import add_child
    from bfpp_desktop.storage.connection import open_database
    from bfpp_desktop.storage.journal import add_entry
    from dataset import TODAY

    db = open_database(Path(folder) / "longest.sqlite3")
    child = add_child(db, Child(full_name="María-José Þórunn Nguyễn-Świątek"))
    sentence = "She asked whether the cat would remember her after the weekend. "

    def text(limit: int) -> str:
        return (sentence * (limit // len(sentence) + 1))[:limit]

    add_entry(db, JournalEntry(child_id=child.id, entry_date=TODAY, kind=EntryKind.NOTE,
                               title="A long evening", notes=text(NOTES_LIMIT),
                               share_summary=text(SHORT_TEXT_LIMIT)))
    options = printout("journal-summary").default_options(Paper.A4).copy(
        date_from=TODAY - timedelta(days=7), date_to=TODAY, include_private=True)
    began = time.perf_counter()
    make_document(db, "journal-summary", child, options, Path(folder) / "longest.pdf",
                  today=TODAY)
    _done({"build_s": time.perf_counter() - began})


PROBES = {"start_floor": start_floor, "longest_note": longest_note, "start_app": start_app, "print_floor": print_floor,
          "journal": journal, "summary": summary}

if __name__ == "__main__":
    PROBES[sys.argv[1]](*sys.argv[2:])
