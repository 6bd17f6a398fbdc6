"""Work around PySide6 6.12 on Python 3.11 releasing references to None, True and False.

Measured here: every call of a void Qt method (QTextDocument.setHtml, QPainter.save,
...) lowers None's reference count by one and never restores it, so after some
thousands of calls (a long scroll through the journal) Python aborts with
"deallocating None". A full test run (about 700 tests driving the windows) showed
the same for a bool: Python aborted on exit with "deallocating True or False".
Python 3.12 makes these objects immortal, which hides the bug; on older Pythons
we give each a very large reference count, which is the same effect.
"""
import ctypes
import sys

_HEADROOM = 1 << 48
_SINGLETONS = (None, True, False)


def protect_none() -> None:
    if sys.version_info >= (3, 12):
        return
    for singleton in _SINGLETONS:
        count = ctypes.c_ssize_t.from_address(id(singleton))
        if count.value < _HEADROOM:
            count.value += _HEADROOM
