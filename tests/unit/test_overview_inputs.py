"""The Overview's inputs come from the guide progress (the journal adds more later)."""
from datetime import date

from bfpp_desktop.core.children import Child
from bfpp_desktop.core.stage_progress import StepProgress, StepState
from bfpp_desktop.storage.children import add_child
from bfpp_desktop.storage.guide_progress import save_step_progress
from bfpp_desktop.storage.overview_inputs import due_inputs


def test_nothing_done_yet(db):
    child = add_child(db, Child(full_name="Maya Ortiz"))
    inputs = due_inputs(db, child.id)
    assert inputs.comfort_call_done is False and inputs.icebreaker_done is False
    assert inputs.family_times == () and inputs.follow_ups == ()


def test_ticked_first_call_and_meeting_count_as_done(db):
    child = add_child(db, Child(full_name="Maya Ortiz"))
    save_step_progress(db, child.id, StepProgress("s1-comfort-call", StepState.DONE,
                                                  date(2026, 11, 21)))
    save_step_progress(db, child.id, StepProgress("s1-hold-icebreaker", StepState.DONE,
                                                  date(2026, 11, 23)))
    inputs = due_inputs(db, child.id)
    assert inputs.comfort_call_done == date(2026, 11, 21)
    assert inputs.icebreaker_done == date(2026, 11, 23)


def test_a_step_set_aside_is_not_done(db):
    child = add_child(db, Child(full_name="Maya Ortiz"))
    save_step_progress(db, child.id, StepProgress("s1-comfort-call", StepState.NOT_FOR_US))
    assert due_inputs(db, child.id).comfort_call_done is False
