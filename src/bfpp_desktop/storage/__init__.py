"""SQLite storage: the only layer that speaks SQL. No Qt."""
