"""Per session, exercise and side totals of the sets (`session_totals`), kept exact.

Progress adds up years of history; reading each session's one row per
exercise and side instead of every set keeps that fast. The table is derived
data: every write of `set_entry` calls `refresh_session_totals` with the
sessions it touched, in the same transaction, and the totals of those
sessions are worked out again from their sets, in SQL. Deleting a session
takes its totals with it (ON DELETE CASCADE). Warm-ups are left out, as
they are everywhere in Progress. `training_session.set_count` (every set,
warm-ups included) is kept the same way, for "the sessions with sets".
"""

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

from sqlalchemy import (
    BigInteger,
    BindParameter,
    Connection,
    Table,
    bindparam,
    case,
    delete,
    false,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from app.domain.metrics import EPLEY_MAX_REPS, EPLEY_MIN_REPS
from app.storage.models import SessionTotalsRow, SetEntryRow, TrainingSessionRow

# Session ids per statement: well under SQLite's bound-parameter limit.
_CHUNK = 500


def _table() -> Table:
    table = SessionTotalsRow.__table__
    assert isinstance(table, Table)
    return table


class _EpochMicros(FunctionElement[int]):
    """A stored UTC time as whole microseconds since 1970-01-01, compiled per database."""

    type = BigInteger()
    inherit_cache = True
    name = "epoch_micros"


@compiles(_EpochMicros, "sqlite")
def _epoch_micros_sqlite(element: _EpochMicros, compiler: SQLCompiler, **kw: Any) -> str:
    (moment,) = (compiler.process(c, **kw) for c in element.clauses)
    # SQLite keeps the time as text, "YYYY-MM-DD HH:MM:SS.ffffff": whole seconds from
    # strftime on the text without its fraction (strftime rounds to milliseconds, which
    # would carry .9999995 into the next second), then the fraction's digits as written
    # (padded to six, or none at all).
    fraction = (f"CASE WHEN substr({moment}, 20, 1) = '.' THEN "
                f"CAST(substr(substr({moment}, 21) || '000000', 1, 6) AS INTEGER) ELSE 0 END")
    return f"(CAST(strftime('%s', substr({moment}, 1, 19)) AS INTEGER) * 1000000 + {fraction})"


@compiles(_EpochMicros, "postgresql")
def _epoch_micros_postgresql(element: _EpochMicros, compiler: SQLCompiler, **kw: Any) -> str:
    (moment,) = (compiler.process(c, **kw) for c in element.clauses)
    # extract(epoch) is an exact numeric since PostgreSQL 14.
    return f"CAST(floor(extract(epoch FROM {moment}) * 1000000) AS BIGINT)"


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def epoch_micros(moment: datetime) -> int:
    """An aware time as `session_totals.started_us` holds a session's start."""
    return (moment - _EPOCH) // timedelta(microseconds=1)


def _totals_of_sets() -> Any:
    """One row per session, exercise and side of the non-warm-up sets, in the table's
    column order (the session's athlete and start first)."""
    by_reps = [func.max(case((SetEntryRow.reps == reps, SetEntryRow.load_kg), else_=None))
               for reps in range(EPLEY_MIN_REPS, EPLEY_MAX_REPS + 1)]
    return (
        select(
            TrainingSessionRow.athlete_id, SetEntryRow.exercise_id, SetEntryRow.side,
            _EpochMicros(TrainingSessionRow.started_at), TrainingSessionRow.id, func.count(),
            func.sum(SetEntryRow.reps), func.sum(SetEntryRow.reps * SetEntryRow.load_kg),
            func.max(SetEntryRow.load_kg), func.min(SetEntryRow.load_kg), *by_reps,
        )
        .join(TrainingSessionRow, TrainingSessionRow.id == SetEntryRow.session_id)
        .where(SetEntryRow.warmup == false())
        # Grouped by the session's key, so its athlete and start are one value per group.
        .group_by(TrainingSessionRow.id, SetEntryRow.exercise_id, SetEntryRow.side)
    )


def _fill(table: Table, query: Any) -> Any:
    return insert(table).from_select([c.name for c in table.columns], query)


def _count_sets() -> Any:
    """`training_session.set_count` worked out again from the sets (of any kind)."""
    sessions = TrainingSessionRow.__table__
    assert isinstance(sessions, Table)
    return update(sessions).values(set_count=select(func.count()).where(
        SetEntryRow.session_id == sessions.c.id).scalar_subquery())


@cache
def _refresh_statements() -> tuple[Any, ...]:
    """Delete, fill again and recount the sessions bound to "ids" (built once: building
    the aggregate costs SQLAlchemy more than running it for one set's session)."""
    table = _table()
    ids: BindParameter[int] = bindparam("ids", expanding=True)
    return (
        delete(table).where(table.c.session_id.in_(ids)),
        _fill(table, _totals_of_sets().where(SetEntryRow.session_id.in_(ids))),
        _count_sets().where(TrainingSessionRow.id.in_(ids)),
    )


def refresh_session_totals(conn: Connection | Session, session_ids: Iterable[int]) -> None:
    """Work out again the totals and set counts of these sessions from their sets, in the
    caller's transaction.

    Call it after every change to the sets of a session (added, corrected,
    moved, deleted), with every session the change touched; ids of sessions
    that are gone are fine.
    """
    if isinstance(conn, Session):
        conn.flush()  # the ORM's pending changes first, so the sets read are the new ones
        # Plain Core statements: the session's connection runs them with less overhead.
        conn = conn.connection()
    ids = sorted(set(session_ids))
    for first in range(0, len(ids), _CHUNK):
        chunk = {"ids": ids[first:first + _CHUNK]}
        for statement in _refresh_statements():
            conn.execute(statement, chunk)


def rebuild_session_totals(conn: Connection | Session) -> None:
    """Work out every session's totals and set count again from all the sets."""
    table = _table()
    conn.execute(delete(table))
    conn.execute(_fill(table, _totals_of_sets()))
    conn.execute(_count_sets())
