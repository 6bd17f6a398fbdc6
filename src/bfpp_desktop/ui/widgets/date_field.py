"""A date box that accepts typing or a calendar, and can be left empty.

QDateEdit cannot be empty and cannot show what was typed when it is not a
real date, so this keeps the text and says plainly what is wrong with it.
"""
from datetime import date

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (QCalendarWidget, QHBoxLayout, QLabel, QLineEdit, QMenu,
                               QToolButton, QVBoxLayout, QWidget, QWidgetAction)

from bfpp_desktop.core.dates import DateError, parse_date


class DateField(QWidget):
    edited = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("year-month-day, e.g. 2024-03-15"))
        self.edit.setClearButtonEnabled(True)
        self.button = QToolButton(self)
        self.button.setText(self.tr("Calendar…"))
        self.button.setToolTip(self.tr("Pick the date from a calendar"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # The "…" already says it opens something; the style's arrow would sit on the text.
        self.button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(False)
        menu = QMenu(self.button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        self.button.setMenu(menu)
        self.reading = QLabel(self)
        self.reading.setObjectName("dateReading")

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.reading)
        self.setFocusProxy(self.edit)

        self.edit.textChanged.connect(self._on_text_changed)
        self.calendar.clicked.connect(self._on_calendar_picked)
        self.calendar.activated.connect(self._on_calendar_picked)
        menu.aboutToShow.connect(self._on_calendar_opening)
        self._on_text_changed(self.edit.text())

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)

    def set_date(self, value: date | None) -> None:
        self.edit.setText(value.isoformat() if value else "")

    def date(self) -> date | None:
        """The date typed, None when empty; raises DateError when it cannot be read."""
        return parse_date(self.edit.text())

    def _on_text_changed(self, _text: str) -> None:
        try:
            value = self.date()
        except DateError:
            self.reading.setText("")
        else:
            self.reading.setText(
                QLocale().toString(QDate(value.year, value.month, value.day),
                                   QLocale.FormatType.LongFormat) if value else "")
        self.edited.emit()

    def _on_calendar_opening(self) -> None:
        try:
            value = self.date()
        except DateError:
            value = None
        if value:
            self.calendar.setSelectedDate(QDate(value.year, value.month, value.day))

    def _on_calendar_picked(self, qdate: QDate) -> None:
        self.set_date(date(qdate.year(), qdate.month(), qdate.day()))
        self.button.menu().hide()
