"""PINs: four digits only, stored salted and hashed with scrypt, checked in constant time."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.errors import ValidationError
from app.domain.pin import PinHash, hash_pin, validate_pin, verify_pin

# Cheap scrypt settings keep property tests quick; the defaults are tested separately.
FAST = {"n": 2**4, "r": 1, "p": 1}


@pytest.mark.parametrize("pin", ["0000", "1234", "9876"])
def test_four_digits_are_a_pin(pin: str) -> None:
    assert validate_pin(pin) == pin


@pytest.mark.parametrize("pin", ["", "123", "12345", "12a4", " 1234", "1234\n", "١٢٣٤", "12.4"])
def test_anything_else_is_refused_with_a_plain_message(pin: str) -> None:
    with pytest.raises(ValidationError, match="exactly 4 digits"):
        validate_pin(pin)


def test_the_stored_form_holds_no_pin_and_a_random_salt() -> None:
    first, second = hash_pin("1234"), hash_pin("1234")
    assert "1234" not in first
    assert first != second, "each hash gets its own salt"
    decoded = PinHash.decode(first)
    assert first.startswith("scrypt$16384$8$1$")
    assert len(decoded.salt) == 16 and len(decoded.digest) == 32
    assert verify_pin("1234", first) and verify_pin("1234", second)


def test_a_wrong_or_malformed_pin_does_not_match() -> None:
    stored = hash_pin("2468", **FAST)
    assert not verify_pin("2469", stored)
    assert not verify_pin("", stored)
    assert not verify_pin("24689", stored)


@settings(max_examples=30, deadline=None)
@given(st.text("0123456789", min_size=4, max_size=4), st.text("0123456789", min_size=4, max_size=4))
def test_only_the_same_pin_matches(pin: str, other: str) -> None:
    stored = hash_pin(pin, **FAST)
    assert verify_pin(pin, stored)
    assert verify_pin(other, stored) is (other == pin)


def test_the_cost_settings_travel_with_the_hash() -> None:
    stored = hash_pin("1111", salt=b"0123456789abcdef", **FAST)
    assert stored.startswith("scrypt$16$1$1$")
    assert stored == hash_pin("1111", salt=b"0123456789abcdef", **FAST)
    assert verify_pin("1111", stored)


@pytest.mark.parametrize(
    "stored",
    [
        "",
        "1234",
        "pbkdf2$1$1$1$c2FsdA==$aGFzaA==",
        "scrypt$abc$8$1$c2FsdA==$aGFzaA==",
        "scrypt$1000$8$1$c2FsdA==$aGFzaA==",
        "scrypt$16$1$1$not base64!$aGFzaA==",
        "scrypt$16$1$1$$aGFzaA==",
    ],
)
def test_a_damaged_stored_pin_is_reported_not_matched(stored: str) -> None:
    with pytest.raises(ValidationError):
        verify_pin("1234", stored)
