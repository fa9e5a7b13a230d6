"""Progress over time: per-session leg totals, symmetry per session, trends, time ranges.

Storage aggregates the sets of each session and leg in SQL into `LegTotals`;
the rules here turn those totals into what the Progress view shows, using the
same definitions as `app.domain.metrics` (see docs/metrics.md and docs/progress.md).
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from app.domain.errors import ValidationError
from app.domain.metrics import Measure, limb_symmetry_index
from app.domain.sides import Side

CHART_MEASURES = (Measure.VOLUME, Measure.BEST_SET, Measure.BEST_E1RM, Measure.REPS)
"""The measures a chart can plot from per-session totals, in the order the view offers them."""

TREND_WEEKS = 4
"""Summary cards compare the latest symmetry with the one this many weeks earlier."""

_LOAD_MEASURES = frozenset({Measure.VOLUME, Measure.BEST_E1RM, Measure.BEST_SET})


@dataclass(frozen=True)
class LegTotals:
    """One leg's work on one exercise in one session, aggregated from its sets.

    `best_e1rm_kg` is the highest Epley estimate among the loaded sets of 1–12
    reps (None when no set qualifies), exactly as `metrics.best_e1rm` computes it.
    """

    session_id: int
    started_at: datetime
    side: Side
    sets: int
    reps: int
    volume_kg: float
    best_load_kg: float
    best_e1rm_kg: float | None

    def value(self, measure: Measure) -> float | None:
        """This leg's value of a chart measure (`CHART_MEASURES`)."""
        if measure is Measure.VOLUME:
            return self.volume_kg
        if measure is Measure.BEST_SET:
            return self.best_load_kg
        if measure is Measure.BEST_E1RM:
            return self.best_e1rm_kg
        if measure is Measure.REPS:
            return float(self.reps)
        raise ValidationError(f"Charts cannot show {measure.label} from session totals.")


@dataclass(frozen=True)
class LatestSession:
    """The athlete's most recent session with sets of one exercise."""

    exercise_id: str
    session_id: int
    last_set_at: datetime


@dataclass(frozen=True)
class SessionLegs:
    """Both legs' totals of one exercise in one session; a leg with no sets is None."""

    session_id: int
    started_at: datetime
    left: LegTotals | None
    right: LegTotals | None


@dataclass(frozen=True)
class LsiPoint:
    """The limb symmetry of one session and the measure it was computed on."""

    started_at: datetime
    lsi: float
    measure: Measure


@dataclass(frozen=True)
class LsiTrend:
    """The latest symmetry and the one `TREND_WEEKS` weeks before it (None if none that old)."""

    current: LsiPoint
    earlier: LsiPoint | None

    @property
    def change(self) -> float | None:
        """Percentage points gained (positive) or lost since the earlier value."""
        return None if self.earlier is None else self.current.lsi - self.earlier.lsi


def pair_legs(totals: Iterable[LegTotals]) -> list[SessionLegs]:
    """Group per-leg totals by session, oldest session first; two-leg totals are ignored."""
    sessions: dict[int, dict[Side, LegTotals]] = {}
    started: dict[int, datetime] = {}
    for leg in totals:
        if leg.side is Side.BOTH:
            continue
        sessions.setdefault(leg.session_id, {})[leg.side] = leg
        started[leg.session_id] = leg.started_at
    order = sorted(sessions, key=lambda sid: (started[sid], sid))
    return [
        SessionLegs(sid, started[sid], sessions[sid].get(Side.LEFT), sessions[sid].get(Side.RIGHT))
        for sid in order
    ]


def session_lsi(left: LegTotals, right: LegTotals, measure: Measure) -> LsiPoint | None:
    """Limb symmetry of one session on `measure`, or None when it cannot be computed.

    As in `metrics.symmetry`, the load measures fall back to reps when neither
    leg carried load that session; the point's `measure` says which was used.
    """
    if measure in _LOAD_MEASURES and left.best_load_kg <= 0 and right.best_load_kg <= 0:
        measure = Measure.REPS
    lsi = limb_symmetry_index(left.value(measure), right.value(measure))
    return None if lsi is None else LsiPoint(left.started_at, lsi, measure)


def lsi_points(sessions: Iterable[SessionLegs], measure: Measure) -> list[LsiPoint]:
    """One symmetry point per session where both legs were trained and it can be computed."""
    points = []
    for session in sessions:
        if session.left is None or session.right is None:
            continue
        point = session_lsi(session.left, session.right, measure)
        if point is not None:
            points.append(point)
    return points


def lsi_trend(points: Sequence[LsiPoint], weeks: int = TREND_WEEKS) -> LsiTrend | None:
    """The latest point and the latest one at least `weeks` weeks older; None with no points."""
    if not points:
        return None
    ordered = sorted(points, key=lambda p: p.started_at)
    current = ordered[-1]
    cutoff = current.started_at - timedelta(weeks=weeks)
    earlier = [p for p in ordered if p.started_at <= cutoff]
    return LsiTrend(current, earlier[-1] if earlier else None)


def weaker_side(point: LsiPoint, session: SessionLegs) -> Side | None:
    """The leg with the lower value in the session `point` was computed from; None if level."""
    if session.left is None or session.right is None:
        return None
    left, right = session.left.value(point.measure), session.right.value(point.measure)
    if left is None or right is None or left == right:
        return None
    return Side.LEFT if left < right else Side.RIGHT


def logged_sides(sessions: Iterable[SessionLegs]) -> set[Side]:
    """Which legs have any sets at all among these sessions."""
    sides: set[Side] = set()
    for session in sessions:
        if session.left is not None:
            sides.add(Side.LEFT)
        if session.right is not None:
            sides.add(Side.RIGHT)
    return sides


class TimeRange(StrEnum):
    """How far back the Progress charts reach."""

    WEEKS_4 = "4w"
    WEEKS_12 = "12w"
    YEAR = "1y"
    ALL = "all"

    @property
    def label(self) -> str:
        """The words on the range button."""
        return _RANGE_LABELS[self]

    def start(self, now: datetime) -> datetime | None:
        """The earliest moment in range, counted back from `now`; None for all history."""
        span = _RANGE_SPANS[self]
        return None if span is None else now - span


_RANGE_LABELS = {
    TimeRange.WEEKS_4: "4 weeks",
    TimeRange.WEEKS_12: "12 weeks",
    TimeRange.YEAR: "1 year",
    TimeRange.ALL: "All",
}
_RANGE_SPANS: dict[TimeRange, timedelta | None] = {
    TimeRange.WEEKS_4: timedelta(weeks=4),
    TimeRange.WEEKS_12: timedelta(weeks=12),
    TimeRange.YEAR: timedelta(days=365),
    TimeRange.ALL: None,
}
