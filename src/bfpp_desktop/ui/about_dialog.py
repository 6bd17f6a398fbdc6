"""Help > About: what this is, where the data lives, and what the guidance is based on.

The layout is the Designer form forms/about_dialog.ui; the version, the data file and the
list of sources are filled in here.
"""
from html import escape
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog

from bfpp_desktop import __version__

from bfpp_desktop.core import paths
from bfpp_desktop.core.sources import load_sources
from bfpp_desktop.ui.forms.ui_about_dialog import Ui_AboutDialog
from bfpp_desktop.ui.widgets.styles import make_heading, make_hint


class AboutDialog(QDialog):
    def __init__(self, data_dir: Path, parent=None):
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.data_dir = Path(data_dir)
        make_heading(self.ui.titleLabel, 1.6)
        make_heading(self.ui.sourcesHeading, 1.15)
        make_hint(self.ui.versionLabel)
        self.ui.versionLabel.setText(
            self.tr("bfpp-desktop, version {version}").format(version=__version__))
        # The names the tests read the dialog by.
        self.path_label, self.sources = self.ui.pathLabel, self.ui.sourcesBrowser
        self.path_label.setText(str(paths.database_path(self.data_dir)))
        self.ui.openFolderButton.clicked.connect(self._on_open_folder)
        items = []
        for source in load_sources():
            year = source.year or self.tr("undated")
            items.append(f"<p><b>{escape(source.title)}</b><br>{escape(source.publisher)}, "
                         f"{escape(year)}</p>")
        self.sources.setHtml("".join(items) + "<p>" + escape(self.tr(
            "The app's guidance is written in its own words from these documents.")) + "</p>")
        self.ui.buttonBox.rejected.connect(self.reject)

    def _on_open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir)))
