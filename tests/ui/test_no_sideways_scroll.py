"""No dialog makes its caregiver scroll sideways, in English or in the longer Spanish: a
form scrolls down only, so no field or button sits out of sight to the right (one long
choice in a drop-down list did that to the child's details)."""
import pytest
from PySide6.QtWidgets import QScrollArea
from window_walk import DIALOGS, look_at_dialog, with_maya

from bfpp_desktop.ui.language import install_language


def scrolled_sideways(dialog) -> list[str]:
    return [area.objectName() or type(area.widget()).__name__
            for area in dialog.findChildren(QScrollArea)
            if area.isVisible() and area.horizontalScrollBar().isVisible()]


@pytest.fixture(params=["en", "es"])
def main(request, qapp, make_window):
    install_language(qapp, request.param)
    yield with_maya(make_window(demo=True))
    install_language(qapp, "en")


@pytest.mark.parametrize("spec", DIALOGS, ids=[spec.name for spec in DIALOGS])
def test_the_dialog_fits_its_width(spec, main, monkeypatch):
    seen = {}
    look_at_dialog(spec, main, monkeypatch, lambda d: seen.update(wide=scrolled_sideways(d)))
    assert seen["wide"] == []
