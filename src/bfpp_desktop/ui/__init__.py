"""Qt widgets, item models and dialogs. No SQL: storage is reached through plain calls."""
from bfpp_desktop.ui import pyside_sources

pyside_sources.install()
