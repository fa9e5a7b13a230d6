"""Saved plans: per athlete or shared, replaced by name, loaded back in order."""

import dataclasses

import pytest

from app.domain.errors import ValidationError
from app.domain.plan import Plan, PlanItem
from app.domain.side_order import SideOrder
from app.storage.athletes import create_athlete, ensure_home_athlete
from app.storage.database import Database, open_database
from app.storage.errors import NotFoundError
from app.storage.exercises import add_custom_exercise, sync_builtin_exercises
from app.storage.plans import delete_plan, list_plans, load_plan, save_plan
from tests.builders import exercise


@pytest.fixture
def athlete_id(database: Database) -> int:
    sync_builtin_exercises(
        database, [exercise("split-squat", "Split squat"), exercise("step-down", "Step-down")]
    )
    return ensure_home_athlete(database, "Runner").id


def _item(slug: str, name: str, **changes: object) -> PlanItem:
    item = PlanItem(
        exercise_id=slug, exercise_name=name, sets=3, reps_min=6, reps_max=10, tempo="3-1-1-0"
    )
    return dataclasses.replace(item, **changes)  # type: ignore[arg-type]


def _plan(name: str = "Base", *items: PlanItem) -> Plan:
    return Plan(name=name, items=items or (_item("split-squat", "Split squat"),))


def test_a_plan_comes_back_exactly_as_saved(
    database: Database, database_url: str, athlete_id: int
) -> None:
    plan = _plan(
        "Base",
        _item(
            "step-down",
            "Step-down",
            rest_between_sides_s=20,
            rest_between_sets_s=120,
            load_kg=7.5,
            progression_level=2,
            side_order=SideOrder.ALTERNATE,
        ),
        _item("split-squat", "Split squat", sets=2),
    )
    save_plan(database, athlete_id, plan)
    database.close()
    with open_database(database_url) as reopened:
        assert load_plan(reopened, athlete_id, "Base") == plan


def test_saving_under_an_existing_name_replaces_the_plan(
    database: Database, athlete_id: int
) -> None:
    first_id = save_plan(database, athlete_id, _plan("Base"))
    newer = _plan("Base", _item("step-down", "Step-down"), _item("split-squat", "Split squat"))
    assert save_plan(database, athlete_id, newer) == first_id
    assert load_plan(database, athlete_id, "Base") == newer
    assert list_plans(database, athlete_id) == ["Base"]


def test_plans_are_listed_by_name_per_athlete(database: Database, athlete_id: int) -> None:
    other = create_athlete(database, "Ida").id
    save_plan(database, athlete_id, _plan("Taper"))
    save_plan(database, athlete_id, _plan("Base"))
    save_plan(database, other, _plan("Hills"))
    save_plan(database, None, _plan("Shared"))
    assert list_plans(database, athlete_id) == ["Base", "Taper"]
    assert list_plans(database, other) == ["Hills"]
    assert list_plans(database, None) == ["Shared"]
    with pytest.raises(NotFoundError, match="no saved plan called 'Hills'"):
        load_plan(database, athlete_id, "Hills")


def test_two_athletes_may_use_the_same_plan_name(database: Database, athlete_id: int) -> None:
    other = create_athlete(database, "Ida").id
    mine = _plan("Base")
    theirs = _plan("Base", _item("step-down", "Step-down"))
    save_plan(database, athlete_id, mine)
    save_plan(database, other, theirs)
    assert load_plan(database, athlete_id, "Base") == mine
    assert load_plan(database, other, "Base") == theirs


def test_shared_plans_are_replaced_by_name_too(database: Database, athlete_id: int) -> None:
    builtin = dataclasses.replace(_plan("Runner's plan"), builtin=True)
    first = save_plan(database, None, builtin)
    assert save_plan(database, None, builtin) == first
    assert list_plans(database, None) == ["Runner's plan"]
    assert load_plan(database, None, "Runner's plan").builtin


def test_a_plan_with_an_unknown_exercise_is_refused_and_the_old_one_kept(
    database: Database, athlete_id: int
) -> None:
    save_plan(database, athlete_id, _plan("Base"))
    broken = _plan("Base", _item("moon-squat", "Moon squat"))
    with pytest.raises(ValidationError, match="Unknown exercise 'moon-squat'"):
        save_plan(database, athlete_id, broken)
    assert load_plan(database, athlete_id, "Base") == _plan("Base")
    with pytest.raises(ValidationError):
        save_plan(database, athlete_id, _plan("New", _item("moon-squat", "Moon squat")))
    assert list_plans(database, athlete_id) == ["Base"]


def test_plans_can_use_custom_exercises(database: Database, athlete_id: int) -> None:
    add_custom_exercise(database, exercise("hop", "Hop and stick", builtin=False))
    plan = _plan("Plyo", _item("hop", "Hop and stick"))
    save_plan(database, athlete_id, plan)
    assert load_plan(database, athlete_id, "Plyo") == plan


def test_deleting_a_plan_removes_it_and_its_items(database: Database, athlete_id: int) -> None:
    from sqlalchemy import text

    save_plan(database, athlete_id, _plan("Base"))
    save_plan(database, athlete_id, _plan("Taper"))
    delete_plan(database, athlete_id, "Base")
    assert list_plans(database, athlete_id) == ["Taper"]
    with database.session() as session:
        assert session.scalar(text("SELECT count(*) FROM plan_item")) == 1
    with pytest.raises(NotFoundError):
        delete_plan(database, athlete_id, "Base")
