"""Records: what the agency asks for, kept as the day goes. Today's medicines with a
button to say each was given (or why not), a month's records in a few words with its
trips and expenses (month_box), and the lifebook's pages in book order; printed from the
print center."""
from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QDialog, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QListWidget, QListWidgetItem, QMessageBox, QPushButton,
                               QVBoxLayout)

from bfpp_desktop.actions import Kind
from bfpp_desktop.actions import records as record_actions
from bfpp_desktop.core.children import Child
from bfpp_desktop.core.lifebook import LifebookPage
from bfpp_desktop.core.records import Dose, DueDose, day_view
from bfpp_desktop.core.world import Section
from bfpp_desktop.reports.catalogue import MONTHLY_REPORT
from bfpp_desktop.storage import records as store
from bfpp_desktop.storage.household import get_household
from bfpp_desktop.storage.world import list_items
from bfpp_desktop.ui.errors import attempt
from bfpp_desktop.ui.records.dose_dialog import NotGivenDialog
from bfpp_desktop.ui.records.lifebook_dialog import LifebookDialog
from bfpp_desktop.ui.records.month_box import MonthBox, button_row, wrapped
from bfpp_desktop.ui.undo import perform
from bfpp_desktop.ui.widgets.child_page import ChildPage
from bfpp_desktop.ui.widgets.confirm import confirm_destructive
from bfpp_desktop.ui.widgets.formatting import long_date
from bfpp_desktop.ui.widgets.styles import make_heading, make_hint


PAGE_ROLE = Qt.ItemDataRole.UserRole


class RecordsPage(ChildPage):
    SHOWS = Kind.RECORDS | Kind.JOURNAL | Kind.WORLD
    PRINTS = MONTHLY_REPORT.id

    def __init__(self, context, parent=None, today: date | None = None):
        super().__init__(context, parent)
        self._today = today
        self.setObjectName("recordsPage")
        self.heading = QLabel(self)
        make_heading(self.heading, 1.3)
        self.intro = QLabel(self.tr(
            "The records your agency asks for. Incident reports are written in the journal; "
            "print the medication record, mileage, incidents, the monthly report and the "
            "lifebook from the print center (Ctrl+P)."), self)
        make_hint(self.intro)
        self.medicines_box = QGroupBox(self.tr("Medicines today"), self)
        self.medicines = QGridLayout(self.medicines_box)
        self.month_box = MonthBox(self)
        self.month = self.month_box.summary
        self.trip_button = self.month_box.trip_button
        self.expense_button = self.month_box.expense_button
        self.lifebook_box = QGroupBox(self.tr("Lifebook"), self)
        lifebook_hint = QLabel(self.tr(
            "The child's own story in this home, made together, to take with them when they "
            "move home or on. Pages about the birth family can wait for their say."),
            self.lifebook_box)
        lifebook_hint.setWordWrap(True)
        make_hint(lifebook_hint)
        self.lifebook = QListWidget(self.lifebook_box)
        wrapped(self.lifebook)
        self.lifebook.setAccessibleName(self.tr("Lifebook pages"))
        self.lifebook.itemActivated.connect(lambda item: self.edit_page(item.data(PAGE_ROLE)))
        self.add_page_button = QPushButton(self.tr("Add a page…"), self.lifebook_box)
        self.add_page_button.clicked.connect(self.add_page)
        self.delete_page_button = QPushButton(self.tr("Delete the page…"), self.lifebook_box)
        self.delete_page_button.clicked.connect(self.delete_page)
        self.up_button = QPushButton(self.tr("Move up"), self.lifebook_box)
        self.up_button.setAccessibleName(self.tr("Move the page up"))
        self.up_button.setToolTip(self.tr("Move the page earlier in the book (Alt+Up)"))
        self.up_button.clicked.connect(lambda: self.move_page(-1))
        self.down_button = QPushButton(self.tr("Move down"), self.lifebook_box)
        self.down_button.setAccessibleName(self.tr("Move the page down"))
        self.down_button.setToolTip(self.tr("Move the page later in the book (Alt+Down)"))
        self.down_button.clicked.connect(lambda: self.move_page(1))
        self.lifebook.currentRowChanged.connect(lambda *_: self._enable_page_buttons())
        for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            QShortcut(QKeySequence(keys), self.lifebook, lambda by=step: self.move_page(by),
                      context=Qt.ShortcutContext.WidgetShortcut)
        lifebook_column = QVBoxLayout(self.lifebook_box)
        lifebook_column.addWidget(lifebook_hint)
        lifebook_column.addWidget(self.lifebook, 1)
        lifebook_column.addLayout(button_row(self.add_page_button, self.delete_page_button))
        lifebook_column.addLayout(button_row(self.up_button, self.down_button))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        for widget in (self.heading, self.intro, self.medicines_box):
            layout.addWidget(widget)
        # The month and the lifebook side by side: each holds a list that wants height.
        boxes = QHBoxLayout()
        boxes.addWidget(self.month_box, 1)
        boxes.addWidget(self.lifebook_box, 1)
        layout.addLayout(boxes, 1)
        self.due: list[DueDose] = []
        self.given_buttons: list[QPushButton] = []
        self.not_given_buttons: list[QPushButton] = []

    @property
    def today(self) -> date:
        return self._today or date.today()

    def show_child(self, child: Child | None) -> None:
        if child is None:
            return
        self.heading.setText(self.tr("{name}'s records").format(name=child.display_name))
        self._show_medicines(child)
        self.month_box.show_child(child)
        self._show_lifebook(child)

    def _clear_medicines(self) -> None:
        while self.medicines.count():
            item = self.medicines.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()     # gone from view now; deleted once events run
                item.widget().deleteLater()
        self.given_buttons, self.not_given_buttons = [], []

    def _show_medicines(self, child: Child) -> None:
        self._clear_medicines()
        db = self.context.db
        items = attempt(self, list_items, db, child.id, Section.HEALTH) or []
        doses = attempt(self, store.between, db, Dose, child.id, self.today, self.today) or []
        self.due = day_view(items, doses, self.today)
        self.medicines_box.setTitle(self.tr("Medicines today, {day}").format(
            day=long_date(self.today)))
        if not self.due:
            none = QLabel(self.tr("No medicines are written down in the About page's health "
                                  "section."), self.medicines_box)
            make_hint(none)
            self.medicines.addWidget(none, 0, 0)
            return
        for row, due in enumerate(self.due):
            name = QLabel(" · ".join(p for p in (due.time, due.medicine.title,
                                                 due.medicine.details) if p), self.medicines_box)
            state = QLabel(self._state(due), self.medicines_box)
            state.setObjectName("doseState")
            given = QPushButton(self.tr("Given now"), self.medicines_box)
            given.setAccessibleName(self.tr("Given now: {medicine}").format(
                medicine=due.medicine.title))
            given.clicked.connect(lambda _c=False, d=due: self.record_given(d))
            not_given = QPushButton(self.tr("Not given…"), self.medicines_box)
            not_given.setAccessibleName(self.tr("Not given: {medicine}").format(
                medicine=due.medicine.title))
            not_given.clicked.connect(lambda _c=False, d=due: self.record_not_given(d))
            for column, widget in enumerate((name, state, given, not_given)):
                self.medicines.addWidget(widget, row, column)
            self.given_buttons.append(given)
            self.not_given_buttons.append(not_given)
        self.medicines.setColumnStretch(0, 1)

    def _state(self, due: DueDose) -> str:
        if not due.recorded:
            return self.tr("not yet")
        return "; ".join(
            (self.tr("given at {time} by {who}").format(time=d.given_time, who=d.given_by)
             if d.given_by else self.tr("given at {time}").format(time=d.given_time))
            if not d.reason else f"{d.status.label}: {d.reason}" for d in due.recorded)

    def _dose(self, due: DueDose) -> Dose:
        household = attempt(self, get_household, self.context.db)
        return Dose(child_id=self.child.id, medicine=due.medicine.title,
                    medicine_id=due.medicine.id, given_on=self.today,
                    given_time=datetime.now().strftime("%H:%M"),
                    dose=due.medicine.details[:200],
                    given_by=household.household_name if household else "")

    def record_given(self, due: DueDose) -> None:
        perform(self.context, self, record_actions.add_record, self._dose(due))

    def record_not_given(self, due: DueDose) -> None:
        dialog = NotGivenDialog(self._dose(due), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            perform(self.context, self, record_actions.add_record, dialog.result_dose())

    def _save_from(self, dialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            perform(self.context, self, record_actions.add_record, dialog.record())

    def add_trip(self) -> None:
        self.month_box.add_trip()

    def add_expense(self) -> None:
        self.month_box.add_expense()

    def _show_lifebook(self, child: Child) -> None:
        self.pages = attempt(self, store.between, self.context.db, LifebookPage, child.id) or []
        self.lifebook.clear()
        for number, page in enumerate(self.pages, start=1):
            words = " · ".join(p for p in (page.kind.label, page.title, self.tr(
                "%n photos", "", len(page.photos)) if page.photos else "", self.tr(
                "waiting for the family's say") if page.waiting_for_family else "") if p)
            QListWidgetItem(f"{number}. {words}", self.lifebook).setData(PAGE_ROLE, page)
        self._enable_page_buttons()

    def _enable_page_buttons(self) -> None:
        row = self.lifebook.currentRow()
        self.delete_page_button.setEnabled(bool(self.pages))
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < len(self.pages) - 1)

    def move_page(self, by: int) -> None:
        """Move the chosen page *by* places in the book, keeping it chosen."""
        row = self.lifebook.currentRow()
        if row < 0 or not 0 <= row + by < len(self.pages):
            return
        page = self.pages[row]
        if perform(self.context, self, record_actions.move_page, page.id,
                   row + by) is not None:
            self.lifebook.setCurrentRow(row + by)
            if not self.up_button.isEnabled() or not self.down_button.isEnabled():
                self.lifebook.setFocus()    # the button pressed may have just been disabled

    def add_page(self) -> None:
        position = max((p.position for p in self.pages), default=-1) + 1
        self._save_from(LifebookDialog(self.context, LifebookPage(
            self.child.id, "", position=position), self))

    def edit_page(self, page: LifebookPage) -> None:
        dialog = LifebookDialog(self.context, page, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            perform(self.context, self, record_actions.update_record, dialog.record())

    def delete_page(self) -> None:
        item = self.lifebook.currentItem() or self.lifebook.item(self.lifebook.count() - 1)
        if item is None:
            return
        page = item.data(PAGE_ROLE)
        if confirm_destructive(
                self, self.tr("Delete this lifebook page?"),
                self.tr("Delete the page “{title}” from {name}'s lifebook?").format(
                    title=page.title, name=self.child.display_name),
                self.tr("You can bring it back with Edit > Undo (Ctrl+Z)."), self.tr("Delete"),
                QMessageBox.Icon.Question):
            perform(self.context, self, record_actions.delete_record, LifebookPage, page.id)
