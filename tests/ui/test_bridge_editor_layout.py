"""The bridge-page editor with nothing new to offer draws no stray lists in its corner."""
from datetime import date

from PySide6.QtWidgets import QListWidget

from bfpp_desktop.core.bridge_book import Gathered
from bfpp_desktop.core.children import Child
from bfpp_desktop.ui.bridge.page_editor import BridgePageEditor


def test_empty_lists_are_not_drawn_at_the_top_left(qtbot, tmp_path):
    editor = BridgePageEditor(None, tmp_path, Child(id=1, full_name="Maya"),
                              Gathered(since=None, until=date(2024, 3, 1), summaries=[],
                                       photos=[]),
                              starters=(), parent_names=["Rosa"], save=lambda page: page,
                              today=date(2024, 3, 1))
    qtbot.addWidget(editor)
    editor.show()
    loose = [w.accessibleName() for w in editor.findChildren(QListWidget)
             if w.isVisible() and w.parentWidget() is editor]
    assert loose == []
