"""Comfort call and icebreaker records: the journal entry, the guide step, the prep."""
from datetime import date

from bfpp_desktop.core.children import Child
from bfpp_desktop.core.conversations import (CALL_ATTEMPT_TAG, COMFORT_CALL_TAG, NOT_READY_TAG,
                                             ICEBREAKER_TAG, CallOutcome, IcebreakerPrep,
                                             answer_for, comfort_call_entry,
                                             default_question_ids, group_by_topic,
                                             icebreaker_entry)
from bfpp_desktop.core.guide import load_guide
from bfpp_desktop.core.journal import EntryKind
from bfpp_desktop.core.stage_progress import StepState
from bfpp_desktop.storage.children import add_child, delete_child
from bfpp_desktop.storage.conversations import record_conversation
from bfpp_desktop.storage.guide_progress import load_step_progress
from bfpp_desktop.storage.icebreaker import load_icebreaker_prep, save_icebreaker_prep
from bfpp_desktop.storage.journal import get_entry
from bfpp_desktop.storage.step_evidence import load_guide_state

GUIDE = load_guide()


def _answers(texts: dict[str, str], questions=GUIDE.comfort_call_questions):
    return [answer_for(q, texts.get(q.id, "")) for q in questions]


def test_comfort_call_entry_holds_the_answers_in_markdown_and_the_tag(today):
    answers = _answers({"cc-food": "Mango and rice", "cc-how-are-you": "Tired, her sister helps"})
    entry = comfort_call_entry(3, "Rosa", today, "18:30", CallOutcome.TALKED, answers)
    assert entry.kind is EntryKind.PHONE_CALL and entry.tags == [COMFORT_CALL_TAG]
    assert entry.title == "Comfort call with Rosa" and entry.participants == ["Rosa"]
    assert "**What does your child like to eat and drink?**\n\nMango and rice" in entry.notes
    assert "bedtime" not in entry.notes          # unanswered questions are left out
    assert not entry.follow_up


def test_no_answer_is_recorded_but_is_not_the_comfort_call(today):
    entry = comfort_call_entry(3, "", today, "", CallOutcome.NO_ANSWER, [])
    assert entry.tags == [CALL_ATTEMPT_TAG] and entry.follow_up
    assert "the birth parent" in entry.title
    not_ready = comfort_call_entry(3, "Mom", today, "", CallOutcome.NOT_READY, [])
    # It counts as the comfort call, and says the parent asked to talk another time.
    assert not_ready.tags == [COMFORT_CALL_TAG, NOT_READY_TAG] and "not ready" in not_ready.title


def test_icebreaker_entry_is_a_tagged_meeting(today):
    answers = _answers({"ib-bedtime": "Bath, two books, lights off"},
                       GUIDE.icebreaker_questions)
    entry = icebreaker_entry(3, "Rosa Ortiz", today, "", answers, "Brought a drawing.")
    assert entry.kind is EntryKind.MEETING and entry.tags == [ICEBREAKER_TAG]
    assert "Bath, two books" in entry.notes and entry.notes.endswith("Brought a drawing.")


def test_default_choice_and_topics_come_from_the_guide():
    chosen = default_question_ids(GUIDE.icebreaker_questions)
    assert 3 <= len(chosen) <= 6
    assert set(chosen) <= {q.id for q in GUIDE.icebreaker_questions}
    groups = group_by_topic(GUIDE.icebreaker_questions)
    assert sum(len(qs) for _t, qs in groups) == len(GUIDE.icebreaker_questions)
    assert len({t for t, _qs in groups}) == len(groups)


def test_recording_saves_the_entry_and_the_journal_ticks_the_step(db, today):
    # The helper used to store a tick beside the entry; now the journal entry is the one
    # record, and the step is ticked from it (so the caregiver can untick it).
    child = add_child(db, Child(full_name="Maya")).id
    entry = comfort_call_entry(child, "Rosa", today, "", CallOutcome.TALKED, [])
    saved = record_conversation(db, entry)
    assert get_entry(db, saved.id).tags == [COMFORT_CALL_TAG]
    assert load_step_progress(db, child) == {}
    status = load_guide_state(db, child, today).status("s1-comfort-call")
    assert status.state is StepState.DONE and status.from_records and status.done_on == today


def test_icebreaker_prep_round_trip_and_goes_with_the_child(db, today):
    child = add_child(db, Child(full_name="Zoë Ñúñez")).id
    assert load_icebreaker_prep(db, child) is None
    prep = IcebreakerPrep(["ib-bedtime", "ib-toy"],
                          {"Pets": "A calm old cat 🐈", "Empty": "  "}, today)
    save_icebreaker_prep(db, child, prep)
    again = load_icebreaker_prep(db, child)
    assert again == IcebreakerPrep(["ib-bedtime", "ib-toy"], {"Pets": "A calm old cat 🐈"},
                                   today)
    save_icebreaker_prep(db, child, IcebreakerPrep(["ib-nap"], {}, date(2026, 11, 25)))
    assert load_icebreaker_prep(db, child).question_ids == ["ib-nap"]
    delete_child(db, child)
    assert db.execute("select count(*) from icebreaker_prep").fetchone()[0] == 0


def test_the_demo_family_has_an_icebreaker_prepared(db, data_dir, today):
    from bfpp_desktop.demo import fill_if_empty
    from bfpp_desktop.storage.children import list_children
    fill_if_empty(db, data_dir, today)
    kids = {c.display_name: c.id for c in list_children(db)}
    prep = load_icebreaker_prep(db, kids["Leo"])
    assert "ib-bedtime" in prep.question_ids and len(prep.share_notes) == 3
    assert load_icebreaker_prep(db, kids["Amara"]) is None
