"""Help > About: what this is, where the data lives, and what the guidance is based on."""
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QPushButton, QTextBrowser,
                               QVBoxLayout)

from bfpp_desktop import __version__, paths
from bfpp_desktop.core.sources import load_sources
from bfpp_desktop.ui.styles import make_heading, make_hint


class AboutDialog(QDialog):
    def __init__(self, data_dir: Path, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About"))
        self.resize(560, 520)
        self.data_dir = Path(data_dir)
        title = QLabel(self.tr("Birth & Foster Parent Partnership"), self)
        make_heading(title, 1.6)
        version = QLabel(self.tr("bfpp-desktop, version {version}").format(version=__version__))
        make_hint(version)
        purpose = QLabel(self.tr(
            "A private notebook and guide for foster parents and kinship caregivers who "
            "are working together with a child's birth family. It never uses the internet."),
            self)
        purpose.setWordWrap(True)

        where = QLabel(self.tr("Your data is kept in this file:"), self)
        self.path_label = QLabel(str(paths.database_path(self.data_dir)), self)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.path_label.setWordWrap(True)
        self.open_folder_button = QPushButton(self.tr("Open the data folder"), self)
        self.open_folder_button.clicked.connect(self._on_open_folder)

        sources_heading = QLabel(self.tr("What the guidance is based on"), self)
        make_heading(sources_heading, 1.15)
        self.sources = QTextBrowser(self)
        self.sources.setOpenLinks(False)
        items = []
        for source in load_sources():
            year = source.year or self.tr("undated")
            items.append(f"<p><b>{escape(source.title)}</b><br>{escape(source.publisher)}, "
                         f"{escape(year)}</p>")
        self.sources.setHtml("".join(items) + "<p>" + escape(self.tr(
            "The app's guidance is written in its own words from these documents.")) + "</p>")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        for widget in (title, version, purpose, where, self.path_label):
            layout.addWidget(widget)
        layout.addWidget(self.open_folder_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(8)
        layout.addWidget(sources_heading)
        layout.addWidget(self.sources, 1)
        layout.addWidget(buttons)

    def _on_open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir)))
