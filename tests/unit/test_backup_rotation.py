"""Which backups are kept, over a simulated year of use: 7 daily, 4 weekly, 12 monthly."""
from datetime import date, datetime, timedelta

from bfpp_desktop.core.backup_rotation import DEFAULT, to_keep
from bfpp_desktop.session import Access, open_session
from bfpp_desktop.storage import backup
from bfpp_desktop.storage.photos import photos_root

START = datetime(2026, 1, 1, 20, 0)


def _a_year_of_use() -> list[tuple[datetime, bool]]:
    """An evening's use on most days (never on the 3rd of every 5 days), each with a copy
    at start, two every half hour and one at close; a restore on one day in March."""
    made = []
    for day in range(365):
        if day % 5 == 2:
            continue
        evening = START + timedelta(days=day)
        for minutes in (0, 30, 60, 75):
            made.append((evening + timedelta(minutes=minutes), False))
        if evening.date() == date(2026, 3, 10):
            made.append((evening + timedelta(minutes=80), True))   # kept aside
    return made


def _prune_after_each(made):
    kept: list[tuple[datetime, bool]] = []
    for copy in made:
        kept.append(copy)
        keep = to_keep([t for t, _ in kept], [a for _, a in kept])
        kept = [c for i, c in enumerate(kept) if i in keep]
    return kept


def test_a_year_of_backups_keeps_about_two_dozen_reaching_a_year_back():
    made = _a_year_of_use()
    kept = _prune_after_each(made)
    times = sorted(t for t, _ in kept)
    assert len(kept) <= DEFAULT.recent + DEFAULT.daily + DEFAULT.weekly + DEFAULT.monthly + 1
    # The newest copies, from the last evenings, are all there.
    assert times[-DEFAULT.recent:] == sorted(t for t, _ in made)[-DEFAULT.recent:]
    # The last of each of the last 7 days of use.
    days = sorted({t.date() for t, _ in made})[-DEFAULT.daily:]
    for day in days:
        assert max(t for t, _ in made if t.date() == day) in times
    # The last of each of the last 4 weeks, and of each of the last 12 months.
    weeks = sorted({t.isocalendar()[:2] for t, _ in made})[-DEFAULT.weekly:]
    for week in weeks:
        assert max(t for t, _ in made if t.isocalendar()[:2] == week) in times
    months = sorted({(t.year, t.month) for t, _ in made})[-DEFAULT.monthly:]
    assert len(months) == 12
    for month in months:
        assert max(t for t, _ in made if (t.year, t.month) == month) in times
    assert times[0].month == 1   # a year back
    # The copy kept aside before the restore in March is still there to undo it.
    assert [t for t, aside in kept if aside] == [datetime(2026, 3, 10, 21, 20)]


def test_pruning_after_every_backup_keeps_what_pruning_once_would():
    made = _a_year_of_use()
    once = to_keep([t for t, _ in made], [a for _, a in made])
    assert sorted(_prune_after_each(made)) == sorted(made[i] for i in once)


def test_a_quiet_week_does_not_cost_the_older_copies():
    made = [START + timedelta(days=d) for d in (0, 1, 2, 40, 41)]
    assert to_keep(made) == set(range(5))


def test_old_backup_folders_go_with_the_photos_only_they_held(data_dir):
    with open_session(data_dir, Access.WRITE, fill_demo=True) as session:
        folder = session.backups_dir
        gone = next(p for p in photos_root(data_dir).rglob("*") if p.is_file())
        # Two months of evenings, one copy each; a photo removed after the second.
        for day in range(60):
            if day == 2:
                gone_sha = backup.file_sha256(gone)
                gone.unlink()
            backup.make_backup(session.db.conn, data_dir, folder, backup.AT_START,
                               now=START + timedelta(days=day))
    remaining = backup.list_backups(folder)
    assert len(remaining) == len(to_keep([b.created for b in remaining])) < 25
    assert START + timedelta(days=1) not in [b.created for b in remaining]
    held = {p.sha256 for b in remaining for p in b.photos}
    stored = {p.name for p in (folder / backup.STORE_DIRNAME).rglob("*") if p.is_file()}
    assert stored == held and gone_sha not in stored


def _evenings_of_backups(data_dir, days: int):
    with open_session(data_dir, Access.WRITE, fill_demo=True) as session:
        folder = session.backups_dir
        for day in range(days):
            backup.make_backup(session.db.conn, data_dir, folder, backup.AT_START,
                               now=START + timedelta(days=day), prune=False)
    return folder


def test_the_rotation_reads_no_manifest_when_nothing_goes(data_dir, monkeypatch):
    # Each manifest lists every photo; reading them all at every backup was most of a
    # backup's work (and held the window's interpreter while it ran).
    folder = _evenings_of_backups(data_dir, 3)

    def no_reading(*_args):
        raise AssertionError("a manifest was read")
    monkeypatch.setattr(backup, "read_manifest", no_reading)
    monkeypatch.setattr(backup, "_photo_hashes", no_reading)
    assert backup.prune_backups(folder) == []


def test_the_rotation_leaves_a_damaged_backup_alone(data_dir):
    folder = _evenings_of_backups(data_dir, 40)
    oldest = backup.list_backups(folder)[-1].path
    (oldest / backup.MANIFEST_NAME).write_text("{ scribbled")
    stored = {p.name for p in (folder / backup.STORE_DIRNAME).rglob("*") if p.is_file()}
    removed = backup.prune_backups(folder)
    assert removed and oldest not in removed and oldest.is_dir()
    # It may hold any photo, so the store keeps them all.
    assert {p.name for p in (folder / backup.STORE_DIRNAME).rglob("*")
            if p.is_file()} == stored
