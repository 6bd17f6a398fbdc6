"""Read what a printout needs from storage into its plain data bundle.

One gather function per document (the catalogue names which). They call storage
functions (never SQL) and leave out what may not be printed: a document's
builder only ever sees the bundle. The child's world (routine sheet, profile) is
gathered in gather_world, the records in gather_records, the bridge book in
gather_bridge.
"""
from dataclasses import replace
from datetime import date

from bfpp_desktop.storage.database import Database

from bfpp_desktop.core.children import Child, PlacementType
from bfpp_desktop.core.conversations import default_question_ids
from bfpp_desktop.core.guide import Audience, Guide, load_guide, share_notes_in
from bfpp_desktop.core.guide import plain_text as guide_text
from bfpp_desktop.core.household import Household
from bfpp_desktop.core.journal import (EntryKind, FamilyTimeDetails, JournalEntry,
                                       JournalFilter, Outcome)
from bfpp_desktop.core.stage_progress import PlanKind
from bfpp_desktop.reports.data import BlankSheetData, DiaperBagData, common_fields
from bfpp_desktop.reports.gather_world import people_on_paper
from bfpp_desktop.reports.guide_data import (ComfortCallData, IcebreakerPrepData,
                                             ParentMeetingData, PlanData, PlanPart)
from bfpp_desktop.reports.journal_data import (EntryOnPaper, FamilyTimeRecordData,
                                               JournalSummaryData, VisitOnPaper)
from bfpp_desktop.reports.options import PrintOptions, default_date_range
from bfpp_desktop.reports.texts import printing_in
from bfpp_desktop.storage.guide_progress import load_plan
from bfpp_desktop.storage.icebreaker import load_icebreaker_prep
from bfpp_desktop.storage.journal import get_entry, list_entries, shareable_summaries


def gather_blank_sheet(db: Database, child: Child, household: Household,
                       options: PrintOptions, today: date) -> BlankSheetData:
    return BlankSheetData(**common_fields(child, household, today),
                          kinship=_audience(child) is Audience.KINSHIP)


def gather_diaper_bag(db: Database, child: Child, household: Household,
                      options: PrintOptions, today: date) -> DiaperBagData:
    # Until the journal can fill in today's sleep and feeds, the note prints blank boxes.
    return DiaperBagData(**common_fields(child, household, today), day=today)


def gather_comfort_call(db: Database, child: Child, household: Household,
                        options: PrintOptions, today: date) -> ComfortCallData:
    with printing_in(options.language):
        guide, audience = _guide(options), _audience(child)
        return ComfortCallData(
            **common_fields(child, household, today),
            questions=tuple(guide_text(q.text) for q in guide.comfort_call_questions),
            share_prompts=_texts(guide.comfort_call_share_for(audience)),
            not_ready=guide_text(guide.comfort_call_not_ready),
            later=guide_text(guide.comfort_call_later),
            their_questions=_texts(guide.birth_parent_questions_for(audience)),
            kinship=audience is Audience.KINSHIP)


def gather_parent_meeting_sheet(db: Database, child: Child, household: Household,
                                options: PrintOptions, today: date) -> ParentMeetingData:
    with printing_in(options.language):
        guide = _guide(options)
        return ParentMeetingData(
            **common_fields(child, household, today),
            questions=_texts(guide.birth_parent_questions_for(_audience(child))),
            share=_texts(guide.birth_parent_share))


def _texts(lines: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(guide_text(line) for line in lines)


def _guide(options: PrintOptions) -> Guide:
    return load_guide(language=options.language or None)


def _audience(child: Child) -> Audience:
    return Audience.KINSHIP if child.placement_type is PlacementType.KINSHIP else Audience.FOSTER


# ----- icebreaker preparation --------------------------------------------------------------------
def icebreaker_bundle(common: dict, guide: Guide, audience: Audience,
                      chosen_ids: tuple[str, ...] | None,
                      share_notes: dict[str, str]) -> IcebreakerPrepData:
    """The sheet's content from the caregiver's choices; every question when none is stored."""
    questions = guide.icebreaker_questions
    if chosen_ids is not None:
        order = {qid: i for i, qid in enumerate(chosen_ids)}
        questions = tuple(sorted((q for q in questions if q.id in order),
                                 key=lambda q: order[q.id]))
    return IcebreakerPrepData(
        **common,
        questions=tuple(replace(q, text=guide_text(q.text)) for q in questions),
        share_prompts=_texts(guide.share_prompts_for(audience)),
        share_notes=dict(share_notes),
        not_to_share=guide_text(guide.not_to_share_for(audience)),
        kinship=audience is Audience.KINSHIP)


def gather_icebreaker_prep(db: Database, child: Child, household: Household,
                           options: PrintOptions, today: date) -> IcebreakerPrepData:
    """The caregiver's saved preparation; the guide's suggested questions when none is saved."""
    with printing_in(options.language):
        guide = _guide(options)
        prep = load_icebreaker_prep(db, child.id)
        chosen_ids = tuple(prep.question_ids if prep is not None
                           else default_question_ids(guide.icebreaker_questions))
        # Notes are saved under the prompt as written in the guide; the sheet shows it cleaned.
        share_notes = {guide_text(prompt): note for prompt, note in
                       share_notes_in(guide, prep.share_notes if prep else {}).items()}
        return icebreaker_bundle(common_fields(child, household, today), guide,
                                 _audience(child), chosen_ids, share_notes)


# ----- journal summary ---------------------------------------------------------------------------
_EVERYTHING = 10_000_000   # list_entries pages; a summary wants every row of the range


def _range(options: PrintOptions, today: date) -> tuple[date | None, date | None]:
    """The dates chosen, or the last three months when none are."""
    if options.date_from is None and options.date_to is None:
        return default_date_range(today)
    return options.date_from, options.date_to


def gather_journal_summary(db: Database, child: Child, household: Household,
                           options: PrintOptions, today: date) -> JournalSummaryData:
    """The "to share" summaries in the range (default: 3 months), with date and kind.

    This sheet is for the family: an entry's title, notes and other fields, and whether
    family time happened, are not read (that is the family time record's). Private
    notes and titles are read only for a private copy the caregiver chose.
    """
    start, end = _range(options, today)
    with printing_in(options.language):
        entries = (_entries_with_notes(db, child, start, end) if options.include_private
                   else [EntryOnPaper(s.entry_date, s.kind.value, s.kind.label, s.text)
                         for s in shareable_summaries(db, child.id, start, end)])
        by_kind = {kind: tuple(e for e in entries if e.kind == kind.value)
                   for kind in (EntryKind.FAMILY_TIME, EntryKind.MILESTONE)}
        return JournalSummaryData(
            **common_fields(child, household, today), date_from=start, date_to=end,
            family_time=by_kind[EntryKind.FAMILY_TIME],
            milestones=by_kind[EntryKind.MILESTONE],
            entries=tuple(e for e in entries
                          if e.kind not in (EntryKind.FAMILY_TIME.value,
                                            EntryKind.MILESTONE.value)))


def _entries_in(db: Database, child: Child, filt: JournalFilter) -> list[JournalEntry]:
    """Every entry the filter finds, oldest first, read in full."""
    rows = reversed(list_entries(db, child.id, filt, limit=_EVERYTHING))
    return [entry for entry in (get_entry(db, row.id) for row in rows) if entry is not None]


def _entries_with_notes(db: Database, child: Child, start, end) -> list[EntryOnPaper]:
    """Every entry in the range with its title and private notes (a private copy)."""
    return [EntryOnPaper(entry.entry_date, entry.kind.value, entry.kind.label,
                         entry.share_summary.strip(), entry.title.strip(), entry.notes.strip())
            for entry in _entries_in(db, child, JournalFilter(start=start, end=end,
                                                              for_family=True))
            if entry.share_summary.strip() or entry.notes.strip()]


# ----- family time record (for the caregiver and caseworker) -------------------------------------
def visit_on_paper(entry: JournalEntry) -> VisitOnPaper:
    visit = entry.family_time or FamilyTimeDetails(outcome=Outcome.PLANNED)
    times = "–".join(t for t in (visit.start_time or entry.entry_time, visit.end_time) if t)
    return VisitOnPaper(entry.entry_date, visit.outcome.value, visit.outcome.label,
                        time=times, place=visit.place.strip(),
                        cancelled_by=visit.cancelled_by.strip(), supervised=visit.supervised,
                        notes=entry.notes.strip())


def gather_family_time_record(db: Database, child: Child, household: Household,
                              options: PrintOptions, today: date) -> FamilyTimeRecordData:
    """Each family time in the range, oldest first, with what became of it and our notes."""
    start, end = _range(options, today)
    with printing_in(options.language):
        entries = _entries_in(db, child, JournalFilter(kinds=(EntryKind.FAMILY_TIME,),
                                                       start=start, end=end))
        return FamilyTimeRecordData(**common_fields(child, household, today), date_from=start,
                                    date_to=end,
                                    visits=tuple(visit_on_paper(e) for e in entries))


# ----- transition and contact plans --------------------------------------------------------------
def _plan(db: Database, child: Child, household: Household, options: PrintOptions,
          today: date, kind: PlanKind) -> PlanData:
    with printing_in(options.language):
        guide = _guide(options)
        prompts = (guide.transition_plan_prompts if kind is PlanKind.TRANSITION
                   else guide.contact_plan_prompts)
        record = load_plan(db, child.id, kind)
        parts = tuple(PlanPart(guide_text(p.heading), guide_text(p.prompt),
                               record.answer(p.id).strip()) for p in prompts)
        if any(part.answer for part in parts):
            parts = tuple(part for part in parts if part.answer)
        return PlanData(**common_fields(child, household, today), parts=parts,
                        people=people_on_paper(db, child, options))


def gather_transition_plan(db: Database, child: Child, household: Household,
                           options: PrintOptions, today: date) -> PlanData:
    return _plan(db, child, household, options, today, PlanKind.TRANSITION)


def gather_contact_plan(db: Database, child: Child, household: Household,
                        options: PrintOptions, today: date) -> PlanData:
    return _plan(db, child, household, options, today, PlanKind.CONTACT)

