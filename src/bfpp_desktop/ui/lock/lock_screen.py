"""The lock screen: stands in for the window's content until the passphrase is typed."""
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from bfpp_desktop.ui.lock.passphrase_field import PassphraseField
from bfpp_desktop.ui.widgets.styles import make_heading, make_hint


class LockScreen(QWidget):
    unlock_requested = Signal(str)   # the passphrase typed

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAutoFillBackground(True)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        box = QWidget(self)
        box.setFixedWidth(460)
        layout = QVBoxLayout(box)
        title = QLabel(self.tr("Locked"), box)
        make_heading(title, 1.8)
        layout.addWidget(title)
        text = QLabel(self.tr("Your records are hidden while you are away. Type your "
                              "passphrase to carry on where you were; nothing you were "
                              "typing is lost."), box)
        text.setWordWrap(True)
        layout.addWidget(text)
        self.field = PassphraseField(box)
        self.field.edit.returnPressed.connect(self._on_unlock)
        layout.addWidget(self.field)
        self.problem = QLabel(box)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a11;")
        self.problem.hide()
        layout.addWidget(self.problem)
        self.unlock_button = QPushButton(self.tr("Unlock"), box)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._on_unlock)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignLeft)
        hint = QLabel(self.tr("Forgot it? Look for your recovery sheet."), box)
        make_hint(hint)
        layout.addWidget(hint)
        # Centred between stretches, not by alignment: an aligned widget gets only its
        # size hint, which cuts off the wrapped lines.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def _on_unlock(self) -> None:
        self.unlock_requested.emit(self.field.text())

    def say_wrong(self) -> None:
        self.problem.setText(self.tr("That passphrase does not open your records. Check "
                                     "the Caps Lock key and try again."))
        self.problem.show()
        self.field.clear()
        self.field.edit.setFocus()

    def reset(self) -> None:
        self.problem.hide()
        self.field.clear()
