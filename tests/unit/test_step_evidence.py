"""Each guide step the records can show: a record that ticks it, and one that does not."""
from datetime import date

import pytest

from bfpp_desktop.core.conversations import IcebreakerPrep
from bfpp_desktop.core.guide import load_guide
from bfpp_desktop.core.stage_progress import StepProgress, StepState
from bfpp_desktop.core.step_evidence import (RULES, ComfortCall, Evidence, Records, Source,
                                             StepStatus, evidence_for, statuses)

D1, D2, D3, D4 = date(2026, 12, 1), date(2026, 12, 3), date(2026, 12, 5), date(2026, 12, 9)
TALKED, NOT_READY = ComfortCall(D2), ComfortCall(D1, not_ready=True)

# step id, records that tick it (and the evidence expected), records that do not.
CASES = [
    ("s1-comfort-call", Records(comfort_calls=(NOT_READY, TALKED)),
     Evidence(Source.JOURNAL, D1), Records()),
    ("s1-call-again", Records(comfort_calls=(NOT_READY, TALKED)),
     Evidence(Source.JOURNAL, D2), Records(comfort_calls=(NOT_READY,))),
    ("s1-call-again", Records(comfort_calls=(NOT_READY, TALKED)),
     Evidence(Source.JOURNAL, D2), Records(comfort_calls=(TALKED,))),   # never needed
    ("s1-hold-icebreaker", Records(icebreaker_held=D3), Evidence(Source.JOURNAL, D3),
     Records(icebreaker_planned=D4)),
    ("s1-plan-icebreaker", Records(icebreaker_planned=D4), Evidence(Source.JOURNAL, D4),
     Records(prep=IcebreakerPrep([], {"Pets": "  "}, D1))),
    ("s1-plan-icebreaker", Records(icebreaker_planned=D4,
                                   prep=IcebreakerPrep(["ib-toy"], {}, D2)),
     Evidence(Source.PREPARATION, D2), Records()),
    ("s1-prepare-questions", Records(prep=IcebreakerPrep(["ib-toy"], {}, D2)),
     Evidence(Source.PREPARATION, D2), Records(prep=IcebreakerPrep([], {"Pets": "A cat"}, D2))),
    ("s1-prepare-share", Records(prep=IcebreakerPrep([], {"Pets": "A cat"}, D2)),
     Evidence(Source.PREPARATION, D2), Records(prep=IcebreakerPrep(["ib-toy"], {}, D2))),
    ("s1-file-answers", Records(told_by_parent=D2), Evidence(Source.ABOUT, D2),
     Records(first_routine=D2)),
    ("s1-routine-sheet", Records(first_routine=D1), Evidence(Source.ABOUT, D1),
     Records(told_by_parent=D1)),
    ("s1-respect-identity", Records(first_identity_item=D3), Evidence(Source.ABOUT, D3),
     Records(first_routine=D1)),
    ("s2-family-time-ready", Records(first_family_time=D2), Evidence(Source.JOURNAL, D2),
     Records(calls_with_child=(D1,))),
    ("s2-child-calls", Records(calls_with_child=(D1,)), Evidence(Source.JOURNAL, D1),
     Records(comfort_calls=(TALKED,))),
    ("s2-regular-time", Records(calls_with_child=(D1, D2, D3)), Evidence(Source.JOURNAL, D3),
     Records(calls_with_child=(D1, D2))),
    ("s2-bridge-book", Records(first_bridge_page=D2), Evidence(Source.BRIDGE_BOOK, D2),
     Records()),
    ("s2-send-photos", Records(first_bridge_page=D1, first_bridge_news=D3),
     Evidence(Source.BRIDGE_BOOK, D3), Records(first_bridge_page=D1)),
    ("s3-journal-progress", Records(first_milestone=D2), Evidence(Source.JOURNAL, D2),
     Records(first_family_time=D2)),
    ("s3-transition-plan", Records(transition_plan=D2), Evidence(Source.PLANS, D2),
     Records(contact_plan=D2)),
    ("s3-stay-in-touch", Records(contact_plan=D2), Evidence(Source.PLANS, D2),
     Records(transition_plan=D2)),
    ("s4-contact-plan", Records(contact_plan=D2, last_contact=D3),
     Evidence(Source.JOURNAL, D3), Records(contact_plan=D2, last_contact=D1)),
]


@pytest.mark.parametrize("step_id,ticks,expected,does_not", CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_a_record_ticks_the_step_and_another_does_not(step_id, ticks, expected, does_not):
    assert evidence_for(ticks).get(step_id) == expected
    assert step_id not in evidence_for(does_not)


def test_every_rule_names_a_step_of_the_guide_and_has_a_case():
    known = {step.id for step in load_guide().all_steps()}
    assert set(RULES) <= known
    assert set(RULES) == {case[0] for case in CASES}


def test_the_caregivers_choice_wins_over_the_records():
    found = {"s2-family-time-ready": Evidence(Source.JOURNAL, D2)}
    shown = statuses({}, found)["s2-family-time-ready"]
    assert shown.state == StepState.DONE and shown.from_records and shown.done_on == D2
    ticked = StepStatus(StepProgress("s2-family-time-ready", StepState.DONE, D4), found[
        "s2-family-time-ready"])
    assert ticked.done_on == D4 and not ticked.from_records
    aside = StepStatus(StepProgress("s2-family-time-ready", StepState.NOT_FOR_US),
                       found["s2-family-time-ready"])
    assert aside.state == StepState.NOT_FOR_US
    # Unticking a tick from the records is remembered, so they do not tick it again.
    reopened = shown.reopened("not really yet")
    assert reopened.records_unticked and reopened.note == "not really yet"
    again = StepStatus(reopened, found["s2-family-time-ready"])
    assert again.state == StepState.OPEN and again.done() is False
    # A step the records do not show reopens plainly.
    assert not StepStatus(StepProgress("s1-bring-something", StepState.DONE, D1)
                          ).reopened("").records_unticked
