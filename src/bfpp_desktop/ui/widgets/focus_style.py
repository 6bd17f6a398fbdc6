"""A focus mark people can see on buttons, boxes and tabs.

Fusion marks a focused check box, tool button or tab with a faint tint, and a focused push
button only by the outline every default button (Save) has, so someone using Tab cannot
find where they are. This style draws a solid ring in the highlight colour instead (3:1
against the window, as WCAG asks of a control's parts). As in Fusion, the ring shows once
the keyboard has moved the focus in a window, not after a mouse click.
"""
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPalette, QPen
from PySide6.QtWidgets import QAbstractButton, QProxyStyle, QStyle, QTabBar

RING = 2          # pixels
RADIUS = 3


def _ring(painter, option, rect) -> None:
    if not option.state & QStyle.StateFlag.State_KeyboardFocusChange:
        return
    painter.save()
    painter.setRenderHint(painter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Highlight), RING))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = RING / 2
    painter.drawRoundedRect(QRectF(rect).adjusted(half, half, -half, -half), RADIUS, RADIUS)
    painter.restore()


class FocusRingStyle(QProxyStyle):
    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect \
                and isinstance(widget, (QAbstractButton, QTabBar)):
            _ring(painter, option, option.rect)
            return
        super().drawPrimitive(element, option, painter, widget)

    def drawControl(self, element, option, painter, widget=None) -> None:
        super().drawControl(element, option, painter, widget)
        if not option.state & QStyle.StateFlag.State_HasFocus:
            return
        # Fusion draws no focus mark of its own on a push button, and only a tint on a tab.
        if element == QStyle.ControlElement.CE_PushButton:
            _ring(painter, option, self.subElementRect(
                QStyle.SubElement.SE_PushButtonFocusRect, option, widget))
        elif element == QStyle.ControlElement.CE_TabBarTab:
            _ring(painter, option, option.rect.adjusted(2, 2, -2, 0))
