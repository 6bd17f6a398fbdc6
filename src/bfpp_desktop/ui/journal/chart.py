"""Family time per month as bars (hours) with the number of visits, drawn with QPainter."""
from PySide6.QtCore import QDate, QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from bfpp_desktop.core.journal import MonthTotal


def hours_text(minutes: int) -> str:
    """'2', '2.5' hours, in the locale's number format."""
    return QLocale().toString(minutes / 60, "f", 1).removesuffix(QLocale().decimalPoint() + "0")


class FamilyTimeChart(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.months: list[MonthTotal] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(180)

    def sizeHint(self) -> QSize:
        return QSize(480, 240)

    def set_months(self, months: list[MonthTotal]) -> None:
        self.months = list(months)
        lines = [self.tr("{month}: %n visits, {hours} hours", "", m.count).format(
            month=self._month_name(m, "MMMM yyyy"),
            hours=hours_text(m.minutes)) for m in self.months]
        # Screen readers get the numbers the bars show.
        self.setAccessibleDescription("; ".join(lines))
        self.setToolTip("\n".join(lines))
        self.update()

    @staticmethod
    def _month_name(total: MonthTotal, fmt: str) -> str:
        return QLocale().toString(QDate(total.year, total.month, 1), fmt)

    def paintEvent(self, _event) -> None:
        if not self.months:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics = self.fontMetrics()
        line = metrics.height()
        area = QRectF(self.rect()).adjusted(8, line * 2.4 + 4, -8, -(line + 10))
        most = max((m.minutes for m in self.months), default=0) or 60
        slot = area.width() / len(self.months)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        for i, total in enumerate(self.months):
            left = area.left() + i * slot
            height = area.height() * total.minutes / most
            bar = QRectF(left + slot * 0.18, area.bottom() - height, slot * 0.64, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRect(bar)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            label_box = QRectF(left, bar.top() - line * 2.2, slot, line * 2.2)
            if total.count:
                painter.drawText(label_box, Qt.AlignmentFlag.AlignHCenter |
                                 Qt.AlignmentFlag.AlignBottom,
                                 f"{hours_text(total.minutes)}h\n×{total.count}")
            painter.drawText(QRectF(left, area.bottom() + 4, slot, line + 4),
                             Qt.AlignmentFlag.AlignHCenter,
                             self._month_name(total, "MMM"))
        painter.end()
