"""The Overview's "what is due" rules: first call, icebreaker, family time, follow-ups."""
from datetime import date, timedelta

import pytest

from bfpp_desktop.core.due import (DueKind, DueState, FamilyTime, FollowUp, comfort_call_item,
                                   icebreaker_item, what_is_due)
from bfpp_desktop.core.guide import Audience, load_guide

TODAY = date(2026, 11, 24)


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


def by_kind(items):
    return {item.kind: item for item in items}


def test_placed_today_the_call_is_due_and_the_icebreaker_coming():
    items = by_kind(what_is_due(TODAY, TODAY))
    call, meeting = items[DueKind.COMFORT_CALL], items[DueKind.ICEBREAKER]
    assert call.state == DueState.DUE_TODAY and call.due_date == ago(-1)
    assert meeting.state == DueState.UPCOMING and meeting.due_date == ago(-3)
    assert "3 days" in meeting.message
    assert list(items) == [DueKind.COMFORT_CALL, DueKind.ICEBREAKER]   # most pressing first


def test_placed_yesterday_the_call_is_still_due_today():
    assert comfort_call_item(TODAY, ago(1)).state == DueState.DUE_TODAY


def test_placed_two_days_ago_the_call_is_late_but_still_helps():
    items = by_kind(what_is_due(TODAY, ago(2)))
    call, meeting = items[DueKind.COMFORT_CALL], items[DueKind.ICEBREAKER]
    assert call.state == DueState.OVERDUE
    assert call.message == "It has been 2 days; a first call can still help. Here is how."
    assert call.help_id == "help-comfort-call-late"
    assert meeting.state == DueState.UPCOMING and "tomorrow" in meeting.message


@pytest.mark.parametrize("days", [3, 4, 5])
def test_icebreaker_is_right_on_time_from_day_three_to_five(days):
    item = icebreaker_item(TODAY, ago(days))
    assert item.state == DueState.DUE_TODAY and item.help_id == ""


def test_placed_ten_days_ago_both_are_gently_late():
    items = by_kind(what_is_due(TODAY, ago(10)))
    meeting = items[DueKind.ICEBREAKER]
    assert items[DueKind.COMFORT_CALL].state == DueState.OVERDUE
    assert meeting.state == DueState.OVERDUE
    assert meeting.message == "It has been 10 days; an icebreaker can still help. Here is how."
    assert meeting.help_id == "help-icebreaker-late"


def test_icebreaker_six_days_matches_the_issue_wording():
    assert icebreaker_item(TODAY, ago(6)).message.startswith(
        "It has been 6 days; an icebreaker can still help")


def test_no_placement_date_gives_suggestions_without_dates():
    items = what_is_due(TODAY, None)
    assert {i.kind for i in items} == {DueKind.COMFORT_CALL, DueKind.ICEBREAKER}
    assert all(i.state == DueState.SUGGESTED and i.due_date is None for i in items)
    assert "placement date" in items[0].message


def test_placement_in_the_future_is_only_upcoming():
    items = what_is_due(TODAY, ago(-2))
    assert all(i.state == DueState.UPCOMING for i in items)
    assert "arrives" in by_kind(items)[DueKind.ICEBREAKER].message


def test_done_items_show_as_done_with_their_date():
    items = by_kind(what_is_due(TODAY, ago(10), comfort_call_done=ago(9), icebreaker_done=True))
    assert items[DueKind.COMFORT_CALL].state == DueState.DONE
    assert items[DueKind.COMFORT_CALL].due_date == ago(9)
    assert items[DueKind.ICEBREAKER].state == DueState.DONE
    assert items[DueKind.ICEBREAKER].due_date is None


def test_after_meeting_a_missing_first_call_is_not_raised():
    items = by_kind(what_is_due(TODAY, ago(10), icebreaker_done=ago(4)))
    assert DueKind.COMFORT_CALL not in items


def test_later_stages_do_not_list_first_steps():
    assert what_is_due(TODAY, ago(240), stage=2) == []


def test_kinship_wording_acknowledges_existing_contact():
    foster = comfort_call_item(TODAY, TODAY, audience=Audience.FOSTER).message
    kin = comfort_call_item(TODAY, TODAY, audience=Audience.KINSHIP).message
    assert foster != kin and "already" in kin
    assert "Even if" in icebreaker_item(TODAY, ago(4), audience=Audience.KINSHIP).message


def test_family_time_today_and_soon_but_not_past_or_far():
    visits = [FamilyTime(TODAY, "15:00", "Library", ref_id=1), FamilyTime(ago(-3), ref_id=2),
              FamilyTime(ago(1), ref_id=3), FamilyTime(ago(-30), ref_id=4)]
    items = [i for i in what_is_due(TODAY, ago(200), stage=2, family_times=visits)]
    assert [(i.ref_id, i.state) for i in items] == [(1, DueState.DUE_TODAY),
                                                     (2, DueState.UPCOMING)]
    assert "15:00, Library" in items[0].message


def test_follow_ups_from_the_journal():
    follow_ups = [FollowUp("Ask about the dentist", ago(2), ref_id=7),
                  FollowUp("Send the photos", TODAY, ref_id=8),
                  FollowUp("Buy shin guards", None, ref_id=9),
                  FollowUp("Already done", ago(1), done=True),
                  FollowUp("Far away", ago(-60))]
    items = what_is_due(TODAY, ago(200), stage=3, follow_ups=follow_ups)
    assert [(i.title, i.state) for i in items] == [
        ("Ask about the dentist", DueState.OVERDUE), ("Send the photos", DueState.DUE_TODAY),
        ("Buy shin guards", DueState.UPCOMING)]
    assert "Still worth doing" in items[0].message


def test_help_links_point_at_real_guide_content():
    guide = load_guide()
    for item in what_is_due(TODAY, ago(10)) + what_is_due(TODAY, None) + what_is_due(TODAY, TODAY):
        assert guide.step(item.help_step_id) is not None
        assert item.help_id == "" or guide.help(item.help_id) is not None


def test_wording_never_scolds():
    texts = [i.message for days in range(-2, 40)
             for i in what_is_due(TODAY, ago(days))] + [i.message for i in what_is_due(TODAY, None)]
    for text in texts:
        for word in ("overdue", "late", "failed", "missed", "must", "should have"):
            assert word not in text.lower()


def test_old_unfinished_follow_ups_leave_the_overview_after_a_month():
    follow_ups = [FollowUp("Call back about the dentist", ago(30), ref_id=1),
                  FollowUp("Call back from last year", ago(400), ref_id=2),
                  FollowUp("Call back from two months ago", ago(61), ref_id=3)]
    items = what_is_due(TODAY, ago(800), stage=3, follow_ups=follow_ups)
    assert [i.ref_id for i in items if i.kind is DueKind.FOLLOW_UP] == [1]


def test_a_long_ago_placement_gets_no_day_count():
    call = comfort_call_item(TODAY, ago(400))
    meeting = icebreaker_item(TODAY, ago(400))
    for item in (call, meeting):
        assert item.state == DueState.OVERDUE
        assert "400" not in item.message and "however long it has been" in item.message
    assert "30 days" in comfort_call_item(TODAY, ago(30)).message
