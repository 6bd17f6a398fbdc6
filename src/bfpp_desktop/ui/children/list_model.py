"""The children for the list on the left: in my care, then after going home and (when shown)
those whose placement ended, each group under its heading once a placement has ended."""
from datetime import date

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from bfpp_desktop.core.children import Child, ListGroup, grouped_for_list, stage_short_name
from bfpp_desktop.ui.widgets.list_headings import HEADING_FLAGS, heading_data
from bfpp_desktop.ui.widgets.formatting import age_text, short_date

CHILD_ROLE = Qt.ItemDataRole.UserRole + 1
CHILD_ID_ROLE = Qt.ItemDataRole.UserRole + 2


class ChildListModel(QAbstractListModel):
    def __init__(self, parent=None, today: date | None = None):
        super().__init__(parent)
        self._rows: list[ListGroup | Child] = []
        self._today = today

    def set_rows(self, children: list[Child]) -> None:
        groups = grouped_for_list(children)
        # Headings only once some placement has ended: a list of children in care has none.
        headed = any(group != ListGroup.IN_CARE for group, _members in groups)
        self.beginResetModel()
        self._rows = []
        for group, members in groups:
            if headed:
                self._rows.append(group)
            self._rows.extend(members)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def row_of(self, child_id: int) -> int:
        return next((i for i, c in enumerate(self._rows)
                     if isinstance(c, Child) and c.id == child_id), -1)

    def child_at(self, row: int) -> Child | None:
        found = self._rows[row] if 0 <= row < len(self._rows) else None
        return found if isinstance(found, Child) else None

    def first_child_row(self) -> int:
        return next((i for i, r in enumerate(self._rows) if isinstance(r, Child)), -1)

    def flags(self, index: QModelIndex):
        if index.isValid() and isinstance(self._rows[index.row()], ListGroup):
            return HEADING_FLAGS
        return super().flags(index)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if isinstance(row, ListGroup):
            return heading_data(row.label, role)
        child = row
        if role == Qt.ItemDataRole.DisplayRole:
            details = [age_text(child, self._today or date.today()), self._where(child)]
            return child.display_name + "\n" + " · ".join(d for d in details if d)
        if role == Qt.ItemDataRole.ToolTipRole:
            return child.full_name
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if child.placement_ended:
                return self.tr("{name}, {ended}").format(name=child.display_name,
                                                          ended=self._where(child))
            return child.display_name
        if role == CHILD_ROLE:
            return child
        if role == CHILD_ID_ROLE:
            return child.id
        return None

    def _where(self, child: Child) -> str:
        """The stage while in care; once the placement ended, that it ended and when."""
        when = short_date(child.ended_on, self._today or date.today())
        if child.went_home:
            return self.tr("Went home {date}").format(date=when)
        if child.placement_ended:
            return self.tr("Ended {date}").format(date=when).strip()
        return self.tr("Stage {n} · {name}").format(n=child.stage,
                                                     name=stage_short_name(child.stage))
