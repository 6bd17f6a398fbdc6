"""The printouts' words, in the language chosen for each printout.

Layout code writes ``translate("Print", "text")`` (collected by pyside6-lupdate
like any Qt string). A printout may be made in another language than the app's:
build() runs inside ``printing_in(options.language)`` (core.i18n.speaking), so every
word on it, ours or core's labels, comes from that language's .ts file. BOTH prints
each heading and guidance line in Spanish and English; what the caregiver wrote is
never translated.
"""
from bfpp_desktop.core.i18n import (BILINGUAL, BOTH, LANGUAGES, QT_TRANSLATE_NOOP, bilingual,
                                    current, speaking, translate)

APP_LANGUAGE = ""  # follow the app's own language
printing_in = speaking
current_language = current

__all__ = ["APP_LANGUAGE", "BILINGUAL", "BOTH", "QT_TRANSLATE_NOOP", "available_languages",
           "bilingual", "current_language", "printing_in", "translate"]


def available_languages() -> list[str]:
    """What a printout may be made in: each shipped language, and both together."""
    return [*LANGUAGES, BOTH]
