"""Work around PySide6 6.12 on Python 3.11 releasing one reference to None per call.

Measured here: every call of a void Qt method (QTextDocument.setHtml, QPainter.save,
...) lowers None's reference count by one and never restores it, so after some
thousands of calls (a long scroll through the journal) Python aborts with
"deallocating None". Python 3.12 makes None immortal, which hides the bug; on
older Pythons we give None a very large reference count, which is the same effect.
"""
import ctypes
import sys

_HEADROOM = 1 << 48


def protect_none() -> None:
    if sys.version_info >= (3, 12):
        return
    count = ctypes.c_ssize_t.from_address(id(None))
    if count.value < _HEADROOM:
        count.value += _HEADROOM
