"""Counts read right for one and for many, in English and Spanish (Qt's %n plural forms)."""
from datetime import date
from types import SimpleNamespace

import pytest

from bfpp_desktop.ui.backups.window import holds
from bfpp_desktop.ui.language import install_language
from bfpp_desktop.ui.widgets.formatting import span_text


@pytest.fixture(params=["en", "es"])
def language(request, qapp):
    install_language(qapp, request.param)
    yield request.param
    install_language(qapp, "en")


def _backup(children, entries, photos):
    return SimpleNamespace(children=children, entries=entries, photos=["p.jpg"] * photos)


def test_what_a_backup_holds(language):
    one = holds(_backup(1, 1, 1))
    many = holds(_backup(2, 14, 0))
    assert (one, many) == {
        "en": (["1 child", "1 journal entry", "1 photo"],
               ["2 children", "14 journal entries", "0 photos"]),
        "es": (["1 niño", "1 anotación del diario", "1 foto"],
               ["2 niños", "14 anotaciones del diario", "0 fotos"]),
    }[language]


@pytest.mark.parametrize("end, en, es", [
    (date(2024, 3, 2), "1 day", "1 día"),
    (date(2024, 3, 13), "12 days", "12 días"),
    (date(2024, 4, 1), "1 month", "1 mes"),
    (date(2025, 2, 1), "11 months", "11 meses"),
    (date(2026, 3, 1), "2 years", "2 años"),
    (date(2026, 4, 1), "2 years and 1 month", "2 años y 1 mes"),
    (date(2027, 6, 1), "3 years and 3 months", "3 años y 3 meses"),
])
def test_how_long_a_placement_lasted(language, end, en, es):
    assert span_text(date(2024, 3, 1), end) == {"en": en, "es": es}[language]
