"""What the Progress view shows, gathered from storage and the domain rules (no widgets).

Kept apart from the widgets so the view only lays things out, and so the
benchmark and tests can check the numbers behind every chart and card.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from app.domain.adherence import WeekCount, weekly_sessions
from app.domain.exercise import Exercise
from app.domain.metrics import Measure
from app.domain.progress import (
    TREND_WEEKS,
    LsiPoint,
    SessionLegs,
    TimeRange,
    logged_sides,
    lsi_points,
    lsi_trend,
    pair_legs,
    weaker_side,
)
from app.domain.progression import Advice, advise
from app.domain.sides import Side
from app.domain.units import Unit, from_kg
from app.storage.database import Database
from app.storage.progress_queries import latest_sessions, leg_totals, session_starts
from app.storage.sessions import sets_for_session

MEASURE_NAMES = {
    Measure.VOLUME: "Volume",
    Measure.BEST_SET: "Best set",
    Measure.BEST_E1RM: "Estimated 1RM",
    Measure.REPS: "Reps",
}
_LOAD_MEASURES = frozenset({Measure.VOLUME, Measure.BEST_SET, Measure.BEST_E1RM})
# Looking this far back before the latest session is enough to find the value 4 weeks earlier.
_TREND_LOOKBACK = timedelta(weeks=TREND_WEEKS * 3)

Points = list[tuple[datetime, float]]


def measure_label(measure: Measure, unit: Unit) -> str:
    """The y-axis title for a measure in the athlete's unit ("Estimated 1RM (kg, estimate)")."""
    name = MEASURE_NAMES[measure]
    if measure is Measure.BEST_E1RM:
        return f"{name} ({unit}, estimate)"
    return f"{name} ({unit})" if measure in _LOAD_MEASURES else name


def _shown(value: float, measure: Measure, unit: Unit) -> float:
    return from_kg(value, unit) if measure in _LOAD_MEASURES else value


@dataclass(frozen=True)
class ChartData:
    """Everything the three charts draw for one exercise, measure and time range."""

    left: Points
    right: Points
    lsi: list[LsiPoint]
    weeks: list[WeekCount]
    sides: frozenset[Side]
    sessions: int


def chart_data(
    db: Database, athlete_id: int, exercise_id: str, measure: Measure, time_range: TimeRange,
    unit: Unit, now: datetime, tz: tzinfo,
) -> ChartData:
    """Per-leg series, symmetry points and weekly session counts in the chosen range.

    Load measures are converted to `unit`; a leg's session without a value
    (no e1RM estimate, say) is left out of that leg's line.
    """
    start = time_range.start(now)
    sessions = pair_legs(leg_totals(db, athlete_id, exercise_id, start))
    left: Points = []
    right: Points = []
    for session in sessions:
        for leg, points in ((session.left, left), (session.right, right)):
            value = None if leg is None else leg.value(measure)
            if value is not None:
                points.append((session.started_at, _shown(value, measure, unit)))
    starts = session_starts(db, athlete_id, start)
    first_day = (start or (starts[0] if starts else now)).astimezone(tz).date()
    weeks = weekly_sessions(starts, first_day, now.astimezone(tz).date(), tz) if starts else []
    return ChartData(left, right, lsi_points(sessions, measure), weeks,
                     frozenset(logged_sides(sessions)), len(sessions))


@dataclass(frozen=True)
class ExerciseCard:
    """The summary of one exercise: latest symmetry, its trend, weaker leg, next step."""

    exercise: Exercise
    lsi: LsiPoint | None
    change: float | None
    weaker: Side | None
    advice: Advice
    last_trained: date
    one_leg: Side | None


def _card(db: Database, athlete_id: int, exercise: Exercise, session_id: int,
          last_set_at: datetime, measure: Measure, unit: Unit) -> ExerciseCard:
    entries = [e for e in sets_for_session(db, session_id) if e.exercise_id == exercise.id]
    level = max((e.progression_level for e in entries), default=0)
    level = min(level, max(len(exercise.progressions), 1) - 1)
    sessions: Sequence[SessionLegs] = pair_legs(
        leg_totals(db, athlete_id, exercise.id, last_set_at - _TREND_LOOKBACK)
    )
    trend = lsi_trend(lsi_points(sessions, measure))
    latest = next((s for s in sessions if s.session_id == session_id), None)
    weaker = None
    if trend is not None and latest is not None and trend.current.started_at == latest.started_at:
        weaker = weaker_side(trend.current, latest)
    sides = logged_sides([latest]) if latest is not None else set()
    one_leg = next(iter(sides)) if len(sides) == 1 and exercise.unilateral else None
    return ExerciseCard(
        exercise=exercise,
        lsi=None if trend is None else trend.current,
        change=None if trend is None else trend.change,
        weaker=weaker,
        advice=advise(entries, exercise, level, unit),
        last_trained=last_set_at.astimezone().date(),
        one_leg=one_leg,
    )


def exercise_cards(
    db: Database, athlete_id: int, exercises: Sequence[Exercise], measure: Measure, unit: Unit
) -> list[ExerciseCard]:
    """A card for each exercise the athlete has logged, in the order of `exercises`."""
    latest = {s.exercise_id: s for s in latest_sessions(db, athlete_id)}
    return [
        _card(db, athlete_id, e, latest[e.id].session_id, latest[e.id].last_set_at, measure, unit)
        for e in exercises if e.id in latest
    ]
