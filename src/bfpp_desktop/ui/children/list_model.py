"""The children in my care, for the list on the left."""
from datetime import date

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from bfpp_desktop.core.children import Child, stage_short_name
from bfpp_desktop.ui.widgets.formatting import age_text

CHILD_ROLE = Qt.ItemDataRole.UserRole + 1
CHILD_ID_ROLE = Qt.ItemDataRole.UserRole + 2


class ChildListModel(QAbstractListModel):
    def __init__(self, parent=None, today: date | None = None):
        super().__init__(parent)
        self._rows: list[Child] = []
        self._today = today

    def set_rows(self, children: list[Child]) -> None:
        self.beginResetModel()
        self._rows = list(children)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def row_of(self, child_id: int) -> int:
        return next((i for i, c in enumerate(self._rows) if c.id == child_id), -1)

    def child_at(self, row: int) -> Child | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        child = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            details = [age_text(child, self._today or date.today()),
                       self.tr("Stage {n} · {name}").format(
                           n=child.stage, name=stage_short_name(child.stage))]
            return child.display_name + "\n" + " · ".join(d for d in details if d)
        if role == Qt.ItemDataRole.ToolTipRole:
            return child.full_name
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return child.display_name
        if role == CHILD_ROLE:
            return child
        if role == CHILD_ID_ROLE:
            return child.id
        return None
