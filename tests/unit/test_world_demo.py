from bfpp_desktop.core.world import Section
from bfpp_desktop.demo import fill_if_empty
from bfpp_desktop.storage.children import list_children
from bfpp_desktop.storage.world import list_items


def test_demo_family_has_a_world_with_mixed_sources(db, data_dir, today):
    fill_if_empty(db, data_dir, today)
    for child in list_children(db):
        items = list_items(db, child.id)
        kinds = {(i.section, i.kind) for i in items}
        assert (Section.CARE, "hair") in kinds
        assert any(i.section is Section.ROUTINE and i.kind == "bedtime" and i.steps
                   for i in items)
        assert any(i.section is Section.HEALTH for i in items)
        assert len({i.source for i in items}) >= 3
        assert all(i.private for i in items if i.section is Section.HEALTH)
    maya = next(c for c in list_children(db) if c.preferred_name == "Maya")
    assert any(i.kind == "faith" for i in list_items(db, maya.id, Section.CARE))
