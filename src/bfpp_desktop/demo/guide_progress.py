"""Where the sample family stands with the guide: first call made, meeting planned."""
from datetime import date, timedelta

from sqlite_utils import Database

from bfpp_desktop.core.stage_progress import (PlanKind, PlanRecord, Reflection, StepProgress,
                                              StepState)
from bfpp_desktop.storage.guide_progress import add_reflection, save_plan, save_step_progress


def seed(db: Database, data_dir, today: date, family: dict) -> None:
    placed = today - timedelta(days=4)
    for key in ("maya", "leo"):
        child = family[key].id
        save_step_progress(db, child, StepProgress(
            "s1-comfort-call", StepState.DONE, placed + timedelta(days=1),
            "Their mom was tired but kind. Maya sleeps with the hall light on."))
        save_step_progress(db, child, StepProgress(
            "s1-plan-icebreaker", StepState.OPEN, None,
            "The caseworker is asking their mom about Saturday morning at the library."))
    amara = family["amara"].id
    arrived = family["amara"].placement_date
    for step_id, days in (("s1-comfort-call", 1), ("s1-hold-icebreaker", 4),
                          ("s1-routine-sheet", 10), ("s2-agree-sharing", 20),
                          ("s2-diaper-bag", 30)):
        save_step_progress(db, amara, StepProgress(step_id, StepState.DONE,
                                                   arrived + timedelta(days=days)))
    save_step_progress(db, amara, StepProgress(
        "s2-bridge-book", StepState.NOT_FOR_US, None,
        "Amara is still little; the diaper-bag notes do the same job."))
    add_reflection(db, amara, Reflection(
        "social-connections", today - timedelta(days=14),
        "Amara's mom has her church group now, and a cousin drives her to family time."))
    save_plan(db, amara, PlanRecord(PlanKind.TRANSITION, {
        "tp-routines": "Bottle at 7, nap after lunch, bath before bed with the lavender wash.",
    }, today - timedelta(days=14)))
