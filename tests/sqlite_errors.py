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


def damage_an_index(path) -> None:
    """Make an index disagree with its table while every page stays well formed: the
    kind of damage quick_check does not look for."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX contacts_role ON contacts "
                 "(name)' WHERE name = 'contacts_role'")
    conn.commit()
    conn.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok"
    conn.close()


def overwrite_pages(path) -> None:
    """Overwrite the file's second and third pages with noise: damage that reading finds."""
    data = bytearray(path.read_bytes())
    data[4096:12288] = b"\xff" * 8192
    path.write_bytes(bytes(data))
