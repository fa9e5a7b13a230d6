"""`last_sets`: each exercise's sets from the athlete's latest finished session, per leg."""

from datetime import timedelta

from app.domain.records import SetEntry
from app.domain.sides import Side
from app.storage.athletes import create_athlete
from app.storage.last_time import last_sets
from app.storage.sessions import abandon_session, record_set, start_session
from tests.builders import SEED_START as T0
from tests.builders import SQUAT, seed_history


def test_latest_finished_session_per_leg_in_set_order(database) -> None:
    seeded = seed_history(database, sessions=3)
    last = last_sets(database, seeded.athlete.id, [SQUAT])
    assert set(last) == {SQUAT}
    left, right = last[SQUAT][Side.LEFT], last[SQUAT][Side.RIGHT]
    assert [(e.set_number, e.reps, e.load_kg) for e in left] == [(1, 8, 14.0), (2, 8, 12.0)]
    assert [(e.set_number, e.reps, e.load_kg) for e in right] == [(1, 9, 14.0), (2, 9, 14.0)]


def test_unfinished_and_other_athletes_sessions_are_ignored(database) -> None:
    seeded = seed_history(database, sessions=1)
    other = create_athlete(database, "Someone Else")
    for athlete_id in (seeded.athlete.id, other.id):
        later = start_session(database, athlete_id, "x", started_at=T0 + timedelta(days=9))
        record_set(database, later, SetEntry(
            SQUAT, Side.LEFT, 1, 3, 40.0, "3-1-1-0", T0 + timedelta(days=9)))
        if athlete_id == seeded.athlete.id:
            abandon_session(database, later)
    last = last_sets(database, seeded.athlete.id, [SQUAT])
    assert [e.load_kg for e in last[SQUAT][Side.LEFT]] == [10.0, 8.0]
    assert last_sets(database, other.id, [SQUAT]) == {}


def test_exercises_never_done_or_unknown_are_absent(database) -> None:
    seeded = seed_history(database, sessions=1)
    assert last_sets(database, seeded.athlete.id, ["reverse-lunge", "no-such-thing"]) == {}
    assert last_sets(database, seeded.athlete.id, []) == {}


def test_before_looks_back_from_an_earlier_moment(database) -> None:
    seeded = seed_history(database, sessions=3)
    last = last_sets(database, seeded.athlete.id, [SQUAT], before=T0 + timedelta(days=4))
    assert [e.load_kg for e in last[SQUAT][Side.RIGHT]] == [12.0, 12.0]
