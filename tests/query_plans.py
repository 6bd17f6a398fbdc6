"""The statements a read runs, and how SQLite plans each (for tests of query plans)."""


def statements(db, read) -> list[str]:
    """The SQL *read* runs on *db*, with its parameters filled in."""
    seen: list[str] = []
    db.conn.set_trace_callback(seen.append)
    try:
        read()
    finally:
        db.conn.set_trace_callback(None)
    return seen


def plan(db, sql: str) -> str:
    # The traced text has its parameters filled in, so it can be explained as it is.
    return " / ".join(row[3] for row in db.conn.execute("EXPLAIN QUERY PLAN " + sql))
