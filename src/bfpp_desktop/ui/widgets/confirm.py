"""The one way the app asks before removing something."""
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm_destructive(parent: QWidget | None, title: str, text: str, informative: str,
                        action_text: str,
                        icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> bool:
    """Ask, with Cancel as the default; True only when the caregiver chose *action_text*."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(informative)
    action = box.addButton(action_text, QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is action
