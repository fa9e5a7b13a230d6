"""Training blocks: the block an athlete chose, the sessions of it trained, their own values.

Also the one query the block's progression needs from the history: the sets
of each exercise's last two sessions, read through the (exercise, side,
recorded_at) index, never the whole history.
"""

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from types import MappingProxyType
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.errors import ValidationError
from app.domain.messages import message
from app.domain.plan import CALIBRATION_PLAN_NAME, LegPrescription, Plan
from app.domain.programme.block import Block, BlockStatus, Calibration, DoneSession, OwnValues
from app.domain.programme.prescription import LegStart
from app.domain.programme.schedule import BlockSpec, days_text, parse_days
from app.domain.records import SetEntry
from app.domain.sides import Side
from app.storage.database import Database
from app.storage.errors import NotFoundError
from app.storage.models import (
    AthleteRow,
    ExerciseRow,
    ProgrammeBlockRow,
    ProgrammeSessionRow,
    SetEntryRow,
    TrainingSessionRow,
    utc_now,
)
from app.storage.plans import plan_data, plan_from_data
from app.storage.sessions import entry_from_row, sets_query

_OPEN = (BlockStatus.ACTIVE.value, BlockStatus.PAUSED.value)


_CALIBRATION = "_calibration"
"""The key of the block's calibration in its `start` JSON (exercise slugs never start with _)."""


def _start_data(
    start: Mapping[str, Mapping[Side, LegStart]], calibration: Calibration | None = None,
) -> dict[str, Any]:
    data: dict[str, Any] = {
        exercise: {side.value: [leg.level, leg.load_kg] for side, leg in legs.items()}
        for exercise, legs in start.items()}
    if calibration is not None:
        data[_CALIBRATION] = {"session_id": calibration.session_id, "done": calibration.done}
    return data


def _start_from(data: Mapping[str, Any]) -> Mapping[str, Mapping[Side, LegStart]]:
    return MappingProxyType({
        exercise: MappingProxyType({Side(side): LegStart(int(level), float(load))
                                    for side, (level, load) in legs.items()})
        for exercise, legs in data.items() if exercise != _CALIBRATION
    })


def _calibration_from(data: Mapping[str, Any]) -> Calibration | None:
    kept = data.get(_CALIBRATION)
    if kept is None:
        return None
    session_id = kept.get("session_id")
    return Calibration(None if session_id is None else int(session_id), bool(kept.get("done")))


def _block(row: ProgrammeBlockRow) -> Block:
    spec = BlockSpec(row.starts_on, row.weeks, parse_days(row.weekdays), row.race_on)
    return Block(id=row.id, athlete_id=row.athlete_id, spec=spec, template_id=row.template,
                 plan=plan_from_data(row.plan), status=BlockStatus(row.status),
                 start=_start_from(row.start), calibration=_calibration_from(row.start))


def _open_block(session: Session, athlete_id: int) -> ProgrammeBlockRow | None:
    return session.scalar(
        select(ProgrammeBlockRow)
        .where(ProgrammeBlockRow.athlete_id == athlete_id, ProgrammeBlockRow.status.in_(_OPEN))
        .order_by(ProgrammeBlockRow.id.desc())
        .limit(1)
    )


def create_block(
    db: Database, athlete_id: int, *, template_id: str, spec: BlockSpec, plan: Plan,
    start: Mapping[str, Mapping[Side, LegStart]], calibration: Calibration | None = None,
) -> Block:
    """Store a new active block; `ValidationError` if the athlete has one already.

    With `calibration`, the block waits for its calibration session to find
    the starts (`start` holds where the legs stand until then).
    """
    with db.session() as session:
        if session.get(AthleteRow, athlete_id) is None:
            raise NotFoundError(f"There is no athlete with id {athlete_id}.")
        if _open_block(session, athlete_id) is not None:
            raise ValidationError(message(
                "You already have a training block; stop it before starting another."))
        row = ProgrammeBlockRow(
            athlete_id=athlete_id, template=template_id, starts_on=spec.start,
            weeks=spec.weeks, weekdays=days_text(spec.days), race_on=spec.race,
            plan=plan_data(plan), start=_start_data(start, calibration),
            status=BlockStatus.ACTIVE.value,
        )
        session.add(row)
        session.flush()
        return _block(row)


def current_block(db: Database, athlete_id: int) -> Block | None:
    """The athlete's active (or paused) block, if any."""
    with db.session() as session:
        row = _open_block(session, athlete_id)
        return None if row is None else _block(row)


def set_block_status(db: Database, block_id: int, status: BlockStatus) -> Block:
    """Pause, resume or stop a block; nothing logged is touched."""
    with db.session() as session:
        row = session.get(ProgrammeBlockRow, block_id)
        if row is None:
            raise NotFoundError(f"There is no training block with id {block_id}.")
        row.status = status.value
        row.stopped_at = utc_now() if status is BlockStatus.STOPPED else None
        return _block(row)


def set_calibration(
    db: Database, block_id: int, calibration: Calibration,
    found: Mapping[str, Mapping[Side, LegStart]] | None = None,
) -> Block:
    """Record the block's calibration (its session, done) and any starts it found.

    A found start replaces that leg's start; other legs keep theirs.
    """
    with db.session() as session:
        row = session.get(ProgrammeBlockRow, block_id)
        if row is None:
            raise NotFoundError(f"There is no training block with id {block_id}.")
        start = {exercise: dict(legs) for exercise, legs in _start_from(row.start).items()}
        for exercise, legs in (found or {}).items():
            start.setdefault(exercise, {}).update(legs)
        # A new dict, so the JSON column sees the change.
        row.start = _start_data(start, calibration)
        return _block(row)


def _session_row(session: Session, block_id: int, number: int) -> ProgrammeSessionRow:
    row = session.scalar(select(ProgrammeSessionRow).where(
        ProgrammeSessionRow.block_id == block_id, ProgrammeSessionRow.number == number))
    if row is None:
        row = ProgrammeSessionRow(block_id=block_id, number=number)
        session.add(row)
    return row


def link_session(
    db: Database, block_id: int, number: int, training_session_id: int, day: date,
) -> None:
    """Record that session `number` of the block is being trained as `training_session_id`."""
    with db.session() as session:
        row = _session_row(session, block_id, number)
        row.training_session_id = training_session_id
        row.done_on = day


def done_sessions(db: Database, block_id: int) -> list[DoneSession]:
    """The block's sessions that were trained: linked to a training session with sets."""
    has_sets = select(SetEntryRow.id).where(
        SetEntryRow.session_id == ProgrammeSessionRow.training_session_id).exists()
    query = (
        select(ProgrammeSessionRow.number, ProgrammeSessionRow.done_on,
               ProgrammeSessionRow.training_session_id)
        .where(ProgrammeSessionRow.block_id == block_id,
               ProgrammeSessionRow.training_session_id.is_not(None), has_sets)
        .order_by(ProgrammeSessionRow.number)
    )
    with db.session() as session:
        return [DoneSession(number, day, training_id)
                for number, day, training_id in session.execute(query)
                if day is not None and training_id is not None]


def _own_data(values: OwnValues) -> dict[str, Any]:
    return {exercise: {side.value: {"sets": leg.sets, "reps_min": leg.reps_min,
                                    "reps_max": leg.reps_max, "load_kg": leg.load_kg,
                                    "level": leg.level}
                       for side, leg in legs.items()}
            for exercise, legs in values.items()}


def _own_from(data: Mapping[str, Any]) -> OwnValues:
    return MappingProxyType({
        exercise: MappingProxyType({Side(side): LegPrescription(Side(side), **leg)
                                    for side, leg in legs.items()})
        for exercise, legs in data.items()
    })


def set_own_values(db: Database, block_id: int, number: int, values: OwnValues) -> None:
    """Keep the athlete's own values for one session of the block (empty: none)."""
    with db.session() as session:
        row = _session_row(session, block_id, number)
        row.own = _own_data(values) if values else None


def own_values(db: Database, block_id: int) -> dict[int, OwnValues]:
    """The athlete's own values, by session number (JSON null is no values)."""
    query = select(ProgrammeSessionRow.number, ProgrammeSessionRow.own).where(
        ProgrammeSessionRow.block_id == block_id)
    with db.session() as session:
        return {number: _own_from(data) for number, data in session.execute(query) if data}


def _last_two_ids(session: Session, athlete_id: int, exercise_row: int) -> list[int]:
    """The athlete's last two sessions with sets of one exercise, newest first.

    Walks the athlete's sessions newest first through (athlete_id, started_at)
    and stops at the second with a set of the exercise, which the covering
    (session_id, exercise_id, …) index answers: a handful of rows however long
    the history. A block's calibration session is left out: its sets are
    single tries up the ladder, and what it found is the block's start.
    """
    has_sets = select(SetEntryRow.id).where(
        SetEntryRow.session_id == TrainingSessionRow.id,
        SetEntryRow.exercise_id == exercise_row).exists()
    query = (
        select(TrainingSessionRow.id)
        .where(TrainingSessionRow.athlete_id == athlete_id,
               TrainingSessionRow.plan_name != CALIBRATION_PLAN_NAME, has_sets)
        .order_by(TrainingSessionRow.started_at.desc())
        .limit(2)
    )
    return list(session.scalars(query))


def last_two_sessions(
    db: Database, athlete_id: int, exercise_ids: Iterable[str],
) -> dict[str, tuple[list[SetEntry], list[SetEntry]]]:
    """For each exercise: the sets of its latest session and of the session before.

    What the progression rules read (`advise` judges the latest session and,
    for "two sessions in a row", the one before). An exercise never logged
    gets two empty lists. One short query per exercise, then one for the sets.
    """
    wanted: Sequence[str] = list(dict.fromkeys(exercise_ids))
    result: dict[str, tuple[list[SetEntry], list[SetEntry]]] = {
        slug: ([], []) for slug in wanted}
    with db.session() as session:
        rows = dict(session.execute(
            select(ExerciseRow.slug, ExerciseRow.id).where(ExerciseRow.slug.in_(wanted))).all())
        pairs = {slug: _last_two_ids(session, athlete_id, rows[slug])
                 for slug in wanted if slug in rows}
        ids = {session_id for found in pairs.values() for session_id in found}
        if not ids:
            return result
        query = (sets_query()
                 .where(SetEntryRow.session_id.in_(ids),
                        SetEntryRow.exercise_id.in_([rows[slug] for slug in pairs]))
                 .order_by(SetEntryRow.recorded_at, SetEntryRow.id))
        by_session: dict[tuple[int, str], list[SetEntry]] = {}
        for row, slug in session.execute(query):
            by_session.setdefault((row.session_id, slug), []).append(entry_from_row(row, slug))
    for slug, found in pairs.items():
        latest = by_session.get((found[0], slug), []) if found else []
        previous = by_session.get((found[1], slug), []) if len(found) > 1 else []
        result[slug] = (latest, previous)
    return result


def session_plans(db: Database, session_ids: Iterable[int]) -> dict[int, Plan]:
    """The plans these training sessions were started with (those kept without one: left out)."""
    ids = list(session_ids)
    if not ids:
        return {}
    query = select(TrainingSessionRow.id, TrainingSessionRow.plan).where(
        TrainingSessionRow.id.in_(ids))
    with db.session() as session:
        # A JSON column keeps Python's None as JSON null: tested here rather than in SQL.
        return {session_id: plan_from_data(data)
                for session_id, data in session.execute(query) if data}


def athletes_with_blocks(db: Database, athlete_ids: Iterable[int]) -> list[int]:
    """Which of these athletes have an active block (one query, for the kiosk's tiles)."""
    ids = list(athlete_ids)
    if not ids:
        return []
    query = select(ProgrammeBlockRow.athlete_id).where(
        ProgrammeBlockRow.athlete_id.in_(ids),
        ProgrammeBlockRow.status == BlockStatus.ACTIVE.value).distinct()
    with db.session() as session:
        return sorted(session.scalars(query))
