"""The training history: listing it, correcting it (with undo), and moving it in and out of files.

Every correction is one committed transaction and returns what changed; the
`restore_*` functions put back exactly what a delete returned (same ids), so
an undo stack that refers to sets by id stays valid however far back it goes.
"""

from collections.abc import Collection, Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.domain.errors import LegworkError
from app.domain.history import (
    EVERY_SESSION,
    PAGE_SIZE,
    HistoryFilter,
    PageKey,
    SessionSummary,
)
from app.domain.messages import message
from app.domain.records import RecordedSet, SessionInfo, SessionRecord, SetEntry
from app.domain.sides import Side
from app.domain.transfer import ExportFormat
from app.domain.units import Unit
from app.services.changes import Changes, Outcome

if TYPE_CHECKING:
    from app.storage.database import Database

SESSIONS = Changes(sessions=True)


def sessions(
    db: "Database", athlete_id: int, *, start: datetime | None = None,
    end: datetime | None = None, exercise_id: str | None = None, side: Side | None = None,
) -> list[SessionRecord]:
    """The athlete's sessions started in [start, end), newest first, each with its sets.

    With `exercise_id` or `side` only matching sets are kept and sessions left
    with none are dropped.
    """
    from app.storage.history_edits import session_history

    return session_history(db, athlete_id, start=start, end=end, exercise_id=exercise_id,
                           side=side)


def session_page(
    db: "Database", athlete_id: int, wanted: HistoryFilter = EVERY_SESSION, *,
    after: PageKey | None = None, limit: int = PAGE_SIZE,
) -> list[SessionSummary]:
    """One page of the athlete's sessions matching `wanted`, newest first, after `after`,
    each with its sets summed per leg; read this way at any history size."""
    from app.storage.history_pages import session_page as page

    return page(db, athlete_id, wanted, after=after, limit=limit)


def count_sessions(db: "Database", athlete_id: int, wanted: HistoryFilter = EVERY_SESSION) -> int:
    """How many of the athlete's sessions match `wanted`."""
    from app.storage.history_pages import count_sessions as count

    return count(db, athlete_id, wanted)


def first_session_start(db: "Database", athlete_id: int) -> datetime | None:
    """When the athlete's oldest session started (None without sessions)."""
    from app.storage.history_pages import first_session_start as first

    return first(db, athlete_id)


def session_record(
    db: "Database", session_id: int, wanted: HistoryFilter = EVERY_SESSION
) -> SessionRecord | None:
    """One session with its sets (those matching `wanted`'s exercise and leg), or None."""
    from app.storage.history_pages import session_record as record

    return record(db, session_id, wanted)


def session_list(
    db: "Database", athlete_id: int | None, *, since: datetime | None = None
) -> Iterator[SessionSummary]:
    """Every session (one athlete's, or everyone's) started from `since` on, oldest first,
    read a page at a time."""
    from app.storage.history_pages import all_session_pages

    return all_session_pages(db, athlete_id, HistoryFilter(start=since), newest_first=False)


def recent_sessions(db: "Database", athlete_id: int, limit: int) -> list[SessionInfo]:
    """The athlete's latest sessions, newest first."""
    from app.storage.sessions import sessions_for

    return sessions_for(db, athlete_id, limit=limit)


def session(db: "Database", session_id: int) -> SessionInfo:
    """One recorded session; `NotFoundError` if there is none."""
    from app.storage.sessions import get_session

    return get_session(db, session_id)


def session_sets(db: "Database", session_id: int) -> list[SetEntry]:
    """A session's sets in the order they were recorded."""
    from app.storage.sessions import sets_for_session

    return sets_for_session(db, session_id)


def sets_before(
    db: "Database", athlete_id: int, exercise_id: str, before: datetime | None
) -> list[SetEntry]:
    """The athlete's sets of one exercise recorded before `before` (all of them for None)."""
    from app.storage.sessions import sets_for

    return sets_for(db, athlete_id, exercise_id, None, before)


def last_time(
    db: "Database", athlete_id: int, exercise_ids: Collection[str]
) -> dict[str, dict[Side, list[SetEntry]]]:
    """Each exercise's sets from the athlete's latest finished session that had it, per leg."""
    from app.storage.last_time import last_sets

    return last_sets(db, athlete_id, exercise_ids)


def edit_set(db: "Database", set_id: int, changes: Mapping[str, Any]) -> Outcome[SetEntry]:
    """Change fields of a recorded set; checked like a new set, nothing written if refused."""
    from app.storage.sessions import update_set

    return Outcome(update_set(db, set_id, **changes), SESSIONS)


def delete_set(db: "Database", set_id: int) -> Outcome[None]:
    """Remove a recorded set; `NotFoundError` if it is already gone."""
    from app.storage.sessions import delete_set as remove

    remove(db, set_id)
    return Outcome(None, SESSIONS)


def restore_set(db: "Database", recorded: RecordedSet) -> Outcome[None]:
    """Put back a deleted set with its id; `ValidationError` if the id is taken again."""
    from app.storage.history_edits import restore_set as put_back

    put_back(db, recorded)
    return Outcome(None, SESSIONS)


def delete_session(db: "Database", session_id: int) -> Outcome[SessionRecord]:
    """Remove a session with all its sets; returns them for `restore_session`."""
    from app.storage.history_edits import delete_session as remove

    return Outcome(remove(db, session_id), SESSIONS)


def restore_session(db: "Database", record: SessionRecord) -> Outcome[None]:
    """Put back a deleted session and its sets with their ids."""
    from app.storage.history_edits import restore_session as put_back

    put_back(db, record)
    return Outcome(None, SESSIONS)


def export_history(
    db: "Database", path: Path, export_format: ExportFormat, *, athlete_id: int | None = None,
    unit: Unit = Unit.KG,
) -> int:
    """Write the history (one athlete's, or everyone's) to a file, whole or not at all.

    Returns the number of sets written; a file that cannot be written raises
    `LegworkError` naming it and why.
    """
    from app.storage.transfer import write_export

    try:
        return write_export(db, path, export_format, athlete_id=athlete_id, unit=unit)
    except OSError as error:
        raise LegworkError(message("Cannot write {file!r}: {reason}.", file=path.name,
                                   reason=error.strerror or error)) from None


def assessments_to_export(db: "Database", *, athlete_id: int | None = None) -> tuple[int, int]:
    """How many assessments, and trials on them, an export of the history carries."""
    from app.storage.transfer import exported_assessments

    return exported_assessments(db, athlete_id)
