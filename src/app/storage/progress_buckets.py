"""Per-leg totals of long stretches of history added up into buckets of days, in SQL.

A chart of ten years of a keen athlete's history (20,000 sessions) draws one
point per bucket of days (`app.domain.progress.DayBuckets`), never one per
session. The totals come from `session_totals` (one row per session,
exercise and side; migration 0012), whose key leads with the athlete,
exercise, side and session start (migration 0013), and whose covering index
holds the figures the charts add up: each bucket of each side is then one
short range of that index, added up where it lies.

A plain GROUP BY over the buckets would have SQLite sort every session's row
before adding them up (it cannot tell the buckets follow the key's order),
which took three quarters of the query's time. Instead the query walks the
bucket numbers and, for each bucket and side, adds up its range in a
correlated subquery; the subquery's figures travel as one text of numbers
(`_Packed`) because a subquery in a select list gives one value. Each number
is written so that it reads back exactly.
"""

from collections.abc import Sequence
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Integer,
    Select,
    String,
    bindparam,
    case,
    func,
    literal,
    select,
    true,
    union_all,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from app.domain.metrics import EPLEY_MAX_REPS, EPLEY_MIN_REPS
from app.domain.progress import DayBuckets, LegTotals
from app.domain.sides import Side
from app.storage.database import Database
from app.storage.models import ExerciseRow, SessionTotalsRow
from app.storage.session_totals import epoch_micros

# A day in microseconds, the unit of `session_totals.started_us`.
DAY_US = 86_400_000_000
# Stands for "no set of that many reps" among the heaviest loads per rep count (a load
# is never negative).
_NONE = -1.0
_SIDES = {side.value: side for side in Side}

_Query = Select[*tuple[Any, ...]]


class _Packed(FunctionElement[str]):
    """Numbers as one space-separated text, each written so that it reads back exactly."""

    type = String()
    inherit_cache = True
    name = "packed"


@compiles(_Packed, "sqlite")
def _packed_sqlite(element: _Packed, compiler: SQLCompiler, **kw: Any) -> str:
    numbers = [compiler.process(c, **kw) for c in element.clauses]
    # Seventeen significant digits give back every double exactly; SQLite's own text
    # for a real (CAST, json) keeps fifteen.
    return f"printf('{' '.join(['%!.17g'] * len(numbers))}', {', '.join(numbers)})"


@compiles(_Packed, "postgresql")
def _packed_postgresql(element: _Packed, compiler: SQLCompiler, **kw: Any) -> str:
    numbers = [compiler.process(c, **kw) for c in element.clauses]
    # PostgreSQL writes a double precision as the shortest text that reads back exactly.
    return f"concat_ws(' ', {', '.join(numbers)})"


def _figures(best_by_reps: bool) -> list[ColumnElement[Any]]:
    totals = SessionTotalsRow
    figures: list[ColumnElement[Any]] = [
        func.count(), func.sum(totals.sets), func.sum(totals.reps), func.sum(totals.volume_kg),
        func.max(totals.best_load_kg), func.min(totals.min_load_kg),
    ]
    if best_by_reps:
        figures += [func.coalesce(func.max(getattr(totals, f"best_load_{reps}")), _NONE)
                    for reps in range(EPLEY_MIN_REPS, EPLEY_MAX_REPS + 1)]
    return figures


def _within(query: _Query, start: bool, end: bool) -> _Query:
    if start:
        query = query.where(SessionTotalsRow.started_us >= bindparam("start_us"))
    if end:
        query = query.where(SessionTotalsRow.started_us < bindparam("end_us"))
    return query


def _of_athlete(query: _Query) -> _Query:
    return query.where(SessionTotalsRow.athlete_id == bindparam("athlete", type_=Integer),
                       SessionTotalsRow.exercise_id == bindparam("exercise", type_=Integer))


@cache
def _bounds_statement(start: bool, end: bool) -> _Query:
    """The earliest and latest start of each side's totals (each found by one seek)."""
    started = SessionTotalsRow.started_us
    found = []
    for side in _SIDES:
        for edge in (func.min(started), func.max(started)):
            query = _of_athlete(select(edge)).where(SessionTotalsRow.side == side)
            found.append(_within(query, start, end).scalar_subquery())
    return select(*found)


@cache
def _buckets_statement(start: bool, end: bool, best_by_reps: bool) -> _Query:
    numbers = select(bindparam("first", type_=Integer).label("n")).cte("bucket", recursive=True)
    numbers = numbers.union_all(
        select(numbers.c.n + 1).where(numbers.c.n < bindparam("last", type_=Integer)))
    sides = union_all(*(select(literal(side, String(8)).label("side")) for side in _SIDES)
                      ).cte("side_names")
    days = bindparam("days", type_=BigInteger)
    # Bucket n is the local days origin + n × days … (excluded) origin + (n + 1) × days.
    first_day = bindparam("origin", type_=BigInteger) + numbers.c.n * days
    low = first_day * literal(DAY_US, BigInteger) - bindparam("offset_us", type_=BigInteger)
    high = low + days * literal(DAY_US, BigInteger)
    # An empty bucket gives NULL: nothing to pack.
    packed = case((func.count() > 0, _Packed(*_figures(best_by_reps))))
    in_bucket = _of_athlete(select(packed)).where(
        SessionTotalsRow.side == sides.c.side,
        SessionTotalsRow.started_us >= low,
        SessionTotalsRow.started_us < high,
    )
    figures = _within(in_bucket, start, end).scalar_subquery()
    return (select(numbers.c.n, sides.c.side, figures).join_from(numbers, sides, true())
            .order_by(numbers.c.n, sides.c.side))


def _bucket(buckets: DayBuckets, started_us: int) -> int:
    return ((started_us + buckets.offset_s * 1_000_000) // DAY_US - buckets.origin) // buckets.days


def bucket_totals(
    db: Database, athlete_id: int, exercise_id: str, buckets: DayBuckets,
    start: datetime | None = None, end: datetime | None = None, *, best_by_reps: bool = True,
) -> list[LegTotals]:
    """Per bucket of days (`buckets`) and side, the totals of the sessions started in it.

    Like `leg_totals` with two-leg sets (side BOTH) included, but one row per
    bucket and side, oldest bucket first, BOTH before LEFT before RIGHT:
    `session_id` is the bucket's number, `started_at` its middle and
    `sessions` how many sessions it adds up. Only sessions started in
    [start, end) count. Without `best_by_reps` the heaviest load per rep count
    is left out (an empty tuple): only the e1RM needs it.
    """
    params: dict[str, Any] = {"athlete": athlete_id}
    if start is not None:
        params["start_us"] = epoch_micros(start)
    if end is not None:
        params["end_us"] = epoch_micros(end)
    with db.session() as session:
        params["exercise"] = session.scalar(
            select(ExerciseRow.id).where(ExerciseRow.slug == exercise_id))
        if params["exercise"] is None:
            return []
        bounds = session.execute(_bounds_statement(start is not None, end is not None),
                                 params).one()
        found = [edge for edge in bounds if edge is not None]
        if not found:
            return []
        params |= {"first": _bucket(buckets, min(found)), "last": _bucket(buckets, max(found)),
                   "origin": buckets.origin, "days": buckets.days,
                   "offset_us": buckets.offset_s * 1_000_000}
        query = _buckets_statement(start is not None, end is not None, best_by_reps)
        rows = session.execute(query, params).all()
    return [_unpacked(buckets, number, side, figures) for number, side, figures in rows
            if figures is not None]


def _unpacked(buckets: DayBuckets, number: int, side: str, figures: str) -> LegTotals:
    count, sets, reps, volume, best, least, *by_reps = (float(f) for f in figures.split(" "))
    return LegTotals(
        session_id=number, started_at=buckets.middle(number), side=_SIDES[side],
        sets=int(sets), reps=int(reps), volume_kg=volume, best_load_kg=best, min_load_kg=least,
        best_load_by_reps=_loads_by_reps(by_reps), sessions=int(count),
    )


def _loads_by_reps(loads: Sequence[float]) -> tuple[float | None, ...]:
    return tuple(None if load == _NONE else load for load in loads)
