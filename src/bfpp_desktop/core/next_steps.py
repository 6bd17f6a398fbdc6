"""Which of a stage's open steps make sense now, and when to suggest the next stage.

A step is suggested only when it fits the moment: calling again only after a
call where the parent was not ready; preparing for the icebreaker only once it
is planned and before it is held; writing down what was learned only after a
call or a meeting. Rules over core.step_evidence.GuideState, so the Overview
and tests share them. Nothing here grades a family: moving on is suggested,
never required.
"""
from collections.abc import Callable, Iterable

from bfpp_desktop.core.guide import Step
from bfpp_desktop.core.stage_progress import COMFORT_CALL_STEP, ICEBREAKER_HELD_STEP, StepState
from bfpp_desktop.core.step_evidence import GuideState

PLAN_ICEBREAKER_STEP = "s1-plan-icebreaker"
FILE_ANSWERS_STEP = "s1-file-answers"

# The steps that, once done or set aside, make the next stage worth suggesting.
# Stage 3 leads to stage 4 only when the placement ends (the child goes home), so
# no steps suggest that move; stage 4 is the last.
KEY_STEPS: dict[int, tuple[str, ...]] = {
    1: (COMFORT_CALL_STEP, ICEBREAKER_HELD_STEP),
    2: ("s2-agree-sharing", "s2-family-time-ready"),
}


def _met(state: GuideState) -> bool:
    return state.is_done(ICEBREAKER_HELD_STEP)


def _talked(state: GuideState) -> bool:
    return bool(state.records.comfort_calls) or state.is_done(COMFORT_CALL_STEP) or _met(state)


def _planned_not_held(state: GuideState) -> bool:
    return state.is_done(PLAN_ICEBREAKER_STEP) and not _met(state)


def _after_not_ready(state: GuideState) -> bool:
    return any(c.not_ready for c in state.records.comfort_calls) and not _met(state)


# Steps a later one made unneeded: once they have met, a first phone call is not the
# next thing any more. Such a step does not hold back the move to the next stage.
SUPERSEDED: dict[str, Callable[[GuideState], bool]] = {
    COMFORT_CALL_STEP: _met,
}

FITS_NOW: dict[str, Callable[[GuideState], bool]] = {
    COMFORT_CALL_STEP: lambda state: not _met(state),
    "s1-call-again": _after_not_ready,
    FILE_ANSWERS_STEP: _talked,
    "s1-prepare-questions": _planned_not_held,
    "s1-prepare-share": _planned_not_held,
    "s1-bring-something": _planned_not_held,
    ICEBREAKER_HELD_STEP: lambda state: state.is_done(PLAN_ICEBREAKER_STEP),
    "s1-ask-support": _talked,
    "s1-agree-contact": lambda state: _talked(state) or state.is_done(PLAN_ICEBREAKER_STEP),
}


def fits_now(step_id: str, state: GuideState) -> bool:
    rule = FITS_NOW.get(step_id)
    return rule is None or rule(state)


def suggested_steps(steps: Iterable[Step], state: GuideState) -> list[Step]:
    """The open steps that fit now, in the guide's order."""
    return [step for step in steps if state.status(step.id).is_open
            and fits_now(step.id, state)]


def ready_for_next_stage(stage: int, state: GuideState) -> bool:
    """Every key step of *stage* is done, set aside, or made unneeded (a first call after
    the family has met)."""
    keys = KEY_STEPS.get(stage)
    if not keys:
        return False
    return all(state.status(step_id).state in (StepState.DONE, StepState.NOT_FOR_US)
               or SUPERSEDED.get(step_id, lambda _state: False)(state) for step_id in keys)


def meeting_to_write_down(state: GuideState) -> bool:
    """The icebreaker has happened (its day has come, or it is ticked) and neither its
    journal entry nor anything the parent said on the child's page has been written since:
    time to write the meeting down. Once written, the button goes, so a second press
    cannot make a second entry."""
    if not _met(state) or state.status(FILE_ANSWERS_STEP).state == StepState.NOT_FOR_US:
        return False
    held = state.status(ICEBREAKER_HELD_STEP).done_on
    written = state.records.icebreaker_written
    if written is not None and (held is None or written >= held):
        return False
    told = state.records.last_told_by_parent
    return told is None or (held is not None and told < held)
