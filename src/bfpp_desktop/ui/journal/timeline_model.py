"""The timeline: entry summaries, newest first, fetched a page at a time."""
from collections.abc import Callable
from contextlib import contextmanager

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from bfpp_desktop.core.journal import EntrySummary
from bfpp_desktop.storage.journal import MATCH_END, MATCH_START
from bfpp_desktop.ui.journal.marks import highlighted_html, kind_text, plain_preview

SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 2
STARTS_MONTH_ROLE = Qt.ItemDataRole.UserRole + 3
PAGE_SIZE = 150

Fetch = Callable[[int, int], list[EntrySummary]]


def _readable(text: str) -> str:
    """One plain line without search markers: screen readers and type-ahead get words."""
    return plain_preview(text).replace(MATCH_START, "").replace(MATCH_END, "")


class TimelineModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[EntrySummary] = []
        self._starts_month: list[bool] = []   # worked out once per row, not per paint
        self._fetch: Fetch | None = None
        self._total = 0
        self._changing = False

    def set_rows(self, fetch: Fetch | None, total: int) -> None:
        """Show *total* rows that *fetch(offset, limit)* returns on demand."""
        with self._announcing():
            self.beginResetModel()
            self._fetch, self._total = fetch, total
            self._rows, self._starts_month = [], []
            self._append(fetch(0, PAGE_SIZE) if fetch and total else [])
            self.endResetModel()

    @contextmanager
    def _announcing(self):
        """Refuse fetchMore() from receivers of our change signals (views, the model tester).

        Fetching then would ask for the same offset twice (duplicate rows), or insert rows
        that receivers not yet told of a reset would count against the old model.
        """
        self._changing = True
        try:
            yield
        finally:
            self._changing = False

    def _append(self, rows: list[EntrySummary]) -> None:
        for row in rows:
            last = self._rows[-1].entry_date if self._rows else None
            self._starts_month.append(last is None or (last.year, last.month) !=
                                      (row.entry_date.year, row.entry_date.month))
            self._rows.append(row)

    @property
    def total(self) -> int:
        return self._total

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return (not parent.isValid() and not self._changing and self._fetch is not None
                and len(self._rows) < self._total)

    def fetchMore(self, parent=QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        more = self._fetch(len(self._rows), PAGE_SIZE)
        if not more:
            self._total = len(self._rows)
            return
        with self._announcing():
            self.beginInsertRows(QModelIndex(), len(self._rows),
                                 len(self._rows) + len(more) - 1)
            self._append(more)
            self.endInsertRows()

    def summary_at(self, row: int) -> EntrySummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, entry_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == entry_id), -1)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        row = self.summary_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.entry_date.isoformat()} · {kind_text(row.kind, row.outcome)} · " \
                   f"{_readable(row.title)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.data(index) + " · " + _readable(row.preview)[:120]
        if role == SUMMARY_ROLE:
            return row
        if role == ENTRY_ID_ROLE:
            return row.id
        if role == STARTS_MONTH_ROLE:
            return self._starts_month[index.row()]
        return None

    def title_html(self, row: EntrySummary) -> str:
        return highlighted_html(row.title) if row.title else ""

    def preview_html(self, row: EntrySummary) -> str:
        return highlighted_html(plain_preview(row.preview))
