"""The printouts' translation catalogue.

Layout code writes ``translate("Print", "text")`` (collected by pyside6-lupdate
like any Qt string). A printout may be made in another language than the app's:
build() runs inside ``printing_in(options.language)``, and the words are then
looked up in resources/print_texts/<language>.json ({"English text": "..."}).
A Spanish catalogue is a new JSON file; no layout code changes.
"""
import json
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

from bfpp_desktop.core import paths
from bfpp_desktop.core import i18n

APP_LANGUAGE = ""  # follow the app's own translator
_language: ContextVar[str] = ContextVar("print_language", default=APP_LANGUAGE)


@lru_cache(maxsize=8)
def _catalogue(language: str) -> dict[str, str]:
    path = paths.resources_dir() / "print_texts" / f"{language}.json"
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def available_languages() -> list[str]:
    folder = paths.resources_dir() / "print_texts"
    return sorted(p.stem for p in folder.glob("*.json")) if folder.exists() else []


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


def translate(context: str, text: str) -> str:
    language = _language.get()
    if language in (APP_LANGUAGE, "en"):
        return i18n.translate(context, text)
    return _catalogue(language).get(text, text)
