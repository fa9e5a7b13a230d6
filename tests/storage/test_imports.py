"""Writing imports: one transaction, nothing twice, and warm-ups kept out of the numbers."""

import dataclasses
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text as sql
from sqlalchemy.exc import IntegrityError

from app.domain.imports.formats import detect, read_as
from app.domain.imports.model import SourceFile
from app.domain.imports.names import load_synonyms
from app.domain.imports.plan import ImportPlan, plan_import
from app.domain.imports.table import open_table
from app.domain.sides import Side
from app.domain.units import Unit
from app.library import builtin_exercises
from app.resources import resource_path
from app.storage.athletes import create_athlete
from app.storage.database import Database
from app.storage.exercises import list_exercises, sync_builtin_exercises
from app.storage.history_edits import delete_session, restore_session, session_history
from app.storage.imports import write_plan
from app.storage.last_time import last_sets
from app.storage.progress_queries import latest_sessions, leg_totals
from app.storage.sessions import (
    finish_session,
    record_set,
    recorded_sets_for_session,
    sessions_for,
    sets_for,
    sets_for_session,
    start_session,
)
from tests.builders import count_rows, separate_connection, set_entry

DATA = Path(__file__).parents[1] / "data" / "imports"
SYNONYMS = load_synonyms(resource_path("imports", "exercise-synonyms.toml"))
TABLES = ("athlete", "exercise", "training_session", "set_entry")


@pytest.fixture
def db(database: Database) -> Database:
    sync_builtin_exercises(database, builtin_exercises())
    return database


def _file(text: str) -> SourceFile:
    table = open_table(text.splitlines(keepends=True))
    assert table is not None
    return read_as(detect(table), table, ZoneInfo("UTC"))  # type: ignore[arg-type]


def _text(name: str) -> str:
    return (DATA / name).read_bytes().decode("utf-8-sig")


def _plan(db: Database, text: str, athlete: str = "Runner") -> ImportPlan:
    return plan_import(_file(text), list_exercises(db), athlete=athlete, unit=Unit.KG,
                       synonyms=SYNONYMS)


def _counts(db: Database) -> tuple[int, ...]:
    return tuple(count_rows(db, table) for table in TABLES)


def test_an_import_writes_athlete_exercises_sessions_and_sets(db: Database) -> None:
    written = write_plan(db, _plan(db, _text("hevy-kg.csv")))
    assert written.athletes_added == ("Runner",)
    assert (written.sessions_added, written.sets_added, written.exercises_added) == (1, 10, 4)
    assert (written.warmups_added, written.sided_added, written.sets_already_there) == (2, 6, 0)
    runner = sessions_for(db, 1)
    assert [(s.plan_name, s.notes, s.source_key) for s in runner] == [
        ("Legs, then hills", "Felt strong", "hevy:2025-09-15T07:48:00")]
    stored = recorded_sets_for_session(db, runner[0].id)
    assert [s.entry.exercise_id for s in stored][:2] == ["rear-foot-elevated-split-squat"] * 2
    assert all(s.source_key for s in stored)


def test_importing_the_same_file_again_adds_nothing(db: Database) -> None:
    text = _text("strong-semicolon-units.csv")
    write_plan(db, _plan(db, text))
    before = _counts(db)
    again = write_plan(db, _plan(db, text))
    assert (again.sets_added, again.sessions_added, again.exercises_added) == (0, 0, 0)
    assert (again.sets_already_there, again.sessions_skipped) == (6, 2)
    assert _counts(db) == before


def test_a_later_export_that_overlaps_adds_only_what_is_new(db: Database) -> None:
    text = _text("fitnotes-android-new.csv")
    lines = text.splitlines(keepends=True)
    write_plan(db, _plan(db, "".join(lines[:4])))
    later = write_plan(db, _plan(db, text))
    assert (later.sets_added, later.sets_already_there) == (4, 3)
    assert (later.sessions_added, later.sessions_extended) == (0, 1)
    day, = sessions_for(db, 1)
    assert len(recorded_sets_for_session(db, day.id)) == 7


def test_a_dry_run_counts_without_writing(db: Database) -> None:
    before = _counts(db)
    would = write_plan(db, _plan(db, _text("liftosaur.csv")), dry_run=True)
    assert (would.sessions_added, would.sets_added, would.athletes_added) == (2, 4, ("Runner",))
    assert _counts(db) == before


def test_the_progress_callback_counts_up_to_every_set(db: Database) -> None:
    seen: list[tuple[int, int]] = []
    write_plan(db, _plan(db, _text("strong-comma-duration.csv")),
               progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 7) and seen[-1] == (7, 7)


def test_a_failure_while_writing_leaves_the_history_as_it_was(db: Database) -> None:
    plan = _plan(db, _text("hevy-kg.csv"))
    session = plan.sessions[0]
    # A value that slipped past every check (it cannot come from a file) hits the table's
    # own CHECK constraint half way through the sets.
    broken = session.sets[-1]._replace(reps=500)
    plan = dataclasses.replace(plan, sessions=(
        dataclasses.replace(session, sets=(*session.sets[:-1], broken)),))
    before = _counts(db)
    with pytest.raises(IntegrityError):
        write_plan(db, plan)
    assert _counts(db) == before


def test_an_imported_set_cannot_be_stored_twice_in_its_session(db: Database) -> None:
    plan = _plan(db, _text("strong-2025.csv"))
    session = plan.sessions[0]
    twice = dataclasses.replace(session, sets=(*session.sets, session.sets[0]))
    with pytest.raises(IntegrityError):
        write_plan(db, dataclasses.replace(plan, sessions=(twice,)))


def test_imported_times_are_stored_exactly_as_logged_ones_are(db: Database) -> None:
    athlete = create_athlete(db, "Runner")
    logged = start_session(db, athlete.id, "Live", started_at=datetime(2025, 2, 1, tzinfo=UTC))
    record_set(db, logged, set_entry("single-leg-squat", minutes=0))
    write_plan(db, _plan(db, _text("strong-2025.csv")))
    with separate_connection(db) as conn:
        stored = [row[0] for row in conn.execute(sql("SELECT recorded_at FROM set_entry"))]
    # Stored as a logged set is, whichever path wrote it: SQLite keeps text of one format
    # (the bulk writer makes it itself), PostgreSQL a timestamp.
    assert len({type(value) for value in stored}) == 1
    if isinstance(stored[0], str):
        assert {len(value) for value in stored} == {len("2025-02-03 12:00:00.000000")}
    lunch = datetime(2025, 2, 3, 12, 0, tzinfo=UTC)
    found = sets_for(db, athlete.id, "rear-foot-elevated-split-squat", lunch, None, warmups=True)
    assert found[0].recorded_at == lunch


def test_an_undone_delete_keeps_the_import_keys(db: Database) -> None:
    text = _text("hevy-lbs.csv")
    write_plan(db, _plan(db, text))
    session, = sessions_for(db, 1)
    restore_session(db, delete_session(db, session.id))
    again = write_plan(db, _plan(db, text))
    assert (again.sets_added, again.sets_already_there) == (0, 4)


def _warmup_history(db: Database) -> tuple[int, int]:
    athlete = create_athlete(db, "Ana")
    t0 = datetime(2025, 3, 3, 7, tzinfo=UTC)
    session_id = start_session(db, athlete.id, "Test", started_at=t0)
    record_set(db, session_id, set_entry("single-leg-squat", Side.LEFT, load_kg=60.0, reps=5,
                                         warmup=True))
    record_set(db, session_id, set_entry("single-leg-squat", Side.LEFT, load_kg=20.0,
                                         reps=8, minutes=1))
    finish_session(db, session_id, finished_at=t0 + timedelta(hours=1))
    # A later session of warm-ups only.
    later = start_session(db, athlete.id, "Test", started_at=t0 + timedelta(days=2))
    record_set(db, later, set_entry("single-leg-squat", Side.LEFT, load_kg=70.0, reps=3,
                                    minutes=2 * 1440, warmup=True))
    finish_session(db, later, finished_at=t0 + timedelta(days=2, hours=1))
    return athlete.id, session_id


def test_warm_ups_count_for_no_progress_figure(db: Database) -> None:
    athlete_id, session_id = _warmup_history(db)
    left, = leg_totals(db, athlete_id, "single-leg-squat")
    assert (left.sets, left.reps, left.best_load_kg) == (1, 8, 20.0)
    latest, = latest_sessions(db, athlete_id)
    assert latest.session_id == session_id


def test_warm_ups_are_not_last_time_nor_advice_but_stay_in_history(db: Database) -> None:
    athlete_id, session_id = _warmup_history(db)
    last = last_sets(db, athlete_id, ["single-leg-squat"])
    assert [e.load_kg for e in last["single-leg-squat"][Side.LEFT]] == [20.0]
    assert [e.load_kg for e in sets_for(db, athlete_id, "single-leg-squat", None, None)] == [20.0]
    assert [e.load_kg for e in sets_for_session(db, session_id)] == [20.0]
    assert [e.warmup for e in sets_for_session(db, session_id, warmups=True)] == [True, False]
    shown = [s.entry.warmup for r in session_history(db, athlete_id) for s in r.sets]
    assert sorted(shown) == [False, True, True]


def test_a_progress_callback_that_raises_cancels_the_whole_import(db: Database) -> None:
    class Cancelled(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        raise Cancelled

    before = _counts(db)
    with pytest.raises(Cancelled):
        write_plan(db, _plan(db, _text("hevy-kg.csv")), progress=cancel)
    assert _counts(db) == before
