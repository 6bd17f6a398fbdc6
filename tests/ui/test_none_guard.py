"""Many void Qt calls (a long scroll) must not bring Python down (see ui/none_guard.py)."""
from PySide6.QtGui import QTextDocument

from bfpp_desktop.ui.none_guard import protect_none


def test_many_void_qt_calls_survive(qapp):
    protect_none()
    doc = QTextDocument()
    for _ in range(50_000):
        doc.setHtml("<b>x</b>")


def test_the_guard_covers_the_bools_too():
    # A full run of the window tests once ended in "deallocating True or False".
    import sys
    protect_none()
    if sys.version_info < (3, 12):
        assert sys.getrefcount(True) > 1 << 47 and sys.getrefcount(False) > 1 << 47
