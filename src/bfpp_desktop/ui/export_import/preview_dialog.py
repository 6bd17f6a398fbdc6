"""What an import will add, shown before anything is changed: Import or Cancel."""
from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout)

from bfpp_desktop.actions.imports import describe_import
from bfpp_desktop.storage.export_zip import ImportFile
from bfpp_desktop.storage.import_write import Written
from bfpp_desktop.ui.widgets.styles import make_heading, make_hint


class ImportPreviewDialog(QDialog):
    def __init__(self, source: ImportFile, preview: Written, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import records"))
        self.nothing_new = not preview.added and not preview.household
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        heading = QLabel(self.tr("Everything in this file is already here") if self.nothing_new
                         else self.tr("Add these records?"), self)
        make_heading(heading, 1.3)
        layout.addWidget(heading)
        origin = QLabel(self._origin(source), self)
        origin.setWordWrap(True)
        make_hint(origin)
        layout.addWidget(origin)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for label, value in describe_import(preview):
            shown = QLabel(value, self)
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label + ":", shown)
        layout.addLayout(form)
        note = QLabel(self.tr(
            "Nothing here is changed or replaced: the records come in beside yours. A child "
            "or person who is already here (the same name) keeps what you saved, and gets "
            "only what is new.") if not self.nothing_new else self.tr(
            "This file has been imported before, or it was made from these records. "
            "Nothing would be added."), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        if not self.nothing_new:
            self.import_button = buttons.addButton(self.tr("Import"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        else:
            buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def _origin(self, source: ImportFile) -> str:
        made = QDateTime.fromString(source.document.exported_at, Qt.DateFormat.ISODate)
        if not made.isValid():
            return self.tr("From “{file}”.").format(file=source.path.name)
        return self.tr("From “{file}”, exported on {when}.").format(
            file=source.path.name,
            when=QLocale().toString(made.toLocalTime().date(), QLocale.FormatType.LongFormat))
