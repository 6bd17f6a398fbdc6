"""The Records tab: today's medicines, each given with one press (or not, with why),
undone from Edit > Undo; and the month's records in a few words."""
from datetime import date

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QLabel

from bfpp_desktop.core.records import Dose, DoseStatus
from bfpp_desktop.demo import fill_if_empty
from bfpp_desktop.storage import records
from bfpp_desktop.storage.children import list_children
from bfpp_desktop.ui.context import AppContext
from bfpp_desktop.ui.records import dose_dialog
from bfpp_desktop.ui.records.page import RecordsPage

TODAY = date(2026, 12, 1)


@pytest.fixture
def page(qtbot, db, data_dir, qapp):
    assert fill_if_empty(db, data_dir, today=TODAY)
    context = AppContext(db=db, data_dir=data_dir,
                         settings=QSettings(str(data_dir / "s.ini"), QSettings.Format.IniFormat),
                         undo_stack=QUndoStack())
    page = RecordsPage(context, today=TODAY)
    qtbot.addWidget(page)
    page.resize(760, 520)
    page.set_child(next(c for c in list_children(db) if c.display_name == "Amara"))
    page.show()
    return page


def test_a_dose_given_now_is_saved_shown_and_undone(page, db, qtbot):
    assert [d.medicine.title for d in page.due] == ["Vitamin D drops"]
    assert page.due[0].time == "08:00" and not page.due[0].done
    page.given_buttons[0].click()
    [dose] = records.between(db, Dose, page.child.id, TODAY, TODAY)
    assert (dose.medicine, dose.status, dose.medicine_id) == (
        "Vitamin D drops", DoseStatus.GIVEN, page.due[0].medicine.id)
    assert page.due[0].done                          # the page refreshed from the change
    qtbot.wait(20)       # the new row's widgets are shown once events run
    assert "given at" in page.findChild(QLabel, "doseState").text()
    page.grab().save("/tmp/rec/records-page.png")
    page.context.undo_stack.undo()
    assert records.between(db, Dose, page.child.id, TODAY, TODAY) == []
    assert not page.due[0].done


def test_a_dose_not_given_says_why(page, db, monkeypatch):
    def answer(dialog):
        dialog.status.setCurrentIndex(dialog.status.findData(DoseStatus.REFUSED))
        dialog.reason.setText("Pushed the cup away")
        dialog.grab().save("/tmp/rec/not-given-dialog.png")
        dialog.accept()
        return QDialog.DialogCode.Accepted if dialog.result() else QDialog.DialogCode.Rejected
    monkeypatch.setattr(dose_dialog.NotGivenDialog, "exec", answer)
    page.not_given_buttons[0].click()
    [dose] = records.between(db, Dose, page.child.id, TODAY, TODAY)
    assert (dose.status, dose.reason) == (DoseStatus.REFUSED, "Pushed the cup away")


def test_a_reason_is_needed(qapp):
    dialog = dose_dialog.NotGivenDialog(Dose(child_id=1, medicine="Drops", given_on=TODAY))
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.message.text()


def test_the_month_in_a_few_words(page):
    text = page.month.text()
    assert "Lifebook pages: 6" in text


def test_a_trip_linked_to_family_time_and_an_expense_with_a_receipt(page, db, data_dir,
                                                                   monkeypatch, qtbot, tmp_path):
    from bfpp_desktop.core.records import Expense, Trip, Unit
    from bfpp_desktop.ui.records.expense_dialog import ExpenseDialog
    from bfpp_desktop.ui.records.trip_dialog import TripDialog
    from photo_samples import phone_jpeg

    def fill_trip(dialog):
        dialog.route.setText("Home to the family center and back")
        dialog.distance.setValue(22.5)
        dialog.unit.setCurrentIndex(dialog.unit.findData(Unit.KM))
        dialog.entry.setCurrentIndex(1)            # the newest entry offered
        dialog.grab().save("/tmp/rec/trip-dialog.png")
        dialog.accept()
        return dialog.result()
    monkeypatch.setattr(TripDialog, "exec", fill_trip)
    page.add_trip()
    [trip] = records.between(db, Trip, page.child.id, TODAY, TODAY)
    assert (trip.distance, trip.unit, trip.entry_id is not None) == (22.5, Unit.KM, True)

    receipt = tmp_path / "receipt.jpg"
    receipt.write_bytes(phone_jpeg(60, 80))

    def fill_expense(dialog):
        dialog.description.setText("Bus fare to family time")
        dialog.amount.setText("4,50")
        with qtbot.waitSignal(dialog.add_receipt_file(str(receipt)).finished):
            pass
        dialog.grab().save("/tmp/rec/expense-dialog.png")
        dialog.accept()
        return dialog.result()
    monkeypatch.setattr(ExpenseDialog, "exec", fill_expense)
    page.add_expense()
    [expense] = records.between(db, Expense, page.child.id, TODAY, TODAY)
    assert (expense.description, expense.amount_cents) == ("Bus fare to family time", 450)
    assert page.context.photos.path(page.child.id, expense.receipt_photo).is_file()
    assert "Expenses: 4.50" in page.month.text() and "Trips: 1" in page.month.text()


def test_a_lifebook_page_with_a_photo_and_caption_is_made_and_printed(page, db, monkeypatch,
                                                                      qtbot, tmp_path):
    from pypdf import PdfReader

    from bfpp_desktop.core.lifebook import LifebookPage, PageKind
    from bfpp_desktop.reports.catalogue import printout
    from bfpp_desktop.reports.make import make_document
    from bfpp_desktop.reports.options import Paper
    from bfpp_desktop.ui.records.lifebook_dialog import LifebookDialog
    from photo_samples import phone_jpeg

    assert page.lifebook.count() == 6
    drawing = tmp_path / "drawing.jpg"
    drawing.write_bytes(phone_jpeg(90, 60))

    def fill(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData(PageKind.OWN_WORDS))
        dialog.title.setText("My snow day")
        dialog.text.setPlainText("“Snow is cold and sparkly,” she said.")
        with qtbot.waitSignal(dialog.add_photo_files([str(drawing)]).finished):
            pass
        dialog.photo_list.item(0).setText("Her drawing of the snowman")
        dialog.grab().save("/tmp/rec/lifebook-dialog.png")
        dialog.accept()
        return dialog.result()
    monkeypatch.setattr(LifebookDialog, "exec", fill)
    page.add_page()
    saved = records.between(db, LifebookPage, page.child.id)[-1]
    assert (saved.title, saved.position, saved.photos[0].caption) == (
        "My snow day", 6, "Her drawing of the snowman")
    assert page.lifebook.count() == 7
    qtbot.wait(10)
    page.grab().save("/tmp/rec/records-page-lifebook.png")
    out = make_document(db, "lifebook", page.child, printout("lifebook").default_options(
        Paper.A4), tmp_path / "book.pdf", today=TODAY)
    last = PdfReader(out).pages[-1]
    assert "Her drawing of the snowman" in last.extract_text() and len(last.images) == 1
    page.lifebook.setCurrentRow(6)
    asked = []
    monkeypatch.setattr("bfpp_desktop.ui.records.page.confirm_destructive",
                        lambda _parent, _title, text, *_rest: asked.append(text) or not asked[1:])
    page.delete_page()
    assert asked == [f"Delete the page “My snow day” from {page.child.display_name}'s lifebook?"]
    assert page.lifebook.count() == 6
    page.lifebook.setCurrentRow(0)
    page.delete_page()                       # asked again, and Cancel keeps it
    assert page.lifebook.count() == 6 and len(asked) == 2
    page.context.undo_stack.undo()
    assert page.lifebook.count() == 7


def test_the_month_list_and_the_lifebook_are_named_and_in_reading_order(page, qtbot):
    from test_accessible_names import unnamed_controls
    from test_focus_order import steps_out_of_order, tab_chain

    page.resize(900, 640)
    page.month_box.earlier_button.click()              # the demo month, with its list
    page.month_box.list.setCurrentRow(0)
    page.lifebook.setCurrentRow(2)                     # both move buttons can be used
    qtbot.wait(20)
    chain = tab_chain(page)
    for widget in (page.month_box.list, page.month_box.edit_button,
                   page.month_box.delete_button, page.lifebook, page.up_button,
                   page.down_button):
        assert widget in chain, widget.accessibleName()
    assert unnamed_controls(page) == []
    assert steps_out_of_order(page) == []
    assert page.month_box.list.accessibleName() == "The month's trips and expenses"
    assert page.month_box.list.count() == 8 and page.month_box.title() == "November 2026"
