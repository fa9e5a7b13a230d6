"""Four-digit PINs: checking their shape, and storing them only as salted scrypt hashes.

A stored PIN is one string, ``scrypt$n$r$p$salt$hash`` (salt and hash in
base64), so the cost parameters travel with the hash and can be raised later
without breaking PINs set before. Ten thousand possible PINs is a small
space: the hash keeps a PIN out of plain sight in the database file, while
the kiosk's lock-out (see `lockout`) is what stops guessing at the screen.
"""

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from app.domain.errors import ValidationError
from app.domain.messages import message

PIN_LENGTH = 4
SCHEME = "scrypt"
SALT_BYTES = 16
HASH_BYTES = 32
# 2**14 × 8 × 128 bytes = 16 MiB and roughly 50 ms per check on a laptop: slow
# for someone with a copy of the database, unnoticeable at the keypad.
DEFAULT_N = 2**14
DEFAULT_R = 8
DEFAULT_P = 1
# scrypt needs 128·n·r bytes; OpenSSL's default cap is 32 MiB, so allow for the
# biggest parameters a stored hash may carry.
_MAX_MEMORY = 64 * 1024 * 1024


@dataclass(frozen=True)
class PinHash:
    """A decoded stored PIN: the scrypt cost parameters, the salt and the derived key."""

    n: int
    r: int
    p: int
    salt: bytes
    digest: bytes

    def encode(self) -> str:
        """The one-string form kept in the database."""
        salt = base64.b64encode(self.salt).decode("ascii")
        digest = base64.b64encode(self.digest).decode("ascii")
        return f"{SCHEME}${self.n}${self.r}${self.p}${salt}${digest}"

    @classmethod
    def decode(cls, encoded: str) -> "PinHash":
        """Read a stored PIN; `ValidationError` if it is not one this module wrote."""
        parts = encoded.split("$")
        if len(parts) != 6 or parts[0] != SCHEME:
            raise ValidationError("The stored PIN is not in a form Legwork understands.")
        try:
            n, r, p = (int(part) for part in parts[1:4])
            salt = base64.b64decode(parts[4], validate=True)
            digest = base64.b64decode(parts[5], validate=True)
        except ValueError as exc:
            raise ValidationError("The stored PIN is damaged and cannot be checked.") from exc
        if n < 2 or n & (n - 1) or r < 1 or p < 1 or not salt or not digest:
            raise ValidationError("The stored PIN has impossible scrypt settings.")
        return cls(n=n, r=r, p=p, salt=salt, digest=digest)


def validate_pin(pin: str) -> str:
    """`pin` itself if it is exactly four digits 0–9; `ValidationError` if not."""
    if len(pin) != PIN_LENGTH or not all(ch in "0123456789" for ch in pin):
        raise ValidationError(message("A PIN is exactly {length} digits, 0 to 9.",
                                      length=PIN_LENGTH))
    return pin


def _derive(pin: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    return hashlib.scrypt(
        pin.encode("ascii"), salt=salt, n=n, r=r, p=p, maxmem=_MAX_MEMORY, dklen=length
    )


def hash_pin(
    pin: str, *, salt: bytes | None = None, n: int = DEFAULT_N, r: int = DEFAULT_R,
    p: int = DEFAULT_P,
) -> str:
    """The stored form of a valid PIN, with a fresh random salt unless one is given."""
    validate_pin(pin)
    salt = os.urandom(SALT_BYTES) if salt is None else salt
    return PinHash(n, r, p, salt, _derive(pin, salt, n, r, p, HASH_BYTES)).encode()


def verify_pin(pin: str, encoded: str) -> bool:
    """Whether `pin` matches the stored hash; a malformed PIN simply does not match.

    The comparison takes the same time wherever the digests differ, so timing
    tells nothing about how close a guess was.
    """
    stored = PinHash.decode(encoded)
    try:
        validate_pin(pin)
    except ValidationError:
        return False
    candidate = _derive(pin, stored.salt, stored.n, stored.r, stored.p, len(stored.digest))
    return hmac.compare_digest(candidate, stored.digest)
