"""The made-up demo history: repeatable, realistic, and following the app's own advice."""

from datetime import UTC, datetime, timedelta

import pytest

from app.domain.adherence import weekly_sessions
from app.domain.demo_history import DEMO_WEEKS, demo_history
from app.domain.errors import ValidationError
from app.domain.metrics import Measure, symmetry
from app.domain.sides import Side
from app.library import builtin_exercises

END = datetime(2025, 6, 1, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def history():
    return demo_history(builtin_exercises(), END)


def _lsi(sessions, exercise_id):
    entries = [e for s in sessions for e in s.entries if e.exercise_id == exercise_id]
    return symmetry(entries, Measure.REPS)


def test_same_seed_gives_the_same_history_and_another_seed_does_not(history):
    assert demo_history(builtin_exercises(), END) == history
    assert demo_history(builtin_exercises(), END, seed=1) != history


def test_twelve_weeks_of_two_or_three_sessions_a_week(history):
    starts = [s.started_at for s in history]
    assert starts == sorted(starts)
    assert END - timedelta(weeks=DEMO_WEEKS) <= starts[0] and starts[-1] < END
    full_weeks = weekly_sessions(starts, starts[0].date(), END.date(), UTC)[1:-1]
    assert full_weeks and all(2 <= w.sessions <= 3 for w in full_weeks)


def test_every_session_trains_every_exercise_on_both_legs(history):
    slugs = {e.id for e in builtin_exercises()}
    for session in history:
        assert {e.exercise_id for e in session.entries} == slugs
        assert {e.side for e in session.entries} == {Side.LEFT, Side.RIGHT}
        assert all(e.recorded_at >= session.started_at for e in session.entries)


def test_left_leg_starts_weaker_and_catches_up(history):
    first_weeks, last_weeks = history[:6], history[-6:]
    for exercise in builtin_exercises():
        early, late = _lsi(first_weeks, exercise.id), _lsi(last_weeks, exercise.id)
        assert early.weaker is Side.LEFT
        assert 70 <= early.lsi < 90, exercise.id
        assert late.lsi >= 90, exercise.id


def test_bodyweight_first_then_load_never_going_backwards(history):
    for exercise in builtin_exercises():
        loads = [max(e.load_kg for e in s.entries if e.exercise_id == exercise.id)
                 for s in history]
        levels = [max(e.progression_level for e in s.entries if e.exercise_id == exercise.id)
                  for s in history]
        assert loads[0] == 0.0
        assert loads == sorted(loads) and levels == sorted(levels)
        assert loads[-1] > 0 or levels[-1] > levels[0], exercise.id


def test_each_leg_does_its_rungs_target_number_of_sets(history):
    by_exercise = {e.id: e for e in builtin_exercises()}
    for session in history:
        for exercise_id, exercise in by_exercise.items():
            sets = [e for e in session.entries if e.exercise_id == exercise_id]
            target = exercise.target(sets[0].progression_level).sets
            for side in (Side.LEFT, Side.RIGHT):
                assert sum(e.side is side for e in sets) == target


def test_sets_are_valid_logged_values(history):
    by_exercise = {e.id: e for e in builtin_exercises()}
    for entry in (e for s in history for e in s.entries):
        target = by_exercise[entry.exercise_id].target(entry.progression_level)
        assert 1 <= entry.reps <= target.reps
        assert entry.rpe is not None and 6 <= entry.rpe <= 10
        assert (entry.form_knee, entry.form_hips) == (True, True)


def test_bad_inputs_are_refused():
    with pytest.raises(ValidationError, match="time zone"):
        demo_history(builtin_exercises(), datetime(2025, 6, 1))
    two_leg = [e for e in builtin_exercises() if not e.unilateral]
    with pytest.raises(ValidationError, match="one-leg"):
        demo_history(two_leg, END)
