"""What History lists about a session without reading its sets: counts and totals per leg.

A gym's history holds millions of sets, so History reads sessions a page at a
time, newest first, with each session's sets summed per leg by the database,
and reads a session's sets only when it is opened. These are the values that
pass between storage and the view.
"""

from dataclasses import dataclass
from datetime import datetime

from app.domain.records import SessionInfo
from app.domain.sides import Side

PAGE_SIZE = 100
"""Sessions read at a time: more than a tall screen shows, few enough to read in milliseconds."""


@dataclass(frozen=True)
class HistoryFilter:
    """Which sessions History lists: started in [start, end), with a set of this exercise/leg.

    With `exercise_id` or `side`, a session is listed only if it has a matching
    set, and its totals and detail count only the matching sets.
    """

    start: datetime | None = None
    end: datetime | None = None
    exercise_id: str | None = None
    side: Side | None = None

    @property
    def narrows_sets(self) -> bool:
        """Whether sets are filtered (not just sessions by date)."""
        return self.exercise_id is not None or self.side is not None


EVERY_SESSION = HistoryFilter()
"""No filter: every session, all its sets."""


@dataclass(frozen=True)
class PageKey:
    """Where a page ended: the next page starts with the sessions older than this one."""

    started_at: datetime
    session_id: int


@dataclass(frozen=True)
class LegTotals:
    """One leg's working sets in a session (warm-ups left out): count, reps and volume."""

    sets: int = 0
    reps: int = 0
    volume_kg: float = 0.0


NO_SETS = LegTotals()


@dataclass(frozen=True)
class SessionSummary:
    """A listed session: its facts and its working sets per leg, warm-ups counted apart."""

    info: SessionInfo
    left: LegTotals = NO_SETS
    right: LegTotals = NO_SETS
    both: LegTotals = NO_SETS
    """Sets of two-leg exercises."""
    warmups: int = 0

    def leg(self, side: Side) -> LegTotals:
        """The totals of one side (`Side.BOTH` for two-leg sets)."""
        return {Side.LEFT: self.left, Side.RIGHT: self.right, Side.BOTH: self.both}[side]

    @property
    def key(self) -> PageKey:
        """This session as the end of a page."""
        return PageKey(self.info.started_at, self.info.id)
