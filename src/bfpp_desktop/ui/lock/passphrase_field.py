"""A passphrase line: hidden as it is typed, with a Show toggle."""
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QWidget


class PassphraseField(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setMinimumWidth(260)
        self.show_box = QCheckBox(self.tr("Show"), self)
        self.show_box.toggled.connect(lambda shown: self.edit.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.show_box)
        # The label beside the field, its access key and a screen reader reach the line.
        self.setFocusProxy(self.edit)

    def text(self) -> str:
        return self.edit.text()

    def clear(self) -> None:
        self.edit.clear()
