"""`session_totals` stays equal to a fresh aggregate of the sets after every kind of write."""

import shutil
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Connection, select

from app.domain.imports.formats import detect, read_as
from app.domain.imports.names import load_synonyms
from app.domain.imports.plan import plan_import
from app.domain.imports.table import open_table
from app.domain.sides import Side
from app.domain.units import Unit
from app.library import builtin_exercises
from app.resources import resource_path
from app.storage.athletes import create_athlete
from app.storage.copying import copy_database
from app.storage.database import Database, open_database
from app.storage.exercises import list_exercises, sync_builtin_exercises
from app.storage.history_edits import delete_session, restore_session, restore_set
from app.storage.imports import write_plan
from app.storage.kiosk import delete_athlete
from app.storage.models import SessionTotalsRow, SetEntryRow, TrainingSessionRow
from app.storage.sessions import (
    correct_session_set,
    delete_set,
    record_set,
    record_set_once,
    recorded_sets_for_session,
    start_session,
    update_set,
)
from tests.builders import T0, log_session, separate_connection, set_entry

SQUAT = "single-leg-squat"
LUNGE = "reverse-lunge"
DATA = Path(__file__).resolve().parents[1] / "data"
Totals = dict[tuple[int, int, str], tuple[Any, ...]]
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@pytest.fixture
def db(database: Database) -> Database:
    sync_builtin_exercises(database, builtin_exercises())
    return database


def _fresh(conn: Connection) -> Totals:
    """The totals worked out here, in Python, from every set that is not a warm-up."""
    found: dict[tuple[int, int, str], list[tuple[int, float]]] = defaultdict(list)
    for sid, exercise, side, reps, load, warmup in conn.execute(select(
            SetEntryRow.session_id, SetEntryRow.exercise_id, SetEntryRow.side,
            SetEntryRow.reps, SetEntryRow.load_kg, SetEntryRow.warmup)):
        if not warmup:
            found[(sid, exercise, side)].append((reps, load))
    # Each session's athlete and start as whole microseconds since 1970, worked out here.
    owners = {sid: (athlete, (started - EPOCH) // timedelta(microseconds=1))
              for sid, athlete, started in conn.execute(select(
                  TrainingSessionRow.id, TrainingSessionRow.athlete_id,
                  TrainingSessionRow.started_at))}
    totals: Totals = {}
    for key, sets in found.items():
        loads = [load for _reps, load in sets]
        by_reps = tuple(max((load for reps, load in sets if reps == n), default=None)
                        for n in range(1, 13))
        totals[key] = (*owners[key[0]], len(sets), sum(reps for reps, _ in sets),
                       sum(reps * load for reps, load in sets), max(loads), min(loads), *by_reps)
    return totals


def _stored(conn: Connection) -> Totals:
    table = SessionTotalsRow.__table__
    return {(row.session_id, row.exercise_id, row.side): (
        row.athlete_id, row.started_us, *tuple(row)[5:]) for row in conn.execute(select(table))}


def _set_counts(conn: Connection) -> tuple[dict[int, int], dict[int, int]]:
    """Each session's stored `set_count`, and its sets counted (warm-ups included)."""
    stored = {sid: count for sid, count in conn.execute(
        select(TrainingSessionRow.id, TrainingSessionRow.set_count))}
    counted = dict.fromkeys(stored, 0)
    for (sid,) in conn.execute(select(SetEntryRow.session_id)):
        counted[sid] += 1
    return stored, counted


def _assert_exact(db: Database) -> Totals:
    with separate_connection(db) as conn:
        stored, fresh = _stored(conn), _fresh(conn)
        counts, counted = _set_counts(conn)
    assert stored == fresh
    assert counts == counted
    return stored


def _two_sessions(db: Database) -> tuple[int, int, int]:
    athlete = create_athlete(db, "Ana").id
    first = log_session(db, athlete, T0, [
        (SQUAT, Side.LEFT, 8, 20.0), (SQUAT, Side.RIGHT, 10, 22.5),
        (SQUAT, Side.LEFT, 5, 30.0), (LUNGE, Side.BOTH, 12, 40.0),
    ])
    second = log_session(db, athlete, T0 + timedelta(days=2), [
        (LUNGE, Side.LEFT, 14, 10.0), (LUNGE, Side.RIGHT, 3, 12.5),
    ])
    return athlete, first, second


def test_recording_sets_keeps_the_totals_of_their_session(db: Database) -> None:
    athlete, _first, _second = _two_sessions(db)
    stored = _assert_exact(db)
    assert len(stored) == 5  # squat left and right, lunge both; lunge left and right
    # A warm-up is kept with the sets but adds nothing to the totals.
    session = start_session(db, athlete, "Warm", started_at=T0 + timedelta(days=4))
    record_set(db, session, set_entry(SQUAT, warmup=True))
    assert _assert_exact(db) == stored
    with separate_connection(db) as conn:
        assert _set_counts(conn)[0][session] == 1
    # A set sent twice by a kiosk is counted once.
    again = set_entry(SQUAT, Side.RIGHT, set_number=2, reps=9, load_kg=25.0, minutes=90)
    record_set_once(db, session, again)
    record_set_once(db, session, again)
    assert len(_assert_exact(db)) == 6


def test_each_row_carries_its_sessions_athlete_and_start_to_the_microsecond(
        db: Database) -> None:
    ana, ben = create_athlete(db, "Ana").id, create_athlete(db, "Ben").id
    for athlete, start in ((ana, T0.replace(microsecond=120)), (ben, T0 + timedelta(seconds=1)),
                           (ana, T0 + timedelta(days=1, microseconds=999_999))):
        log_session(db, athlete, start, [(SQUAT, Side.LEFT, 8, 20.0)])

    stored = _assert_exact(db)

    assert sorted(row[:2] for row in stored.values()) == [
        (ana, 1_740_814_200_000_120), (ana, 1_740_900_600_999_999), (ben, 1_740_814_201_000_000)]


def test_corrections_and_edits_keep_the_totals(db: Database) -> None:
    _athlete, first, _second = _two_sessions(db)
    sets = recorded_sets_for_session(db, first)
    correct_session_set(db, first, sets[0].id, set_entry(SQUAT, Side.LEFT, reps=6, load_kg=35.0))
    _assert_exact(db)
    update_set(db, sets[1].id, side=Side.LEFT)  # the only right-leg squat moves to the left
    update_set(db, sets[2].id, warmup=True)
    update_set(db, sets[3].id, exercise_id=SQUAT)
    stored = _assert_exact(db)
    assert all(side != "right" for (sid, _e, side) in stored if sid == first)


def test_deleting_and_undoing_keeps_the_totals(db: Database) -> None:
    athlete, first, second = _two_sessions(db)
    removed = recorded_sets_for_session(db, first)[1]
    delete_set(db, removed.id)
    assert all(key[0] != first or key[2] != "right" for key in _assert_exact(db))
    restore_set(db, removed)
    everything = _assert_exact(db)
    record = delete_session(db, second)
    assert all(key[0] != second for key in _assert_exact(db))
    restore_session(db, record)
    assert _assert_exact(db) == everything
    delete_athlete(db, athlete)
    assert _assert_exact(db) == {}


def test_an_import_adds_the_totals_of_new_and_extended_sessions(db: Database) -> None:
    text = (DATA / "imports" / "hevy-kg.csv").read_bytes().decode("utf-8-sig")
    lines = text.splitlines(keepends=True)
    synonyms = load_synonyms(resource_path("imports", "exercise-synonyms.toml"))

    def plan(part: str) -> Any:
        table = open_table(part.splitlines(keepends=True))
        assert table is not None
        source = read_as(detect(table), table, ZoneInfo("UTC"))  # type: ignore[arg-type]
        return plan_import(source, list_exercises(db), athlete="Runner", unit=Unit.KG,
                           synonyms=synonyms)

    write_plan(db, plan("".join(lines[:4])))
    part = _assert_exact(db)
    assert part
    write_plan(db, plan(text))  # the first session gains its other sets
    assert len(_assert_exact(db)) > len(part)


def test_a_copied_database_has_the_same_totals(db: Database, tmp_path: Path) -> None:
    _two_sessions(db)
    stored = _assert_exact(db)
    with open_database(f"sqlite:///{tmp_path / 'copy.db'}") as target:
        copy_database(db, target)
        assert _assert_exact(target) == stored


@pytest.mark.parametrize("fixture", sorted(DATA.glob("schema-*.db")), ids=lambda p: p.stem)
def test_upgrading_fills_the_totals_from_the_sets_already_there(
    fixture: Path, tmp_path: Path
) -> None:
    path = shutil.copyfile(fixture, tmp_path / "legwork.db")
    with open_database(str(path)) as upgraded:
        assert _assert_exact(upgraded)
