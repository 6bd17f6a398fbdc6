"""Real SQLite errors, raised by SQLite itself, for tests of how problems are shown
(storage recognises them by their error code, not by their wording)."""
import sqlite3


def disk_full_error() -> sqlite3.OperationalError:
    """What SQLite raises when the disk fills up (a database capped at two pages)."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE TABLE t (x)")
        conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
        conn.execute("INSERT INTO t VALUES (?)", [b"x" * 100_000])
    except sqlite3.OperationalError as exc:
        return exc
    finally:
        conn.close()
    raise AssertionError("SQLite did not report a full database")
