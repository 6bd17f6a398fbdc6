"""Many void Qt calls (a long scroll) must not bring Python down (see ui/none_guard.py)."""
from PySide6.QtGui import QTextDocument

from bfpp_desktop.ui.none_guard import protect_none


def test_many_void_qt_calls_survive(qapp):
    protect_none()
    doc = QTextDocument()
    for _ in range(50_000):
        doc.setHtml("<b>x</b>")
