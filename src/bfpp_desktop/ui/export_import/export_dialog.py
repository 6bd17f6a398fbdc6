"""Choose what to export: everything, or the child shown and the people linked to them."""
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QLabel, QRadioButton,
                               QVBoxLayout)

from bfpp_desktop.core.children import Child
from bfpp_desktop.storage.lock import MIN_PASSPHRASE
from bfpp_desktop.ui.lock.passphrase_field import PassphraseField
from bfpp_desktop.ui.widgets.styles import make_heading, make_hint


class ExportDialog(QDialog):
    def __init__(self, children: list[Child], current: Child | None, parent=None,
                 locked: bool = False):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export records"))
        self._current = current
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        heading = QLabel(self.tr("Save the records in one file"), self)
        make_heading(heading, 1.3)
        layout.addWidget(heading)
        about = QLabel(self.tr(
            "The file holds the notes, the journal, people, plans, the bridge book and the "
            "photos. Use it to move to a new computer, or to give the records to another "
            "caregiver who uses this app; they choose File > Import…"), self)
        about.setWordWrap(True)
        layout.addWidget(about)
        names = ", ".join(c.display_name for c in children)
        self.everything = QRadioButton(
            self.tr("Everything ({names}), with our details for printouts").format(
                names=names) if children else self.tr("Everything"), self)
        self.one_child = QRadioButton(self)
        if current is not None:
            self.one_child.setText(self.tr("Only {name}, and the people linked to {name}")
                                   .format(name=current.display_name))
        else:
            self.one_child.setText(self.tr("Only one child (choose the child in the list first)"))
            self.one_child.setEnabled(False)
        self.everything.setChecked(True)
        layout.addWidget(self.everything)
        layout.addWidget(self.one_child)
        self.protect = QCheckBox(self.tr("Protect the file with a passphrase"), self)
        self.protect_field = PassphraseField(self)
        self.protect_field.setAccessibleName(self.tr("Passphrase for the file"))
        self.protect_field.setEnabled(False)
        self.protect.toggled.connect(self.protect_field.setEnabled)
        if locked:
            keep_safe = QLabel(self.tr(
                "The file is protected with your lock's passphrase: it opens only with "
                "that passphrase, also on another computer."), self)
        else:
            layout.addWidget(self.protect)
            layout.addWidget(self.protect_field)
            keep_safe = QLabel(self.tr(
                "Without a passphrase, anyone who has the file can read everything in it. "
                "Keep it somewhere only you can open, and delete copies you no longer "
                "need."), self)
        self.protect.setVisible(not locked)
        self.protect_field.setVisible(not locked)
        make_hint(keep_safe)
        layout.addWidget(keep_safe)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #a11;")
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = buttons.addButton(self.tr("Export…"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _check(self) -> None:
        if self.protect.isChecked() and len(self.protect_field.text()) < MIN_PASSPHRASE:
            self.problem.setText(self.tr("Please use a passphrase of at least {n} "
                                         "characters.").format(n=MIN_PASSPHRASE))
            self.problem.show()
            return
        self.accept()

    def passphrase(self) -> str | None:
        """The passphrase chosen for the file; None for none (or the lock's own)."""
        return self.protect_field.text() if self.protect.isChecked() else None

    def chosen_child(self) -> Child | None:
        """The child to export alone, or None for everything."""
        return self._current if self.one_child.isChecked() else None
