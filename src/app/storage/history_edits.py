"""Reading and correcting the training history: the History view's queries and its undo.

Deletes return what they removed, and the `restore_*` functions put it back
with the same ids, so an undo stack that refers to sets by id stays valid
however far back the user goes. Every function is one committed transaction.
"""

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.errors import ValidationError
from app.domain.records import RecordedSet, SessionRecord
from app.domain.sides import Side
from app.storage.database import Database
from app.storage.errors import NotFoundError
from app.storage.models import ExerciseRow, SetEntryRow, TrainingSessionRow
from app.storage.session_totals import refresh_session_totals

# The sessions repository's row helpers: one definition of how a set maps to its row.
from app.storage.sessions import (
    recorded_from_row,
    require_session,
    session_info_from_row,
    sets_query,
    write_entry_row,
)


def get_recorded_set(db: Database, set_id: int) -> RecordedSet:
    """One stored set with its ids; `NotFoundError` if it does not exist."""
    with db.session() as session:
        found = session.execute(sets_query().where(SetEntryRow.id == set_id)).first()
        if found is None:
            raise NotFoundError(f"There is no recorded set with id {set_id}.")
        row, slug = found
        return recorded_from_row(row, slug)


def session_history(
    db: Database,
    athlete_id: int,
    *,
    start: datetime | None = None,
    end: datetime | None = None,
    exercise_id: str | None = None,
    side: Side | None = None,
) -> list[SessionRecord]:
    """The athlete's sessions started in [start, end), newest first, each with its sets.

    With `exercise_id` or `side`, only matching sets are kept and sessions left
    with none are dropped; without them, sessions with no sets are listed too.
    Sets are in the order they were recorded. Two queries, whatever the count.
    """
    sessions = select(TrainingSessionRow).where(TrainingSessionRow.athlete_id == athlete_id)
    if start is not None:
        sessions = sessions.where(TrainingSessionRow.started_at >= start)
    if end is not None:
        sessions = sessions.where(TrainingSessionRow.started_at < end)
    sets = sets_query().join(
        TrainingSessionRow, SetEntryRow.session_id == TrainingSessionRow.id
    ).where(TrainingSessionRow.id.in_(sessions.with_only_columns(TrainingSessionRow.id)))
    if exercise_id is not None:
        sets = sets.where(ExerciseRow.slug == exercise_id)
    if side is not None:
        sets = sets.where(SetEntryRow.side == Side(side).value)
    sets = sets.order_by(SetEntryRow.recorded_at, SetEntryRow.id)
    sessions = sessions.order_by(
        TrainingSessionRow.started_at.desc(), TrainingSessionRow.id.desc()
    )
    with db.session() as session:
        by_session: dict[int, list[RecordedSet]] = {}
        for row, slug in session.execute(sets):
            by_session.setdefault(row.session_id, []).append(recorded_from_row(row, slug))
        filtered = exercise_id is not None or side is not None
        return [
            SessionRecord(session_info_from_row(row), tuple(by_session.get(row.id, ())))
            for row in session.scalars(sessions)
            if not filtered or row.id in by_session
        ]


def delete_session(db: Database, session_id: int) -> SessionRecord:
    """Remove a session and all its sets; returns them for `restore_session`.

    `NotFoundError` if the session is already gone.
    """
    with db.session() as session:
        row = require_session(session, session_id)
        sets = tuple(
            recorded_from_row(set_row, slug)
            for set_row, slug in session.execute(
                sets_query()
                .where(SetEntryRow.session_id == session_id)
                .order_by(SetEntryRow.recorded_at, SetEntryRow.id)
            )
        )
        record = SessionRecord(session_info_from_row(row), sets)
        # The sets go with it through the foreign key's ON DELETE CASCADE.
        session.delete(row)
        return record


def _refuse_ids_in_use(session: Session, set_ids: list[int]) -> None:
    taken = session.scalars(select(SetEntryRow.id).where(SetEntryRow.id.in_(set_ids))).first()
    if taken is not None:
        raise ValidationError(f"Cannot restore set {taken}: a newer set has taken its place.")


def _add_set(session: Session, recorded: RecordedSet) -> None:
    row = SetEntryRow(id=recorded.id, session_id=recorded.session_id,
                      source_key=recorded.source_key)
    write_entry_row(session, row, recorded.entry)
    session.add(row)


def restore_session(db: Database, record: SessionRecord) -> None:
    """Put back a deleted session and its sets, with the same ids and values.

    `ValidationError` (and nothing written) if any of those ids is in use again.
    """
    info = record.info
    with db.session() as session:
        if session.get(TrainingSessionRow, info.id) is not None:
            raise ValidationError(
                f"Cannot restore training session {info.id}: it is already there."
            )
        _refuse_ids_in_use(session, [s.id for s in record.sets])
        session.add(
            TrainingSessionRow(
                id=info.id,
                athlete_id=info.athlete_id,
                plan_name=info.plan_name,
                started_at=info.started_at,
                finished_at=info.finished_at,
                status=info.status.value,
                notes=info.notes,
                source_key=info.source_key,
            )
        )
        session.flush()
        for recorded in record.sets:
            _add_set(session, recorded)
        refresh_session_totals(session, [info.id])


def restore_set(db: Database, recorded: RecordedSet) -> None:
    """Put back a deleted set, with the same id, in its session (finished or not).

    `NotFoundError` if its session is gone; `ValidationError` if the id is in use again.
    """
    with db.session() as session:
        require_session(session, recorded.session_id)
        _refuse_ids_in_use(session, [recorded.id])
        _add_set(session, recorded)
        refresh_session_totals(session, [recorded.session_id])
