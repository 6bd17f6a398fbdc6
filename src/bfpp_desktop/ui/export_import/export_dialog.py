"""Choose what to export: everything, or the child shown and the people linked to them."""
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QRadioButton, QVBoxLayout)

from bfpp_desktop.core.children import Child
from bfpp_desktop.ui.widgets.styles import make_heading, make_hint


class ExportDialog(QDialog):
    def __init__(self, children: list[Child], current: Child | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export Records"))
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
        keep_safe = QLabel(self.tr(
            "Anyone who has the file can read everything in it. Keep it somewhere only you "
            "can open, and delete copies you no longer need."), self)
        make_hint(keep_safe)
        layout.addWidget(keep_safe)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = buttons.addButton(self.tr("Export…"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def chosen_child(self) -> Child | None:
        """The child to export alone, or None for everything."""
        return self._current if self.one_child.isChecked() else None
