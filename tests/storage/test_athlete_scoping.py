"""Every history query the kiosk uses is scoped to one athlete and cannot return another's.

Ida and Ola train the same exercises at the same times; only their loads and
session ids tell them apart. Each query, asked about Ida, must return none of
Ola's sessions, sets or plans — checked here at the repository level, below
any widget that might happen to filter.
"""

from datetime import UTC, datetime, timedelta

import pytest

from app.domain.plan import Plan, PlanItem
from app.domain.sides import Side
from app.storage import progress_queries as progress
from app.storage.athletes import create_athlete
from app.storage.database import Database
from app.storage.errors import NotFoundError
from app.storage.exercises import sync_builtin_exercises
from app.storage.history_edits import session_history
from app.storage.last_time import last_sets
from app.storage.plans import list_plans, load_plan, save_plan
from app.storage.sessions import (
    finish_session,
    record_set,
    sessions_for,
    sets_for,
    start_session,
    unfinished_session,
)
from tests.builders import exercise, set_entry

EXERCISES = ("split-squat", "step-up")
IDA_LOAD, OLA_LOAD = 10.0, 99.0
T0 = datetime(2025, 3, 1, 7, 30, tzinfo=UTC)


def _train(db: Database, athlete_id: int, load: float, *, open_last: bool) -> set[int]:
    ids = set()
    for day in range(3):
        started = T0 + timedelta(days=day)
        session_id = start_session(db, athlete_id, "Plan", started_at=started)
        ids.add(session_id)
        for slug in EXERCISES:
            for side in (Side.LEFT, Side.RIGHT):
                record_set(db, session_id, set_entry(slug, side, load_kg=load,
                                                     minutes=day * 24 * 60 + 1))
        if not (open_last and day == 2):
            finish_session(db, session_id, finished_at=started + timedelta(hours=1))
    return ids


@pytest.fixture
def two_athletes(database: Database) -> tuple[int, set[int], int, set[int]]:
    sync_builtin_exercises(database, [exercise(slug) for slug in EXERCISES])
    ida, ola = create_athlete(database, "Ida").id, create_athlete(database, "Ola").id
    ida_sessions = _train(database, ida, IDA_LOAD, open_last=False)
    ola_sessions = _train(database, ola, OLA_LOAD, open_last=True)
    item = PlanItem("split-squat", "Split squat", sets=2, reps_min=6, reps_max=10,
                    tempo="3-1-1-0")
    save_plan(database, ola, Plan("Ola's secret plan", (item,)))
    return ida, ida_sessions, ola, ola_sessions


def test_sessions_and_sets_are_the_athletes_own(database: Database, two_athletes) -> None:
    ida, ida_sessions, _ola, ola_sessions = two_athletes
    assert {s.id for s in sessions_for(database, ida)} == ida_sessions
    assert unfinished_session(database, ida) is None, "Ola's open session is not Ida's"
    for slug in EXERCISES:
        sets = sets_for(database, ida, slug, None, None)
        assert len(sets) == 6
        assert {s.load_kg for s in sets} == {IDA_LOAD}
    for record in session_history(database, ida):
        assert record.info.id in ida_sessions
        assert record.info.id not in ola_sessions
        assert {s.entry.load_kg for s in record.sets} == {IDA_LOAD}


def test_last_time_is_the_athletes_own(database: Database, two_athletes) -> None:
    ida = two_athletes[0]
    found = last_sets(database, ida, EXERCISES)
    assert set(found) == set(EXERCISES)
    loads = {e.load_kg for by_side in found.values() for es in by_side.values() for e in es}
    assert loads == {IDA_LOAD}


def test_progress_queries_are_the_athletes_own(database: Database, two_athletes) -> None:
    ida, ida_sessions, _ola, _ola_sessions = two_athletes
    for slug in EXERCISES:
        totals = progress.leg_totals(database, ida, slug)
        assert {t.session_id for t in totals} <= ida_sessions
        assert {t.best_load_kg for t in totals} == {IDA_LOAD}
    recent = progress.recent_leg_totals(database, ida, dict.fromkeys(EXERCISES, T0))
    assert {t.session_id for ts in recent.values() for t in ts} <= ida_sessions
    assert len(progress.session_starts(database, ida)) == 3
    assert {s.session_id for s in progress.latest_sessions(database, ida)} <= ida_sessions


def test_plans_are_the_athletes_own(database: Database, two_athletes) -> None:
    ida = two_athletes[0]
    assert list_plans(database, ida) == []
    with pytest.raises(NotFoundError):
        load_plan(database, ida, "Ola's secret plan")


def test_an_athlete_with_no_history_sees_nothing_at_all(database: Database, two_athletes) -> None:
    new = create_athlete(database, "New").id
    assert sessions_for(database, new) == []
    assert last_sets(database, new, EXERCISES) == {}
    assert progress.session_starts(database, new) == []
    assert progress.latest_sessions(database, new) == []
    assert all(progress.leg_totals(database, new, slug) == [] for slug in EXERCISES)
    assert session_history(database, new) == []
