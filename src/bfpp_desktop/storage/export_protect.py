"""An export file protected by a passphrase: every member but PROTECTION is encrypted.

PROTECTION is a small plain JSON member naming the cipher and the key derivation with
its salt. Each other member holds a 12-byte nonce and its AES-256-GCM ciphertext, with
the member's name as associated data, so a member cannot be altered, cut or swapped
for another without the import noticing. The key comes from the passphrase by scrypt
(memory-hard: a guessing attack needs memory as well as time per guess).
"""
import base64
import json
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

PROTECTION = "bfpp-protection.json"
PROTECTION_LIMIT = 4096
CIPHER = "AES-256-GCM"
KDF = "scrypt"
# OWASP's recommended scrypt cost (128 MiB, about half a second); a file asking for more
# than MAX_N is refused rather than left to take the computer's memory.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 17, 8, 1
MAX_N = 2 ** 20
_SALT = 16
_NONCE = 12


class NotProtected(Exception):
    """PROTECTION is not as this app writes it."""


class WrongPassphrase(Exception):
    """The passphrase does not open the member (or the member was changed)."""


@dataclass(frozen=True)
class Protection:
    key: bytes
    header: bytes   # PROTECTION's bytes

    def seal(self, name: str, data: bytes) -> bytes:
        nonce = os.urandom(_NONCE)
        return nonce + AESGCM(self.key).encrypt(nonce, data, name.encode("utf-8"))

    def open(self, name: str, data: bytes) -> bytes:
        try:
            return AESGCM(self.key).decrypt(data[:_NONCE], data[_NONCE:],
                                             name.encode("utf-8"))
        except (InvalidTag, ValueError) as exc:
            raise WrongPassphrase(name) from exc


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def new_protection(passphrase: str) -> Protection:
    salt = os.urandom(_SALT)
    header = json.dumps({"cipher": CIPHER, "kdf": KDF, "n": SCRYPT_N, "r": SCRYPT_R,
                         "p": SCRYPT_P, "salt": base64.b64encode(salt).decode("ascii")},
                        indent=1).encode("utf-8")
    return Protection(_derive(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P), header)


def read_protection(header: bytes, passphrase: str) -> Protection:
    """The key PROTECTION's *header* and *passphrase* make; NotProtected for a header
    this app would not write."""
    try:
        value = json.loads(header.decode("utf-8"))
        n, r, p = value["n"], value["r"], value["p"]
        salt = base64.b64decode(value["salt"], validate=True)
        fine = (value["cipher"] == CIPHER and value["kdf"] == KDF and
                all(type(x) is int for x in (n, r, p)) and 2 <= n <= MAX_N and
                n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 16 and len(salt) >= 8)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise NotProtected(str(exc)) from exc
    if not fine:
        raise NotProtected("unexpected parameters")
    return Protection(_derive(passphrase, salt, n, r, p), header)
