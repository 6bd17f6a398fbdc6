"""Plain-Python records and rules: no Qt, no SQL."""
