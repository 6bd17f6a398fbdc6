"""The people around a child: who they are, how to reach them, whether we may share.

A contact can belong to several children (a sibling group shares its birth
parents and caseworker), so the children it belongs to travel with it as ids.
"""
import re
from dataclasses import dataclass, field, replace
from enum import Enum

from bfpp_desktop.core.i18n import translate

NAME_LIMIT = 200
NOTES_LIMIT = 20_000
# Words that start an extension ("555 1234 ext. 12", "x12"): the extension is
# not part of the number used for matching.
_EXTENSION = re.compile(r"\s*(?:ext\.?|extension|x|#)\s*\d+\s*$", re.IGNORECASE)


class Role(str, Enum):
    BIRTH_PARENT = "birth_parent"
    SIBLING = "sibling"
    GRANDPARENT = "grandparent"
    RELATIVE = "relative"
    FAMILY_FRIEND = "family_friend"
    CASEWORKER = "caseworker"
    CASA = "casa"
    ATTORNEY = "attorney"
    THERAPIST = "therapist"
    DOCTOR = "doctor"
    DENTIST = "dentist"
    SCHOOL = "school"
    PARENT_PARTNER = "parent_partner"
    RESPITE = "respite"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            Role.BIRTH_PARENT: translate("Contact", "Birth parent"),
            Role.SIBLING: translate("Contact", "Brother or sister"),
            Role.GRANDPARENT: translate("Contact", "Grandparent"),
            Role.RELATIVE: translate("Contact", "Other relative"),
            Role.FAMILY_FRIEND: translate("Contact", "Family friend (fictive kin)"),
            Role.CASEWORKER: translate("Contact", "Caseworker"),
            Role.CASA: translate("Contact", "CASA volunteer"),
            Role.ATTORNEY: translate("Contact", "Attorney"),
            Role.THERAPIST: translate("Contact", "Therapist"),
            Role.DOCTOR: translate("Contact", "Doctor"),
            Role.DENTIST: translate("Contact", "Dentist"),
            Role.SCHOOL: translate("Contact", "School or teacher"),
            Role.PARENT_PARTNER: translate("Contact", "Parent partner"),
            Role.RESPITE: translate("Contact", "Respite caregiver"),
            Role.OTHER: translate("Contact", "Someone else"),
        }[self]


# Family first, then the people who work with the family: the order of the
# groups in the list.
ROLE_ORDER = list(Role)


class ReachBy(str, Enum):
    ANY = ""
    CALL = "call"
    TEXT = "text"
    EMAIL = "email"
    IN_PERSON = "in_person"
    THROUGH_CASEWORKER = "caseworker"

    @property
    def label(self) -> str:
        return {
            ReachBy.ANY: translate("Contact", "No preference given"),
            ReachBy.CALL: translate("Contact", "A phone call"),
            ReachBy.TEXT: translate("Contact", "A text message"),
            ReachBy.EMAIL: translate("Contact", "Email"),
            ReachBy.IN_PERSON: translate("Contact", "In person"),
            ReachBy.THROUGH_CASEWORKER: translate("Contact", "Through the caseworker"),
        }[self]


def normalise_phone(number: str) -> str:
    """Digits only (with a leading + kept), without any extension, for matching.

    '(555) 123-4567', '555.123.4567' and '555 123 4567 ext 2' all give '5551234567'.
    """
    text = _EXTENSION.sub("", number.strip())
    digits = "".join(ch for ch in text if ch.isdigit())
    return ("+" + digits) if text.startswith("+") and digits else digits


@dataclass(frozen=True)
class Phone:
    label: str          # "mobile", "office", ... as the caregiver wrote it
    number: str         # exactly as typed

    @property
    def digits(self) -> str:
        return normalise_phone(self.number)


@dataclass
class Contact:
    name: str
    role: Role = Role.OTHER
    role_other: str = ""            # the caregiver's words when role is OTHER
    relation: str = ""              # to the child, in the caregiver's words
    phones: list[Phone] = field(default_factory=list)
    email: str = ""
    address: str = ""
    reach_by: ReachBy = ReachBy.ANY
    reach_times: str = ""           # "weekday evenings after 6"
    language: str = ""
    notes: str = ""                 # the caregiver's own notes; never shared
    may_share: bool = False         # private unless the caregiver marks it
    # For a brother or sister living elsewhere: who cares for them, and how to
    # reach that home so joint visits and calls can be arranged.
    placed_with: str = ""
    placed_with_phone: str = ""
    child_ids: list[int] = field(default_factory=list)
    id: int | None = None

    @property
    def role_text(self) -> str:
        if self.role is Role.OTHER and self.role_other.strip():
            return self.role_other.strip()
        return self.role.label

    @property
    def has_way_to_reach(self) -> bool:
        return bool(self.phones or self.email.strip() or self.address.strip()
                    or self.placed_with_phone.strip())

    def matches(self, words: str) -> bool:
        """True when every word of a search appears in the name, role, relation or details."""
        haystack = " ".join([self.name, self.role_text, self.relation, self.email,
                             self.placed_with, *(p.number for p in self.phones)]).casefold()
        digits = "".join(p.digits for p in self.phones)
        for word in words.casefold().split():
            if word in haystack:
                continue
            if normalise_phone(word) and normalise_phone(word) in digits:
                continue
            return False
        return True

    def copy(self, **changes) -> "Contact":
        return replace(self, **changes)


def validate_contact(contact: Contact) -> dict[str, str]:
    """Return {field name: plain-words message}; empty when the contact can be saved.

    A contact with no way to reach them is fine (a grandparent we only know by name).
    """
    problems: dict[str, str] = {}
    if not contact.name.strip():
        problems["name"] = translate("Contact", "Please enter a name.")
    elif len(contact.name) > NAME_LIMIT:
        problems["name"] = translate(
            "Contact", "A name can be at most {limit} characters.").format(limit=NAME_LIMIT)
    if contact.role is Role.OTHER and not contact.role_other.strip():
        problems["role_other"] = translate(
            "Contact", "Please say in a few words who this person is for the child.")
    email = contact.email.strip()
    if email and ("@" not in email or email.startswith("@") or email.endswith("@")):
        problems["email"] = translate(
            "Contact", "This email address looks incomplete: it needs an @, "
                       "like name@example.org.")
    for phone in contact.phones:
        if phone.number.strip() and not phone.digits:
            problems["phones"] = translate(
                "Contact", "A phone number needs some digits: “{number}”.").format(
                    number=phone.number.strip())
            break
    if contact.placed_with_phone.strip() and not normalise_phone(contact.placed_with_phone):
        problems["placed_with_phone"] = translate(
            "Contact", "A phone number needs some digits.")
    if len(contact.notes) > NOTES_LIMIT:
        problems["notes"] = translate(
            "Contact", "Notes can be at most {limit} characters; please shorten them.").format(
                limit=f"{NOTES_LIMIT:,}")
    return problems


def group_by_role(contacts: list[Contact]) -> list[tuple[Role, list[Contact]]]:
    """Non-empty groups in ROLE_ORDER, each sorted by name (duplicates kept)."""
    groups = []
    for role in ROLE_ORDER:
        members = sorted((c for c in contacts if c.role is role),
                         key=lambda c: (c.name.casefold(), c.id or 0))
        if members:
            groups.append((role, members))
    return groups


# ----- sharing ------------------------------------------------------------------------------

@dataclass(frozen=True)
class PrintableContact:
    """What may go on paper or into a file for someone else: never the caregiver's notes."""
    name: str
    role: str
    relation: str
    phones: tuple[Phone, ...]
    email: str
    address: str
    reach_by: str
    reach_times: str
    language: str
    placed_with: str
    placed_with_phone: str


def contact_for_print(contact: Contact, allow_private: bool = False) -> PrintableContact | None:
    """The contact's shareable details, or None when they may not leave this computer.

    *allow_private* is the caregiver's explicit choice for one printout or export.
    """
    if not (contact.may_share or allow_private):
        return None
    return PrintableContact(
        name=contact.name.strip(), role=contact.role_text, relation=contact.relation.strip(),
        phones=tuple(p for p in contact.phones if p.number.strip()),
        email=contact.email.strip(), address=contact.address.strip(),
        reach_by=contact.reach_by.label if contact.reach_by is not ReachBy.ANY else "",
        reach_times=contact.reach_times.strip(), language=contact.language.strip(),
        placed_with=contact.placed_with.strip(),
        placed_with_phone=contact.placed_with_phone.strip())


def shareable_contacts(contacts: list[Contact], include_private: bool = False,
                       chosen_private_ids: set[int] | None = None) -> list[PrintableContact]:
    """Contacts that may go on a printout or export for others, in the given order.

    Private contacts are left out unless *include_private* (all of them) or their id is
    in *chosen_private_ids* (the caregiver ticked them for this printout).
    """
    chosen = chosen_private_ids or set()
    result = []
    for contact in contacts:
        printable = contact_for_print(contact, include_private or contact.id in chosen)
        if printable is not None:
            result.append(printable)
    return result
