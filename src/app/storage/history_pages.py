"""History's read queries at any size: sessions a page at a time, one session's sets on demand.

A gym's database holds millions of sets, so nothing here reads a whole
history. `session_page` lists at most `limit` sessions after a `PageKey`
(keyset paging on `started_at, id`, which stays as fast on the last page as on
the first, unlike OFFSET), with every filter in the `WHERE` clause and each
session's sets summed per leg by the database over the covering index
`set_entry(session_id, exercise_id, side, recorded_at, reps, load_kg, warmup)`.
`session_record` reads one session's sets when it is opened. Rows come from
Core `select()`s and become domain values directly, without ORM instances.
"""

from collections.abc import Iterator
from datetime import datetime
from typing import Any, cast

from sqlalchemy import ColumnElement, Select, and_, exists, func, or_, select

from app.domain.history import (
    EVERY_SESSION,
    PAGE_SIZE,
    HistoryFilter,
    LegTotals,
    PageKey,
    SessionSummary,
)
from app.domain.records import RecordedSet, SessionInfo, SessionRecord, SessionStatus
from app.domain.sides import Side
from app.storage.database import Database
from app.storage.models import ExerciseRow, SetEntryRow, TrainingSessionRow
from app.storage.sessions import recorded_from_row

_SESSION = cast(Any, TrainingSessionRow.__table__).c
_SET = cast(Any, SetEntryRow.__table__).c
_EXERCISE = cast(Any, ExerciseRow.__table__).c
_SESSION_COLUMNS = (_SESSION.id, _SESSION.athlete_id, _SESSION.plan_name, _SESSION.started_at,
                    _SESSION.finished_at, _SESSION.status, _SESSION.notes, _SESSION.source_key)


def _info(row: Any) -> SessionInfo:
    return SessionInfo(id=row.id, athlete_id=row.athlete_id, plan_name=row.plan_name,
                       started_at=row.started_at, finished_at=row.finished_at,
                       status=SessionStatus(row.status), notes=row.notes,
                       source_key=row.source_key)


def _set_conditions(wanted: HistoryFilter) -> list[ColumnElement[bool]]:
    """The filter's conditions on `set_entry` (exercise by its slug, side)."""
    conditions: list[ColumnElement[bool]] = []
    if wanted.exercise_id is not None:
        conditions.append(_SET.exercise_id == select(_EXERCISE.id).where(
            _EXERCISE.slug == wanted.exercise_id).scalar_subquery())
    if wanted.side is not None:
        conditions.append(_SET.side == Side(wanted.side).value)
    return conditions


def _sessions_where(
    query: Select[Any], athlete_id: int | None, wanted: HistoryFilter
) -> Select[Any]:
    if athlete_id is not None:
        query = query.where(_SESSION.athlete_id == athlete_id)
    if wanted.start is not None:
        query = query.where(_SESSION.started_at >= wanted.start)
    if wanted.end is not None:
        query = query.where(_SESSION.started_at < wanted.end)
    if wanted.narrows_sets:
        # An index probe per session (session_id leads the covering index), stopped
        # at the first matching set.
        query = query.where(exists().where(_SET.session_id == _SESSION.id,
                                           *_set_conditions(wanted)))
    return query


def _after(key: PageKey, newest_first: bool) -> ColumnElement[bool]:
    # Written as a range on started_at plus a tie-break, so both databases walk the
    # (athlete_id, started_at) index from the key instead of filtering every row.
    if newest_first:
        return and_(_SESSION.started_at <= key.started_at,
                    or_(_SESSION.started_at < key.started_at, _SESSION.id < key.session_id))
    return and_(_SESSION.started_at >= key.started_at,
                or_(_SESSION.started_at > key.started_at, _SESSION.id > key.session_id))


def session_page(
    db: Database, athlete_id: int | None, wanted: HistoryFilter = EVERY_SESSION, *,
    after: PageKey | None = None, limit: int = PAGE_SIZE, newest_first: bool = True,
) -> list[SessionSummary]:
    """Up to `limit` sessions matching `wanted`, after `after`, with their sets summed per leg.

    Newest first (oldest first with `newest_first=False`); `athlete_id` None lists
    everyone's. Two queries, whatever the history's size: the page, then the
    totals of its sessions.
    """
    query = _sessions_where(select(*_SESSION_COLUMNS), athlete_id, wanted)
    if after is not None:
        query = query.where(_after(after, newest_first))
    order = ((_SESSION.started_at.desc(), _SESSION.id.desc()) if newest_first
             else (_SESSION.started_at, _SESSION.id))
    query = query.order_by(*order).limit(limit)
    with db.engine.connect() as connection:
        infos = [_info(row) for row in connection.execute(query)]
        if not infos:
            return []
        totals = (
            select(_SET.session_id, _SET.side, _SET.warmup, func.count(), func.sum(_SET.reps),
                   func.sum(_SET.reps * _SET.load_kg))
            .where(_SET.session_id.in_([info.id for info in infos]), *_set_conditions(wanted))
            .group_by(_SET.session_id, _SET.side, _SET.warmup)
        )
        legs: dict[int, dict[Side, LegTotals]] = {}
        warmups: dict[int, int] = {}
        for session_id, side, warmup, count, reps, volume in connection.execute(totals):
            if warmup:
                warmups[session_id] = warmups.get(session_id, 0) + count
            else:
                legs.setdefault(session_id, {})[Side(side)] = LegTotals(
                    count, int(reps or 0), float(volume or 0.0))
    summaries = []
    for info in infos:
        sides = legs.get(info.id, {})
        summaries.append(SessionSummary(
            info, left=sides.get(Side.LEFT, LegTotals()), right=sides.get(Side.RIGHT, LegTotals()),
            both=sides.get(Side.BOTH, LegTotals()), warmups=warmups.get(info.id, 0)))
    return summaries


def all_session_pages(
    db: Database, athlete_id: int | None, wanted: HistoryFilter = EVERY_SESSION, *,
    newest_first: bool = True, page_size: int = 1000,
) -> Iterator[SessionSummary]:
    """Every matching session, read page by page (constant memory, whatever the count)."""
    after: PageKey | None = None
    while True:
        page = session_page(db, athlete_id, wanted, after=after, limit=page_size,
                            newest_first=newest_first)
        yield from page
        if len(page) < page_size:
            return
        after = page[-1].key


def count_sessions(db: Database, athlete_id: int, wanted: HistoryFilter = EVERY_SESSION) -> int:
    """How many of the athlete's sessions match `wanted`."""
    query = _sessions_where(select(func.count()).select_from(TrainingSessionRow.__table__),
                            athlete_id, wanted)
    with db.engine.connect() as connection:
        return int(connection.execute(query).scalar_one())


def first_session_start(db: Database, athlete_id: int) -> datetime | None:
    """When the athlete's oldest session started, or None without sessions (one index probe)."""
    query = select(_SESSION.started_at).where(_SESSION.athlete_id == athlete_id).order_by(
        _SESSION.started_at).limit(1)
    with db.engine.connect() as connection:
        started: datetime | None = connection.execute(query).scalar()
        return started


def session_record(
    db: Database, session_id: int, wanted: HistoryFilter = EVERY_SESSION
) -> SessionRecord | None:
    """One session and its sets in the order recorded (only those matching `wanted`'s
    exercise and leg), or None if it is gone."""
    sets = (
        select(*SetEntryRow.__table__.columns, _EXERCISE.slug)
        .join(ExerciseRow.__table__, _SET.exercise_id == _EXERCISE.id)
        .where(_SET.session_id == session_id, *_set_conditions(wanted))
        .order_by(_SET.recorded_at, _SET.id)
    )
    with db.engine.connect() as connection:
        found = connection.execute(
            select(*_SESSION_COLUMNS).where(_SESSION.id == session_id)).first()
        if found is None:
            return None
        # A Core row answers to the same attribute names as the ORM row the mapper reads.
        recorded: tuple[RecordedSet, ...] = tuple(
            recorded_from_row(cast(SetEntryRow, row), row.slug)
            for row in connection.execute(sets))
    return SessionRecord(_info(found), recorded)
