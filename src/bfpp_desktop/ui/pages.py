"""The selected child's pages, in the order they appear as tabs.

Each feature adds its page here when it has content to show. The window makes a page
(and loads its module) when its tab is first chosen: at start only the Overview is
made, and the others' modules and widgets (about 0.1 s on a large folder) wait.
"""
from dataclasses import dataclass
from importlib import import_module

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from bfpp_desktop.core.children import Child


@dataclass(frozen=True)
class PageSpec:
    module: str        # under bfpp_desktop.ui
    class_name: str    # also the translation context of its title
    title: str         # untranslated; "{name}" is the child's name

    def load(self) -> type:
        return getattr(import_module(f"bfpp_desktop.ui.{self.module}"), self.class_name)

    def title_for(self, child: Child) -> str:
        return QCoreApplication.translate(self.class_name, self.title).format(
            name=child.display_name)


PAGES = [
    PageSpec("children.overview_page", "OverviewPage",
             QT_TRANSLATE_NOOP("OverviewPage", "Overview")),
    PageSpec("world.page", "AboutChildPage", QT_TRANSLATE_NOOP("AboutChildPage", "About {name}")),
    PageSpec("journal.page", "JournalPage", QT_TRANSLATE_NOOP("JournalPage", "Journal")),
    PageSpec("contacts.page", "ContactsPage", QT_TRANSLATE_NOOP("ContactsPage", "People")),
    PageSpec("guide.page", "GuidePage", QT_TRANSLATE_NOOP("GuidePage", "Guide")),
    PageSpec("bridge.page", "BridgeBookPage", QT_TRANSLATE_NOOP("BridgeBookPage", "Bridge book")),
    PageSpec("records.page", "RecordsPage", QT_TRANSLATE_NOOP("RecordsPage", "Records")),
]


def spec_named(class_name: str) -> PageSpec:
    return next(spec for spec in PAGES if spec.class_name == class_name)


class PageToMake(QWidget):
    """What a tab holds until its page is first chosen (then the window makes it)."""

    def __init__(self, spec: PageSpec):
        super().__init__()
        self.spec = spec
