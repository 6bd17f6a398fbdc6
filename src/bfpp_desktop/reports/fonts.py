"""The printout font (DejaVu Sans, full Latin coverage) and text made safe for it.

reportlab's built-in fonts lack many accented letters; a missing glyph prints as
a black box, so every piece of user text goes through safe_text() first.
"""
import re
import unicodedata
from html import escape
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics

from bfpp_desktop.core import paths
from bfpp_desktop.reports.font_cache import load_font
from bfpp_desktop.reports.scripts import shape

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"

# Joiners and selectors that shape emoji; with the emoji gone they would be noise.
_INVISIBLE = {0x200D, 0xFE0E, 0xFE0F, 0x20E3}


@lru_cache(maxsize=1)
def register_fonts() -> tuple[str, str]:
    """Register DejaVu Sans and Bold once; return (regular name, bold name)."""
    folder = paths.resources_dir() / "fonts"
    pdfmetrics.registerFont(load_font(REGULAR, folder / "DejaVuSans.ttf"))
    pdfmetrics.registerFont(load_font(BOLD, folder / "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD,
                                  italic=REGULAR, boldItalic=BOLD)
    return REGULAR, BOLD


@lru_cache(maxsize=1)
def _covered() -> frozenset[int]:
    register_fonts()
    regular = set(pdfmetrics.getFont(REGULAR).face.charToGlyph)
    bold = set(pdfmetrics.getFont(BOLD).face.charToGlyph)
    return frozenset(regular & bold)


def _replacement(char: str) -> str:
    """What to print for a character the font cannot draw."""
    code = ord(char)
    if code in _INVISIBLE or unicodedata.category(char) in ("So", "Sk", "Cs", "Co", "Cn", "Cf"):
        return ""  # emoji and pictographs: leave them out rather than print a box
    base = unicodedata.normalize("NFKD", char)
    if base and all(ord(c) in _covered() for c in base):
        return base  # e.g. a ligature or a letter the font has in decomposed form
    return "?"


@lru_cache(maxsize=1)
def _kept_as_they_are() -> frozenset[int]:
    """The characters plain_text() leaves as they are: the fonts' own (but the invisible
    joiners), tab and new line."""
    return (_covered() - _INVISIBLE - {ord(_DROPPED)}) | {ord("\t"), ord("\n")}


def plain_text(text: str | None) -> str:
    """Text with every character the font lacks dropped or replaced (for the canvas)."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", str(text))
    covered = _covered()
    text = shape(text, covered)  # Arabic joined first, so its joined forms are checked
    if _kept_as_they_are().issuperset(map(ord, text)):
        return text   # most text: every character drawn as it is, none dropped
    out = []
    for char in text:
        if ord(char) in covered and ord(char) not in _INVISIBLE or char in "\n\t":
            out.append(char)
        else:
            out.append(_replacement(char) or _DROPPED)
    return re.sub(f" *{_DROPPED}+ *", _close_gap, "".join(out))


_DROPPED = "\x00"
_CLOSING = ".,;:!?)]}'’\"”\n"


def _close_gap(match: re.Match) -> str:
    """What replaces a dropped emoji and the spaces around it.

    'sun 🌈 and rain' keeps one space; 'Maya 🌈?' and 'Maya 🌈' lose the space too.
    """
    before, after = match.string[:match.start()], match.string[match.end():]
    if not before or not after or before[-1] in " \n" or after[0] in _CLOSING:
        return ""
    return " " if " " in match.group() else ""


def safe_text(text: str | None) -> str:
    """Text ready for a reportlab Paragraph: glyphs checked, markup escaped, lines kept."""
    # quote=False: only & < > (xml.sax.saxutils would also load urllib.request).
    lines = [escape(plain_text(line), quote=False) for line in str(text or "").splitlines()]
    return "<br/>".join(lines)
