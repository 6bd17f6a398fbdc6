"""Opens the comfort call and icebreaker helpers, one window each per child.

The windows are modeless so they can stay open during the call or meeting;
the main window asks close_all() before it closes, so no typing is lost.
"""
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from bfpp_desktop.core.children import Child
from bfpp_desktop.core.guide import load_guide
from bfpp_desktop.ui.context import AppContext
from bfpp_desktop.ui.helper_names import COMFORT_CALL, ICEBREAKER, ICEBREAKER_AFTER


class ConversationLauncher(QObject):
    print_requested = Signal(str)   # a print-center document id

    def __init__(self, context: AppContext, window: QWidget):
        super().__init__(window)
        self.context, self.db, self.window = context, context.db, window
        self.open_windows: dict[tuple[str, int], QWidget] = {}

    def open(self, which: str, child: Child) -> QWidget:
        """Show the helper for *child* ("comfort-call", "icebreaker", "icebreaker-after")."""
        kind = COMFORT_CALL if which == COMFORT_CALL else ICEBREAKER
        key = (kind, child.id)
        helper = self.open_windows.get(key)
        if helper is None:
            # The helpers (and the guide's due list they share) load when first opened.
            from bfpp_desktop.ui.conversations.comfort_call import ComfortCallHelper
            from bfpp_desktop.ui.conversations.icebreaker import IcebreakerHelper
            if kind == COMFORT_CALL:
                helper = ComfortCallHelper(load_guide(), self.db, child, self.window)
            else:
                helper = IcebreakerHelper(load_guide(), self.db, child, self.window)
                helper.print_requested.connect(self.print_requested)
            # The pages showing the journal, guide and the child's page refresh from these.
            helper.changes_applied.connect(self.context.signals.changes_applied)
            helper.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            helper.finished.connect(lambda _r, k=key: self.open_windows.pop(k, None))
            self.open_windows[key] = helper
        if which == ICEBREAKER_AFTER:
            helper.show_after()
        helper.show()
        helper.raise_()
        helper.activateWindow()
        return helper

    def close_all(self) -> bool:
        """Close every helper (each asks about unsaved notes); False if one stays open."""
        for helper in list(self.open_windows.values()):
            if not helper.close():
                return False
        return True
