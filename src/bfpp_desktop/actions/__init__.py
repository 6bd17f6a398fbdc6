"""Actions: every change to the data, shared by the window and the command line.

Each use case is a plain function taking the database (or a session) first. It
makes its change in one transaction and returns an OpResult: what changed (a
Changes value each screen reads to decide whether to refresh) and, when the
change can be taken back, its inverse, itself an action. No Qt here; the window
wraps results in one undo command (ui/undo.py). (Anki's aqt/operations:
CollectionOp returns OpChanges.)
"""
from bfpp_desktop.actions.result import Changes, Kind, OpResult, PhotoHold, gone

__all__ = ["Changes", "Kind", "OpResult", "PhotoHold", "gone"]
