"""Importing an export file: see what it would add, copy its photos in, add its records.

Three steps, so the window can show a preview first and copy photos off its own
thread (the slow part, each photo cleaned of metadata like any photo taken in):
1. preview_import(): what would be added, by adding it and rolling back, so the
   preview and the import can never disagree;
2. copy_photos(): the photos those records use, cleaned and stored under new names in
   the children's folders (no database: it may run on a pool thread);
3. finish_import(): every record in one transaction. If anything fails, nothing is
   added, and the photos copied for it are swept.
An import adds records and changes none, so the undo history stays as it is; the
preview is its confirmation, and it is not undone from Edit > Undo (a child brought in
by mistake is deleted like any other).
"""
from collections.abc import Callable
from pathlib import Path

from bfpp_desktop.actions.result import Changes, Kind, OpResult, database
from bfpp_desktop.core.i18n import translate
from bfpp_desktop.storage import export_zip, photos
from bfpp_desktop.storage.errors import KnownError
from bfpp_desktop.storage.export_zip import ImportFile, Progress
from bfpp_desktop.storage.import_write import Written, changed_meanwhile, write_records
from bfpp_desktop.storage.photo_sweep import PhotoKeeper

EVERYTHING = (Kind.CHILDREN | Kind.WORLD | Kind.JOURNAL | Kind.CONTACTS | Kind.GUIDE
              | Kind.BRIDGE_BOOK | Kind.HOUSEHOLD)
PhotoNames = dict[tuple[int, str], str]


class _Rehearsal(Exception):
    def __init__(self, written: Written):
        super().__init__("rolled back on purpose")
        self.written = written


def read_import(path: Path, progress: Progress | None = None,
                passphrase: str | None = None) -> ImportFile:
    """The export file at *path*, checked whole (raises KnownError with a plain message;
    export_zip.ProtectedExportError when it needs its *passphrase*)."""
    return export_zip.read_export(path, progress, passphrase)


def preview_import(target, source: ImportFile) -> Written:
    """What importing *source* would add here now, and what it would leave out."""
    db = database(target)
    try:
        with db.atomic():
            raise _Rehearsal(write_records(db, source.document))
    except _Rehearsal as done:
        return done.written


def copy_photos(data_dir: Path, source: ImportFile, preview: Written,
                copied: Callable[[int, str], None] = lambda child_id, name: None,
                progress: Progress | None = None) -> PhotoNames:
    """Copy the photos *preview* uses into the children's folders here, each cleaned and
    given a name of ours; *copied*(child id here, name) hears of each as soon as it is
    on disk (the window holds it, so no sweep removes it before its record is saved)."""
    names: PhotoNames = {}
    wanted = preview.photos

    def each(entry: dict, data: bytes) -> None:
        child_id = preview.child_ids[entry["child_id"]]
        try:
            name = photos.import_photo_data(data_dir, child_id, data, Path(entry["member"]))
        except KnownError as exc:   # it starts like a picture but cannot be read to the end
            raise export_zip.not_a_photo(source.path, entry["member"]) from exc
        names[(entry["child_id"], entry["file_name"])] = name
        copied(child_id, name)
        if progress is not None:
            progress(len(names), len(wanted))

    export_zip.read_photos(source, wanted, each)
    return names


def finish_import(target, keeper: PhotoKeeper, source: ImportFile, preview: Written,
                  names: PhotoNames) -> OpResult:
    """Add the records in one transaction. *keeper* holds the copied photos (see
    copy_photos' *copied*); they are let go here, and so swept if the import failed."""
    db = database(target)
    try:
        with db.atomic():
            written = write_records(db, source.document, names, preview.child_ids)
            if (written.added, written.already_here) != (preview.added, preview.already_here):
                raise changed_meanwhile()
    finally:
        release(keeper, [(preview.child_ids[file_child], ours)
                         for (file_child, _name), ours in names.items()])
    only = list(written.child_ids.values())
    return OpResult(Changes(EVERYTHING, only[0] if len(only) == 1 else None), value=written)


def release(keeper: PhotoKeeper, held: list[tuple[int, str]]) -> None:
    """Let go of copied photos (child id, name): those no record names are swept."""
    by_child: dict[int, list[str]] = {}
    for child_id, name in held:
        by_child.setdefault(child_id, []).append(name)
    for child_id, names in by_child.items():
        keeper.release(child_id, names)


def import_file(target, keeper: PhotoKeeper, path: Path,
                progress: Progress | None = None, passphrase: str | None = None) -> OpResult:
    """All three steps at once (the command line)."""
    source = read_import(path, passphrase=passphrase)
    preview = preview_import(target, source)
    held: list[tuple[int, str]] = []

    def hold(child_id: int, name: str) -> None:
        keeper.hold([name])
        held.append((child_id, name))

    try:
        names = copy_photos(keeper.data_dir, source, preview, hold, progress)
    except BaseException:
        release(keeper, held)
        raise
    return finish_import(target, keeper, source, preview, names)


def describe_import(written: Written) -> list[tuple[str, str]]:
    """What an import adds (or added), as (label, value) lines for the preview and the
    command line."""
    added, here = written.added, written.already_here
    people = ", ".join(written.new_contacts[:12]) + ("…" if len(written.new_contacts) > 12
                                                     else "")
    lines = [(translate("Export", "New children"),
              ", ".join(written.new_children) or translate("Export", "none"))]
    if written.merged_children:
        lines.append((translate("Export", "Already here (gets what is new)"),
                      ", ".join(written.merged_children)))
    lines += [
        (translate("Export", "Journal entries"), str(added["journal_entries"])),
        (translate("Export", "People"),
         f"{added['contacts']}" + (f" ({people})" if people else "")),
        (translate("Export", "Photos"), str(len(written.photos))),
    ]
    for label, kinds in (
            (translate("Export", "Routines, likes, care, health and school"), ("world_items",)),
            (translate("Export", "Bridge book pages"), ("bridge_pages",)),
            (translate("Export", "Guide steps, plans and reflections"),
             ("guide_step_progress", "guide_plans", "guide_reflections", "icebreaker_prep")),
            (translate("Export", "Unsaved journal entries"), ("journal_drafts",))):
        count = sum(added[k] for k in kinds)
        if count:
            lines.append((label, str(count)))
    left_out = sum(here.values()) - here["children"] - here["child_contacts"]
    if left_out:
        lines.append((translate("Export", "Records already here (left out)"), str(left_out)))
    if written.household:
        lines.append((translate("Export", "Our details"),
                      translate("Export", "taken in (none were saved here)")))
    return lines
