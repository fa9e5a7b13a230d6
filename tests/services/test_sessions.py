"""A session through the services: a set is stored or refused whole, and says why."""

from datetime import UTC, datetime

import pytest
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from app.domain.errors import ValidationError
from app.domain.preferences import TrainingPreferences
from app.domain.records import SetEntry
from app.domain.sides import Side
from app.library import builtin_exercises
from app.services import sessions
from app.storage.athletes import create_athlete
from app.storage.database import Database
from app.storage.errors import StorageWriteError
from app.storage.exercises import sync_builtin_exercises
from app.storage.sessions import abandon_session, sets_for_session
from tests.builders import plan
from tests.fakes import FakeClock

ENTRY = SetEntry("single-leg-squat", Side.LEFT, 1, 3, 8.0, "2-1-1-0",
                 datetime(2025, 5, 1, 7, tzinfo=UTC))


@pytest.fixture
def session_id(database: Database) -> int:
    sync_builtin_exercises(database, builtin_exercises())
    athlete = create_athlete(database, "Ida")
    return sessions.start_session(database, athlete.id, plan(), FakeClock(),
                                  TrainingPreferences()).value.session_id


def test_a_stored_set_says_the_history_changed(database: Database, session_id: int) -> None:
    outcome = sessions.record_set(database, session_id, ENTRY)
    assert outcome.changes.sessions
    assert sets_for_session(database, session_id) == [ENTRY]


def test_a_write_the_database_cannot_take_is_a_plain_refusal(
    database: Database, session_id: int
) -> None:
    import sqlite3

    def locked(_conn, _cursor, statement: str, parameters, *_args) -> None:
        if statement.startswith("INSERT INTO set_entry"):
            raise OperationalError(statement, parameters, sqlite3.OperationalError("database "
                                                                                   "is locked"))

    event.listen(database.engine, "before_cursor_execute", locked)
    try:
        with pytest.raises(StorageWriteError, match=r"could not write to your history "
                                                    r"\(database is locked\)"):
            sessions.record_set(database, session_id, ENTRY)
    finally:
        event.remove(database.engine, "before_cursor_execute", locked)
    assert sets_for_session(database, session_id) == []


def test_a_set_for_a_closed_session_is_refused(database: Database, session_id: int) -> None:
    abandon_session(database, session_id)
    with pytest.raises(ValidationError, match="only a session in progress"):
        sessions.record_set(database, session_id, ENTRY)
