"""Arabic and Hebrew on paper: Arabic letters joined, right-to-left words in reading order.

reportlab draws the characters of a line one after another, left to right, as
they are stored. Arabic would print as separate, unjoined letters and Arabic or
Hebrew words backwards. ReportLab's own fix needs its rlbidi extension, which
cannot be installed from PyPI, so it is done here in two steps:

- shape(): Arabic letters become their joined forms (arabic-reshaper), in stored
  order, where text enters a printout (fonts.plain_text), so the font check there
  sees the glyphs that will really be drawn;
- visual(): a line is put into display order (python-bidi) only as it is drawn:
  a paragraph after reportlab has broken it into lines (BidiParagraph), so a long
  Arabic entry's first words stay on its first line; a canvas string as a whole.

Text without right-to-left characters is never touched.
"""
import copy
import re
import unicodedata
from functools import lru_cache

from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import FragLine

# Hebrew, Arabic (with Syriac, Thaana, N'Ko... between them) and their presentation forms.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def has_rtl(text: str) -> bool:
    return bool(_RTL.search(text))


@lru_cache(maxsize=1)
def _reshaper(covered: frozenset[int]):
    """A reshaper that makes only the ligatures the printout font can draw.

    (arabic-reshaper's own config_for_true_type_font does the same with fontTools;
    reportlab already knows the font's characters.) Loaded only for right-to-left
    text, which most printouts never hold.
    """
    from arabic_reshaper import ArabicReshaper
    from arabic_reshaper.ligatures import (LETTERS_LIGATURES, SENTENCES_LIGATURES,
                                           WORDS_LIGATURES)
    ligatures = (*SENTENCES_LIGATURES, *WORDS_LIGATURES, *LETTERS_LIGATURES)
    return ArabicReshaper({name: all(ord(form) in covered for form in forms if form)
                           for name, (_letters, forms) in ligatures})


def shape(text: str, covered: frozenset[int]) -> str:
    """Arabic letters in their joined forms, still in stored (logical) order."""
    return _reshaper(covered).reshape(text) if has_rtl(text) else text


def direction(text: str) -> str:
    """'R' for text that is Arabic or Hebrew from its first letter on, else 'L'.

    Our pages read left to right and put names into their sentences and bullets
    ("ليلى's routines", "• الرسم"): those keep the page's direction. Only text
    wholly in a right-to-left script reads from the right (its full stop on the left).
    """
    start = text.lstrip()[:1]
    if start and unicodedata.bidirectional(start) in ("R", "AL") and not any(
            unicodedata.bidirectional(char) == "L" for char in text):
        return "R"
    return "L"


def visual(line: str, base: str | None = None) -> str:
    """One printed line in display order (left to right as drawn)."""
    if not has_rtl(line):
        return line
    from bidi import get_display
    return get_display(line, base_dir=base or direction(line))


def _frag_text(frag) -> str:
    """The words of one piece of a paragraph, whatever shape reportlab gave it: a styled
    fragment, a line of words, or (in a part split off onto the next page) a list of
    widths and (fragment, text) pairs."""
    if isinstance(frag, str):
        return frag
    if hasattr(frag, "text"):
        return frag.text
    if hasattr(frag, "words"):
        return " ".join(frag.words)
    if isinstance(frag, (list, tuple)):
        return " ".join(_frag_text(part) for part in frag if not isinstance(part, (int, float)))
    return ""


class BidiParagraph(Paragraph):
    """A Paragraph whose lines are put into display order as they are drawn.

    Breaking into lines and splitting across pages work on the stored order, so
    only drawPara sees the reordered lines. Alignment stays the document's (a lone
    Arabic title set against the right edge looked lost on a left-to-right page).
    """

    def __init__(self, text, style=None, *args, **kwargs):
        super().__init__(text, style, *args, **kwargs)
        words = " ".join(_frag_text(frag) for frag in self.frags)
        self._base = direction(words) if has_rtl(words) else None
        self._wrapped = None    # (width, the lines broken for it, the size they take)

    def wrap(self, availWidth, availHeight):
        # A block kept together is wrapped to be measured, then again where it is placed,
        # at the same width: the lines broken the first time are kept, while reportlab
        # still holds them (it drops them to break the paragraph anew).
        kept = self._wrapped
        if kept is None or kept[0] != availWidth or getattr(self, "blPara", None) is not kept[1]:
            size = super().wrap(availWidth, availHeight)
            kept = self._wrapped = (availWidth, self.blPara, size)
        return kept[2]

    def drawPara(self, debug=0):
        if self._base is None:
            return super().drawPara(debug)
        stored = self.blPara
        self.blPara = copy.copy(stored)
        self.blPara.lines = [self._visual_line(line) for line in stored.lines]
        try:
            return super().drawPara(debug)
        finally:
            self.blPara = stored

    def _visual_line(self, line):
        if not isinstance(line, FragLine):     # plain text: (extra space, words)
            space, words = line
            return space, visual(" ".join(words), self._base).split(" ")
        # Marked-up text: each piece (one per style; ours have one) in display order.
        line = copy.copy(line)
        line.words = [frag.clone(text=visual(frag.text, self._base)) if hasattr(frag, "text")
                      else frag for frag in line.words]
        return line
