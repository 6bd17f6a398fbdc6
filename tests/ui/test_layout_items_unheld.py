"""No layout item is kept by Python after the app has walked its layouts.

PySide6 keeps each QLayoutItem it hands to Python (QLayout.itemAt) alive beside the
layout's Python object, though the item belongs to Qt. Once Qt deletes the item (a row
rebuilt, a page's content replaced), destroying that layout writes into freed memory:
valgrind showed it in Shiboken::Object::destroy under ~QBoxLayout, and it crashed the
window about one time in fifteen while every page of a large folder was opened.
"""
import shiboken6
from PySide6.QtWidgets import (QFormLayout, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)
from window_walk import show_page, with_maya

from bfpp_desktop.ui.widgets.tab_order import follow_layout, layout_order


def held_layout_items() -> list:
    """Python objects of layout items that Qt made and that are not QObjects (a
    QWidgetItem, a QSpacerItem). An item made in Python tells Python when Qt deletes it."""
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QLayoutItem
    return [w for w in shiboken6.getAllValidWrappers()
            if isinstance(w, QLayoutItem) and not isinstance(w, QObject)
            and not shiboken6.createdByPython(w)]


def _form(qtbot) -> tuple[QWidget, list[QWidget]]:
    """Buttons made in an order unlike the one they are shown in, in nested layouts,
    a grid filled out of order, a form, stretches and spacing."""
    root = QWidget()
    qtbot.addWidget(root)
    later, first = QPushButton("Second"), QPushButton("First")
    top = QHBoxLayout()
    top.addWidget(first)
    top.addStretch(1)
    top.addWidget(later)
    grid = QGridLayout()
    grid_widgets = [QLineEdit() for _ in range(4)]
    for (row, col), widget in zip([(1, 1), (0, 1), (1, 0), (0, 0)], grid_widgets):
        grid.addWidget(widget, row, col)
    form = QFormLayout()
    name = QLineEdit()
    form.addRow(QLabel("Name"), name)
    column = QVBoxLayout(root)
    column.addLayout(top)
    column.addSpacing(12)
    column.addLayout(grid)
    column.addLayout(form)
    hidden = QPushButton("Hidden")
    column.addWidget(hidden)
    hidden.hide()
    expected = [first, later, grid_widgets[3], grid_widgets[1], grid_widgets[2],
                grid_widgets[0], name]
    return root, expected


def test_the_walk_reads_rows_grids_and_forms_in_order(qtbot):
    root, expected = _form(qtbot)
    assert layout_order(root) == expected


def test_the_walk_keeps_no_layout_item(qtbot):
    root, _expected = _form(qtbot)
    before = len(held_layout_items())
    follow_layout(root)
    assert len(held_layout_items()) == before


def test_tab_then_goes_in_that_order(qtbot):
    root, expected = _form(qtbot)
    follow_layout(root)
    reached, widget = [], expected[0]
    while len(reached) < len(expected):
        if widget in expected:
            reached.append(widget)
        widget = widget.nextInFocusChain()
    assert reached == expected


def test_no_layout_item_is_kept_after_every_page_is_rebuilt(make_window):
    """The journey that crashed: every page of every child, again and again, each
    rebuilding its rows (About, People, the cards, what is due) and walking them."""
    from bfpp_desktop.storage.children import list_children
    window = with_maya(make_window(demo=True))
    names = [type(page).__name__ for page in window.pages]
    for _round in range(2):
        for child in list_children(window.context.db):
            window.select_child(child.id)
            for name in names:
                show_page(window, name)
    assert held_layout_items() == []

