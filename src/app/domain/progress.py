"""Progress over time: per-session leg totals, symmetry per session, trends, time ranges.

Storage aggregates the sets of each session and leg in SQL into `LegTotals`;
the rules here turn those totals into what the Progress view shows, using the
same definitions as `app.domain.metrics` (see docs/metrics.md and docs/progress.md).
"""

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from app.domain.errors import ValidationError
from app.domain.exercise import Exercise
from app.domain.metrics import (
    EPLEY_MIN_REPS,
    Measure,
    epley_1rm,
    limb_symmetry_index,
    load_key,
)
from app.domain.sides import Side

CHART_MEASURES = (Measure.VOLUME, Measure.BEST_SET, Measure.BEST_E1RM, Measure.REPS)
"""The measures a chart can plot from per-session totals, in the order the view offers them."""

TREND_WEEKS = 4
"""Summary cards compare the latest symmetry with the one this many weeks earlier."""

_LOAD_MEASURES = frozenset({Measure.VOLUME, Measure.BEST_E1RM, Measure.BEST_SET})


@dataclass(frozen=True)
class LegTotals:
    """One leg's work on one exercise in one session, aggregated from its sets.

    `volume_kg` is Σ reps × external load; `best_load_kg` and `min_load_kg`
    the heaviest and lightest external loads. `best_load_by_reps[r - 1]` is the
    heaviest load of a set of exactly r reps (r = 1 … 12, None when there was
    none): with it the best Epley estimate can be computed for any body-mass
    part (`metrics.epley_1rm` on load + carry), exactly as from the sets.

    Totals of a stretch of days (`DayBuckets`) add up `sessions` sessions:
    `session_id` is then the bucket's number and `started_at` its middle.
    """

    session_id: int
    started_at: datetime
    side: Side
    sets: int
    reps: int
    volume_kg: float
    best_load_kg: float
    min_load_kg: float
    best_load_by_reps: tuple[float | None, ...] = ()
    sessions: int = 1

    def best_e1rm(self, carry_kg: float | None = 0.0) -> float | None:
        """The best Epley estimate from the load carried (external + `carry_kg`)."""
        if carry_kg is None:
            return None
        estimates = (
            epley_1rm(load + carry_kg, reps)
            for reps, load in enumerate(self.best_load_by_reps, start=EPLEY_MIN_REPS)
            if load is not None
        )
        return max((e for e in estimates if e is not None), default=None)

    def value(self, measure: Measure, carry_kg: float | None = 0.0) -> float | None:
        """This leg's value of a chart measure (`CHART_MEASURES`), from the load carried.

        `carry_kg` is the body-mass part of the load (0 counts external load
        only); None (body mass unknown) gives None for the load measures.
        """
        if measure is Measure.REPS:
            return float(self.reps)
        if measure not in _LOAD_MEASURES:
            raise ValidationError(f"Charts cannot show {measure.label} from session totals.")
        if carry_kg is None:
            return None
        if measure is Measure.VOLUME:
            return self.volume_kg + carry_kg * self.reps
        if measure is Measure.BEST_SET:
            return self.best_load_kg + carry_kg
        return self.best_e1rm(carry_kg)

    def per_session(self, measure: Measure, carry_kg: float | None = 0.0) -> float | None:
        """`value` as one session's: volume and reps are averaged over the sessions added up."""
        value = self.value(measure, carry_kg)
        if value is None or measure not in (Measure.VOLUME, Measure.REPS):
            return value
        return value / self.sessions

    @property
    def one_load(self) -> float | None:
        """The load of every set when all were at one load, else None."""
        return self.best_load_kg if load_key(self.min_load_kg) == load_key(
            self.best_load_kg) else None


@dataclass(frozen=True)
class LatestSession:
    """The athlete's most recent session with sets of one exercise, and the sides ever logged."""

    exercise_id: str
    session_id: int
    last_set_at: datetime
    sides: frozenset[Side] = frozenset()

    @property
    def one_leg_sets(self) -> bool:
        """Whether any set of the exercise was logged for one leg (LEFT or RIGHT)."""
        return bool(self.sides - {Side.BOTH})


@dataclass(frozen=True)
class SessionLegs:
    """Both legs' totals of one exercise in one session; a leg with no sets is None."""

    session_id: int
    started_at: datetime
    left: LegTotals | None
    right: LegTotals | None


@dataclass(frozen=True)
class LsiPoint:
    """The limb symmetry of one session, the measure it was computed on, and the weaker leg."""

    started_at: datetime
    lsi: float
    measure: Measure
    weaker: Side | None = None


@dataclass(frozen=True)
class LsiTrend:
    """The latest symmetry and the one `TREND_WEEKS` weeks before it (None if none that old)."""

    current: LsiPoint
    earlier: LsiPoint | None

    @property
    def change(self) -> float | None:
        """Percentage points gained (positive) or lost since the earlier value."""
        return None if self.earlier is None else self.current.lsi - self.earlier.lsi


def carded(exercise: Exercise, latest: LatestSession) -> bool:
    """Whether an exercise with sets gets a summary card on Progress.

    A card is about the two legs, so it goes to the programme's single-leg
    exercises (and the athlete's own one-leg exercises) and to any exercise
    with sets logged for one leg; an imported history's two-leg lifts (back
    squat, bench press) have no legs to compare and are still in the chart's
    exercise list.
    """
    return exercise.unilateral or latest.one_leg_sets


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


def session_lsi(
    left: LegTotals, right: LegTotals, measure: Measure, carry_kg: float | None = 0.0
) -> LsiPoint | None:
    """Limb symmetry of one session on `measure`, or None when it cannot be computed.

    VOLUME and REPS compare per-set averages (value ÷ sets), so the extra set
    the weaker leg is given does not make it look stronger; BEST_SET and
    BEST_E1RM compare each leg's best. Load measures use the load carried
    (`carry_kg` the body-mass part); when it is unknown (None), the legs are
    compared on reps per set if every set of both legs was at one and the
    same load (REPS_AT_SAME_LOAD), and not at all otherwise. The point's
    `measure` says which was used.
    """
    if measure in _LOAD_MEASURES and carry_kg is None:
        same = left.one_load is not None and right.one_load is not None and \
            load_key(left.one_load) == load_key(right.one_load)
        if not same:
            return None
        measure = Measure.REPS_AT_SAME_LOAD
        lv, rv = left.reps / left.sets, right.reps / right.sets
    elif measure in (Measure.VOLUME, Measure.REPS):
        lv_total, rv_total = left.value(measure, carry_kg), right.value(measure, carry_kg)
        assert lv_total is not None and rv_total is not None
        lv, rv = lv_total / left.sets, rv_total / right.sets
    else:
        lvalue, rvalue = left.value(measure, carry_kg), right.value(measure, carry_kg)
        if lvalue is None or rvalue is None:
            return None
        lv, rv = lvalue, rvalue
    lsi = limb_symmetry_index(lv, rv)
    weaker = None if lv == rv else (Side.LEFT if lv < rv else Side.RIGHT)
    return None if lsi is None else LsiPoint(left.started_at, lsi, measure, weaker)


Carry = Callable[[datetime], float | None]
"""The body-mass part of the load for a session that started at a given time."""


def lsi_points(
    sessions: Iterable[SessionLegs], measure: Measure, carry: Carry | None = None
) -> list[LsiPoint]:
    """One symmetry point per session where both legs were trained and it can be computed.

    `carry` gives each session's body-mass part of the load (None: external
    load only, as for an exercise without a body-mass share).
    """
    points = []
    for session in sessions:
        if session.left is None or session.right is None:
            continue
        carry_kg = 0.0 if carry is None else carry(session.started_at)
        point = session_lsi(session.left, session.right, measure, carry_kg)
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
    return point.weaker


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


@dataclass(frozen=True)
class DayBuckets:
    """Equal stretches of local days that long charts add sessions up over.

    Bucket 0 starts on the local day `origin` (days since 1 January 1970);
    each is `days` long. Local days are counted `offset_s` seconds east of UTC.
    """

    origin: int
    days: int
    offset_s: int

    def first_day(self, bucket: int) -> date:
        """The first local day of a bucket."""
        return _EPOCH_DAY + timedelta(days=self.origin + bucket * self.days)

    def middle(self, bucket: int) -> datetime:
        """Where a bucket's point goes: local noon of its middle day (noon of a week's Thursday)."""
        day = self.first_day(bucket) + timedelta(days=(self.days - 1) // 2 if self.days > 1 else 0)
        return datetime.combine(day, time(12), tzinfo=UTC) - timedelta(seconds=self.offset_s)


_EPOCH_DAY = date(1970, 1, 1)
BUCKET_DAYS = (1, 7, 14, 28, 91, 182, 364)
"""How many days a chart may add up into one point: a day, then whole weeks."""
MAX_SESSION_POINTS = 200
"""A chart shows each session of a range with at most this many; more are added up in buckets."""


def day_number(day: date) -> int:
    """Days since 1 January 1970."""
    return (day - _EPOCH_DAY).days


def day_buckets(first: date, last: date, columns: int, tz: tzinfo, now: datetime) -> DayBuckets:
    """The narrowest buckets (a day, or whole weeks starting on a Monday) that put at most
    one point in each of `columns` pixel columns over the local days `first`…`last`."""
    span = (last - first).days + 1
    days = next((d for d in BUCKET_DAYS if span / d <= max(columns, 1)), BUCKET_DAYS[-1])
    start = first if days == 1 else first - timedelta(days=first.weekday())
    offset = now.astimezone(tz).utcoffset()
    return DayBuckets(day_number(start), days, int(offset.total_seconds()) if offset else 0)
