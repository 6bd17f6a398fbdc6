"""Guide text with [[term]] markers shown as links that open the term's meaning."""
import re
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QLabel, QToolTip

from bfpp_desktop.core.guide import Guide

_MARKER = re.compile(r"\[\[([^\[\]]+)\]\]")
LINK_PREFIX = "term:"


def to_html(text: str) -> str:
    """Escaped text where each [[term]] becomes a dotted link (word, not colour alone)."""
    parts, last = [], 0
    for match in _MARKER.finditer(text):
        parts.append(escape(text[last:match.start()]))
        term = match.group(1)
        parts.append(f'<a href="{LINK_PREFIX}{escape(term, quote=True)}" '
                     f'style="text-decoration: underline dotted;">{escape(term)}</a>')
        last = match.end()
    parts.append(escape(text[last:]))
    return "".join(parts)


def meaning_html(guide: Guide, term: str) -> str:
    entry = guide.find_term(term)
    if entry is None:
        return escape(term)
    return f"<b>{escape(entry.term)}</b><br>{escape(entry.meaning)}"


class GuideTextLabel(QLabel):
    """A wrapping label for guide text; clicking a term shows what it means."""

    def __init__(self, guide: Guide, text: str = "", parent=None):
        super().__init__(parent)
        self.guide = guide
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.setOpenExternalLinks(False)
        self.linkActivated.connect(self._on_link)
        self.set_guide_text(text)
        self.last_meaning = ""

    def set_guide_text(self, text: str) -> None:
        self.setText(to_html(text))
        terms = _MARKER.findall(text)
        if terms:
            self.setToolTip(QCoreApplication.translate(
                "Guide", "Click an underlined word to see what it means."))

    def _on_link(self, link: str) -> None:
        if not link.startswith(LINK_PREFIX):
            return
        self.last_meaning = meaning_html(self.guide, link[len(LINK_PREFIX):])
        QToolTip.showText(QCursor.pos(), self.last_meaning, self)
