"""Window sizes that suit a small laptop screen as well as a large one."""
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QWidget

# Room left for the title bar, the task bar and a little of the window behind.
_MARGIN = 48


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize *widget* to width × height, shrunk to fit the screen it opens on.

    A dialog taller than a 1366×768 laptop's screen would hide its Save and
    Close buttons below the bottom edge.
    """
    screen = widget.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    widget.resize(min(width, area.width() - _MARGIN), min(height, area.height() - _MARGIN))


def fit_placeholder(edit: QLineEdit) -> None:
    """Make *edit* at least wide enough to show its whole placeholder, in the font in use
    (a width in pixels cut "Find on this page (Ctrl+F)" short, and more so in large text)."""
    # The frame and text margins, and the clear button when there is one.
    room = 24 + (edit.height() if edit.isClearButtonEnabled() else 0)
    needed = edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + room
    edit.setMinimumWidth(needed)
    edit.setMaximumWidth(max(edit.maximumWidth(), needed))
