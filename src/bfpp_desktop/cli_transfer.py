"""The `export` and `import` commands: move records between data folders as one .zip
(see docs/export-format.md), on the same storage and actions as File > Export… and
File > Import…. `--data-dir NEW import FILE` starts a new data folder from the file."""
import argparse
from pathlib import Path

from bfpp_desktop.storage.database import Database

from bfpp_desktop.cli_errors import fail
from bfpp_desktop.cli_passphrase import NoPassphrase, passphrase
from bfpp_desktop.cli_print import PrintUsageError, find_child

EXPORT_HELP = "save everything, or one child, in one .zip file (photos included)"
IMPORT_HELP = "add the records of an exported .zip file to this data folder"


def configure_export(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE.zip", help="where to save the export")
    parser.add_argument("--child", metavar="ID_OR_NAME",
                        help="only this child (number from `children`, or name) and "
                             "the people linked to them")
    parser.add_argument("--force", action="store_true",
                        help="replace FILE.zip if it already exists")
    parser.add_argument("--protect", action="store_true",
                        help="protect the file with a passphrase (BFPP_PASSPHRASE, or "
                             "asked); a locked data folder's export always is, with its own")


def run_export(args, db: Database, data_dir: Path) -> int:
    # Here, not at the top: every start builds the parser, few export or import.
    from bfpp_desktop.storage.export_zip import describe_export, export_to_file
    out = args.file.expanduser()
    try:
        child = find_child(db, args.child) if args.child else None
    except PrintUsageError as problem:
        return fail(str(problem))
    if out.is_dir():
        return fail(f"{out} is a folder. Please give a file name, such as {out / 'export.zip'}")
    if out.exists() and not args.force:
        return fail(f"{out} already exists and was left as it is. Add --force to replace it.")
    try:
        protect_with = passphrase("Passphrase for the export: ") if args.protect else None
    except NoPassphrase as problem:
        return fail(str(problem))
    content = export_to_file(db, data_dir, out, None if child is None else child.id,
                             passphrase=protect_with)
    print(describe_export(content))
    print(out)
    return 0


def configure_import(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE.zip", help="an export made by this app")


def run_import(args, db: Database, data_dir: Path) -> int:
    from bfpp_desktop.actions.imports import describe_import, import_file
    from bfpp_desktop.storage.export_zip import ProtectedExportError
    from bfpp_desktop.storage.photo_sweep import PhotoKeeper
    keeper, source = PhotoKeeper(db, data_dir), args.file.expanduser()
    try:
        result = import_file(db, keeper, source)
    except ProtectedExportError:
        try:
            given = passphrase("Passphrase of the export file: ")
        except NoPassphrase as problem:
            return fail(str(problem))
        result = import_file(db, keeper, source, passphrase=given)
    for label, value in describe_import(result.value):
        print(f"{label}: {value}")
    return 0
