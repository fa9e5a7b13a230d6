"""Progress: the summary cards and chart data for one athlete, from storage and domain rules.

Kept apart from the widgets so the view only lays things out, and so the
benchmark and tests can check the numbers behind every chart and card.
`ProgressSource` also remembers what it has read (see its docstring), which is
what keeps switching measure, unit, exercise or range quick on years of history.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from app.domain.adherence import WeekCount, weekly_sessions
from app.domain.body_mass import BodyMassLog, body_mass_carry_kg
from app.domain.exercise import Exercise
from app.domain.metrics import LOAD_MEASURES, LSI_THRESHOLD, Measure
from app.domain.programme.prescription import advise_legs
from app.domain.progress import (
    TREND_WEEKS,
    Carry,
    LatestSession,
    LsiPoint,
    SessionLegs,
    TimeRange,
    logged_sides,
    lsi_points,
    lsi_trend,
    pair_legs,
    weaker_side,
)
from app.domain.progression import Advice
from app.domain.records import SetEntry
from app.domain.sides import Side
from app.domain.units import Unit, from_kg
from app.services.body_mass import body_mass_log
from app.storage.database import Database
from app.storage.progress_queries import (
    latest_sessions,
    leg_totals,
    recent_leg_totals,
    session_starts,
)
from app.storage.sessions import sets_for_session

# Looking this far back before the latest session is enough to find the value 4 weeks earlier.
_TREND_LOOKBACK = timedelta(weeks=TREND_WEEKS * 3)

Points = list[tuple[datetime, float]]


def carry_for(exercise: Exercise | None, log: BodyMassLog, tz: tzinfo | None = None) -> Carry:
    """Each session's body-mass part of the load for `exercise`, from the athlete's log.

    An exercise the library does not know counts external load only (0).
    """
    def carry(started_at: datetime) -> float | None:
        if exercise is None:
            return 0.0
        return body_mass_carry_kg(exercise, log.on(started_at.astimezone(tz).date()))

    return carry


def _shown(value: float, measure: Measure, unit: Unit) -> float:
    return from_kg(value, unit) if measure in LOAD_MEASURES else value


@dataclass(frozen=True)
class ChartData:
    """Everything the three charts draw for one exercise, measure and time range.

    `needs_body_mass` is True when a load measure has nothing to show because
    the athlete's body mass is unknown.
    """

    left: Points
    right: Points
    lsi: list[LsiPoint]
    weeks: list[WeekCount]
    sides: frozenset[Side]
    sessions: int
    needs_body_mass: bool = False


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


@dataclass(frozen=True)
class _CardHistory:
    """What a card needs from storage, for every measure: the latest session and before."""

    latest: LatestSession
    entries: list[SetEntry]
    previous: list[SetEntry]
    sessions: list[SessionLegs]


def _card(
    exercise: Exercise, history: _CardHistory, measure: Measure, unit: Unit, log: BodyMassLog,
    line: float,
) -> ExerciseCard:
    entries = history.entries
    sessions = history.sessions
    trend = lsi_trend(lsi_points(sessions, measure, carry_for(exercise, log)))
    latest = next((s for s in sessions if s.session_id == history.latest.session_id), None)
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
        # The training block's call too (issue 20): each leg judged on its own rung.
        advice=advise_legs(entries, exercise, unit, previous=history.previous,
                           body_mass_kg=log.on(history.latest.last_set_at.astimezone().date()),
                           line=line),
        last_trained=history.latest.last_set_at.astimezone().date(),
        one_leg=one_leg,
    )


class ProgressSource:
    """The figures behind the Progress view for one athlete, reading each thing once.

    A source holds what it has read from the database, so it must not outlive
    the history it read: the view makes a new one whenever the history, the
    athlete, the database or the exercise library changes. Within one source,
    cards for any measure or unit come from the same stored totals (they carry
    every measure), and an exercise's whole history and the athlete's session
    times are read once. Totals for a shorter range are read again each time:
    the range ends now, which moves, and reading them costs about a millisecond.
    """

    def __init__(self, db: Database, athlete_id: int) -> None:
        self._db = db
        self._athlete_id = athlete_id
        self.body_mass = body_mass_log(db, athlete_id)
        self._card_history: dict[str, _CardHistory] | None = None
        self._all_history: dict[str, list[SessionLegs]] = {}
        self._starts: list[datetime] | None = None

    def cards(
        self, exercises: Sequence[Exercise], measure: Measure, unit: Unit,
        line: float = LSI_THRESHOLD,
    ) -> list[ExerciseCard]:
        """A card for each exercise the athlete has logged, in the order of `exercises`.

        `line` is the symmetry line (%) the advice balances the legs against.
        """
        history = self._cards_history()
        return [_card(e, history[e.id], measure, unit, self.body_mass, line)
                for e in exercises if e.id in history]

    def _cards_history(self) -> Mapping[str, _CardHistory]:
        if self._card_history is None:
            latest = latest_sessions(self._db, self._athlete_id)
            since = {s.exercise_id: s.last_set_at - _TREND_LOOKBACK for s in latest}
            totals = recent_leg_totals(self._db, self._athlete_id, since)
            paired = {s.exercise_id: pair_legs(totals[s.exercise_id]) for s in latest}
            # The session before the latest, for rungs that ask for two sessions in a row.
            before = {s.exercise_id: _previous_id(paired[s.exercise_id], s.session_id)
                      for s in latest}
            # Usually every exercise's latest session is the same one: read each once.
            wanted = {s.session_id for s in latest} | {sid for sid in before.values() if sid}
            session_sets = {sid: sets_for_session(self._db, sid) for sid in wanted}
            self._card_history = {
                s.exercise_id: _CardHistory(
                    latest=s,
                    entries=[e for e in session_sets[s.session_id]
                             if e.exercise_id == s.exercise_id],
                    previous=[e for e in session_sets.get(before[s.exercise_id] or -1, [])
                              if e.exercise_id == s.exercise_id],
                    sessions=paired[s.exercise_id],
                )
                for s in latest
            }
        return self._card_history

    def _sessions(self, exercise_id: str, start: datetime | None) -> list[SessionLegs]:
        if start is not None:
            return pair_legs(leg_totals(self._db, self._athlete_id, exercise_id, start))
        if exercise_id not in self._all_history:
            self._all_history[exercise_id] = pair_legs(
                leg_totals(self._db, self._athlete_id, exercise_id))
        return self._all_history[exercise_id]

    def _session_starts(self, start: datetime | None) -> list[datetime]:
        if self._starts is None:
            self._starts = session_starts(self._db, self._athlete_id)
        # The same filter as session_starts(start): on when each session began.
        return self._starts if start is None else [s for s in self._starts if s >= start]

    def chart(
        self, exercise_id: str, measure: Measure, time_range: TimeRange, unit: Unit,
        now: datetime, tz: tzinfo, exercise: Exercise | None = None,
    ) -> ChartData:
        """Per-leg series, symmetry points and weekly session counts in the chosen range.

        Load measures are of the load each leg carried (the body mass on each
        session's day times `exercise`'s share), converted to `unit`; a leg's
        session without a value (no e1RM estimate, no body mass) is left out of
        that leg's line.
        """
        start = time_range.start(now)
        sessions = self._sessions(exercise_id, start)
        carry = carry_for(exercise, self.body_mass, tz)
        left: Points = []
        right: Points = []
        needs_body_mass = False
        for session in sessions:
            carry_kg = carry(session.started_at)
            needs_body_mass |= carry_kg is None and measure in LOAD_MEASURES
            for leg, points in ((session.left, left), (session.right, right)):
                value = None if leg is None else leg.value(measure, carry_kg)
                if value is not None:
                    points.append((session.started_at, _shown(value, measure, unit)))
        starts = self._session_starts(start)
        first_day = (start or (starts[0] if starts else now)).astimezone(tz).date()
        weeks = weekly_sessions(starts, first_day, now.astimezone(tz).date(), tz) if starts else []
        return ChartData(left, right, lsi_points(sessions, measure, carry), weeks,
                         frozenset(logged_sides(sessions)), len(sessions), needs_body_mass)


def _previous_id(sessions: Sequence[SessionLegs], latest_id: int) -> int | None:
    ids = [s.session_id for s in sessions]
    if latest_id not in ids:
        return None
    index = ids.index(latest_id)
    return ids[index - 1] if index > 0 else None
