"""A child's people, grouped under their role, for the list on the People page."""
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from bfpp_desktop.core.contacts import Contact, Role, group_by_role
from bfpp_desktop.ui.widgets.list_headings import HEADING_FLAGS, heading_data

CONTACT_ROLE = Qt.ItemDataRole.UserRole + 1
CONTACT_ID_ROLE = Qt.ItemDataRole.UserRole + 2


class ContactListModel(QAbstractListModel):
    """Rows are role headings (not selectable) followed by the people with that role.

    set_rows() takes every contact; set_filter() narrows them by search words.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._contacts: list[Contact] = []
        self._filter = ""
        self._rows: list[Role | Contact] = []

    def set_rows(self, contacts: list[Contact]) -> None:
        self._contacts = list(contacts)
        self._rebuild()

    def set_filter(self, words: str) -> None:
        self._filter = words.strip()
        self._rebuild()

    def _rebuild(self) -> None:
        shown = [c for c in self._contacts if not self._filter or c.matches(self._filter)]
        self.beginResetModel()
        self._rows = []
        for role, members in group_by_role(shown):
            self._rows.append(role)
            self._rows.extend(members)
        self.endResetModel()

    def contact_count(self) -> int:
        return sum(isinstance(r, Contact) for r in self._rows)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def row_of(self, contact_id: int | None) -> int:
        return next((i for i, r in enumerate(self._rows)
                     if isinstance(r, Contact) and r.id == contact_id), -1)

    def first_contact_row(self) -> int:
        return next((i for i, r in enumerate(self._rows) if isinstance(r, Contact)), -1)

    def flags(self, index: QModelIndex):
        if index.isValid() and isinstance(self._rows[index.row()], Role):
            return HEADING_FLAGS
        return super().flags(index)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if isinstance(row, Role):
            return heading_data(row.label, role)
        if role == Qt.ItemDataRole.DisplayRole:
            # The role words tell apart two people with the same name.
            detail = row.relation.strip() if row.role is not Role.OTHER else row.role_text
            if detail.casefold() == row.role.label.casefold():
                detail = ""   # the heading already says it
            if not row.may_share:
                detail = " · ".join(p for p in (detail, self.tr("private")) if p)
            return "   " + row.name + (f"  ({detail})" if detail else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.name} — {row.role_text}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.name}, {row.role_text}"
        if role == CONTACT_ROLE:
            return row
        if role == CONTACT_ID_ROLE:
            return row.id
        return None
