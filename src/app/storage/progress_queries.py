"""Aggregates for the Progress view, computed in SQL so years of history stay fast.

Every query is scoped to one athlete. Per-leg totals walk that athlete's
sessions in time order through `training_session(athlete_id, started_at)` and
total each session's sets from the covering index
`set_entry(session_id, exercise_id, side, recorded_at, reps, load_kg, warmup)`
(migrations 0003 and 0007): SQLite never reads a set row or sorts, and Python
only sees one row per session and leg. Warm-ups are left out throughout. Other
athletes' history costs nothing, which matters on a gym kiosk with many members.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import Any

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Integer,
    Select,
    SQLColumnExpression,
    and_,
    bindparam,
    case,
    false,
    func,
    or_,
    select,
    union_all,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.sql.selectable import CompoundSelect

from app.domain.metrics import EPLEY_MAX_REPS, EPLEY_MIN_REPS
from app.domain.plan import CALIBRATION_PLAN_NAME
from app.domain.progress import LatestSession, LegTotals
from app.domain.sides import Side
from app.storage.database import Database
from app.storage.models import ExerciseRow, SetEntryRow, TrainingSessionRow

_LEGS = (Side.LEFT.value, Side.RIGHT.value)
_SIDES = {side.value: side for side in Side}
# An athlete with more sessions than this has their latest set of each exercise found
# by a short walk back through that exercise's sets, and the cards' windows read
# through the exercise's sets; with fewer, by reading their own sets.
_MANY_SESSIONS = 1500
# SQLite takes at most 500 SELECTs in one UNION ALL.
_PROBES_PER_QUERY = 150
# The end of a window that has none.
_NEVER = datetime(9999, 1, 1, tzinfo=UTC)
# A session with sets of any kind, warm-ups included (`set_count` is kept exact with the sets).
_HAS_SETS = TrainingSessionRow.set_count > 0
# A session the cards judge: not a block's calibration session, whose sets are single
# tries up the ladder (`app.domain.programme.calibration`), not a training session.
_TRAINING = TrainingSessionRow.plan_name != CALIBRATION_PLAN_NAME


class _LocalDay(FunctionElement[int]):
    """The local day (days since 1970-01-01) of a stored UTC time, `offset` seconds east.

    Compiled per database: SQLite counts milliseconds from julianday() and divides
    whole numbers; PostgreSQL shifts the timestamp and counts days between dates.
    """

    type = Integer()
    inherit_cache = True
    name = "local_day"


@compiles(_LocalDay, "sqlite")
def _local_day_sqlite(element: _LocalDay, compiler: SQLCompiler, **kw: Any) -> str:
    moment, offset = (compiler.process(c, **kw) for c in element.clauses)
    # SQLite keeps a time as whole milliseconds since the Julian epoch; julianday() gives
    # them as days, and rounding back to whole milliseconds (1970 is day 2440587.5)
    # recovers them exactly: the same day as strftime('%s'), which reads the same
    # milliseconds, for about half the cost. Integer division: exact for every day
    # after 1970, the only ones a history holds.
    millis = f"CAST((julianday({moment}) - 2440587.5) * 86400000 + 0.5 AS INTEGER)"
    return f"(({millis} + {offset} * 1000) / 86400000)"


@compiles(_LocalDay, "postgresql")
def _local_day_postgresql(element: _LocalDay, compiler: SQLCompiler, **kw: Any) -> str:
    moment, offset = (compiler.process(c, **kw) for c in element.clauses)
    # Timestamp arithmetic, exact to the microsecond, then the date's distance from 1970
    # in whole days: about three times quicker than dividing extract(epoch)'s numeric.
    return f"(CAST({moment} + {offset} * INTERVAL '1 second' AS DATE) - DATE '1970-01-01')"


def _local_day(
    moment: SQLColumnExpression[datetime], offset: BindParameter[int]
) -> ColumnElement[int]:
    return _LocalDay(moment, offset)

# Columns vary with the caller's leading ones; rows are unpacked by position.
_Query = Select[*tuple[Any, ...]]


def _best_load_by_reps() -> list[ColumnElement[float]]:
    # The heaviest load for each rep count 1–12, so the domain can compute the best
    # Epley estimate for any body-mass part exactly (LegTotals.best_e1rm); reps and
    # load are in the covering index, so this reads no set row.
    return [
        func.max(case((SetEntryRow.reps == reps, SetEntryRow.load_kg), else_=None))
        for reps in range(EPLEY_MIN_REPS, EPLEY_MAX_REPS + 1)
    ]


def _totals_select(*leading: ColumnElement[Any], sides: tuple[str, ...] = _LEGS,
                   from_sets: bool = False) -> _Query:
    """Per session and side totals of one athlete's sets on `sides`, `leading` columns first.

    The athlete is the bound parameter "athlete". Warm-ups are left out.
    Grouped and ordered by (started_at, session id, side): the order in which
    the two indices hand the rows over, so SQLite needs no temporary B-tree.
    `from_sets` compares the session as `session_id + 0`, which keeps SQLite
    from walking the athlete's sessions into the sets: the sets are found
    first (by the caller's terms) and each one's session by its key.
    """
    session_id = SetEntryRow.session_id + 0 if from_sets else SetEntryRow.session_id
    return (
        select(
            *leading,
            TrainingSessionRow.id,
            TrainingSessionRow.started_at,
            SetEntryRow.side,
            func.count(),
            func.sum(SetEntryRow.reps),
            func.sum(SetEntryRow.reps * SetEntryRow.load_kg),
            func.max(SetEntryRow.load_kg),
            func.min(SetEntryRow.load_kg),
            *_best_load_by_reps(),
        )
        .join(SetEntryRow, session_id == TrainingSessionRow.id)
        .where(TrainingSessionRow.athlete_id == bindparam("athlete"),
               SetEntryRow.side.in_(sides), SetEntryRow.warmup == false())
        .group_by(*leading, TrainingSessionRow.started_at, TrainingSessionRow.id,
                  SetEntryRow.side)
        .order_by(*leading, TrainingSessionRow.started_at, TrainingSessionRow.id,
                  SetEntryRow.side)
    )


def _leg_totals(row: Sequence[Any]) -> LegTotals:
    sid, started, side, sets, reps, volume, best_load, min_load, *by_reps = row
    return LegTotals(
        session_id=sid,
        started_at=started,
        side=_SIDES[side],
        sets=sets,
        reps=int(reps),
        volume_kg=float(volume),
        best_load_kg=float(best_load),
        min_load_kg=float(min_load),
        best_load_by_reps=tuple(None if load is None else float(load) for load in by_reps),
    )


def _exercise_row_id(slug: str | BindParameter[str]) -> ColumnElement[int]:
    return select(ExerciseRow.id).where(ExerciseRow.slug == slug).scalar_subquery()


def _within(query: _Query, moment: SQLColumnExpression[datetime], start: bool,
            end: bool) -> _Query:
    """`query` kept to `moment` in [:start, :end) (either bound parameter when asked for)."""
    if start:
        query = query.where(moment >= bindparam("start"))
    if end:
        query = query.where(moment < bindparam("end"))
    return query


# Building a statement costs SQLAlchemy more than SQLite takes to run it on a month of
# history, so each shape is built once, with bound parameters, and reused.
@cache
def _one_exercise(two_leg: bool, start: bool, end: bool, from_sets: bool = False) -> _Query:
    sides = (*_LEGS, Side.BOTH.value) if two_leg else _LEGS
    query = _totals_select(sides=sides, from_sets=from_sets).where(
        SetEntryRow.exercise_id == _exercise_row_id(bindparam("slug")))
    return _within(query, SetEntryRow.recorded_at, start, end)


def leg_totals_query(
    athlete_id: int, exercise_id: str, start: datetime | None = None,
    end: datetime | None = None, *, two_leg: bool = False, from_sets: bool = False,
) -> _Query:
    """The SELECT behind `leg_totals` (exposed so tests can EXPLAIN its plan); `from_sets`
    as `leg_totals` chooses it for a window of a keen athlete's history."""
    return _one_exercise(two_leg, start is not None, end is not None, from_sets).params(
        _window_params(athlete_id, exercise_id, start, end))


def _window_params(
    athlete_id: int, slug: str, start: datetime | None, end: datetime | None
) -> dict[str, Any]:
    params: dict[str, Any] = {"athlete": athlete_id, "slug": slug}
    if start is not None:
        params["start"] = start
    if end is not None:
        params["end"] = end
    return params


def leg_totals(
    db: Database,
    athlete_id: int,
    exercise_id: str,
    start: datetime | None = None,
    end: datetime | None = None,
    *,
    two_leg: bool = False,
) -> list[LegTotals]:
    """Per session and leg: sets, Σ reps, Σ reps × load, heaviest and lightest load, and
    the heaviest load for each rep count 1–12 (for the best e1RM).

    Only sets recorded in [start, end) count; two-leg (BOTH) sets are left out
    unless `two_leg`, which adds their totals (side BOTH). Oldest session
    first, BOTH before LEFT before RIGHT. An unknown exercise has no totals.
    """
    # A window of a keen athlete's history (a chart's 12 weeks of 20,000 sessions): on
    # SQLite, walking every one of their sessions into its sets took 60 ms; seeking the
    # exercise's sets in the window and each one's session by its key takes 20 ms.
    # PostgreSQL's planner bounds the walk itself: forced to seek, a year took 25 % longer.
    from_sets = (start is not None and not db.is_server
                 and _many_sessions(db, athlete_id))
    query = _one_exercise(two_leg, start is not None, end is not None, from_sets)
    with db.session() as session:
        rows = session.execute(query, _window_params(athlete_id, exercise_id, start, end))
        return [_leg_totals(row) for row in rows]


@cache
def _windows(count: int, ends: bool, by_sessions: bool, training_only: bool = False) -> _Query:
    # For an athlete with fewer sessions (`by_sessions`) their own sessions are walked,
    # each one's sets read from the covering index; the exercise is compared as
    # `exercise_id + 0`, which no index serves (SQLite's documented way to keep a term
    # off an index), because on a gym's database a window of an exercise's sets holds
    # every member's. For an athlete with thousands of sessions that walk reads them
    # all, so the other way round: SQLite seeks the (exercise_id, side, recorded_at)
    # index once per exercise and side, reads only the windows, and looks up each
    # set's session by its key (`from_sets`; left alone, SQLite's estimates pick the
    # walk, 30 times slower on 20,000 sessions). Same rows either way.
    exercise = SetEntryRow.exercise_id + 0 if by_sessions else SetEntryRow.exercise_id

    def window(i: int) -> ColumnElement[bool]:
        within = [exercise == _exercise_row_id(bindparam(f"slug_{i}")),
                  SetEntryRow.recorded_at >= bindparam(f"start_{i}")]
        if ends:
            within.append(SetEntryRow.recorded_at < bindparam(f"end_{i}"))
        return and_(*within)

    query = (
        _totals_select(ExerciseRow.slug.expression, from_sets=not by_sessions)
        .join(ExerciseRow, SetEntryRow.exercise_id == ExerciseRow.id)
        .where(or_(*(window(i) for i in range(count))))
    )
    return query.where(_TRAINING) if training_only else query


def recent_leg_totals(
    db: Database, athlete_id: int, since: Mapping[str, datetime],
    until: Mapping[str, datetime] | None = None, *, training_only: bool = False,
) -> dict[str, list[LegTotals]]:
    """`leg_totals` for several exercises at once, each from its own start, in one query.

    `since` maps exercise slugs to the earliest set time that counts for that
    exercise, `until` (optional) to the first time that no longer counts; an
    exercise missing from `until` has no end. Every slug is in the result,
    with an empty list when it has no totals. `training_only` leaves a
    block's calibration sessions out (what the cards judge).
    """
    result: dict[str, list[LegTotals]] = {slug: [] for slug in since}
    if not since:
        return result
    params: dict[str, Any] = {"athlete": athlete_id}
    for i, (slug, start) in enumerate(since.items()):
        params[f"slug_{i}"] = slug
        params[f"start_{i}"] = start
        if until is not None:
            params[f"end_{i}"] = until.get(slug, _NEVER)
    by_sessions = not _many_sessions(db, athlete_id)
    with db.session() as session:
        query = _windows(len(since), until is not None, by_sessions, training_only)
        for row in session.execute(query, params):
            result[row[0]].append(_leg_totals(row[1:]))
    return result


def session_starts(
    db: Database, athlete_id: int, start: datetime | None = None, end: datetime | None = None
) -> list[datetime]:
    """When each of the athlete's sessions with sets began, in [start, end), oldest first.

    Weeks are counted from these by `app.domain.adherence.weekly_sessions`,
    because a week is Monday to Sunday in the athlete's local time, which SQL
    does not know. One row per session, served by (athlete_id, started_at).
    The Progress view counts sessions per week in SQL instead (`sessions_per_week`).
    """
    query = (
        select(TrainingSessionRow.started_at)
        .where(TrainingSessionRow.athlete_id == athlete_id, _HAS_SETS)
        .order_by(TrainingSessionRow.started_at)
    )
    if start is not None:
        query = query.where(TrainingSessionRow.started_at >= start)
    if end is not None:
        query = query.where(TrainingSessionRow.started_at < end)
    with db.session() as session:
        return list(session.scalars(query))


@dataclass(frozen=True)
class _LatestSet:
    slug: str
    side: Side
    recorded_at: datetime
    session_id: int


def _latest_by_reading(db: Database, athlete_id: int, training_only: bool) -> list[_LatestSet]:
    # The newest set time per exercise and side among the athlete's own sets (a plain
    # max() over the covering index), then the set at that time, which names its session.
    sessions = [TrainingSessionRow.athlete_id == athlete_id, *_kind(training_only)]
    # The athlete's sessions as a list the sets are looked up by (through the covering
    # index): joined, SQLite may scan every set of every athlete by exercise instead.
    own = select(TrainingSessionRow.id).where(*sessions)
    newest = (
        select(
            SetEntryRow.exercise_id.label("exercise_id"),
            SetEntryRow.side.label("side"),
            func.max(SetEntryRow.recorded_at).label("recorded_at"),
        )
        .where(SetEntryRow.session_id.in_(own), SetEntryRow.warmup == false())
        .group_by(SetEntryRow.exercise_id, SetEntryRow.side)
        .subquery()
    )
    query = (
        select(ExerciseRow.slug, newest.c.side, newest.c.recorded_at,
               func.max(SetEntryRow.session_id))
        .select_from(newest)
        .join(SetEntryRow, and_(
            SetEntryRow.exercise_id == newest.c.exercise_id,
            SetEntryRow.side == newest.c.side,
            SetEntryRow.recorded_at == newest.c.recorded_at,
            SetEntryRow.warmup == false(),
        ))
        .join(TrainingSessionRow, and_(SetEntryRow.session_id == TrainingSessionRow.id,
                                       *sessions))
        .join(ExerciseRow, ExerciseRow.id == newest.c.exercise_id)
        .group_by(ExerciseRow.slug, newest.c.side, newest.c.recorded_at)
    )
    with db.session() as session:
        return [_LatestSet(slug, _SIDES[side], at, sid)
                for slug, side, at, sid in session.execute(query)]


def _kind(training_only: bool) -> list[ColumnElement[bool]]:
    return [_TRAINING] if training_only else []


def _latest_probe(i: int, training_only: bool = False) -> _Query:
    # Backwards through the (exercise_id, side, recorded_at) index to the athlete's
    # newest set: one step when the history is theirs, a few hundred on a busy gym's.
    # Each step's session is looked up by its key in a subquery, not joined: joined,
    # SQLite first builds a Bloom filter over every session (about a millisecond per
    # probe on 20,000 sessions) for a walk that usually takes one step.
    exercise = bindparam(f"exercise_{i}", type_=Integer)
    athlete = (select(TrainingSessionRow.athlete_id)
               .where(TrainingSessionRow.id == SetEntryRow.session_id, *_kind(training_only))
               .scalar_subquery())
    return (
        select(exercise.label("exercise"), SetEntryRow.side, SetEntryRow.recorded_at,
               SetEntryRow.session_id)
        .where(SetEntryRow.exercise_id == exercise,
               SetEntryRow.side == bindparam(f"side_{i}"),
               SetEntryRow.warmup == false(),
               athlete == bindparam("athlete"))
        # Only the index's own order, so the walk stops at the first match (two of one
        # athlete's sets of one exercise and side at the same microsecond do not happen).
        .order_by(SetEntryRow.recorded_at.desc())
        .limit(1)
    )


@cache
def _probes(count: int, training_only: bool) -> CompoundSelect[*tuple[Any, ...]]:
    return union_all(*(_latest_probe(i, training_only).subquery().select()
                       for i in range(count)))


def _latest_by_probing(db: Database, athlete_id: int, training_only: bool) -> list[_LatestSet]:
    found: list[_LatestSet] = []
    with db.session() as session:
        exercises = {row: slug for row, slug in session.execute(
            select(ExerciseRow.id, ExerciseRow.slug))}
        pairs = [(row, side.value) for row in exercises for side in Side]
        for first in range(0, len(pairs), _PROBES_PER_QUERY):
            chunk = pairs[first:first + _PROBES_PER_QUERY]
            params: dict[str, Any] = {"athlete": athlete_id}
            for i, (row, side) in enumerate(chunk):
                params[f"exercise_{i}"] = row
                params[f"side_{i}"] = side
            for row, side, at, sid in session.execute(_probes(len(chunk), training_only),
                                                      params):
                found.append(_LatestSet(exercises[row], _SIDES[side], at, sid))
    return found


def _latest_sets(db: Database, athlete_id: int, training_only: bool = False) -> list[_LatestSet]:
    """The athlete's newest set (not a warm-up) of each exercise and side they have logged.

    Two ways to the same answer, chosen by how much the athlete has logged:
    an athlete with a few hundred sessions has their own sets read; one with
    thousands (a keen athlete's years, hundreds of thousands of sets) has each
    exercise's and side's newest set looked up instead, so the time stays a
    few milliseconds either way.
    """
    if not _many_sessions(db, athlete_id):
        return _latest_by_reading(db, athlete_id, training_only)
    return _latest_by_probing(db, athlete_id, training_only)


def latest_sessions(db: Database, athlete_id: int) -> list[LatestSession]:
    """For each exercise the athlete has logged, the session of its most recent set.

    Warm-ups do not count: a session of warm-ups alone is not one to judge by.
    `sides` says which sides the exercise has sets on, ever. Ordered by
    exercise slug. Portable SQL (SQLite's "other columns of the max() row"
    shortcut is not SQL PostgreSQL accepts); see `_latest_sets` for how it
    stays quick on a long history.
    """
    return _by_exercise(_latest_sets(db, athlete_id))


def latest_and_trained_sessions(
    db: Database, athlete_id: int,
) -> tuple[list[LatestSession], list[LatestSession]]:
    """`latest_sessions`, and the same with a block's calibration sessions left out.

    The second is what the Progress cards judge: a calibration session's sets
    are single tries up the ladder, not a session to advise from (the block
    leaves them out too, `app.storage.programme`). It is read again only
    when a calibration session holds the newest set of some exercise and
    side; otherwise the two are the same.
    """
    found = _latest_sets(db, athlete_id)
    trained = found
    if found:
        query = select(TrainingSessionRow.id).where(
            TrainingSessionRow.id.in_({f.session_id for f in found}), ~_TRAINING)
        with db.session() as session:
            if session.scalars(query.limit(1)).first() is not None:
                trained = _latest_sets(db, athlete_id, training_only=True)
    return _by_exercise(found), _by_exercise(trained)


def _by_exercise(found: Sequence[_LatestSet]) -> list[LatestSession]:
    by_exercise: dict[str, list[_LatestSet]] = {}
    for latest_set in found:
        by_exercise.setdefault(latest_set.slug, []).append(latest_set)
    latest = []
    for slug in sorted(by_exercise):
        newest = max(by_exercise[slug], key=lambda f: (f.recorded_at, f.session_id))
        latest.append(LatestSession(
            exercise_id=slug, session_id=newest.session_id, last_set_at=newest.recorded_at,
            sides=frozenset(f.side for f in by_exercise[slug])))
    return latest


@cache
def _weeks_statement(start: bool, end: bool) -> _Query:
    day = _local_day(TrainingSessionRow.started_at, bindparam("offset", type_=Integer))
    # 1970-01-01 was a Thursday: day + 3 counts from the Monday before it, so whole
    # weeks of it are Monday-to-Sunday weeks; each is named by its Monday's day number.
    monday = (((day + 3) // 7) * 7 - 3).label("monday")
    query = (
        select(monday, func.count())
        .where(TrainingSessionRow.athlete_id == bindparam("athlete"), _HAS_SETS)
        .group_by(monday)
    )
    return _within(query, TrainingSessionRow.started_at, start, end)


def sessions_per_week(
    db: Database, athlete_id: int, offset_s: int, start: datetime | None = None,
    end: datetime | None = None,
) -> dict[int, int]:
    """How many of the athlete's sessions with sets began in each local Monday-to-Sunday
    week, among those begun in [start, end).

    Days are counted `offset_s` seconds east of UTC, as days since 1970-01-01; a
    week is keyed by its Monday's day number, and weeks without a session are not
    in the result. One row per week leaves SQL, however many sessions the history
    holds.
    """
    params: dict[str, Any] = {"athlete": athlete_id, "offset": offset_s}
    if start is not None:
        params["start"] = start
    if end is not None:
        params["end"] = end
    with db.session() as session:
        rows = session.execute(_weeks_statement(start is not None, end is not None), params)
        return {int(monday): n for monday, n in rows}


def first_session_start(db: Database, athlete_id: int) -> datetime | None:
    """When the athlete's first session began (with sets or not), or None."""
    query = select(func.min(TrainingSessionRow.started_at)).where(
        TrainingSessionRow.athlete_id == athlete_id)
    with db.session() as session:
        return session.scalar(query)


def _many_sessions(db: Database, athlete_id: int) -> bool:
    """Whether the athlete has more than `_MANY_SESSIONS` sessions: counted no further
    than that, so a keen athlete's 20,000 sessions cost what 1,500 do."""
    first = (select(TrainingSessionRow.id).where(TrainingSessionRow.athlete_id == athlete_id)
             .limit(_MANY_SESSIONS + 1).subquery())
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(first)) or 0) > _MANY_SESSIONS


def session_count(
    db: Database, athlete_id: int, start: datetime | None = None, end: datetime | None = None
) -> int:
    """How many sessions the athlete began in [start, end), from the (athlete, start) index."""
    query = select(func.count()).where(TrainingSessionRow.athlete_id == athlete_id)
    if start is not None:
        query = query.where(TrainingSessionRow.started_at >= start)
    if end is not None:
        query = query.where(TrainingSessionRow.started_at < end)
    with db.session() as session:
        return int(session.scalar(query) or 0)
