"""History's pages: sessions newest first a page at a time, sums per leg, filters in the query."""

import re
from datetime import timedelta

import pytest

from app.domain.history import HistoryFilter, LegTotals
from app.domain.sides import Side
from app.storage.athletes import create_athlete, ensure_home_athlete
from app.storage.database import Database
from app.storage.exercises import sync_builtin_exercises
from app.storage.history_pages import (
    all_session_pages,
    count_sessions,
    first_session_start,
    session_page,
    session_record,
)
from app.storage.sessions import finish_session, record_set, start_session
from tests.builders import T0, exercise, set_entry


@pytest.fixture
def athlete_id(database: Database) -> int:
    sync_builtin_exercises(database, [exercise("split-squat"), exercise("step-down"),
                                      exercise("back-squat", unilateral=False)])
    return ensure_home_athlete(database, "Runner").id


def _session(database: Database, athlete_id: int, days: float, *sets: tuple[str, Side],
             warmups: int = 0) -> int:
    started = T0 + timedelta(days=days)
    session_id = start_session(database, athlete_id, "Base", started_at=started)
    minute = days * 1440
    for _ in range(warmups):
        minute += 1
        record_set(database, session_id, set_entry("split-squat", Side.LEFT, reps=5,
                                                   load_kg=2.0, minutes=minute, warmup=True))
    for slug, side in sets:
        minute += 1
        record_set(database, session_id, set_entry(slug, side, minutes=minute))
    finish_session(database, session_id, finished_at=started + timedelta(hours=1))
    return session_id


def test_pages_continue_after_the_last_session_without_gaps_or_repeats(
    database: Database, athlete_id: int
) -> None:
    # Three sessions share one start: only the id tells them apart, and paging must still
    # list each exactly once.
    days = (0, 1, 1, 1, 2, 3, 4)
    ids = [_session(database, athlete_id, day) for day in days]
    newest_first = [i for _, i in sorted(zip(days, ids, strict=True), reverse=True)]
    pages = [session_page(database, athlete_id, limit=3)]
    while len(pages[-1]) == 3:
        pages.append(session_page(database, athlete_id, after=pages[-1][-1].key, limit=3))
    assert [len(page) for page in pages] == [3, 3, 1]
    assert [s.info.id for page in pages for s in page] == newest_first
    assert session_page(database, athlete_id, after=pages[-1][-1].key) == []


def test_each_leg_is_summed_and_warm_ups_and_two_leg_sets_are_counted_apart(
    database: Database, athlete_id: int
) -> None:
    _session(database, athlete_id, 0, ("split-squat", Side.LEFT), ("split-squat", Side.RIGHT),
             ("step-down", Side.LEFT), ("back-squat", Side.BOTH), warmups=2)
    (summary,) = session_page(database, athlete_id)
    # set_entry's default: 8 reps at 10 kg
    assert summary.left == LegTotals(sets=2, reps=16, volume_kg=160.0)
    assert summary.right == LegTotals(sets=1, reps=8, volume_kg=80.0)
    assert summary.both == LegTotals(sets=1, reps=8, volume_kg=80.0)
    assert summary.warmups == 2
    assert summary.info.plan_name == "Base"


def test_filters_are_in_the_query_and_narrow_the_totals_and_the_detail(
    database: Database, athlete_id: int
) -> None:
    squat_only = _session(database, athlete_id, 0, ("split-squat", Side.LEFT),
                          ("split-squat", Side.RIGHT))
    both = _session(database, athlete_id, 2, ("split-squat", Side.LEFT), ("step-down", Side.LEFT),
                    ("step-down", Side.RIGHT))
    step_downs = HistoryFilter(exercise_id="step-down")
    assert [s.info.id for s in session_page(database, athlete_id, step_downs)] == [both]
    (summary,) = session_page(database, athlete_id, step_downs)
    assert (summary.left.sets, summary.right.sets) == (1, 1)
    assert count_sessions(database, athlete_id, step_downs) == 1
    rights = HistoryFilter(side=Side.RIGHT)
    assert [s.info.id for s in session_page(database, athlete_id, rights)] == [both, squat_only]
    record = session_record(database, both, HistoryFilter(exercise_id="step-down",
                                                          side=Side.RIGHT))
    assert record is not None
    assert [(s.entry.exercise_id, s.entry.side) for s in record.sets] == [
        ("step-down", Side.RIGHT)]
    first_day = HistoryFilter(start=T0 - timedelta(hours=1), end=T0 + timedelta(days=1))
    assert [s.info.id for s in session_page(database, athlete_id, first_day)] == [squat_only]
    assert count_sessions(database, athlete_id, first_day) == 1
    nothing = HistoryFilter(side=Side.BOTH)
    assert session_page(database, athlete_id, nothing) == []
    assert count_sessions(database, athlete_id, nothing) == 0
    assert session_page(database, athlete_id, HistoryFilter(exercise_id="no-such-thing")) == []
    assert count_sessions(database, athlete_id) == 2


def test_a_session_is_read_whole_when_opened_and_none_once_gone(
    database: Database, athlete_id: int
) -> None:
    session_id = _session(database, athlete_id, 0, ("split-squat", Side.LEFT),
                          ("step-down", Side.RIGHT), warmups=1)
    record = session_record(database, session_id)
    assert record is not None and record.info.id == session_id
    assert [(s.entry.exercise_id, s.entry.side, s.entry.warmup) for s in record.sets] == [
        ("split-squat", Side.LEFT, True), ("split-squat", Side.LEFT, False),
        ("step-down", Side.RIGHT, False)]
    assert session_record(database, session_id + 100) is None


def test_only_the_athletes_own_sessions_and_everyones_oldest_first_from_a_day(
    database: Database, athlete_id: int
) -> None:
    mine = [_session(database, athlete_id, day) for day in (0, 3)]
    other = create_athlete(database, "Ola").id
    theirs = _session(database, other, 1)
    assert [s.info.id for s in session_page(database, athlete_id)] == mine[::-1]
    assert first_session_start(database, athlete_id) == T0
    assert first_session_start(database, create_athlete(database, "New").id) is None
    everyone = list(all_session_pages(database, None, newest_first=False, page_size=2))
    assert [s.info.id for s in everyone] == [mine[0], theirs, mine[1]]
    since = list(all_session_pages(database, None, HistoryFilter(start=T0 + timedelta(hours=12)),
                                   newest_first=False, page_size=1))
    assert [s.info.id for s in since] == [theirs, mine[1]]


@pytest.mark.sqlite_only
def test_sqlite_reads_a_page_and_a_leg_filter_through_indexes_without_sorting(
    database: Database, athlete_id: int
) -> None:
    plan = _plan(database, "EXPLAIN QUERY PLAN ", HistoryFilter(side=Side.LEFT))
    assert "ix_training_session_athlete_id_started_at (athlete_id=?" in plan
    assert "ix_set_entry_session_id_side (session_id=? AND side=?)" in plan
    assert "TEMP B-TREE" not in plan


def test_postgresql_and_sqlite_keep_the_indexes_history_reads_through(
    database: Database, athlete_id: int
) -> None:
    from sqlalchemy import inspect

    with database.engine.connect() as connection:
        names = {index["name"]: index["column_names"]
                 for index in inspect(connection).get_indexes("set_entry")}
    assert names["ix_set_entry_session_id_recorded_at_id"] == ["session_id", "recorded_at", "id"]
    assert names["ix_set_entry_session_id_side"] == ["session_id", "side"]


@pytest.mark.parametrize("database_backend", ["postgresql"], indirect=True)
def test_postgresql_pages_from_the_index_without_sorting_the_history(
    database: Database, athlete_id: int
) -> None:
    # Enough sessions that the planner's choice is the one millions would get.
    with database.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO training_session (athlete_id, plan_name, started_at, status, notes)"
            f" SELECT {athlete_id}, 'Base', timestamp '2020-01-01' + n * interval '1 hour',"
            " 'finished', '' FROM generate_series(1, 20000) AS n")
        connection.exec_driver_sql("ANALYZE training_session")
        connection.exec_driver_sql("ANALYZE set_entry")
    plan = _plan(database, "EXPLAIN ", HistoryFilter())
    assert "Index Scan Backward using ix_training_session_athlete_id_started_at" in plan
    # Ties on started_at are put in order a few rows at a time, never the whole history.
    assert "Incremental Sort" in plan
    assert not re.search(r"(^|->  )Sort  \(", plan, re.M)


def _plan(database: Database, explain: str, wanted: HistoryFilter, setup: str = "") -> str:
    """The database's plan for the first page's query with `wanted`."""
    from sqlalchemy import event

    from app.storage import history_pages

    captured: list[object] = []

    def capture(_conn, _cursor, statement, parameters, _context, _many):  # type: ignore[no-untyped-def]
        if "LIMIT" in statement and not captured:
            captured.extend((statement, parameters))

    event.listen(database.engine, "before_cursor_execute", capture)
    try:
        history_pages.session_page(database, 1, wanted)
    finally:
        event.remove(database.engine, "before_cursor_execute", capture)
    statement, parameters = captured
    with database.engine.connect() as connection, connection.begin():
        if setup:
            connection.exec_driver_sql(setup)
        rows = connection.exec_driver_sql(explain + statement, parameters).all()
    return "\n".join(" ".join(str(cell) for cell in row) for row in rows)
