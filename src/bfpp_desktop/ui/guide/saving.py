"""Run a storage write from a guide screen; a failure is shown and the screen keeps its text."""
from bfpp_desktop.ui.errors import report


def try_save(parent, action, *args) -> bool:
    """True when the write went through (storage writes here return nothing)."""
    try:
        action(*args)
    except Exception as exc:  # noqa: BLE001 - reported to the user as a plain dialog
        report(parent, exc)
        return False
    return True
