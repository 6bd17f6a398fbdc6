"""The selected child's pages, in the order they appear as tabs.

Each feature adds its page class here when it has content to show.
"""
from bfpp_desktop.ui.world.page import AboutChildPage
from bfpp_desktop.ui.bridge.page import BridgeBookPage
from bfpp_desktop.ui.contacts.page import ContactsPage
from bfpp_desktop.ui.guide.page import GuidePage
from bfpp_desktop.ui.journal.page import JournalPage
from bfpp_desktop.ui.records.page import RecordsPage
from bfpp_desktop.ui.children.overview_page import OverviewPage

PAGE_CLASSES = [
    OverviewPage,
    AboutChildPage,
    JournalPage,
    ContactsPage,
    GuidePage,
    BridgeBookPage,
    RecordsPage,
]
