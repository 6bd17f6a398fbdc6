"""Headings between the rows of a list (groups of children, roles of people): shown in
bold and never selectable, so the arrow keys and clicks land only on real rows."""
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

HEADING_FLAGS = Qt.ItemFlag.ItemIsEnabled


def heading_data(label: str, role: int):
    """What a heading row gives for *role*: its words, in a bolder font."""
    if role == Qt.ItemDataRole.DisplayRole:
        return label
    if role == Qt.ItemDataRole.FontRole:
        font = QFont()
        font.setWeight(QFont.Weight.DemiBold)
        return font
    return None
