"""A timeline row too long for its width ends in "…" and keeps its bold title."""
from PySide6.QtGui import QTextDocument

from bfpp_desktop.ui.journal.timeline_delegate import elide_document


def _doc(html: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setHtml(f"<span style='white-space: nowrap'>{html}</span>")
    return doc


def test_a_long_row_is_cut_between_letters_with_an_ellipsis(qapp):
    doc = _doc("<b>First day at the new school</b> — she held my hand all the way "
               "to the gate and then ran in without looking back")
    elide_document(doc, 200)
    assert doc.toPlainText().endswith("…")
    assert doc.idealWidth() <= 200
    assert doc.toPlainText().startswith("First day")
    assert "<b>" in doc.toHtml() or "font-weight" in doc.toHtml()


def test_a_row_that_fits_is_left_alone(qapp):
    doc = _doc("<b>Park</b> — swings")
    elide_document(doc, 400)
    assert doc.toPlainText() == "Park — swings"
