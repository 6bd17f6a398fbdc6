"""File > Backups…: the backups there are, a backup now, a restore, and its undo.

Built in code: it is a list of what is saved and a few buttons. A restore is asked
for here and confirmed; the BackupKeeper's restore_requested hands it to the
application, which closes this window and the main window, restores through the
session, and opens both again on the restored data.
"""
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, QTime
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog,
                               QHBoxLayout, QHeaderView, QLabel, QPushButton, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from bfpp_desktop.core import paths
from bfpp_desktop.storage import backup, backup_check
from bfpp_desktop.storage.errors import KnownError
from bfpp_desktop.ui.backups.keeper import BackupKeeper
from bfpp_desktop.ui.errors import attempt
from bfpp_desktop.ui.widgets.confirm import confirm_destructive
from bfpp_desktop.ui.widgets.formatting import long_date
from bfpp_desktop.ui.widgets.styles import WARNING_SIGN, error_style, make_heading, make_hint

COL_WHEN, COL_WHY, COL_HOLDS, COL_SIZE = range(4)
PATH_ROLE = Qt.ItemDataRole.UserRole


class BackupsWindow(QDialog):
    def __init__(self, keeper: BackupKeeper, parent: QWidget | None = None):
        super().__init__(parent)
        self.keeper = keeper
        self.setObjectName("backupsWindow")
        self.setWindowTitle(self.tr("Backups"))
        self.backups: list[backup.BackupInfo] = []

        heading = QLabel(self.tr("Backups"))
        make_heading(heading, 1.4)
        about = QLabel(self.tr(
            "A copy of everything, photos included, is made when the app starts, every half "
            "hour while you work, and when you close it. One copy is kept for each of the "
            "last 7 days, 4 weeks and 12 months."))
        make_hint(about)
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(self.tr("Choose folder…"))
        self.choose_button.setToolTip(self.tr("Keep the backups on a USB stick or in a "
                                              "folder that is copied to another computer"))
        self.default_button = QPushButton(self.tr("Use the data folder"))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.choose_button)
        folder_row.addWidget(self.default_button)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("backupStatus")

        self.list = QTreeWidget()
        self.list.setAccessibleName(self.tr("Backups"))
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels([self.tr("Date"), self.tr("Made"), self.tr("What it holds"),
                                   self.tr("Size")])
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_WHEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_WHY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_HOLDS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_SIZE, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(self.tr("No backups yet. The first one is made in a moment, or "
                                    "now with “Back up now”."))
        make_hint(self.empty)

        self.back_up_button = QPushButton(self.tr("Back up now"))
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setToolTip(self.tr("Put back the data as it was in the chosen "
                                               "backup"))
        self.undo_button = QPushButton(self.tr("Undo restore"))
        self.undo_button.setToolTip(self.tr("Bring back what you had just before the "
                                            "last restore"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.back_up_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(about)
        layout.addLayout(folder_row)
        layout.addWidget(self.status)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(760, 480)

        self.back_up_button.clicked.connect(self._on_back_up)
        self.restore_button.clicked.connect(self._on_restore)
        self.undo_button.clicked.connect(self._on_undo_restore)
        self.choose_button.clicked.connect(self._on_choose_folder)
        self.default_button.clicked.connect(lambda: self._set_folder(None))
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(lambda *_: self._on_restore())
        keeper.made.connect(self._on_made)
        keeper.failed.connect(self._on_failed)
        keeper.busy_changed.connect(lambda _busy: self._update_buttons())
        self.refresh()
        self._show_status()

    # ----- what is shown --------------------------------------------------------------
    def refresh(self) -> None:
        folder = self.keeper.folder
        self.folder_label.setText(self.tr("Kept in: {folder}").format(folder=folder))
        self.default_button.setVisible(folder != paths.backups_dir(self.keeper.session.data_dir))
        self.backups = backup.list_backups(folder)
        self.list.clear()
        for info in self.backups:
            item = QTreeWidgetItem([when_text(info.created), reason_text(info.reason),
                                    self._holds(info), size_text(info.size)])
            item.setData(COL_WHEN, PATH_ROLE, str(info.path))
            item.setTextAlignment(COL_SIZE, Qt.AlignmentFlag.AlignRight
                                  | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
        self.list.setVisible(bool(self.backups))
        self.empty.setVisible(not self.backups)
        if self.backups:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self._update_buttons()

    def _holds(self, info: backup.BackupInfo) -> str:
        return " · ".join(holds(info))

    def show_message(self, text: str, problem: bool = False) -> None:
        self.status.setText(f"{WARNING_SIGN} {text}" if problem else text)
        self.status.setStyleSheet(error_style() if problem else "")

    def _show_status(self) -> None:
        keeper = self.keeper
        if keeper.last_problem is not None:
            self._on_failed(keeper.last_problem)
        elif keeper.kept_aside is not None:
            self.show_message(self.tr(
                "Your data is back as it was in the backup you chose. What you had just "
                "before is kept as a backup too: “Undo restore” brings it back."))
        elif keeper.busy:
            self.show_message(self.tr("Making a backup…"))
        elif keeper.last_made is not None:
            self.show_message(self.tr("Last backup: {when}.").format(
                when=when_text(keeper.last_made.created)))
        else:
            self.show_message("")

    def _update_buttons(self) -> None:
        busy = self.keeper.busy
        self.back_up_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy and self.selected() is not None)
        aside = self.keeper.kept_aside
        self.undo_button.setVisible(aside is not None)
        self.undo_button.setEnabled(not busy and aside is not None and aside.path.is_dir())

    def selected(self) -> backup.BackupInfo | None:
        item = self.list.currentItem()
        if item is None:
            return None
        path = Path(item.data(COL_WHEN, PATH_ROLE))
        return next((b for b in self.backups if b.path == path), None)

    # ----- what the caregiver does ----------------------------------------------------
    def _on_back_up(self) -> None:
        self.keeper.back_up(backup.BY_HAND, by_hand=True)
        self.show_message(self.tr("Making a backup…"))
        self._update_buttons()

    def _on_made(self, info: backup.BackupInfo) -> None:
        self.refresh()
        self.show_message(self.tr("Backed up just now: {holds}.").format(
            holds=self._holds(info)))

    def _on_failed(self, error: BaseException) -> None:
        if isinstance(error, KnownError):
            self.show_message(f"{error.title}. {error.message}", problem=True)
        else:
            self.show_message(self.tr("The last backup could not be made."), problem=True)
        self._update_buttons()

    def _on_restore(self) -> None:
        chosen = self.selected()
        if chosen is None or self.keeper.busy:
            return
        # A damaged backup is refused here, before anything closes.
        if attempt(self, backup_check.check_backup, chosen.path) is None:
            return
        if confirm_destructive(
                self, self.tr("Restore this backup?"),
                self.tr("Put your data back as it was on {when}?").format(
                    when=when_text(chosen.created)),
                self.tr("The backup holds {holds}. What you have now is kept as a backup "
                        "first, so you can undo this restore.").format(
                    holds=self._holds(chosen)),
                self.tr("Restore")):
            self.keeper.restore_requested.emit(chosen.path)

    def _on_undo_restore(self) -> None:
        aside = self.keeper.kept_aside
        if aside is None or self.keeper.busy:
            return
        if confirm_destructive(
                self, self.tr("Undo the restore?"),
                self.tr("Bring back your data as it was just before the restore, on {when}?")
                .format(when=when_text(aside.created)),
                self.tr("What you have now is kept as a backup first."),
                self.tr("Undo restore")):
            self.keeper.restore_requested.emit(aside.path)

    def _on_choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a folder for backups"), str(self.keeper.folder))
        if chosen:
            self._set_folder(Path(chosen))

    def _set_folder(self, folder: Path | None) -> None:
        self.keeper.choose_folder(folder)
        self.refresh()
        self.keeper.back_up(backup.BY_HAND, by_hand=True)   # so the new place holds a copy
        self.show_message(self.tr("Making a backup…"))


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def holds(info: backup.BackupInfo) -> list[str]:
    """What a backup holds: '2 children', '1 journal entry', '14 photos'."""
    translate = QCoreApplication.translate
    return [translate("Backups", "%n children", None, info.children),
            translate("Backups", "%n journal entries", None, info.entries),
            translate("Backups", "%n photos", None, len(info.photos))]


def when_text(moment: datetime, today: date | None = None) -> str:
    """'Today, 20:35', 'Yesterday, 09:10' or 'Tuesday 1 December 2026, 20:35'."""
    today = today or date.today()
    clock = QLocale().toString(QTime(moment.hour, moment.minute),
                               QLocale.FormatType.ShortFormat)
    if moment.date() == today:
        day = QCoreApplication.translate("Backups", "Today")
    elif moment.date() == today - timedelta(days=1):
        day = QCoreApplication.translate("Backups", "Yesterday")
    else:
        day = long_date(moment.date())
    return f"{day}, {clock}"


_REASONS = {
    backup.AT_START: QT_TRANSLATE_NOOP("Backups", "when the app started"),
    backup.EVERY_HALF_HOUR: QT_TRANSLATE_NOOP("Backups", "while you worked"),
    backup.AT_CLOSE: QT_TRANSLATE_NOOP("Backups", "when the app closed"),
    backup.BY_HAND: QT_TRANSLATE_NOOP("Backups", "made by you"),
    backup.FROM_COMMAND_LINE: QT_TRANSLATE_NOOP("Backups", "from the command line"),
    backup.BEFORE_UPDATE: QT_TRANSLATE_NOOP("Backups", "before an update of the app"),
    backup.BEFORE_RESTORE: QT_TRANSLATE_NOOP("Backups", "kept aside before a restore"),
}


def reason_text(reason: str) -> str:
    return QCoreApplication.translate(
        "Backups", _REASONS.get(reason, QT_TRANSLATE_NOOP("Backups", "made by the app")))
