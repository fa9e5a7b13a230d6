"""Exercise rows: built-ins mirrored at start-up, the user's own exercises."""

import dataclasses

import pytest

from app.domain.errors import ValidationError
from app.storage.database import Database, open_database
from app.storage.exercises import (
    add_custom_exercise,
    list_custom_exercises,
    sync_builtin_exercises,
)
from tests.builders import exercise


def test_custom_exercise_round_trips_every_field(
    database: Database, database_url: str
) -> None:
    mine = dataclasses.replace(exercise("wall-sit-hold", "Wall sit hold"), illustration="x.svg")
    stored = add_custom_exercise(database, mine)
    assert stored == dataclasses.replace(mine, builtin=False)
    database.close()
    with open_database(database_url) as reopened:
        assert list_custom_exercises(reopened) == [stored]


def test_custom_exercises_are_listed_by_name_without_builtins(database: Database) -> None:
    sync_builtin_exercises(database, [exercise("split-squat")])
    add_custom_exercise(database, exercise("zercher-lunge", "Zercher lunge"))
    add_custom_exercise(database, exercise("box-step", "Box step"))
    assert [e.name for e in list_custom_exercises(database)] == ["Box step", "Zercher lunge"]


def test_custom_name_is_tidied_and_tempo_made_canonical(database: Database) -> None:
    mine = dataclasses.replace(exercise("hop"), name="  Hop   and stick ", tempo="31x0")
    stored = add_custom_exercise(database, mine)
    assert stored.name == "Hop and stick"
    assert stored.tempo == "3-1-X-0"
    assert list_custom_exercises(database) == [stored]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"name": "   "}, "name"),
        ({"id": "Bad Slug!"}, "lowercase"),
        ({"tempo": "slow"}, "Tempo"),
        ({"reps_min": 12, "reps_max": 6}, "Reps"),
        ({"sets_min": 0}, "Sets"),
    ],
)
def test_bad_custom_exercises_are_refused_and_nothing_is_written(
    database: Database, changes: dict[str, object], message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        add_custom_exercise(database, dataclasses.replace(exercise("hop"), **changes))  # type: ignore[arg-type]
    assert list_custom_exercises(database) == []


def test_custom_slug_may_not_clash_with_a_builtin(database: Database) -> None:
    sync_builtin_exercises(database, [exercise("split-squat", "Split squat")])
    with pytest.raises(ValidationError, match=r"built-in exercise .*'Split squat'"):
        add_custom_exercise(database, exercise("split-squat", "My split squat"))
    assert list_custom_exercises(database) == []


def test_custom_slug_may_not_clash_with_another_custom(database: Database) -> None:
    add_custom_exercise(database, exercise("hop", "Hop"))
    with pytest.raises(ValidationError, match="one of your exercises"):
        add_custom_exercise(database, exercise("hop", "Hop again"))
    assert [e.name for e in list_custom_exercises(database)] == ["Hop"]


def test_sync_updates_builtins_in_place_and_keeps_dropped_ones(database: Database) -> None:
    from sqlalchemy import select

    from app.storage.models import ExerciseRow

    sync_builtin_exercises(database, [exercise("split-squat", "Split squat"), exercise("gone")])
    sync_builtin_exercises(database, [exercise("split-squat", "Bulgarian split squat")])
    with database.session() as session:
        rows = {r.slug: r.name for r in session.scalars(select(ExerciseRow))}
    assert rows == {"split-squat": "Bulgarian split squat", "gone": "Gone"}


def test_sync_leaves_a_users_exercise_with_the_same_slug_alone(database: Database) -> None:
    mine = add_custom_exercise(database, exercise("nordic-curl", "My nordic curl"))
    clashes = sync_builtin_exercises(database, [exercise("nordic-curl", "Nordic curl")])
    assert clashes == ["nordic-curl"]
    assert list_custom_exercises(database) == [mine]
