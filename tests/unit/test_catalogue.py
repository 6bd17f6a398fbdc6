"""The printout catalogue: each document declared once, read exactly as declared, and
cheap to import (listing the documents never loads reportlab)."""
import json

import pytest

from bfpp_desktop.reports.catalogue import (PRINTOUTS, ForWhom, Section, is_available, load,
                                            printout, printout_ids)
from bfpp_desktop.reports.options import Paper, Reader
from reports_helpers import make
from subprocess_helpers import run_python

# How each document started out before the catalogue (registry.py); a change here is a
# change the caregiver sees: whose details are left out, who is asked, dates, large print.
STARTS_OUT = {
    # id: (for the birth family, asks who for, dates, private content, large print)
    "routine-sheet": (True, True, False, True, False),
    "all-about-me": (True, False, False, True, False),
    "icebreaker-prep": (False, False, False, False, False),
    "about-my-child-blank": (True, False, False, False, True),
    "parent-meeting-sheet": (True, False, False, False, False),
    "comfort-call": (False, False, False, False, False),
    "journal-summary": (True, False, True, True, False),
    "family-time-record": (False, False, True, False, False),
    "diaper-bag": (True, False, False, False, False),
    "transition-plan": (True, False, False, True, False),
    "contact-plan": (True, False, False, True, False),
    "bridge-book": (True, False, False, False, False),
    "photo-sheet": (True, False, True, True, False),
    "incident-report": (False, False, True, False, False),
    "medication-record": (False, False, True, False, False),
    "mileage-expenses": (False, False, True, False, False),
    "monthly-report": (False, False, True, False, False),
    "lifebook": (True, False, False, False, False),
}

# The section ids are remembered in the settings: renaming one forgets a caregiver's choice.
REMEMBERED_IDS = {
    "routine-sheet": ["routines", "care", "likes", "health", "school", "people"],
    "all-about-me": ["about", "loves", "comforts", "care", "school", "people"],
    "icebreaker-prep": ["ask", "share", "notes"],
    "about-my-child-blank": ["routine", "sleep", "food", "comfort", "favourites", "fears",
                             "hair_skin", "bath_clothes", "health", "rules", "faith_culture",
                             "school", "know", "you", "questions", "return_to"],
    "parent-meeting-sheet": ["ask", "share", "notes"],
    "comfort-call": ["call", "questions", "share", "their_questions", "next"],
    "journal-summary": ["family_time", "milestones", "journal"],
    "family-time-record": [],
    "diaper-bag": ["sleep", "feeds", "diapers", "mood", "new", "note", "write_back", "from"],
    "transition-plan": ["plan", "people"],
    "contact-plan": ["plan", "people"],
    "bridge-book": ["letter", "news", "photos", "questions", "write_back"],
    "photo-sheet": [],
    "incident-report": [],
    "medication-record": [],
    "mileage-expenses": [],
    "monthly-report": ["contact", "appointments", "school", "milestones", "incidents",
                       "medicines", "own_words"],
    "lifebook": [],
}


def test_every_document_starts_out_as_before():
    assert printout_ids() == list(STARTS_OUT)
    for spec in PRINTOUTS:
        assert (spec.for_birth_family, spec.asks_who_for, spec.needs_date_range,
                spec.has_private_content, spec.large_print_default) == STARTS_OUT[spec.id], \
            spec.id
        options = spec.default_options(None)
        assert options.leave_out_our_details == spec.for_birth_family
        assert options.sections == set(spec.sections)       # every section starts on
        assert spec.title and spec.description


def test_who_each_document_is_for():
    assert printout("routine-sheet").for_whom == (ForWhom.BIRTH_FAMILY, ForWhom.NEXT_CARER)
    assert printout("family-time-record").for_whom == (ForWhom.CAREGIVER,)
    assert [s.id for s in PRINTOUTS if s.asks_who_for] == ["routine-sheet"]


def test_section_ids_are_the_remembered_ones_and_each_has_words():
    for spec in PRINTOUTS:
        assert spec.section_ids() == REMEMBERED_IDS[spec.id], spec.id
        assert all(isinstance(s, Section) and s.label for s in spec.sections)
        # What the print center saves for a document reads back as the same sections.
        saved = json.loads(json.dumps(spec.default_options(Paper.A4).to_dict()))
        assert set(saved["sections"]) == set(spec.sections)


def test_lookups():
    assert printout("no-such-sheet") is None and not is_available("no-such-sheet")
    assert all(is_available(i) for i in printout_ids())


class ReadSections(frozenset):
    """The chosen sections, noting every section a gatherer or builder asks about."""

    def __new__(cls, sections, asked: list):
        chosen = super().__new__(cls, sections)
        chosen.asked = asked
        return chosen

    def __contains__(self, section) -> bool:
        self.asked.append(section)
        return super().__contains__(section)


@pytest.mark.parametrize("spec", PRINTOUTS, ids=lambda s: s.id)
@pytest.mark.parametrize("chosen", ["all", "none"])
def test_a_document_reads_exactly_the_sections_it_declares(tmp_path, db, spec, chosen):
    """Both ways: no check box that changes nothing, no section the print center cannot
    offer; and each is asked for by its constant, never by a string that looks like it."""
    asked: list = []
    sections = ReadSections(spec.sections if chosen == "all" else (), asked)
    for reader in (list(Reader) if spec.asks_who_for else [Reader.BIRTH_PARENT]):
        make(tmp_path, spec.id, db=db, sections=sections, reader=reader)
    assert {str(s) for s in asked} == set(spec.section_ids())
    for section in asked:
        assert any(section is declared for declared in spec.sections), repr(section)


def test_gatherers_and_builders_are_named_functions():
    for spec in PRINTOUTS:
        for path in (spec.gather, spec.build):
            module, _name = path.split(":")
            assert module.startswith("bfpp_desktop.reports."), path
            assert callable(load(path)), path


@pytest.mark.parametrize("module", ["bfpp_desktop.reports.catalogue",
                                    "bfpp_desktop.reports.make",
                                    "bfpp_desktop.ui.main_window"])
def test_listing_the_documents_does_not_load_reportlab(module):
    # A fresh interpreter: this test process has long since imported reportlab.
    result = run_python(
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        f"import {module}\n"
        "from bfpp_desktop.reports.catalogue import PRINTOUTS\n"
        "titles = [(p.title, p.description, [w.heading for w in p.for_whom]) "
        "for p in PRINTOUTS]\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'reportlab'))")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_the_catalogue_needs_neither_qt_nor_storage():
    result = run_python(
        "import sys\n"
        "import bfpp_desktop.reports.catalogue\n"
        "print(sorted(m for m in sys.modules\n"
        "             if m.split('.')[0] in ('PySide6', 'sqlite_utils', 'sqlite3', 'reportlab')\n"
        "             or m.startswith('bfpp_desktop.storage')))")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
