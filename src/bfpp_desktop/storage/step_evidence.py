"""What the records show about a child's guide steps, read in one place (rules: core.step_evidence)."""
from datetime import date

from bfpp_desktop.storage.database import Database

from bfpp_desktop.core.conversations import (CALL_ATTEMPT_TAG, COMFORT_CALL_TAG, ICEBREAKER_TAG,
                                             NOT_READY_TAG)
from bfpp_desktop.core.dates import from_iso, iso
from bfpp_desktop.core.journal import EntryKind, Outcome
from bfpp_desktop.core.stage_progress import PlanKind
from bfpp_desktop.core.step_evidence import (REGULAR_CALLS, ComfortCall, GuideState, Records,
                                             evidence_for, statuses)
from bfpp_desktop.core.world import Section, Source
from bfpp_desktop.storage import rows
from bfpp_desktop.storage.guide_progress import load_plan, load_step_progress
from bfpp_desktop.storage.icebreaker import load_icebreaker_prep

# Care kinds about who the child is: faith and culture, holidays, languages at home.
IDENTITY_KINDS = ("faith", "holiday", "language")
_CALLS = (EntryKind.PHONE_CALL.value, EntryKind.VIDEO_CALL.value)
# The day an About item was learned: when the caregiver said, else when it was written.
_ITEM_DAY = "coalesce(source_date, substr(created_at, 1, 10))"


def _tagged(tag: str) -> str:
    """SQL: entry e has *tag* (one of our own constants, so it is safe to inline)."""
    return (f"EXISTS (SELECT 1 FROM journal_tags t WHERE t.entry_id = e.id "
            f"AND lower(t.tag) = '{tag}')")


def gather_records(db: Database, child_id: int, today: date) -> Records:
    child, now = [child_id], [child_id, iso(today)]

    def day(sql: str, params) -> date | None:
        return from_iso(rows.value(db, sql, params))

    # "ORDER BY +": sorting the calls found through journal_by_kind is cheaper than
    # walking all of the child's entries in date order (the timeline's index), which
    # SQLite would otherwise choose to save the sort.
    calls = rows.query(
        db, f"SELECT e.entry_date, {_tagged(NOT_READY_TAG)} AS not_ready FROM journal_entries e "
            f"WHERE e.child_id = ? AND e.entry_date <= ? AND e.kind IN (?, ?) "
            f"AND {_tagged(COMFORT_CALL_TAG)} ORDER BY +e.entry_date, +e.id", [*now, *_CALLS])
    meetings = (f"FROM journal_entries e WHERE e.child_id = ? AND e.kind = "
                f"'{EntryKind.MEETING.value}' AND {_tagged(ICEBREAKER_TAG)}")
    with_child = rows.query(
        db, f"SELECT DISTINCT e.entry_date FROM journal_entries e WHERE e.child_id = ? "
            f"AND e.entry_date <= ? AND e.kind IN (?, ?) AND NOT {_tagged(COMFORT_CALL_TAG)} "
            f"AND NOT {_tagged(CALL_ATTEMPT_TAG)} ORDER BY +e.entry_date LIMIT ?",
        [*now, *_CALLS, REGULAR_CALLS])
    happened = (f"(kind = '{EntryKind.FAMILY_TIME.value}' AND outcome = "
                f"'{Outcome.HAPPENED.value}')")
    told, told_args = "FROM world_items WHERE child_id = ? AND source = ?", \
        [child_id, Source.BIRTH_PARENT.value]
    plans = {kind: load_plan(db, child_id, kind) for kind in PlanKind}
    return Records(
        comfort_calls=tuple(ComfortCall(from_iso(c["entry_date"]), bool(c["not_ready"]))
                            for c in calls),
        icebreaker_held=day(f"SELECT min(e.entry_date) {meetings} AND e.entry_date <= ?", now),
        icebreaker_planned=day(f"SELECT min(e.entry_date) {meetings}", child),
        icebreaker_written=day(f"SELECT max(e.entry_date) {meetings} AND e.entry_date <= ? "
                               f"AND trim(e.notes) != '' "
                               f"AND date(e.updated_at, 'localtime') >= e.entry_date", now),
        prep=load_icebreaker_prep(db, child_id),
        told_by_parent=day(f"SELECT min({_ITEM_DAY}) {told}", told_args),
        last_told_by_parent=day(f"SELECT max({_ITEM_DAY}) {told}", told_args),
        first_routine=day(f"SELECT min({_ITEM_DAY}) FROM world_items WHERE child_id = ? "
                          "AND section = ?", [child_id, Section.ROUTINE.value]),
        first_identity_item=day(
            f"SELECT min({_ITEM_DAY}) FROM world_items WHERE child_id = ? AND section = ? "
            f"AND kind IN ({', '.join('?' * len(IDENTITY_KINDS))})",
            [child_id, Section.CARE.value, *IDENTITY_KINDS]),
        first_family_time=day(f"SELECT min(entry_date) FROM journal_entries WHERE child_id = ? "
                              f"AND entry_date <= ? AND {happened}", now),
        calls_with_child=tuple(from_iso(c["entry_date"]) for c in with_child),
        # Family time that happened, or a call: the kinds listed, so journal_by_kind is used.
        last_contact=day("SELECT max(entry_date) FROM journal_entries WHERE child_id = ? "
                         "AND entry_date <= ? AND kind IN (?, ?, ?) "
                         "AND (kind != ? OR outcome = ?)",
                         [*now, EntryKind.FAMILY_TIME.value, *_CALLS,
                          EntryKind.FAMILY_TIME.value, Outcome.HAPPENED.value]),
        first_milestone=day("SELECT min(entry_date) FROM journal_entries WHERE child_id = ? "
                            "AND entry_date <= ? AND kind = ?",
                            [*now, EntryKind.MILESTONE.value]),
        first_bridge_page=day("SELECT min(prepared_on) FROM bridge_pages WHERE child_id = ?",
                              child),
        first_bridge_news=day("SELECT min(prepared_on) FROM bridge_pages WHERE child_id = ? "
                              "AND (photos != '[]' OR summaries != '[]' OR letter != '')", child),
        transition_plan=plans[PlanKind.TRANSITION].updated_on
        if plans[PlanKind.TRANSITION].answers else None,
        contact_plan=plans[PlanKind.CONTACT].updated_on
        if plans[PlanKind.CONTACT].answers else None,
    )


def load_guide_state(db: Database, child_id: int, today: date | None = None) -> GuideState:
    """The records and every step's status: what the caregiver saved, then the records."""
    records = gather_records(db, child_id, today or date.today())
    return GuideState(records, statuses(load_step_progress(db, child_id),
                                        evidence_for(records)))
