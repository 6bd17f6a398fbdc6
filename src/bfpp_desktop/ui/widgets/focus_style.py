"""A focus mark people can see on buttons, boxes, tabs, lists and text boxes.

Fusion marks a focused check box, tool button or tab with a faint tint, a focused push
button only by the outline every default button (Save) has, and a list or a text box not
at all (an empty list shows nothing; a text box only its caret), so someone using Tab
cannot find where they are. This style draws a solid ring in the highlight colour instead
(3:1 against the window, as WCAG asks of a control's parts): on buttons and tabs once the
keyboard has moved the focus in the window, as Fusion does; on the frame of a list or a
text box whenever it has the focus, as Fusion does for a one-line field.
"""
from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QPalette, QPen
from PySide6.QtWidgets import (QAbstractButton, QAbstractScrollArea, QFrame, QProxyStyle,
                               QScrollArea, QStyle, QStyleOptionFrame, QTabBar)

RING = 2          # pixels
RADIUS = 3


FOCUS_FRAME = "focusFrame"   # the property frame_focus() sets on a scroll area


def _framed(widget) -> bool:
    """A list, text box or page view, whose frame shows its focus (a QScrollArea has its
    own mark, frame_focus)."""
    return isinstance(widget, QAbstractScrollArea) and not isinstance(widget, QScrollArea)


def _focus_framed(widget) -> bool:
    return isinstance(widget, QScrollArea) and bool(widget.property(FOCUS_FRAME))


def frame_focus(area: QScrollArea) -> None:
    """Give *area* a RING-wide frame in the highlight colour while it has the focus.

    The frame is always there, see-through when not focused: one that came and went would
    change the area's size. Drawn by the style, not a style sheet: a sheet on the area
    would style every widget inside it too (a page's hundreds), about 10 MB over the pages
    of a large folder."""
    if _focus_framed(area):
        return
    area.setProperty(FOCUS_FRAME, True)
    area.installEventFilter(_RepaintOnFocus(area))
    # A plain box this wide makes the room; drawControl paints it (or leaves it clear).
    area.setFrameStyle(QFrame.Shape.Box | QFrame.Shadow.Plain)
    area.setLineWidth(RING)
    area.setMidLineWidth(0)


ROOMY = "focusRingRoom"   # set on a list or text box whose frame _make_room widened


def _make_room(widget) -> None:
    """Room inside the frame of a list or text box for the whole ring: its one-pixel
    frame turning blue alone is too little to see (under 3:1 against the grey). A plain
    box RING wide makes it; drawControl draws the styled frame it had in its place."""
    if widget.property(ROOMY) or widget.frameShape() != QFrame.Shape.StyledPanel:
        return
    widget.setProperty(ROOMY, widget.frameShadow() == QFrame.Shadow.Sunken)
    widget.setFrameStyle(QFrame.Shape.Box | QFrame.Shadow.Plain)
    widget.setLineWidth(RING)
    widget.setMidLineWidth(0)


def _give_back_room(widget) -> None:
    if widget.property(ROOMY) is None:
        return
    sunken = widget.property(ROOMY)
    widget.setProperty(ROOMY, None)
    widget.setFrameStyle(QFrame.Shape.StyledPanel
                         | (QFrame.Shadow.Sunken if sunken else QFrame.Shadow.Plain))
    widget.setLineWidth(1)


def _as_made(option, widget):
    """The frame's option as the widget had it before _make_room widened it."""
    if widget.property(ROOMY) is None or option.frameShape != QFrame.Shape.Box:
        return option
    made = QStyleOptionFrame(option)
    made.frameShape = QFrame.Shape.StyledPanel
    made.lineWidth, made.midLineWidth = 1, 0
    if widget.property(ROOMY):
        made.state |= QStyle.StateFlag.State_Sunken
    return made


def _ring(painter, option, rect, radius: float = RADIUS) -> None:
    painter.save()
    painter.setRenderHint(painter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Highlight), RING))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = RING / 2
    painter.drawRoundedRect(QRectF(rect).adjusted(half, half, -half, -half), radius, radius)
    painter.restore()


def _by_keyboard(option) -> bool:
    return bool(option.state & QStyle.StateFlag.State_KeyboardFocusChange)


class _RepaintOnFocus(QObject):
    """A frame is painted by the scroll area, which does not repaint it when the focus
    comes or goes (only its inside); this asks it to."""

    def eventFilter(self, watched, event) -> bool:
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            watched.update()
        return False


class FocusRingStyle(QProxyStyle):
    def __init__(self, base: str):
        super().__init__(base)
        self._repaint = _RepaintOnFocus(self)

    # No pixelMetric() of ours: Qt asks for metrics while a widget is still being built.
    # The room is made at polish instead. The journal benchmark still crashes now and
    # then with any one of the overrides below, and never with plain Fusion: see "The
    # crash still open" in benchmarks/results.md.
    def polish(self, widget_or_other):
        result = super().polish(widget_or_other)
        if _framed(widget_or_other):
            widget_or_other.installEventFilter(self._repaint)
            _make_room(widget_or_other)
        return result

    def unpolish(self, widget_or_other):
        if _framed(widget_or_other):
            widget_or_other.removeEventFilter(self._repaint)
            _give_back_room(widget_or_other)
        return super().unpolish(widget_or_other)

    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect \
                and isinstance(widget, (QAbstractButton, QTabBar)):
            if _by_keyboard(option):
                _ring(painter, option, option.rect)
            return
        super().drawPrimitive(element, option, painter, widget)

    def drawControl(self, element, option, painter, widget=None) -> None:
        if element == QStyle.ControlElement.CE_ShapedFrame and _focus_framed(widget):
            if option.state & QStyle.StateFlag.State_HasFocus:
                colour = option.palette.color(QPalette.ColorRole.Highlight)
                rect = option.rect
                painter.fillRect(rect.adjusted(0, 0, 0, RING - rect.height()), colour)
                painter.fillRect(rect.adjusted(0, rect.height() - RING, 0, 0), colour)
                painter.fillRect(rect.adjusted(0, 0, RING - rect.width(), 0), colour)
                painter.fillRect(rect.adjusted(rect.width() - RING, 0, 0, 0), colour)
            return
        framed = element == QStyle.ControlElement.CE_ShapedFrame and _framed(widget) \
            and option.frameShape != QFrame.Shape.NoFrame
        if framed:   # the room made for the ring looks like the box's inside until focused
            painter.fillRect(option.rect, option.palette.color(QPalette.ColorRole.Base))
            option = _as_made(option, widget)
        super().drawControl(element, option, painter, widget)
        if not option.state & QStyle.StateFlag.State_HasFocus:
            return
        # Fusion draws no focus mark of its own on a push button, and only a tint on a tab.
        if element == QStyle.ControlElement.CE_PushButton and _by_keyboard(option):
            _ring(painter, option, self.subElementRect(
                QStyle.SubElement.SE_PushButtonFocusRect, option, widget))
        elif element == QStyle.ControlElement.CE_TabBarTab and _by_keyboard(option):
            _ring(painter, option, option.rect.adjusted(2, 2, -2, 0))
        elif framed:
            _ring(painter, option, option.rect, radius=1)
