"""Choose someone already saved, to add them to another child's circle."""
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QListView, QVBoxLayout

from bfpp_desktop.core.contacts import Contact
from bfpp_desktop.ui.contacts.list_model import CONTACT_ROLE, ContactListModel
from bfpp_desktop.ui.widgets.styles import make_hint


class ContactPicker(QDialog):
    def __init__(self, contacts: list[Contact], child_name: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add someone already saved"))
        self.resize(420, 480)
        intro = QLabel(self.tr(
            "People saved for your other children. Choose who is also part of "
            "{name}'s circle, for example a shared birth parent or caseworker.").format(
                name=child_name), self)
        make_hint(intro)
        self.search_edit = QLineEdit(self)
        self.search_edit.setAccessibleName(self.tr("Search people"))
        self.search_edit.setPlaceholderText(self.tr("Search by name, role or number"))
        self.search_edit.setClearButtonEnabled(True)
        self.model = ContactListModel(self)
        self.model.set_rows(contacts)
        self.list_view = QListView(self)
        self.list_view.setAccessibleName(self.tr("People to choose from"))
        self.list_view.setModel(self.model)
        self.list_view.doubleClicked.connect(self._on_double_clicked)
        self.search_edit.textChanged.connect(self._on_search)
        self._select_first()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.list_view)
        layout.addWidget(self.buttons)

    def _on_search(self, words: str) -> None:
        self.model.set_filter(words)
        self._select_first()

    def _select_first(self) -> None:
        row = self.model.first_contact_row()
        if row >= 0:
            self.list_view.setCurrentIndex(self.model.index(row))

    def chosen(self) -> Contact | None:
        return self.list_view.currentIndex().data(CONTACT_ROLE)

    def _on_double_clicked(self, index) -> None:
        if index.data(CONTACT_ROLE) is not None:
            self.accept()

    def _on_accept(self) -> None:
        if self.chosen() is not None:
            self.accept()
