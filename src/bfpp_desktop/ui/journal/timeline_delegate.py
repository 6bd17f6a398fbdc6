"""Draws a timeline row; the first row of each month carries the month as a heading.

Row heights are fixed numbers (not measured text), so scrolling years of entries
never lays out text for rows that are off screen.
"""
import shiboken6
from PySide6.QtCore import QDate, QLocale, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPalette, QTextCursor, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from bfpp_desktop.ui.widgets.styles import hint_colour
from bfpp_desktop.ui.widgets.formatting import short_date
from bfpp_desktop.ui.journal.marks import kind_text, lock_icon, privacy_text
from bfpp_desktop.ui.journal.timeline_model import STARTS_MONTH_ROLE, SUMMARY_ROLE

PAD = 8
# Where each row's line was cut to end in "…", by its words, width and font: finding it
# takes trial copies of the line (the most of a row's paint), and a row is painted again
# and again (selection, hover, focus, scrolling back). A few bytes each; cleared when full.
CUTS_KEPT = 2000


def starts_month(index) -> bool:
    return bool(index.data(STARTS_MONTH_ROLE))


def elide_document(doc: QTextDocument, width: float) -> None:
    """Cut a one-line *doc* that is wider than *width* between letters and end it with "…",
    keeping its formatting (bold title, search marks); it is left as it is when it fits."""
    at = cut_position(doc, width)
    if at is not None:
        _cut(doc, at)


def cut_position(doc: QTextDocument, width: float) -> int | None:
    """Where elide_document() cuts *doc* for *width*; None when it fits."""
    if doc.idealWidth() <= width:
        return None
    ellipsis = QFontMetricsF(doc.defaultFont()).horizontalAdvance("…")
    layout = doc.documentLayout()
    middle = doc.size().height() / 2
    at = layout.hitTest(QPointF(max(0.0, width - ellipsis), middle),
                        Qt.HitTestAccuracy.FuzzyHit)
    while at > 0 and not _fits_cut(doc, at, width):
        at -= 1   # the hit may keep a letter that reaches past the edge
    return at


def _fits_cut(doc: QTextDocument, at: int, width: float) -> bool:
    trial = _cut(doc.clone(), at)
    try:
        return trial.idealWidth() <= width
    finally:
        # PySide6 leaves a clone to C++, which never frees it: without this every long
        # row painted kept a document (about 18 KB; 200 MB over a scrolled journal).
        shiboken6.delete(trial)


def _cut(doc: QTextDocument, at: int) -> QTextDocument:
    cursor = QTextCursor(doc)
    cursor.setPosition(at)
    cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText("…")
    return doc


class TimelineDelegate(QStyledItemDelegate):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._doc = QTextDocument(self)
        self._doc.setDocumentMargin(0)
        self._cuts: dict[tuple[str, int, str], int | None] = {}

    def _line(self, option) -> int:
        return option.fontMetrics.height()

    def sizeHint(self, option, index) -> QSize:
        line = self._line(option)
        height = PAD * 2 + line * 3 + 4
        if starts_month(index):
            height += int(line * 1.6) + PAD
        return QSize(200, height)

    def paint(self, painter, option, index) -> None:
        row = index.data(SUMMARY_ROLE)
        model = index.model()
        painter.save()
        rect = QRect(option.rect)
        line = self._line(option)
        palette = option.palette
        if starts_month(index):
            band = QRect(rect.left(), rect.top(), rect.width(), int(line * 1.6) + PAD)
            painter.fillRect(band, palette.color(QPalette.ColorRole.AlternateBase))
            font = QFont(option.font)
            font.setWeight(QFont.Weight.DemiBold)
            painter.setFont(font)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            month = QLocale().toString(QDate(row.entry_date.year, row.entry_date.month, 1),
                                       "MMMM yyyy")
            painter.drawText(band.adjusted(PAD, 0, -PAD, 0),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, month)
            rect.setTop(band.bottom() + 1)
        item = QStyleOptionViewItem(option)
        item.rect = rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        text_color = palette.color(QPalette.ColorRole.HighlightedText if selected
                                   else QPalette.ColorRole.Text)
        inner = rect.adjusted(PAD, PAD, -PAD, -PAD)
        painter.setFont(option.font)
        painter.setPen(text_color)
        when = short_date(row.entry_date)
        if row.entry_time:
            when += f" {row.entry_time}"
        head = f"{when} · {kind_text(row.kind, row.outcome)}"
        if row.photo_count:
            head += " · " + self.tr("%n photos", "", row.photo_count)
        painter.drawText(QRect(inner.left(), inner.top(), inner.width(), line),
                         Qt.AlignmentFlag.AlignLeft, option.fontMetrics.elidedText(
                             head, Qt.TextElideMode.ElideRight, inner.width()))
        self._draw_html(painter, f"<b>{model.title_html(row)}</b> — "
                        f"{model.preview_html(row)}",
                        QRect(inner.left(), inner.top() + line, inner.width(), line + 2),
                        text_color)
        icon_size = line - 2
        lock_icon().paint(painter, QRect(inner.left(), inner.top() + 2 * line + 3,
                                         icon_size, icon_size))
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.9)
        painter.setFont(small)
        painter.setPen(text_color if selected else hint_colour(palette))
        painter.drawText(QRect(inner.left() + icon_size + 4, inner.top() + 2 * line + 2,
                               inner.width() - icon_size - 4, line),
                         Qt.AlignmentFlag.AlignLeft, privacy_text(row.has_share_summary))
        painter.restore()

    def _draw_html(self, painter, html: str, rect: QRect, color) -> None:
        # drawContents (not documentLayout().draw with a PaintContext): PySide6 6.12's
        # PaintContext binding mis-counts references to None and crashes after many rows.
        doc = self._doc
        font = painter.font()
        doc.setDefaultFont(font)
        doc.setHtml(f"<span style='white-space: nowrap; color: {color.name()}'>{html}</span>")
        key = (html, rect.width(), font.key())   # the colour does not move the cut
        if key not in self._cuts:
            if len(self._cuts) >= CUTS_KEPT:
                self._cuts.clear()
            self._cuts[key] = cut_position(doc, rect.width())   # never a letter cut in half
        at = self._cuts[key]
        if at is not None:
            _cut(doc, at)
        painter.save()
        painter.translate(rect.topLeft())
        doc.drawContents(painter, QRectF(0, 0, rect.width(), rect.height()))
        painter.restore()
