"""The kiosk's idle countdown: restarted by touches, held while a set or rest runs."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.errors import ValidationError
from app.domain.idle import (
    DEFAULT_IDLE_TIMEOUT_S,
    HOLD_CAP_TIMEOUTS,
    IdleTracker,
    keeps_screen_awake,
    validate_idle_timeout,
)
from app.domain.session import SessionState
from tests.fakes import FakeClock


def test_expires_after_the_timeout_without_a_touch(fake_clock: FakeClock) -> None:
    idle = IdleTracker(fake_clock)
    assert idle.timeout_s == DEFAULT_IDLE_TIMEOUT_S == 90
    fake_clock.advance(89.9)
    assert not idle.expired()
    fake_clock.advance(0.1)
    assert idle.expired()


def test_a_touch_restarts_the_countdown(fake_clock: FakeClock) -> None:
    idle = IdleTracker(fake_clock, 60)
    fake_clock.advance(50)
    idle.touch()
    fake_clock.advance(50)
    assert not idle.expired()
    assert idle.seconds_left() == pytest.approx(10)


def test_held_while_busy_and_restarts_in_full_after(fake_clock: FakeClock) -> None:
    idle = IdleTracker(fake_clock, 60)
    fake_clock.advance(30)
    idle.set_busy(True)
    fake_clock.advance(120)
    assert not idle.expired()
    idle.set_busy(False)
    fake_clock.advance(59)
    assert not idle.expired()
    fake_clock.advance(1)
    assert idle.expired()


def test_even_a_busy_session_lets_go_after_three_timeouts_without_a_touch(
    fake_clock: FakeClock,
) -> None:
    idle = IdleTracker(fake_clock, 60)
    idle.set_busy(True)
    fake_clock.advance(HOLD_CAP_TIMEOUTS * 60 - 1)
    assert not idle.expired()
    fake_clock.advance(1)
    assert idle.expired()


@pytest.mark.parametrize(
    ("state", "awake"),
    [
        (SessionState.COUNT_IN, True),
        (SessionState.WORKING, True),
        (SessionState.REST, True),
        (SessionState.READY, False),
        (SessionState.SIDE_DONE, False),
        (SessionState.PAUSED, False),
        (SessionState.SESSION_DONE, False),
    ],
)
def test_which_session_states_hold_the_countdown(state: SessionState, awake: bool) -> None:
    assert keeps_screen_awake(state) is awake


def test_a_set_counted_by_hand_does_not_hold_the_countdown() -> None:
    assert not keeps_screen_awake(SessionState.WORKING, counted_by_hand=True)
    assert keeps_screen_awake(SessionState.REST, counted_by_hand=True)


@pytest.mark.parametrize("seconds", [29, 3601, 0, -5, True, 90.5])
def test_out_of_range_timeouts_are_refused(seconds: object, fake_clock: FakeClock) -> None:
    with pytest.raises(ValidationError, match="idle timeout"):
        validate_idle_timeout(seconds)  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        IdleTracker(fake_clock, seconds)  # type: ignore[arg-type]


@settings(max_examples=50, deadline=None)
@given(st.lists(st.tuples(st.floats(0, 200), st.booleans()), max_size=20))
def test_expired_exactly_when_untouched_for_the_timeout(steps: list[tuple[float, bool]]) -> None:
    clock = FakeClock()
    idle = IdleTracker(clock, 60)
    last_touch = clock.now()
    for wait, touch in steps:
        clock.advance(wait)
        assert idle.expired() is (clock.now() - last_touch >= 60)
        if touch:
            idle.touch()
            last_touch = clock.now()


@pytest.mark.parametrize(
    ("stage", "count", "keep"),
    [
        (SessionState.SIDE_DONE, 0, True),
        (SessionState.SIDE_DONE, 8, True),
        (SessionState.WORKING, 3, True),
        (SessionState.WORKING, 0, False),
        (SessionState.COUNT_IN, 0, False),
        (SessionState.READY, 0, False),
        (SessionState.REST, 0, False),
    ],
)
def test_which_interrupted_sets_are_kept(stage: SessionState, count: int, keep: bool) -> None:
    from app.domain.idle import should_keep_set

    assert should_keep_set(stage, count) is keep
