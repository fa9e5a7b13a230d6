"""Progress: the summary cards and chart data for one athlete, from storage and domain rules.

Kept apart from the widgets so the view only lays things out, and so the
benchmark and tests can check the numbers behind every chart and card.
`ProgressSource` also remembers what it has read (see its docstring), which is
what keeps switching measure, unit, exercise or range quick on years of history.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from app.domain.adherence import WeekCount, weeks_from_counts
from app.domain.body_mass import BodyMassLog, body_mass_carry_kg
from app.domain.exercise import Exercise
from app.domain.metrics import LOAD_MEASURES, LSI_THRESHOLD, Measure
from app.domain.programme.prescription import advise_legs
from app.domain.progress import (
    MAX_SESSION_POINTS,
    TREND_WEEKS,
    Carry,
    DayBuckets,
    LatestSession,
    LegTotals,
    LsiPoint,
    SessionLegs,
    TimeRange,
    carded,
    day_buckets,
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
from app.storage.progress_buckets import bucket_totals
from app.storage.progress_queries import (
    first_session_start,
    latest_and_trained_sessions,
    leg_totals,
    recent_leg_totals,
    session_count,
    sessions_per_week,
)
from app.storage.sessions import sets_for_session

# Looking this far back before the latest session is enough to find the value 4 weeks earlier.
_TREND_LOOKBACK = timedelta(weeks=TREND_WEEKS * 3)
# A card reads about this many sessions of its exercise at most: an athlete who trains
# several times a day has their look-back shortened to match.
_CARD_SESSIONS = 24
# With fewer sessions than this in its look-back, an exercise is read over the whole of it.
_FEW_SESSIONS = 3
DEFAULT_COLUMNS = 1000
"""How many pixel columns a chart has, when the view does not say."""

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
    the athlete's body mass is unknown. `both` holds the two-leg sets' values
    (an imported squat or deadlift). Over long spans each point adds up the
    sessions of `bucket_days` days (0: a point per session); `sessions` counts
    the sessions, or buckets, with sets of the exercise in the range.
    """

    left: Points
    right: Points
    lsi: list[LsiPoint]
    weeks: list[WeekCount]
    sides: frozenset[Side]
    sessions: int
    needs_body_mass: bool = False
    both: Points = field(default_factory=list)
    bucket_days: int = 0


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
    line: float, earlier: Sequence[SessionLegs] = (),
) -> ExerciseCard:
    entries = history.entries
    sessions = history.sessions
    trend = lsi_trend(lsi_points([*earlier, *sessions], measure, carry_for(exercise, log)))
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


@dataclass(frozen=True)
class _Span:
    """What a chart reads: from `start` (None: the first session), per session or in buckets."""

    start: datetime | None
    buckets: DayBuckets | None


class ProgressSource:
    """The figures behind the Progress view for one athlete, reading each thing once.

    A source holds what it has read from the database, so it must not outlive
    the history it read: the view makes a new one whenever the history, the
    athlete, the database or the exercise library changes. Within one source,
    cards for any measure or unit come from the same stored totals (they carry
    every measure), and an exercise's whole history and the athlete's session
    days are read once. Totals for a shorter range are read again each time:
    the range ends now, which moves, and reading them costs a few milliseconds.

    Nothing reads the whole history into Python: over long spans SQL adds
    sessions up into at most one point per pixel column (a day, or whole
    weeks: `app.domain.progress.day_buckets`), and the cards read a bounded
    look-back of each exercise.
    """

    def __init__(self, db: Database, athlete_id: int) -> None:
        self._db = db
        self._athlete_id = athlete_id
        self.body_mass = body_mass_log(db, athlete_id)
        self._latest: dict[str, LatestSession] | None = None
        self._trained: dict[str, LatestSession] = {}
        self._card_history: dict[str, _CardHistory] = {}
        self._card_window = _TREND_LOOKBACK
        self._earlier: dict[tuple[str, datetime], list[SessionLegs]] = {}
        self._all_history: dict[tuple[str, DayBuckets | None, bool], list[LegTotals]] = {}
        self._weeks: dict[tuple[int, datetime | None, datetime], dict[int, int]] = {}
        self._first: datetime | None = None
        self._first_read = False
        self._all_sessions: int | None = None

    def logged(self) -> Mapping[str, LatestSession]:
        """Every exercise the athlete has sets of (warm-ups aside), by slug: when, which sides."""
        if self._latest is None:
            latest, trained = latest_and_trained_sessions(self._db, self._athlete_id)
            self._latest = {s.exercise_id: s for s in latest}
            self._trained = {s.exercise_id: s for s in trained}
        return self._latest

    def _trained_latest(self) -> Mapping[str, LatestSession]:
        """`logged`, with a block's calibration sessions left out: what the cards judge."""
        self.logged()
        return self._trained

    def card_exercises(self, exercises: Sequence[Exercise]) -> list[Exercise]:
        """The exercises that get a card, in the order of `exercises` (`progress.carded`).

        A card judges training sessions only: a block's calibration session (single
        tries up the ladder) is neither its latest session nor the one before.
        """
        logged = self._trained_latest()
        return [e for e in exercises if e.id in logged and carded(e, logged[e.id])]

    def cards(
        self, exercises: Sequence[Exercise], measure: Measure, unit: Unit,
        line: float = LSI_THRESHOLD,
    ) -> list[ExerciseCard]:
        """A card for each exercise that gets one (`card_exercises`), in the order of `exercises`.

        `line` is the symmetry line (%) the advice balances the legs against.
        """
        shown = self.card_exercises(exercises)
        history = self._cards_history([e.id for e in shown])
        earlier = self._earlier_sessions(shown, history, measure)
        return [_card(exercise, history[exercise.id], measure, unit, self.body_mass, line,
                      earlier.get(exercise.id, ())) for exercise in shown]

    def _cards_history(self, slugs: Sequence[str]) -> Mapping[str, _CardHistory]:
        wanted = [slug for slug in slugs if slug not in self._card_history]
        if not wanted:
            return self._card_history
        logged = self._trained_latest()
        newest = max(logged[slug].last_set_at for slug in wanted)
        # Reading 12 weeks is a few dozen sessions for most athletes, but thousands for
        # one who logs several a day: then the look-back shrinks to about `_CARD_SESSIONS`.
        recent = session_count(self._db, self._athlete_id, newest - _TREND_LOOKBACK)
        window = _TREND_LOOKBACK * min(1.0, _CARD_SESSIONS / max(recent, 1))
        self._card_window = window
        since = {slug: logged[slug].last_set_at - window for slug in wanted}
        totals = recent_leg_totals(self._db, self._athlete_id, since, training_only=True)
        paired = {slug: pair_legs(totals[slug]) for slug in wanted}
        sparse = {slug: logged[slug].last_set_at - _TREND_LOOKBACK for slug in wanted
                  if window < _TREND_LOOKBACK and len(paired[slug]) < _FEW_SESSIONS}
        if sparse:
            # An exercise trained now and then by such an athlete is read over the full
            # look-back, so the session before the latest is found.
            for slug, more in recent_leg_totals(self._db, self._athlete_id, sparse,
                                                training_only=True).items():
                paired[slug] = pair_legs(more)
        # The session before the latest, for rungs that ask for two sessions in a row.
        before = {slug: _previous_id(paired[slug], logged[slug].session_id) for slug in wanted}
        # Usually every exercise's latest session is the same one: read each once.
        ids = {logged[slug].session_id for slug in wanted} | {i for i in before.values() if i}
        session_sets = {sid: sets_for_session(self._db, sid) for sid in ids}
        for slug in wanted:
            latest = logged[slug]
            self._card_history[slug] = _CardHistory(
                latest=latest,
                entries=[e for e in session_sets[latest.session_id] if e.exercise_id == slug],
                previous=[e for e in session_sets.get(before[slug] or -1, [])
                          if e.exercise_id == slug],
                sessions=paired[slug],
            )
        return self._card_history

    def _earlier_sessions(
        self, exercises: Sequence[Exercise], history: Mapping[str, _CardHistory],
        measure: Measure,
    ) -> dict[str, list[SessionLegs]]:
        """Per exercise, the sessions around 4 weeks before its card's latest symmetry,
        where the shortened look-back does not reach that far (all read in one query)."""
        if self._card_window >= _TREND_LOOKBACK:
            return {}
        found: dict[str, list[SessionLegs]] = {}
        wanted: dict[str, tuple[datetime, datetime]] = {}
        for exercise in exercises:
            card = history[exercise.id]
            trend = lsi_trend(lsi_points(card.sessions, measure,
                                         carry_for(exercise, self.body_mass)))
            if trend is None or trend.earlier is not None:
                continue
            cutoff = trend.current.started_at - timedelta(weeks=TREND_WEEKS)
            if (exercise.id, cutoff) in self._earlier:
                found[exercise.id] = self._earlier[(exercise.id, cutoff)]
                continue
            start = max(card.latest.last_set_at - _TREND_LOOKBACK, cutoff - self._card_window)
            if start <= cutoff:
                wanted[exercise.id] = (start, cutoff)
        if wanted:
            # Sets recorded a while after the cut-off belong to sessions begun before it;
            # the trend only takes sessions begun by then.
            totals = recent_leg_totals(
                self._db, self._athlete_id, {slug: w[0] for slug, w in wanted.items()},
                {slug: w[1] + timedelta(hours=12) for slug, w in wanted.items()},
                training_only=True)
            for slug, (_start, cutoff) in wanted.items():
                sessions = [s for s in pair_legs(totals[slug]) if s.started_at <= cutoff]
                self._earlier[(slug, cutoff)] = found[slug] = sessions
        return found

    def _first_start(self) -> datetime | None:
        if not self._first_read:
            self._first = first_session_start(self._db, self._athlete_id)
            self._first_read = True
        return self._first

    def _span(self, time_range: TimeRange, now: datetime, tz: tzinfo, columns: int) -> _Span:
        start = time_range.start(now)
        first = start or self._first_start()
        if first is None or self._sessions_since(start) <= MAX_SESSION_POINTS:
            return _Span(start, None)
        return _Span(start, day_buckets(first.astimezone(tz).date(), now.astimezone(tz).date(),
                                        columns, tz, now))

    def _sessions_since(self, start: datetime | None) -> int:
        if start is not None:
            return session_count(self._db, self._athlete_id, start)
        if self._all_sessions is None:
            self._all_sessions = session_count(self._db, self._athlete_id)
        return self._all_sessions

    def _totals(self, exercise_id: str, span: _Span, measure: Measure) -> list[LegTotals]:
        e1rm = measure is Measure.BEST_E1RM
        if span.start is not None:
            if span.buckets is None:
                return leg_totals(self._db, self._athlete_id, exercise_id, span.start,
                                  two_leg=True)
            return bucket_totals(self._db, self._athlete_id, exercise_id, span.buckets,
                                 span.start, best_by_reps=e1rm)
        # All history is read once per source; totals with the per-rep maxima serve
        # every measure, those without serve all but the e1RM.
        for key in ((exercise_id, span.buckets, True), (exercise_id, span.buckets, e1rm)):
            if key in self._all_history:
                return self._all_history[key]
        if span.buckets is None:
            totals = leg_totals(self._db, self._athlete_id, exercise_id, two_leg=True)
            e1rm = True
        else:
            totals = bucket_totals(self._db, self._athlete_id, exercise_id, span.buckets,
                                   best_by_reps=e1rm)
        self._all_history[(exercise_id, span.buckets, e1rm)] = totals
        return totals

    def _session_weeks(self, offset_s: int, start: datetime | None,
                       today: date) -> dict[int, int]:
        # Sessions begun by the end of today's local day (days `offset_s` east of UTC).
        end = datetime.combine(today + timedelta(days=1), time(), UTC) - timedelta(seconds=offset_s)
        key = (offset_s, start, end)
        if start is not None:
            return sessions_per_week(self._db, self._athlete_id, offset_s, start, end)
        if key not in self._weeks:
            self._weeks[key] = sessions_per_week(self._db, self._athlete_id, offset_s,
                                                 end=end)
        return self._weeks[key]

    def chart(
        self, exercise_id: str, measure: Measure, time_range: TimeRange, unit: Unit,
        now: datetime, tz: tzinfo, exercise: Exercise | None = None,
        columns: int = DEFAULT_COLUMNS,
    ) -> ChartData:
        """Per-leg series, symmetry points and weekly session counts in the chosen range.

        Load measures are of the load each leg carried (the body mass on each
        session's day times `exercise`'s share), converted to `unit`; a leg's
        session without a value (no e1RM estimate, no body mass) is left out of
        that leg's line. A range of more than `MAX_SESSION_POINTS` sessions is
        added up per day or per week (whichever keeps to one point per pixel of
        the `columns` the chart is wide): volume and reps are then the average
        session's, best set and e1RM the bucket's best, and the symmetry the
        per-set comparison over the bucket, with the body mass of its middle day.
        """
        span = self._span(time_range, now, tz, columns)
        totals = self._totals(exercise_id, span, measure)
        sessions = pair_legs(totals)
        carry = carry_for(exercise, self.body_mass, tz)
        left: Points = []
        right: Points = []
        both: Points = []
        needs_body_mass = False
        for session in sessions:
            carry_kg = carry(session.started_at)
            needs_body_mass |= carry_kg is None and measure in LOAD_MEASURES
            for leg, points in ((session.left, left), (session.right, right)):
                value = None if leg is None else leg.per_session(measure, carry_kg)
                if value is not None:
                    points.append((session.started_at, _shown(value, measure, unit)))
        for two in (t for t in totals if t.side is Side.BOTH):
            # Two-leg sets carry the share of body mass of the exercise as one leg would.
            value = two.per_session(measure, carry(two.started_at))
            if value is not None:
                both.append((two.started_at, _shown(value, measure, unit)))
        offset = now.astimezone(tz).utcoffset()
        offset_s = int(offset.total_seconds()) if offset else 0
        today = now.astimezone(tz).date()
        weeks = _weeks(self._session_weeks(offset_s, span.start, today), span.start, today, tz)
        sides = frozenset(logged_sides(sessions))
        with_sets = len({t.session_id for t in totals})
        return ChartData(left, right, lsi_points(sessions, measure, carry), weeks, sides,
                         with_sets, needs_body_mass, both, span.buckets.days if span.buckets else 0)


def _weeks(per_week: Mapping[int, int], start: datetime | None, today: date,
           tz: tzinfo) -> list[WeekCount]:
    if not per_week:
        return []
    mondays = {_EPOCH_DATE + timedelta(days=number): n for number, n in per_week.items()}
    first_day = start.astimezone(tz).date() if start is not None else min(mondays)
    return weeks_from_counts(mondays, first_day, today)


_EPOCH_DATE = date(1970, 1, 1)


def _previous_id(sessions: Sequence[SessionLegs], latest_id: int) -> int | None:
    ids = [s.session_id for s in sessions]
    if latest_id not in ids:
        return None
    index = ids.index(latest_id)
    return ids[index - 1] if index > 0 else None
