"""Progress cards from stored history: warm-ups count toward no rung of the progression."""

from datetime import timedelta

import pytest

from app.domain.metrics import Measure
from app.domain.progression import AdviceKind
from app.domain.sides import Side
from app.domain.units import Unit
from app.library import builtin_exercises
from app.services.progress import ProgressSource
from app.storage.athletes import create_athlete
from app.storage.database import Database
from app.storage.exercises import sync_builtin_exercises
from app.storage.sessions import finish_session, record_set, start_session
from tests.builders import SQUAT, T0, set_entry


@pytest.fixture
def db(database: Database) -> Database:
    sync_builtin_exercises(database, builtin_exercises())
    return database


def _advice_after(db: Database, *, third_set_is_warmup: bool) -> AdviceKind:
    """One session of the first rung (3 × 12): per leg two good sets of 12, and a third."""
    athlete = create_athlete(db, "Ana")
    session_id = start_session(db, athlete.id, "Test", started_at=T0)
    minute = 0
    for side in (Side.LEFT, Side.RIGHT):
        for number in (1, 2, 3):
            warmup = third_set_is_warmup and number == 1
            record_set(db, session_id, set_entry(
                SQUAT, side, set_number=number, reps=12, load_kg=0.0, minutes=minute,
                rpe=7.0, form_knee=True, form_hips=True, warmup=warmup))
            minute += 1
    finish_session(db, session_id, finished_at=T0 + timedelta(hours=1))
    squat = next(e for e in builtin_exercises() if e.id == SQUAT)
    (card,) = ProgressSource(db, athlete.id).cards([squat], Measure.REPS, Unit.KG)
    return card.advice.kind


def test_three_good_sets_per_leg_climb_the_rung(db: Database) -> None:
    assert _advice_after(db, third_set_is_warmup=False) is AdviceKind.LEVEL_UP


def test_a_warm_up_set_is_not_one_of_the_three(db: Database) -> None:
    # The same six sets, one per leg a warm-up: two working sets are not "3 × 12".
    assert _advice_after(db, third_set_is_warmup=True) is AdviceKind.STAY
