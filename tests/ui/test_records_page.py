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
