"""Plan items, plans and the built-in plan."""

from dataclasses import replace
from typing import Any

import pytest

from app.domain.errors import ValidationError
from app.domain.plan import (
    BUILTIN_PLAN_NAME,
    QUEUE_PLAN_NAME,
    Plan,
    PlanItem,
    builtin_plan,
    plan_of,
    queued_plan,
)
from app.domain.side_order import SideOrder
from app.domain.tempo import TempoError
from app.library import builtin_exercises
from tests.builders import exercise


def item(**changes: Any) -> PlanItem:
    fields: dict[str, Any] = {
        "exercise_id": "single-leg-squat",
        "exercise_name": "Single-leg squat",
        "sets": 2,
        "reps_min": 6,
        "reps_max": 10,
        "tempo": "3-1-1-0",
    }
    fields.update(changes)
    return PlanItem(**fields)


def test_defaults_describe_a_bodyweight_unilateral_item_weaker_leg_first() -> None:
    plain = item()
    assert plain.rest_between_sides_s == 30
    assert plain.rest_between_sets_s == 90
    assert plain.load_kg == 0
    assert plain.progression_level == 0
    assert plain.side_order is SideOrder.WEAKER_FIRST
    assert plain.unilateral


def test_tempo_is_stored_in_canonical_notation() -> None:
    assert item(tempo="31x0").tempo == "3-1-X-0"
    assert item(tempo="31x0").tempo_value.rep_seconds == 4.5


def test_a_bad_tempo_is_refused() -> None:
    with pytest.raises(TempoError):
        item(tempo="slow")


@pytest.mark.parametrize(
    ("changes", "field_words"),
    [
        ({"sets": 0}, "Sets"),
        ({"sets": 11}, "Sets"),
        ({"reps_min": 0}, "Minimum reps"),
        ({"reps_max": 101}, "Maximum reps"),
        ({"reps_min": 8, "reps_max": 6}, "Minimum reps"),
        ({"rest_between_sides_s": -1}, "Rest between sides"),
        ({"rest_between_sets_s": 601}, "Rest between sets"),
        ({"load_kg": -2.5}, "Load"),
        ({"load_kg": 500.5}, "Load"),
        ({"progression_level": -1}, "Progression level"),
        ({"exercise_id": " "}, "exercise"),
    ],
)
def test_out_of_range_values_are_refused_naming_the_field(
    changes: dict[str, Any], field_words: str
) -> None:
    with pytest.raises(ValidationError, match=field_words):
        item(**changes)


def test_limits_themselves_are_allowed() -> None:
    edge = item(sets=10, reps_min=100, reps_max=100, rest_between_sides_s=0,
                rest_between_sets_s=600, load_kg=500)
    assert edge.sets == 10


def test_plan_name_is_trimmed_and_limited() -> None:
    assert Plan(name="  Tuesday  ", items=(item(),)).name == "Tuesday"
    assert Plan(name="x" * 80, items=(item(),)).name == "x" * 80
    with pytest.raises(ValidationError, match="80 characters"):
        Plan(name="x" * 81, items=(item(),))
    with pytest.raises(ValidationError, match="name"):
        Plan(name="   ", items=(item(),))


def test_a_plan_needs_at_least_one_item() -> None:
    with pytest.raises(ValidationError, match="at least one"):
        Plan(name="Empty", items=())


def test_builtin_plan_uses_each_exercise_in_order_three_bodyweight_sets() -> None:
    library = [
        exercise("single-leg-squat", reps=(6, 10), tempo="3110"),
        exercise("step-down", reps=(8, 12), tempo="4-0-1-0"),
        replace(exercise("glute-bridge", reps=(10, 15), tempo="2-1-1-1"), unilateral=False),
    ]
    plan = builtin_plan(library)
    assert plan.name == BUILTIN_PLAN_NAME == "Runner's single-leg session"
    assert plan.builtin
    assert [i.exercise_id for i in plan.items] == ["single-leg-squat", "step-down", "glute-bridge"]
    assert [(i.reps_min, i.reps_max) for i in plan.items] == [(6, 10), (8, 12), (10, 15)]
    assert [i.tempo for i in plan.items] == ["3-1-1-0", "4-0-1-0", "2-1-1-1"]
    # three sets per leg: each rung's goal ("3 × 12") counts three, so the plan can climb
    assert all(i.sets == 3 and i.load_kg == 0 for i in plan.items)
    assert [i.unilateral for i in plan.items] == [True, True, False]


def test_library_only_exercises_stay_out_of_the_builtin_plan_but_can_be_queued() -> None:
    library = builtin_exercises()
    soleus = next(e for e in library if e.id == "single-leg-bent-knee-calf-raise")
    assert soleus.id not in [i.exercise_id for i in builtin_plan(library).items]
    queued = plan_of([soleus], "Queued")
    assert [i.exercise_id for i in queued.items] == [soleus.id] and not queued.builtin
    from_library = queued_plan([soleus])
    assert from_library is not None and from_library.name == QUEUE_PLAN_NAME
    assert [i.exercise_id for i in from_library.items] == [soleus.id]
