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
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, false, func, or_, select

from app.domain.metrics import EPLEY_MAX_REPS, EPLEY_MIN_REPS
from app.domain.progress import LatestSession, LegTotals
from app.domain.sides import Side
from app.storage.database import Database
from app.storage.models import ExerciseRow, SetEntryRow, TrainingSessionRow

_LEGS = (Side.LEFT.value, Side.RIGHT.value)
_SIDES = {side.value: side for side in Side}

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


def _totals_select(athlete_id: int, *leading: ColumnElement[Any]) -> _Query:
    """Per session and leg totals of the athlete's one-leg sets, `leading` columns first.

    Warm-ups are left out. Grouped and ordered by (started_at, session id,
    side): the order in which the two indices hand the rows over, so SQLite
    needs no temporary B-tree.
    """
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
        .join(SetEntryRow, SetEntryRow.session_id == TrainingSessionRow.id)
        .where(TrainingSessionRow.athlete_id == athlete_id, SetEntryRow.side.in_(_LEGS),
               SetEntryRow.warmup == false())
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


def _exercise_row_id(slug: str) -> ColumnElement[int]:
    return select(ExerciseRow.id).where(ExerciseRow.slug == slug).scalar_subquery()


def leg_totals_query(
    athlete_id: int, exercise_id: str, start: datetime | None = None,
    end: datetime | None = None,
) -> _Query:
    """The SELECT behind `leg_totals` (exposed so tests can EXPLAIN its plan)."""
    exercise_row = _exercise_row_id(exercise_id)
    query = _totals_select(athlete_id).where(SetEntryRow.exercise_id == exercise_row)
    if start is not None:
        query = query.where(SetEntryRow.recorded_at >= start)
    if end is not None:
        query = query.where(SetEntryRow.recorded_at < end)
    return query


def leg_totals(
    db: Database,
    athlete_id: int,
    exercise_id: str,
    start: datetime | None = None,
    end: datetime | None = None,
) -> list[LegTotals]:
    """Per session and leg: sets, Σ reps, Σ reps × load, heaviest and lightest load, and
    the heaviest load for each rep count 1–12 (for the best e1RM).

    Only sets recorded in [start, end) count; two-leg (BOTH) sets are left out.
    Oldest session first, LEFT before RIGHT. An unknown exercise has no totals.
    """
    query = leg_totals_query(athlete_id, exercise_id, start, end)
    with db.session() as session:
        return [_leg_totals(row) for row in session.execute(query)]


def recent_leg_totals(
    db: Database, athlete_id: int, since: Mapping[str, datetime]
) -> dict[str, list[LegTotals]]:
    """`leg_totals` for several exercises at once, each from its own start, in one query.

    `since` maps exercise slugs to the earliest set time that counts for that
    exercise. Every slug is in the result, with an empty list when it has no totals.
    """
    result: dict[str, list[LegTotals]] = {slug: [] for slug in since}
    if not since:
        return result
    # Each window on set_entry's own columns, so SQLite seeks the
    # (exercise_id, side, recorded_at) index once per exercise and reads only the window.
    windows = [
        and_(SetEntryRow.exercise_id == _exercise_row_id(slug), SetEntryRow.recorded_at >= start)
        for slug, start in since.items()
    ]
    query = (
        _totals_select(athlete_id, ExerciseRow.slug.expression)
        .join(ExerciseRow, SetEntryRow.exercise_id == ExerciseRow.id)
        .where(or_(*windows))
    )
    with db.session() as session:
        for row in session.execute(query):
            result[row[0]].append(_leg_totals(row[1:]))
    return result


def session_starts(
    db: Database, athlete_id: int, start: datetime | None = None, end: datetime | None = None
) -> list[datetime]:
    """When each of the athlete's sessions with sets began, in [start, end), oldest first.

    Weeks are counted from these by `app.domain.adherence.weekly_sessions`,
    because a week is Monday to Sunday in the athlete's local time, which SQL
    does not know. One row per session, served by (athlete_id, started_at).
    """
    has_sets = select(SetEntryRow.id).where(SetEntryRow.session_id == TrainingSessionRow.id)
    query = (
        select(TrainingSessionRow.started_at)
        .where(TrainingSessionRow.athlete_id == athlete_id, has_sets.exists())
        .order_by(TrainingSessionRow.started_at)
    )
    if start is not None:
        query = query.where(TrainingSessionRow.started_at >= start)
    if end is not None:
        query = query.where(TrainingSessionRow.started_at < end)
    with db.session() as session:
        return list(session.scalars(query))


def latest_sessions(db: Database, athlete_id: int) -> list[LatestSession]:
    """For each exercise the athlete has logged, the session of its most recent set.

    Warm-ups do not count: a session of warm-ups alone is not one to judge by.
    Ordered by exercise slug. Portable SQL in two steps: the newest set time
    per exercise and leg (a plain `max()` over the covering index), then the
    set at that time through the (exercise_id, side, recorded_at) index, which
    names its session; Python keeps the newer leg. (SQLite's "other columns of
    the max() row" shortcut is not SQL PostgreSQL accepts; a window over every
    set was three times slower.)
    """
    newest = (
        select(
            SetEntryRow.exercise_id.label("exercise_id"),
            SetEntryRow.side.label("side"),
            func.max(SetEntryRow.recorded_at).label("recorded_at"),
        )
        .join(TrainingSessionRow, SetEntryRow.session_id == TrainingSessionRow.id)
        .where(TrainingSessionRow.athlete_id == athlete_id, SetEntryRow.warmup == false())
        .group_by(SetEntryRow.exercise_id, SetEntryRow.side)
        .subquery()
    )
    query = (
        select(ExerciseRow.slug, SetEntryRow.session_id, newest.c.recorded_at)
        .select_from(newest)
        .join(SetEntryRow, and_(
            SetEntryRow.exercise_id == newest.c.exercise_id,
            SetEntryRow.side == newest.c.side,
            SetEntryRow.recorded_at == newest.c.recorded_at,
            SetEntryRow.warmup == false(),
        ))
        .join(TrainingSessionRow, and_(
            SetEntryRow.session_id == TrainingSessionRow.id,
            TrainingSessionRow.athlete_id == athlete_id,
        ))
        .join(ExerciseRow, ExerciseRow.id == newest.c.exercise_id)
    )
    latest: dict[str, LatestSession] = {}
    with db.session() as session:
        for slug, session_id, at in session.execute(query):
            known = latest.get(slug)
            if known is None or (at, session_id) > (known.last_set_at, known.session_id):
                latest[slug] = LatestSession(exercise_id=slug, session_id=session_id,
                                             last_set_at=at)
    return [latest[slug] for slug in sorted(latest)]
