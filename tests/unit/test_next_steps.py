"""Suggestions fit the moment, and the next stage is suggested once its key steps are done."""
from datetime import date

from bfpp_desktop.core.guide import Audience, load_guide
from bfpp_desktop.core.next_steps import (fits_now, meeting_to_write_down,
                                          ready_for_next_stage, suggested_steps)
from bfpp_desktop.core.stage_progress import StepProgress, StepState
from bfpp_desktop.core.step_evidence import (ComfortCall, GuideState, Records, evidence_for,
                                             statuses)

GUIDE = load_guide()
D1, D2, D3 = date(2026, 12, 1), date(2026, 12, 3), date(2026, 12, 5)


def state(records: Records | None = None, **saved: StepState) -> GuideState:
    progress = {step_id.replace("_", "-"): StepProgress(step_id.replace("_", "-"), s, D1)
                for step_id, s in saved.items()}
    records = records or Records()
    return GuideState(records, statuses(progress, evidence_for(records)))


def titles(guide_state: GuideState, stage: int = 1) -> list[str]:
    return [s.id for s in suggested_steps(GUIDE.stage(stage).steps_for(Audience.FOSTER),
                                          guide_state)]


def test_calling_again_only_after_a_call_where_the_parent_was_not_ready():
    assert not fits_now("s1-call-again", state())
    assert not fits_now("s1-call-again", state(Records(comfort_calls=(ComfortCall(D1),))))
    waiting = state(Records(comfort_calls=(ComfortCall(D1, not_ready=True),)))
    assert "s1-call-again" in titles(waiting)
    # Reached them the next time: done from the journal, no longer suggested.
    reached = state(Records(comfort_calls=(ComfortCall(D1, True), ComfortCall(D2))))
    assert "s1-call-again" not in titles(reached)


def test_icebreaker_steps_wait_until_it_is_planned_and_stop_once_held():
    before = titles(state())
    assert "s1-plan-icebreaker" in before
    assert not {"s1-prepare-questions", "s1-prepare-share", "s1-hold-icebreaker"} & set(before)
    planned = titles(state(Records(icebreaker_planned=D3)))
    assert {"s1-prepare-questions", "s1-hold-icebreaker"} <= set(planned)
    by_hand = titles(state(s1_plan_icebreaker=StepState.DONE))
    assert "s1-prepare-share" in by_hand
    held = titles(state(Records(icebreaker_planned=D2, icebreaker_held=D2)))
    assert not {"s1-prepare-questions", "s1-prepare-share", "s1-bring-something"} & set(held)


def test_after_a_full_icebreaker_the_first_call_is_not_suggested():
    done = state(Records(icebreaker_planned=D2, icebreaker_held=D2, told_by_parent=D2,
                         last_told_by_parent=D2))
    assert "s1-comfort-call" not in titles(done)
    assert "s1-file-answers" not in titles(done)        # ticked from the About page
    assert "s1-file-answers" not in titles(state())     # nothing learned yet
    assert "s1-file-answers" in titles(state(Records(comfort_calls=(ComfortCall(D1),))))


def test_a_stage_is_ready_to_move_on_when_its_key_steps_are_done():
    assert not ready_for_next_stage(1, state(Records(comfort_calls=(ComfortCall(D1),))))
    assert ready_for_next_stage(1, state(Records(comfort_calls=(ComfortCall(D1),),
                                                 icebreaker_held=D2)))
    # Met without a first call: the call no longer fits, so it does not hold them back.
    assert ready_for_next_stage(1, state(Records(icebreaker_held=D2)))
    assert ready_for_next_stage(1, state(s1_comfort_call=StepState.NOT_FOR_US,
                                         s1_hold_icebreaker=StepState.DONE))
    assert not ready_for_next_stage(2, state(Records(first_family_time=D2)))
    assert ready_for_next_stage(2, state(Records(first_family_time=D2),
                                         s2_agree_sharing=StepState.DONE))
    # Stage 3 ends with the placement, and stage 4 is the last.
    assert not ready_for_next_stage(3, state(Records(transition_plan=D1, contact_plan=D1)))
    assert not ready_for_next_stage(4, state())


def test_the_meeting_is_to_write_down_once_held_until_its_answers_are_filed():
    assert not meeting_to_write_down(state(Records(icebreaker_planned=D3)))
    assert meeting_to_write_down(state(Records(icebreaker_held=D2)))
    assert meeting_to_write_down(state(s1_hold_icebreaker=StepState.DONE))
    # What the comfort call taught earlier does not count for the meeting.
    assert meeting_to_write_down(state(Records(icebreaker_held=D2, told_by_parent=D1,
                                               last_told_by_parent=D1)))
    assert not meeting_to_write_down(state(Records(icebreaker_held=D2, told_by_parent=D1,
                                                   last_told_by_parent=D2)))
    assert not meeting_to_write_down(state(Records(icebreaker_held=D2),
                                           s1_file_answers=StepState.NOT_FOR_US))
    # Written down in the journal (answers not filed): done, whatever the About page holds.
    assert not meeting_to_write_down(state(Records(icebreaker_held=D2, icebreaker_written=D2)))
    assert meeting_to_write_down(state(Records(icebreaker_held=D3, icebreaker_written=D2)))
