"""bfpp-desktop: an offline companion for foster parents and kinship caregivers."""

__version__ = "0.1.0"
APP_NAME = "bfpp-desktop"
APP_DISPLAY_NAME = "Birth & Foster Parent Partnership"
