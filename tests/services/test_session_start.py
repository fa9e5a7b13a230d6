"""The start page's figures: the week against the 2–3 target, the last session, today's advice."""

from datetime import UTC, datetime, timedelta

import pytest

from app.domain.adherence import WeekStatus
from app.domain.metrics import Measure
from app.domain.plan import BUILTIN_PLAN_NAME, CALIBRATION_PLAN_NAME, Plan, PlanItem
from app.domain.progression import AdviceKind, advise
from app.domain.sides import Side
from app.domain.units import Unit
from app.library import builtin_exercises
from app.services import plans
from app.services.session_start import start_summary, todays_plan
from app.storage.athletes import create_athlete
from app.storage.database import Database
from app.storage.exercises import sync_builtin_exercises
from app.storage.plans import save_plan
from app.storage.sessions import finish_session, record_set, sets_for_session, start_session
from tests.builders import SQUAT, set_entry

# A Thursday; its week runs from Monday 2 June to Sunday 8 June 2025 (UTC here).
NOW = datetime(2025, 6, 5, 18, 0, tzinfo=UTC)
LIBRARY = builtin_exercises()
SQUAT_EXERCISE = next(e for e in LIBRARY if e.id == SQUAT)


@pytest.fixture
def athlete_id(database: Database) -> int:
    sync_builtin_exercises(database, LIBRARY)
    return create_athlete(database, "Ana").id


def squat_session(db: Database, athlete_id: int, started: datetime, *, left: int = 12,
                  right: int = 12, finish: bool = True, plan_name: str = BUILTIN_PLAN_NAME) -> int:
    """Three sets per leg of the single-leg squat at bodyweight, good form, RPE 7."""
    session_id = start_session(db, athlete_id, plan_name, started_at=started)
    for n, side in enumerate((Side.LEFT, Side.RIGHT, Side.LEFT, Side.RIGHT, Side.LEFT,
                              Side.RIGHT)):
        entry = set_entry(SQUAT, side, set_number=n // 2 + 1,
                          reps=left if side is Side.LEFT else right, load_kg=0.0, rpe=7.0,
                          form_knee=True, form_hips=True)
        record_set(db, session_id, entry.__class__(**{
            **vars(entry), "recorded_at": started + timedelta(minutes=n)}))
    if finish:
        finish_session(db, session_id, finished_at=started + timedelta(minutes=40))
    return session_id


def summary(db: Database, athlete_id: int, plan: Plan | None = None, line: float = 90.0):
    return start_summary(db, athlete_id, plan=plan or plans.builtin(), exercises=LIBRARY,
                         unit=Unit.KG, line=line, now=NOW, tz=UTC)


def test_sessions_this_week_against_the_target(database: Database, athlete_id: int) -> None:
    assert summary(database, athlete_id).week.sessions == 0
    squat_session(database, athlete_id, NOW - timedelta(days=4))  # Sunday: last week
    squat_session(database, athlete_id, NOW - timedelta(days=3))  # Monday
    first = summary(database, athlete_id).week
    assert (first.week_start.isoformat(), first.sessions, first.status) == (
        "2025-06-02", 1, WeekStatus.BELOW)
    squat_session(database, athlete_id, NOW - timedelta(hours=2))
    assert summary(database, athlete_id).week.status is WeekStatus.ON_TARGET


def test_the_last_session_and_how_even_the_legs_were(database: Database, athlete_id: int) -> None:
    assert summary(database, athlete_id).last is None
    squat_session(database, athlete_id, NOW - timedelta(days=5))
    latest = squat_session(database, athlete_id, NOW - timedelta(days=2), left=9, right=12)
    # A session left open (being trained, or a crash) is not the last one done.
    squat_session(database, athlete_id, NOW - timedelta(hours=1), finish=False)
    last = summary(database, athlete_id).last
    assert last is not None and last.info.id == latest
    assert last.side_sets == 6
    (squat,) = last.symmetry
    assert (squat.exercise_id, squat.name) == (SQUAT, SQUAT_EXERCISE.name)
    result = last.of(SQUAT)
    # Bodyweight only, body mass unknown: reps at the same load, 9 of 12 set for set.
    assert (round(result.lsi), result.weaker, result.measure) == (
        75, Side.LEFT, Measure.REPS_AT_SAME_LOAD)
    assert last.below_line() == [squat]
    assert summary(database, athlete_id, line=70.0).last.below_line() == []


def test_the_symmetry_is_the_printed_summarys(database: Database, athlete_id: int) -> None:
    from app.sheets.sources import summary_sheet

    session_id = squat_session(database, athlete_id, NOW - timedelta(days=2), left=10,
                               right=12)
    result = summary(database, athlete_id).last.of(SQUAT)
    (block,) = summary_sheet(database, session_id).blocks
    assert block.lsi.startswith(f"LSI {int(result.lsi)}%")


def test_todays_advice_is_the_progress_cards_advice(database: Database, athlete_id: int) -> None:
    first = squat_session(database, athlete_id, NOW - timedelta(days=2))
    result = summary(database, athlete_id)
    assert [p.item.exercise_id for p in result.exercises] == [
        i.exercise_id for i in plans.builtin().items]
    squat = next(p for p in result.exercises if p.item.exercise_id == SQUAT)
    assert squat.card is not None
    expected = advise(sets_for_session(database, first), SQUAT_EXERCISE, 0, Unit.KG)
    assert squat.card.advice == expected
    assert squat.card.advice.kind is AdviceKind.LEVEL_UP
    never = [p for p in result.exercises if p.item.exercise_id != SQUAT]
    assert never and all(p.card is None and p.exercise is not None for p in never)


def test_todays_plan_is_the_queue_then_the_last_sessions_plan_then_the_built_in_one(
    database: Database, athlete_id: int,
) -> None:
    assert todays_plan(database, athlete_id, None).name == BUILTIN_PLAN_NAME
    mine = Plan("Tuesday hills", (PlanItem(SQUAT, "Single-leg squat", 2, 8, 10, "3-1-1-0"),))
    save_plan(database, athlete_id, mine)
    squat_session(database, athlete_id, NOW - timedelta(days=1), plan_name="Tuesday hills")
    assert todays_plan(database, athlete_id, None) == mine
    queued = Plan("Queued", mine.items)
    assert todays_plan(database, athlete_id, queued) is queued
    squat_session(database, athlete_id, NOW, plan_name="A plan since deleted")
    assert todays_plan(database, athlete_id, None).name == BUILTIN_PLAN_NAME


def test_a_calibration_session_after_training_leaves_the_advice_as_training_gave_it(
    database: Database, athlete_id: int,
) -> None:
    squat_session(database, athlete_id, NOW - timedelta(days=2))
    before = _squat_card(summary(database, athlete_id))
    assert before is not None and before.advice.kind is AdviceKind.LEVEL_UP
    # A block's calibration session the next day: one try per leg on the first rung, the
    # left leg's good, the right leg's short of the range.
    started = NOW - timedelta(days=1)
    session_id = start_session(database, athlete_id, CALIBRATION_PLAN_NAME, started_at=started)
    for n, (side, reps) in enumerate(((Side.LEFT, 12), (Side.RIGHT, 5))):
        entry = set_entry(SQUAT, side, set_number=1, reps=reps, load_kg=0.0, rpe=9.0,
                          form_knee=True, form_hips=True)
        record_set(database, session_id, entry.__class__(**{
            **vars(entry), "recorded_at": started + timedelta(minutes=n)}))
    finish_session(database, session_id, finished_at=started + timedelta(minutes=10))

    after = summary(database, athlete_id)
    card = _squat_card(after)

    assert card is not None
    assert card.advice == before.advice and card.last_trained == before.last_trained
    assert card.lsi == before.lsi
    # The start page still says the calibration was the last session done.
    assert after.last is not None and after.last.info.id == session_id


def _squat_card(result):
    return next(p.card for p in result.exercises if p.item.exercise_id == SQUAT)
