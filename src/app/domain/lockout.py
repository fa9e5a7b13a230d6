"""Guarding a PIN prompt: after five wrong PINs in a row, no more tries for 30 seconds."""

import math

from app.domain.clock import Clock
from app.domain.errors import LegworkError
from app.domain.messages import message

MAX_WRONG_PINS = 5
LOCKOUT_S = 30.0


class LockedOutError(LegworkError):
    """A PIN was offered while entry is locked; it was not checked."""


class PinLockout:
    """Counts wrong PINs and locks entry for a while once there are too many.

    The count resets after a correct PIN and when a lock-out ends, so every
    lock-out is followed by a fresh set of tries. Time comes from a monotonic
    `Clock`, so changing the computer's clock neither shortens nor lengthens it.
    """

    def __init__(
        self, clock: Clock, *, max_wrong: int = MAX_WRONG_PINS, lockout_s: float = LOCKOUT_S
    ) -> None:
        if max_wrong < 1 or not lockout_s > 0:
            raise ValueError("a lock-out needs at least one try and a positive duration")
        self._clock = clock
        self._max_wrong = max_wrong
        self._lockout_s = lockout_s
        self._wrong = 0
        self._locked_until: float | None = None

    def _expire(self) -> None:
        if self._locked_until is not None and self._clock.now() >= self._locked_until:
            self._locked_until = None
            self._wrong = 0

    def is_locked(self) -> bool:
        """Whether PINs are refused right now."""
        self._expire()
        return self._locked_until is not None

    def seconds_left(self) -> float:
        """How long the lock-out still runs (0 when not locked)."""
        self._expire()
        if self._locked_until is None:
            return 0.0
        return max(0.0, self._locked_until - self._clock.now())

    def whole_seconds_left(self) -> int:
        """`seconds_left` rounded up, for a countdown that never shows 0 while locked."""
        return math.ceil(self.seconds_left())

    def tries_left(self) -> int:
        """Wrong PINs still allowed before the lock-out (0 while locked)."""
        return 0 if self.is_locked() else self._max_wrong - self._wrong

    def check_open(self) -> None:
        """Raise `LockedOutError` (with the wait in its message) if entry is locked."""
        if self.is_locked():
            raise LockedOutError(message(
                "Too many wrong PINs. Try again in {seconds} s.",
                seconds=self.whole_seconds_left()))

    def record(self, correct: bool) -> None:
        """Count the outcome of one checked PIN; the fifth wrong one in a row locks entry.

        Raises `LockedOutError` without counting if entry is locked: a PIN
        offered then must not even be checked.
        """
        self.check_open()
        if correct:
            self._wrong = 0
            return
        self._wrong += 1
        if self._wrong >= self._max_wrong:
            self._locked_until = self._clock.now() + self._lockout_s
