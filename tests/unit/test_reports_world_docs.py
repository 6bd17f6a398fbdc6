"""The routine sheet and the all-about-me profile: what they hold, and nothing private."""
from datetime import date

import pytest

from bfpp_desktop.core.children import Child
from bfpp_desktop.core.contacts import Contact, Phone, Role
from bfpp_desktop.core.world import DayType, Section, Source, new_item
from bfpp_desktop.reports.catalogue import AllAboutMe, RoutineSheet, printout
from bfpp_desktop.reports.gather_world import gather_routine_sheet
from bfpp_desktop.reports.options import Paper, Reader
from bfpp_desktop.storage.children import add_child
from bfpp_desktop.storage.contacts import add_contact
from bfpp_desktop.storage.world import add_item
from reports_helpers import HOUSEHOLD, flat, make

MOM = dict(source=Source.BIRTH_PARENT, source_who="Mom")


@pytest.fixture
def kid(db):
    kid = add_child(db, Child(full_name="Maya Rodríguez", preferred_name="Maya",
                              pronouns="she/her", notes="PRIVATE-CASE-NOTE"))
    for section, values in [
        (Section.ROUTINE, dict(title="Wake up", kind="wake", time_text="06:45",
                               day_type=DayType.SCHOOL_DAYS, details="Open the curtains.",
                               **MOM)),
        (Section.ROUTINE, dict(title="Slow morning", kind="wake", time_text="08:00",
                               day_type=DayType.WEEKENDS, details="Cartoons first.")),
        (Section.ROUTINE, dict(title="Bedtime", kind="bedtime", time_text="19:30",
                               steps=["Pyjamas", "Two books", "Mom's song"],
                               comfort_items=["purple rabbit"], **MOM)),
        (Section.ROUTINE, dict(title="SECRET-ROUTINE", private=True)),
        (Section.LIKES, dict(title="Drawing and stickers", kind="like")),
        (Section.LIKES, dict(title="Mushrooms", kind="dislike")),
        (Section.LIKES, dict(title="Thunderstorms", kind="fear",
                             details="Count between flash and thunder.")),
        (Section.CARE, dict(title="Curly hair", kind="hair", details="Wash on Sundays.")),
        (Section.HEALTH, dict(title="PRIVATE-ALLERGY peanuts", kind="allergy")),
        (Section.SCHOOL, dict(title="Lincoln Elementary", kind="school", private=False)),
    ]:
        add_item(db, new_item(kid.id, section, **values))
    add_contact(db, Contact("Rosa Ortiz", Role.BIRTH_PARENT, relation="Mom",
                            phones=[Phone("mobile", "555-0142")], may_share=True,
                            notes="PRIVATE-CONTACT-NOTE", child_ids=[kid.id]))
    add_contact(db, Contact("Hidden Uncle", Role.RELATIVE, phones=[Phone("", "555-0999")],
                            may_share=False, child_ids=[kid.id]))
    return kid


def routine_sheet(tmp_path, db, kid, **changes):
    return flat(make(tmp_path, "routine-sheet", kid=kid, db=db, **changes)[0])


def test_routine_sheet_holds_the_day_in_order_with_steps_and_who_told_us(tmp_path, db, kid):
    text = routine_sheet(tmp_path, db, kid)
    assert text.index("School days") < text.index("06:45 Wake up") < text.index("Weekends")
    assert text.index("Weekends") < text.index("08:00 Slow morning")
    assert text.index("Pyjamas") < text.index("Two books") < text.index("Mom's song")
    assert "purple rabbit" in text and "from Mom" in text
    for words in ("Drawing and stickers", "Doesn't like", "Mushrooms", "Curly hair",
                  "Lincoln Elementary"):
        assert words in text, words
    # The important people are on a babysitter's copy, not the birth parent's (issue 12).
    assert "Rosa Ortiz" not in text and "Important people" not in text
    text = routine_sheet(tmp_path, db, kid, reader=Reader.BABYSITTER)
    assert "Important people" in text and "Rosa Ortiz" in text and "555-0142" in text


def test_routine_sheet_health_depends_on_who_it_is_for(tmp_path, db, kid):
    add_item(db, new_item(kid.id, Section.HEALTH, title="PRIVATE-HISTORY asthma",
                          kind="history"))
    add_item(db, new_item(kid.id, Section.HEALTH, title="Vitamin D drops", kind="medicine"))
    for_parent = routine_sheet(tmp_path, db, kid)
    assert "Health needs are kept separately; please ask us." in for_parent
    for secret in ("PRIVATE-ALLERGY", "Vitamin D", "PRIVATE-HISTORY"):
        assert secret not in for_parent, secret
    for reader in (Reader.BABYSITTER, Reader.NEXT_HOME):
        text = routine_sheet(tmp_path, db, kid, reader=reader)
        # Allergies and medicines are there even though health starts private.
        assert "PRIVATE-ALLERGY peanuts" in text and "Vitamin D drops" in text
        assert "PRIVATE-HISTORY" not in text and "kept separately" not in text
        assert "Hidden Uncle" not in text


def test_routine_sheet_leaves_out_what_is_private(tmp_path, db, kid):
    text = routine_sheet(tmp_path, db, kid)
    for secret in ("SECRET-ROUTINE", "PRIVATE-ALLERGY", "Hidden Uncle", "PRIVATE-CONTACT-NOTE",
                   "PRIVATE-CASE-NOTE", "Carterwright", "555-0199", "Elm Street"):
        assert secret not in text, secret
    # Health is not on the birth parent's copy; one line says where it is instead.
    assert "Health needs are kept separately; please ask us." in text


def test_routine_sheet_includes_private_only_when_chosen(tmp_path, db, kid):
    text = routine_sheet(tmp_path, db, kid, include_private=True, reader=Reader.NEXT_HOME)
    assert "SECRET-ROUTINE" in text and "PRIVATE-ALLERGY" in text and "Hidden Uncle" in text
    assert "Health" in text
    assert "PRIVATE-CONTACT-NOTE" not in text  # the caregiver's own notes never print
    assert "Private copy — not for the family" in text
    for_parent = routine_sheet(tmp_path, db, kid, include_private=True)
    assert "SECRET-ROUTINE" in for_parent and "PRIVATE-ALLERGY" not in for_parent


def test_routine_sheet_sections_can_be_left_out(tmp_path, db, kid):
    spec = printout("routine-sheet")
    assert spec.section_ids() == ["routines", "care", "likes", "health", "school", "people"]
    text = routine_sheet(tmp_path, db, kid, sections=frozenset(spec.sections)
                         - {RoutineSheet.LIKES, RoutineSheet.PEOPLE})
    assert "Bedtime" in text and "Curly hair" in text
    assert "Drawing and stickers" not in text and "Rosa Ortiz" not in text


def test_routine_sheet_for_a_child_with_no_records(tmp_path, db):
    kid = add_child(db, Child(full_name="Leo Rodríguez", preferred_name="Leo"))
    text = routine_sheet(tmp_path, db, kid)
    assert "Nothing to print yet" in text
    for heading in ("Routines", "Care practices", "Important people"):
        assert heading not in text.replace("Leo's routines", "")


def test_a_long_routine_keeps_its_steps_with_its_title(tmp_path, db):
    kid = add_child(db, Child(full_name="Zoë Nguyễn", preferred_name="Zoë 🌈"))
    for n in range(12):
        add_item(db, new_item(kid.id, Section.ROUTINE, title=f"Routine {n:02d} Ñandú 🦄 ça",
                              time_text=f"{7 + n % 12:02d}:00–{8 + n % 12:02d}:30",
                              steps=[f"Step {n:02d}-{s:02d} with accents é ü ø and emoji 🎈"
                                     for s in range(14)]))
    _text, reader = make(tmp_path, "routine-sheet", kid=kid, db=db)
    pages = [flat(p.extract_text()) for p in reader.pages]
    assert len(pages) > 2
    for n in range(12):
        title_page = next(i for i, p in enumerate(pages) if f"Routine {n:02d}" in p)
        assert f"Step {n:02d}-13" in pages[title_page], n
        assert f"Step {n:02d}-00" in pages[title_page], n
    assert all("🎈" not in p and "🦄" not in p for p in pages)
    assert "(continued)" not in pages[0]
    assert all("Routines (continued)" in p for p in pages[1:])  # the header repeats
    assert all("Routine sheet · Zoë" in p for p in pages)


def test_all_about_me(tmp_path, db, kid):
    text = flat(make(tmp_path, "all-about-me", kid=kid, db=db)[0])
    for words in ("All about Maya", "she/her", "Drawing and stickers", "Mushrooms",
                  "Thunderstorms", "purple rabbit", "Curly hair", "Lincoln Elementary",
                  "Rosa Ortiz"):
        assert words in text, words
    for secret in ("SECRET-ROUTINE", "PRIVATE-ALLERGY", "Hidden Uncle", "555-0142",
                   "PRIVATE-CASE-NOTE"):
        assert secret not in text, secret


def test_all_about_me_sections(tmp_path, db, kid):
    spec = printout("all-about-me")
    text = flat(make(tmp_path, "all-about-me", kid=kid, db=db, sections=frozenset(spec.sections)
                     - {AllAboutMe.ABOUT, AllAboutMe.COMFORTS})[0])
    assert "she/her" not in text and "Thunderstorms" not in text
    assert "Drawing and stickers" in text


def test_routine_sheet_our_details_only_when_chosen(tmp_path, db, kid):
    text = routine_sheet(tmp_path, db, kid)
    assert "From Sam and Jo." in text
    text = routine_sheet(tmp_path, db, kid, leave_out_our_details=False)
    assert "Sam and Jo Carterwright" in text and "555-0199" in text and "Elm Street" in text


def test_all_about_me_for_a_child_with_no_records(tmp_path, db):
    kid = add_child(db, Child(full_name="Leo Rodríguez", preferred_name="Leo"))
    text = flat(make(tmp_path, "all-about-me", kid=kid, db=db)[0])
    assert "Nothing to print yet" in text
    assert "What I love" not in text and "Important people" not in text


def test_a_routine_taller_than_a_page_starts_on_the_first_page(tmp_path, db):
    kid = add_child(db, Child(full_name="Zoë Nguyễn"))
    add_item(db, new_item(kid.id, Section.ROUTINE, title="Bedtime", time_text="19:30",
                          steps=[f"Step {n:02d}: a calm bath, pyjamas, two books and the "
                                 "hall light left on, the way she likes it at home" * 2
                                 for n in range(30)]))
    _text, reader = make(tmp_path, "routine-sheet", kid=kid, db=db)
    first = flat(reader.pages[0].extract_text())
    assert "Bedtime" in first and "Step 00" in first
    assert any("Step 29" in flat(p.extract_text()) for p in reader.pages[1:])


def test_birth_parent_bundle_holds_no_health_and_no_people(db, kid):
    options = printout("routine-sheet").default_options(Paper.A4)
    data = gather_routine_sheet(db, kid, HOUSEHOLD, options, date(2026, 11, 24))
    assert data.routines and data.health == () and data.people == ()
    sitter = gather_routine_sheet(db, kid, HOUSEHOLD, options.copy(reader=Reader.BABYSITTER),
                                  date(2026, 11, 24))
    assert [i.title for i in sitter.health] == ["PRIVATE-ALLERGY peanuts"]
    assert [p.name for p in sitter.people] == ["Rosa Ortiz"]
