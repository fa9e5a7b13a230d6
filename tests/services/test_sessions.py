"""A session through the services: a set is stored or refused whole, and says why."""

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from app.domain.errors import ValidationError
from app.domain.preferences import TrainingPreferences
from app.domain.records import SetEntry
from app.domain.session import CountingMode
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


@pytest.mark.parametrize(("began", "now"), [(CountingMode.MANUAL, CountingMode.TEMPO),
                                            (CountingMode.TEMPO, CountingMode.MANUAL)])
def test_a_resumed_session_counts_reps_the_way_it_began(
    database: Database, began: CountingMode, now: CountingMode,
) -> None:
    sync_builtin_exercises(database, builtin_exercises())
    athlete = create_athlete(database, "Ida")
    opened = sessions.start_session(database, athlete.id, plan(sets=2), FakeClock(),
                                    TrainingPreferences(counting_mode=began)).value
    assert opened.engine.mode is began
    sessions.record_set(database, opened.session_id, ENTRY)
    info = sessions.unfinished_session(database, athlete.id)
    assert info is not None
    resumed = sessions.resume_session(database, athlete.id, info, FakeClock(),
                                      TrainingPreferences(counting_mode=now))
    assert resumed.engine.mode is began


def test_a_session_kept_without_its_mode_resumes_in_the_mode_chosen_now(
    database: Database,
) -> None:
    from app.storage.sessions import start_session as store

    sync_builtin_exercises(database, builtin_exercises())
    athlete = create_athlete(database, "Ida")
    session_id = store(database, athlete.id, "Short", plan=plan(sets=2))
    info = sessions.unfinished_session(database, athlete.id)
    assert info is not None and info.id == session_id
    resumed = sessions.resume_session(database, athlete.id, info, FakeClock(),
                                      TrainingPreferences(counting_mode=CountingMode.MANUAL))
    assert resumed.engine.mode is CountingMode.MANUAL


def test_a_correction_replaces_the_stored_values_of_that_set_only(
    database: Database, session_id: int,
) -> None:
    first = sessions.record_set(database, session_id, ENTRY).value
    other = replace(ENTRY, side=Side.RIGHT, recorded_at=ENTRY.recorded_at.replace(minute=1))
    sessions.record_set(database, session_id, other)
    fixed = replace(ENTRY, reps=2, load_kg=10.0, rpe=9.0, notes="knee wobbled")
    outcome = sessions.correct_set(database, session_id, first, fixed)
    assert outcome.value == fixed and outcome.changes.sessions
    assert sets_for_session(database, session_id) == [fixed, other]


def test_a_correction_of_another_sessions_set_changes_nothing(
    database: Database, session_id: int,
) -> None:
    from app.storage.errors import NotFoundError
    from app.storage.sessions import get_session
    from app.storage.sessions import start_session as store

    set_id = sessions.record_set(database, session_id, ENTRY).value
    elsewhere = store(database, get_session(database, session_id).athlete_id, "Other")
    with pytest.raises(NotFoundError, match="has no recorded set"):
        sessions.correct_set(database, elsewhere, set_id, replace(ENTRY, reps=1))
    assert sets_for_session(database, session_id) == [ENTRY]


def test_a_correction_the_database_cannot_take_is_a_plain_refusal(
    database: Database, session_id: int,
) -> None:
    import sqlite3

    set_id = sessions.record_set(database, session_id, ENTRY).value

    def locked(_conn, _cursor, statement: str, parameters, *_args) -> None:
        if statement.startswith("UPDATE set_entry"):
            raise OperationalError(statement, parameters,
                                   sqlite3.OperationalError("database is locked"))

    event.listen(database.engine, "before_cursor_execute", locked)
    try:
        with pytest.raises(StorageWriteError, match="database is locked"):
            sessions.correct_set(database, session_id, set_id, replace(ENTRY, reps=1))
    finally:
        event.remove(database.engine, "before_cursor_execute", locked)
    assert sets_for_session(database, session_id) == [ENTRY]


def test_a_resumed_session_knows_the_stored_id_of_every_side_it_takes_back(
    database: Database,
) -> None:
    sync_builtin_exercises(database, builtin_exercises())
    athlete = create_athlete(database, "Ida")
    opened = sessions.start_session(database, athlete.id, plan(sets=2), FakeClock(),
                                    TrainingPreferences()).value
    left = sessions.record_set(database, opened.session_id, ENTRY).value
    info = sessions.unfinished_session(database, athlete.id)
    assert info is not None
    resumed = sessions.resume_session(database, athlete.id, info, FakeClock(),
                                      TrainingPreferences())
    (ref,) = resumed.engine.entries()
    assert resumed.set_ids == {ref: left}


@pytest.mark.parametrize(("field_name", "bad"), [("load_kg", -20.0), ("reps", -1), ("rpe", 14.0)])
def test_a_correction_with_impossible_values_is_refused_and_changes_nothing(
    database: Database, session_id: int, field_name: str, bad: float,
) -> None:
    set_id = sessions.record_set(database, session_id, ENTRY).value
    wrong = replace(ENTRY, notes="typo")
    # Built around SetEntry's own checks, as a faulty caller could: storage checks again.
    object.__setattr__(wrong, field_name, bad)
    with pytest.raises(ValidationError):
        sessions.correct_set(database, session_id, set_id, wrong)
    assert sets_for_session(database, session_id) == [ENTRY]


def test_a_session_whose_kept_mode_is_unreadable_resumes_in_the_mode_chosen_now(
    database: Database,
) -> None:
    from app.storage.sessions import start_session as store

    sync_builtin_exercises(database, builtin_exercises())
    athlete = create_athlete(database, "Ida")
    store(database, athlete.id, "Short", plan=plan(sets=2), counting_mode="by ear")
    info = sessions.unfinished_session(database, athlete.id)
    assert info is not None
    resumed = sessions.resume_session(database, athlete.id, info, FakeClock(),
                                      TrainingPreferences(counting_mode=CountingMode.TEMPO))
    assert resumed.engine.mode is CountingMode.TEMPO
