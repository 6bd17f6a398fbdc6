"""A caregiver who reads Spanish: chooses Español in Settings, starts the app again, adds
a child with a birth date typed in Spanish, writes a journal entry, and prints a routine
sheet in Spanish and a bilingual one for the child's father."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from bfpp_desktop.core import i18n
from bfpp_desktop.core.world import Section, Source, new_item
from bfpp_desktop.storage import journal
from bfpp_desktop.storage.world import add_item
from bfpp_desktop.ui.children.editor import ChildEditor
from bfpp_desktop.ui.journal.page import JournalPage
from bfpp_desktop.ui.language import install_language, start_language
from bfpp_desktop.ui.settings.dialog import SettingsDialog
from print_helpers import pdf_text, save_as_pdf
from typing_helpers import type_text


@pytest.fixture
def app_language(qapp):
    yield
    install_language(qapp, "en")   # the next tests start in English again


def _button(buttons, text):
    return next(b for b in buttons if b.text().replace("&", "") == text)


def test_a_day_in_spanish(qtbot, qapp, make_window, monkeypatch, tmp_path, app_language):
    # In English, Edit > Settings…: Español, Save. It takes effect at the next start.
    window = make_window()

    def choose_spanish(dialog):
        dialog.show()
        combo = dialog.findChild(QComboBox)
        combo.setCurrentIndex(combo.findData("es"))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", choose_spanish)
    window.settings_action.trigger()
    assert window.ui.menuFile.title() == "&File"
    window.close()

    # The app starts again (one QApplication per test run: start-up's own steps).
    assert start_language() == "es"
    install_language(qapp, start_language())
    window = make_window()
    assert window.ui.menuFile.title() == "&Archivo"
    assert window.ui.welcomeAddButton.text() == "Añadir un niño…"

    def add_begona(dialog):
        dialog.show()
        type_text(qtbot, dialog.ui.fullNameEdit, "Begoña Ibáñez")
        qtbot.keyClicks(dialog.ui.birthDateField.edit, "15 de marzo de 2024")
        assert dialog.ui.birthDateField.reading.text() == "viernes, 15 de marzo de 2024"
        qtbot.mouseClick(_button(dialog.ui.buttonBox.buttons(), "Guardar"),
                         Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ChildEditor, "exec", add_begona)
    qtbot.mouseClick(window.ui.welcomeAddButton, Qt.MouseButton.LeftButton)
    begona = window.current_child()
    assert begona.full_name == "Begoña Ibáñez" and begona.birth_date.isoformat() == "2024-03-15"

    page = next(p for p in window.pages if isinstance(p, JournalPage))
    window.action_new_entry.trigger()
    qtbot.waitUntil(lambda: bool(page.editors))
    editor = page.editors[-1]
    assert editor.windowTitle() == "Anotación del diario de Begoña Ibáñez"
    type_text(qtbot, editor.title, "Primer día en casa")
    type_text(qtbot, editor.notes, "Comió bien y durmió la siesta.")
    with qtbot.waitSignal(editor.entry_saved):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert journal.count_entries(window.context.db, begona.id) == 1
    window.ui.childTabs.setCurrentWidget(page)
    assert page.count_label.text() == "1 anotación"

    add_item(window.context.db, new_item(
        begona.id, Section.ROUTINE, title="Hora de dormir", kind="bedtime", time_text="19:30",
        steps=["Pijama", "Canción de papá"], source=Source.BIRTH_PARENT, source_who="Papá"))
    center = window.open_print_center("routine-sheet")
    assert center.language.currentData() == "es"        # the app's language by default
    spanish = pdf_text(save_as_pdf(qtbot, center, monkeypatch, tmp_path / "rutina.pdf"))
    assert "Las rutinas de Begoña" in spanish and "Hora de dormir" in spanish
    assert "Canción de papá" in spanish and "Rutina diaria" not in spanish
    assert "Hoja de rutina · Begoña" in spanish and "routine" not in spanish.lower()

    center.language.setCurrentIndex(center.language.findData(i18n.BOTH))
    both = pdf_text(save_as_pdf(qtbot, center, monkeypatch, tmp_path / "both.pdf"))
    assert "Las rutinas de Begoña Ibáñez / Begoña Ibáñez's routines" in both
    assert "Rutinas / Routines" in both
    assert both.count("Canción de papá") == 1             # the family's words, once
    assert "de / from Papá" in both
