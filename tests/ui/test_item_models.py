"""Every item model the app has, run through Qt's model tester with awkward data.

The tester checks the rules views rely on (row counts, indexes, reset and insert
signals, data types per role). Both the C++ tester (which reports by warning, so
warnings fail these tests) and pytest-qt's Python one run on each model.
"""
import importlib
import inspect
import pkgutil
import re
import unicodedata
from pathlib import Path
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt

import bfpp_desktop.ui
from bfpp_desktop.core.children import Child, PlacementEnd
from bfpp_desktop.core.contacts import Contact, Role
from bfpp_desktop.core.journal import EntryKind, EntrySummary, JournalEntry, Outcome
from bfpp_desktop.storage import journal as store
from bfpp_desktop.storage.journal import MATCH_END, MATCH_START
from bfpp_desktop.ui.children.list_model import CHILD_ID_ROLE, ChildListModel
from bfpp_desktop.ui.contacts.list_model import CONTACT_ID_ROLE, ContactListModel
from bfpp_desktop.ui.journal.timeline_model import (ENTRY_ID_ROLE, PAGE_SIZE,
                                                    STARTS_MONTH_ROLE, TimelineModel)
from bfpp_desktop.ui.journal.page import JournalPage

pytestmark = pytest.mark.qt_log_level_fail("WARNING")

TESTERS = pytest.mark.parametrize("force_py", [False, True], ids=["qt", "python"])

LONG = "Maximiliana Guadalupe Esperanza de los Ángeles " * 3
NAMES = ["Maya", "Zoë Brontë-Ødegård", "Nguyễn Thị Minh Khai", "José 🌈", LONG.strip(),
         "  Jo  ", "李小龙", "Ana-María O’Connor"]


def children(count: int) -> list[Child]:
    return [Child(full_name=NAMES[i % len(NAMES)] + f" {i}", id=i + 1,
                  preferred_name="" if i % 3 else NAMES[(i + 1) % len(NAMES)],
                  birth_date=None if i % 4 == 0 else date(2026 - i % 17, 1 + i % 12, 1),
                  stage=1 + i % 4)
            for i in range(count)]


def contacts(count: int) -> list[Contact]:
    roles = list(Role)
    return [Contact(name=NAMES[i % len(NAMES)], id=i + 1, role=roles[i % len(roles)],
                    role_other="Godmother 💛" if i % 5 == 0 else "",
                    relation=["", "mum", "Tía", LONG][i % 4],
                    may_share=bool(i % 2), email=f"p{i}@example.org")
            for i in range(count)]


def entries(count: int, newest: date = date(2026, 11, 24)) -> list[EntrySummary]:
    """Newest first, a few a week, so pages of the timeline cross many months."""
    kinds = list(EntryKind)
    titles = ["", "Family time at the park 🌳", "Cita con la Dra. Muñoz", LONG,
              f"Said {MATCH_START}dada{MATCH_END} today"]
    return [EntrySummary(id=i + 1, entry_date=newest - timedelta(days=2 * i),
                         entry_time="" if i % 2 else "16:30", kind=kinds[i % len(kinds)],
                         title=titles[i % len(titles)],
                         preview="**Ate well** 😊\n- slept " + "long " * (i % 40),
                         has_share_summary=bool(i % 3), photo_count=i % 4,
                         outcome=list(Outcome)[i % len(Outcome)]
                         if kinds[i % len(kinds)] is EntryKind.FAMILY_TIME else None)
            for i in range(count)]


def pages(rows: list[EntrySummary]):
    """What the journal page hands the timeline: a slice of the rows on demand."""
    return lambda offset, limit: rows[offset:offset + limit]


def assert_readable(model: QAbstractItemModel) -> None:
    """What views, screen readers and tooltips get is text with no control characters."""
    for r in range(model.rowCount()):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                     Qt.ItemDataRole.AccessibleTextRole):
            text = model.index(r, 0).data(role)
            assert text is None or not [c for c in text if c != "\n" and
                                        unicodedata.category(c) == "Cc"], (r, role, text)


def ids(model: QAbstractItemModel, role) -> list:
    return [model.index(r, 0).data(role) for r in range(model.rowCount())]


@TESTERS
def test_child_list_model(qtmodeltester, qapp, force_py):
    model = ChildListModel(today=date(2026, 11, 24))
    qtmodeltester.check(model, force_py=force_py)
    for rows in ([], children(1), children(60), children(2), []):
        model.set_rows(rows)
        assert ids(model, CHILD_ID_ROLE) == [c.id for c in rows]
        assert_readable(model)
    model.set_rows(children(5))
    assert model.child_at(5) is None and model.row_of(99) == -1


@TESTERS
def test_child_list_model_groups_ended_placements_under_headings(qtmodeltester, qapp, force_py):
    model = ChildListModel(today=date(2026, 11, 24))
    qtmodeltester.check(model, force_py=force_py)
    rows = children(6)
    rows[1] = rows[1].ended(PlacementEnd.WENT_HOME, date(2026, 11, 10))
    rows[4] = rows[4].ended(PlacementEnd.ADOPTION, date(2025, 2, 3))
    model.set_rows(rows)
    assert_readable(model)
    texts = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert ids(model, CHILD_ID_ROLE) == [None, 1, 3, 4, 6, None, 2, None, 5]
    assert [texts[0], texts[5], texts[7]] == ["In my care", "After going home",
                                               "Placement ended"]
    assert texts[6].endswith("Went home 10 Nov") and texts[8].endswith("Ended 3 Feb 2025")
    assert "Stage" in texts[1]
    heading = model.index(0, 0)
    assert not model.flags(heading) & Qt.ItemFlag.ItemIsSelectable
    assert model.child_at(0) is None and model.first_child_row() == 1
    assert model.row_of(5) == 8
    assert model.index(8, 0).data(Qt.ItemDataRole.AccessibleTextRole).endswith("Ended 3 Feb 2025")
    model.set_rows([rows[1]])    # one child, gone home: still under its heading
    assert ids(model, CHILD_ID_ROLE) == [None, 2]


@TESTERS
def test_contact_list_model(qtmodeltester, qapp, force_py):
    model = ContactListModel()
    qtmodeltester.check(model, force_py=force_py)
    for rows in ([], contacts(1), contacts(80), contacts(3)):
        model.set_rows(rows)
        assert sorted(i for i in ids(model, CONTACT_ID_ROLE) if i is not None) == \
            [c.id for c in rows]
        assert_readable(model)
    model.set_rows(contacts(80))
    for words in ("ng", "nobody-is-called-this", "  ", "💛", "josé", ""):
        model.set_filter(words)
    assert model.contact_count() == 80
    headings = [r for r in range(model.rowCount())
                if model.index(r, 0).data(CONTACT_ID_ROLE) is None]
    assert headings and all(
        not model.flags(model.index(r, 0)) & Qt.ItemFlag.ItemIsSelectable for r in headings)


@TESTERS
def test_timeline_model_fetches_every_page(qtmodeltester, qapp, force_py):
    model = TimelineModel()
    qtmodeltester.check(model, force_py=force_py)
    rows = entries(2 * PAGE_SIZE + 7)   # three pages, about twenty months
    model.set_rows(pages(rows), len(rows))
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert ids(model, ENTRY_ID_ROLE) == [e.id for e in rows]
    assert_readable(model)
    starts = [model.index(r, 0).data(STARTS_MONTH_ROLE) for r in range(model.rowCount())]
    months = {(e.entry_date.year, e.entry_date.month) for e in rows}
    assert sum(starts) == len(months) > 12


@TESTERS
def test_timeline_model_resets_and_shrinks(qtmodeltester, qapp, force_py):
    model = TimelineModel()
    qtmodeltester.check(model, force_py=force_py)
    many = entries(PAGE_SIZE + 40)
    for fetch, total in ((None, 0), (pages(many), len(many)), (pages(many[:1]), 1),
                         (pages([]), 0), (pages(many), len(many)), (None, 0)):
        model.set_rows(fetch, total)
        assert model.rowCount() == min(total, PAGE_SIZE)
        model.fetchMore(QModelIndex())
        assert model.rowCount() == total
    # Entries deleted behind the model's back: the count said more than there is.
    model.set_rows(pages(many[:PAGE_SIZE + 3]), PAGE_SIZE + 50)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == model.total == PAGE_SIZE + 3


@TESTERS
@pytest.mark.qt_log_ignore("propagateSizeHints")   # the offscreen platform's, not ours
def test_journal_page_timeline_loads_every_entry_as_the_caregiver_scrolls(
        qtmodeltester, qtbot, context, maya, today, no_modal, force_py):
    """The view asks for more rows itself; each entry must arrive once, in date order."""
    for e in entries(2 * PAGE_SIZE + 20, newest=today):
        store.add_entry(context.db, JournalEntry(child_id=maya.id, entry_date=e.entry_date,
                                                 kind=e.kind, title=e.title, notes=e.preview))
    page = JournalPage(context, today=today)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtmodeltester.check(page.model, force_py=force_py)
    page.set_child(maya)
    assert page.model.rowCount() < page.model.total   # the rest waits for scrolling

    def scrolled_to_the_end():
        page.timeline.scrollToBottom()
        return page.model.rowCount() == page.model.total

    qtbot.waitUntil(scrolled_to_the_end)
    shown = ids(page.model, ENTRY_ID_ROLE)
    assert len(shown) == len(set(shown)) == 2 * PAGE_SIZE + 20
    dates = [page.model.summary_at(r).entry_date for r in range(len(shown))]
    assert dates == sorted(dates, reverse=True)
    page.refresh()   # a reset while the view shows the last page
    qtbot.waitUntil(scrolled_to_the_end)
    assert ids(page.model, ENTRY_ID_ROLE) == shown


COVERED = {ChildListModel, ContactListModel, TimelineModel}


def _models_in_ui_package() -> set[type]:
    found = set()
    for info in pkgutil.walk_packages(bfpp_desktop.ui.__path__, "bfpp_desktop.ui."):
        module = importlib.import_module(info.name)
        found |= {cls for _name, cls in inspect.getmembers(module, inspect.isclass)
                  if issubclass(cls, QAbstractItemModel) and cls.__module__ == info.name}
    return found


def test_every_model_in_the_ui_is_checked_here():
    """A new model class must get its own model-tester test above."""
    found = _models_in_ui_package()
    assert found == COVERED, "give each new model a qtmodeltester test here and add it to COVERED"


# Qt's own models made directly (a proxy over one of ours, a standard item model filled
# by a page) hold our data too; item widgets (QListWidget) keep theirs private.
STOCK_MODEL = re.compile(r"\bQ(?:\w*ProxyModel|StandardItemModel|StringListModel|"
                         r"FileSystemModel|Sql\w*Model)\(")


def test_no_stock_model_is_made_without_a_check_here():
    made = {f"{path.name}: {m.group(0)}"
            for path in Path(bfpp_desktop.ui.__file__).parent.rglob("*.py")
            for m in STOCK_MODEL.finditer(path.read_text(encoding="utf-8"))}
    assert made == set(), "run qtmodeltester on this model here, then allow it in this test"
