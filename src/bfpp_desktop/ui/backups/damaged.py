"""A data file that cannot be opened because it is damaged: say so in plain words and
offer the newest backup that passes its check. The damaged file is never overwritten
or deleted; restoring moves it into a folder of its own beside the data."""
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from bfpp_desktop.core import paths
from bfpp_desktop.core.backup_folder import backups_folder
from bfpp_desktop.session import restore_over_damaged
from bfpp_desktop.storage.backup import BackupInfo
from bfpp_desktop.storage.backup_check import Problem, database_problem, newest_sound_backup
from bfpp_desktop.storage.errors import KnownError
from bfpp_desktop.ui.backups.window import holds, when_text
from bfpp_desktop.ui.errors import show_known_error


def damage_of(data_dir: Path) -> Problem | None:
    """How the data file is damaged; None when it is whole (or not there at all), so
    that a refusal for another reason keeps its own message."""
    problem = database_problem(paths.database_path(data_dir))
    return None if problem is Problem.MISSING else problem


class DamagedFileMessage(QMessageBox):
    """What is wrong, and the newest sound backup (if any) to restore."""

    def __init__(self, data_dir: Path, problem: Problem, newest: BackupInfo | None,
                 parent: QWidget | None = None):
        super().__init__(QMessageBox.Icon.Warning, "", "", QMessageBox.StandardButton.NoButton,
                         parent)
        self.setObjectName("damagedFileMessage")
        self.setWindowTitle(self.tr("The data file is damaged"))
        what = {
            Problem.EMPTY: self.tr("The file is empty (0 bytes). This can happen when the "
                                   "computer stops while saving, or when the disk is full."),
            Problem.NOT_A_DATABASE: self.tr("The file does not hold data this app can read. "
                                            "It may have been overwritten by another program."),
            Problem.DAMAGED: self.tr("Part of the file is damaged, so the app cannot trust "
                                     "what is in it. This can happen when a disk starts to "
                                     "fail."),
        }[problem]
        self.setText(self.tr("The app cannot open your data file {path}.").format(
            path=paths.database_path(data_dir)) + "\n\n" + what)
        self.restore_button = None
        if newest is None:
            self.setInformativeText(self.tr(
                "The file has not been changed. No backup that can be used was found in "
                "{folder}. If you keep backups elsewhere (a USB stick), plug it in and "
                "start the app again. To start afresh instead, move the file somewhere "
                "else first.").format(folder=backups_folder(data_dir)))
            self.addButton(QMessageBox.StandardButton.Close)
            return
        held = ", ".join(holds(newest))
        self.setInformativeText(self.tr(
            "The file has not been changed. The newest backup that is whole is from {when} "
            "and holds {holds}. Restoring it brings your data back as it was then. The "
            "damaged file is kept, not deleted, in case someone can rescue more from it.")
            .format(when=when_text(newest.created), holds=held))
        self.restore_button = self.addButton(self.tr("Restore this backup"),
                                             QMessageBox.ButtonRole.AcceptRole)
        self.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.restore_button)

    def restore_chosen(self) -> bool:
        return self.restore_button is not None and self.clickedButton() is self.restore_button

    def restored(self, newest: BackupInfo, aside: Path) -> None:
        QMessageBox.information(self.parentWidget(), self.tr("Your data is back"), self.tr(
            "Your data is back as it was on {when}. The damaged file is kept in {folder}.")
            .format(when=when_text(newest.created), folder=aside))


def offer_restore(parent: QWidget | None, data_dir: Path, problem: Problem) -> bool:
    """Explain *problem*; True when the caregiver chose to restore the newest sound backup
    and it was put in place."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)   # each backup is checked
    try:
        newest = newest_sound_backup(backups_folder(data_dir))
    finally:
        QApplication.restoreOverrideCursor()
    message = DamagedFileMessage(data_dir, problem, newest, parent)
    message.exec()
    if not message.restore_chosen():
        return False
    try:
        _restored, aside = restore_over_damaged(data_dir, newest.path)
    except KnownError as error:
        show_known_error(parent, error)
        return False
    message.restored(newest, aside)
    return True
