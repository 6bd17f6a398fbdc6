"""Guide progress per child: steps taken, protective-factor reflections, plans."""
import json

from bfpp_desktop.storage.database import Database

from bfpp_desktop.core.dates import from_iso, iso
from bfpp_desktop.core.stage_progress import (PlanKind, PlanRecord, Reflection, StepProgress,
                                              StepState)
from bfpp_desktop.storage import rows

STEPS = "guide_step_progress"
REFLECTIONS = "guide_reflections"
PLANS = "guide_plans"


def load_step_progress(db: Database, child_id: int) -> dict[str, StepProgress]:
    """Saved progress by step id; steps never touched are simply absent."""
    return {row["step_id"]: StepProgress(row["step_id"], StepState(row["state"]),
                                         from_iso(row["done_on"]), row["note"],
                                         bool(row["records_unticked"]))
            for row in rows.query(db, f"select * from {STEPS} where child_id = ?", [child_id])}


def save_step_progress(db: Database, child_id: int, progress: StepProgress) -> None:
    """Store one step's progress; an open step with no note leaves no row behind."""
    with db.atomic():
        if progress.is_blank:
            db.execute(f"delete from {STEPS} where child_id = ? and step_id = ?",
                       [child_id, progress.step_id])
            return
        rows.upsert(db, STEPS, {"child_id": child_id, "step_id": progress.step_id}, {
            "state": progress.state.value,
            "done_on": iso(progress.done_on) if progress.state == StepState.DONE else None,
            "note": progress.note,
            "records_unticked": int(progress.records_unticked
                                    and progress.state == StepState.OPEN),
        })


def add_reflection(db: Database, child_id: int, reflection: Reflection) -> Reflection:
    with db.atomic():
        reflection_id = rows.insert(db, REFLECTIONS, {
            "child_id": child_id,
            "factor_id": reflection.factor_id,
            "written_on": iso(reflection.written_on),
            "text": reflection.text,
        })
    return Reflection(reflection.factor_id, reflection.written_on, reflection.text,
                      reflection_id)


def update_reflection(db: Database, reflection: Reflection) -> None:
    with db.atomic():
        rows.update(db, REFLECTIONS, reflection.id, {"written_on": iso(reflection.written_on),
                                                     "text": reflection.text})


def list_reflections(db: Database, child_id: int,
                     factor_id: str | None = None) -> list[Reflection]:
    """Newest first; optionally only those for one protective factor."""
    where, args = "child_id = ?", [child_id]
    if factor_id:
        where, args = where + " and factor_id = ?", args + [factor_id]
    return [Reflection(r["factor_id"], from_iso(r["written_on"]), r["text"], r["id"])
            for r in rows.query(db, f"select * from {REFLECTIONS} where {where} "
                                    "order by written_on desc, id desc", args)]


def delete_reflection(db: Database, reflection_id: int) -> None:
    with db.atomic():
        db.execute(f"delete from {REFLECTIONS} where id = ?", [reflection_id])


def load_plan(db: Database, child_id: int, kind: PlanKind) -> PlanRecord:
    """The saved plan, or an empty one when nothing has been written yet."""
    row = rows.one(db, f"select answers, updated_on from {PLANS} where child_id = ? and kind = ?",
                   [child_id, kind.value])
    if row is None:
        return PlanRecord(kind)
    return PlanRecord(kind, json.loads(row["answers"]), from_iso(row["updated_on"]))


def save_plan(db: Database, child_id: int, plan: PlanRecord) -> None:
    answers = {key: text for key, text in plan.answers.items() if text.strip()}
    with db.atomic():
        rows.upsert(db, PLANS, {"child_id": child_id, "kind": plan.kind.value}, {
            "answers": json.dumps(answers, ensure_ascii=False),
            "updated_on": iso(plan.updated_on),
        })
