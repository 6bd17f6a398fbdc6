"""The agency's records through the real window: a trip put right and an expense deleted
(and brought back) from the month's list, the lifebook's pages put in the order the
child wants and printed so, and the caregiver's own words for the monthly report typed
in the print center, kept when the app is opened again, and printed."""
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from bfpp_desktop.core.lifebook import LifebookPage
from bfpp_desktop.core.records import Expense, Trip
from bfpp_desktop.demo import fill_if_empty
from bfpp_desktop.demo.records import demo_month
from bfpp_desktop.reports.catalogue import printout
from bfpp_desktop.reports.make import make_document
from bfpp_desktop.reports.options import Paper
from bfpp_desktop.storage import records
from bfpp_desktop.storage.children import list_children
from bfpp_desktop.ui.records.month_note_box import MonthNoteDialog
from bfpp_desktop.ui.records.page import RecordsPage
from bfpp_desktop.ui.records.trip_dialog import TripDialog

from print_helpers import pdf_text, save_as_pdf, wait_ready

TODAY = date.today()      # the window's own today: the demo month is the one before


@pytest.fixture
def amara(db, data_dir):
    assert fill_if_empty(db, data_dir, today=TODAY)
    return next(c for c in list_children(db) if c.display_name == "Amara")


def records_page(qtbot, window, amara) -> RecordsPage:
    # The keys of a list (Delete, Alt+Up) reach it when its window is the active one.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.select_child(amara.id)
    page = next(p for p in window.pages if isinstance(p, RecordsPage))
    window.ui.childTabs.setCurrentWidget(page)
    return page


def _row(box, words: str) -> int:
    return next(r for r in range(box.list.count()) if words in box.list.item(r).text())


def _in_demo_month(qtbot, page):
    box = page.month_box
    qtbot.mouseClick(box.earlier_button, Qt.MouseButton.LeftButton)
    assert box.shown == demo_month(TODAY)[0] and box.later_button.isEnabled()
    return box


def _miles(db, amara) -> float:
    first, last = demo_month(TODAY)
    return round(sum(t.distance for t in records.between(db, Trip, amara.id, first, last)), 1)


def test_a_trip_is_put_right_and_the_month_total_follows(qtbot, make_window, amara, db,
                                                         monkeypatch):
    window = make_window()
    page = records_page(qtbot, window, amara)
    box = _in_demo_month(qtbot, page)
    before = _miles(db, amara)
    assert f"({before:,.1f} miles)" in box.summary.text()
    qtbot.wait(20)       # the medicines' rows are shown once events run
    page.grab().save("/tmp/rec/records-page-demo-month.png")

    def longer_way(dialog):
        assert dialog.route.text() == "Home to Riverside Children's Clinic and back"
        assert dialog.distance.value() == 6.5 and dialog.entry.currentData() is not None
        dialog.distance.setValue(16.5)               # the road was closed: the long way
        dialog.grab().save("/tmp/rec/trip-dialog-edit.png")
        dialog.accept()
        return dialog.result()
    monkeypatch.setattr(TripDialog, "exec", longer_way)
    box.list.setCurrentRow(_row(box, "Riverside Children's Clinic"))
    box.list.setFocus()
    qtbot.keyClick(box.list, Qt.Key.Key_Return)       # Enter opens the row

    assert _miles(db, amara) == round(before + 10, 1)
    assert f"({before + 10:,.1f} miles)" in box.summary.text()
    assert "16.5 miles" in box.list.currentItem().text()      # still chosen, now changed
    window.undo_action.trigger()
    assert f"({before:,.1f} miles)" in box.summary.text()


def test_an_expense_is_deleted_after_asking_and_brought_back(qtbot, make_window, amara, db,
                                                             monkeypatch):
    window = make_window()
    page = records_page(qtbot, window, amara)
    box = _in_demo_month(qtbot, page)
    assert "Expenses: 31.49" in box.summary.text()
    asked = []
    monkeypatch.setattr(QMessageBox, "exec", lambda b: asked.append(b.text()) or 0)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda b: next(
        x for x in b.buttons() if b.buttonRole(x) == QMessageBox.ButtonRole.DestructiveRole))
    box.list.setCurrentRow(_row(box, "Rain boots"))
    box.list.setFocus()
    qtbot.keyClick(box.list, Qt.Key.Key_Delete)

    assert len(asked) == 1 and "Rain boots, size 5" in asked[0] and "24.99" in asked[0]
    first, last = demo_month(TODAY)
    assert [e.description for e in records.between(db, Expense, amara.id, first, last)] == [
        "Children's paracetamol"]
    assert "Expenses: 6.50" in box.summary.text()
    assert not any("Rain boots" in box.list.item(r).text() for r in range(box.list.count()))

    window.undo_action.trigger()                       # Edit > Undo, Ctrl+Z
    [boots] = [e for e in records.between(db, Expense, amara.id, first, last)
               if e.description == "Rain boots, size 5"]
    assert window.context.photos.path(amara.id, boots.receipt_photo).is_file()
    assert "Expenses: 31.49" in box.summary.text()
    assert "receipt" in box.list.item(_row(box, "Rain boots")).text()


def _book_order(db, amara) -> list[str]:
    return [p.title for p in records.between(db, LifebookPage, amara.id)]


def test_lifebook_pages_are_put_in_order_and_printed_so(qtbot, make_window, amara, db,
                                                        tmp_path):
    window = make_window()
    page = records_page(qtbot, window, amara)
    assert _book_order(db, amara) == [
        "When you came to Grandma's", "People who love you", "Up on your own two feet",
        "Things you love", "Your own words", "A day at the park with Mom"]
    page.lifebook.setCurrentRow(3)                     # "Things you love"
    page.lifebook.setFocus()
    qtbot.keyClick(page.lifebook, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert page.lifebook.currentRow() == 2
    qtbot.mouseClick(page.up_button, Qt.MouseButton.LeftButton)
    assert page.lifebook.currentRow() == 1
    order = ["When you came to Grandma's", "Things you love", "People who love you",
             "Up on your own two feet", "Your own words", "A day at the park with Mom"]
    assert _book_order(db, amara) == order
    assert page.lifebook.currentItem().text().startswith("2. My favourite things")
    qtbot.wait(20)
    page.grab().save("/tmp/rec/records-page-reordered.png")

    out = make_document(db, "lifebook", amara, printout("lifebook").default_options(Paper.A4),
                        tmp_path / "book.pdf", today=TODAY)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    printed = order[:-1]          # the last page still waits for the family's say
    places = [text.index(title) for title in printed]
    assert places == sorted(places), places

    window.undo_action.trigger()
    assert _book_order(db, amara)[1:4] == ["People who love you", "Things you love",
                                           "Up on your own two feet"]
    assert not page.down_button.isEnabled() or page.lifebook.currentRow() >= 0


WORDS = ("A quieter month. Amara slept through most nights, and she loves the new "
         "library story time. We would like a date for the next visit review.")


def _monthly_report(qtbot, window, amara, month: date):
    page = records_page(qtbot, window, amara)
    qtbot.keyClick(page, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    center = window.print_center
    assert center.spec.id == "monthly-report" and center.note_box.isVisible()
    center.date_from.set_text(month.isoformat())
    last = (month.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    center.date_to.set_text(last.isoformat())
    wait_ready(qtbot, center)
    return center


def test_the_monthly_words_are_typed_kept_and_printed(qtbot, make_window, amara, monkeypatch,
                                                      tmp_path):
    october = (demo_month(TODAY)[0] - timedelta(days=1)).replace(day=1)
    window = make_window()
    center = _monthly_report(qtbot, window, amara, october)
    assert "Nothing written" in center.note_box.state.text()
    assert "How the month went" in pdf_text(center.current_pdf)

    def type_words(dialog):
        qtbot.keyClicks(dialog.text, WORDS)
        dialog.grab().save("/tmp/rec/month-note-dialog.png")
        dialog.accept()
        return dialog.result()
    monkeypatch.setattr(MonthNoteDialog, "exec", type_words)
    qtbot.mouseClick(center.note_box.write_button, Qt.MouseButton.LeftButton)
    assert "A quieter month" in center.note_box.state.text()
    wait_ready(qtbot, center)
    assert "A quieter month" in pdf_text(center.current_pdf)
    center.grab().save("/tmp/rec/print-center-month-note.png")
    assert window.undo_action.text() == "&Undo change your words for the monthly report"
    center.close()
    window.close()

    again = make_window()                      # the app opened again on the same folder
    center = _monthly_report(qtbot, again, amara, october)
    assert "A quieter month" in center.note_box.state.text()
    text = pdf_text(save_as_pdf(qtbot, center, monkeypatch, tmp_path / "report.pdf"))
    assert " ".join(WORDS.split()) in text and "In your own words" in text
    assert "How the month went" not in text           # typed words, so no lines


def test_a_monthly_record_starts_out_on_last_month(qtbot, make_window, amara):
    """As its description says: not the three months other printouts start on."""
    from bfpp_desktop.reports.catalogue import PRINTOUTS
    from bfpp_desktop.reports.options import last_month
    window = make_window()
    page = records_page(qtbot, window, amara)
    qtbot.keyClick(page, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    center = window.print_center
    first, last = last_month(center.today)
    assert (center.date_from.date(), center.date_to.date()) == (first, last)
    assert center.note_box.month == first          # the words box names that month
    monthly = [spec for spec in PRINTOUTS if spec.for_a_month]
    assert {spec.id for spec in monthly} == {"incident-report", "medication-record",
                                             "mileage-expenses", "monthly-report"}
    for spec in monthly:
        assert "last month" in spec.description_text
        options = center._default_options(spec)
        assert (options.date_from, options.date_to) == (first, last)
    center.close()
