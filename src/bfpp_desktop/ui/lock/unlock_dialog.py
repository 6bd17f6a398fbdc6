"""Asking for the passphrase at start: a plain dialog; a wrong one is said in it."""
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QVBoxLayout)

from bfpp_desktop.storage.errors import WrongPassphraseError
from bfpp_desktop.ui.lock.passphrase_field import PassphraseField
from bfpp_desktop.ui.widgets.styles import make_hint


class UnlockDialog(QDialog):
    def __init__(self, folder: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your records are locked"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Type your passphrase to open your records."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        where = QLabel(folder, self)
        make_hint(where)
        layout.addWidget(where)
        self.field = PassphraseField(self)
        layout.addWidget(self.field)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a11;")
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(self)
        self.open_button = buttons.addButton(self.tr("Open"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.field.edit.setFocus()

    def say_wrong(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()
        self.field.clear()
        self.field.edit.setFocus()


def ask_until_open(folder, try_open):
    """Ask for the passphrase until *try_open*(passphrase) returns something (a session)
    or the caregiver cancels (None). *try_open* raises WrongPassphraseError for a wrong
    one, which the dialog says before asking again; nothing is written meanwhile."""
    dialog = UnlockDialog(str(folder))
    while dialog.exec() == QDialog.DialogCode.Accepted:
        try:
            return try_open(dialog.field.text())
        except WrongPassphraseError as wrong:
            dialog.say_wrong(f"{wrong.title}. {wrong.advice}")
    return None
