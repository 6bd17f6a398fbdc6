"""A small window with the "here is how" help for a due item or a guide step."""
from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout

from bfpp_desktop.core.guide import Audience, Guide
from bfpp_desktop.ui.guide.glossary_text import to_html
from bfpp_desktop.ui.widgets.styles import make_heading


def help_content(guide: Guide, audience: Audience, help_id: str = "",
                 step_id: str = "") -> tuple[str, str]:
    """(title, html) for a HelpText when there is one, else for the guide step."""
    help_text = guide.help(help_id) if help_id else None
    if help_text is not None:
        points = "".join(f"<li>{to_html(p)}</li>" for p in help_text.points_for(audience))
        body = f"<p>{to_html(help_text.body_for(audience))}</p>"
        return help_text.title, body + (f"<ul>{points}</ul>" if points else "")
    step = guide.step(step_id) if step_id else None
    if step is not None:
        return step.title, f"<p>{to_html(step.detail_for(audience))}</p>"
    return "", ""


class HelpDialog(QDialog):
    """Opened with open(), so the caregiver can keep it beside the window."""

    def __init__(self, guide: Guide, title: str, html: str, parent=None):
        super().__init__(parent)
        self.guide = guide
        self.setWindowTitle(title)
        self.resize(460, 340)
        heading = QLabel(title, self)
        heading.setWordWrap(True)
        make_heading(heading, 1.3)
        self.body = QTextBrowser(self)
        self.body.setOpenLinks(False)
        self.body.setHtml(html)
        self.body.anchorClicked.connect(self._on_term)
        self.meaning = QLabel(self)
        self.meaning.setWordWrap(True)
        self.meaning.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.meaning)
        layout.addWidget(buttons)

    def _on_term(self, url) -> None:
        entry = self.guide.find_term(url.toString().removeprefix("term:"))
        if entry is not None:
            self.meaning.setText(f"<b>{escape(entry.term)}</b>: {escape(entry.meaning)}")
            self.meaning.setVisible(True)


def show_help(parent, guide: Guide, audience: Audience, help_id: str = "",
              step_id: str = "") -> HelpDialog | None:
    title, html = help_content(guide, audience, help_id, step_id)
    if not title:
        return None
    dialog = HelpDialog(guide, title, html, parent)
    dialog.open()
    return dialog
