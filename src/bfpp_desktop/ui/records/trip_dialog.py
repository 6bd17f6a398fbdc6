"""A trip for mileage: where from and to, how far (miles or km), why, and the journal
entry it was for. A new trip, or one saved before to change."""
from datetime import timedelta

from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QHBoxLayout, QLineEdit

from bfpp_desktop.core.journal import EntrySummary
from bfpp_desktop.core.records import Purpose, Trip, Unit
from bfpp_desktop.ui.records.record_dialog import RecordDialog
from bfpp_desktop.ui.widgets.formatting import long_date


class TripDialog(RecordDialog):
    def __init__(self, child_id: int, day, entries: list[EntrySummary], parent=None,
                 trip: Trip | None = None):
        super().__init__(self.tr("A trip"), trip.trip_date if trip else day, parent)
        self.child_id, self.trip = child_id, trip
        self.route = QLineEdit(self)
        self.route.setAccessibleName(self.tr("From and to"))
        self.route.setPlaceholderText(self.tr("e.g. home to the family center and back"))
        self.distance = QDoubleSpinBox(self)
        self.distance.setAccessibleName(self.tr("Distance"))
        self.distance.setRange(0, 10_000)
        self.distance.setDecimals(1)
        self.unit = QComboBox(self)
        self.unit.setAccessibleName(self.tr("Miles or kilometres"))
        for unit in Unit:
            self.unit.addItem(unit.label, unit)
        how_far = QHBoxLayout()
        how_far.addWidget(self.distance, 1)
        how_far.addWidget(self.unit)
        self.purpose = QComboBox(self)
        self.purpose.setAccessibleName(self.tr("Why"))
        for purpose in Purpose:
            self.purpose.addItem(purpose.label, purpose)
        self.entry = QComboBox(self)
        self.entry.setAccessibleName(self.tr("Journal entry"))
        self.entry.addItem(self.tr("None"), None)
        for summary in entries:
            self.entry.addItem(f"{long_date(summary.entry_date)} · {summary.kind.label} · "
                               f"{summary.title}", summary.id)
        if trip is not None:
            self._show(trip)
        self.form.addRow(self.tr("From and to"), self.route)
        self.form.addRow(self.tr("Distance"), how_far)
        self.form.addRow(self.tr("Why"), self.purpose)
        self.form.addRow(self.tr("For the journal entry"), self.entry)
        self.finish_layout()

    def _show(self, trip: Trip) -> None:
        self.route.setText(trip.route)
        self.distance.setValue(trip.distance)
        self.unit.setCurrentIndex(self.unit.findData(trip.unit))
        self.purpose.setCurrentIndex(self.purpose.findData(trip.purpose))
        self.entry.setCurrentIndex(max(self.entry.findData(trip.entry_id), 0))

    @staticmethod
    def nearby(day) -> tuple:
        """The dates whose journal entries a trip is offered to link to."""
        return day - timedelta(days=30), day + timedelta(days=1)

    def record(self) -> Trip | None:
        if self.distance.value() <= 0:
            self.say(self.tr("Please give the distance."))
            return None
        return Trip(child_id=self.child_id, trip_date=self.day(),
                    route=self.route.text().strip(), distance=round(self.distance.value(), 1),
                    unit=self.unit.currentData(), purpose=self.purpose.currentData(),
                    entry_id=self.entry.currentData(), id=self.trip.id if self.trip else None)
