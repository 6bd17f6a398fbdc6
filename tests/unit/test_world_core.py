from datetime import date

import pytest

from bfpp_desktop.core.world import (DETAILS_LIMIT, Section, Source, TimeError, WorldItem,
                                     cleaned, new_item, normalise_time, provenance_text,
                                     validate_item)


@pytest.mark.parametrize("text, expected", [
    ("7:30", "07:30"), ("07:30", "07:30"), ("19.45", "19:45"), ("7pm", "19:00"),
    ("7:30 am", "07:30"), ("12am", "00:00"), ("19:00-19:30", "19:00–19:30"),
    ("7pm to 7:30pm", "19:00–19:30"), ("", ""),
])
def test_clock_times_are_read(text, expected):
    assert normalise_time(text) == expected


@pytest.mark.parametrize("text", ["25:00", "12:60", "after lunch", "7", "13pm", "7:00–"])
def test_unreadable_times_say_why(text):
    with pytest.raises(TimeError) as caught:
        normalise_time(text)
    assert str(caught.value)


def test_25_oclock_is_refused_with_a_message_but_words_are_allowed():
    item = WorldItem(child_id=1, section=Section.ROUTINE, title="Lunch", time_text="25:00")
    assert "not a time on the clock" in validate_item(item)["time"]
    words = item.copy(time_text="after lunch", time_is_words=True)
    assert validate_item(words) == {}
    assert cleaned(words).time_text == "after lunch"


def test_very_long_paste_is_refused_with_the_limit():
    item = WorldItem(child_id=1, section=Section.CARE, title="Hair",
                     details="x" * (DETAILS_LIMIT + 1))
    assert "20,000" in validate_item(item)["details"]
    assert validate_item(item.copy(details="x" * DETAILS_LIMIT)) == {}


def test_a_title_is_needed():
    assert "title" in validate_item(WorldItem(child_id=1, section=Section.LIKES, title="  "))


def test_privacy_defaults_by_section():
    assert not new_item(1, Section.ROUTINE).private
    assert not new_item(1, Section.LIKES).private
    assert not new_item(1, Section.CARE).private
    assert new_item(1, Section.HEALTH).private


def test_provenance_reads_like_speech():
    item = WorldItem(child_id=1, section=Section.LIKES, title="Mango",
                     source=Source.BIRTH_PARENT, source_who="Mom", source_date=date(2026, 3, 3))
    assert provenance_text(item, "3 Mar") == "from Mom, 3 Mar"
    assert provenance_text(item.copy(source_who="")) == "from the birth parent"
    assert provenance_text(item.copy(source=Source.WE_NOTICED, source_who="")) == "we noticed"
    assert provenance_text(item.copy(source_note="comfort call")) == "from Mom · comfort call"


def test_cleaned_drops_blank_steps_and_keeps_order():
    item = WorldItem(child_id=1, section=Section.ROUTINE, title="Bed",
                     steps=[" Bath ", "", "Story", "  ", "Song"])
    assert cleaned(item).steps == ["Bath", "Story", "Song"]
