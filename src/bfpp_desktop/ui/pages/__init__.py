"""The selected child's pages, in the order they appear as tabs.

Each feature adds its page class here when it has content to show.
"""
from bfpp_desktop.ui.pages.about import AboutChildPage
from bfpp_desktop.ui.pages.bridge_book import BridgeBookPage
from bfpp_desktop.ui.pages.contacts import ContactsPage
from bfpp_desktop.ui.pages.guide import GuidePage
from bfpp_desktop.ui.pages.journal import JournalPage
from bfpp_desktop.ui.pages.overview import OverviewPage

PAGE_CLASSES = [
    OverviewPage,
    AboutChildPage,
    JournalPage,
    ContactsPage,
    GuidePage,
    BridgeBookPage,
]
