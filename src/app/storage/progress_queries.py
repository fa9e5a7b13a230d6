"""Aggregates for the Progress view, computed in SQL so years of history stay fast.

Every query is scoped to one athlete. Per-leg totals are grouped by session and
side in SQLite, reading set rows through the (exercise_id, side, recorded_at)
index; Python only sees one row per session and leg.
"""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, Select, and_, case, func, select

from app.domain.metrics import EPLEY_MAX_REPS, EPLEY_MIN_REPS
from app.domain.progress import LegTotals
from app.domain.sides import Side
from app.storage.database import Database
from app.storage.models import ExerciseRow, SetEntryRow, TrainingSessionRow

_LEGS = (Side.LEFT.value, Side.RIGHT.value)


@dataclass(frozen=True)
class LatestSession:
    """The athlete's most recent session with sets of one exercise."""

    exercise_id: str
    session_id: int
    last_set_at: datetime


def _epley_sql() -> ColumnElement[float]:
    # The same arithmetic as metrics.epley_1rm, in the same order, so SQLite's
    # doubles give bit-for-bit the Python result (a test checks this).
    qualifies = and_(
        SetEntryRow.load_kg > 0,
        SetEntryRow.reps.between(EPLEY_MIN_REPS, EPLEY_MAX_REPS),
    )
    return case((qualifies, SetEntryRow.load_kg * (1 + SetEntryRow.reps / 30.0)), else_=None)


def leg_totals_query(
    athlete_id: int, exercise_id: str, start: datetime | None = None,
    end: datetime | None = None,
) -> Select[int, datetime, str, int, int, int, float, float]:
    """The SELECT behind `leg_totals` (exposed so tests can EXPLAIN its plan)."""
    exercise_row = select(ExerciseRow.id).where(ExerciseRow.slug == exercise_id).scalar_subquery()
    query = (
        select(
            TrainingSessionRow.id,
            TrainingSessionRow.started_at,
            SetEntryRow.side,
            func.count(),
            func.sum(SetEntryRow.reps),
            func.sum(SetEntryRow.reps * SetEntryRow.load_kg),
            func.max(SetEntryRow.load_kg),
            func.max(_epley_sql()),
        )
        .join(TrainingSessionRow, SetEntryRow.session_id == TrainingSessionRow.id)
        .where(
            SetEntryRow.exercise_id == exercise_row,
            SetEntryRow.side.in_(_LEGS),
            TrainingSessionRow.athlete_id == athlete_id,
        )
        .group_by(TrainingSessionRow.id, SetEntryRow.side)
        .order_by(TrainingSessionRow.started_at, TrainingSessionRow.id, SetEntryRow.side)
    )
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
    """Per session and leg: sets, Σ reps, Σ reps × load, heaviest load and best e1RM.

    Only sets recorded in [start, end) count; two-leg (BOTH) sets are left out.
    Oldest session first, LEFT before RIGHT. An unknown exercise has no totals.
    """
    query = leg_totals_query(athlete_id, exercise_id, start, end)
    with db.session() as session:
        return [
            LegTotals(
                session_id=sid,
                started_at=started,
                side=Side(side),
                sets=sets,
                reps=int(reps),
                volume_kg=float(volume),
                best_load_kg=float(best_load),
                best_e1rm_kg=None if e1rm is None else float(e1rm),
            )
            for sid, started, side, sets, reps, volume, best_load, e1rm in session.execute(query)
        ]


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

    Ordered by exercise slug. SQLite returns the other columns of the row that
    holds max() (documented behaviour), which gives the session in one pass.
    """
    last = func.max(SetEntryRow.recorded_at)
    query = (
        select(ExerciseRow.slug, SetEntryRow.session_id, last)
        .join(TrainingSessionRow, SetEntryRow.session_id == TrainingSessionRow.id)
        .join(ExerciseRow, SetEntryRow.exercise_id == ExerciseRow.id)
        .where(TrainingSessionRow.athlete_id == athlete_id)
        .group_by(SetEntryRow.exercise_id)
        .order_by(ExerciseRow.slug)
    )
    with db.session() as session:
        return [
            LatestSession(exercise_id=slug, session_id=sid, last_set_at=at)
            for slug, sid, at in session.execute(query)
        ]
