"""Translation hook for layers that must not import Qt.

Text in core/, storage/ and reports/ is written as ``translate("Context", "text")``
(or ``translate("Context", "%n entries", n)`` for a count) so ``pyside6-lupdate``
collects it like any Qt string. The Qt application installs
``QCoreApplication.translate`` here at start-up with the language it chose; without
Qt (tests, the command line) the words come from the .ts file of the language set
with ``install(None, language)``, English by default.

``speaking(language)`` changes the language for one piece of work, such as a printout
made in Spanish from an English window (or BOTH, bilingual); the words then come from
that language's .ts file, whichever thread does the work.
"""
import re
from collections.abc import Callable
from contextlib import contextmanager
from contextvars import ContextVar

from bfpp_desktop.core import ts_catalogue

ENGLISH = "en"
LANGUAGES = {"en": "English", "es": "Español"}   # the languages we ship, in their own words

BOTH = "both"              # a bilingual printout
BILINGUAL = ("es", "en")   # its two languages, in the order they are printed
SEPARATOR = " / "

_translator: Callable[..., str] | None = None
_language = ENGLISH
_speaking: ContextVar[str] = ContextVar("speaking", default="")   # "" is the app's language


def install(translator: Callable[..., str] | None, language: str = ENGLISH) -> None:
    global _translator, _language
    _translator = translator
    _language = language


def language() -> str:
    """The language the app speaks: "en" or "es"."""
    return _language


def current() -> str:
    """The language of the work under way: the app's, or the one given to speaking()."""
    return _speaking.get() or _language


@contextmanager
def speaking(language: str):
    """Translate into *language* ("en", "es", BOTH; "" the app's own) inside this block."""
    token = _speaking.set(language)
    try:
        yield
    finally:
        _speaking.reset(token)


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
    spoken = _speaking.get()
    if spoken == BOTH:
        return _bilingual_template(
            [ts_catalogue.lookup(lang, context, text, n) for lang in BILINGUAL])
    if spoken or _translator is None:
        return ts_catalogue.lookup(spoken or _language, context, text, n)
    if n is None:
        return _translator(context, text)
    return _translator(context, text, None, n)


def bilingual(*versions: str) -> str:
    """'Rutina / Routine': each different version once, in BILINGUAL order."""
    kept = [v for i, v in enumerate(versions) if v and v not in versions[:i]]
    return SEPARATOR.join(kept)


_LABEL_THEN_BLANK = re.compile(r"^([^{}]*\S)\s*(\{[^{}]*\}\.?)$", re.S)   # "Label: {x}"
_BLANK_THEN_LABEL = re.compile(r"^(\{[^{}]*\})\s*([^{}]*)$", re.S)         # "{x} (continued)"


def _bilingual_template(versions: list[str]) -> str:
    """'Cosas que le consuelan / Comfort things: {items}': what fills a blank at the end
    or the start (often the caregiver's own words) is printed once, beside the words in
    each language."""
    ends = [_LABEL_THEN_BLANK.match(v) for v in versions]
    if all(ends) and len({m.group(2) for m in ends}) == 1:
        heads = [m.group(1) for m in ends]
        if all(h.endswith(":") for h in heads):     # one colon, after the last label
            heads = [h[:-1] for h in heads[:-1]] + heads[-1:]
        return f"{bilingual(*heads)} {ends[0].group(2)}"
    starts = [_BLANK_THEN_LABEL.match(v) for v in versions]
    if all(starts) and len({m.group(1) for m in starts}) == 1:
        return f"{starts[0].group(1)} {bilingual(*(m.group(2) for m in starts))}"
    return bilingual(*versions)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark *text* for translation where it is defined; translate() it where it is shown."""
    return text
