"""Settings that belong to the person using the app, whichever folder is open."""
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QLabel)

from bfpp_desktop.core import i18n
from bfpp_desktop.ui import text_size
from bfpp_desktop.ui.language import save_choice, saved_choice
from bfpp_desktop.ui.widgets.styles import make_hint


class SettingsDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        layout = QFormLayout(self)
        self.language = QComboBox()
        self.language.addItem(self.tr("The same as this computer"), "")
        for code, name in i18n.LANGUAGES.items():   # each language in its own words
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(saved_choice()), 0))
        layout.addRow(self.tr("&Language"), self.language)
        note = QLabel(self.tr("A new language is used the next time you open the app."))
        note.setWordWrap(True)
        make_hint(note)
        layout.addRow(note)
        self.text_size = QComboBox()
        for percent, words in text_size.SIZES.items():
            self.text_size.addItem(QCoreApplication.translate("TextSize", words), percent)
        self.text_size.setCurrentIndex(max(self.text_size.findData(text_size.saved_size()), 0))
        layout.addRow(self.tr("&Text size"), self.text_size)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def accept(self) -> None:
        save_choice(self.language.currentData())
        text_size.save_size(self.text_size.currentData())
        text_size.apply_size(QApplication.instance(), self.text_size.currentData())
        super().accept()
