"""Gather the child's world (routines, care, likes, health, school, people) for the
routine sheet and the profile.

A module of its own, so that making either sheet loads only the storage and records
it reads, not the guide and the journal that the other gatherers (gather.py) need.
"""
from dataclasses import replace
from datetime import date

from bfpp_desktop.storage.database import Database

from bfpp_desktop.core.children import Child
from bfpp_desktop.core.contacts import group_by_role, shareable_contacts
from bfpp_desktop.core.household import Household
from bfpp_desktop.core.world import Section as WorldSection
from bfpp_desktop.core.world import Severity, WorldItem, kind_label, provenance_text
from bfpp_desktop.reports.data import ItemOnPaper, WorldOnPaper, common_fields
from bfpp_desktop.reports.options import PrintOptions, Reader
from bfpp_desktop.reports.texts import printing_in
from bfpp_desktop.storage.contacts import list_contacts_for_child
from bfpp_desktop.storage.world import list_items


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
            **common_fields(child, household, today), pronouns=child.pronouns.strip(),
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
