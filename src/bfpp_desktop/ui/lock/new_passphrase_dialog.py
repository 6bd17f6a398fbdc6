"""Choosing a passphrase (to turn the lock on, or a new one): typed twice, with the plain
warning that a forgotten one cannot be recovered, and the recovery sheet to print."""
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QPushButton,
                               QVBoxLayout)

from bfpp_desktop.storage.lock import MIN_PASSPHRASE
from bfpp_desktop.ui.lock.passphrase_field import PassphraseField


class NewPassphraseDialog(QDialog):
    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        warning = QLabel(self.tr(
            "<b>If you forget this passphrase, your records cannot be opened again.</b> "
            "Nobody can recover it or reset it: not you, not your agency, not the people "
            "who made this app. Print the recovery sheet, write the passphrase on it by "
            "hand, and keep it somewhere safe away from the computer."), self)
        warning.setWordWrap(True)
        layout.addWidget(warning)
        self.sheet_button = QPushButton(self.tr("Print a recovery sheet…"), self)
        layout.addWidget(self.sheet_button)
        form = QFormLayout()
        self.first = PassphraseField(self)
        self.second = PassphraseField(self)
        form.addRow(self.tr("New passphrase:"), self.first)
        form.addRow(self.tr("Type it again:"), self.second)
        layout.addLayout(form)
        tip = QLabel(self.tr("At least {n} characters. A few words you will remember, such "
                             "as a line of a song, work well.").format(n=MIN_PASSPHRASE), self)
        tip.setWordWrap(True)
        layout.addWidget(tip)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #a11;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(self.tr("Lock with this passphrase"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self.first.setFocus()     # ready to type, not on the button that locks

    def passphrase(self) -> str:
        return self.first.text()

    def _check(self) -> None:
        problem = None
        if len(self.first.text()) < MIN_PASSPHRASE:
            problem = self.tr("Please use at least {n} characters.").format(n=MIN_PASSPHRASE)
        elif self.first.text() != self.second.text():
            problem = self.tr("The two passphrases are not the same. Please type them again.")
        if problem is None:
            self.accept()
            return
        self.problem.setText(problem)
        self.problem.show()
