import vobject

from bfpp_desktop.core.contacts import Contact, Phone, ReachBy, Role, contact_for_print
from bfpp_desktop.core.vcard import contact_vcard, contacts_vcard


def _contact(**changes):
    return Contact(name="Dana María Park", role=Role.CASEWORKER, relation="Maya's caseworker",
                   phones=[Phone("office", "(555) 222-3333"), Phone("mobile", "555 444 5555")],
                   email="dana@example.org", address="1 Main St\nSpringfield",
                   reach_by=ReachBy.EMAIL, reach_times="weekdays 9-5",
                   notes="my own note", may_share=True, **changes)


def test_vcard_reads_back_with_the_library():
    text = contact_vcard(contact_for_print(_contact()))
    card = vobject.readOne(text)
    assert card.fn.value == "Dana María Park"
    assert card.n.value.family == "Park"
    assert [(t.value, t.type_param) for t in card.contents["tel"]] == [
        ("(555) 222-3333", "WORK"), ("555 444 5555", "CELL")]
    assert card.email.value == "dana@example.org"
    assert card.title.value == "Caseworker"
    assert "1 Main St" in card.adr.value.street
    assert "weekdays 9-5" in card.note.value
    assert "my own note" not in text


def test_contact_with_only_a_name_exports():
    card = vobject.readOne(contact_vcard(contact_for_print(
        Contact(name="Cher", role=Role.RELATIVE, may_share=True))))
    assert card.fn.value == "Cher" and "tel" not in card.contents


def test_several_cards_in_one_file():
    cards = list(vobject.readComponents(contacts_vcard([
        contact_for_print(_contact()), contact_for_print(Contact(name="Bo", may_share=True))])))
    assert [c.fn.value for c in cards] == ["Dana María Park", "Bo"]
