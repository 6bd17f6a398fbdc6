"""Translation hook for layers that must not import Qt.

Text in core/, storage/ and reports/ is written as ``translate("Context", "text")``
so ``pyside6-lupdate`` collects it like any Qt string. The Qt application installs
``QCoreApplication.translate`` here at start-up; without Qt (tests, the CLI) the
text passes through unchanged.
"""
from collections.abc import Callable

_translator: Callable[[str, str], str] | None = None


def install(translator: Callable[[str, str], str] | None) -> None:
    global _translator
    _translator = translator


def translate(context: str, text: str) -> str:
    if _translator is None:
        return text
    return _translator(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark *text* for translation where it is defined; translate() it where it is shown."""
    return text
