"""The Records page's month: its records in a few words, with the trips and expenses
listed one to a row, each opened to change it or deleted (undone with Edit > Undo). The
caregiver can step back to an earlier month, to put right what the printout will say."""
import calendar
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QDialog, QGroupBox, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QMessageBox, QPushButton, QVBoxLayout)

from bfpp_desktop.actions import records as record_actions
from bfpp_desktop.core.children import Child
from bfpp_desktop.core.journal import EntryKind, JournalFilter
from bfpp_desktop.core.lifebook import LifebookPage
from bfpp_desktop.core.records import Expense, Trip, Unit, first_of_month, money, monthly_totals
from bfpp_desktop.storage import journal as journal_store
from bfpp_desktop.storage import records as store
from bfpp_desktop.ui.errors import attempt
from bfpp_desktop.ui.records.expense_dialog import ExpenseDialog
from bfpp_desktop.ui.records.trip_dialog import TripDialog
from bfpp_desktop.ui.undo import perform
from bfpp_desktop.ui.widgets.confirm import confirm_destructive
from bfpp_desktop.ui.widgets.formatting import month_year, short_date

RECORD_ROLE = Qt.ItemDataRole.UserRole


def wrapped(view: QListWidget) -> None:
    """Long rows wrap onto more lines instead of hiding behind a sideways scroll."""
    view.setWordWrap(True)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setResizeMode(QListWidget.ResizeMode.Adjust)


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


def last_of_month(first: date) -> date:
    return first.replace(day=calendar.monthrange(first.year, first.month)[1])


class MonthBox(QGroupBox):
    def __init__(self, page):
        super().__init__(page)
        self.page = page          # the Records page: its context, child and today
        self.shown = first_of_month(page.today)
        self.earlier_button = QPushButton(self.tr("Earlier month"), self)
        self.earlier_button.clicked.connect(lambda: self.step_month(-1))
        self.later_button = QPushButton(self.tr("Later month"), self)
        self.later_button.clicked.connect(lambda: self.step_month(1))
        self.summary = QLabel(self)
        self.summary.setObjectName("monthSummary")
        self.summary.setWordWrap(True)
        self.list = QListWidget(self)
        wrapped(self.list)
        self.list.setAccessibleName(self.tr("The month's trips and expenses"))
        self.list.setToolTip(self.tr("Enter or double-click opens a trip or expense to "
                                     "change it; Delete removes it."))
        self.list.itemActivated.connect(lambda item: self.edit(item.data(RECORD_ROLE)))
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list, self.delete_current,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.trip_button = QPushButton(self.tr("Add a trip…"), self)
        self.trip_button.clicked.connect(self.add_trip)
        self.expense_button = QPushButton(self.tr("Add an expense…"), self)
        self.expense_button.clicked.connect(self.add_expense)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setAccessibleName(self.tr("Edit the trip or expense"))
        self.edit_button.clicked.connect(lambda: self.edit(self._current()))
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.delete_button.setAccessibleName(self.tr("Delete the trip or expense"))
        self.delete_button.clicked.connect(self.delete_current)
        months = button_row(self.earlier_button, self.later_button)
        column = QVBoxLayout(self)
        column.addLayout(months)
        column.addWidget(self.summary)
        column.addWidget(self.list, 1)
        column.addStretch(0)      # takes the room while the month has no list
        # Two rows of buttons, so the box stays narrow beside the lifebook.
        for pair in ((self.trip_button, self.expense_button),
                     (self.edit_button, self.delete_button)):
            column.addLayout(button_row(*pair))

    # ----- the month shown ------------------------------------------------------------------
    def step_month(self, by: int) -> None:
        day = self.shown - timedelta(days=1) if by < 0 else last_of_month(self.shown) + \
            timedelta(days=1)
        self.shown = min(first_of_month(day), first_of_month(self.page.today))
        self.show_child(self.page.child)

    def _end(self) -> date:
        """The last day shown: today in the current month, else the month's last (the
        day a new trip or expense starts out on)."""
        return min(last_of_month(self.shown), self.page.today)

    def show_child(self, child: Child) -> None:
        db, first, end = self.page.context.db, self.shown, self._end()
        this_month = first == first_of_month(self.page.today)
        named = month_year(first)
        self.setTitle(self.tr("This month so far") if this_month
                      else named[:1].upper() + named[1:])     # a heading starts with a capital
        self.later_button.setEnabled(not this_month)
        incidents = attempt(self, journal_store.count_entries, db, child.id, JournalFilter(
            kinds=(EntryKind.INCIDENT,), start=first, end=end)) or 0
        trips = attempt(self, store.between, db, Trip, child.id, first, end) or []
        expenses = attempt(self, store.between, db, Expense, child.id, first, end) or []
        pages = attempt(self, store.between, db, LifebookPage, child.id) or []
        [totals] = monthly_totals(trips, expenses, Unit.MILES) or [None]
        lines = [self.tr("Incident reports: %n", "", incidents),
                 self.tr("Trips: %n", "", len(trips)) + (
                     f" ({totals.distance:,.1f} {Unit.MILES.label})" if trips else ""),
                 self.tr("Expenses: {total}").format(
                     total=money(totals.expenses_cents if totals else 0)),
                 self.tr("Lifebook pages: %n", "", len(pages))]
        self.summary.setText("\n".join(lines))
        self._list(trips, expenses)

    def _list(self, trips: list[Trip], expenses: list[Expense]) -> None:
        kept = self._current()
        self.list.clear()
        rows = sorted(trips + expenses, key=lambda r: (_day(r), isinstance(r, Expense), r.id))
        for record in rows:
            item = QListWidgetItem(self.words(record), self.list)
            item.setData(RECORD_ROLE, record)
            if kept is not None and (type(kept), kept.id) == (type(record), record.id):
                self.list.setCurrentItem(item)
        self.list.setVisible(bool(rows))
        self._enable()

    def words(self, record: Trip | Expense) -> str:
        when = short_date(_day(record), self.page.today)
        if isinstance(record, Trip):
            return self.tr("{date} · Trip: {route} · {distance} {unit} · {purpose}").format(
                date=when, route=record.route or "—", distance=f"{record.distance:,.1f}",
                unit=record.unit.label, purpose=record.purpose.label)
        words = self.tr("{date} · Expense: {what} · {amount}").format(
            date=when, what=record.description, amount=money(record.amount_cents))
        return words + (" · " + self.tr("receipt") if record.receipt_photo else "")

    def _current(self) -> Trip | Expense | None:
        item = self.list.currentItem()
        return item.data(RECORD_ROLE) if item is not None else None

    def _enable(self) -> None:
        chosen = self._current() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # ----- adding, changing and deleting ----------------------------------------------------
    def _trip_dialog(self, trip: Trip | None) -> TripDialog:
        day = trip.trip_date if trip else self._end()
        start, end = TripDialog.nearby(day)
        db, child = self.page.context.db, self.page.child
        entries = attempt(self, journal_store.list_entries, db, child.id,
                          JournalFilter(start=start, end=end)) or []
        if trip is not None and trip.entry_id and trip.entry_id not in {e.id for e in entries}:
            linked = attempt(self, journal_store.get_entry, db, trip.entry_id)
            entries += [linked] if linked is not None else []    # linked long before
        return TripDialog(child.id, day, entries, self, trip=trip)

    def _save(self, dialog, action) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            perform(self.page.context, self, action, dialog.record())

    def add_trip(self) -> None:
        self._save(self._trip_dialog(None), record_actions.add_record)

    def add_expense(self) -> None:
        self._save(ExpenseDialog(self.page.context, self.page.child.id, self._end(),
                                 self), record_actions.add_record)

    def edit(self, record: Trip | Expense | None) -> None:
        if record is None:
            return
        dialog = self._trip_dialog(record) if isinstance(record, Trip) else ExpenseDialog(
            self.page.context, self.page.child.id, record.spent_on, self, expense=record)
        self._save(dialog, record_actions.update_record)

    def confirm_delete(self, record: Trip | Expense) -> bool:
        when = short_date(_day(record), self.page.today)
        if isinstance(record, Trip):
            title = self.tr("Delete this trip?")
            text = self.tr("Delete the trip “{route}” on {date}?").format(
                route=record.route or record.purpose.label, date=when)
        else:
            title = self.tr("Delete this expense?")
            text = self.tr("Delete the expense “{what}” ({amount}) on {date}?").format(
                what=record.description, amount=money(record.amount_cents), date=when)
        return confirm_destructive(self, title, text, self.tr(
            "You can bring it back with Edit > Undo (Ctrl+Z)."), self.tr("Delete"),
            QMessageBox.Icon.Question)

    def delete_current(self) -> None:
        record = self._current()
        if record is not None and self.confirm_delete(record):
            perform(self.page.context, self, record_actions.delete_record, type(record),
                    record.id)
            # The row and its buttons are gone: the focus stays in the box.
            (self.list if self.list.isVisible() else self.trip_button).setFocus()


def _day(record: Trip | Expense) -> date:
    return record.trip_date if isinstance(record, Trip) else record.spent_on
