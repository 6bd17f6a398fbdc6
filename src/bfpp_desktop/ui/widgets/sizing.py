"""Window sizes that suit a small laptop screen as well as a large one."""
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

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
