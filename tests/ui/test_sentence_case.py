"""Menus and buttons keep one convention: sentence case, as GNOME and Windows write them.

"Edit child details…", not "Edit Child Details…". Names (of people, or of the app's own
documents quoted in words) and short forms such as PDF keep their capitals.
"""
import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QMenu
from window_walk import DIALOGS, with_maya, look_at_dialog, page_names, show_page

from bfpp_desktop.storage import children, contacts

WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _names(window) -> set[str]:
    """Words that are names in the family's records, which keep their capitals."""
    db = window.context.db
    kids = children.list_children(db) + children.list_children(db, archived=True)
    people = [c.full_name for c in kids] + [c.preferred_name or "" for c in kids]
    for child in kids:
        people += [p.name for p in contacts.list_contacts_for_child(db, child.id)]
    return {w for name in people for w in WORD.findall(name)}


def title_cased(text: str, names: set[str]) -> bool:
    words = WORD.findall(text.replace("&&", "").replace("&", ""))
    for word in words[1:]:
        if word[0].isupper() and not word.isupper() and word.split("'")[0].split("’")[0] \
                not in names and word not in names:
            return True
    return False


def _menu_texts(menus) -> list[str]:
    texts = []
    for menu in menus:
        for action in menu.actions():
            if action.menu() is not None:
                texts += [action.text()] + _menu_texts([action.menu()])
            elif action.text():
                texts.append(action.text())
    return texts


def _button_texts(root) -> list[str]:
    return [b.text() for b in root.findChildren(QAbstractButton) if b.isVisibleTo(root)
            and b.text()]


@pytest.fixture
def main(make_window):
    return with_maya(make_window(demo=True))


def test_the_menus_are_in_sentence_case(main):
    names = _names(main)
    menus = [a.menu() for a in main.menuBar().actions() if isinstance(a.menu(), QMenu)]
    texts = [a.text() for a in main.menuBar().actions()] + _menu_texts(menus)
    assert [t for t in texts if title_cased(t, names)] == []


def test_the_buttons_on_every_page_are_in_sentence_case(main):
    names = _names(main)
    wrong = []
    for name in page_names(main):
        wrong += [t for t in _button_texts(show_page(main, name)) if title_cased(t, names)]
    assert wrong == []


@pytest.mark.parametrize("spec", DIALOGS, ids=[spec.name for spec in DIALOGS])
def test_the_buttons_in_every_dialog_are_in_sentence_case(spec, main, monkeypatch):
    names, seen = _names(main), {}
    look_at_dialog(spec, main, monkeypatch, lambda d: seen.setdefault(
        "wrong", [t for t in _button_texts(d) if title_cased(t, names)]))
    assert seen["wrong"] == []
