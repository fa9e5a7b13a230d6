"""How long to wait before trying an unreachable server again: doubling pauses, with a ceiling.

A kiosk whose server is down retries after 1 s, 2 s, 4 s … and then every
60 s, so a short network blip is bridged at once while a long outage costs the
server (and the gym's network) almost nothing when it comes back.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Backoff:
    """Exponential back-off: `first_s`, then × `factor` per failure, never over `longest_s`."""

    first_s: float = 1.0
    factor: float = 2.0
    longest_s: float = 60.0

    def delay_s(self, failures: int) -> float:
        """Seconds to wait after `failures` failed attempts in a row (none failed: no wait)."""
        if failures <= 0:
            return 0.0
        # Capped before the power grows: after an hour offline the exponent is large.
        exponent = min(failures - 1, 64)
        return min(self.longest_s, self.first_s * self.factor**exponent)
