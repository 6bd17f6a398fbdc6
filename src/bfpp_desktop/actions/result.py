"""What an action returns: what changed, how to take it back, which photos that needs."""
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Flag, auto

from bfpp_desktop.storage.database import Database

from bfpp_desktop.core.i18n import translate
from bfpp_desktop.storage.errors import KnownError


class Kind(Flag):
    """Which kinds of records a change touched."""
    NONE = 0
    CHILDREN = auto()
    WORLD = auto()
    JOURNAL = auto()
    CONTACTS = auto()
    GUIDE = auto()
    BRIDGE_BOOK = auto()
    HOUSEHOLD = auto()
    RECORDS = auto()        # medicine doses, trips, expenses and the lifebook


@dataclass(frozen=True)
class Changes:
    kinds: Kind
    # The child whose records changed; None when several may be (a person on many lists).
    child_id: int | None = None
    # The record to show afterwards (an entry, item, person or page); None: nothing new.
    record_id: int | None = None

    def touches(self, kinds: Kind, child_id: int | None = None) -> bool:
        """True when any of *kinds* changed, for *child_id* (None: for any child)."""
        if not self.kinds & kinds:
            return False
        return child_id is None or self.child_id is None or self.child_id == child_id


@dataclass(frozen=True)
class PhotoHold:
    """Photo files an undo or redo could bring back: they stay on disk while it can."""
    child_id: int
    names: tuple[str, ...]


# An inverse takes the database and returns the result of applying it.
Inverse = Callable[[Database], "OpResult"]


@dataclass(frozen=True)
class OpResult:
    changes: Changes
    # What Edit > Undo names ("delete the journal entry “Park”"); empty when not undoable.
    description: str = ""
    undo: Inverse | None = None
    photos: PhotoHold | None = None
    # Earlier undo steps may refer to what is now gone (a deleted child or person).
    forgets_history: bool = False
    value: object = field(default=None, compare=False)   # what was saved, for the caller


def database(target) -> Database:
    """Actions accept the database itself or anything holding one (a session, the window's
    context)."""
    return target if isinstance(target, Database) else target.db


def gone() -> KnownError:
    """The record a change (often an undo or redo) would touch is no longer saved."""
    return KnownError(
        translate("Undo", "This is no longer saved"),
        translate("Undo", "What this would change has been deleted or taken back "
                          "meanwhile, so it could not be changed."),
        translate("Undo", "Nothing was changed."))
