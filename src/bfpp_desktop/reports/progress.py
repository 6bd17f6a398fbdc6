"""How a build reports progress and learns it was cancelled (no reportlab here, so the
window can start a build without loading it)."""
from collections.abc import Callable

Progress = Callable[[int], None]       # percent done, 0-100
Cancelled = Callable[[], bool]


class BuildCancelled(Exception):
    """The caregiver pressed Cancel; no file was written."""
