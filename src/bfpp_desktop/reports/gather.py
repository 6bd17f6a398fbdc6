"""Read what a printout needs from storage into its plain data bundle.

One gather function per document (the catalogue names which). They call storage
functions (never SQL) and leave out what may not be printed: a document's
builder only ever sees the bundle.
"""
from dataclasses import replace
from datetime import date

from bfpp_desktop.storage.database import Database

from bfpp_desktop.core.children import Child, PlacementType
from bfpp_desktop.core.contacts import group_by_role, shareable_contacts
from bfpp_desktop.core.conversations import default_question_ids
from bfpp_desktop.core.guide import Audience, Guide, load_guide, share_notes_in
from bfpp_desktop.core.guide import plain_text as guide_text
from bfpp_desktop.core.household import Household
from bfpp_desktop.core.journal import (EntryKind, FamilyTimeDetails, JournalEntry,
                                       JournalFilter, Outcome)
from bfpp_desktop.core.stage_progress import PlanKind
from bfpp_desktop.core.world import Section as WorldSection
from bfpp_desktop.core.world import Severity, WorldItem, kind_label, provenance_text
from bfpp_desktop.reports.data import (BlankSheetData, ComfortCallData, DiaperBagData,
                                       EntryOnPaper, FamilyTimeRecordData,
                                       IcebreakerPrepData, ItemOnPaper, JournalSummaryData,
                                       ParentMeetingData, PlanData, PlanPart, VisitOnPaper,
                                       WorldOnPaper, child_on_paper)
from bfpp_desktop.reports.options import PrintOptions, Reader, default_date_range
from bfpp_desktop.reports.texts import printing_in
from bfpp_desktop.storage.contacts import list_contacts_for_child
from bfpp_desktop.storage.guide_progress import load_plan
from bfpp_desktop.storage.icebreaker import load_icebreaker_prep
from bfpp_desktop.storage.journal import get_entry, list_entries, shareable_summaries
from bfpp_desktop.storage.world import list_items


def _common(child: Child, household: Household, today: date) -> dict:
    return {"child": child_on_paper(child), "household": household, "printed_on": today}


def gather_blank_sheet(db: Database, child: Child, household: Household,
                       options: PrintOptions, today: date) -> BlankSheetData:
    return BlankSheetData(**_common(child, household, today),
                          kinship=_audience(child) is Audience.KINSHIP)


def gather_diaper_bag(db: Database, child: Child, household: Household,
                      options: PrintOptions, today: date) -> DiaperBagData:
    # Until the journal can fill in today's sleep and feeds, the note prints blank boxes.
    return DiaperBagData(**_common(child, household, today), day=today)


def gather_comfort_call(db: Database, child: Child, household: Household,
                        options: PrintOptions, today: date) -> ComfortCallData:
    with printing_in(options.language):
        guide, audience = _guide(options), _audience(child)
        return ComfortCallData(
            **_common(child, household, today),
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
            **_common(child, household, today),
            questions=_texts(guide.birth_parent_questions_for(_audience(child))),
            share=_texts(guide.birth_parent_share))


def _texts(lines: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(guide_text(line) for line in lines)


def _guide(options: PrintOptions) -> Guide:
    return load_guide(language=options.language or None)


def _audience(child: Child) -> Audience:
    return Audience.KINSHIP if child.placement_type is PlacementType.KINSHIP else Audience.FOSTER


# ----- the child's world: routine sheet and profile ------------------------------------------
def item_on_paper(item: WorldItem) -> ItemOnPaper:
    severity = item.severity.label if item.severity is not Severity.NONE else ""
    return ItemOnPaper(
        title=item.title, kind=item.kind, kind_label=kind_label(item.section, item.kind),
        time_text=item.time_text, details=item.details, steps=tuple(item.steps),
        comfort_items=tuple(item.comfort_items), day_type=item.day_type.value,
        severity=severity, provenance=provenance_text(item))


def people_on_paper(db: Database, child: Child, options: PrintOptions):
    """The child's contacts that may be printed, grouped by role (private ones only if chosen)."""
    grouped = group_by_role(list_contacts_for_child(db, child.id))
    ordered = [contact for _role, members in grouped for contact in members]
    return tuple(shareable_contacts(ordered, include_private=options.include_private))


def gather_world(db: Database, child: Child, household: Household,
                 options: PrintOptions, today: date) -> WorldOnPaper:
    """Routines, care, likes, health, school and people; private items only if chosen."""
    with printing_in(options.language):
        items = list_items(db, child.id, include_private=options.include_private)
        by_section = {section: tuple(item_on_paper(i) for i in items if i.section is section)
                      for section in WorldSection}
        return WorldOnPaper(
            **_common(child, household, today), pronouns=child.pronouns.strip(),
            routines=by_section[WorldSection.ROUTINE], care=by_section[WorldSection.CARE],
            likes=by_section[WorldSection.LIKES], health=by_section[WorldSection.HEALTH],
            school=by_section[WorldSection.SCHOOL],
            people=people_on_paper(db, child, options))


# Health facts whoever looks after the child must know, even when marked private.
SAFETY_KINDS = ("allergy", "medicine")


def gather_routine_sheet(db: Database, child: Child, household: Household,
                         options: PrintOptions, today: date) -> WorldOnPaper:
    """The world as the chosen reader may see it.

    The birth parent's copy holds no health and no people (health is kept
    separately); a babysitter's or the next home's adds allergies and medicines,
    even private ones, beside the shareable health notes and people.
    """
    world = gather_world(db, child, household, options, today)
    if options.reader is Reader.BIRTH_PARENT:
        return replace(world, health=(), people=())
    with printing_in(options.language):
        health = tuple(item_on_paper(i) for i in list_items(db, child.id, WorldSection.HEALTH)
                       if options.include_private or not i.private or i.kind in SAFETY_KINDS)
    return replace(world, health=health)


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
        return icebreaker_bundle(_common(child, household, today), guide,
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
            **_common(child, household, today), date_from=start, date_to=end,
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
        return FamilyTimeRecordData(**_common(child, household, today), date_from=start,
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
        return PlanData(**_common(child, household, today), parts=parts,
                        people=people_on_paper(db, child, options))


def gather_transition_plan(db: Database, child: Child, household: Household,
                           options: PrintOptions, today: date) -> PlanData:
    return _plan(db, child, household, options, today, PlanKind.TRANSITION)


def gather_contact_plan(db: Database, child: Child, household: Household,
                        options: PrintOptions, today: date) -> PlanData:
    return _plan(db, child, household, options, today, PlanKind.CONTACT)

