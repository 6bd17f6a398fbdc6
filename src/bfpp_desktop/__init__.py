"""bfpp-desktop: an offline companion for foster parents and kinship caregivers."""

__version__ = "0.1.0"
APP_NAME = "bfpp-desktop"
# The name the desktop knows the app by (its menu entry, AppStream data, macOS bundle):
# on Wayland, a window is matched to its menu entry and icon by it.
APP_ID = "io.github.bfpp_desktop.BfppDesktop"
APP_DISPLAY_NAME = "Birth & Foster Parent Partnership"
