"""A label with an access key (the underlined letter of "&Language") shows its last letter
whole, in English and Spanish. Qt measures such a label as plain text but draws the
underlined letter apart from its neighbours, which loses their kerning: the words came
out a pixel or two wider than the label, and "Tamaño del texto" lost half its "o"."""
import pytest
from PySide6.QtWidgets import QLabel
from window_walk import DIALOGS, look_at_dialog


def ink_right(label: QLabel) -> int:
    """The column just right of the label's rightmost drawn pixel."""
    image = label.grab().toImage()
    background = label.palette().color(label.backgroundRole()).lightness()
    columns = [x for x in range(image.width()) for y in range(image.height())
               if abs(image.pixelColor(x, y).lightness() - background) > 60]
    return max(columns, default=-1) + 1


def cut_off(root) -> list[str]:
    return [label.text() for label in root.findChildren(QLabel)
            if label.isVisible() and label.buddy() is not None and "&" in label.text()
            and not label.wordWrap() and ink_right(label) >= label.width()]


@pytest.mark.parametrize("spec", DIALOGS, ids=[spec.name for spec in DIALOGS])
def test_labels_with_access_keys_show_their_last_letter(spec, window_in_each_language, monkeypatch):
    seen = {}
    look_at_dialog(spec, window_in_each_language, monkeypatch,
                   lambda d: seen.update(cut=cut_off(d)))
    assert seen["cut"] == []
