"""Five wrong PINs lock entry for 30 seconds of monotonic time."""

import pytest

from app.domain.lockout import LOCKOUT_S, MAX_WRONG_PINS, LockedOutError, PinLockout
from tests.fakes import FakeClock


def test_four_wrong_pins_leave_entry_open(fake_clock: FakeClock) -> None:
    lockout = PinLockout(fake_clock)
    for expected_left in (4, 3, 2, 1):
        lockout.record(correct=False)
        assert lockout.tries_left() == expected_left
    assert not lockout.is_locked()


def test_the_fifth_wrong_pin_locks_for_thirty_seconds(fake_clock: FakeClock) -> None:
    lockout = PinLockout(fake_clock)
    for _ in range(MAX_WRONG_PINS):
        lockout.record(correct=False)
    assert lockout.is_locked()
    assert lockout.seconds_left() == LOCKOUT_S == 30
    fake_clock.advance(29.5)
    assert lockout.is_locked()
    assert lockout.whole_seconds_left() == 1
    with pytest.raises(LockedOutError, match="Try again in 1 s"):
        lockout.record(correct=True)
    fake_clock.advance(0.5)
    assert not lockout.is_locked()
    assert lockout.tries_left() == MAX_WRONG_PINS, "a fresh set of tries after the wait"


def test_a_pin_offered_while_locked_is_not_counted_even_if_right(fake_clock: FakeClock) -> None:
    lockout = PinLockout(fake_clock)
    for _ in range(MAX_WRONG_PINS):
        lockout.record(correct=False)
    for _ in range(3):
        with pytest.raises(LockedOutError):
            lockout.record(correct=True)
    fake_clock.advance(10)
    assert lockout.seconds_left() == pytest.approx(20), "refused tries do not extend it"


def test_a_right_pin_resets_the_count(fake_clock: FakeClock) -> None:
    lockout = PinLockout(fake_clock)
    for _ in range(MAX_WRONG_PINS - 1):
        lockout.record(correct=False)
    lockout.record(correct=True)
    for _ in range(MAX_WRONG_PINS - 1):
        lockout.record(correct=False)
    assert not lockout.is_locked()


def test_relocks_after_five_more_wrong_pins(fake_clock: FakeClock) -> None:
    lockout = PinLockout(fake_clock)
    for _ in range(2):
        for _ in range(MAX_WRONG_PINS):
            lockout.record(correct=False)
        assert lockout.is_locked()
        fake_clock.advance(LOCKOUT_S)
    assert not lockout.is_locked()


def test_nonsense_settings_are_refused(fake_clock: FakeClock) -> None:
    with pytest.raises(ValueError):
        PinLockout(fake_clock, max_wrong=0)
    with pytest.raises(ValueError):
        PinLockout(fake_clock, lockout_s=0)
