"""Every field's placeholder is shown whole, on every page and dialog, in English and in
the longer Spanish."""
import pytest
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame
from window_walk import DIALOGS, look_at_dialog, page_names, show_page, with_maya

from bfpp_desktop.ui.language import install_language


def cut_placeholders(root) -> list[str]:
    cut = []
    for edit in root.findChildren(QLineEdit):
        if not edit.isVisible() or edit.text() or not edit.placeholderText():
            continue
        option = QStyleOptionFrame()
        edit.initStyleOption(option)
        room = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option,
                                           edit).width()
        if edit.fontMetrics().horizontalAdvance(edit.placeholderText()) > room - 4:
            cut.append(edit.placeholderText())
    return cut


@pytest.fixture(params=["en", "es"])
def main(request, qapp, make_window):
    install_language(qapp, request.param)
    window = with_maya(make_window(demo=True))
    window.resize(1100, 800)
    yield window
    install_language(qapp, "en")


def test_no_placeholder_is_cut_on_any_page(main):
    cut = []
    for name in page_names(main):
        cut += cut_placeholders(show_page(main, name))
    assert cut == []


@pytest.mark.parametrize("spec", DIALOGS, ids=[spec.name for spec in DIALOGS])
def test_no_placeholder_is_cut_in_the_dialog(spec, main, monkeypatch):
    seen = {}
    look_at_dialog(spec, main, monkeypatch, lambda d: seen.setdefault("cut", cut_placeholders(d)))
    assert seen["cut"] == []
