"""Translation hook for layers that must not import Qt.

Text in core/, storage/ and reports/ is written as ``translate("Context", "text")``
(or ``translate("Context", "%n entries", n)`` for a count) so ``pyside6-lupdate``
collects it like any Qt string. The Qt application installs
``QCoreApplication.translate`` here at start-up with the language it chose; without
Qt (tests, the command line) the words come from the .ts file of the language set
with ``install(None, language)``, English by default.
"""
from collections.abc import Callable

from bfpp_desktop.core import ts_catalogue

ENGLISH = "en"
LANGUAGES = {"en": "English", "es": "Español"}   # the languages we ship, in their own words

BOTH = "both"              # a bilingual printout
BILINGUAL = ("es", "en")   # its two languages, in the order they are printed
SEPARATOR = " / "

_translator: Callable[..., str] | None = None
_language = ENGLISH


def install(translator: Callable[..., str] | None, language: str = ENGLISH) -> None:
    global _translator, _language
    _translator = translator
    _language = language


def language() -> str:
    """The language the app speaks now: "en" or "es"."""
    return _language


def choose(saved: str, system_languages: list[str]) -> str:
    """The language to speak: the one chosen in Settings, else the system's first
    language we ship ("es-MX" gives "es"), else English."""
    if saved in LANGUAGES:
        return saved
    for name in system_languages:
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return ENGLISH


def translate(context: str, text: str, n: int | None = None) -> str:
    if _translator is None:
        return ts_catalogue.lookup(_language, context, text, n)
    if n is None:
        return _translator(context, text)
    return _translator(context, text, None, n)


def bilingual(*versions: str) -> str:
    """'Rutina / Routine': each different version once, in BILINGUAL order."""
    kept = [v for i, v in enumerate(versions) if v and v not in versions[:i]]
    return SEPARATOR.join(kept)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark *text* for translation where it is defined; translate() it where it is shown."""
    return text
