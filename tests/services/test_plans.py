"""One plan per name, for the app, the sheets and the command line; the built-in name is kept."""

import pytest

from app.__main__ import main
from app.domain.errors import ValidationError
from app.domain.plan import BUILTIN_PLAN_NAME, QUEUE_PLAN_NAME, Plan, queued_plan
from app.domain.preferences import TrainingPreferences
from app.domain.session import SessionState
from app.library import builtin_exercises
from app.services import plans
from app.services.sessions import (
    record_set,
    resume_session,
    start_session,
    unfinished_session,
)
from app.sheets.sources import plan_sheet
from app.storage.athletes import ensure_home_athlete
from app.storage.database import Database
from app.storage.plans import list_plans, save_plan
from tests.builders import plan, plan_item
from tests.fakes import FakeClock


@pytest.fixture
def athlete_id(database: Database) -> int:
    from app.storage.exercises import sync_builtin_exercises

    sync_builtin_exercises(database, builtin_exercises())
    return ensure_home_athlete(database, "Runner").id


def _a_copy_under_the_builtin_name() -> Plan:
    # What the plan editor let an athlete save before the name was reserved.
    return plan(BUILTIN_PLAN_NAME, plan_item(sets=3, reps_max=4))


def test_the_builtin_name_means_the_builtin_plan_everywhere(
    database: Database, database_url: str, athlete_id: int, capsys: pytest.CaptureFixture[str],
    tmp_path,
) -> None:
    save_plan(database, athlete_id, _a_copy_under_the_builtin_name())
    found = plans.find_plan(database, athlete_id, BUILTIN_PLAN_NAME)
    assert found == plans.builtin()
    in_plan = [e for e in builtin_exercises() if e.in_builtin_plan]
    assert [item.exercise_id for item in found.items] == [e.id for e in in_plan]
    sheet = plan_sheet(database, None, found)
    assert [block.name for block in sheet.blocks] == [e.name for e in in_plan]
    assert main(["--database-url", database_url, "plans"]) == 0
    assert capsys.readouterr().out.splitlines() == [BUILTIN_PLAN_NAME]
    out = tmp_path / "sheet.pdf"
    assert main(["--database-url", database_url, "sheet", "--plan",
                 BUILTIN_PLAN_NAME, "-o", str(out)]) == 0


@pytest.mark.parametrize("name", [BUILTIN_PLAN_NAME, f"  {BUILTIN_PLAN_NAME.upper()} ",
                                  QUEUE_PLAN_NAME])
def test_no_plan_of_the_athletes_may_take_a_reserved_name(
    database: Database, athlete_id: int, name: str
) -> None:
    with pytest.raises(ValidationError, match="belongs to one of Legwork's own plans"):
        plans.save_plan(database, athlete_id, plan(name))
    assert list_plans(database, athlete_id) == []


def _log_first_side(database: Database, session_id: int, engine, clock: FakeClock) -> None:
    engine.start()
    while engine.state is not SessionState.SIDE_DONE:
        clock.advance(0.25)
        engine.tick()
    engine.accept(engine.prefill(), lambda entry: record_set(database, session_id, entry))


def test_a_queued_session_is_not_stored_as_a_plan_and_still_resumes(
    database: Database, database_url: str, athlete_id: int, capsys: pytest.CaptureFixture[str]
) -> None:
    queued = queued_plan([e for e in builtin_exercises() if e.id == "reverse-lunge"])
    assert queued is not None
    clock = FakeClock()
    opened = start_session(database, athlete_id, queued, clock, TrainingPreferences()).value
    assert list_plans(database, athlete_id) == []
    assert main(["--database-url", database_url, "plans"]) == 0
    assert QUEUE_PLAN_NAME not in capsys.readouterr().out
    _log_first_side(database, opened.session_id, opened.engine, clock)

    info = unfinished_session(database, athlete_id)
    assert info is not None and info.plan_name == QUEUE_PLAN_NAME
    again = resume_session(database, athlete_id, info, FakeClock(), TrainingPreferences())
    assert again.engine.plan == queued
    assert again.engine.snapshot().exercise_id == "reverse-lunge"
    assert again.engine.current.set_number == 1 and len(again.engine.entries()) == 1


def test_a_session_resumes_with_the_plan_it_started_with(
    database: Database, athlete_id: int
) -> None:
    hills = plan("Hills", plan_item(sets=2))
    plans.save_plan(database, athlete_id, hills)
    clock = FakeClock()
    opened = start_session(database, athlete_id, hills, clock, TrainingPreferences()).value
    _log_first_side(database, opened.session_id, opened.engine, clock)
    plans.save_plan(database, athlete_id, plan("Hills", plan_item(exercise_id="reverse-lunge",
                                                                  exercise_name="Reverse lunge")))
    info = unfinished_session(database, athlete_id)
    assert info is not None
    again = resume_session(database, athlete_id, info, FakeClock(), TrainingPreferences())
    assert again.engine.plan == hills, "the edit after the crash does not change this session"


def test_saving_under_a_new_name_replaces_the_old_plan_only_once_stored(
    database: Database, athlete_id: int
) -> None:
    plans.save_plan(database, athlete_id, plan("Hills"))
    with pytest.raises(ValidationError):
        plans.save_plan(database, athlete_id, plan(BUILTIN_PLAN_NAME), replacing="Hills")
    assert list_plans(database, athlete_id) == ["Hills"]
    outcome = plans.save_plan(database, athlete_id, plan("Hill repeats"), replacing="Hills")
    assert outcome.changes.plans
    assert list_plans(database, athlete_id) == ["Hill repeats"]
