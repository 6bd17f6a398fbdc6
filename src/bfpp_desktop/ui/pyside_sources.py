"""Keep PySide6 from holding the source of every module the window imports.

PySide6 (6.12) decides whether a module imported after it may switch on `__feature__`
options by reading the module's whole source with `inspect.getsource`, which leaves
every line in `linecache` for the life of the process: about 5 MB of strings over the
window's modules, and 9 MB of the peak once every page is open. The answer is kept;
only the lines read for it are let go (a traceback reads a file again when it needs it).
"""
import linecache

from PySide6.support import feature


def _forgetting_sources(check):
    def uses_pyside(module) -> bool:
        before = set(linecache.cache)
        try:
            return check(module)
        finally:
            for name in linecache.cache.keys() - before:
                linecache.cache.pop(name, None)
    return uses_pyside


def install() -> None:
    """Once, before the window's modules are imported (a PySide6 without the check is
    left alone)."""
    check = getattr(feature, "_mod_uses_pyside", None)
    if check is not None and not getattr(check, "forgets_sources", False):
        feature._mod_uses_pyside = _forgetting_sources(check)
        feature._mod_uses_pyside.forgets_sources = True
