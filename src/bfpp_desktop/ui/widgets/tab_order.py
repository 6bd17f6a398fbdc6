"""Tab in reading order: the order the layouts place the widgets on screen.

Qt's Tab order is the order widgets were made, so rows added later, or a button made
before the one on its left, are reached out of turn. follow_layout() walks the layouts
instead: top to bottom, and left to right within a row.

The walk never asks a layout for its items (QLayout.itemAt). PySide6 keeps each item it
hands to Python alive as a child of the layout's Python object, though the item belongs
to Qt: once Qt deletes it (its widget removed, a row rebuilt), the layout's Python object
still holds it, and destroying that layout later writes into freed memory (valgrind:
Shiboken::Object::destroy under ~QBoxLayout). That damaged the heap now and then while
pages were rebuilt. Widgets and sub-layouts are QObjects, which PySide6 follows safely,
so the walk finds each one's place with QLayout.indexOf instead.
"""
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QGridLayout, QLayout, QScrollArea, QSplitter, QTabWidget,
                               QWidget)


def layout_parts(layout: QLayout, widgets: list[QWidget]) -> list[QWidget | QLayout]:
    """The widgets (of *widgets*) and the sub-layouts placed directly in *layout*, in its
    order: row by row for a grid, whatever order they were added in."""
    placed = [(layout.indexOf(part), part) for part in widgets]
    placed += [(layout.indexOf(sub), sub) for sub in layout.children() if isinstance(sub, QLayout)]
    placed = [(index, part) for index, part in placed if index >= 0]
    if isinstance(layout, QGridLayout):
        placed.sort(key=lambda entry: layout.getItemPosition(entry[0])[:2])
    else:
        placed.sort(key=lambda entry: entry[0])
    return [part for _, part in placed]


def layout_order(root: QWidget) -> list[QWidget]:
    """The widgets under *root* that Tab stops at, in the order their layouts show them."""
    found: list[QWidget] = []

    def visit_layout(layout: QLayout, widgets: list[QWidget]) -> None:
        for part in layout_parts(layout, widgets):
            if isinstance(part, QLayout):
                visit_layout(part, widgets)
            else:
                visit(part)

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
            visit_layout(widget.layout(), _children(widget))

    if root.layout() is not None:
        visit_layout(root.layout(), _children(root))
    return found


def _children(widget: QWidget) -> list[QWidget]:
    return widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)


def follow_layout(root: QWidget) -> None:
    """Make Tab go through *root* in the order its layouts show the widgets."""
    for before, after in pairwise(layout_order(root)):
        QWidget.setTabOrder(before, after)
