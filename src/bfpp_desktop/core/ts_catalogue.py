"""Translations read from the Qt Linguist .ts files, for code that runs without Qt.

resources/translations/bfpp_<language>.ts is the one place the words live: Qt loads
its compiled .qm in the window, and the command line and the printouts (which may
be in another language than the window) read the .ts itself with this module.
"""
from functools import lru_cache
from pathlib import Path

from bfpp_desktop.core import paths

Entry = str | tuple[str, ...]   # a plain translation, or the plural forms


def ts_path(language: str) -> Path:
    return paths.resources_dir() / "translations" / f"bfpp_{language}.ts"


@lru_cache(maxsize=8)
def catalogue(language: str) -> dict[tuple[str, str], Entry]:
    """{(context, source): translation} for the finished translations of *language*."""
    path = ts_path(language)
    if not path.exists():
        return {}
    import xml.etree.ElementTree as ET   # 5 ms, and the window reads its .qm instead
    found: dict[tuple[str, str], Entry] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished",
                                                                  "obsolete"):
                continue
            forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            key = (name, message.findtext("source") or "")
            found[key] = forms if message.get("numerus") == "yes" else (translation.text or "")
    return found


def plural_form(language: str, n: int) -> int:
    """Which numerus form: English and Spanish both have one for 1 and one for the rest."""
    return 0 if n == 1 else 1


def lookup(language: str, context: str, text: str, n: int | None = None) -> str:
    """*text* in *language* (itself when not translated), with %n filled in."""
    entry = catalogue(language).get((context, text), text)
    if isinstance(entry, tuple):
        entry = entry[min(plural_form(language, n or 0), len(entry) - 1)] if entry else text
    return entry.replace("%n", str(n)) if n is not None else entry
