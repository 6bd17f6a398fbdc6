"""Guide actions: a step ticked, marked not for us, reopened, or its note changed; the
child moved to another stage."""
from datetime import date
from functools import partial

from bfpp_desktop.actions.result import Changes, Kind, OpResult, database, gone
from bfpp_desktop.core.i18n import translate
from bfpp_desktop.core.stage_progress import StepProgress, StepState, mark_done
from bfpp_desktop.storage import children as child_store
from bfpp_desktop.storage.guide_progress import load_step_progress, save_step_progress


def describe(title: str, before: StepProgress, after: StepProgress) -> str:
    if after.records_unticked and not before.records_unticked:
        text = translate("Undo", "untick “{step}”")
    elif after.state != before.state:
        if after.state == StepState.DONE:
            text = translate("Undo", "tick “{step}”")
        elif after.state == StepState.NOT_FOR_US:
            text = translate("Undo", "mark “{step}” as not for us")
        else:
            text = translate("Undo", "reopen “{step}”")
    else:
        text = translate("Undo", "note on “{step}”")
    return text.format(step=title)


def save_step(target, child_id: int, progress: StepProgress, title: str = "") -> OpResult:
    """Save a step's progress; undo saves what was stored before (or the untouched step)."""
    db = database(target)
    with db.atomic():
        before = load_step_progress(db, child_id).get(progress.step_id,
                                                      StepProgress(progress.step_id))
        save_step_progress(db, child_id, progress)
    return OpResult(Changes(Kind.GUIDE, child_id), describe(title, before, progress),
                    partial(save_step, child_id=child_id, progress=before, title=title),
                    value=progress)


def tick_step(target, child_id: int, step_id: str, on: date, title: str = "") -> OpResult:
    """Mark a step done on *on*, keeping its note."""
    current = load_step_progress(database(target), child_id).get(step_id, StepProgress(step_id))
    return save_step(target, child_id, mark_done(current, on), title)


def move_to_stage(target, child_id: int, stage: int) -> OpResult:
    """Move the child to *stage*; undo moves them back to where they were."""
    db = database(target)
    with db.atomic():
        child = child_store.get_child(db, child_id)
        if child is None:
            raise gone()
        moved = child.copy(stage=stage)
        child_store.update_child(db, moved)
    return OpResult(Changes(Kind.CHILDREN, child_id),
                    translate("Undo", "move {name} to stage {n}").format(
                        name=child.display_name, n=stage),
                    partial(move_to_stage, child_id=child_id, stage=child.stage), value=moved)
