"""Answer PySide6's question about each imported module from the file, cheaply.

PySide6 (6.12) asks of every module imported after it whether the module's source
mentions "PySide6" (so that it may switch on `__feature__` options). It asks through
`inspect.getsource`, which finds the file, detects its encoding, splits it into lines
and keeps every line in `linecache` for the life of the process: about 0.2 ms a
module, 12 to 30 ms over the window's start, and 5 MB of strings (9 MB of the peak
once every page is open). The same answer is read here from the file's bytes; a module
without a Python source file is left to PySide6's own check (which answers False).
"""
from PySide6.support import feature


def _from_the_file(check):
    def uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return check(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return check(module)
    uses_pyside.reads_the_file = True
    return uses_pyside


def install() -> None:
    """Once, before the window's modules are imported (a PySide6 without the check is
    left alone)."""
    check = getattr(feature, "_mod_uses_pyside", None)
    if check is not None and not getattr(check, "reads_the_file", False):
        feature._mod_uses_pyside = _from_the_file(check)
