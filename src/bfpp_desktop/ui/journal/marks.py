"""How the journal shows privacy and search matches: a word plus an icon, never colour alone."""
import html
import re

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPen, QPixmap

from bfpp_desktop.core.journal import EntryKind, Outcome
from bfpp_desktop.storage.journal import MATCH_END, MATCH_START

_icon: QIcon | None = None
_MARKDOWN = re.compile(r"(^|\n)\s*(#+|[-*+]|\d+\.)\s+|[*_`>]+")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Journal", text)


def lock_icon() -> QIcon:
    """A small padlock drawn once with QPainter (no icon files to ship)."""
    global _icon
    if _icon is None:
        pixmap = QPixmap(32, 32)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(Qt.GlobalColor.darkGray, 3.5)
        painter.setPen(pen)
        painter.drawArc(QRectF(9, 3, 14, 16), 0, 180 * 16)
        painter.drawLine(QPointF(9, 11), QPointF(9, 15))
        painter.drawLine(QPointF(23, 11), QPointF(23, 15))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(Qt.GlobalColor.darkGray)
        painter.drawRoundedRect(QRectF(5, 14, 22, 16), 3, 3)
        painter.end()
        _icon = QIcon(pixmap)
    return _icon


def privacy_text(has_share_summary: bool) -> str:
    if has_share_summary:
        return _tr("Private notes · a “to share” summary can be printed")
    return _tr("Private · nothing to share")


def privacy_explained(has_share_summary: bool) -> str:
    if has_share_summary:
        return _tr("Your notes stay private. Only the “to share” summary can go on a "
                   "printout for the birth parent.")
    return _tr("Private: this entry never leaves the app. Write a “to share” summary "
               "if you want something from it on a printout for the birth parent.")


def kind_text(kind: EntryKind, outcome: Outcome | None) -> str:
    if kind == EntryKind.FAMILY_TIME and outcome and outcome != Outcome.HAPPENED:
        return f"{kind.label} · {outcome.label}"
    return kind.label


def highlighted_html(text: str) -> str:
    """Escape *text* and turn storage's match markers into bold."""
    return (html.escape(text).replace(MATCH_START, "<b><u>").replace(MATCH_END, "</u></b>"))


def plain_preview(text: str) -> str:
    """The start of Markdown notes as one calm line."""
    return " ".join(_MARKDOWN.sub(" ", text).split())
