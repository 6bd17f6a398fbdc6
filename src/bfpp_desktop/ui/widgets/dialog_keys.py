"""Keys in our dialogs: Enter belongs to the field being typed in, never to Save."""
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QDialog, QPushButton


def _clear_defaults(dialog: QDialog) -> None:
    for button in dialog.findChildren(QPushButton):
        button.setAutoDefault(False)
        button.setDefault(False)


class _KeepNoDefault(QObject):
    """A QDialogButtonBox makes its first accept button the default each time it is shown;
    the dialog's own Show event comes after its children's, so clearing it there sticks."""

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Show:
            _clear_defaults(watched)
        return False


def no_enter_default(dialog: QDialog) -> None:
    """Enter in a name, title or time box must not save (or close) the window halfway through."""
    _clear_defaults(dialog)
    dialog.installEventFilter(_KeepNoDefault(dialog))
