"""Training sessions and sets: recording, resuming, querying, editing."""

import dataclasses
from datetime import timedelta

import pytest
from sqlalchemy import event, text
from sqlalchemy.exc import IntegrityError

from app.domain.errors import ValidationError
from app.domain.records import SessionStatus
from app.domain.sides import Side
from app.storage.athletes import create_athlete, ensure_home_athlete
from app.storage.database import Database, open_database
from app.storage.errors import NotFoundError
from app.storage.exercises import sync_builtin_exercises
from app.storage.sessions import (
    abandon_session,
    delete_set,
    finish_session,
    get_session,
    record_set,
    recorded_sets_for_session,
    sessions_for,
    sets_for,
    sets_for_session,
    start_session,
    unfinished_session,
    update_set,
)
from tests.builders import T0, exercise, separate_connection, set_entry


@pytest.fixture
def athlete_id(database: Database) -> int:
    sync_builtin_exercises(database, [exercise("split-squat"), exercise("step-down")])
    return ensure_home_athlete(database, "Runner").id


def _set_count(database: Database) -> int:
    with database.session() as session:
        return int(session.scalar(text("SELECT count(*) FROM set_entry")) or 0)


def test_a_recorded_set_is_on_disk_before_the_session_ends(
    database: Database, athlete_id: int
) -> None:
    session_id = start_session(database, athlete_id, "Base")
    entry = set_entry(rpe=7.5, rir=2, touchdowns=1, form_knee=True, form_hips=False,
                      notes="wobbly")
    record_set(database, session_id, entry)
    # Read with a separate connection, as a crash-restarted app would.
    with separate_connection(database) as other:
        assert other.execute(text("SELECT reps, load_kg, notes FROM set_entry")).all() == [
            (8, 10.0, "wobbly")
        ]
    assert sets_for_session(database, session_id) == [entry]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("load_kg", -5.0, "Load cannot be negative"),
        ("load_kg", float("nan"), "Load"),
        ("reps", 101, "Reps"),
        ("rpe", 11.0, "RPE"),
    ],
)
def test_invalid_sets_are_refused_and_nothing_is_written(
    database: Database, athlete_id: int, field: str, value: float, message: str
) -> None:
    session_id = start_session(database, athlete_id, "Base")
    bad = set_entry()
    # Slip past SetEntry's own checks to prove storage checks again.
    object.__setattr__(bad, field, value)
    with pytest.raises(ValidationError, match=message):
        record_set(database, session_id, bad)
    assert _set_count(database) == 0


def test_unknown_exercise_is_refused_with_its_slug_named(
    database: Database, athlete_id: int
) -> None:
    session_id = start_session(database, athlete_id, "Base")
    with pytest.raises(ValidationError, match="Unknown exercise 'moon-squat'"):
        record_set(database, session_id, set_entry("moon-squat"))
    assert _set_count(database) == 0


def test_database_constraints_back_up_the_checks(database: Database, athlete_id: int) -> None:
    session_id = start_session(database, athlete_id, "Base")
    record_set(database, session_id, set_entry())
    # The messages differ (SQLite's, then PostgreSQL's); the refusal does not.
    check = r"CHECK constraint failed|violates check constraint"
    foreign_key = r"FOREIGN KEY constraint failed|violates foreign key"
    with pytest.raises(IntegrityError, match=check), database.session() as s:
        s.execute(text("UPDATE set_entry SET load_kg = -1"))
    with pytest.raises(IntegrityError, match=foreign_key), database.session() as s:
        s.execute(text("UPDATE set_entry SET exercise_id = 999"))
    assert sets_for_session(database, session_id) == [set_entry()]


def test_sets_go_only_into_a_session_in_progress(database: Database, athlete_id: int) -> None:
    session_id = start_session(database, athlete_id, "Base")
    finish_session(database, session_id)
    with pytest.raises(ValidationError, match="is finished"):
        record_set(database, session_id, set_entry())
    with pytest.raises(NotFoundError, match="no training session with id 999"):
        record_set(database, 999, set_entry())
    assert _set_count(database) == 0


def test_session_for_unknown_athlete_is_refused(database: Database) -> None:
    with pytest.raises(NotFoundError, match="no athlete with id 7"):
        start_session(database, 7, "Base")


def test_after_a_crash_the_open_session_is_offered_for_resume(
    database: Database, database_url: str, athlete_id: int
) -> None:
    session_id = start_session(database, athlete_id, "Base", started_at=T0)
    record_set(database, session_id, set_entry())
    database.close()  # the app dies here
    with open_database(database_url) as reopened:
        open_session = unfinished_session(reopened, athlete_id)
        assert open_session is not None
        assert open_session.id == session_id
        assert open_session.status is SessionStatus.IN_PROGRESS
        assert open_session.started_at == T0
        assert sets_for_session(reopened, session_id) == [set_entry()]
        finish_session(reopened, session_id)
        assert unfinished_session(reopened, athlete_id) is None


def test_finishing_records_the_time_and_notes(database: Database, athlete_id: int) -> None:
    session_id = start_session(database, athlete_id, "Base", started_at=T0)
    done = finish_session(
        database, session_id, finished_at=T0 + timedelta(minutes=40), notes="Felt strong"
    )
    assert done == get_session(database, session_id)
    assert done.status is SessionStatus.FINISHED
    assert done.finished_at == T0 + timedelta(minutes=40)
    assert done.notes == "Felt strong"
    with pytest.raises(ValidationError, match="is finished"):
        finish_session(database, session_id)


def test_an_abandoned_session_keeps_its_sets_but_is_not_resumed(
    database: Database, athlete_id: int
) -> None:
    session_id = start_session(database, athlete_id, "Base")
    record_set(database, session_id, set_entry())
    assert abandon_session(database, session_id).status is SessionStatus.ABANDONED
    assert unfinished_session(database, athlete_id) is None
    assert len(sets_for_session(database, session_id)) == 1


def test_unfinished_session_belongs_to_the_asking_athlete(
    database: Database, athlete_id: int
) -> None:
    other = create_athlete(database, "Ida").id
    start_session(database, other, "Base")
    assert unfinished_session(database, athlete_id) is None


def test_history_is_newest_first_and_can_be_narrowed(database: Database, athlete_id: int) -> None:
    ids = [
        start_session(database, athlete_id, f"Week {n}", started_at=T0 + timedelta(days=7 * n))
        for n in range(4)
    ]
    assert [s.id for s in sessions_for(database, athlete_id)] == ids[::-1]
    window = sessions_for(
        database, athlete_id, start=T0 + timedelta(days=7), end=T0 + timedelta(days=21)
    )
    assert [s.plan_name for s in window] == ["Week 2", "Week 1"]
    assert [s.plan_name for s in sessions_for(database, athlete_id, limit=1)] == ["Week 3"]


def test_sets_for_charts_are_oldest_first_per_exercise_side_and_window(
    database: Database, athlete_id: int
) -> None:
    session_id = start_session(database, athlete_id, "Base")
    entries = [
        set_entry(side=Side.RIGHT, minutes=30, load_kg=12),
        set_entry(side=Side.LEFT, minutes=10),
        set_entry(side=Side.LEFT, minutes=20, load_kg=11),
        set_entry("step-down", side=Side.LEFT, minutes=15),
        set_entry(side=Side.LEFT, minutes=60 * 24 * 30, load_kg=15),
    ]
    for entry in entries:
        record_set(database, session_id, entry)
    left = sets_for(database, athlete_id, "split-squat", None, None, Side.LEFT)
    assert [e.load_kg for e in left] == [10, 11, 15]
    window = sets_for(database, athlete_id, "split-squat", T0, T0 + timedelta(days=1))
    assert [(e.side, e.load_kg) for e in window] == [
        (Side.LEFT, 10),
        (Side.LEFT, 11),
        (Side.RIGHT, 12),
    ]
    assert sets_for(database, athlete_id, "no-such-exercise", None, None) == []


def test_sets_for_only_shows_the_asking_athletes_sets(database: Database, athlete_id: int) -> None:
    other = create_athlete(database, "Ida").id
    record_set(database, start_session(database, other, "Base"), set_entry())
    assert sets_for(database, athlete_id, "split-squat", None, None) == []
    assert len(sets_for(database, other, "split-squat", None, None)) == 1


@pytest.mark.sqlite_only
def test_sets_for_uses_the_chart_index(database: Database, athlete_id: int) -> None:
    captured: list[tuple[str, object]] = []

    def capture(_conn: object, _cursor: object, statement: str, params: object, *_: object) -> None:
        if "FROM set_entry" in statement:
            captured.append((statement, params))

    event.listen(database.engine, "before_cursor_execute", capture)
    try:
        sets_for(database, athlete_id, "split-squat", T0, None, Side.LEFT)
    finally:
        event.remove(database.engine, "before_cursor_execute", capture)
    [(statement, params)] = captured
    with database.engine.connect() as conn:
        plan = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", params).fetchall()  # type: ignore[arg-type]
    assert any("ix_set_entry_exercise_id_side_recorded_at" in str(row) for row in plan), plan


def test_a_set_can_be_corrected(database: Database, athlete_id: int) -> None:
    session_id = start_session(database, athlete_id, "Base")
    record_set(database, session_id, set_entry())
    [recorded] = recorded_sets_for_session(database, session_id)
    updated = update_set(database, recorded.id, reps=10, side="right", exercise_id="step-down")
    assert updated == dataclasses.replace(
        set_entry(), reps=10, side=Side.RIGHT, exercise_id="step-down"
    )
    assert sets_for_session(database, session_id) == [updated]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"load_kg": -1}, "Load cannot be negative"),
        ({"exercise_id": "moon-squat"}, "Unknown exercise"),
        ({"weight": 5}, "no field"),
        ({"side": "middle"}, "left, right or both"),
        ({"reps": "ten"}, "Cannot change"),
    ],
)
def test_bad_corrections_change_nothing(
    database: Database, athlete_id: int, changes: dict[str, object], message: str
) -> None:
    session_id = start_session(database, athlete_id, "Base")
    record_set(database, session_id, set_entry())
    [recorded] = recorded_sets_for_session(database, session_id)
    with pytest.raises(ValidationError, match=message):
        update_set(database, recorded.id, **changes)
    assert sets_for_session(database, session_id) == [set_entry()]


def test_a_set_can_be_deleted(database: Database, athlete_id: int) -> None:
    session_id = start_session(database, athlete_id, "Base")
    record_set(database, session_id, set_entry(set_number=1))
    keep = set_entry(set_number=2, minutes=2)
    record_set(database, session_id, keep)
    first = recorded_sets_for_session(database, session_id)[0]
    delete_set(database, first.id)
    assert sets_for_session(database, session_id) == [keep]
    with pytest.raises(NotFoundError):
        delete_set(database, first.id)
    with pytest.raises(NotFoundError):
        update_set(database, first.id, reps=3)


def test_removing_an_athlete_removes_their_sessions_and_sets(
    database: Database, athlete_id: int
) -> None:
    other = create_athlete(database, "Ida").id
    record_set(database, start_session(database, athlete_id, "Base"), set_entry())
    record_set(database, start_session(database, other, "Base"), set_entry())
    with database.session() as session:
        session.execute(text("DELETE FROM athlete WHERE id = :id"), {"id": athlete_id})
    assert sessions_for(database, athlete_id) == []
    assert _set_count(database) == 1, "only the other athlete's set is left"
