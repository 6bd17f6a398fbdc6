"""The passphrase of a locked data folder, and the keys made from it, held only in memory.

A locked database is a SQLCipher 4 file. Its key is what SQLCipher itself derives from
the passphrase (PBKDF2-HMAC-SHA512, 256,000 rounds, with the 16 bytes of salt at the
start of the file), so the file also opens with the passphrase in any SQLCipher tool.
We derive it once per file and hand SQLCipher the raw key with its salt: every further
connection (a search, a printout, a backup) opens at once instead of repeating the
slow derivation, and a backup made with the same raw key keeps the same salt.

Once a folder is unlocked its passphrase is registered here for this process, so the
connections opened elsewhere in storage (readers on worker threads, backups) and the
photo files (storage.photo_files) find their keys without every caller passing them on.
"""
import threading
from dataclasses import dataclass, field
from pathlib import Path

SALT_BYTES = 16
KDF_ROUNDS = 256_000
KEY_BYTES = 32


@dataclass
class Unlocked:
    passphrase: str
    # The key of the photo files, read from the database (storage.lock); None until read.
    photo_key: bytes | None = None
    _raw: dict[bytes, str] = field(default_factory=dict, repr=False)

    def database_key(self, path: Path) -> str:
        """SQLCipher's raw key (with its salt) for the locked file at *path*."""
        with open(path, "rb") as handle:
            salt = handle.read(SALT_BYTES)
        if salt not in self._raw:
            import hashlib   # only a locked folder needs it: not loaded at every start
            raw = hashlib.pbkdf2_hmac("sha512", self.passphrase.encode("utf-8"), salt,
                                      KDF_ROUNDS, KEY_BYTES)
            self._raw[salt] = f"x'{raw.hex()}{salt.hex()}'"
        return self._raw[salt]


_lock = threading.Lock()
_unlocked: dict[Path, Unlocked] = {}


def _folder(data_dir: Path) -> Path:
    return Path(data_dir).resolve()


def remember(data_dir: Path, passphrase: str) -> Unlocked:
    with _lock:
        entry = _unlocked[_folder(data_dir)] = Unlocked(passphrase)
        return entry


def adopt(data_dir: Path, entry: Unlocked) -> None:
    """Take over a folder unlocked by another process of ours (the print worker is
    handed the window's), keys already derived included."""
    with _lock:
        _unlocked[_folder(data_dir)] = entry


def forget(data_dir: Path) -> None:
    with _lock:
        _unlocked.pop(_folder(data_dir), None)


def unlocked(data_dir: Path) -> Unlocked | None:
    with _lock:
        return _unlocked.get(_folder(data_dir))


def key_for(database: Path) -> str | None:
    """The key for the database file at *database* (in its data folder, or a backup of
    the folder unlocked here), None when there is none or the file is plain."""
    entry = unlocked(Path(database).parent) or _only_unlocked()
    if entry is None or not is_locked_file(database):
        return None
    return entry.database_key(database)


def _only_unlocked() -> Unlocked | None:
    """The one folder unlocked here, for a file outside it (its backups, wherever the
    caregiver keeps them); None when there are none or several."""
    with _lock:
        return next(iter(_unlocked.values())) if len(_unlocked) == 1 else None


SQLITE_HEADER = b"SQLite format 3\x00"
# SQLCipher writes whole pages of 4096 bytes, encrypted from the first byte on.
LOCKED_PAGE = 4096


def is_locked_file(path: Path) -> bool:
    """True for a file shaped like a locked database: not plain SQLite, and whole pages.
    (An encrypted file looks like noise, so that is all there is to go by; any other
    file is refused as not ours.)"""
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
            size = handle.seek(0, 2)
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return False
    return head != SQLITE_HEADER and size >= LOCKED_PAGE and size % LOCKED_PAGE == 0


def key_for_connection(conn) -> str | None:
    """The key of the main database *conn* has open (None when plain): what a copy of it
    (a backup) must be opened with."""
    file = conn.execute("PRAGMA database_list").fetchone()[2]
    return key_for(Path(file)) if file else None
