"""What a window shows in words, and which of those words no catalogue accounts for.

Used by the Spanish interface tests: every piece of visible text must be a Spanish
translation (its {blanks} filled with anything), Qt's own Spanish words, something the
caregiver saved (the sample family's records), the guide's Spanish text, or a date or
number. A piece that is none of these is either English left untranslated or a string
that never reached the catalogue; the report names it and where it was seen.
"""
import re
from dataclasses import dataclass

from PySide6.QtCore import QLocale
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (QAbstractButton, QComboBox, QDialogButtonBox, QGroupBox, QLabel,
                               QLineEdit, QListWidget, QMainWindow, QMenu, QPlainTextEdit,
                               QTabWidget, QTextEdit, QWidget)

from bfpp_desktop.core import ts_catalogue
from bfpp_desktop.core.guide import load_guide, plain_text

_PLACEHOLDER = re.compile(r"\\\{[^{}]*\\\}|%n")
# A text is checked whole, then split at ever weaker joins until each piece is known.
_JOINS = (re.compile(r"\s*[\n\u2029]\s*"), re.compile(r"\s*(?: · | — | – |\s{2,}|\|)\s*"),
          re.compile(r"\s*(?:: |; |, )\s*"))
_ONLY_MARKS = re.compile(r"^[\W\d_]*$")
_ENDS = re.compile(r"^[\W_]+|[\W_]+$")
_TEMPLATE_ENDS = re.compile(r"^[^\w{%]+|[^\w}]+$")    # keeps a blank at either end


def _bare(text: str) -> str:
    """Without the marks around it: '○ Hecho.' and '&Borrar…' read as 'Hecho', 'Borrar'."""
    return _ENDS.sub("", text)


def _pieces(text: str) -> set[str]:
    found = {_bare(text)}
    for join in _JOINS:
        found |= {_bare(p) for part in list(found) for p in join.split(part)}
    return found


def _plain(text: str) -> str:
    if re.search(r"<[a-zA-Z/][^>]*>", text):
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    return re.sub(r"&(?=\S)", "", text.replace("&&", "&")).replace("\u200b", "").strip()


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for each visible text of *root*: labels, buttons, titles, tabs,
    placeholders, tooltips, combo and list items, and its menus."""
    found: list[tuple[str, str]] = []

    def add(widget, text):
        if text and text.strip():
            found.append((f"{type(root).__name__}/{type(widget).__name__}"
                          f"({widget.objectName()})", text))

    add(root, root.windowTitle())
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel):
            add(widget, widget.text())
        elif isinstance(widget, QAbstractButton):
            add(widget, widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget, widget.title())
        elif isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            add(widget, widget.placeholderText())
            if isinstance(widget, QTextEdit) and widget.isReadOnly():   # shown, not typed
                add(widget, widget.toPlainText())
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(widget, widget.itemText(i))
        elif isinstance(widget, QListWidget):
            for i in range(widget.count()):
                add(widget, widget.item(i).text())
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                add(widget, widget.tabText(i))
        add(widget, widget.toolTip())
    if isinstance(root, QMainWindow):
        for menu in root.menuBar().findChildren(QMenu):
            add(menu, menu.title())
            for action in menu.actions():
                add(menu, action.text())
                add(menu, action.toolTip() if action.toolTip() != action.text() else "")
    return found


@dataclass
class Known:
    templates: re.Pattern
    words: set[str]
    english: dict[str, str]   # English source -> its Spanish, where they differ
    dates: re.Pattern         # "martes, 4 de marzo de 2025", "3 mar"

    def known(self, piece: str) -> bool:
        piece = _bare(piece)
        return bool(_ONLY_MARKS.match(piece) or piece in self.words
                    or self.dates.fullmatch(piece) or self.templates.fullmatch(piece))

    def problems(self, text: str, level: int = 0) -> list[str]:
        """What in *text* no catalogue accounts for, splitting it as far as needed."""
        if self.known(text):
            return []
        if level < len(_JOINS):
            parts = [p for p in _JOINS[level].split(text) if p.strip()]
            return [found for part in parts for found in self.problems(part, level + 1)]
        piece = _bare(text)
        if piece in self.english:
            return [f"{piece!r} — untranslated (Spanish: {self.english[piece]!r})"]
        return [f"{piece!r} — not in the catalogue"]


def known_words(saved: set[str]) -> Known:
    """What may be on a Spanish screen; *saved* is the text of the records shown."""
    forms = []
    english = {}
    for (_context, source), entry in ts_catalogue.catalogue("es").items():
        versions = entry if isinstance(entry, tuple) else (entry,)
        forms += versions
        plain = _bare(_plain(source))
        if plain not in (_bare(_plain(v)) for v in versions):
            english[plain] = versions[-1]
    patterns = sorted({_PLACEHOLDER.sub(".+?", re.escape(_TEMPLATE_ENDS.sub("", _plain(f))))
                       for f in forms if f}, key=len, reverse=True)
    words = {piece for text in saved | _guide_words() | _qt_words() for piece in _pieces(text)}
    date_words = "|".join(sorted(map(re.escape, _date_words()), key=len, reverse=True))
    dates = re.compile(rf"(?:(?:{date_words}|de|del)\b\.?|[\W\d_])*", re.I)
    return Known(re.compile("|".join(f"(?:{p})" for p in patterns), re.S), words, english,
                 dates)


def problems(root: QWidget, known: Known) -> list[str]:
    return sorted({f"{where}: {found}" for where, text in shown_texts(root)
                   for found in known.problems(_plain(text))})


def _guide_words() -> set[str]:
    guide = load_guide(language="es")
    words = set()

    def walk(value):
        if isinstance(value, str):
            words.add(plain_text(value))
        elif isinstance(value, (tuple, list)):
            for item in value:
                walk(item)
        elif hasattr(value, "__dataclass_fields__"):
            for name in value.__dataclass_fields__:
                walk(getattr(value, name))

    walk(guide)
    return words


def _qt_words() -> set[str]:
    box = QDialogButtonBox()
    words = set()
    for button in QDialogButtonBox.StandardButton:
        if button.value and (button.value & (button.value - 1)) == 0:
            made = box.addButton(button)
            if made is not None:
                words.add(_plain(made.text()))
    box.deleteLater()
    return words


def _date_words() -> set[str]:
    locale = QLocale()
    words = set()
    for month in range(1, 13):
        words |= {locale.monthName(month), locale.monthName(month, QLocale.FormatType.ShortFormat)}
    for day in range(1, 8):
        words.add(locale.dayName(day))
    return words
