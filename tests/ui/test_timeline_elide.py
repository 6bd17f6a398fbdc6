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


def test_a_row_painted_again_is_cut_where_it_was_without_new_trials(qapp, monkeypatch):
    """Finding the cut takes trial copies of the line; a row repainted (selection, hover,
    scrolling back) reuses the cut found for the same words, width and font."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QColor, QImage, QPainter

    from bfpp_desktop.ui.journal import timeline_delegate

    found = []
    real = timeline_delegate.cut_position
    monkeypatch.setattr(timeline_delegate, "cut_position",
                        lambda doc, width: found.append(width) or real(doc, width))
    delegate = timeline_delegate.TimelineDelegate()
    html = ("<b>First day at the new school</b> — she held my hand all the way to the "
            "gate and then ran in without looking back")
    images = []
    for colour in ("#000000", "#000000", "#ffffff"):
        image = QImage(240, 30, QImage.Format.Format_ARGB32)
        image.fill(0)
        painter = QPainter(image)
        delegate._draw_html(painter, html, QRect(0, 0, 200, 24), QColor(colour))
        painter.end()
        images.append(image)
    assert found == [200]                      # once, though painted three times
    assert images[0] == images[1]              # and cut in the same place
    assert delegate._doc.toPlainText().endswith("…")
    assert delegate._doc.idealWidth() <= 200
