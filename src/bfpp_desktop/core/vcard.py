"""vCard files, so a contact can go into a phone's address book.

Takes the printable form of a contact (see core.contacts.contact_for_print), so
the decision about private details is always made before a file is written and
the caregiver's own notes never go into one.
"""

from bfpp_desktop.core.contacts import PrintableContact
from bfpp_desktop.core.i18n import translate

# Phone labels people type, mapped to the vCard types phones understand.
_TEL_TYPES = {
    "mobile": "CELL", "cell": "CELL", "móvil": "CELL", "celular": "CELL",
    "home": "HOME", "casa": "HOME",
    "work": "WORK", "office": "WORK", "trabajo": "WORK", "oficina": "WORK",
}


def _split_name(name: str) -> tuple[str, str]:
    """(given, family): the last word as family name; good enough for a phone's sort."""
    parts = name.split()
    if len(parts) < 2:
        return name, ""
    return " ".join(parts[:-1]), parts[-1]


def contact_vcard(contact: PrintableContact) -> str:
    import vobject   # here: the People page imports this module at every start
    card = vobject.vCard()
    card.add("fn").value = contact.name
    given, family = _split_name(contact.name)
    card.add("n").value = vobject.vcard.Name(family=family, given=given)
    card.add("title").value = contact.role
    for phone in contact.phones:
        tel = card.add("tel")
        tel.value = phone.number
        tel.type_param = _TEL_TYPES.get(phone.label.strip().casefold(), "VOICE")
    if contact.email:
        email = card.add("email")
        email.value = contact.email
        email.type_param = "INTERNET"
    if contact.address:
        card.add("adr").value = vobject.vcard.Address(street=contact.address)
    note = _note(contact)
    if note:
        card.add("note").value = note
    return card.serialize()


def contacts_vcard(contacts: list[PrintableContact]) -> str:
    """Several cards in one file (phones import them all at once)."""
    return "".join(contact_vcard(c) for c in contacts)


def _note(contact: PrintableContact) -> str:
    lines = []
    if contact.relation:
        lines.append(contact.relation)
    if contact.reach_by or contact.reach_times:
        lines.append(translate("Contact", "Best way to reach: {how}").format(
            how=", ".join(p for p in (contact.reach_by, contact.reach_times) if p)))
    if contact.language:
        lines.append(translate("Contact", "Language: {language}").format(
            language=contact.language))
    if contact.placed_with:
        lines.append(translate("Contact", "Lives with: {who}").format(
            who=", ".join(p for p in (contact.placed_with, contact.placed_with_phone) if p)))
    return "\n".join(lines)
