"""Journal: the child's timeline with filters and search, one entry in full,
follow-ups still to do, and family time per month."""
from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import (QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListView,
                               QListWidget, QListWidgetItem, QMessageBox, QPushButton, QSplitter,
                               QStackedWidget, QTabWidget, QVBoxLayout, QWidget)

from bfpp_desktop.actions import Changes, Kind
from bfpp_desktop.actions import journal as journal_actions
from bfpp_desktop.core.children import Child
from bfpp_desktop.core.dates import DateError
from bfpp_desktop.core.journal import EntryKind, JournalFilter
from bfpp_desktop.core.paths import database_path
from bfpp_desktop.reports.catalogue import JOURNAL_SUMMARY
from bfpp_desktop.storage import journal as store
from bfpp_desktop.ui.widgets.tab_order import follow_layout
from bfpp_desktop.ui.widgets.date_field import DateField
from bfpp_desktop.ui.errors import attempt, report
from bfpp_desktop.ui.widgets.formatting import short_date
from bfpp_desktop.ui.journal.chart import FamilyTimeChart, hours_text
from bfpp_desktop.ui.journal.detail import EntryDetail
from bfpp_desktop.ui.journal.editor import EntryEditor
from bfpp_desktop.ui.journal.search_worker import SearchSignals, SearchTask, WorkerConnection
from bfpp_desktop.ui.journal.timeline_delegate import TimelineDelegate
from bfpp_desktop.ui.journal.timeline_model import ENTRY_ID_ROLE, TimelineModel
from bfpp_desktop.ui.widgets.child_page import ChildPage
from bfpp_desktop.ui.widgets.styles import make_heading, make_hint, show_field_message
from bfpp_desktop.ui.undo import perform

SEARCH_DELAY_MS = 150
SEARCH_LIMIT = 200
FOLLOW_UP_ROLE = Qt.ItemDataRole.UserRole + 1


class JournalPage(ChildPage):
    SHOWS = Kind.JOURNAL
    PRINTS = JOURNAL_SUMMARY.id

    def __init__(self, context, parent=None, today: date | None = None):
        super().__init__(context, parent)
        self._today = today
        self.editors: list[EntryEditor] = []
        # Typing and filter changes wait a moment so each keystroke does not query.
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        # Searches run here, one at a time; the page's sequence number marks the newest,
        # so results of a search overtaken by more typing are dropped.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)  # one lasting thread, so its connection is reused
        self._worker_connection = WorkerConnection(database_path(context.data_dir))
        self.search_signals = SearchSignals(self)
        self.search_signals.found.connect(self._on_found)
        self.search_signals.failed.connect(self._on_search_failed)
        self._sequence = 0
        self._queued: SearchTask | None = None
        self._pending: tuple | None = None  # (sequence, filter, text, entry to select)
        self._build()

    @property
    def today(self) -> date:
        return self._today or date.today()

    # ----- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setAccessibleName(self.tr("Search the journal"))
        self.search.setPlaceholderText(self.tr("Search notes, titles and summaries…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.refresh)
        self.new_button = QPushButton(self.tr("New entry…"), self)
        self.new_button.setToolTip(self.tr("Ctrl+N from anywhere"))
        self.new_button.clicked.connect(self.new_entry)

        self.kind_filter = QComboBox(self)
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in EntryKind:
            self.kind_filter.addItem(kind.label, kind)
        self.tag_filter = QComboBox(self)
        self.from_date = DateField(self)
        self.from_date.setAccessibleName(self.tr("Entries from"))
        self.to_date = DateField(self)
        self.to_date.setAccessibleName(self.tr("Entries until"))
        # Short placeholders fit the narrow boxes; the tooltip gives the format.
        for field, hint in ((self.from_date, self.tr("From")), (self.to_date, self.tr("To"))):
            field.edit.setPlaceholderText(hint)
            field.edit.setToolTip(self.tr("A date as year-month-day, e.g. 2024-03-15, "
                                          "or pick one from the calendar"))
            field.edit.setMinimumWidth(100)
            field.reading.hide()
            field.edited.connect(self._search_timer.start)
        self.with_photos = QCheckBox(self.tr("With photos"), self)
        self.with_share = QCheckBox(self.tr("With a “to share” summary"), self)
        self.clear_button = QPushButton(self.tr("Show all"), self)
        self.clear_button.clicked.connect(self.clear_filters)
        for combo in (self.kind_filter, self.tag_filter):
            combo.currentIndexChanged.connect(self._search_timer.start)
        for box in (self.with_photos, self.with_share):
            box.toggled.connect(self._search_timer.start)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        # Two short rows rather than one long one, so the page fits a small laptop screen.
        for combo in (self.kind_filter, self.tag_filter):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
        filters = QGridLayout()
        filters.addWidget(self.kind_filter, 0, 0)
        filters.addWidget(self.tag_filter, 0, 1)
        filters.addWidget(self.with_photos, 0, 2)
        filters.addWidget(self.with_share, 1, 2, Qt.AlignmentFlag.AlignTop)
        filters.addWidget(self.from_date, 1, 0, Qt.AlignmentFlag.AlignTop)
        filters.addWidget(self.to_date, 1, 1, Qt.AlignmentFlag.AlignTop)
        filters.addWidget(self.clear_button, 0, 3)
        filters.setColumnStretch(4, 1)
        self.filter_message = QLabel(self)
        show_field_message(self.filter_message, None)
        self.count_label = QLabel(self)
        make_hint(self.count_label)

        self.model = TimelineModel(self)
        self.timeline = QListView(self)
        self.timeline.setModel(self.model)
        self.timeline.setItemDelegate(TimelineDelegate(self.timeline))
        self.timeline.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.timeline.setAccessibleName(self.tr("Journal entries"))
        self.timeline.selectionModel().currentChanged.connect(self._on_current_changed)
        self.timeline.doubleClicked.connect(lambda _i: self.edit_entry())

        self.detail = EntryDetail(self.context.data_dir, self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.edit_button.clicked.connect(self.edit_entry)
        self.delete_button.clicked.connect(self.delete_entry)
        entry_tab = QWidget(self)
        entry_column = QVBoxLayout(entry_tab)
        entry_column.addWidget(self.detail, 1)
        entry_buttons = QHBoxLayout()
        entry_buttons.addWidget(self.edit_button)
        entry_buttons.addStretch(1)
        entry_buttons.addWidget(self.delete_button)
        entry_column.addLayout(entry_buttons)

        self.follow_ups = QListWidget(self)
        self.follow_ups.itemChanged.connect(self._on_follow_up_checked)
        self.follow_ups.itemDoubleClicked.connect(self._on_follow_up_opened)
        follow_tab = QWidget(self)
        follow_column = QVBoxLayout(follow_tab)
        follow_hint = QLabel(self.tr("Things you wanted to follow up. Tick one when it is done."),
                             self)
        make_hint(follow_hint)
        follow_column.addWidget(follow_hint)
        follow_column.addWidget(self.follow_ups, 1)

        self.chart = FamilyTimeChart(self)
        self.chart_caption = QLabel(self)
        self.chart_caption.setWordWrap(True)
        chart_tab = QWidget(self)
        chart_column = QVBoxLayout(chart_tab)
        chart_column.addWidget(self.chart_caption)
        chart_column.addWidget(self.chart, 1)

        self.side_tabs = QTabWidget(self)
        self.side_tabs.addTab(entry_tab, self.tr("Entry"))
        self.side_tabs.addTab(follow_tab, self.tr("Follow-ups"))
        self.side_tabs.addTab(chart_tab, self.tr("Family time"))

        splitter = QSplitter(self)
        splitter.addWidget(self.timeline)
        splitter.addWidget(self.side_tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 420])

        full = QWidget(self)
        column = QVBoxLayout(full)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addLayout(filters)
        column.addWidget(self.filter_message)
        column.addWidget(self.count_label)
        column.addWidget(splitter, 1)

        empty = QWidget(self)
        empty_column = QVBoxLayout(empty)
        empty_column.addStretch(1)
        self.empty_title = QLabel(self)
        make_heading(self.empty_title, 1.4)
        self.empty_text = QLabel(self.tr(
            "A few words after family time, a phone call or a good day help you remember "
            "and share the small things. Entries are private unless you write a summary "
            "to share."), self)
        make_hint(self.empty_text)
        self.empty_button = QPushButton(self.tr("Write the first entry"), self)
        self.empty_button.clicked.connect(self.new_entry)
        for widget in (self.empty_title, self.empty_text):
            widget.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            empty_column.addWidget(widget)
        empty_column.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_column.addStretch(2)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(full)
        self.stack.addWidget(empty)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.addWidget(self.stack)
        follow_layout(self)

    # ----- ChildPage ----------------------------------------------------------------------------
    def show_child(self, child: Child | None) -> None:
        if child is None:
            return
        self._fill_tags()
        self.refresh()
        self.refresh_side()

    def focus_search(self) -> bool:
        self.stack.setCurrentIndex(0)
        self.search.setFocus()
        self.search.selectAll()
        return True

    # ----- filters and the timeline -----------------------------------------------------------
    def _fill_tags(self) -> None:
        current = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All tags"), "")
        for tag in attempt(self, store.all_tags, self.context.db, self.child.id) or []:
            self.tag_filter.addItem(f"#{tag}", tag)
        self.tag_filter.setCurrentIndex(max(self.tag_filter.findData(current), 0))
        self.tag_filter.blockSignals(False)

    def current_filter(self) -> JournalFilter | None:
        """The filters set, or None (with a message shown) when a date cannot be read."""
        try:
            start, end = self.from_date.date(), self.to_date.date()
        except DateError as exc:
            show_field_message(self.filter_message, str(exc))
            return None
        if start and end and end < start:
            show_field_message(self.filter_message,
                               self.tr("The “to” date is before the “from” date."))
            return None
        show_field_message(self.filter_message, None)
        kind = self.kind_filter.currentData()
        return JournalFilter(kinds=(EntryKind(kind),) if kind else (), tag=self.tag_filter.currentData() or "",
                             start=start, end=end, has_photos=self.with_photos.isChecked(),
                             has_share_summary=self.with_share.isChecked())

    def clear_filters(self) -> None:
        for widget in (self.kind_filter, self.tag_filter):
            widget.setCurrentIndex(0)
        for field in (self.from_date, self.to_date):
            field.set_text("")
        for box in (self.with_photos, self.with_share):
            box.setChecked(False)
        self.search.clear()
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        """Reload the timeline for the current search and filters.

        A search runs in the background and fills the timeline when it is done; the
        plain listing is read here, a page at a time, which is quick.
        """
        self._search_timer.stop()
        if self.child is None:
            return
        filt = self.current_filter()
        if filt is None:
            return
        self._sequence += 1  # whatever search is still running is now out of date
        self._pending = None
        db, child_id, text = self.context.db, self.child.id, self.search.text()
        current = self.timeline.currentIndex().data(ENTRY_ID_ROLE)
        keep = select_id if select_id is not None else current
        if text.strip():
            self._start_search(text, filt, keep)
            return
        total = attempt(self, store.count_entries, db, child_id, filt)
        if total is None:
            return
        self.model.set_rows(
            lambda offset, limit: store.list_entries(db, child_id, filt, limit=limit,
                                                     offset=offset), total)
        self.count_label.setText(self.tr("%n entries", "", total))
        self._show_timeline(filt, text, keep)

    @property
    def searching(self) -> bool:
        """True while the newest search has not reported back."""
        return self._pending is not None

    def _start_search(self, text: str, filt: JournalFilter, keep: int | None) -> None:
        if self._queued is not None:
            self._pool.tryTake(self._queued)  # out of date before it even started
        task = SearchTask(self.search_signals, self._worker_connection, self._sequence,
                          self.child.id, text, filt, SEARCH_LIMIT)
        self._queued = task
        self._pending = (self._sequence, filt, text, keep)
        self.count_label.setText(self.tr("Searching…"))
        self._pool.start(task)

    def _on_found(self, sequence: int, rows: list) -> None:
        if self._pending is None or self._pending[0] != sequence:
            return  # the caregiver typed more (or changed a filter) since this search began
        _seq, filt, text, keep = self._pending
        self._pending = None
        self.model.set_rows(lambda offset, limit: rows[offset:offset + limit], len(rows))
        self.count_label.setText(
            self.tr("%n found", "", len(rows)) if len(rows) < SEARCH_LIMIT else
            self.tr("Showing the newest {n}; add a word to narrow the search.").format(
                n=len(rows)))
        self._show_timeline(filt, text, keep)

    def _on_search_failed(self, sequence: int, exc: Exception) -> None:
        if self._pending is None or self._pending[0] != sequence:
            return
        self._pending = None
        self.count_label.setText("")
        report(self, exc)

    def _show_timeline(self, filt: JournalFilter, text: str, keep: int | None) -> None:
        everything = filt == JournalFilter() and not text.strip()
        empty = everything and self.model.total == 0
        if not everything and self.model.total == 0:
            self.count_label.setText(self.no_match_text(text))
        self.empty_title.setText(self.tr("{name}'s journal is empty").format(
            name=self.child.display_name))
        self.stack.setCurrentIndex(1 if empty else 0)
        self._select(keep)

    def no_match_text(self, text: str) -> str:
        """What to say, and what to try, when a search or the filters find nothing."""
        if text.strip():
            return self.tr("Nothing matches “{words}”. Try one shorter word, check the "
                           "spelling, or press Show all to clear the dates and filters."
                           ).format(words=text.strip())
        return self.tr("No entries match these filters. Try a wider date range, or press "
                       "Show all.")

    def _select(self, entry_id: int | None) -> None:
        row = self.model.row_of(entry_id) if entry_id is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            index, selection = self.model.index(row), self.timeline.selectionModel()
            unchanged = selection.currentIndex() == index
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            if unchanged:   # Qt says nothing then; the entry itself may have changed
                self._on_current_changed(index, None)
        else:
            self.detail.show_entry(None)
        self.edit_button.setEnabled(row >= 0)
        self.delete_button.setEnabled(row >= 0)

    def _on_current_changed(self, current, _previous) -> None:
        entry_id = current.data(ENTRY_ID_ROLE) if current.isValid() else None
        entry = attempt(self, store.get_entry, self.context.db, entry_id) if entry_id else None
        self.detail.show_entry(entry)

    def show_entry(self, entry_id: int) -> None:
        """Show one entry on the timeline (filters cleared so it is surely listed)."""
        self.clear_filters()
        self.refresh(select_id=entry_id)

    def current_entry_id(self) -> int | None:
        return self.timeline.currentIndex().data(ENTRY_ID_ROLE)

    # ----- follow-ups and chart ---------------------------------------------------------------
    def refresh_side(self) -> None:
        if self.child is None:
            return
        db, child_id = self.context.db, self.child.id
        follow_ups = attempt(self, store.open_follow_ups, db, child_id) or []
        self.follow_ups.blockSignals(True)
        self.follow_ups.clear()
        for follow in follow_ups:
            when = (self.tr("by {date}").format(date=short_date(follow.due, self.today))
                    if follow.due else self.tr("no date"))
            overdue = follow.due is not None and follow.due < self.today
            due = self.tr("due")   # outside the f-string, where lupdate finds it
            text = f"{follow.text} — {when}" + (f" · {due}" if overdue else "")
            item = QListWidgetItem(text, self.follow_ups)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(FOLLOW_UP_ROLE, follow.entry_id)
            item.setToolTip(self.tr("From “{title}”, {date}").format(
                title=follow.title, date=short_date(follow.entry_date, self.today)))
        if not follow_ups:
            QListWidgetItem(self.tr("Nothing to follow up right now."), self.follow_ups)
        self.follow_ups.blockSignals(False)
        self.side_tabs.setTabText(1, self.tr("Follow-ups ({n})").format(n=len(follow_ups))
                                  if follow_ups else self.tr("Follow-ups"))
        months = attempt(self, store.family_time_by_month, db, child_id, self.today) or []
        self.chart.set_months(months)
        self.chart_caption.setText(self.tr(
            "Family time that happened in the last 12 months: %n visits, {hours} hours. "
            "Cancelled and missed visits are not counted.", "",
            sum(m.count for m in months)).format(
            hours=hours_text(sum(m.minutes for m in months))))

    def _on_follow_up_checked(self, item: QListWidgetItem) -> None:
        entry_id = item.data(FOLLOW_UP_ROLE)
        if entry_id is None or item.checkState() != Qt.CheckState.Checked:
            return
        # Later, so the list is not rebuilt (by the change's refresh) inside its own signal.
        QTimer.singleShot(0, lambda: perform(self.context, self,
                                             journal_actions.set_follow_up_done, entry_id))

    def _on_follow_up_opened(self, item: QListWidgetItem) -> None:
        entry_id = item.data(FOLLOW_UP_ROLE)
        if entry_id is not None:
            self.clear_filters()
            self.refresh(select_id=entry_id)
            self.side_tabs.setCurrentIndex(0)

    # ----- editing -----------------------------------------------------------------------------
    def new_entry(self) -> EntryEditor | None:
        return self._open_editor(None)

    def edit_entry(self) -> EntryEditor | None:
        entry_id = self.current_entry_id()
        entry = attempt(self, store.get_entry, self.context.db, entry_id) if entry_id else None
        return self._open_editor(entry) if entry else None

    def _open_editor(self, entry) -> EntryEditor | None:
        if self.child is None:
            return None
        entry_id = entry.id if entry else None
        for open_editor in self.editors:
            # One window per entry: two would overwrite each other's draft.
            if open_editor.child.id != self.child.id or open_editor.original_id != entry_id \
                    or not open_editor.isVisible():
                continue
            if entry_id is not None:
                open_editor.raise_()
                open_editor.activateWindow()
                return open_editor
            # A new entry always starts in a fresh window: the open one closes, keeping its
            # typing as the draft, which the fresh window offers back (or lets go: Start fresh).
            open_editor.close()
        editor = EntryEditor(self.context, self.child, entry, self.window(), today=self.today)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.entry_saved.connect(self._on_entry_saved)
        editor.destroyed.connect(lambda _o=None, e=editor: self.editors.remove(e)
                                 if e in self.editors else None)
        self.editors.append(editor)
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor

    def close_editors(self) -> None:
        for editor in list(self.editors):
            editor.close()

    def _status(self):
        return self.window().statusBar() if hasattr(self.window(), "statusBar") else None

    def _on_entry_saved(self, _entry_id: int) -> None:
        if (status := self._status()) is not None:
            status.showMessage(self.tr("Journal entry saved."), 4000)

    def refresh_for(self, changes: Changes) -> None:
        """Show the stored state after a change to this child's journal (here, in another
        window, or by Ctrl+Z and redo); the change's own message may follow."""
        if (status := self._status()) is not None:
            status.clearMessage()  # "deleted…" or "saved" may no longer tell the truth
        self._fill_tags()
        self.refresh(select_id=changes.record_id)
        self.refresh_side()

    def delete_entry(self) -> None:
        entry_id = self.current_entry_id()
        if entry_id is None:
            return
        entry = attempt(self, store.get_entry, self.context.db, entry_id)
        if entry is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete this entry?"),
                          self.tr("Delete this journal entry and its photos?"),
                          QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
                          self)
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("Delete"))
        box.setInformativeText(self.tr("You can bring it back with Edit > Undo (Ctrl+Z)."))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() != QMessageBox.StandardButton.Ok:
            return
        # The photo files stay until the delete can no longer be undone (see ui/undo.py).
        if perform(self.context, self, journal_actions.delete_entry, entry_id) is None:
            return
        if (status := self._status()) is not None:
            status.showMessage(self.tr("Journal entry deleted. Ctrl+Z brings it back."), 5000)
