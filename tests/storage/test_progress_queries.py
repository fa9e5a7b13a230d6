"""SQL aggregates for the Progress view: hand-computed totals, scoping, Epley parity, index use."""

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.dialects import sqlite

from app.domain.metrics import epley_1rm
from app.domain.plan import CALIBRATION_PLAN_NAME
from app.domain.progress import DayBuckets, day_number
from app.domain.sides import Side
from app.library import builtin_exercises
from app.storage import progress_buckets, progress_queries
from app.storage.athletes import create_athlete
from app.storage.exercises import sync_builtin_exercises
from app.storage.progress_buckets import bucket_totals
from app.storage.progress_queries import (
    first_session_start,
    latest_and_trained_sessions,
    latest_sessions,
    leg_totals,
    leg_totals_query,
    recent_leg_totals,
    session_count,
    session_starts,
    sessions_per_week,
)
from tests.builders import log_session

SQUAT = "single-leg-squat"
LUNGE = "reverse-lunge"
T0 = datetime(2025, 3, 3, 7, 0, tzinfo=UTC)


@pytest.fixture
def db(database):
    sync_builtin_exercises(database, builtin_exercises())
    return database


def _session(db, athlete_id, day, sets, *, finish=True):
    """One session `day` days after T0; `sets` are (exercise, side, reps, load)."""
    return log_session(db, athlete_id, T0 + timedelta(days=day), sets, finish=finish)


def test_leg_totals_match_hand_computed_values(db):
    athlete = create_athlete(db, "Ana")
    session_id = _session(db, athlete.id, 0, [
        (SQUAT, Side.LEFT, 8, 20.0), (SQUAT, Side.RIGHT, 10, 20.0),
        (SQUAT, Side.LEFT, 8, 20.0), (SQUAT, Side.RIGHT, 10, 22.5),
        (SQUAT, Side.BOTH, 10, 40.0),  # two-leg sets belong to neither leg
        (LUNGE, Side.LEFT, 12, 0.0),
    ])

    left, right = leg_totals(db, athlete.id, SQUAT)

    assert (left.session_id, left.side, left.sets, left.reps) == (session_id, Side.LEFT, 2, 16)
    assert left.volume_kg == 320.0  # 2 × 8 × 20
    assert (left.best_load_kg, left.min_load_kg) == (20.0, 20.0)
    assert left.best_e1rm() == pytest.approx(20 * (1 + 8 / 30))
    assert left.best_load_by_reps[8 - 1] == 20.0
    assert (right.side, right.sets, right.reps) == (Side.RIGHT, 2, 20)
    assert right.volume_kg == 425.0  # 10 × 20 + 10 × 22.5
    assert (right.best_load_kg, right.min_load_kg) == (22.5, 20.0)
    assert right.best_e1rm() == pytest.approx(30.0)  # 22.5 × (1 + 10/30)
    # with 70 kg of body mass on the leg: (22.5 + 70) × (1 + 10/30) = 123.33
    assert right.best_e1rm(70.0) == pytest.approx(92.5 * 4 / 3)
    assert left.started_at == T0


def test_bodyweight_sets_have_an_e1rm_only_from_the_body_mass(db):
    athlete = create_athlete(db, "Ana")
    _session(db, athlete.id, 0, [(SQUAT, Side.LEFT, 10, 0.0), (SQUAT, Side.RIGHT, 15, 10.0)])

    left, right = leg_totals(db, athlete.id, SQUAT)

    assert left.best_e1rm() is None and left.volume_kg == 0.0 and left.reps == 10
    assert left.best_e1rm(70.0) == pytest.approx(70 * (1 + 10 / 30))
    assert right.best_e1rm(70.0) is None and right.volume_kg == 150.0  # 15 reps: none


def test_the_e1rm_from_totals_is_the_one_from_the_sets(db):
    athlete = create_athlete(db, "Ana")
    loads = (0.0, 0.5, 2.5, 12.3, 14.741752025, 17.5, 22.7, 100.0, 499.9)
    reps_options = (0, 1, 5, 7, 11, 12, 13)
    cases = [(load, reps) for load in loads for reps in reps_options]
    for day, (load, reps) in enumerate(cases):
        _session(db, athlete.id, day, [(SQUAT, Side.LEFT, reps, load)])

    totals = leg_totals(db, athlete.id, SQUAT)

    assert len(totals) == len(cases)
    for (load, reps), leg in zip(cases, totals, strict=True):
        for carry in (0.0, 58.8, 70.0):
            assert leg.best_e1rm(carry) == epley_1rm(load + carry, reps), (load, reps, carry)


def test_totals_are_scoped_to_the_athlete_the_exercise_and_the_range(db):
    ana, ben = create_athlete(db, "Ana"), create_athlete(db, "Ben")
    _session(db, ana.id, 0, [(SQUAT, Side.LEFT, 8, 10.0), (SQUAT, Side.RIGHT, 8, 10.0)])
    later = _session(db, ana.id, 14, [(SQUAT, Side.LEFT, 9, 10.0), (SQUAT, Side.RIGHT, 9, 10.0)])
    _session(db, ben.id, 14, [(SQUAT, Side.LEFT, 5, 50.0), (SQUAT, Side.RIGHT, 5, 50.0)])

    assert [t.reps for t in leg_totals(db, ana.id, SQUAT)] == [8, 8, 9, 9]
    assert [t.reps for t in leg_totals(db, ben.id, SQUAT)] == [5, 5]
    recent = leg_totals(db, ana.id, SQUAT, start=T0 + timedelta(days=7))
    assert {t.session_id for t in recent} == {later}
    assert leg_totals(db, ana.id, SQUAT, end=T0 + timedelta(days=7))[0].reps == 8
    assert leg_totals(db, ana.id, LUNGE) == []
    assert leg_totals(db, ana.id, "no-such-exercise") == []
    assert leg_totals(db, 999, SQUAT) == []


def test_session_starts_lists_sessions_with_sets_only(db):
    ana, ben = create_athlete(db, "Ana"), create_athlete(db, "Ben")
    _session(db, ana.id, 0, [(SQUAT, Side.LEFT, 8, 0.0)])
    _session(db, ana.id, 2, [])  # opened and closed without a set: not a training session
    _session(db, ana.id, 3, [(LUNGE, Side.RIGHT, 8, 0.0)], finish=False)
    _session(db, ben.id, 1, [(SQUAT, Side.LEFT, 8, 0.0)])

    assert session_starts(db, ana.id) == [T0, T0 + timedelta(days=3)]
    assert session_starts(db, ana.id, start=T0 + timedelta(days=1)) == [T0 + timedelta(days=3)]
    assert session_starts(db, ana.id, end=T0 + timedelta(days=1)) == [T0]
    assert session_starts(db, ben.id) == [T0 + timedelta(days=1)]


def test_latest_sessions_gives_the_newest_session_per_exercise(db):
    ana, ben = create_athlete(db, "Ana"), create_athlete(db, "Ben")
    _session(db, ana.id, 0, [(SQUAT, Side.LEFT, 8, 0.0), (LUNGE, Side.LEFT, 8, 0.0)])
    newer_squat = _session(db, ana.id, 5, [(SQUAT, Side.RIGHT, 8, 0.0)])
    _session(db, ben.id, 9, [(LUNGE, Side.LEFT, 8, 0.0)])

    latest = {s.exercise_id: s for s in latest_sessions(db, ana.id)}

    assert set(latest) == {SQUAT, LUNGE}
    assert latest[SQUAT].session_id == newer_squat
    assert latest[SQUAT].last_set_at == T0 + timedelta(days=5)
    assert latest[LUNGE].last_set_at == T0 + timedelta(minutes=1)
    assert latest_sessions(db, 999) == []


def _plan(db, query):
    sql = str(query.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
    with db.engine.connect() as connection:
        return " | ".join(row[-1] for row in connection.execute(text(f"EXPLAIN QUERY PLAN {sql}")))


@pytest.mark.sqlite_only
def test_leg_totals_read_set_rows_through_the_exercise_side_time_index(db):
    plan = _plan(db, leg_totals_query(1, SQUAT, T0, T0 + timedelta(days=30)))

    assert "USING INDEX ix_set_entry_exercise_id_side_recorded_at" in plan, plan


@pytest.mark.sqlite_only
def test_all_history_totals_come_from_the_covering_index_without_sorting(db):
    plan = _plan(db, leg_totals_query(1, SQUAT))

    assert "ix_training_session_athlete_id_started_at (athlete_id=?)" in plan, plan
    covering = ("USING COVERING INDEX "
                "ix_set_entry_session_id_exercise_id_side_recorded_at_reps_load_kg")
    assert covering in plan, plan
    assert "TEMP B-TREE" not in plan, plan


@pytest.mark.parametrize("database_backend", ["postgresql"], indirect=True)
def test_on_postgresql_all_history_totals_read_only_the_covering_index(db):
    # With a handful of rows the planner would rightly read the table, and among index
    # plans of equal cost on empty tables its pick is arbitrary. So every kind of scan is
    # made costly alike; what is left is each path's own cost, and the question is whether
    # the covering index serves the totals from the index alone (warm-ups left out
    # included), as it must with 50,000 sets.
    compiled = leg_totals_query(1, SQUAT).compile(
        dialect=db.engine.dialect, compile_kwargs={"literal_binds": True})
    with db.engine.connect() as connection:
        for scan in ("seqscan", "bitmapscan", "indexscan"):
            connection.execute(text(f"SET enable_{scan} = off"))
        plan = "\n".join(connection.execute(text(f"EXPLAIN {compiled}")).scalars())
    assert "Index Only Scan using ix_set_entry_session_id_exercise_id_side_recorded_at" in plan, \
        plan


def test_recent_totals_give_each_exercise_its_own_window_in_one_query(db):
    ana, ben = create_athlete(db, "Ana"), create_athlete(db, "Ben")
    _session(db, ana.id, 0, [(SQUAT, Side.LEFT, 8, 10.0), (LUNGE, Side.RIGHT, 6, 5.0)])
    _session(db, ana.id, 10, [(SQUAT, Side.LEFT, 9, 10.0), (SQUAT, Side.RIGHT, 7, 20.0),
                              (LUNGE, Side.RIGHT, 12, 0.0)])
    _session(db, ben.id, 10, [(SQUAT, Side.LEFT, 5, 50.0)])
    since = {SQUAT: T0 + timedelta(days=5), LUNGE: T0, "no-such-exercise": T0}

    recent = recent_leg_totals(db, ana.id, since)

    assert [(t.side, t.reps, t.volume_kg) for t in recent[SQUAT]] == [
        (Side.LEFT, 9, 90.0), (Side.RIGHT, 7, 140.0)]  # day 0 is before the squat window
    assert [t.reps for t in recent[LUNGE]] == [6, 12]
    assert recent["no-such-exercise"] == []
    for exercise, start in since.items():
        assert recent[exercise] == leg_totals(db, ana.id, exercise, start)
    assert recent_leg_totals(db, ana.id, {}) == {}
    assert [t.reps for t in recent_leg_totals(db, ben.id, since)[SQUAT]] == [5]


def test_both_ways_to_the_recent_totals_agree(db, monkeypatch):
    ana, ben = create_athlete(db, "Ana"), create_athlete(db, "Ben")
    for day in range(0, 40, 3):
        _session(db, ana.id, day, [(SQUAT, Side.LEFT, 8, 10.0), (SQUAT, Side.RIGHT, 9, 10.0),
                                   (LUNGE, Side.BOTH, 6, 40.0)])
        _session(db, ben.id, day + 1, [(SQUAT, Side.LEFT, 5, 50.0), (LUNGE, Side.RIGHT, 7, 0.0)])
    since = {SQUAT: T0 + timedelta(days=20), LUNGE: T0 + timedelta(days=5)}
    until = {SQUAT: T0 + timedelta(days=33)}
    answers = []
    for many in (10**9, 0):
        monkeypatch.setattr(progress_queries, "_MANY_SESSIONS", many)
        answers.append([(recent_leg_totals(db, athlete.id, since),
                         recent_leg_totals(db, athlete.id, since, until))
                        for athlete in (ana, ben)])
    assert answers[0] == answers[1]
    ana_squat = answers[0][0][0][SQUAT]
    assert len(ana_squat) == 2 * 7 and {t.reps for t in ana_squat} == {8, 9}


def test_both_ways_to_one_exercises_window_agree(db, monkeypatch):
    ana, ben = create_athlete(db, "Ana"), create_athlete(db, "Ben")
    for day in range(0, 40, 3):
        _session(db, ana.id, day, [(SQUAT, Side.LEFT, 8, 10.0), (SQUAT, Side.RIGHT, 9, 12.5),
                                   (SQUAT, Side.BOTH, 5, 40.0), (LUNGE, Side.LEFT, 6, 0.0)])
        _session(db, ben.id, day + 1, [(SQUAT, Side.LEFT, 5, 50.0)])
    start, end = T0 + timedelta(days=10), T0 + timedelta(days=30)
    answers = []
    for many in (10**9, 0):  # walking Ana's sessions, then seeking the squat's sets
        monkeypatch.setattr(progress_queries, "_MANY_SESSIONS", many)
        answers.append([leg_totals(db, ana.id, SQUAT, start),
                        leg_totals(db, ana.id, SQUAT, start, end),
                        leg_totals(db, ana.id, SQUAT, start, two_leg=True)])
    assert answers[0] == answers[1]
    window = answers[0][1]
    assert [t.started_at for t in window][::2] == [T0 + timedelta(days=d) for d in range(12, 30, 3)]
    assert {(t.side, t.reps, t.volume_kg) for t in window} == {(Side.LEFT, 8, 80.0),
                                                               (Side.RIGHT, 9, 112.5)}


@pytest.mark.sqlite_only
def test_a_window_of_a_keen_athletes_sets_is_found_by_exercise_not_by_session(db):
    plan = _plan(db, leg_totals_query(1, SQUAT, T0, from_sets=True))

    assert "ix_set_entry_exercise_id_side_recorded_at" in plan, plan
    assert "SEARCH training_session USING INTEGER PRIMARY KEY" in plan, plan
    assert "ix_training_session_athlete_id_started_at" not in plan, plan


@pytest.mark.sqlite_only
def test_a_few_sessions_recent_totals_walk_the_athletes_own_sessions(db):
    query = progress_queries._windows(2, False, True).params(
        athlete=1, slug_0=SQUAT, start_0=T0, slug_1=LUNGE, start_1=T0)
    plan = _plan(db, query)

    assert "ix_training_session_athlete_id_started_at (athlete_id=?)" in plan, plan
    # Each of those sessions' sets through an index that starts with the session (the
    # covering one or History's `(session_id, recorded_at, id)`), never the exercise's.
    assert any(f"SEARCH set_entry USING {kind} ix_set_entry_session_id_" in plan
               for kind in ("INDEX", "COVERING INDEX")), plan
    assert "(session_id=?" in plan, plan
    assert "ix_set_entry_exercise_id_side_recorded_at" not in plan, plan


def test_recent_totals_can_end_each_window(db):
    ana = create_athlete(db, "Ana")
    for day, reps in ((0, 8), (7, 9), (14, 10)):
        _session(db, ana.id, day, [(SQUAT, Side.LEFT, reps, 10.0), (SQUAT, Side.RIGHT, 10, 10.0)])

    recent = recent_leg_totals(db, ana.id, {SQUAT: T0, LUNGE: T0},
                               until={SQUAT: T0 + timedelta(days=10)})

    assert [t.reps for t in recent[SQUAT] if t.side is Side.LEFT] == [8, 9]
    assert recent[LUNGE] == []


# Monday 3 March 2025 is day 20150 since 1970; weeks from there.
WEEKS = DayBuckets(origin=day_number(T0.date()), days=7, offset_s=0)


def test_bucket_totals_add_up_each_weeks_sessions_per_side(db):
    ana, ben = create_athlete(db, "Ana"), create_athlete(db, "Ben")
    _session(db, ana.id, 0, [(SQUAT, Side.LEFT, 8, 10.0), (SQUAT, Side.RIGHT, 10, 10.0)])
    _session(db, ana.id, 2, [(SQUAT, Side.LEFT, 9, 10.0), (SQUAT, Side.RIGHT, 10, 12.0),
                             (LUNGE, Side.LEFT, 12, 0.0)])
    _session(db, ana.id, 7, [(SQUAT, Side.LEFT, 10, 10.0), (SQUAT, Side.BOTH, 10, 40.0)])
    _session(db, ben.id, 1, [(SQUAT, Side.LEFT, 5, 50.0)])

    totals = bucket_totals(db, ana.id, SQUAT, WEEKS)

    rows = [(t.session_id, t.side, t.sessions, t.sets, t.reps, t.volume_kg, t.best_load_kg,
             t.min_load_kg) for t in totals]
    assert rows == [
        (0, Side.LEFT, 2, 2, 17, 170.0, 10.0, 10.0),
        (0, Side.RIGHT, 2, 2, 20, 220.0, 12.0, 10.0),
        (1, Side.BOTH, 1, 1, 10, 400.0, 40.0, 40.0),
        (1, Side.LEFT, 1, 1, 10, 100.0, 10.0, 10.0),
    ]
    # A week's point sits at noon on its Thursday.
    assert totals[0].started_at == datetime(2025, 3, 6, 12, tzinfo=UTC)
    assert totals[1].best_load_by_reps[10 - 1] == 12.0
    assert totals[1].best_e1rm() == pytest.approx(12 * (1 + 10 / 30))
    assert bucket_totals(db, ana.id, SQUAT, WEEKS, best_by_reps=False)[1].best_load_by_reps == ()
    assert [t.session_id for t in bucket_totals(db, ana.id, SQUAT, WEEKS,
                                                start=T0 + timedelta(days=5))] == [1, 1]
    assert [t.reps for t in bucket_totals(db, ben.id, SQUAT, WEEKS)] == [5]
    assert bucket_totals(db, ana.id, "no-such-exercise", WEEKS) == []


def test_bucket_totals_come_back_exactly_as_the_database_added_them_up(db):
    # 3 × 0.1 is 0.30000000000000004 in binary floating point; a text of fifteen digits
    # would bring back 0.3. A bucket of one session holds exactly that session's totals.
    ana = create_athlete(db, "Ana")
    _session(db, ana.id, 0, [(SQUAT, Side.LEFT, 3, 0.1), (SQUAT, Side.RIGHT, 7, 1 / 3)])

    buckets = bucket_totals(db, ana.id, SQUAT, WEEKS)
    sessions = leg_totals(db, ana.id, SQUAT)

    assert [(b.volume_kg, b.best_load_kg, b.best_load_by_reps) for b in buckets] == [
        (s.volume_kg, s.best_load_kg, s.best_load_by_reps) for s in sessions]
    assert buckets[0].volume_kg == 3 * 0.1 != 0.3


def test_bucket_totals_keep_to_the_range_and_skip_empty_weeks(db):
    ana = create_athlete(db, "Ana")
    for day in (0, 1, 20, 40):
        _session(db, ana.id, day, [(SQUAT, Side.LEFT, 8, 10.0)])
    ten = DayBuckets(origin=WEEKS.origin, days=10, offset_s=0)

    every = bucket_totals(db, ana.id, SQUAT, ten)
    some = bucket_totals(db, ana.id, SQUAT, ten, start=T0 + timedelta(days=1),
                         end=T0 + timedelta(days=40))

    assert [(t.session_id, t.sessions) for t in every] == [(0, 2), (2, 1), (4, 1)]
    assert [(t.session_id, t.sessions) for t in some] == [(0, 1), (2, 1)]
    assert bucket_totals(db, ana.id, SQUAT, ten, start=T0 + timedelta(days=41)) == []


def test_bucket_totals_leave_warm_ups_out(db):
    ana = create_athlete(db, "Ana")
    _session(db, ana.id, 0, [(SQUAT, Side.LEFT, 8, 10.0)])
    log_session(db, ana.id, T0 + timedelta(days=1), [(SQUAT, Side.LEFT, 20, 5.0)], warmup=True)

    (left,) = bucket_totals(db, ana.id, SQUAT, WEEKS)

    assert (left.sessions, left.reps) == (1, 8)


def test_a_session_late_on_sunday_belongs_to_that_local_week(db):
    # 23:30 UTC on Sunday 9 March is already Monday in Oslo (UTC+1): the next week there.
    ana = create_athlete(db, "Ana")
    log_session(db, ana.id, datetime(2025, 3, 9, 23, 30, tzinfo=UTC),
                [(SQUAT, Side.LEFT, 8, 10.0)])

    utc = bucket_totals(db, ana.id, SQUAT, WEEKS)
    oslo = bucket_totals(db, ana.id, SQUAT, DayBuckets(WEEKS.origin, 7, 3600))

    assert [t.session_id for t in utc] == [0] and [t.session_id for t in oslo] == [1]
    assert sessions_per_week(db, ana.id, 0) == {day_number(datetime(2025, 3, 3).date()): 1}
    assert sessions_per_week(db, ana.id, 3600) == {day_number(datetime(2025, 3, 10).date()): 1}


def test_sessions_per_week_counts_sessions_with_sets_by_local_monday(db):
    ana, ben = create_athlete(db, "Ana"), create_athlete(db, "Ben")
    monday = T0 - timedelta(days=T0.weekday())
    _session(db, ana.id, 0, [(SQUAT, Side.LEFT, 8, 0.0)])
    log_session(db, ana.id, T0 + timedelta(hours=9), [(LUNGE, Side.LEFT, 8, 0.0)])
    _session(db, ana.id, 2, [])  # opened and closed without a set: not a training session
    _session(db, ana.id, 7, [(SQUAT, Side.LEFT, 8, 0.0)])
    _session(db, ben.id, 1, [(SQUAT, Side.LEFT, 8, 0.0)])
    this_week, next_week = day_number(monday.date()), day_number(monday.date()) + 7

    assert sessions_per_week(db, ana.id, 0) == {this_week: 2, next_week: 1}
    assert sessions_per_week(db, ana.id, 0, start=T0 + timedelta(days=1)) == {next_week: 1}
    assert sessions_per_week(db, ana.id, 0, end=T0 + timedelta(days=1)) == {this_week: 2}
    assert sessions_per_week(db, 999, 0) == {}


def test_first_session_and_session_count(db):
    ana = create_athlete(db, "Ana")
    assert first_session_start(db, ana.id) is None and session_count(db, ana.id) == 0
    for day in (3, 0, 9):
        _session(db, ana.id, day, [(SQUAT, Side.LEFT, 8, 0.0)])

    assert first_session_start(db, ana.id) == T0
    assert session_count(db, ana.id) == 3
    assert session_count(db, ana.id, T0 + timedelta(days=1), T0 + timedelta(days=9)) == 1


@pytest.fixture(params=["reading", "probing"])
def latest_by(request, monkeypatch):
    """Both ways to the latest sets: reading the athlete's own, or probing each exercise."""
    monkeypatch.setattr(progress_queries, "_MANY_SESSIONS", 10**9 if request.param == "reading"
                        else 0)
    return request.param


def test_latest_sessions_say_which_sides_each_exercise_was_logged_on(db, latest_by):
    ana, ben = create_athlete(db, "Ana"), create_athlete(db, "Ben")
    first = _session(db, ana.id, 0, [(SQUAT, Side.LEFT, 8, 0.0), (SQUAT, Side.RIGHT, 8, 0.0),
                                     (LUNGE, Side.BOTH, 8, 20.0)])
    later = _session(db, ana.id, 4, [(SQUAT, Side.BOTH, 8, 40.0)])
    log_session(db, ana.id, T0 + timedelta(days=6), [(LUNGE, Side.LEFT, 8, 0.0)], warmup=True)
    _session(db, ben.id, 9, [(LUNGE, Side.LEFT, 8, 0.0), (SQUAT, Side.RIGHT, 8, 0.0)])

    latest = {s.exercise_id: s for s in latest_sessions(db, ana.id)}

    assert latest[SQUAT].sides == {Side.LEFT, Side.RIGHT, Side.BOTH}
    assert latest[SQUAT].session_id == later and latest[SQUAT].one_leg_sets
    # A warm-up counts for nothing: the lunge's newest real set is two-sided.
    assert latest[LUNGE].sides == {Side.BOTH} and latest[LUNGE].session_id == first
    assert not latest[LUNGE].one_leg_sets
    assert latest_sessions(db, 999) == []


def test_the_cards_latest_sessions_leave_a_calibration_session_out(db, latest_by):
    ana = create_athlete(db, "Ana")
    training = _session(db, ana.id, 0, [(SQUAT, Side.LEFT, 8, 0.0), (SQUAT, Side.RIGHT, 8, 0.0),
                                        (LUNGE, Side.LEFT, 8, 0.0)])
    calibration = log_session(db, ana.id, T0 + timedelta(days=2), [
        (SQUAT, Side.LEFT, 12, 0.0), (SQUAT, Side.RIGHT, 5, 0.0), (LUNGE, Side.RIGHT, 8, 0.0)],
        plan_name=CALIBRATION_PLAN_NAME)

    latest, trained = latest_and_trained_sessions(db, ana.id)

    # Everything logged is there, the calibration's tries included (the charts show them)…
    assert latest == latest_sessions(db, ana.id)
    assert {s.exercise_id: s.session_id for s in latest} == {SQUAT: calibration,
                                                             LUNGE: calibration}
    assert {s.exercise_id: s.sides for s in latest}[LUNGE] == {Side.LEFT, Side.RIGHT}
    # …but the cards judge the training session, on the sides trained in it.
    assert {s.exercise_id: s.session_id for s in trained} == {SQUAT: training, LUNGE: training}
    assert {s.exercise_id: s.sides for s in trained}[LUNGE] == {Side.LEFT}
    assert {s.exercise_id: s.last_set_at for s in trained}[SQUAT] == T0 + timedelta(minutes=1)
    # With no calibration session holding a newest set, the two are the same.
    later = _session(db, ana.id, 4, [(SQUAT, Side.LEFT, 8, 0.0), (SQUAT, Side.RIGHT, 8, 0.0),
                                     (LUNGE, Side.LEFT, 8, 0.0), (LUNGE, Side.RIGHT, 8, 0.0)])
    latest, trained = latest_and_trained_sessions(db, ana.id)
    assert latest == trained and {s.session_id for s in trained} == {later}
    assert latest_and_trained_sessions(db, 999) == ([], [])


def test_recent_totals_for_the_cards_leave_a_calibration_session_out(db, monkeypatch):
    ana = create_athlete(db, "Ana")
    training = _session(db, ana.id, 0, [(SQUAT, Side.LEFT, 8, 0.0), (SQUAT, Side.RIGHT, 8, 0.0)])
    log_session(db, ana.id, T0 + timedelta(days=2), [
        (SQUAT, Side.LEFT, 12, 0.0), (SQUAT, Side.RIGHT, 5, 0.0)],
        plan_name=CALIBRATION_PLAN_NAME)
    for many in (10**9, 0):
        monkeypatch.setattr(progress_queries, "_MANY_SESSIONS", many)
        every = recent_leg_totals(db, ana.id, {SQUAT: T0})[SQUAT]
        trained = recent_leg_totals(db, ana.id, {SQUAT: T0}, training_only=True)[SQUAT]
        assert [t.reps for t in every] == [8, 8, 12, 5]
        assert [(t.session_id, t.reps) for t in trained] == [(training, 8), (training, 8)]


def test_both_ways_to_the_latest_sets_agree(db, monkeypatch):
    ana, ben = create_athlete(db, "Ana"), create_athlete(db, "Ben")
    for day in range(0, 40, 3):
        _session(db, ana.id, day, [(SQUAT, Side.LEFT, 8, 0.0), (LUNGE, Side.RIGHT, 8, 0.0)])
        _session(db, ben.id, day + 1, [(SQUAT, Side.RIGHT, 8, 0.0), (LUNGE, Side.BOTH, 8, 0.0)])
    answers = []
    for many in (10**9, 0):
        monkeypatch.setattr(progress_queries, "_MANY_SESSIONS", many)
        answers.append([latest_sessions(db, athlete.id) for athlete in (ana, ben)])
    assert answers[0] == answers[1]
    assert [s.sides for s in answers[0][1]] == [{Side.BOTH}, {Side.RIGHT}]


@pytest.mark.sqlite_only
def test_each_weeks_totals_are_one_range_of_the_covering_index_and_never_sorted(db):
    query = progress_buckets._buckets_statement(True, False, False).params(
        athlete=1, exercise=1, first=0, last=9, origin=0, days=7, offset_us=0, start_us=0)
    plan = _plan(db, query)

    assert ("SEARCH session_totals USING COVERING INDEX ix_session_totals_buckets "
            "(athlete_id=? AND exercise_id=? AND side=? AND started_us>? AND started_us<?)"
            in plan), plan
    assert "set_entry" not in plan and "training_session" not in plan, plan
    # Only the few (bucket, side) rows are ordered, never the sessions' rows.
    assert plan.count("TEMP B-TREE") == 1 and "GROUP BY" not in plan, plan


@pytest.mark.sqlite_only
def test_each_latest_set_is_found_by_walking_back_one_exercise_index(db):
    query = progress_queries._latest_probe(0).params(athlete=1, exercise_0=1, side_0="left")
    plan = _plan(db, query)

    assert "USING INDEX ix_set_entry_exercise_id_side_recorded_at (exercise_id=? AND side=?)" \
        in plan, plan
    assert "TEMP B-TREE" not in plan, plan


# What ANALYZE says of one athlete's 500,000 sets in 20,833 sessions (benchmarks/progress.py
# --scale): the statistics SQLite plans a keen athlete's queries with.
_KEEN_STATISTICS = (
    ("set_entry", "ix_set_entry_session_id_side", "499992 24 12"),
    ("set_entry", "ix_set_entry_session_id_recorded_at_id", "499992 24 1 1"),
    ("set_entry", "ix_set_entry_session_id_exercise_id_side_recorded_at_reps_load_kg_warmup",
     "499992 24 4 2 1 1 1 1"),
    ("set_entry", "ix_set_entry_exercise_id_side_recorded_at", "499992 83332 41666 1"),
    ("training_session", "ix_training_session_athlete_id_source_key", "20833 20833 20833"),
    ("training_session", "ix_training_session_athlete_id_started_at", "20833 20833 1"),
)


@pytest.mark.sqlite_only
def test_a_keen_athletes_recent_totals_read_each_exercises_window_not_every_session(db):
    with db.engine.begin() as connection:
        connection.execute(text("ANALYZE"))
        connection.execute(text("DELETE FROM sqlite_stat1 WHERE tbl IN (:a, :b)"),
                           {"a": "set_entry", "b": "training_session"})
        for row in _KEEN_STATISTICS:
            connection.execute(text("INSERT INTO sqlite_stat1 VALUES (:t, :i, :s)"),
                               dict(zip("tis", row, strict=True)))
    db.engine.dispose()  # new connections read the statistics
    query = progress_queries._windows(2, False, False).params(
        athlete=1, slug_0=SQUAT, start_0=T0, slug_1=LUNGE, start_1=T0)
    plan = _plan(db, query)

    # Each window through the exercise's index, each set's session by its key: walking
    # 20,000 sessions instead cost a keen athlete's cards 30 times as long.
    assert "ix_set_entry_exercise_id_side_recorded_at (exercise_id=? AND side=?" in plan, plan
    assert "SEARCH training_session USING INTEGER PRIMARY KEY (rowid=?)" in plan, plan
    assert "ix_training_session_athlete_id_started_at" not in plan, plan


@pytest.mark.sqlite_only
def test_a_latest_set_probe_looks_its_session_up_by_key_alone(db):
    query = progress_queries._latest_probe(0).params(athlete=1, exercise_0=1, side_0="left")
    plan = _plan(db, query)

    # Not joined: a join had SQLite build a Bloom filter over every session first.
    assert "CORRELATED SCALAR SUBQUERY" in plan, plan
    assert "SEARCH training_session USING INTEGER PRIMARY KEY (rowid=?)" in plan, plan
    assert "BLOOM FILTER" not in plan and "SCAN training_session" not in plan, plan
