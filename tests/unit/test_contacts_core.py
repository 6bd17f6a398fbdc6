from bfpp_desktop.core.contacts import (Contact, Phone, ReachBy, Role, contact_for_print,
                                        group_by_role, normalise_phone, shareable_contacts,
                                        validate_contact)


def test_phone_numbers_in_common_formats_normalise_alike():
    forms = ["(555) 123-4567", "555.123.4567", "555 123 4567", "555-123-4567 ext. 12",
             "5551234567 x3"]
    assert {normalise_phone(f) for f in forms} == {"5551234567"}
    assert normalise_phone("+34 612 34 56 78") == "+34612345678"
    assert normalise_phone("call the office") == ""


def test_phone_keeps_what_was_typed():
    phone = Phone("mobile", "(555) 123-4567")
    assert phone.number == "(555) 123-4567" and phone.digits == "5551234567"


def test_email_without_at_gets_a_message():
    assert "email" in validate_contact(Contact(name="Ana", email="ana.example.org"))
    assert "email" not in validate_contact(Contact(name="Ana", role=Role.CASA,
                                                   email="ana@example.org"))


def test_contact_with_no_way_to_reach_is_allowed():
    contact = Contact(name="Great-aunt Rosa", role=Role.RELATIVE)
    assert validate_contact(contact) == {}
    assert not contact.has_way_to_reach


def test_name_required_and_other_role_needs_words():
    problems = validate_contact(Contact(name="  ", role=Role.OTHER))
    assert set(problems) == {"name", "role_other"}
    assert validate_contact(Contact(name="Pastor Jim", role=Role.OTHER,
                                    role_other="Pastor")) == {}
    assert Contact(name="x", role=Role.OTHER, role_other="Pastor").role_text == "Pastor"


def test_phone_without_digits_gets_a_message():
    assert "phones" in validate_contact(Contact(name="Ana", role=Role.CASA,
                                                phones=[Phone("mobile", "ask office")]))


def test_duplicate_names_are_grouped_apart_by_role():
    contacts = [Contact(name="Sam Lee", role=Role.THERAPIST, id=1),
                Contact(name="Sam Lee", role=Role.BIRTH_PARENT, id=2),
                Contact(name="Ann", role=Role.BIRTH_PARENT, id=3)]
    groups = group_by_role(contacts)
    assert [(role, [c.id for c in members]) for role, members in groups] == [
        (Role.BIRTH_PARENT, [3, 2]), (Role.THERAPIST, [1])]


def test_search_matches_name_role_and_phone_in_any_format():
    contact = Contact(name="Rosa Ortiz", role=Role.BIRTH_PARENT,
                      phones=[Phone("mobile", "(555) 123-4567")])
    assert contact.matches("rosa")
    assert contact.matches("birth ortiz")
    assert contact.matches("555-123")
    assert not contact.matches("dentist")


# ----- the sharing rule: what printouts and exports for others may contain ----------------

def _private_and_shared():
    private = Contact(name="Marco Rodríguez", role=Role.BIRTH_PARENT, may_share=False,
                      phones=[Phone("mobile", "555 000 1111")], notes="private note", id=1)
    shared = Contact(name="Dana Park", role=Role.CASEWORKER, may_share=True,
                     phones=[Phone("office", "555 222 3333")], notes="my own note",
                     reach_by=ReachBy.EMAIL, id=2)
    return private, shared


def test_private_contacts_never_reach_a_shareable_export():
    private, shared = _private_and_shared()
    result = shareable_contacts([private, shared])
    assert [c.name for c in result] == ["Dana Park"]
    assert "555 000 1111" not in repr(result)
    assert contact_for_print(private) is None
    assert contact_for_print(private, allow_private=False) is None


def test_private_contact_only_with_an_explicit_choice():
    private, shared = _private_and_shared()
    assert [c.name for c in shareable_contacts([private, shared], include_private=True)] == [
        "Marco Rodríguez", "Dana Park"]
    assert [c.name for c in shareable_contacts([private, shared], chosen_private_ids={1})] == [
        "Marco Rodríguez", "Dana Park"]
    assert contact_for_print(private, allow_private=True).phones[0].number == "555 000 1111"


def test_caregivers_notes_never_printed():
    private, shared = _private_and_shared()
    printable = contact_for_print(shared)
    assert "my own note" not in repr(printable)
    assert printable.reach_by == ReachBy.EMAIL.label
