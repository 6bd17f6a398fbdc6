"""The child record, its choices, and the rules a saved child must meet."""
from dataclasses import dataclass, replace
from datetime import date
from enum import Enum

from bfpp_desktop.core.dates import age_parts
from bfpp_desktop.core.i18n import translate

NAME_LIMIT = 200
NOTES_LIMIT = 20_000


class PlacementType(str, Enum):
    FOSTER = "foster"
    KINSHIP = "kinship"

    @property
    def label(self) -> str:
        return {
            PlacementType.FOSTER: translate("Child", "Foster care"),
            PlacementType.KINSHIP: translate("Child", "Kinship care"),
        }[self]


class PermanencyGoal(str, Enum):
    REUNIFICATION = "reunification"
    GUARDIANSHIP = "guardianship"
    ADOPTION = "adoption"
    LIVING_WITH_RELATIVE = "relative"
    INDEPENDENT_LIVING = "independent"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            PermanencyGoal.REUNIFICATION: translate("Child", "Reunification (going home)"),
            PermanencyGoal.GUARDIANSHIP: translate("Child", "Guardianship"),
            PermanencyGoal.ADOPTION: translate("Child", "Adoption"),
            PermanencyGoal.LIVING_WITH_RELATIVE: translate("Child", "Living with a relative"),
            PermanencyGoal.INDEPENDENT_LIVING: translate("Child", "Independent living"),
            PermanencyGoal.OTHER: translate("Child", "Another plan"),
        }[self]


STAGE_NUMBERS = (1, 2, 3, 4)


def stage_short_name(stage: int) -> str:
    """A few words for a list row; the guide's full titles live in the guide content."""
    return {
        1: translate("Stage", "Building"),
        2: translate("Stage", "Supporting"),
        3: translate("Stage", "Planning for home"),
        4: translate("Stage", "After care"),
    }[stage]


def stage_title(stage: int) -> str:
    return {
        1: translate("Stage", "Building the Relationship"),
        2: translate("Stage", "Supporting the Relationship"),
        3: translate("Stage", "Keeping the Relationship Strong while Working with the "
                              "System and Planning for Reunification"),
        4: translate("Stage", "Keeping the Relationship Strong after the Family Leaves "
                              "the Child Welfare System"),
    }[stage]


@dataclass
class Child:
    full_name: str
    preferred_name: str = ""
    pronouns: str = ""
    birth_date: date | None = None
    placement_date: date | None = None
    placement_type: PlacementType = PlacementType.FOSTER
    permanency_goal: PermanencyGoal = PermanencyGoal.REUNIFICATION
    stage: int = 1
    notes: str = ""
    archived: bool = False
    id: int | None = None

    @property
    def display_name(self) -> str:
        """What the app calls the child: the name they like to be called."""
        return (self.preferred_name or self.full_name).strip()

    def age(self, today: date) -> tuple[int, int] | None:
        return age_parts(self.birth_date, today) if self.birth_date else None

    def copy(self, **changes) -> "Child":
        return replace(self, **changes)


def validate_child(child: Child, today: date) -> dict[str, str]:
    """Return {field name: plain-words message}; empty when the child can be saved."""
    problems: dict[str, str] = {}
    if not child.full_name.strip():
        problems["full_name"] = translate("Child", "Please enter the child's name.")
    elif len(child.full_name) > NAME_LIMIT:
        problems["full_name"] = translate(
            "Child", "A name can be at most {limit} characters.").format(limit=NAME_LIMIT)
    if len(child.preferred_name) > NAME_LIMIT:
        problems["preferred_name"] = translate(
            "Child", "A name can be at most {limit} characters.").format(limit=NAME_LIMIT)
    if len(child.pronouns) > 60:
        problems["pronouns"] = translate("Child", "Please keep pronouns short.")
    if child.birth_date and child.birth_date > today:
        problems["birth_date"] = translate("Child", "The birth date cannot be in the future.")
    if child.placement_date:
        if child.birth_date and child.placement_date < child.birth_date:
            problems["placement_date"] = translate(
                "Child", "The placement date is before the birth date.")
        elif child.placement_date > today:
            problems["placement_date"] = translate(
                "Child", "The placement date cannot be in the future.")
    if child.stage not in STAGE_NUMBERS:
        problems["stage"] = translate("Child", "The stage must be 1, 2, 3 or 4.")
    if len(child.notes) > NOTES_LIMIT:
        problems["notes"] = translate(
            "Child", "Notes can be at most {limit} characters; please shorten them.").format(
                limit=f"{NOTES_LIMIT:,}")
    return problems
