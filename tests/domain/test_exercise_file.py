"""The exercise files: the shipped library is complete, and broken files say what is wrong."""

import tomllib
from pathlib import Path

import pytest

from app.domain.exercise import Implement, RungTarget
from app.domain.exercise_file import ExerciseFileError, load_exercise_file, load_library
from app.evidence import shipped_evidence
from app.library import builtin_exercises
from app.resources import resource_path

PROGRAMME = {
    "single-leg-squat",
    "reverse-lunge",
    "single-leg-romanian-deadlift",
    "rear-foot-elevated-split-squat",
    "single-leg-calf-raise",
    "single-leg-bent-knee-calf-raise",
}


def test_library_holds_the_programme_exercises_in_order() -> None:
    exercises = builtin_exercises()
    assert {e.id for e in exercises} == PROGRAMME
    assert [e.id for e in exercises] == [
        "single-leg-squat",
        "reverse-lunge",
        "single-leg-romanian-deadlift",
        "rear-foot-elevated-split-squat",
        "single-leg-calf-raise",
        "single-leg-bent-knee-calf-raise",
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


# --- Rungs as data ---------------------------------------------------------------------------


def _exercise(exercise_id: str):
    return next(e for e in builtin_exercises() if e.id == exercise_id)


@pytest.mark.parametrize("exercise", builtin_exercises(), ids=lambda e: e.id)
def test_every_rung_carries_its_target_as_data_matching_its_sentence(exercise) -> None:
    for rung in exercise.progressions:
        assert rung.target is not None
        assert f"{rung.target.sets} × {rung.target.reps}" in rung.criterion
        assert ("two sessions in a row" in rung.criterion) is (rung.target.sessions == 2)
    # the first loaded rung says where it starts
    loaded = [r for r in exercise.progressions if r.implement is not Implement.BODYWEIGHT]
    assert loaded and loaded[0].start_load_kg is not None, exercise.id


def test_the_higher_rep_calf_raise_rung_is_three_by_fifteen_as_data() -> None:
    rung = _exercise("single-leg-calf-raise").progressions[2]
    assert rung.target == RungTarget(3, 15)


@pytest.mark.parametrize("exercise_id", ["rear-foot-elevated-split-squat", "reverse-lunge"])
def test_the_barbell_starts_where_the_dumbbells_ended(exercise_id: str) -> None:
    ladder = _exercise(exercise_id).progressions
    dumbbells = next(r for r in ladder if r.implement is Implement.DUMBBELLS)
    barbell = next(r for r in ladder if r.implement is Implement.BARBELL)
    # 2 × 10 kg dumbbells (20 kg in all) before the empty 20 kg bar: no jump
    assert dumbbells.move_up_at_kg == barbell.start_load_kg == 20.0
    assert dumbbells.target is not None and dumbbells.target.sessions == 2


def test_the_deficit_rung_keeps_the_bar_and_load_and_says_so() -> None:
    deficit = _exercise("rear-foot-elevated-split-squat").progressions[-1]
    assert deficit.start_load_kg is None  # keeps the load
    assert deficit.implement is Implement.BARBELL and deficit.tempo == "4-1-1-0"
    assert "same bar and the same load" in deficit.criterion


def test_split_squat_teaches_the_heel_not_the_knee_over_toes_myth() -> None:
    exercise = _exercise("rear-foot-elevated-split-squat")
    text = " ".join((*exercise.form_tips, *exercise.faults,
                     *(r.criterion for r in exercise.progressions)))
    assert "not past" not in text and "shin stays close to vertical" not in text
    assert "heel" in text


def test_single_leg_squat_regresses_by_box_height_and_names_the_counterbalance() -> None:
    exercise = _exercise("single-leg-squat")
    names = [r.name for r in exercise.progressions]
    assert "knee-height box" in names[0] and "lower box" in names[1]
    assert any("counterbalances" in tip and "easier" in tip for tip in exercise.form_tips)
    # the weighted top rung loads the leg: weights at the sides, not held out in front
    assert "at your sides" in names[-1]


def test_the_soleus_gets_a_bent_knee_raise() -> None:
    exercise = _exercise("single-leg-bent-knee-calf-raise")
    assert "soleus" in exercise.why
    assert any("bend" in step and "whole set" in step for step in exercise.steps)
    assert all("knee bend unchanged" in rung.criterion for rung in exercise.progressions)


def test_every_exercise_states_its_body_mass_share_with_a_source_when_split() -> None:
    evidence = shipped_evidence()
    for exercise in builtin_exercises():
        assert exercise.body_mass_share is not None and 0 < exercise.body_mass_share <= 1
        if exercise.body_mass_share < 1:  # a split stance: the back foot takes a share
            assert exercise.body_mass_source is not None, exercise.id
            evidence.reference(exercise.body_mass_source)


def test_a_rung_without_a_target_is_refused(tmp_path: Path) -> None:
    text = _valid_text().replace("target = { sets = 3, reps = 12 }\n", "", 1)
    path = _write(tmp_path, "reverse-lunge.toml", text)
    with pytest.raises(ExerciseFileError, match=r"progressions\[1\].*'target' is missing"):
        load_exercise_file(path)


def test_a_rung_whose_sentence_disagrees_with_its_target_is_refused(tmp_path: Path) -> None:
    text = _valid_text().replace("target = { sets = 3, reps = 12 }",
                                 "target = { sets = 2, reps = 12 }", 1)
    path = _write(tmp_path, "reverse-lunge.toml", text)
    with pytest.raises(ExerciseFileError, match="must state the target 2 × 12"):
        load_exercise_file(path)


def test_sessions_in_a_row_must_match_the_sentence(tmp_path: Path) -> None:
    text = _valid_text().replace("target = { sets = 3, reps = 12, sessions = 2 }",
                                 "target = { sets = 3, reps = 12 }")
    path = _write(tmp_path, "reverse-lunge.toml", text)
    with pytest.raises(ExerciseFileError, match="sessions in a row"):
        load_exercise_file(path)
