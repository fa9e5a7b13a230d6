"""The source of monotonic time that timers and the session engine read."""

import time
from typing import Protocol


class Clock(Protocol):
    """Anything that tells monotonic seconds; tests pass a fake one."""

    def now(self) -> float:
        """Seconds on a monotonic scale (only differences mean anything)."""
        ...


class MonotonicClock:
    """The real clock: `time.monotonic()`, immune to wall-clock changes."""

    def now(self) -> float:
        """Seconds from the system's monotonic clock."""
        return time.monotonic()
