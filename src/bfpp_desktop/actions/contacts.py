"""Actions on the people in a child's circle."""
from functools import partial

from bfpp_desktop.actions.result import Changes, Kind, OpResult, database, gone
from bfpp_desktop.core.contacts import Contact
from bfpp_desktop.core.i18n import translate
from bfpp_desktop.storage import children as child_store
from bfpp_desktop.storage import contacts as store


def _existing(db, contact_id: int) -> Contact:
    contact = store.get_contact(db, contact_id)
    if contact is None:
        raise gone()
    return contact


def add_contact(target, contact: Contact) -> OpResult:
    db = database(target)
    with db.atomic():
        saved = store.add_contact(db, contact)
    return OpResult(Changes(Kind.CONTACTS, None, saved.id), value=saved)


def update_contact(target, contact: Contact) -> OpResult:
    """Save changed details; every child who has this person sees them (child_id None)."""
    db = database(target)
    with db.atomic():
        before = _existing(db, contact.id)
        saved = store.update_contact(db, contact)
    return OpResult(Changes(Kind.CONTACTS, None, contact.id),
                    translate("Undo", "edit {name}'s details").format(name=saved.name),
                    partial(update_contact, contact=before), value=saved)


def set_linked(target, contact_id: int, child_id: int, linked: bool) -> OpResult:
    """Add the person to the child's circle (linked) or take them out of it; undo is the
    opposite. Either way the person stays saved."""
    db = database(target)
    with db.atomic():
        contact = _existing(db, contact_id)
        child = child_store.get_child(db, child_id)
        if child is None:
            raise gone()
        (store.link_contact if linked else store.unlink_contact)(db, contact_id, child_id)
    text = (translate("Undo", "add {name} to {child}'s people") if linked
            else translate("Undo", "remove {name} from {child}'s people"))
    return OpResult(Changes(Kind.CONTACTS, child_id, contact_id if linked else None),
                    text.format(name=contact.name, child=child.display_name),
                    partial(set_linked, contact_id=contact_id, child_id=child_id,
                            linked=not linked),
                    value=store.get_contact(db, contact_id))


def link_contact(target, contact_id: int, child_id: int) -> OpResult:
    return set_linked(target, contact_id, child_id, True)


def unlink_contact(target, contact_id: int, child_id: int) -> OpResult:
    return set_linked(target, contact_id, child_id, False)


def delete_contact(target, contact_id: int) -> OpResult:
    """Delete the person everywhere. Cannot be undone; earlier steps may refer to them."""
    db = database(target)
    with db.atomic():
        contact = _existing(db, contact_id)
        store.delete_contact(db, contact_id)
    return OpResult(Changes(Kind.CONTACTS), forgets_history=True, value=contact)
