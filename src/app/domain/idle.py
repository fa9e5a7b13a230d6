"""When a shared kiosk screen counts as abandoned and should return to its start.

Any touch restarts the countdown. While the session is busy on its own — a
count-in, reps the app is counting to the tempo, or a rest counting down to
the next set — the athlete is training, not gone, so the countdown is held
and starts afresh when the session goes quiet again. A set the athlete counts
by hand is not busy on its own: every rep is a tap, so a set with no tap for
the whole timeout is a member who walked away. And nothing holds the screen
for ever: after `HOLD_CAP_TIMEOUTS` timeouts without a touch the kiosk returns
to its start anyway, so nobody's session stays open to the next person.
"""

from app.domain.clock import Clock
from app.domain.session import SessionState
from app.domain.validation import whole_number

DEFAULT_IDLE_TIMEOUT_S = 90
MIN_IDLE_TIMEOUT_S = 30
MAX_IDLE_TIMEOUT_S = 3600

BUSY_STATES = frozenset({SessionState.COUNT_IN, SessionState.WORKING, SessionState.REST})
HOLD_CAP_TIMEOUTS = 3
"""A busy session holds the countdown for at most this many timeouts without a touch."""


def validate_idle_timeout(seconds: int) -> int:
    """`seconds` if it is a whole number from 30 to 3600; `ValidationError` if not."""
    return whole_number(
        "The idle timeout", seconds, MIN_IDLE_TIMEOUT_S, MAX_IDLE_TIMEOUT_S, "seconds"
    )


def keeps_screen_awake(state: SessionState, *, counted_by_hand: bool = False) -> bool:
    """Whether a session in this state holds the idle countdown (a paused one does not).

    A set under way holds it only while the app counts the reps to the tempo;
    counted by hand, each rep is a touch that restarts the countdown anyway.
    """
    if state is SessionState.WORKING and counted_by_hand:
        return False
    return state in BUSY_STATES


class IdleTracker:
    """A countdown to "nobody is here", restarted by touches and held (for a while) while busy."""

    def __init__(self, clock: Clock, timeout_s: int = DEFAULT_IDLE_TIMEOUT_S) -> None:
        self._clock = clock
        self._timeout_s = validate_idle_timeout(timeout_s)
        self._last_touch = clock.now()
        self._busy = False

    @property
    def timeout_s(self) -> int:
        """Seconds without a touch before `expired()` turns true."""
        return self._timeout_s

    @property
    def busy(self) -> bool:
        """Whether the countdown is held."""
        return self._busy

    def touch(self) -> None:
        """Someone touched the screen: start the countdown again."""
        self._last_touch = self._clock.now()

    def set_busy(self, busy: bool) -> None:
        """Hold the countdown (a set is running) or release it, restarting it in full."""
        if self._busy and not busy:
            self.touch()
        self._busy = busy

    def seconds_left(self) -> float:
        """Time until the screen counts as abandoned (while held, until the cap)."""
        limit = self._timeout_s * (HOLD_CAP_TIMEOUTS if self._busy else 1)
        return max(0.0, self._last_touch + limit - self._clock.now())

    def expired(self) -> bool:
        """Whether nobody has touched the screen for the timeout (or, while busy, the cap)."""
        return self.seconds_left() <= 0.0


def should_keep_set(stage: SessionState, count: int) -> bool:
    """Whether a side-set under way is worth recording when the athlete taps Done.

    A finished side waiting for its log always is; a side under way is once
    it has at least one rep (an empty one is simply done again next time).
    The idle return records nothing: the member did not confirm it.
    """
    return stage is SessionState.SIDE_DONE or (stage is SessionState.WORKING and count > 0)
