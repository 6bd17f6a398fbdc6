"""Locking the window: on Ctrl+L, and after the idle time the caregiver chose.

While locked the window's content is hidden behind the lock screen, its menus and
toolbars are off, and its other windows (editors, the print center, helpers) are
hidden, not closed, so unsaved typing stays. Only the passphrase brings them back.
The data stays open underneath (see docs/lock.md): this guards the screen of a
computer left alone for a moment, it is not a log-out.
"""
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QToolBar, QWidget

from bfpp_desktop.storage import lock as passphrase_lock

if TYPE_CHECKING:   # made when the window locks
    from bfpp_desktop.ui.lock.lock_screen import LockScreen

SETTINGS_IDLE_MINUTES = "lock/idle_minutes"
DEFAULT_IDLE_MINUTES = 10
_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
             QEvent.Type.Wheel, QEvent.Type.TouchBegin}


class LockGuard(QObject):
    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.context = window.context
        self.screen: "LockScreen | None" = None
        self._hidden: list[QWidget] = []
        self.watching = False   # the app's events, for Ctrl+L anywhere and the idle time
        self.lock_action = QAction(self.tr("&Lock now"), window)
        self.lock_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock)
        window.addAction(self.lock_action)   # Ctrl+L works with the menus switched off
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.lock)
        self.refresh()

    @property
    def locked(self) -> bool:
        return self.screen is not None

    def lock_is_on(self) -> bool:
        return passphrase_lock.is_locked(self.context.data_dir)

    def idle_minutes(self) -> int:
        return self.context.settings.value(SETTINGS_IDLE_MINUTES, DEFAULT_IDLE_MINUTES,
                                           type=int)

    def set_idle_minutes(self, minutes: int) -> None:
        self.context.settings.setValue(SETTINGS_IDLE_MINUTES, int(minutes))
        self.refresh()

    def refresh(self) -> None:
        """Follow the lock being turned on or off, or a new idle time."""
        on = self.lock_is_on()
        self.lock_action.setEnabled(on)
        self.lock_action.setToolTip("" if on else self.tr(
            "Turn on the passphrase lock first (File > Passphrase lock…)."))
        self.idle.setInterval(max(1, self.idle_minutes()) * 60_000)
        # Watching every event of the app costs a call into Python each (thousands a
        # second while the journal scrolls), so it is done only while there is a lock.
        if on != self.watching:
            if on:
                QApplication.instance().installEventFilter(self)
            else:
                QApplication.instance().removeEventFilter(self)
            self.watching = on
        if on and not self.locked:
            self.idle.start()
        else:
            self.idle.stop()

    def eventFilter(self, watched, event) -> bool:
        if (event.type() == QEvent.Type.KeyPress and self.lock_action.isEnabled()
                and QKeySequence(event.keyCombination()) == self.lock_action.shortcut()):
            # Also from an editor or helper window, which a shortcut of this window
            # would not reach while it is modal.
            self.lock()
            return True
        if event.type() in _ACTIVITY and self.idle.isActive():
            self.idle.start()
        elif watched is self.window and event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def lock(self) -> None:
        if self.locked or not self.lock_is_on():
            return
        self.idle.stop()
        window = self.window
        self._hidden = [w for w in QApplication.topLevelWidgets()
                        if w is not window and w.isVisible() and _belongs_to(w, window)]
        for widget in self._hidden:
            widget.hide()
        window.centralWidget().hide()
        window.menuBar().setEnabled(False)
        for bar in window.findChildren(QToolBar):
            bar.setEnabled(False)
        window.statusBar().clearMessage()
        from bfpp_desktop.ui.lock.lock_screen import LockScreen
        self.screen = LockScreen(window)
        self.screen.unlock_requested.connect(self.try_unlock)
        self._place()
        self.screen.show()
        self.screen.field.edit.setFocus()

    def _place(self) -> None:
        if self.screen is not None:
            self.screen.setGeometry(self.window.centralWidget().geometry())

    def try_unlock(self, passphrase: str) -> bool:
        if not passphrase_lock.check_passphrase(self.context.data_dir, passphrase):
            self.screen.say_wrong()
            return False
        self.screen.hide()
        self.screen.deleteLater()
        self.screen = None
        window = self.window
        window.centralWidget().show()
        window.menuBar().setEnabled(True)
        for bar in window.findChildren(QToolBar):
            bar.setEnabled(True)
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        self.refresh()
        return True


def _belongs_to(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if parent is window:
            return True
        parent = parent.parentWidget()
    return False
