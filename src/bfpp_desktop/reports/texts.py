"""The printouts' words, in the language chosen for each printout.

Layout code writes ``translate("Print", "text")`` (collected by pyside6-lupdate
like any Qt string). A printout may be made in another language than the app's:
build() runs inside ``printing_in(options.language)``, and the words are then read
from that language's .ts file (core/ts_catalogue.py). BOTH prints each heading and
guidance line in Spanish and English; what the caregiver wrote is never translated.
"""
from contextlib import contextmanager
from contextvars import ContextVar

from bfpp_desktop.core import i18n, ts_catalogue

from bfpp_desktop.core.i18n import BILINGUAL, BOTH, bilingual

APP_LANGUAGE = ""  # follow the app's own language
_language: ContextVar[str] = ContextVar("print_language", default=APP_LANGUAGE)


def available_languages() -> list[str]:
    """What a printout may be made in: each shipped language, and both together."""
    return [*i18n.LANGUAGES, BOTH]


def current_language() -> str:
    """The language of the printout being made: "en", "es" or BOTH."""
    return _language.get() or i18n.language()


@contextmanager
def printing_in(language: str):
    token = _language.set(language or APP_LANGUAGE)
    try:
        yield
    finally:
        _language.reset(token)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark text for the catalogue where it is defined; translate() it where it is used."""
    return text


def translate(context: str, text: str, n: int | None = None) -> str:
    language = _language.get()
    if language == APP_LANGUAGE:
        return i18n.translate(context, text, n)
    if language != BOTH:
        return ts_catalogue.lookup(language, context, text, n)
    return bilingual(*(ts_catalogue.lookup(lang, context, text, n) for lang in BILINGUAL))

