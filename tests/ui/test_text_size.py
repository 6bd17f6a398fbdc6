"""Edit > Settings… sets one text size for the whole app, on top of the computer's own."""
import pytest
from PySide6.QtWidgets import QApplication

from bfpp_desktop.ui import text_size
from bfpp_desktop.ui.settings.dialog import SettingsDialog


@pytest.fixture
def app(qapp):
    text_size.apply_size(qapp, 100)
    system = qapp._bfpp_system_font.pointSizeF()
    yield qapp, system
    text_size.apply_size(qapp, 100)     # the next tests see the computer's size again


def test_a_larger_text_size_applies_at_once_and_is_kept(app, make_window, monkeypatch):
    qapp, system = app
    window = make_window(demo=True)

    def choose_large(dialog):
        dialog.text_size.setCurrentIndex(dialog.text_size.findData(150))
        dialog.accept()
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", choose_large)
    window.settings_action.trigger()
    QApplication.processEvents()
    assert QApplication.font().pointSizeF() == pytest.approx(system * 1.5)
    assert window.ui.addChildButton.font().pointSizeF() == pytest.approx(system * 1.5)
    assert text_size.saved_size() == 150
    text_size.apply_size(qapp, text_size.saved_size())   # the next start: from the system's
    assert QApplication.font().pointSizeF() == pytest.approx(system * 1.5)


def test_the_default_is_the_computers_own_size(app):
    qapp, system = app
    assert text_size.saved_size() == 100
    assert QApplication.font().pointSizeF() == pytest.approx(system)
