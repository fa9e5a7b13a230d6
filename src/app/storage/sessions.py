"""Training sessions and the sets recorded in them.

Every write commits at once in its own transaction: a set the athlete has
accepted must survive the app crashing a second later. A write the database
cannot take (the file is locked, the disk is full) raises `StorageWriteError`
with nothing written.
"""

import dataclasses
from datetime import datetime
from typing import Any

from sqlalchemy import Select, false, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app.domain.errors import ValidationError
from app.domain.plan import Plan
from app.domain.records import (
    RecordedSet,
    SessionInfo,
    SessionStatus,
    SetEntry,
    validate_set_values,
)
from app.domain.sides import Side
from app.storage.database import Database
from app.storage.errors import NotFoundError, StorageWriteError
from app.storage.exercises import exercise_row_id
from app.storage.models import AthleteRow, ExerciseRow, SetEntryRow, TrainingSessionRow, utc_now
from app.storage.plans import plan_data, plan_from_data
from app.storage.session_totals import refresh_session_totals

_EDITABLE_FIELDS = frozenset(f.name for f in dataclasses.fields(SetEntry))


def session_info_from_row(row: TrainingSessionRow) -> SessionInfo:
    return SessionInfo(
        id=row.id,
        athlete_id=row.athlete_id,
        plan_name=row.plan_name,
        started_at=row.started_at,
        finished_at=row.finished_at,
        status=SessionStatus(row.status),
        notes=row.notes,
        source_key=row.source_key,
    )


def entry_from_row(row: SetEntryRow, slug: str) -> SetEntry:
    return SetEntry(
        exercise_id=slug,
        side=Side(row.side),
        set_number=row.set_number,
        reps=row.reps,
        load_kg=row.load_kg,
        tempo=row.tempo,
        recorded_at=row.recorded_at,
        rpe=row.rpe,
        rir=row.rir,
        touchdowns=row.touchdowns,
        progression_level=row.progression_level,
        form_knee=row.form_knee,
        form_hips=row.form_hips,
        notes=row.notes,
        warmup=row.warmup,
    )


def recorded_from_row(row: SetEntryRow, slug: str) -> RecordedSet:
    return RecordedSet(id=row.id, session_id=row.session_id, entry=entry_from_row(row, slug),
                       source_key=row.source_key)


def write_entry_row(session: Session, row: SetEntryRow, entry: SetEntry) -> None:
    # Re-checked here because a SetEntry can be built around its own checks
    # (dataclasses.replace on a subclass, object.__setattr__); the table's
    # CHECK constraints are the last line behind this.
    validate_set_values(
        reps=entry.reps,
        load_kg=entry.load_kg,
        rpe=entry.rpe,
        rir=entry.rir,
        touchdowns=entry.touchdowns,
        set_number=entry.set_number,
    )
    row.exercise_id = exercise_row_id(session, entry.exercise_id)
    row.side = Side(entry.side).value
    row.set_number = entry.set_number
    row.reps = entry.reps
    row.load_kg = float(entry.load_kg)
    row.tempo = entry.tempo
    row.rpe = entry.rpe
    row.rir = entry.rir
    row.touchdowns = entry.touchdowns
    row.progression_level = entry.progression_level
    row.form_knee = entry.form_knee
    row.form_hips = entry.form_hips
    row.notes = entry.notes
    row.recorded_at = entry.recorded_at
    row.warmup = entry.warmup


def require_session(session: Session, session_id: int) -> TrainingSessionRow:
    row = session.get(TrainingSessionRow, session_id)
    if row is None:
        raise NotFoundError(f"There is no training session with id {session_id}.")
    return row


def _require_in_progress(row: TrainingSessionRow) -> None:
    if row.status != SessionStatus.IN_PROGRESS:
        raise ValidationError(
            f"Training session {row.id} is {SessionStatus(row.status).value.replace('_', ' ')}; "
            "only a session in progress can take new sets or be closed."
        )


def sets_query() -> Select[SetEntryRow, str]:
    return select(SetEntryRow, ExerciseRow.slug).join(
        ExerciseRow, SetEntryRow.exercise_id == ExerciseRow.id
    )


def start_session(
    db: Database, athlete_id: int, plan_name: str, *, started_at: datetime | None = None,
    plan: Plan | None = None, counting_mode: str | None = None,
) -> int:
    """Open a training session for an athlete and return its id.

    `started_at` defaults to now; pass an aware datetime to backfill. `plan`
    and `counting_mode` ("tempo" or "manual") are kept with the session, so it
    resumes with exactly that plan, counted the same way.
    """
    with db.session() as session:
        if session.get(AthleteRow, athlete_id) is None:
            raise NotFoundError(f"There is no athlete with id {athlete_id}.")
        row = TrainingSessionRow(
            athlete_id=athlete_id,
            plan_name=plan_name,
            started_at=started_at or utc_now(),
            status=SessionStatus.IN_PROGRESS.value,
            notes="",
            plan=None if plan is None else plan_data(plan),
            counting_mode=counting_mode,
        )
        session.add(row)
        session.flush()
        return row.id


def session_plan(db: Database, session_id: int) -> Plan | None:
    """The plan a session was started with, or None if none was kept (an older session)."""
    with db.session() as session:
        data = require_session(session, session_id).plan
    return None if data is None else plan_from_data(data)


def session_counting_mode(db: Database, session_id: int) -> str | None:
    """How reps were counted when the session began, or None if that was not kept."""
    with db.session() as session:
        return require_session(session, session_id).counting_mode


def record_set(db: Database, session_id: int, entry: SetEntry) -> int:
    """Store one set in an in-progress session, committed at once; returns the set's id.

    Invalid values, an unknown exercise slug or a closed session raise
    `ValidationError` (an unknown session `NotFoundError`) and write nothing;
    so does a database that cannot take the write (`StorageWriteError`).
    """
    try:
        with db.session() as session:
            _require_in_progress(require_session(session, session_id))
            row = SetEntryRow(session_id=session_id)
            write_entry_row(session, row, entry)
            session.add(row)
            session.flush()
            refresh_session_totals(session, [session_id])
            return row.id
    except (OperationalError, OSError) as exc:
        raise StorageWriteError.because(exc) from exc


def record_set_once(db: Database, session_id: int, entry: SetEntry) -> tuple[int, bool]:
    """`record_set` for a set that may already be there: (its id, whether it was written now).

    A kiosk that lost its connection while committing cannot know whether the
    server kept the set, so it sends it again later. The same set is the same
    session, exercise, side and set number recorded at the same microsecond;
    if that row exists it is not written twice (even if the session has been
    closed since). Otherwise the set goes in as `record_set` would put it.
    """
    with db.session() as session:
        row = require_session(session, session_id)
        existing = session.scalar(
            select(SetEntryRow.id)
            .join(ExerciseRow, SetEntryRow.exercise_id == ExerciseRow.id)
            .where(
                SetEntryRow.session_id == session_id,
                ExerciseRow.slug == entry.exercise_id,
                SetEntryRow.side == Side(entry.side).value,
                SetEntryRow.set_number == entry.set_number,
                SetEntryRow.recorded_at == entry.recorded_at,
            )
            .limit(1)
        )
        if existing is not None:
            return existing, False
        _require_in_progress(row)
        new = SetEntryRow(session_id=session_id)
        write_entry_row(session, new, entry)
        session.add(new)
        session.flush()
        refresh_session_totals(session, [session_id])
        return new.id, True


def _close_session(
    db: Database, session_id: int, status: SessionStatus, at: datetime | None, notes: str | None
) -> SessionInfo:
    with db.session() as session:
        row = require_session(session, session_id)
        _require_in_progress(row)
        row.status = status.value
        row.finished_at = at or utc_now()
        if notes is not None:
            row.notes = notes
        return session_info_from_row(row)


def finish_session(
    db: Database,
    session_id: int,
    *,
    finished_at: datetime | None = None,
    notes: str | None = None,
) -> SessionInfo:
    """Mark an in-progress session finished (now, unless `finished_at` is given)."""
    return _close_session(db, session_id, SessionStatus.FINISHED, finished_at, notes)


def abandon_session(db: Database, session_id: int, *, at: datetime | None = None) -> SessionInfo:
    """Mark an in-progress session abandoned; its sets are kept."""
    return _close_session(db, session_id, SessionStatus.ABANDONED, at, None)


def unfinished_session(db: Database, athlete_id: int) -> SessionInfo | None:
    """The athlete's latest session still in progress (left open by a crash), or None."""
    with db.session() as session:
        row = session.scalar(
            select(TrainingSessionRow)
            .where(
                TrainingSessionRow.athlete_id == athlete_id,
                TrainingSessionRow.status == SessionStatus.IN_PROGRESS.value,
            )
            .order_by(TrainingSessionRow.started_at.desc(), TrainingSessionRow.id.desc())
            .limit(1)
        )
        return None if row is None else session_info_from_row(row)


def get_session(db: Database, session_id: int) -> SessionInfo:
    """One training session; `NotFoundError` if it does not exist."""
    with db.session() as session:
        return session_info_from_row(require_session(session, session_id))


def sessions_for(
    db: Database,
    athlete_id: int,
    *,
    start: datetime | None = None,
    end: datetime | None = None,
    limit: int | None = None,
) -> list[SessionInfo]:
    """The athlete's sessions started in [start, end), newest first."""
    query = select(TrainingSessionRow).where(TrainingSessionRow.athlete_id == athlete_id)
    if start is not None:
        query = query.where(TrainingSessionRow.started_at >= start)
    if end is not None:
        query = query.where(TrainingSessionRow.started_at < end)
    query = query.order_by(
        TrainingSessionRow.started_at.desc(), TrainingSessionRow.id.desc()
    ).limit(limit)
    with db.session() as session:
        return [session_info_from_row(row) for row in session.scalars(query)]


def recorded_sets_for_session(db: Database, session_id: int) -> list[RecordedSet]:
    """The session's sets with their ids, in the order they were recorded."""
    query = (
        sets_query()
        .where(SetEntryRow.session_id == session_id)
        .order_by(SetEntryRow.recorded_at, SetEntryRow.id)
    )
    with db.session() as session:
        return [
            recorded_from_row(row, slug) for row, slug in session.execute(query)
        ]


def sets_for_session(db: Database, session_id: int, *, warmups: bool = False) -> list[SetEntry]:
    """The session's sets in the order they were recorded, warm-ups only if asked for.

    Progress advice, summaries and resuming a session read this, and warm-ups
    count for none of them; History reads `recorded_sets_for_session`.
    """
    return [recorded.entry for recorded in recorded_sets_for_session(db, session_id)
            if warmups or not recorded.entry.warmup]


def sets_for(
    db: Database,
    athlete_id: int,
    exercise_id: str,
    start: datetime | None,
    end: datetime | None,
    side: Side | None = None,
    *,
    warmups: bool = False,
) -> list[SetEntry]:
    """An athlete's sets of one exercise recorded in [start, end), oldest first.

    `exercise_id` is the slug; an unknown slug simply has no sets. `side`
    narrows to one leg. Warm-ups are left out (they feed the weaker-leg advice
    and a summary's records) unless `warmups`. Served by the (exercise_id,
    side, recorded_at) index.
    """
    query = (
        sets_query()
        .join(TrainingSessionRow, SetEntryRow.session_id == TrainingSessionRow.id)
        .where(ExerciseRow.slug == exercise_id, TrainingSessionRow.athlete_id == athlete_id)
    )
    if not warmups:
        query = query.where(SetEntryRow.warmup == false())
    if side is not None:
        query = query.where(SetEntryRow.side == Side(side).value)
    if start is not None:
        query = query.where(SetEntryRow.recorded_at >= start)
    if end is not None:
        query = query.where(SetEntryRow.recorded_at < end)
    query = query.order_by(SetEntryRow.recorded_at, SetEntryRow.id)
    with db.session() as session:
        return [entry_from_row(row, slug) for row, slug in session.execute(query)]


def update_set(db: Database, set_id: int, **changes: Any) -> SetEntry:
    """Change fields of a stored set (any `SetEntry` field) and return the new values.

    The changed set is validated like a new one; on any error nothing is written.
    """
    unknown = sorted(set(changes) - _EDITABLE_FIELDS)
    if unknown:
        raise ValidationError(f"A set has no field(s) {', '.join(unknown)}.")
    if "side" in changes:
        try:
            changes["side"] = Side(changes["side"])
        except ValueError as exc:
            raise ValidationError(
                f"A set's side is left, right or both (got {changes['side']!r})."
            ) from exc
    with db.session() as session:
        found = session.execute(sets_query().where(SetEntryRow.id == set_id)).first()
        if found is None:
            raise NotFoundError(f"There is no recorded set with id {set_id}.")
        row, slug = found
        try:
            updated = dataclasses.replace(entry_from_row(row, slug), **changes)
        except TypeError as exc:
            raise ValidationError(f"Cannot change the set that way: {exc}") from exc
        write_entry_row(session, row, updated)
        refresh_session_totals(session, [row.session_id])
        return updated


def correct_session_set(db: Database, session_id: int, set_id: int, entry: SetEntry) -> SetEntry:
    """Replace a set of this session with `entry` (the athlete's correction), committed at once.

    The set must belong to `session_id` (`NotFoundError` otherwise); values are
    checked as for a new set, and a database that cannot take the write raises
    `StorageWriteError`; nothing is written either way.
    """
    try:
        with db.session() as session:
            row = session.get(SetEntryRow, set_id)
            if row is None or row.session_id != session_id:
                raise NotFoundError(
                    f"Training session {session_id} has no recorded set with id {set_id}.")
            write_entry_row(session, row, entry)
            refresh_session_totals(session, [session_id])
            return entry
    except (OperationalError, OSError) as exc:
        raise StorageWriteError.because(exc) from exc


def delete_set(db: Database, set_id: int) -> None:
    """Remove a recorded set; `NotFoundError` if it is already gone."""
    with db.session() as session:
        row = session.get(SetEntryRow, set_id)
        if row is None:
            raise NotFoundError(f"There is no recorded set with id {set_id}.")
        session.delete(row)
        refresh_session_totals(session, [row.session_id])
