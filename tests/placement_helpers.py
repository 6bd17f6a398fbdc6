"""Answering "Placement ended…" in window tests: how it ended and, if given, the day."""
from datetime import date

from bfpp_desktop.core.children import PlacementEnd
from bfpp_desktop.ui.children.end_dialog import EndPlacementDialog


def answer_placement_ended(monkeypatch, how: PlacementEnd, on: date | None = None) -> list:
    """Every EndPlacementDialog is answered with *how* (and *on*, else its default of today)
    and Save; returns the dialogs seen, so a test can look at them."""
    seen = []

    def fake_exec(dialog):
        seen.append(dialog)
        dialog.choose(how)
        if on is not None:
            dialog.date_field.set_date(on)
        dialog.button_box.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(EndPlacementDialog, "exec", fake_exec)
    return seen
