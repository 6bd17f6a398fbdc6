"""Guide progress is stored per child and goes away with the child."""
from datetime import date

from bfpp_desktop.core.children import Child
from bfpp_desktop.core.guide import load_guide
from bfpp_desktop.core.stage_progress import (PlanKind, PlanRecord, Reflection, StepProgress,
                                              StepState, mark_done,
                                              validate_plan,
                                              validate_reflection, validate_step_progress)
from bfpp_desktop.core.step_evidence import GuideState, StepStatus, statuses
from bfpp_desktop.storage import guide_progress as store
from bfpp_desktop.storage.children import add_child, delete_child, related_counts


def _child(db, name="Maya"):
    return add_child(db, Child(full_name=name)).id


def test_step_progress_round_trip_and_reset(db, today):
    child = _child(db)
    other = _child(db, "Leo")
    store.save_step_progress(db, child, StepProgress("s1-comfort-call", StepState.DONE,
                                                     today, "She sang the moon song."))
    store.save_step_progress(db, child, StepProgress("s2-bridge-book", StepState.NOT_FOR_US))
    saved = store.load_step_progress(db, child)
    assert saved["s1-comfort-call"] == StepProgress("s1-comfort-call", StepState.DONE, today,
                                                    "She sang the moon song.")
    assert saved["s2-bridge-book"].state == StepState.NOT_FOR_US
    assert store.load_step_progress(db, other) == {}
    store.save_step_progress(db, child, StepProgress("s2-bridge-book"))   # back to open
    assert "s2-bridge-book" not in store.load_step_progress(db, child)


def test_done_date_is_dropped_when_a_step_is_reopened_with_a_note(db, today):
    child = _child(db)
    store.save_step_progress(db, child, StepProgress("s1-comfort-call", StepState.OPEN,
                                                     today, "Try Thursday"))
    assert store.load_step_progress(db, child)["s1-comfort-call"].done_on is None


def test_untouched_steps_are_open_and_feed_due_rules(today):
    steps = load_guide().stage(1).steps
    saved = {"s1-comfort-call": mark_done(StepProgress("s1-comfort-call"), today)}
    state = GuideState(steps=statuses(saved, {}))
    rows = [state.status(step.id) for step in steps]
    assert rows[0].state == StepState.DONE
    assert all(r.state == StepState.OPEN for r in rows[1:])
    # What the Overview's first-call and first-meeting rules read (core.step_evidence).
    assert StepStatus(saved["s1-comfort-call"]).done() == today
    assert StepStatus(StepProgress("s1-hold-icebreaker")).done() is False


def test_a_step_unticked_against_the_records_is_kept_and_cleared_by_a_tick(db, today):
    child = _child(db)
    unticked = StepProgress("s2-family-time-ready", records_unticked=True)
    assert not unticked.is_blank
    store.save_step_progress(db, child, unticked)
    assert store.load_step_progress(db, child)["s2-family-time-ready"] == unticked
    store.save_step_progress(db, child, mark_done(unticked, today))
    again = store.load_step_progress(db, child)["s2-family-time-ready"]
    assert again.state == StepState.DONE and not again.records_unticked


def test_reflections_newest_first_and_by_factor(db, today):
    child = _child(db)
    first = store.add_reflection(db, child, Reflection("social-connections", date(2026, 11, 1),
                                                       "Her sister drives her to visits."))
    store.add_reflection(db, child, Reflection("parental-resilience", today, "Kept going. 💪"))
    assert [r.factor_id for r in store.list_reflections(db, child)] == [
        "parental-resilience", "social-connections"]
    assert store.list_reflections(db, child, "social-connections") == [first]
    store.update_reflection(db, Reflection(first.factor_id, first.written_on, "Changed", first.id))
    assert store.list_reflections(db, child, "social-connections")[0].text == "Changed"
    store.delete_reflection(db, first.id)
    assert len(store.list_reflections(db, child)) == 1


def test_plans_round_trip_with_accents(db, today):
    child = _child(db)
    assert store.load_plan(db, child, PlanKind.TRANSITION) == PlanRecord(PlanKind.TRANSITION)
    plan = PlanRecord(PlanKind.TRANSITION, {"tp-dates": "Overnights from 3 December",
                                            "tp-goodbye": "Fiesta de despedida 🎉", "tp-school": " "},
                      today)
    store.save_plan(db, child, plan)
    loaded = store.load_plan(db, child, PlanKind.TRANSITION)
    assert loaded.answers == {"tp-dates": "Overnights from 3 December",
                              "tp-goodbye": "Fiesta de despedida 🎉"}
    assert loaded.updated_on == today and loaded.answer("tp-school") == ""
    assert store.load_plan(db, child, PlanKind.CONTACT).answers == {}


def test_deleting_the_child_removes_all_guide_records(db, today):
    child = _child(db)
    store.save_step_progress(db, child, mark_done(StepProgress("s1-comfort-call"), today))
    store.add_reflection(db, child, Reflection("concrete-support", today, "Bus passes."))
    store.save_plan(db, child, PlanRecord(PlanKind.CONTACT, {"cp-how": "Texts"}, today))
    assert related_counts(db, child) == {"guide_step_progress": 1, "guide_reflections": 1,
                                         "guide_plans": 1}
    delete_child(db, child)
    for table in (store.STEPS, store.REFLECTIONS, store.PLANS):
        assert db[table].count == 0


def test_validation_messages(today):
    assert "done_on" in validate_step_progress(
        StepProgress("x", StepState.DONE, date(2099, 1, 1)), today)
    assert "note" in validate_step_progress(StepProgress("x", note="a" * 5001), today)
    assert "text" in validate_reflection(Reflection("x", today, "  "), today)
    assert validate_plan(PlanRecord(PlanKind.CONTACT, {"cp-how": "a" * 6000})) == {
        "cp-how": "This part can be at most 5,000 characters; please shorten it."}
    assert validate_step_progress(StepProgress("x", StepState.DONE, today, "ok"), today) == {}
