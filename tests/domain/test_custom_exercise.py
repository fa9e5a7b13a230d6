"""Users' own exercises: built from form input, refused with a reason when wrong."""

import pytest

from app.domain.custom_exercise import new_custom_exercise, slugify
from app.domain.errors import ValidationError
from app.domain.exercise import filter_exercises
from app.library import builtin_exercises


def _make(**changes):
    values = dict(
        name="Step-down", instructions="Stand on a step\nLower the free heel to the floor",
        tips="Knee over toes", tempo="3110", reps_min=8, reps_max=12, sets=2, unilateral=True,
    )
    values.update(changes)
    return new_custom_exercise(**values)


def test_a_custom_exercise_gets_an_id_and_canonical_tempo() -> None:
    exercise = _make()
    assert exercise.id == "step-down"
    assert exercise.tempo == "3-1-1-0"
    assert exercise.steps == ("Stand on a step", "Lower the free heel to the floor")
    assert not exercise.builtin


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"name": "  "}, "name"),
        ({"tempo": "fast"}, "empo"),
        ({"reps_min": 12, "reps_max": 8}, "rep range"),
        ({"instructions": ""}, "instructions"),
        ({"taken_ids": ["step-down"]}, "already in the library"),
    ],
)
def test_bad_input_is_refused_with_a_reason(changes, message) -> None:
    with pytest.raises(ValidationError, match=message):
        _make(**changes)


def test_slugify_makes_ascii_ids() -> None:
    assert slugify("Bulgarian Split Squat (Ñ)") == "bulgarian-split-squat-n"


def test_search_and_filters_narrow_the_library() -> None:
    library = builtin_exercises()
    assert [e.id for e in filter_exercises(library, "calf")] == [
        "single-leg-calf-raise", "single-leg-bent-knee-calf-raise"]
    hamstrings = {e.id for e in filter_exercises(library, muscle="hamstrings")}
    assert "single-leg-romanian-deadlift" in hamstrings
    assert "single-leg-calf-raise" not in hamstrings
    assert filter_exercises(library, "no such thing") == []
    assert len(filter_exercises(library)) == 6
