"""Guarding a PIN prompt: after five wrong PINs in a row, no more tries for 30 seconds.

The count and the lock-out are kept in the database (per athlete, and for the
admin PIN), so closing, restarting or killing the kiosk does not hand a
guesser a fresh set of tries, and several kiosks on one server share them.
That needs wall-clock time, which survives a restart where a monotonic
clock does not. A change of the computer's clock can only end a lock-out
early, never stretch it: one that seems to run more than 30 s longer (the
clock was set back) counts as over (nobody at the keypad can change the clock).
"""

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from app.domain.errors import LegworkError
from app.domain.messages import message

MAX_WRONG_PINS = 5
LOCKOUT_S = 30.0


class LockedOutError(LegworkError):
    """A PIN was offered while entry is locked; it was not checked."""


@dataclass(frozen=True)
class PinAttempts:
    """Wrong PINs in a row for one PIN, and until when entry is locked (UTC), if it is.

    The count starts again after a correct PIN and when a lock-out ends, so
    every lock-out is followed by a fresh set of tries.
    """

    wrong: int = 0
    locked_until: datetime | None = None

    def _current(self, now: datetime) -> "PinAttempts":
        until = self.locked_until
        if until is not None and not 0 < (until - now).total_seconds() <= LOCKOUT_S:
            return PinAttempts()
        return self

    def is_locked(self, now: datetime) -> bool:
        """Whether PINs are refused at `now`."""
        return self._current(now).locked_until is not None

    def seconds_left(self, now: datetime) -> float:
        """How long the lock-out still runs (0 when not locked; never more than 30 s)."""
        until = self._current(now).locked_until
        return 0.0 if until is None else (until - now).total_seconds()

    def whole_seconds_left(self, now: datetime) -> int:
        """`seconds_left` rounded up, for a countdown that never shows 0 while locked."""
        return math.ceil(self.seconds_left(now))

    def tries_left(self, now: datetime) -> int:
        """Wrong PINs still allowed before the lock-out (0 while locked)."""
        current = self._current(now)
        return 0 if current.locked_until is not None else MAX_WRONG_PINS - current.wrong

    def check_open(self, now: datetime) -> None:
        """Raise `LockedOutError` (with the wait in its message) if entry is locked."""
        if self.is_locked(now):
            raise LockedOutError(message(
                "Too many wrong PINs. Try again in {seconds} s.",
                seconds=self.whole_seconds_left(now)))

    def after(self, correct: bool, now: datetime) -> "PinAttempts":
        """The attempts once one more checked PIN is counted; the fifth wrong one locks entry.

        Raises `LockedOutError` without counting if entry is locked: a PIN
        offered then must not even be checked.
        """
        self.check_open(now)
        if correct:
            return PinAttempts()
        wrong = self._current(now).wrong + 1
        if wrong >= MAX_WRONG_PINS:
            return PinAttempts(wrong, now + timedelta(seconds=LOCKOUT_S))
        return PinAttempts(wrong)
