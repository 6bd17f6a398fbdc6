"""Tab in reading order: the order the layouts place the widgets on screen.

Qt's Tab order is the order widgets were made, so rows added later, or a button made
before the one on its left, are reached out of turn. follow_layout() walks the layouts
instead: top to bottom, and left to right within a row.
"""
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QGridLayout, QLayout, QScrollArea, QSplitter, QTabWidget,
                               QWidget)


def layout_order(root: QWidget) -> list[QWidget]:
    """The widgets under *root* that Tab stops at, in the order their layouts show them."""
    found: list[QWidget] = []

    def visit_layout(layout: QLayout) -> None:
        order = list(range(layout.count()))
        if isinstance(layout, QGridLayout):   # row by row, whatever order they were added
            order.sort(key=lambda i: layout.getItemPosition(i)[:2])
        for i in order:
            item = layout.itemAt(i)
            if item.widget() is not None:
                visit(item.widget())
            elif item.layout() is not None:
                visit_layout(item.layout())

    def visit(widget: QWidget, tab: bool = False) -> None:
        if not tab and widget.isHidden() \
                and widget.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide):
            return   # hidden on purpose (not merely not shown yet)
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None:
            found.append(widget)
        if isinstance(widget, QScrollArea) and widget.widget() is not None:
            visit(widget.widget())
        elif isinstance(widget, QSplitter):
            for i in range(widget.count()):
                visit(widget.widget(i), tab=True)
        elif isinstance(widget, QTabWidget):
            found.append(widget.tabBar())
            for i in range(widget.count()):   # each tab in order, shown now or later
                visit(widget.widget(i), tab=True)
        elif widget.layout() is not None:
            visit_layout(widget.layout())

    if root.layout() is not None:
        visit_layout(root.layout())
    return found


def follow_layout(root: QWidget) -> None:
    """Make Tab go through *root* in the order its layouts show the widgets."""
    for before, after in pairwise(layout_order(root)):
        QWidget.setTabOrder(before, after)
