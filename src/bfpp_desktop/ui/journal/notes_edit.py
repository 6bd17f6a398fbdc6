"""The notes box: formatted text kept as Markdown, with a guard against huge pastes."""
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTextEdit

from bfpp_desktop.core.journal import NOTES_LIMIT


class NotesEdit(QTextEdit):
    paste_refused = Signal(int)   # characters in the refused paste

    def __init__(self, parent=None, limit: int = NOTES_LIMIT):
        super().__init__(parent)
        self.limit = limit
        self.setAcceptRichText(True)
        self.setTabChangesFocus(True)

    def insertFromMimeData(self, source) -> None:
        # A paste that would make the notes too long is refused whole (nothing typed is
        # lost) instead of freezing the window while laying out megabytes of text.
        size = len(source.text()) if source.hasText() else 0
        if len(self.toPlainText()) + size > self.limit:
            self.paste_refused.emit(size)
            return
        super().insertFromMimeData(source)

    def markdown(self) -> str:
        return self.toMarkdown().strip() if self.toPlainText().strip() else ""

    def set_markdown(self, text: str) -> None:
        self.setMarkdown(text)
