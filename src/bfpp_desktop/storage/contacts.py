"""Contacts and which children they belong to: save, load, link, find, delete."""
import json

from bfpp_desktop.storage.database import Database

from bfpp_desktop.core.contacts import Contact, Phone, ReachBy, Role, normalise_phone
from bfpp_desktop.storage import rows

TABLE = "contacts"
LINKS = "child_contacts"
_ORDER = "name collate nocase, id"


def to_row(contact: Contact) -> dict:
    """The columns that keep *contact* (also used by import, so phone_digits is made once)."""
    phones = [p for p in contact.phones if p.number.strip()]
    digits = [p.digits for p in phones] + [normalise_phone(contact.placed_with_phone)]
    return {
        "name": contact.name.strip(),
        "role": contact.role.value,
        "role_other": contact.role_other.strip() if contact.role is Role.OTHER else "",
        "relation": contact.relation.strip(),
        "phones": json.dumps([[p.label.strip(), p.number.strip(), p.digits] for p in phones],
                             ensure_ascii=False),
        # Spaces around each so a search for one whole number can use LIKE '% n %'.
        "phone_digits": " " + " ".join(d for d in digits if d) + " ",
        "email": contact.email.strip(),
        "address": contact.address.strip(),
        "reach_by": contact.reach_by.value,
        "reach_times": contact.reach_times.strip(),
        "language": contact.language.strip(),
        "notes": contact.notes,
        "may_share": int(contact.may_share),
        "placed_with": contact.placed_with.strip(),
        "placed_with_phone": contact.placed_with_phone.strip(),
    }


def _from_row(row: dict, child_ids: list[int]) -> Contact:
    return Contact(
        id=row["id"], name=row["name"], role=Role(row["role"]),
        role_other=row["role_other"], relation=row["relation"],
        phones=[Phone(label, number) for label, number, *_ in json.loads(row["phones"])],
        email=row["email"], address=row["address"], reach_by=ReachBy(row["reach_by"]),
        reach_times=row["reach_times"], language=row["language"], notes=row["notes"],
        may_share=bool(row["may_share"]), placed_with=row["placed_with"],
        placed_with_phone=row["placed_with_phone"], child_ids=child_ids)


def _load(db: Database, where: str, params: list) -> list[Contact]:
    found = rows.query(db, f"select * from {TABLE} where {where} order by {_ORDER}", params)
    if not found:
        return []
    links: dict[int, list[int]] = {}
    marks = ",".join("?" * len(found))
    for link in rows.query(db, f"select contact_id, child_id from {LINKS} where contact_id in "
                               f"({marks}) order by child_id", [r["id"] for r in found]):
        links.setdefault(link["contact_id"], []).append(link["child_id"])
    return [_from_row(r, links.get(r["id"], [])) for r in found]


def add_contact(db: Database, contact: Contact) -> Contact:
    """Save a new contact, linked to each of contact.child_ids."""
    with db.atomic():
        contact_id = rows.insert(db, TABLE, to_row(contact))
        rows.insert_all(db, LINKS, [{"contact_id": contact_id, "child_id": child_id}
                                    for child_id in dict.fromkeys(contact.child_ids)])
    return contact.copy(id=contact_id, child_ids=list(dict.fromkeys(contact.child_ids)))


def update_contact(db: Database, contact: Contact) -> Contact:
    """Save changed details; which children it belongs to changes only through link/unlink."""
    with db.atomic():
        rows.update(db, TABLE, contact.id, to_row(contact))
    return get_contact(db, contact.id) or contact


def get_contact(db: Database, contact_id: int) -> Contact | None:
    found = _load(db, "id = ?", [contact_id])
    return found[0] if found else None


def delete_contact(db: Database, contact_id: int) -> None:
    """Remove the contact everywhere; its links to children go with it (ON DELETE CASCADE),
    and journal entries and world items that named it keep the name but lose the link
    (ON DELETE SET NULL)."""
    with db.atomic():
        db.execute(f"delete from {TABLE} where id = ?", [contact_id])


def list_contacts_for_child(db: Database, child_id: int) -> list[Contact]:
    return _load(db, f"id in (select contact_id from {LINKS} where child_id = ?)", [child_id])


def list_all_contacts(db: Database) -> list[Contact]:
    """Everyone saved, for linking an existing person to another child."""
    return _load(db, "1", [])


def list_unlinked_contacts(db: Database) -> list[Contact]:
    """Contacts no child is linked to any more (their child was deleted or unlinked)."""
    return _load(db, f"id not in (select contact_id from {LINKS})", [])


def link_contact(db: Database, contact_id: int, child_id: int) -> None:
    """Make the contact part of this child's circle too (no change if it already is)."""
    with db.atomic():
        rows.insert_all(db, LINKS, [{"contact_id": contact_id, "child_id": child_id}],
                        ignore=True)


def unlink_contact(db: Database, contact_id: int, child_id: int) -> None:
    """Take the contact out of this child's circle; the contact itself stays saved."""
    with db.atomic():
        db.execute(f"delete from {LINKS} where contact_id = ? and child_id = ?",
                   [contact_id, child_id])


def contacts_by_role(db: Database, child_id: int | None, *roles: Role) -> list[Contact]:
    """This child's contacts with any of *roles* (everyone's when child_id is None).

    For example the doctor and dentist for the health section, or the birth parents.
    """
    if not roles:
        return []
    marks = ",".join("?" * len(roles))
    values = [r.value for r in roles]
    if child_id is None:
        return _load(db, f"role in ({marks})", values)
    return _load(db, f"role in ({marks}) and id in "
                     f"(select contact_id from {LINKS} where child_id = ?)", [*values, child_id])


def find_contacts_by_phone(db: Database, number: str) -> list[Contact]:
    """Contacts with this phone number, however either was typed."""
    digits = normalise_phone(number)
    if not digits:
        return []
    return _load(db, "phone_digits like ?", [f"% {digits} %"])
