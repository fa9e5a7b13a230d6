"""Reading the history per session, deleting sessions and putting deleted things back."""

from datetime import timedelta

import pytest

from app.domain.errors import ValidationError
from app.domain.sides import Side
from app.storage.athletes import ensure_home_athlete
from app.storage.database import Database
from app.storage.errors import NotFoundError
from app.storage.exercises import sync_builtin_exercises
from app.storage.history_edits import (
    delete_session,
    get_recorded_set,
    restore_session,
    restore_set,
    session_history,
)
from app.storage.sessions import (
    delete_set,
    finish_session,
    record_set,
    recorded_sets_for_session,
    start_session,
)
from tests.builders import T0, count_rows, exercise, set_entry


@pytest.fixture
def athlete_id(database: Database) -> int:
    sync_builtin_exercises(database, [exercise("split-squat"), exercise("step-down")])
    return ensure_home_athlete(database, "Runner").id


def _session(database: Database, athlete_id: int, days: int, slugs: tuple[str, ...]) -> int:
    session_id = start_session(database, athlete_id, "Base", started_at=T0 + timedelta(days=days))
    for minute, slug in enumerate(slugs):
        for side in (Side.LEFT, Side.RIGHT):
            record_set(database, session_id, set_entry(slug, side, minutes=days * 1440 + minute))
    finish_session(database, session_id, finished_at=T0 + timedelta(days=days, hours=1),
                   notes="ok")
    return session_id


def _counts(database: Database) -> tuple[int, int]:
    return count_rows(database, "training_session"), count_rows(database, "set_entry")


def test_history_lists_sessions_newest_first_with_their_sets(
    database: Database, athlete_id: int
) -> None:
    first = _session(database, athlete_id, 0, ("split-squat",))
    second = _session(database, athlete_id, 2, ("split-squat", "step-down"))
    empty = start_session(database, athlete_id, "Nothing yet", started_at=T0 + timedelta(days=5))
    history = session_history(database, athlete_id)
    assert [r.info.id for r in history] == [empty, second, first]
    assert [len(r.sets) for r in history] == [0, 4, 2]
    assert [s.entry.side for s in history[1].sets] == [Side.LEFT, Side.RIGHT] * 2


def test_history_filters_by_exercise_side_and_dates(database: Database, athlete_id: int) -> None:
    first = _session(database, athlete_id, 0, ("split-squat",))
    second = _session(database, athlete_id, 2, ("split-squat", "step-down"))
    by_exercise = session_history(database, athlete_id, exercise_id="step-down")
    assert [r.info.id for r in by_exercise] == [second]
    assert {s.entry.exercise_id for s in by_exercise[0].sets} == {"step-down"}
    left = session_history(database, athlete_id, side=Side.LEFT)
    assert all(s.entry.side is Side.LEFT for r in left for s in r.sets)
    dated = session_history(database, athlete_id, start=T0, end=T0 + timedelta(days=1))
    assert [r.info.id for r in dated] == [first]
    assert session_history(database, athlete_id, exercise_id="no-such-thing") == []


def test_delete_and_restore_a_session_keeps_ids_and_values(
    database: Database, athlete_id: int
) -> None:
    session_id = _session(database, athlete_id, 0, ("split-squat", "step-down"))
    before = session_history(database, athlete_id)
    deleted = delete_session(database, session_id)
    assert _counts(database) == (0, 0)
    restore_session(database, deleted)
    assert session_history(database, athlete_id) == before
    assert _counts(database) == (1, 4)


def test_delete_session_twice_is_not_found(database: Database, athlete_id: int) -> None:
    session_id = _session(database, athlete_id, 0, ("split-squat",))
    delete_session(database, session_id)
    with pytest.raises(NotFoundError):
        delete_session(database, session_id)


def test_restore_a_session_that_is_still_there_is_refused(
    database: Database, athlete_id: int
) -> None:
    session_id = _session(database, athlete_id, 0, ("split-squat",))
    deleted = delete_session(database, session_id)
    restore_session(database, deleted)
    with pytest.raises(ValidationError, match="already there"):
        restore_session(database, deleted)
    assert _counts(database) == (1, 2)


def test_restore_a_set_into_a_finished_session(database: Database, athlete_id: int) -> None:
    session_id = _session(database, athlete_id, 0, ("split-squat",))
    recorded = recorded_sets_for_session(database, session_id)
    gone = get_recorded_set(database, recorded[0].id)
    delete_set(database, gone.id)
    assert len(recorded_sets_for_session(database, session_id)) == 1
    restore_set(database, gone)
    assert recorded_sets_for_session(database, session_id) == recorded
    with pytest.raises(ValidationError, match="taken its place"):
        restore_set(database, gone)


def test_restore_a_set_whose_session_is_gone(database: Database, athlete_id: int) -> None:
    session_id = _session(database, athlete_id, 0, ("split-squat",))
    recorded = recorded_sets_for_session(database, session_id)[0]
    delete_session(database, session_id)
    with pytest.raises(NotFoundError):
        restore_set(database, recorded)
    with pytest.raises(NotFoundError):
        get_recorded_set(database, recorded.id)
