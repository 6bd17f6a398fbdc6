from bfpp_desktop.core.contacts import Role, shareable_contacts
from bfpp_desktop.demo import fill_if_empty
from bfpp_desktop.storage import contacts as store
from bfpp_desktop.storage.children import list_children


def test_demo_family_gets_its_circle(db, data_dir, today):
    assert fill_if_empty(db, data_dir, today)
    kids = {c.display_name: c.id for c in list_children(db)}
    maya_parents = store.contacts_by_role(db, kids["Maya"], Role.BIRTH_PARENT)
    assert sorted(c.may_share for c in maya_parents) == [False, True]
    assert {c.id for c in maya_parents} == {
        c.id for c in store.contacts_by_role(db, kids["Leo"], Role.BIRTH_PARENT)}
    for role in (Role.CASEWORKER, Role.CASA, Role.DOCTOR, Role.SCHOOL):
        assert store.contacts_by_role(db, kids["Maya"], role), role
    amara = store.list_contacts_for_child(db, kids["Amara"])
    assert {Role.BIRTH_PARENT, Role.CASEWORKER, Role.DOCTOR} <= {c.role for c in amara}
    printable = {c.name for c in shareable_contacts(store.list_contacts_for_child(
        db, kids["Maya"]))}
    assert "Rosa Ortiz" in printable and "Luis Rodríguez" not in printable
