"""Work that can wait until the caregiver sees the window."""
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, work: Callable[[], None]):
        super().__init__(widget)
        self._work = work
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # Queued, so the paint in progress reaches the screen first.
            QTimer.singleShot(0, self.parent(), self._work)
            self.deleteLater()
        return False


def after_first_paint(widget: QWidget, work: Callable[[], None]) -> None:
    """Run *work* once, just after *widget* is first painted (never, if it is destroyed
    unseen)."""
    _FirstPaint(widget, work)
