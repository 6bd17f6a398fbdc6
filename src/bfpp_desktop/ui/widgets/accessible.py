"""Names for the parts of controls a screen reader would otherwise read as blank.

Qt reads a field's name from a label only when the label is its sibling; our forms often
put the field in a box beside its label, a date field's focus goes to its inner line edit,
an editable combo's to its line edit, and a line edit's clear button has no words at all.
One event filter on the application names those parts whenever a window or page is shown,
gives a label's underlined access key the room Qt forgets, and frames a focused scroll area
(which otherwise shows no focus at all), so every window, including ones added later, gets
them without code of its own.
"""
import re

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QScrollArea, QToolButton, QWidget

from bfpp_desktop.ui.widgets import focus_style

_TAGS = re.compile(r"<[^>]+>")


def _plain(label_text: str) -> str:
    text = _TAGS.sub("", label_text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.strip().rstrip(":").strip()


def _name(widget: QWidget, name: str) -> None:
    if widget is not None and name and not widget.accessibleName():
        widget.setAccessibleName(name)


def _inner_parts(widget: QWidget) -> list[QWidget]:
    """The widgets that take the focus (and so are read) in place of *widget*."""
    parts = []
    proxy = widget.focusProxy()
    if proxy is not None and proxy is not widget:
        parts.append(proxy)
    if isinstance(widget, QComboBox) and widget.lineEdit() is not None:
        parts.append(widget.lineEdit())
    return parts


# Qt measures "&Text size" as plain text but draws the underlined letter apart from its
# neighbours, losing their kerning, so the words come out a pixel or two wider than the
# label and its last letter is cut; this much room on the right keeps it whole.
ACCESS_KEY_ROOM = 3   # pixels


def name_parts(root: QWidget) -> None:
    """Give every control under *root* the name a sighted person reads beside it."""
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None:
            _name(buddy, _plain(label.text()))
    for widget in root.findChildren(QWidget):
        for part in _inner_parts(widget):
            _name(part, widget.accessibleName())
    clear = QCoreApplication.translate("Accessible", "Clear")
    for edit in root.findChildren(QLineEdit):
        if edit.isClearButtonEnabled():
            for button in edit.findChildren(QToolButton):
                _name(button, clear)


def fit_access_keys(root: QWidget) -> None:
    """Give each label under *root* that underlines an access key the room it needs."""
    for label in root.findChildren(QLabel):
        if label.buddy() is not None and "&" in label.text().replace("&&", ""):
            label.setContentsMargins(0, 0, ACCESS_KEY_ROOM, 0)


def prepare_look(root: QWidget) -> None:
    """What changes how *root* looks (access keys' room, scroll areas' focus frames): to
    be done before it is first painted, so nothing moves just after."""
    fit_access_keys(root)
    show_focus(root)


def show_focus(root: QWidget) -> None:
    """Make the focus visible on the scroll areas under *root* that Tab stops at (a
    frameless one that has the focus, its arrow keys scrolling it, draws nothing to say so;
    focus_style draws the frame)."""
    for area in root.findChildren(QScrollArea):
        if area.focusPolicy() & Qt.FocusPolicy.TabFocus:
            focus_style.frame_focus(area)


class _NamesOnShow(QObject):
    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) \
                and (watched.isWindow() or watched.property("namesParts")):
            name_parts(watched)
            prepare_look(watched)
        return False


def install(app, shown: QWidget | None = None) -> None:
    """Name the parts of every window and page when it is shown (once per application).
    *shown*: a window already on screen, whose parts are named now.

    The filter hands every event of every object to Python, and the first of Qt's inner
    widgets it meets costs PySide about 30 ms to wrap; so the main window installs it
    just after its first paint (application.start), naming what it already shows, and
    prepares its look (prepare_look) before it is shown."""
    if getattr(app, "_bfpp_names", None) is None:
        app._bfpp_names = _NamesOnShow(app)
        app.installEventFilter(app._bfpp_names)
    if shown is not None:
        name_parts(shown)
