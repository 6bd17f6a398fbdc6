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


class PlacementEnd(str, Enum):
    """How a placement ended. Only going home keeps the child on the daily list (stage 4)."""
    WENT_HOME = "home"
    RELATIVES = "relatives"
    ADOPTION = "adoption"
    OTHER_MOVE = "moved"

    @property
    def label(self) -> str:
        return {
            PlacementEnd.WENT_HOME: translate("Child", "Went home to their family"),
            PlacementEnd.RELATIVES: translate("Child", "Went to live with relatives"),
            PlacementEnd.ADOPTION: translate("Child", "Adopted"),
            PlacementEnd.OTHER_MOVE: translate("Child", "Moved to another home"),
        }[self]


class ListGroup(int, Enum):
    """The groups of the children list, in the order they are shown."""
    IN_CARE = 1
    AFTER_HOME = 2
    ENDED = 3

    @property
    def label(self) -> str:
        return {
            ListGroup.IN_CARE: translate("Child", "In my care"),
            ListGroup.AFTER_HOME: translate("Child", "After going home"),
            ListGroup.ENDED: translate("Child", "Placement ended"),
        }[self]


def grouped_for_list(children: list["Child"]) -> list[tuple[ListGroup, list["Child"]]]:
    """The non-empty groups in order, each keeping the children's own order."""
    return [(group, members) for group in ListGroup
            if (members := [c for c in children if c.list_group == group])]


STAGE_NUMBERS = (1, 2, 3, 4)
AFTER_HOME_STAGE = 4      # "Went home": the guide's stage for after the family leaves care


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
    ended_on: date | None = None
    ended_how: PlacementEnd | None = None
    id: int | None = None

    @property
    def display_name(self) -> str:
        """What the app calls the child: the name they like to be called."""
        return (self.preferred_name or self.full_name).strip()

    def age(self, today: date) -> tuple[int, int] | None:
        return age_parts(self.birth_date, today) if self.birth_date else None

    @property
    def went_home(self) -> bool:
        return self.ended_how == PlacementEnd.WENT_HOME

    @property
    def placement_ended(self) -> bool:
        """Ended in any way (a file from before 1.0 knows only that it was archived)."""
        return self.archived or self.ended_how is not None

    @property
    def list_group(self) -> "ListGroup":
        if self.archived:
            return ListGroup.ENDED
        return ListGroup.AFTER_HOME if self.went_home else ListGroup.IN_CARE

    def copy(self, **changes) -> "Child":
        return replace(self, **changes)

    def ended(self, how: PlacementEnd, on: date) -> "Child":
        """The record once the placement has ended: going home moves on to stage 4 and
        stays on the daily list; any other ending is kept out of it (archived)."""
        went_home = how == PlacementEnd.WENT_HOME
        return replace(self, ended_on=on, ended_how=how, archived=not went_home,
                       stage=AFTER_HOME_STAGE if went_home else self.stage)

    def back_in_care(self) -> "Child":
        return replace(self, ended_on=None, ended_how=None, archived=False)


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
    if child.ended_how is not None or child.ended_on is not None:
        for key, message in validate_ending(child, today).items():
            problems.setdefault(key, message)
    if child.stage not in STAGE_NUMBERS:
        problems["stage"] = translate("Child", "The stage must be 1, 2, 3 or 4.")
    if len(child.notes) > NOTES_LIMIT:
        problems["notes"] = translate(
            "Child", "Notes can be at most {limit} characters; please shorten them.").format(
                limit=f"{NOTES_LIMIT:,}")
    return problems


def validate_ending(child: Child, today: date) -> dict[str, str]:
    """How and when the placement ended, both needed; the day falls between the placement
    and today. An end before the placement date is named on both dates: either may be wrong."""
    problems = {}
    if child.ended_how is None:
        problems["ended_how"] = translate("Child", "Please choose how the placement ended.")
    if child.ended_on is None:
        problems["ended_on"] = translate("Child", "Please enter the day the placement ended.")
    elif child.ended_on > today:
        problems["ended_on"] = translate("Child", "The end date cannot be in the future.")
    elif child.placement_date and child.ended_on < child.placement_date:
        problems["ended_on"] = translate("Child", "The placement cannot end before it began.")
        problems["placement_date"] = translate(
            "Child", "The placement date is after the day the placement ended.")
    return problems
