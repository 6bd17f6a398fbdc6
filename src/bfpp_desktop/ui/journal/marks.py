"""How the journal shows privacy and search matches: a word plus an icon, never colour alone."""
import html
import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon

from bfpp_desktop.core.journal import EntryKind, Outcome
from bfpp_desktop.storage.journal import MATCH_END, MATCH_START
from bfpp_desktop.ui.widgets.privacy import privacy_icon

_icon: QIcon | None = None
_MARKDOWN = re.compile(r"(^|\n)\s*(#+|[-*+]|\d+\.)\s+|[*_`>]+")



def lock_icon() -> QIcon:
    """The app's closed padlock, at the size the timeline draws it."""
    global _icon
    if _icon is None:
        _icon = privacy_icon(True, 32)
    return _icon


def privacy_text(has_share_summary: bool) -> str:
    if has_share_summary:
        return QCoreApplication.translate("Journal", "Private notes · a “to share” summary can be printed")
    return QCoreApplication.translate("Journal", "Private · nothing to share")


def privacy_explained(has_share_summary: bool, for_agency_only: bool = False) -> str:
    if for_agency_only:
        return QCoreApplication.translate(
            "Journal", "Private: an incident report is for you and the agency. It is never "
                       "put on a sheet for the family.")
    if has_share_summary:
        return QCoreApplication.translate("Journal", "Your notes stay private. Only the “to share” summary can go on a "
                   "printout for the birth parent.")
    return QCoreApplication.translate("Journal", "Private: this entry never leaves the app. Write a “to share” summary "
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
