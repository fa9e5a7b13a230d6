"""The exercise files: the shipped library is complete, and broken files say what is wrong."""

import tomllib
from pathlib import Path

import pytest

from app.domain.exercise_file import ExerciseFileError, load_exercise_file, load_library
from app.library import builtin_exercises
from app.resources import resource_path

PROGRAMME = {
    "single-leg-squat",
    "reverse-lunge",
    "single-leg-romanian-deadlift",
    "rear-foot-elevated-split-squat",
    "single-leg-calf-raise",
}


def test_library_holds_the_five_programme_exercises_in_order() -> None:
    exercises = builtin_exercises()
    assert [e.id for e in exercises] == [
        "single-leg-squat",
        "reverse-lunge",
        "single-leg-romanian-deadlift",
        "rear-foot-elevated-split-squat",
        "single-leg-calf-raise",
    ]


@pytest.mark.parametrize("exercise", builtin_exercises(), ids=lambda e: e.id)
def test_every_exercise_follows_the_programme_and_is_complete(exercise) -> None:
    assert exercise.unilateral
    assert 2 <= exercise.sets_min <= exercise.sets_max <= 3
    assert (exercise.reps_min, exercise.reps_max) == (8, 12)
    eccentric = int(exercise.tempo.split("-")[0])
    assert eccentric >= 3, "the programme asks for slow, controlled lowering"
    assert len(exercise.steps) >= 3 and len(exercise.form_tips) >= 2 and exercise.faults
    assert len(exercise.progressions) >= 3
    assert all(level.criterion for level in exercise.progressions)
    assert exercise.illustration and resource_path("illustrations", exercise.illustration).is_file()


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _valid_text() -> str:
    return resource_path("exercises", "reverse-lunge.toml").read_text(encoding="utf-8")


def test_missing_field_names_the_file_and_the_field(tmp_path: Path) -> None:
    text = "\n".join(
        line for line in _valid_text().splitlines() if not line.startswith("reps_max")
    )
    path = _write(tmp_path, "reverse-lunge.toml", text)
    missing = r"reverse-lunge\.toml: field 'reps_max' is missing"
    with pytest.raises(ExerciseFileError, match=missing):
        load_exercise_file(path)


def test_wrong_type_names_the_field(tmp_path: Path) -> None:
    text = _valid_text().replace("sets_min = 2", 'sets_min = "two"')
    path = _write(tmp_path, "reverse-lunge.toml", text)
    with pytest.raises(ExerciseFileError, match="field 'sets_min' must be a whole number"):
        load_exercise_file(path)


def test_bad_tempo_is_refused_with_the_field(tmp_path: Path) -> None:
    data = tomllib.loads(_valid_text())
    text = _valid_text().replace(f'tempo = "{data["tempo"]}"', 'tempo = "slow"')
    path = _write(tmp_path, "reverse-lunge.toml", text)
    with pytest.raises(ExerciseFileError, match="field 'tempo'"):
        load_exercise_file(path)


def test_unknown_muscle_group_is_refused(tmp_path: Path) -> None:
    text = _valid_text().replace('muscles = ["', 'muscles = ["elbows", "')
    path = _write(tmp_path, "reverse-lunge.toml", text)
    with pytest.raises(ExerciseFileError, match="field 'muscles' has unknown values"):
        load_exercise_file(path)


def test_broken_toml_and_mismatched_id_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ExerciseFileError, match="not valid TOML"):
        load_exercise_file(_write(tmp_path, "broken.toml", "id = [unclosed"))
    with pytest.raises(ExerciseFileError, match="must match the file name"):
        load_exercise_file(_write(tmp_path, "other-name.toml", _valid_text()))


def test_one_bad_file_stops_the_whole_library_loading(tmp_path: Path) -> None:
    _write(tmp_path, "reverse-lunge.toml", _valid_text())
    _write(tmp_path, "zz-broken.toml", 'id = "zz-broken"\nname = "Broken"\n')
    with pytest.raises(ExerciseFileError, match=r"zz-broken\.toml"):
        load_library(tmp_path)
