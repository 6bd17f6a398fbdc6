"""The window in Spanish: every page and dialog shows only words the Spanish catalogue
holds (or the family's own records), and a caregiver's day goes the same in Spanish.

A failure names each piece of text and where it was seen: "untranslated" means
bfpp_es.ts has no Spanish for it yet; "not in the catalogue" means the code shows words
that lupdate cannot find (wrap them in self.tr / translate / QT_TRANSLATE_NOOP).
"""
import json

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog
from screen_words import known_words, problems
from test_every_window_closes import WINDOWS, _drive

from bfpp_desktop.core import i18n
from bfpp_desktop.storage import children
from bfpp_desktop.ui.language import install_language


@pytest.fixture
def spanish(qapp):
    install_language(qapp, "es")
    yield
    install_language(qapp, "en")


@pytest.fixture
def main(spanish, make_window):
    window = make_window(demo=True)
    if window.current_child().display_name != "Maya":
        window.select_child(next(c.id for c in children.list_children(window.context.db)
                                 if c.display_name == "Maya"))
    return window


def _saved_text(db) -> set[str]:
    """Every text the sample family's records hold: it is shown as the caregiver wrote it."""
    texts = set()

    def add(value):
        if isinstance(value, str) and value.strip():
            texts.add(value.strip().lstrip("#"))
            if value.lstrip().startswith(("[", "{")):
                try:
                    add(json.loads(value))
                except ValueError:
                    pass
        elif isinstance(value, list):
            for item in value:
                add(item)
        elif isinstance(value, dict):
            for item in value.values():
                add(item)

    for table in db.table_names():
        for row in db[table].rows:
            add(list(row.values()))
    return texts


@pytest.fixture
def known(main):
    shown_as_is = {*i18n.LANGUAGES.values(), str(main.context.data_dir / "bfpp.sqlite3")}
    saved = _saved_text(main.context.db)
    names = {word for text in saved if len(text.split()) <= 4 for word in text.split()}
    return known_words(saved | names | shown_as_is)


def test_the_app_speaks_spanish(main):
    assert i18n.language() == "es"
    assert main.ui.menuFile.title() == "&Archivo"
    assert QCoreApplication.translate("JournalPage", "%n entries", None, 1) == "1 anotación"


def test_every_page_shows_only_catalogued_spanish(main, known):
    found = []
    for index in range(main.ui.childTabs.count()):
        main.ui.childTabs.setCurrentIndex(index)
        QCoreApplication.processEvents()
        found += problems(main, known)
    assert not found, "\n".join(sorted(set(found)))


@pytest.mark.parametrize("spec", WINDOWS, ids=lambda s: s.name)
def test_every_dialog_shows_only_catalogued_spanish(spec, main, known, monkeypatch):
    seen = {}

    def look(dialog):
        seen["problems"] = problems(dialog, known)
        dialog.reject() if isinstance(dialog, QDialog) else dialog.close()

    _drive(spec, main, monkeypatch, look)
    assert not seen["problems"], "\n".join(seen["problems"])


def test_an_english_word_on_screen_is_reported(main, known):
    main.setWindowTitle("Children in my care")   # as if a translation were missing
    main.ui.childrenHeading.setText("Some words nobody catalogued")
    found = "\n".join(problems(main, known))
    assert "'Children in my care' — untranslated (Spanish: 'Niños a mi cuidado')" in found
    assert "'Some words nobody catalogued' — not in the catalogue" in found
