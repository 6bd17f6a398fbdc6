"""How long the GUI thread was unable to serve its event loop, seen from inside it.

A timer on the GUI thread asks to run every INTERVAL_MS and records how late each
tick arrives; the worst lateness is the longest the window would not have answered
a click or repainted. It is a QObject, so Qt loads only when a probe uses it.
"""
import time

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 5


class StallMeter(QObject):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.worst_ms = 0.0
        self._last = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.worst_ms = 0.0
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        self._tick()
        self._timer.stop()
        return self.worst_ms

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst_ms = max(self.worst_ms, (now - self._last) * 1000 - INTERVAL_MS)
        self._last = now
