"""Help > Glossary: the guide's words and what they mean, with a filter box."""
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QLineEdit, QTextBrowser,
                               QVBoxLayout)

from bfpp_desktop.core.guide import Guide, GlossaryTerm
from bfpp_desktop.ui.widgets.styles import make_hint


def matching_terms(guide: Guide, text: str) -> list[GlossaryTerm]:
    """Terms whose name, other names or meaning contain the text (any letter case)."""
    wanted = text.strip().casefold()
    terms = sorted(guide.glossary, key=lambda t: t.term.casefold())
    if not wanted:
        return terms
    return [t for t in terms
            if any(wanted in name.casefold() for name in t.names())
            or wanted in t.meaning.casefold()]


class GlossaryDialog(QDialog):
    def __init__(self, guide: Guide, parent=None):
        super().__init__(parent)
        self.guide = guide
        self.setWindowTitle(self.tr("Glossary"))
        self.resize(560, 560)
        intro = QLabel(self.tr("Words you may hear from caseworkers and in court, in plain "
                               "language."), self)
        make_hint(intro)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setAccessibleName(self.tr("Find a word"))
        self.filter_edit.setPlaceholderText(self.tr("Type to find a word"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._on_filter)
        self.body = QTextBrowser(self)
        self.body.setOpenLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.body, 1)
        layout.addWidget(buttons)
        self.filter_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        # Ctrl+F finds a word here too, as it does on the pages with a search box.
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        self.shown_terms: list[str] = []
        self._on_filter("")

    def focus_search(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def _on_filter(self, text: str) -> None:
        terms = matching_terms(self.guide, text)
        self.shown_terms = [t.term for t in terms]
        if not terms:
            self.body.setHtml("<p>" + escape(self.tr(
                "No word matches “{text}”. Try a shorter part of it.").format(text=text.strip()))
                + "</p>")
            return
        parts = []
        for term in terms:
            also = (" <i>(" + escape(", ".join(term.also_called)) + ")</i>"
                    if term.also_called else "")
            parts.append(f"<p><b>{escape(term.term)}</b>{also}<br>{escape(term.meaning)}</p>")
        self.body.setHtml("".join(parts))
