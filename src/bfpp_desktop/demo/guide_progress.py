"""Where the sample family stands with the guide: the steps ticked by hand, with notes.

Maya's and Leo's comfort call and icebreaker are ticked when they are recorded
(demo.comfort_call, demo.icebreaker), on the days demo.timeline gives them.
"""
from datetime import date, timedelta

from bfpp_desktop.storage.database import Database

from bfpp_desktop.core.stage_progress import (COMFORT_CALL_STEP, ICEBREAKER_HELD_STEP,
                                              PlanKind, PlanRecord, Reflection, StepProgress,
                                              StepState)
from bfpp_desktop.demo import timeline
from bfpp_desktop.storage.guide_progress import add_reflection, save_plan, save_step_progress


def seed(db: Database, data_dir, today: date, family: dict) -> None:
    for key, sleeps_with in (("maya", "Maya sleeps with a night light and her rabbit, "
                                      "Conejita."),
                             ("leo", "Leo sleeps with his blue blanket and a night light.")):
        child = family[key]
        # The caregiver's note on the step; recording the call ticks it and keeps the note.
        save_step_progress(db, child.id, StepProgress(
            COMFORT_CALL_STEP, note=f"Their mom was tired but kind. {sleeps_with}"))
        save_step_progress(db, child.id, StepProgress(
            "s1-plan-icebreaker", StepState.DONE,
            timeline.day(child, timeline.ICEBREAKER_PLANNED),
            "Dana set it up with their mom, at the library."))
    amara = family["amara"].id
    for step_id, days in ((COMFORT_CALL_STEP, timeline.AMARA_COMFORT_CALL),
                          (ICEBREAKER_HELD_STEP, timeline.AMARA_ICEBREAKER),
                          ("s1-routine-sheet", 10), ("s2-agree-sharing", 20),
                          ("s2-diaper-bag", 30)):
        save_step_progress(db, amara, StepProgress(step_id, StepState.DONE,
                                                   timeline.day(family["amara"], days)))
    save_step_progress(db, amara, StepProgress(
        "s2-bridge-book", StepState.NOT_FOR_US, None,
        "Amara is still little; the diaper-bag notes do the same job."))
    add_reflection(db, amara, Reflection(
        "social-connections", today - timedelta(days=14),
        "Amara's mom has her church group now, and a cousin drives her to family time."))
    save_plan(db, amara, PlanRecord(PlanKind.TRANSITION, {
        "tp-routines": "Milk in a cup with meals, nap at 12:30 with white noise and her bunny, "
                       "and bed at 7 after a warm bath and shea butter.",
    }, today - timedelta(days=14)))
