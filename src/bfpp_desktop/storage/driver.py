"""The SQLite driver: sqlcipher3 (SQLite with SQLCipher's encryption), raising sqlite3's
exception classes.

Every connection the app makes comes from connect() here, locked or not: an unkeyed
SQLCipher connection is plain SQLite. sqlcipher3 has exception classes of its own, but
sqlite-utils and our storage catch the standard sqlite3 ones (a `drop(ignore=True)`, a
constraint turned into a message, errors.classify). So this is the one place they are
mapped: each sqlcipher3 error leaves the connection as the sqlite3 class of the same
name, with the same sqlite_errorcode and sqlite_errorname. SQLCipher would also write
log lines to stderr; cipher_log_level NONE keeps the terminal clean.
"""
import sqlite3
from contextlib import contextmanager

from sqlcipher3 import dbapi2

SQLCIPHER_ERROR = dbapi2.Error
register_adapter = dbapi2.register_adapter
# sqlcipher3 does not turn on SQLite's extended result codes as sqlite3 does, so a
# constraint error arrives as plain SQLITE_CONSTRAINT; SQLite's own fixed wording says
# which constraint it was.
_CONSTRAINTS = {
    "NOT NULL constraint failed": "SQLITE_CONSTRAINT_NOTNULL",
    "CHECK constraint failed": "SQLITE_CONSTRAINT_CHECK",
    "UNIQUE constraint failed": "SQLITE_CONSTRAINT_UNIQUE",
    "FOREIGN KEY constraint failed": "SQLITE_CONSTRAINT_FOREIGNKEY",
}


# SQLite's fixed wording for the codes the app tells apart (errors.classify, backups).
_BY_WORDING = {
    "database or disk is full": "SQLITE_FULL",
    "disk I/O error": "SQLITE_IOERR",
    "database is locked": "SQLITE_BUSY",
    "file is not a database": "SQLITE_NOTADB",
    "database disk image is malformed": "SQLITE_CORRUPT",
    "attempt to write a readonly database": "SQLITE_READONLY",
}


def as_sqlite3(exc: BaseException) -> BaseException:
    """The sqlite3 error matching a sqlcipher3 one (anything else unchanged)."""
    if not isinstance(exc, dbapi2.Error):
        return exc
    kind = getattr(sqlite3, type(exc).__name__, sqlite3.DatabaseError)
    mapped = kind(*exc.args)
    code = getattr(exc, "sqlite_errorcode", None)
    name = getattr(exc, "sqlite_errorname", None)
    if code is None:   # some calls (the backup API) raise without a code: SQLite's words
        name = next((n for words, n in _BY_WORDING.items() if str(exc).startswith(words)), None)
        code = getattr(sqlite3, name) if name else None
    if code == sqlite3.SQLITE_CONSTRAINT:
        name = next((extended for start, extended in _CONSTRAINTS.items()
                     if str(exc).startswith(start)), name)
        code = getattr(sqlite3, name, code)
    mapped.sqlite_errorcode = code
    mapped.sqlite_errorname = name
    return mapped


@contextmanager
def _mapped():
    try:
        yield
    except dbapi2.Error as exc:
        raise as_sqlite3(exc) from exc


class Cursor(dbapi2.Cursor):
    def execute(self, *args):
        with _mapped():
            return super().execute(*args)

    def executemany(self, *args):
        with _mapped():
            return super().executemany(*args)

    def executescript(self, *args):
        with _mapped():
            return super().executescript(*args)

    def fetchone(self):
        with _mapped():
            return super().fetchone()

    def fetchmany(self, *args):
        with _mapped():
            return super().fetchmany(*args)

    def fetchall(self):
        with _mapped():
            return super().fetchall()

    def __next__(self):
        with _mapped():
            return super().__next__()


class Connection(dbapi2.Connection):
    """Connection.execute() makes its cursor through cursor(), so every statement runs
    on a mapping Cursor."""

    def cursor(self, factory=Cursor):
        with _mapped():     # a closed connection refuses here
            return super().cursor(factory)

    @property
    def in_transaction(self) -> bool:
        with _mapped():     # and here (storage.database asks before each statement)
            return super().in_transaction

    def execute(self, *args):
        return self.cursor().execute(*args)

    def executemany(self, *args):
        return self.cursor().executemany(*args)

    def executescript(self, *args):
        return self.cursor().executescript(*args)

    def commit(self):
        with _mapped():
            return super().commit()

    def rollback(self):
        with _mapped():
            return super().rollback()

    def backup(self, target, **kwargs):
        with _mapped():
            return super().backup(target, **kwargs)


def connect(database: str, *, key: str | None = None, uri: bool = False,
            timeout: float = 5.0) -> Connection:
    """A connection to *database*; *key* is a SQLCipher key (see storage.keys), None for
    a plain file. Nothing is read until the first statement after the key."""
    with _mapped():
        conn = dbapi2.connect(str(database), timeout=timeout, uri=uri, factory=Connection,
                              check_same_thread=True)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        if key is not None:
            conn.execute(f"PRAGMA key = {quote(key)}")
    except BaseException:
        conn.close()
        raise
    return conn


def quote(text: str) -> str:
    """An SQL string literal (PRAGMA key takes no parameters)."""
    return "'" + text.replace("'", "''") + "'"
