"""The athlete's body mass over time, and the share of it each exercise puts on the working leg.

Body mass is optional and dated: an athlete enters it now and then, and a
session uses the entry that was current on its day. With it, Legwork counts
the load a leg really carries, external load plus the exercise's share of body
mass (see docs/metrics.md, "The load a leg carries").
"""

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from app.domain.errors import ValidationError
from app.domain.exercise import Exercise
from app.domain.messages import message

MIN_BODY_MASS_KG = 25.0
MAX_BODY_MASS_KG = 300.0


def check_body_mass(kg: float) -> float:
    """The body mass if it is a plausible adult's, else `ValidationError` saying the range."""
    if kg != kg or not MIN_BODY_MASS_KG <= kg <= MAX_BODY_MASS_KG:
        raise ValidationError(message(
            "Body mass must be between {low:g} and {high:g} kg (got {kg:g} kg).",
            low=MIN_BODY_MASS_KG, high=MAX_BODY_MASS_KG, kg=kg))
    return float(kg)


@dataclass(frozen=True)
class BodyMassEntry:
    """The athlete's body mass in kg, as weighed on `day`."""

    day: date
    kg: float

    def __post_init__(self) -> None:
        check_body_mass(self.kg)


class BodyMassLog:
    """An athlete's body-mass entries, answering "what did they weigh on this day?"."""

    def __init__(self, entries: Iterable[BodyMassEntry]) -> None:
        by_day = {entry.day: entry for entry in entries}
        self.entries = tuple(by_day[day] for day in sorted(by_day))
        self._days = [entry.day for entry in self.entries]

    def __bool__(self) -> bool:
        return bool(self.entries)

    def on(self, day: date) -> float | None:
        """The body mass on `day`: the latest entry on or before it.

        Before the first entry the first one is used: body mass changes slowly,
        and a chart that switched from external load to carried load at the
        first weigh-in would show a jump that never happened. None without entries.
        """
        if not self.entries:
            return None
        index = bisect_right(self._days, day)
        return self.entries[max(index - 1, 0)].kg

    def latest(self) -> BodyMassEntry | None:
        """The most recent entry, if any."""
        return self.entries[-1] if self.entries else None


def body_mass_carry_kg(exercise: Exercise, body_mass_kg: float | None) -> float | None:
    """The body-mass part of the load the working leg carries in `exercise`, in kg.

    ``share × body mass`` for an exercise with a known share; 0.0 for one
    without (a user's own exercise: only its external load is counted); None
    when the exercise has a share but the body mass is unknown, which callers
    treat as "the carried load cannot be known".
    """
    if exercise.body_mass_share is None:
        return 0.0
    if body_mass_kg is None:
        return None
    return exercise.body_mass_share * body_mass_kg
