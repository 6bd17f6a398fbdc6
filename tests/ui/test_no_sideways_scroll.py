"""No dialog makes its caregiver scroll sideways, in English or in the longer Spanish: a
form scrolls down only, so no field or button sits out of sight to the right (one long
choice in a drop-down list did that to the child's details)."""
import pytest
from PySide6.QtWidgets import QScrollArea
from window_walk import DIALOGS, look_at_dialog


def scrolled_sideways(dialog) -> list[str]:
    return [area.objectName() or type(area.widget()).__name__
            for area in dialog.findChildren(QScrollArea)
            if area.isVisible() and area.horizontalScrollBar().isVisible()]


@pytest.mark.parametrize("spec", DIALOGS, ids=[spec.name for spec in DIALOGS])
def test_the_dialog_fits_its_width(spec, window_in_each_language, monkeypatch):
    seen = {}
    look_at_dialog(spec, window_in_each_language, monkeypatch,
                   lambda d: seen.update(wide=scrolled_sideways(d)))
    assert seen["wide"] == []
