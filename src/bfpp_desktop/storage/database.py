"""The database object every storage function is given.

Reading needs only SQL, and most starts and commands only read: the window's first
screen, `children`, `print`. sqlite-utils brings click, pluggy and dateutil with it
(about 0.1 s at every start), so this class answers the SQL itself and hands the
rest (tables, inserts, upserts, transactions) to a sqlite-utils Database on the same
connection, made the first time one of those is used.
"""
from collections.abc import Iterator, Sequence
from typing import Any


class Database:
    def __init__(self, conn) -> None:
        self.conn = conn
        self._full = None
        # sqlite-utils turns this on in every Database it makes: set here so triggers
        # behave the same before and after it is first used.
        conn.execute("PRAGMA recursive_triggers = ON")

    def execute(self, sql: str, parameters: Sequence | dict | None = None):
        """Run *sql*. A change made outside a transaction is committed at once, as
        sqlite-utils does (sqlite3 would otherwise leave it open)."""
        was_in_transaction = self.conn.in_transaction
        try:
            cursor = (self.conn.execute(sql) if parameters is None
                      else self.conn.execute(sql, parameters))
        except Exception:
            if not was_in_transaction and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        if not was_in_transaction and self.conn.in_transaction and cursor.description is None:
            self.conn.execute("COMMIT")
        return cursor

    def query(self, sql: str, params: Sequence | dict | None = None) -> Iterator[dict]:
        """The rows of *sql* as dictionaries, fetched as they are read."""
        cursor = self.execute(sql, params)
        if cursor.description is None:
            raise ValueError("query() is for statements that return rows")
        keys = [column[0] for column in cursor.description]
        return (dict(zip(keys, row)) for row in cursor)

    def table_names(self) -> list[str]:
        return [name for (name,) in self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]

    def close(self) -> None:
        self.conn.close()

    def take_over(self, other: "Database") -> None:
        """Go on through *other*'s connection, closing this one: whoever holds this
        object (the window and everything in it) writes from now on through a
        connection that was opened, checked and brought up to date for writing."""
        old, self.conn, self._full = self.conn, other.conn, None
        old.close()

    def sqlite_utils(self):
        """The sqlite-utils Database on this connection (made once, when first needed)."""
        if self._full is None:
            import sqlite_utils
            # No plugins: finding them scans every installed package, and no other
            # package's code belongs in our connections.
            self._full = sqlite_utils.Database(self.conn, execute_plugins=False,
                                               recursive_triggers=False)
        return self._full

    def __getitem__(self, table: str):
        return self.sqlite_utils()[table]

    def __getattr__(self, name: str) -> Any:
        # Only for what this class does not answer itself (table(), atomic(), ...).
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.sqlite_utils(), name)
