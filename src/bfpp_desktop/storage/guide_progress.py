"""Guide progress per child: steps taken, protective-factor reflections, plans."""
import json
from datetime import datetime, timezone

from sqlite_utils import Database

from bfpp_desktop.core.dates import from_iso, iso
from bfpp_desktop.core.stage_progress import (PlanKind, PlanRecord, Reflection, StepProgress,
                                              StepState)

STEPS = "guide_step_progress"
REFLECTIONS = "guide_reflections"
PLANS = "guide_plans"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def load_step_progress(db: Database, child_id: int) -> dict[str, StepProgress]:
    """Saved progress by step id; steps never touched are simply absent."""
    return {row["step_id"]: StepProgress(row["step_id"], StepState(row["state"]),
                                         from_iso(row["done_on"]), row["note"])
            for row in db[STEPS].rows_where("child_id = ?", [child_id])}


def save_step_progress(db: Database, child_id: int, progress: StepProgress) -> None:
    """Store one step's progress; an open step with no note leaves no row behind."""
    with db.atomic():
        if progress.is_blank:
            db.execute(f"delete from {STEPS} where child_id = ? and step_id = ?",
                       [child_id, progress.step_id])
            return
        db[STEPS].upsert({
            "child_id": child_id,
            "step_id": progress.step_id,
            "state": progress.state.value,
            "done_on": iso(progress.done_on) if progress.state == StepState.DONE else None,
            "note": progress.note,
            "updated_at": _now(),
        }, pk=("child_id", "step_id"))


def add_reflection(db: Database, child_id: int, reflection: Reflection) -> Reflection:
    with db.atomic():
        table = db[REFLECTIONS].insert({
            "child_id": child_id,
            "factor_id": reflection.factor_id,
            "written_on": iso(reflection.written_on),
            "text": reflection.text,
            "created_at": _now(),
        })
    return Reflection(reflection.factor_id, reflection.written_on, reflection.text,
                      table.last_pk)


def update_reflection(db: Database, reflection: Reflection) -> None:
    with db.atomic():
        db[REFLECTIONS].update(reflection.id, {"written_on": iso(reflection.written_on),
                                               "text": reflection.text})


def list_reflections(db: Database, child_id: int,
                     factor_id: str | None = None) -> list[Reflection]:
    """Newest first; optionally only those for one protective factor."""
    where, args = "child_id = ?", [child_id]
    if factor_id:
        where, args = where + " and factor_id = ?", args + [factor_id]
    return [Reflection(r["factor_id"], from_iso(r["written_on"]), r["text"], r["id"])
            for r in db[REFLECTIONS].rows_where(where, args, order_by="written_on desc, id desc")]


def delete_reflection(db: Database, reflection_id: int) -> None:
    with db.atomic():
        db.execute(f"delete from {REFLECTIONS} where id = ?", [reflection_id])


def load_plan(db: Database, child_id: int, kind: PlanKind) -> PlanRecord:
    """The saved plan, or an empty one when nothing has been written yet."""
    rows = list(db[PLANS].rows_where("child_id = ? and kind = ?", [child_id, kind.value]))
    if not rows:
        return PlanRecord(kind)
    return PlanRecord(kind, json.loads(rows[0]["answers"]), from_iso(rows[0]["updated_on"]))


def save_plan(db: Database, child_id: int, plan: PlanRecord) -> None:
    answers = {key: text for key, text in plan.answers.items() if text.strip()}
    with db.atomic():
        db[PLANS].upsert({
            "child_id": child_id,
            "kind": plan.kind.value,
            "answers": json.dumps(answers, ensure_ascii=False),
            "updated_on": iso(plan.updated_on),
            "updated_at": _now(),
        }, pk=("child_id", "kind"))
