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


def test_the_trial_cuts_are_freed(qapp, monkeypatch):
    """Each row painted tries cuts on copies of its text; PySide6 leaves a copy to C++,
    which never frees it (200 MB over a scrolled journal before this was found)."""
    import shiboken6
    copies = []
    clone = QTextDocument.clone

    def counted(self, *args):
        copy = clone(self, *args)
        copies.append(copy)
        return copy
    monkeypatch.setattr(QTextDocument, "clone", counted)
    doc = _doc("<b>A long day out</b> — " + "the bus, the beach, the long walk back " * 4)
    elide_document(doc, 150)
    assert copies and not any(shiboken6.isValid(copy) for copy in copies)
