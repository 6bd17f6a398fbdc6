"""Our own colours pass WCAG AA (4.5:1 for text) in a light and in a dark palette.

The platform draws most of the window; these are the colours the app adds itself: hints,
field messages, the amber reminder boxes behind ordinary text, and the padlock.
"""
import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyleFactory

from bfpp_desktop.ui.widgets.styles import (AA, TINT, contrast, error_colour, hint_colour,
                                            over)

Role = QPalette.ColorRole


def _dark() -> QPalette:
    palette = QPalette()
    for role, colour in {Role.Window: "#2d2d2d", Role.WindowText: "#eeeeee",
                         Role.Base: "#1e1e1e", Role.Text: "#eeeeee", Role.Button: "#3a3a3a",
                         Role.ButtonText: "#eeeeee"}.items():
        palette.setColor(role, QColor(colour))
    placeholder = QColor("#eeeeee")
    placeholder.setAlpha(128)
    palette.setColor(Role.PlaceholderText, placeholder)
    return palette


@pytest.fixture(params=["light", "dark"])
def palette(request, qapp):
    return QStyleFactory.create("Fusion").standardPalette() if request.param == "light" \
        else _dark()


def test_the_ratio_is_the_wcag_one():
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21)
    assert contrast(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)


def test_hints_are_readable_on_windows_and_fields(palette):
    for back in (palette.color(Role.Window), palette.color(Role.Base)):
        assert contrast(hint_colour(palette), back) >= AA


def test_field_messages_are_readable(palette):
    for back in (palette.color(Role.Window), palette.color(Role.Base)):
        assert contrast(error_colour(palette), back) >= AA


def test_text_in_the_amber_boxes_is_readable(palette):
    assert contrast(error_colour(palette), over(TINT, palette.color(Role.Window))) >= AA
    box = over(TINT, palette.color(Role.Window))
    assert contrast(palette.color(Role.WindowText), box) >= AA
    assert contrast(hint_colour(palette), box) >= AA
