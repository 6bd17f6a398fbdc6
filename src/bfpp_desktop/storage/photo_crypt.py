"""Photo files of a locked data folder: AES-256-GCM, decrypted only in memory.

A locked file is MAGIC, a fresh 12-byte nonce, then the ciphertext with GCM's tag, so a
changed or cut file is refused rather than shown wrong. The key is a random 32 bytes
kept inside the locked database (storage.lock), not derived from the passphrase: a new
passphrase re-encrypts the database only, and the photos never sit half-converted
between two keys.
"""
import os

MAGIC = b"BFPP-LOCKED-PHOTO-1\n"
KEY_BYTES = 32
_NONCE = 12


class PhotoLocked(Exception):
    """A locked photo without its key, or one that has been changed."""


def new_key() -> bytes:
    return os.urandom(KEY_BYTES)   # what AESGCM.generate_key does


def is_locked(data: bytes) -> bool:
    return data.startswith(MAGIC)


def lock(key: bytes, data: bytes) -> bytes:
    # cryptography loads only where photos are locked, not at every start.
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    nonce = os.urandom(_NONCE)
    return MAGIC + nonce + AESGCM(key).encrypt(nonce, data, MAGIC)


def unlock(key: bytes | None, data: bytes) -> bytes:
    if key is None:
        raise PhotoLocked("no key")
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    body = data[len(MAGIC):]
    try:
        return AESGCM(key).decrypt(body[:_NONCE], body[_NONCE:], MAGIC)
    except (InvalidTag, ValueError) as exc:
        raise PhotoLocked("changed or wrong key") from exc
