"""When the placement ends: the record's rules, the reminders after going home and before
the move, and the action with its undo."""
from datetime import date, timedelta

import pytest

from actions_helpers import assert_all_or_nothing, snapshot
from bfpp_desktop.actions import Changes, Kind
from bfpp_desktop.actions import children as actions
from bfpp_desktop.core.children import (Child, ListGroup, PlacementEnd, grouped_for_list,
                                        validate_child, validate_ending)
from bfpp_desktop.core.due import (BIRTHDAY_AHEAD_DAYS, SETTLE_DAYS, SHARE_AGAIN_DAYS,
                                   AfterHome, DueKind, DueState, next_birthday, what_is_due)
from bfpp_desktop.core.guide import load_guide
from bfpp_desktop.storage import children as store

TODAY = date(2026, 11, 24)
PLACED = date(2025, 3, 3)


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


def kinds(items) -> list[DueKind]:
    return [item.kind for item in items]


# ----- the record ---------------------------------------------------------------------------
def test_going_home_moves_to_stage_4_and_stays_on_the_daily_list():
    child = Child(full_name="Maya", stage=3, placement_date=PLACED)
    home = child.ended(PlacementEnd.WENT_HOME, TODAY)
    assert (home.stage, home.archived, home.ended_on) == (4, False, TODAY)
    assert home.went_home and home.placement_ended and home.list_group == ListGroup.AFTER_HOME


@pytest.mark.parametrize("how", [PlacementEnd.RELATIVES, PlacementEnd.ADOPTION,
                                 PlacementEnd.OTHER_MOVE])
def test_any_other_ending_archives_and_keeps_the_stage(how):
    ended = Child(full_name="Maya", stage=2).ended(how, TODAY)
    assert (ended.stage, ended.archived, ended.ended_how) == (2, True, how)
    assert not ended.went_home and ended.list_group == ListGroup.ENDED


def test_back_in_care_forgets_the_ending():
    ended = Child(full_name="Maya", stage=2).ended(PlacementEnd.ADOPTION, TODAY)
    back = ended.back_in_care()
    assert (back.archived, back.ended_on, back.ended_how) == (False, None, None)
    assert not back.placement_ended and back.list_group == ListGroup.IN_CARE


def test_an_end_today_or_on_the_placement_day_is_fine():
    child = Child(full_name="Maya", placement_date=PLACED)
    assert validate_child(child.ended(PlacementEnd.WENT_HOME, TODAY), TODAY) == {}
    assert validate_child(child.ended(PlacementEnd.WENT_HOME, PLACED), TODAY) == {}


def test_an_end_in_the_future_is_refused():
    child = Child(full_name="Maya", placement_date=PLACED)
    problems = validate_child(child.ended(PlacementEnd.WENT_HOME, TODAY + timedelta(days=1)),
                              TODAY)
    assert "future" in problems["ended_on"]


def test_an_end_before_the_placement_is_named_on_both_dates():
    child = Child(full_name="Maya", placement_date=PLACED)
    problems = validate_child(child.ended(PlacementEnd.ADOPTION, PLACED - timedelta(days=1)),
                              TODAY)
    assert "before it began" in problems["ended_on"]
    assert "after the day the placement ended" in problems["placement_date"]


def test_an_ending_needs_both_how_and_when():
    assert "day" in validate_child(Child(full_name="Maya", ended_how=PlacementEnd.ADOPTION),
                                   TODAY)["ended_on"]
    assert "how" in validate_child(Child(full_name="Maya", ended_on=TODAY), TODAY)["ended_how"]
    # A child in care has no ending to check; asked for one, both answers are needed.
    assert validate_child(Child(full_name="Maya"), TODAY) == {}
    assert set(validate_ending(Child(full_name="Maya"), TODAY)) == {"ended_how", "ended_on"}
    # A date given without how is still checked.
    assert "future" in validate_ending(Child(full_name="Maya", ended_on=TODAY + timedelta(
        days=3)), TODAY)["ended_on"]


def test_the_list_groups_keep_their_order_and_skip_empty_ones():
    amara = Child(full_name="Amara", id=1)
    leo = Child(full_name="Leo", id=2).ended(PlacementEnd.WENT_HOME, TODAY)
    maya = Child(full_name="Maya", id=3).ended(PlacementEnd.RELATIVES, TODAY)
    old = Child(full_name="Sam", id=4, archived=True)   # archived before endings were asked
    assert grouped_for_list([maya, leo, old, amara]) == [
        (ListGroup.IN_CARE, [amara]), (ListGroup.AFTER_HOME, [leo]),
        (ListGroup.ENDED, [maya, old])]
    assert grouped_for_list([amara]) == [(ListGroup.IN_CARE, [amara])]


# ----- what is due: before the move home ---------------------------------------------------
def test_stage_3_with_going_home_planned_suggests_a_meeting_for_the_move():
    items = what_is_due(TODAY, ago(200), stage=3, going_home=True)
    [meeting] = items
    assert meeting.kind == DueKind.MOVE_HOME_MEETING and meeting.state == DueState.SUGGESTED
    assert "icebreaker" in meeting.message


@pytest.mark.parametrize("stage,going_home", [(2, True), (4, True), (3, False)])
def test_no_meeting_for_the_move_in_other_stages_or_without_a_move_home(stage, going_home):
    assert DueKind.MOVE_HOME_MEETING not in kinds(
        what_is_due(TODAY, ago(200), stage=stage, going_home=going_home))


# ----- what is due: after going home --------------------------------------------------------
def home(**changes) -> AfterHome:
    values = dict(went_home_on=ago(60), birth_date=date(2021, 6, 1), contact_plan_made=False,
                  last_shared=ago(5))
    return AfterHome(**{**values, **changes})


def after(**changes):
    return what_is_due(TODAY, PLACED, stage=4, going_home=True, after_home=home(**changes))


def test_nothing_after_going_home_for_a_child_still_in_care():
    assert what_is_due(TODAY, PLACED, stage=4, going_home=True) == []


def test_the_contact_plan_is_always_a_gentle_reminder_after_going_home():
    without = next(i for i in after() if i.kind == DueKind.CONTACT_PLAN)
    made = next(i for i in after(contact_plan_made=True) if i.kind == DueKind.CONTACT_PLAN)
    assert without.state == made.state == DueState.SUGGESTED
    assert "write it down" in without.message and "Keep to what you agreed" in made.message


def test_a_birthday_coming_up_is_mentioned_with_the_age():
    soon = after(birth_date=date(2021, 12, 10))
    birthday = next(i for i in soon if i.kind == DueKind.BIRTHDAY)
    assert birthday.due_date == date(2026, 12, 10) and birthday.state == DueState.UPCOMING
    assert "Turning 5" in birthday.message
    assert kinds(soon)[0] == DueKind.BIRTHDAY      # dated, so before the ideas
    today = next(i for i in after(birth_date=date(2020, 11, 24)) if i.kind == DueKind.BIRTHDAY)
    assert today.state == DueState.DUE_TODAY and "Turning 6" in today.message


def test_a_birthday_far_off_or_unknown_is_not_mentioned():
    far = TODAY + timedelta(days=BIRTHDAY_AHEAD_DAYS + 1)
    assert DueKind.BIRTHDAY not in kinds(after(birth_date=far.replace(year=2020)))
    assert DueKind.BIRTHDAY not in kinds(after(birth_date=None))
    assert DueKind.BIRTHDAY not in kinds(after(birth_date=ago(1).replace(year=2020)))


def test_a_leap_day_birthday_falls_on_the_28th_in_other_years():
    assert next_birthday(date(2020, 2, 29), date(2027, 2, 1)) == date(2027, 2, 28)
    assert next_birthday(date(2020, 2, 29), date(2028, 2, 1)) == date(2028, 2, 29)
    assert next_birthday(date(2020, 3, 1), date(2026, 12, 1)) == date(2027, 3, 1)


def test_babysitting_is_offered_once_the_family_has_had_time_to_settle():
    assert DueKind.RESPITE not in kinds(after(went_home_on=ago(SETTLE_DAYS - 1)))
    assert DueKind.RESPITE in kinds(after(went_home_on=ago(SETTLE_DAYS)))


def test_photos_are_suggested_when_none_went_out_for_a_while():
    assert DueKind.PHOTOS not in kinds(after(last_shared=ago(SHARE_AGAIN_DAYS - 1)))
    assert DueKind.PHOTOS in kinds(after(last_shared=ago(SHARE_AGAIN_DAYS)))
    # Nothing shared yet: counted from going home, so the first weeks stay quiet.
    assert DueKind.PHOTOS not in kinds(after(last_shared=None, went_home_on=ago(3)))
    assert DueKind.PHOTOS in kinds(after(last_shared=None, went_home_on=ago(SHARE_AGAIN_DAYS)))


def test_no_meeting_for_the_move_once_the_child_has_gone_home():
    assert DueKind.MOVE_HOME_MEETING not in kinds(
        what_is_due(TODAY, PLACED, stage=3, going_home=True, after_home=home()))


def test_the_reminders_link_to_real_guide_content_and_never_scold():
    guide = load_guide()
    items = after(birth_date=date(2021, 12, 10), last_shared=None) + what_is_due(
        TODAY, PLACED, stage=3, going_home=True)
    assert set(kinds(items)) == {DueKind.CONTACT_PLAN, DueKind.BIRTHDAY, DueKind.RESPITE,
                                 DueKind.PHOTOS, DueKind.MOVE_HOME_MEETING}
    for item in items:
        assert guide.step(item.help_step_id) is not None
        assert item.help_id == "" or guide.help(item.help_id).points
        for word in ("overdue", "late", "failed", "missed", "must", "should"):
            assert word not in item.message.lower()


# ----- the action ---------------------------------------------------------------------------
@pytest.fixture
def maya(db):
    return store.add_child(db, Child(full_name="Maya Rodríguez", preferred_name="Maya",
                                     stage=3, placement_date=PLACED))


def test_going_home_is_saved_and_undone_to_the_placement_as_it_was(db, maya):
    before = snapshot(db)
    result = actions.end_placement(db, maya.id, PlacementEnd.WENT_HOME, TODAY)
    saved = store.get_child(db, maya.id)
    assert (saved.ended_how, saved.ended_on, saved.stage, saved.archived) == (
        PlacementEnd.WENT_HOME, TODAY, 4, False)
    assert [c.id for c in store.list_children(db)] == [maya.id]
    assert result.changes == Changes(Kind.CHILDREN, maya.id)
    assert result.description == "mark Maya's placement as ended"
    redo = result.undo(db)
    assert snapshot(db) == before
    redo.undo(db)
    assert store.get_child(db, maya.id) == saved


def test_another_ending_archives_and_back_in_care_undoes_it_all(db, maya):
    actions.end_placement(db, maya.id, PlacementEnd.ADOPTION, TODAY)
    assert store.list_children(db) == []
    assert store.get_child(db, maya.id).archived
    result = actions.back_in_care(db, maya.id)
    back = store.get_child(db, maya.id)
    assert (back.archived, back.ended_on, back.ended_how, back.stage) == (False, None, None, 3)
    assert result.description == "bring Maya back to the daily list"
    result.undo(db)
    assert store.get_child(db, maya.id).ended_how == PlacementEnd.ADOPTION


def test_ending_a_placement_fails_whole(db, monkeypatch, maya):
    assert_all_or_nothing(db, monkeypatch, store, "update_child",
                          lambda: actions.end_placement(db, maya.id, PlacementEnd.WENT_HOME,
                                                        TODAY))
    assert_all_or_nothing(db, monkeypatch, store, "update_child",
                          lambda: actions.back_in_care(db, maya.id))
