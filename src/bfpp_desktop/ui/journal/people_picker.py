"""Who took part: tick people from the child's circle; anyone else is typed as before."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from bfpp_desktop.core.contacts import Contact, group_by_role

CONTACT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2


class PeoplePicker(QListWidget):
    """A checkable list of the child's people ("Rosa Ortiz · Birth parent")."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("peoplePicker")
        self.setToolTip(self.tr("Tick the people from the child's list who took part"))

    def set_people(self, contacts: list[Contact]) -> None:
        """Family first, then the people who work with the family (as on the People page)."""
        self.clear()
        for _role, members in group_by_role(contacts):
            for contact in members:
                self._add(contact.id, contact.name, contact.role_text)
        self._fit()

    def _add(self, contact_id: int, name: str, role_text: str = "") -> QListWidgetItem:
        item = QListWidgetItem(f"{name} · {role_text}" if role_text else name, self)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        item.setData(CONTACT_ID_ROLE, contact_id)
        item.setData(NAME_ROLE, name)
        return item

    def set_checked(self, chosen: dict[int, str]) -> None:
        """Tick these contacts ({id: name as the entry has it}).

        Someone no longer on the child's list (taken off it since) is added back as a
        row, so editing the entry does not quietly drop the link.
        """
        left = dict(chosen)
        for row in range(self.count()):
            item = self.item(row)
            ticked = left.pop(item.data(CONTACT_ID_ROLE), None) is not None
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        for contact_id, name in left.items():
            self._add(contact_id, name).setCheckState(Qt.CheckState.Checked)
        self._fit()

    def _fit(self) -> None:
        """As tall as its rows (up to six), so a short list leaves no empty box."""
        self.setVisible(self.count() > 0)
        if self.count():
            rows = min(self.count(), 6)
            self.setFixedHeight(rows * self.sizeHintForRow(0) + 2 * self.frameWidth() + 4)

    def checked(self) -> list[tuple[str, int]]:
        """(name, contact id) of each ticked person, in list order."""
        return [(self.item(row).data(NAME_ROLE), self.item(row).data(CONTACT_ID_ROLE))
                for row in range(self.count())
                if self.item(row).checkState() == Qt.CheckState.Checked]

    def item_for(self, contact_id: int) -> QListWidgetItem | None:
        for row in range(self.count()):
            if self.item(row).data(CONTACT_ID_ROLE) == contact_id:
                return self.item(row)
        return None
