"""Modules compiled from forms/*.ui by `make forms` (generated — do not edit)."""
