"""Storage errors, split as people meet them.

A KnownError is about the caregiver's computer (disk full, file damaged, folder
read-only): it carries a plain message and what to do next. Anything else is a
bug and is logged with its traceback.
"""
import errno
import sqlite3

from bfpp_desktop.core.i18n import translate


class KnownError(Exception):
    def __init__(self, title: str, message: str, advice: str = ""):
        super().__init__(message)
        self.title = title
        self.message = message
        self.advice = advice

    def __str__(self) -> str:
        return f"{self.message} {self.advice}".strip()


class FileTooNewError(KnownError):
    pass


class DamagedFileError(KnownError):
    """The data file itself cannot be trusted (not a database, empty, failing SQLite's
    integrity check): a backup may be put in its place. Nothing was written to it."""


class ForeignFileError(KnownError):
    """A SQLite file made by another program: left alone, and not ours to restore over."""


def not_a_database(path) -> DamagedFileError:
    return DamagedFileError(
        translate("Errors", "The data file cannot be read"),
        translate("Errors", "The file {path} is not a database this app can read. "
                            "It may be damaged, or it may be a different kind of file.")
        .format(path=path),
        translate("Errors", "The file has not been changed. If you have a backup, you can "
                            "put it in its place; or start the app with another data folder."),
    )


def empty_file(path) -> DamagedFileError:
    return DamagedFileError(
        translate("Errors", "The data file is empty"),
        translate("Errors", "The file {path} is empty (0 bytes). This can happen when a "
                            "computer stops while saving or the disk is full.").format(path=path),
        translate("Errors", "The file has not been changed. If you have a backup, put it in "
                            "its place. To start afresh, move the empty file somewhere else."),
    )


def damaged(path) -> DamagedFileError:
    return DamagedFileError(
        translate("Errors", "The data file is damaged"),
        translate("Errors", "The file {path} is damaged: some of what it holds can no longer "
                            "be read. This can happen after a power cut or a failing disk."
                  ).format(path=path),
        translate("Errors", "The file has not been changed. If you have a backup, put it in "
                            "its place; keep the damaged file in case it is needed later."))


def foreign_file(path) -> ForeignFileError:
    return ForeignFileError(
        translate("Errors", "This file belongs to another program"),
        translate("Errors", "The file {path} holds another program's information, not "
                            "this app's notes.").format(path=path),
        translate("Errors", "The file has not been changed. Start the app with another data "
                            "folder, or move that file somewhere else."))


def not_a_folder(path) -> KnownError:
    return KnownError(
        translate("Errors", "The data folder is a file"),
        translate("Errors", "{path} is a file, not a folder, so the app cannot keep its notes "
                            "there.").format(path=path),
        translate("Errors", "The file has not been changed. Choose another data folder, or "
                            "move that file somewhere else."))


def too_new(path) -> FileTooNewError:
    return FileTooNewError(
        translate("Errors", "The data file is from a newer version"),
        translate("Errors", "The file {path} was saved by a newer version of this app, "
                            "which knows things this version does not.").format(path=path),
        translate("Errors", "Please install the newer version to open it. The file has "
                            "not been changed."),
    )


# SQLite's primary result codes (the low byte of an extended code) that people meet.
_BUSY = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}
_NOT_ALLOWED = {sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM}


def classify(exc: BaseException, path=None) -> KnownError | None:
    """Turn an error from the environment into a KnownError; None means a bug."""
    if isinstance(exc, KnownError):
        return exc
    where = path or translate("Errors", "the data folder")
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(exc, sqlite3.Error) and code is not None:
        primary = code & 0xFF
        if primary == sqlite3.SQLITE_CORRUPT:
            return damaged(where)
        if primary == sqlite3.SQLITE_NOTADB:
            return not_a_database(where)
        if primary in _BUSY:
            return KnownError(
                translate("Errors", "The data file is busy"),
                translate("Errors", "Another program is using the data file right now."),
                translate("Errors", "Close other copies of the app, wait a moment, "
                                    "and try again."))
        if primary == sqlite3.SQLITE_FULL:
            return disk_full()
        if primary in _NOT_ALLOWED:
            return read_only(where)
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOTDIR:
            return not_a_folder(getattr(exc, "filename", None) or where)
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return disk_full()
        if not_allowed(exc):
            return read_only(getattr(exc, "filename", None) or where)
    return None


def not_allowed(exc: OSError) -> bool:
    """The file system refused a write: no permission, or mounted read-only."""
    return exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS)


def disk_full() -> KnownError:
    return KnownError(
        translate("Errors", "The disk is full"),
        translate("Errors", "There is no room left on the disk, so the last change "
                            "could not be saved."),
        translate("Errors", "Free some space (empty the trash, move photos or videos "
                            "elsewhere) and try again. What you typed is still on screen."))


def read_only(path) -> KnownError:
    return KnownError(
        translate("Errors", "The data folder cannot be written to"),
        translate("Errors", "This app is not allowed to save in {path}.").format(path=path),
        translate("Errors", "Check that the folder is yours and not read-only, "
                            "or start the app with another data folder."))


class LockedError(KnownError):
    """The data file is locked with a passphrase, and none (or a wrong one) was given."""


def locked(path) -> LockedError:
    return LockedError(
        translate("Errors", "The data is locked"),
        translate("Errors", "The file {path} is locked with a passphrase.").format(path=path),
        translate("Errors", "Start the app and type the passphrase, or set BFPP_PASSPHRASE "
                            "for the command line."))


class WrongPassphraseError(LockedError):
    pass


def wrong_passphrase(path) -> WrongPassphraseError:
    return WrongPassphraseError(
        translate("Errors", "That passphrase does not open the data"),
        translate("Errors", "The passphrase you typed does not open {path}.").format(path=path),
        translate("Errors", "Check the Caps Lock key and try again. Nothing was changed."))
