"""Comparing whole databases around an action, its undo and its redo."""
import pytest

# When a row was written is not part of what an undo restores.
_CLOCK = {"created_at", "updated_at"}


def snapshot(db) -> dict[str, list[tuple]]:
    """Every row of every table (search indexes and bookkeeping aside), in a stable order."""
    tables = [t for t in db.table_names()
              if not t.startswith(("sqlite_", "_")) and "_fts" not in t]
    shot = {}
    for name in tables:
        columns = [c.name for c in db[name].columns if c.name not in _CLOCK]
        shot[name] = sorted(tuple(row) for row in db.execute(
            f"SELECT {', '.join(columns)} FROM [{name}]"))
    return shot


class Boom(Exception):
    pass


def assert_all_or_nothing(db, monkeypatch, module, name: str, run) -> None:
    """*run* (an action call) fails right after module.name did its write, as a crash
    midway would, and leaves the database as it was."""
    before = snapshot(db)
    real = getattr(module, name)

    def failing(*args, **kwargs):
        real(*args, **kwargs)
        raise Boom(name)
    with monkeypatch.context() as patched:
        patched.setattr(module, name, failing)
        with pytest.raises(Boom):
            run()
    assert snapshot(db) == before
