"""File > Passphrase lock…: turn the lock on, change the passphrase, turn it off, and
choose after how long the window locks itself."""
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QApplication, QDialog, QDialogButtonBox, QFileDialog,
                               QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout)

from bfpp_desktop.reports.options import PrintOptions
from bfpp_desktop.storage import lock as passphrase_lock
from bfpp_desktop.ui.errors import report
from bfpp_desktop.ui.lock.new_passphrase_dialog import NewPassphraseDialog
from bfpp_desktop.ui.widgets.confirm import confirm_destructive


class LockSettingsDialog(QDialog):
    def __init__(self, guard, parent=None):
        super().__init__(parent)
        self.guard = guard
        self.context = guard.context
        self.setWindowTitle(self.tr("Passphrase lock"))
        layout = QVBoxLayout(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.on_button = QPushButton(self.tr("Turn on…"), self)
        self.change_button = QPushButton(self.tr("Change passphrase…"), self)
        self.off_button = QPushButton(self.tr("Turn off…"), self)
        for button in (self.on_button, self.change_button, self.off_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        idle = QHBoxLayout()
        idle.addWidget(QLabel(self.tr("Lock the window after"), self))
        self.minutes = QSpinBox(self)
        self.minutes.setRange(1, 240)
        self.minutes.setSuffix(self.tr(" minutes without use"))
        self.minutes.setValue(guard.idle_minutes())
        self.minutes.valueChanged.connect(guard.set_idle_minutes)
        idle.addWidget(self.minutes)
        idle.addStretch(1)
        layout.addLayout(idle)
        more = QLabel(self.tr(
            "Ctrl+L locks the window at once. The lock keeps your records unreadable to "
            "anyone who copies the files, finds a backup or uses this computer without the "
            "passphrase. It cannot help while the window is open and unlocked, or against "
            "someone who knows the passphrase or has put spying software on the computer."),
            self)
        more.setWordWrap(True)
        layout.addWidget(more)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.on_button.clicked.connect(self.turn_on)
        self.change_button.clicked.connect(self.change)
        self.off_button.clicked.connect(self.turn_off)
        self.setMinimumWidth(520)
        self._show_state()

    def _show_state(self) -> None:
        on = passphrase_lock.is_locked(self.context.data_dir)
        self.status.setText(self.tr(
            "<b>The lock is on.</b> Your records, photos, backups and exports are "
            "encrypted, and the app asks for the passphrase when it starts.") if on else
            self.tr("<b>The lock is off.</b> Anyone who uses this computer with your "
                    "account can open your records. With a passphrase they are encrypted "
                    "on the disk, and the app asks for it when it starts."))
        self.on_button.setVisible(not on)
        self.change_button.setVisible(on)
        self.off_button.setVisible(on)
        self.minutes.setEnabled(on)
        self.guard.refresh()

    def _ask_new(self, title: str) -> str | None:
        dialog = NewPassphraseDialog(title, self)
        dialog.sheet_button.clicked.connect(lambda: self.print_recovery_sheet(dialog))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.passphrase()

    def _rewrite(self, change, *args) -> bool:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            change(self.context.db, self.context.data_dir, *args)
        except Exception as exc:  # noqa: BLE001 - shown; the file is the old or the new one
            QApplication.restoreOverrideCursor()
            report(self, exc)
            return False
        QApplication.restoreOverrideCursor()
        self._show_state()
        return True

    def turn_on(self) -> bool:
        passphrase = self._ask_new(self.tr("Turn on the passphrase lock"))
        return passphrase is not None and self._rewrite(passphrase_lock.turn_on, passphrase)

    def change(self) -> bool:
        passphrase = self._ask_new(self.tr("Change the passphrase"))
        return passphrase is not None and self._rewrite(passphrase_lock.change_passphrase,
                                                        passphrase)

    def turn_off(self) -> bool:
        if not confirm_destructive(
                self, self.tr("Turn off the lock"), self.tr("Turn off the lock?"),
                self.tr("Your records, photos and backups will be saved without "
                        "encryption, and the app will no longer ask for the passphrase."),
                self.tr("Turn off")):
            return False
        return self._rewrite(passphrase_lock.turn_off)

    def print_recovery_sheet(self, parent=None) -> Path | None:
        """Save the sheet as a PDF where the caregiver chooses, and open it to print."""
        from bfpp_desktop.reports.documents.recovery_sheet import build
        path, _ = QFileDialog.getSaveFileName(
            parent or self, self.tr("Save the recovery sheet"),
            str(Path.home() / self.tr("passphrase-recovery-sheet.pdf")), "PDF (*.pdf)")
        if not path:
            return None
        try:
            out = build(str(self.context.data_dir), date.today(), PrintOptions(), Path(path))
        except Exception as exc:  # noqa: BLE001 - shown in plain words
            report(parent or self, exc)
            return None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(out)))
        return out
