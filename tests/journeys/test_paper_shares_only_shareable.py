"""Issue 12, tested from outside: print every document for every child of the demo
family and read the PDFs back. No private text in the database may appear on any
sheet meant for the birth family."""
import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from bfpp_desktop.core.children import Child
from bfpp_desktop.core.household import Household
from bfpp_desktop.core.journal import Outcome
from bfpp_desktop.core.records import MonthNote
from bfpp_desktop.demo import fill_if_empty
from bfpp_desktop.reports.catalogue import PRINTOUTS, ForWhom, is_available
from bfpp_desktop.reports.make import make_document
from bfpp_desktop.reports.options import Paper
from bfpp_desktop.storage import records
from bfpp_desktop.storage.bridge_book import list_pages
from bfpp_desktop.storage.children import add_child, list_children
from bfpp_desktop.storage.contacts import list_contacts_for_child
from bfpp_desktop.storage.journal import get_entry, list_entries
from bfpp_desktop.storage.world import list_items

TODAY = date(2026, 11, 24)
ALL_TIME = (date(2000, 1, 1), TODAY)
HOUSEHOLD = Household(household_name="Sam and Jo", surname="Carterwright",
                      phone="555-0199", address="12 Elm Street\nSpringfield")
FRAGMENT_WORDS = 6      # a text that leaks shows its opening words, wherever it wraps


def _flat(text: str) -> str:
    return " ".join(text.split())


def _opening(text: str) -> str:
    return " ".join(_flat(text).split()[:FRAGMENT_WORDS])


def _entries(db, child_id):
    return [get_entry(db, row.id) for row in list_entries(db, child_id, limit=100_000)]


def private_texts(db, child) -> set[str]:
    """Everything about *child* that must never be on paper for the family."""
    found: list[str] = []
    for entry in _entries(db, child.id):
        found += [entry.title, entry.notes, entry.mood_before_words, entry.mood_after_words,
                  entry.went_well, entry.follow_up, *entry.participants, *entry.tags]
        if entry.family_time is not None:
            visit = entry.family_time
            found += [visit.place, visit.transport, visit.cancelled_by]
        if entry.for_agency_only:
            # An incident report is the agency's: even its "to share" words and photos
            # marked shareable stay off every sheet for the family.
            incident = entry.incident
            found += [entry.share_summary, *(p.caption for p in entry.photos),
                      incident.place, incident.injuries, incident.told_who,
                      incident.told_when]
    for item in list_items(db, child.id, include_private=True):
        if item.private:
            found += [item.title, item.details, *item.steps, *item.comfort_items]
    for contact in list_contacts_for_child(db, child.id):
        found.append(contact.notes)            # the caregiver's own notes, never shared
        if not contact.may_share:
            found += [contact.name, contact.email, *contact.address.splitlines(),
                      contact.placed_with, contact.placed_with_phone,
                      *(p.number for p in contact.phones)]
    # The caregiver's own words for the caseworker about a month (the monthly report's).
    found += [note.text for note in records.between(db, MonthNote, child.id)]
    found += [outcome.label for outcome in Outcome]
    found += [HOUSEHOLD.surname, HOUSEHOLD.phone, *HOUSEHOLD.address.splitlines()]
    return {_opening(text) for text in found if text and text.strip()}


def shareable_texts(db, child) -> list[str]:
    """What may rightly be printed; a private text that is also one of these (a
    participant who is a shareable contact) proves nothing."""
    found = [child.display_name, child.full_name, HOUSEHOLD.household_name]
    found += [entry.share_summary for entry in _entries(db, child.id)
              if not entry.for_agency_only]
    for item in list_items(db, child.id, include_private=False):
        found += [item.title, item.details, *item.steps, *item.comfort_items, item.source_who,
                  item.source_note]   # "from Rosa · comfort call" names the talk, as a tag does
    for contact in list_contacts_for_child(db, child.id):
        if contact.may_share:
            found += [contact.name, contact.relation, contact.address,
                      *(p.number for p in contact.phones)]
    for page in list_pages(db, child.id):
        found += [page.letter, page.to_name, *(q.text for q in page.questions)]
        found += [photo.caption for photo in page.photos]
    return [_flat(text) for text in found if text]


def _on(needle: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", text) is not None


def printed(db, doc_id, child, out: Path, **changes) -> str:
    """The document with default options, made as `bfpp-desktop print` makes it."""
    spec = next(d for d in PRINTOUTS if d.id == doc_id)
    options = spec.default_options(Paper.A4).copy(**changes)
    make_document(db, doc_id, child, options, out, household=HOUSEHOLD, today=TODAY)
    return _flat(" ".join(page.extract_text() for page in PdfReader(out).pages))


@pytest.fixture
def demo(db, data_dir):
    assert fill_if_empty(db, data_dir, today=TODAY)
    return db


def test_no_private_text_reaches_a_sheet_for_the_family(demo, tmp_path):
    db = demo
    children = list_children(db)
    assert {c.display_name for c in children} >= {"Maya", "Leo", "Amara"}
    # A one-word tag ("visit", "health") may also be the sheet's own wording: what a
    # sheet prints for a child with no records at all is not a leak.
    nobody = add_child(db, Child(full_name="No Records", preferred_name="Nobody"))
    own_words = {spec.id: printed(db, spec.id, nobody, tmp_path / f"own-{spec.id}.pdf")
                 for spec in PRINTOUTS}
    leaks, checked = [], 0
    for child in children:
        allowed = shareable_texts(db, child)
        secrets = {s for s in private_texts(db, child)
                   if not any(_on(s, text) for text in allowed)}
        assert len(secrets) > 10, child.display_name     # the demo has plenty to hide
        for spec in PRINTOUTS:
            assert is_available(spec.id), spec.id
            ranges = [{}, dict(zip(("date_from", "date_to"), ALL_TIME))] \
                if spec.needs_date_range else [{}]
            for n, changes in enumerate(ranges):
                out = tmp_path / f"{child.id}-{spec.id}-{n}.pdf"
                text = printed(db, spec.id, child, out, **changes)
                assert text, spec.id
                if not spec.for_birth_family:
                    continue
                checked += 1
                leaks += [(child.display_name, spec.id, s) for s in secrets
                          if _on(s, text) and not _on(s, own_words[spec.id])]
    assert checked >= 3 * 11
    assert leaks == [], leaks


def test_the_demo_has_incidents_to_keep_off_the_family_sheets(demo):
    """The test above proves something: incidents with "to share" words and a photo
    marked shareable are there to leak, and sheets for the caregiver do print them."""
    db = demo
    amara = next(c for c in list_children(db) if c.display_name == "Amara")
    incidents = [e for e in _entries(db, amara.id) if e.for_agency_only]
    assert len(incidents) >= 2
    assert any(e.share_summary and any(p.shareable for p in e.photos) for e in incidents)
    family_facing = [p for p in PRINTOUTS if p.for_birth_family or
                     ForWhom.NEXT_CARER in p.for_whom]
    incident_report = next(p for p in PRINTOUTS if p.id == "incident-report")
    assert incident_report.for_whom == (ForWhom.CAREGIVER,)
    assert incident_report not in family_facing


def test_the_incident_report_holds_what_the_agency_asks(demo, tmp_path):
    db = demo
    amara = next(c for c in list_children(db) if c.display_name == "Amara")
    text = printed(db, "incident-report", amara, tmp_path / "incidents.pdf",
                   date_from=ALL_TIME[0], date_to=ALL_TIME[1])
    assert "For the caregiver and caseworker — not for the family" in text
    for entry in (e for e in _entries(db, amara.id) if e.for_agency_only):
        for words in (entry.title, entry.incident.place, entry.incident.injuries,
                      entry.incident.told_who, entry.incident.told_when, entry.follow_up,
                      *entry.participants, _opening(entry.notes)):
            assert _flat(words) in text, words


def test_every_to_share_summary_is_on_the_journal_summary(demo, tmp_path):
    """The sheet is not empty by accident: what was written to share is all there."""
    db = demo
    amara = next(c for c in list_children(db) if c.display_name == "Amara")
    text = printed(db, "journal-summary", amara, tmp_path / "summary.pdf",
                   date_from=ALL_TIME[0], date_to=ALL_TIME[1])
    summaries = [e.share_summary for e in _entries(db, amara.id)
                 if e.share_summary and not e.for_agency_only]
    assert len(summaries) > 20
    for summary in summaries:
        assert _flat(summary) in text, summary


def test_the_family_time_record_holds_attendance_and_notes(demo, tmp_path):
    db = demo
    amara = next(c for c in list_children(db) if c.display_name == "Amara")
    text = printed(db, "family-time-record", amara, tmp_path / "record.pdf",
                   date_from=ALL_TIME[0], date_to=ALL_TIME[1])
    assert "For the caregiver and caseworker — not for the family" in text
    assert "Family time cancelled" not in text            # titles are not needed here
    for words in ("Cancelled", "Moved to another day", "Jasmine (no bus)",
                  "Jasmine called at 8 to say the bus was not running.", "Riverside Park"):
        assert words in text, words
