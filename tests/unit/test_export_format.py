"""The export format and the tables agree: a column added by a schema step without its
field here (or a table without its record type) fails this, so it is never left out of
exports silently."""
from bfpp_desktop.core.export_format import BY_NAME, HOUSEHOLD, RECORD_TYPES, check_document
from bfpp_desktop.core.household import Household

# Kept in the table but made again on import from other fields.
DERIVED = {"contacts": {"phone_digits"}, "journal_entries": {"photo_count"}}
# Tables that are not records of the family's: bookkeeping and the search index.
# photo_key: a locked folder's key for its photo files, never exported.
NOT_RECORDS = {"file_tasks", "household", "photo_key"}


def test_every_column_of_every_record_table_is_in_the_format(db):
    tables = {t for t in db.table_names()
              if not t.startswith(("_", "sqlite_")) and not t.startswith("journal_fts")}
    assert tables - NOT_RECORDS == set(BY_NAME)
    for kind in RECORD_TYPES:
        columns = {c.name for c in db[kind.name].columns}
        assert columns - DERIVED.get(kind.name, set()) == {f.name for f in kind.fields}, \
            kind.name


def test_household_details_are_all_in_the_format():
    assert set(HOUSEHOLD({}, "here")) == set(vars(Household()))


def test_every_optional_field_has_its_default_in_an_empty_record():
    document = check_document({"format": "bfpp-desktop-export", "version": 1, "records": {
        "children": [{"id": 1, "full_name": "A", "placement_type": "foster",
                      "permanency_goal": "adoption"}]}})
    child = document.records["children"][0]
    assert set(child) == {f.name for f in BY_NAME["children"].fields}
    assert child["archived"] is False and child["stage"] == 1 and child["birth_date"] is None
