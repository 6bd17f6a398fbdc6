"""The sample family shows guide progress that matches their story."""
from bfpp_desktop.core.due import DueKind, DueState, what_is_due
from bfpp_desktop.core.stage_progress import PlanKind, StepState
from bfpp_desktop.demo import fill_if_empty
from bfpp_desktop.storage.children import list_children
from bfpp_desktop.storage.guide_progress import list_reflections, load_plan, load_step_progress
from bfpp_desktop.storage.overview_inputs import due_inputs
from bfpp_desktop.storage.step_evidence import load_guide_state


def test_demo_family_guide_progress(db, data_dir, today):
    assert fill_if_empty(db, data_dir, today)
    kids = {c.preferred_name: c for c in list_children(db)}
    maya = load_guide_state(db, kids["Maya"].id, today)
    assert maya.status("s1-comfort-call").state == StepState.DONE     # from the journal
    assert maya.status("s1-comfort-call").from_records
    inputs = due_inputs(db, kids["Maya"].id, today)
    due = {i.kind: i for i in what_is_due(today, kids["Maya"].placement_date,
                                          comfort_call_done=inputs.comfort_call_done,
                                          icebreaker_done=inputs.icebreaker_done)}
    assert due[DueKind.COMFORT_CALL].state == DueState.DONE
    assert due[DueKind.ICEBREAKER].state == DueState.DONE           # held on day 3
    amara = kids["Amara"].id
    assert load_step_progress(db, amara)["s2-bridge-book"].state == StepState.NOT_FOR_US
    assert list_reflections(db, amara)[0].factor_id == "social-connections"
    assert load_plan(db, amara, PlanKind.TRANSITION).answer("tp-routines")
