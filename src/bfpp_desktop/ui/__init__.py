"""Qt widgets, item models and dialogs. No SQL: storage is reached through plain calls."""
