"""Five wrong PINs lock entry for 30 seconds; the count is a value the database keeps."""

from datetime import UTC, datetime, timedelta

import pytest

from app.domain.lockout import LOCKOUT_S, MAX_WRONG_PINS, LockedOutError, PinAttempts

T0 = datetime(2026, 3, 1, 18, 0, tzinfo=UTC)


def _wrong(times: int, now: datetime = T0) -> PinAttempts:
    attempts = PinAttempts()
    for _ in range(times):
        attempts = attempts.after(correct=False, now=now)
    return attempts


def test_four_wrong_pins_leave_entry_open() -> None:
    attempts = PinAttempts()
    for expected_left in (4, 3, 2, 1):
        attempts = attempts.after(correct=False, now=T0)
        assert attempts.tries_left(T0) == expected_left
    assert not attempts.is_locked(T0)


def test_the_fifth_wrong_pin_locks_for_thirty_seconds() -> None:
    attempts = _wrong(MAX_WRONG_PINS)
    assert attempts.is_locked(T0)
    assert attempts.seconds_left(T0) == LOCKOUT_S == 30
    later = T0 + timedelta(seconds=29.5)
    assert attempts.is_locked(later)
    assert attempts.whole_seconds_left(later) == 1
    with pytest.raises(LockedOutError, match="Try again in 1 s"):
        attempts.after(correct=True, now=later)
    over = T0 + timedelta(seconds=30)
    assert not attempts.is_locked(over)
    assert attempts.tries_left(over) == MAX_WRONG_PINS, "a fresh set of tries after the wait"
    assert attempts.after(correct=False, now=over).tries_left(over) == MAX_WRONG_PINS - 1


def test_a_pin_offered_while_locked_is_not_counted_even_if_right() -> None:
    attempts = _wrong(MAX_WRONG_PINS)
    for _ in range(3):
        with pytest.raises(LockedOutError):
            attempts.after(correct=True, now=T0 + timedelta(seconds=5))
    assert attempts.seconds_left(T0 + timedelta(seconds=10)) == pytest.approx(20)


def test_a_right_pin_resets_the_count() -> None:
    attempts = _wrong(MAX_WRONG_PINS - 1).after(correct=True, now=T0)
    assert attempts == PinAttempts()
    attempts = _wrong(MAX_WRONG_PINS - 1)
    assert not attempts.is_locked(T0)


def test_a_clock_set_back_never_stretches_a_lock_out() -> None:
    attempts = _wrong(MAX_WRONG_PINS)
    an_hour_earlier = T0 - timedelta(hours=1)
    assert not attempts.is_locked(an_hour_earlier)
    assert attempts.seconds_left(an_hour_earlier) == 0
