"""Sides written into names and notes; names matched to the library as a person would."""

from pathlib import Path

import pytest

from app.domain.imports.names import (
    ExerciseMatcher,
    core_words,
    load_synonyms,
    normalized,
    unilateral_by_name,
)
from app.domain.imports.sides import each_side_in_note, side_in_note, split_name
from app.domain.sides import Side
from app.library import builtin_exercises
from app.resources import resource_path
from tests.builders import exercise

SYNONYMS = resource_path("imports", "exercise-synonyms.toml")


@pytest.mark.parametrize(("name", "base", "side"), [
    ("Bulgarian Split Squat (Left)", "Bulgarian Split Squat", Side.LEFT),
    ("Bulgarian Split Squat (right)", "Bulgarian Split Squat", Side.RIGHT),
    ("Single Leg RDL - L", "Single Leg RDL", Side.LEFT),
    ("Step Up R", "Step Up", Side.RIGHT),
    ("Calf Raise Left Leg", "Calf Raise", Side.LEFT),
    ("Split Squat [R]", "Split Squat", Side.RIGHT),
    ("Leg Press", "Leg Press", None),
    ("Hip Thrust (Barbell)", "Hip Thrust (Barbell)", None),
    ("L", "L", None),
])
def test_a_side_at_the_end_of_a_name(name: str, base: str, side: Side | None) -> None:
    found = split_name(name)
    assert (found.base, found.side, found.each_side) == (base, side, False)


@pytest.mark.parametrize("name", ["Reverse Lunge (Each Side)", "Step Up - each leg",
                                  "Lunge per side"])
def test_each_side_in_a_name(name: str) -> None:
    found = split_name(name)
    assert found.each_side and found.side is None and "side" not in found.base.lower()


@pytest.mark.parametrize(("note", "side"), [
    ("L", Side.LEFT), ("R: 8 reps", Side.RIGHT), ("Left", Side.LEFT), ("right leg", Side.RIGHT),
    ("(L) steady", Side.LEFT), ("L 8 reps", Side.LEFT), ("R - wobbly", Side.RIGHT),
    ("Left knee sore", None), ("Really heavy", None), ("", None), ("R2", None),
])
def test_a_side_at_the_start_of_a_set_note(note: str, side: Side | None) -> None:
    assert side_in_note(note) is side


def test_each_side_in_a_note() -> None:
    assert each_side_in_note("8 each side") and each_side_in_note("Each leg, slow")
    assert not each_side_in_note("side plank")


def test_names_compare_without_case_accents_or_punctuation() -> None:
    assert normalized("Single-Leg  RDL!") == "single leg rdl"
    assert normalized("Fentes Bulgares (Haltères)") == "fentes bulgares halteres"
    assert core_words("Dumbbell Single-Leg RDL") == core_words("Single Leg Romanian Deadlift")


@pytest.mark.parametrize(("name", "slug"), [
    ("Bulgarian Split Squat", "rear-foot-elevated-split-squat"),
    ("bulgarian split squat (dumbbell)", "rear-foot-elevated-split-squat"),
    ("Single Leg Romanian Deadlift (Dumbbell)", "single-leg-romanian-deadlift"),
    ("Dumbbell Single-Leg RDL", "single-leg-romanian-deadlift"),
    ("Calf Raise (Single Leg)", "single-leg-calf-raise"),
    ("Single Leg Standing Calf Raise (Dumbbell)", "single-leg-calf-raise"),
    ("Reverse Lunge (Barbell)", "reverse-lunge"),
    ("Pistol Squat", "single-leg-squat"),
    ("SINGLE-LEG SQUAT", "single-leg-squat"),
    ("reverse-lunge", "reverse-lunge"),
    ("Romanian Deadlift (Dumbbell)", None),
    ("Lunge (Barbell)", None),
    ("Squat (Barbell)", None),
    ("Split Squat", None),
])
def test_names_from_other_apps_find_the_library_exercise(name: str, slug: str | None) -> None:
    matcher = ExerciseMatcher(builtin_exercises(), load_synonyms(SYNONYMS))
    found = matcher.match(name)
    assert (found.id if found else None) == slug


def test_the_athletes_own_exercises_match_by_name_only() -> None:
    own = exercise("squat-barbell", "Squat (Barbell)", builtin=False)
    matcher = ExerciseMatcher([*builtin_exercises(), own])
    assert matcher.match("squat barbell") == own
    assert matcher.match("Squat (Smith Machine)") is None


def test_every_synonym_names_a_built_in_exercise_and_only_one() -> None:
    table = load_synonyms(SYNONYMS)
    slugs = {e.id for e in builtin_exercises()}
    assert set(table) <= slugs
    assert set(table) == slugs, "every built-in exercise has its common names listed"
    owners: dict[str, str] = {}
    for slug, names in table.items():
        for name in names:
            assert owners.setdefault(normalized(name), slug) == slug, name


def test_a_broken_synonym_table_is_refused_with_its_path(tmp_path: Path) -> None:
    path = tmp_path / "synonyms.toml"
    path.write_text("[single-leg-squat]\nnames = 'Pistol'\n", encoding="utf-8")
    with pytest.raises(ValueError, match="needs a list of names"):
        load_synonyms(path)


@pytest.mark.parametrize(("name", "one_leg"), [
    ("Single Leg Press", True), ("One-Legged Hip Thrust", True), ("Walking Lunges", True),
    ("Step-Up (Dumbbell)", True), ("Single Arm Row", True), ("Bulgarian Split Squat", True),
    ("Back Squat", False), ("Bench Press (Barbell)", False), ("Leg Extension", False),
])
def test_a_new_exercise_is_one_leg_by_its_name(name: str, one_leg: bool) -> None:
    assert unilateral_by_name(name) is one_leg
