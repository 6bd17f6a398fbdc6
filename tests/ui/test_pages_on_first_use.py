"""The child's pages are made when their tab is first chosen (ui.pages): every tab is
named from the start, and a page made late shows the child chosen meanwhile."""
from bfpp_desktop.storage import children as child_store
from bfpp_desktop.ui.pages import PAGES, PageToMake


def _tab_texts(window) -> list[str]:
    tabs = window.ui.childTabs
    return [tabs.tabText(i) for i in range(tabs.count())]


def test_tabs_are_named_before_their_pages_are_made(make_window, data_dir):
    window = make_window(demo=True)
    tabs = window.ui.childTabs
    assert tabs.count() == len(PAGES)
    waiting = [i for i in range(tabs.count()) if isinstance(tabs.widget(i), PageToMake)]
    assert waiting == list(range(1, len(PAGES)))   # only the Overview, in view, is made
    name = window.current_child().display_name
    assert _tab_texts(window) == ["Overview", f"About {name}", "Journal", "People", "Guide",
                                  "Bridge book", "Records"]


def test_a_page_made_late_shows_the_child_chosen_before(make_window, qtbot):
    window = make_window(demo=True)
    other = next(c for c in child_store.list_children(window.context.db)
                 if c.id != window.current_child().id)
    window.select_child(other.id)                   # while the About page is not made
    window.ui.childTabs.setCurrentIndex(1)          # About: made now
    about = window.ui.childTabs.currentWidget()
    assert not isinstance(about, PageToMake)
    assert about.child.id == other.id
    assert _tab_texts(window)[1] == f"About {other.display_name}"   # its name kept
    assert window.ui.childTabs.currentIndex() == 1


def test_the_journal_shortcut_makes_its_page(make_window, qtbot):
    window = make_window(demo=True)
    window.open_journal_entry(0)   # no such entry: the page is made and shown all the same
    assert type(window.ui.childTabs.currentWidget()).__name__ == "JournalPage"
