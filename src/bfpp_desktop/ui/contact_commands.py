"""Undoable changes to contacts (Edit > Undo), saved before they are pushed."""
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from bfpp_desktop.core.contacts import Contact
from bfpp_desktop.storage import contacts as store
from bfpp_desktop.ui.child_commands import _AppliedCommand
from bfpp_desktop.ui.errors import attempt



class EditContactCommand(_AppliedCommand):
    def __init__(self, db, before: Contact, after: Contact, changed: Callable[[int], None]):
        super().__init__(QCoreApplication.translate("Undo", "edit {name}'s details").format(name=after.name), changed)
        self._db, self._before, self._after = db, before, after

    def apply(self, forward: bool) -> None:
        contact = self._after if forward else self._before
        if attempt(None, store.update_contact, self._db, contact) is not None:
            self._changed(contact.id)


class LinkContactCommand(_AppliedCommand):
    """Adding a person to a child's circle (linked=True) or taking them out of it."""

    def __init__(self, db, contact: Contact, child_id: int, child_name: str, linked: bool,
                 changed: Callable[[int], None]):
        text = (QCoreApplication.translate("Undo", "add {name} to {child}'s people") if linked
                else QCoreApplication.translate("Undo", "remove {name} from {child}'s people"))
        super().__init__(text.format(name=contact.name, child=child_name), changed)
        self._db, self._contact_id, self._child_id = db, contact.id, child_id
        self._linked = linked

    def apply(self, forward: bool) -> None:
        action = store.link_contact if forward == self._linked else store.unlink_contact
        attempt(None, action, self._db, self._contact_id, self._child_id)
        self._changed(self._contact_id)
