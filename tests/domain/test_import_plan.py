"""Planning an import: exercises mapped, sides worked out, loads in kg, every value checked."""

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.domain.errors import ValidationError
from app.domain.imports.formats import detect, read_as
from app.domain.imports.model import SourceApp, SourceFile, SourceSession, SourceSet
from app.domain.imports.names import load_synonyms
from app.domain.imports.plan import NEW_EXERCISE, ImportPlan, plan_import
from app.domain.imports.problems import ImportRefusedError
from app.domain.imports.table import open_table
from app.domain.sides import Side
from app.domain.units import KG_PER_LB, Unit
from app.library import builtin_exercises
from app.resources import resource_path

DATA = Path(__file__).parents[1] / "data" / "imports"
SYNONYMS = load_synonyms(resource_path("imports", "exercise-synonyms.toml"))
T0 = datetime(2025, 6, 2, 7, 0, tzinfo=UTC)


def _file(name: str) -> SourceFile:
    table = open_table((DATA / name).read_bytes().decode("utf-8-sig").splitlines(True))
    assert table is not None
    return read_as(detect(table), table, ZoneInfo("UTC"))  # type: ignore[arg-type]


def _plan(source: SourceFile | str, *, unit: Unit = Unit.KG, **options: object) -> ImportPlan:
    if isinstance(source, str):
        source = _file(source)
    return plan_import(source, builtin_exercises(), athlete="Runner", unit=unit,
                       synonyms=SYNONYMS, **options)  # type: ignore[arg-type]


def _one(*sets: SourceSet, app: SourceApp = SourceApp.STRONG) -> SourceFile:
    session = SourceSession(key="strong:x", started_at=T0, finished_at=None, title="T",
                            notes="", sets=sets)
    return SourceFile(app=app, layout="test", sessions=(session,), units=frozenset(), rows=1)


def _set(name: str, reps: int = 8, load: float = 10.0, row: int = 2, **values: object) -> SourceSet:
    return SourceSet(row=row, key=f"k{row}", exercise=name, reps=reps, load=load, unit=None,
                     **values)  # type: ignore[arg-type]


def _sides(plan: ImportPlan) -> list[tuple[str, Side, int]]:
    return [(s.exercise_id, s.side, s.set_number) for x in plan.sessions for s in x.sets]


def test_sides_come_from_names_and_from_the_start_of_set_notes() -> None:
    by_name = _plan("strong-semicolon-units.csv")
    assert _sides(by_name)[:4] == [
        ("rear-foot-elevated-split-squat", Side.LEFT, 1),
        ("rear-foot-elevated-split-squat", Side.RIGHT, 1),
        ("rear-foot-elevated-split-squat", Side.LEFT, 2),
        ("rear-foot-elevated-split-squat", Side.RIGHT, 2),
    ]
    assert by_name.with_side == 4
    by_note = _plan("strong-comma-no-duration.csv")
    assert [side for _, side, _ in _sides(by_note)][:3] == [Side.LEFT, Side.RIGHT, Side.BOTH]
    assert by_note.with_side == 2


def test_each_side_sets_of_a_one_leg_exercise_are_recorded_on_both_legs() -> None:
    plan = _plan("strong-comma-duration.csv")
    calf = [s for s in plan.sessions[0].sets if s.exercise_id == "single-leg-calf-raise"]
    assert [(s.side, s.set_number, s.reps) for s in calf] == [
        (Side.LEFT, 1, 15), (Side.RIGHT, 1, 15), (Side.LEFT, 2, 12), (Side.RIGHT, 2, 12)]
    assert len({s.key for s in calf}) == 4, "each leg's set has its own key"
    assert plan.set_count == 7 and plan.with_side == 5


def test_each_side_on_an_exercise_that_is_not_one_leg_stays_one_set() -> None:
    plan = _plan("liftosaur.csv")
    calf = [s for s in plan.sessions[0].sets if s.exercise_id == "calf-raise"]
    assert [s.side for s in calf] == [Side.BOTH]


def test_library_names_map_and_every_other_exercise_becomes_the_athletes_own() -> None:
    plan = _plan("hevy-kg.csv")
    choices = {c.source: c for c in plan.choices}
    assert choices["Bulgarian Split Squat (Dumbbell)"].exercise_id == (
        "rear-foot-elevated-split-squat")
    assert not choices["Bulgarian Split Squat (Dumbbell)"].new
    squat = choices["Squat (Barbell)"]
    assert (squat.exercise_id, squat.exercise_name, squat.new, squat.unilateral) == (
        "squat-barbell", "Squat (Barbell)", True, False)
    assert {e.id for e in plan.new_exercises} == {
        "pull-up", "squat-barbell", "leg-press-machine", "pull-up-assisted"}
    equipment = {e.id: e.equipment for e in plan.new_exercises}
    assert equipment["squat-barbell"] == ("barbell",)
    assert equipment["leg-press-machine"] == ()
    assert all(not e.builtin for e in plan.new_exercises)
    assert choices["Bulgarian Split Squat (Dumbbell)"].sets == 6


def test_names_that_differ_only_in_side_or_punctuation_share_one_exercise() -> None:
    plan = _plan(_one(_set("Step-Up (Left)", row=2), _set("step up (right)", row=3),
                      _set("Step Up", row=4)))
    assert len(plan.new_exercises) == 1
    step_up, = plan.new_exercises
    assert step_up.unilateral and step_up.name == "Step-Up"
    assert [s.side for s in plan.sessions[0].sets] == [Side.LEFT, Side.RIGHT, Side.BOTH]


def test_a_new_exercise_with_sides_in_its_notes_is_a_one_leg_exercise() -> None:
    plan = _plan("fitnotes-android-new.csv")
    calf = next(e for e in plan.new_exercises if e.name == "Calf Raise")
    assert calf.unilateral
    barbell = next(e for e in plan.new_exercises if e.name == "Barbell Squat")
    assert not barbell.unilateral


def test_a_mapping_can_send_a_name_to_any_exercise_or_make_it_new() -> None:
    plan = _plan("hevy-kg.csv", mappings={
        "Squat (Barbell)": "single-leg-squat",
        "Bulgarian Split Squat (Dumbbell)": NEW_EXERCISE,
    })
    choices = {c.source: c for c in plan.choices}
    assert choices["Squat (Barbell)"].exercise_id == "single-leg-squat"
    assert choices["Bulgarian Split Squat (Dumbbell)"].new
    assert choices["Bulgarian Split Squat (Dumbbell)"].exercise_id == (
        "bulgarian-split-squat-dumbbell")
    with pytest.raises(ValidationError, match="There is no exercise with the id nope"):
        _plan("hevy-kg.csv", mappings={"Squat (Barbell)": "nope"})


def test_a_file_without_units_takes_the_unit_chosen() -> None:
    in_kg = _plan("strong-2025.csv", unit=Unit.KG)
    in_lb = _plan("strong-2025.csv", unit=Unit.LB)
    assert (in_kg.assumed_unit, in_lb.assumed_unit) == (Unit.KG, Unit.LB)
    assert in_kg.sessions[0].sets[1].load_kg == 25.0
    assert in_lb.sessions[0].sets[1].load_kg == pytest.approx(25 * KG_PER_LB)


def test_a_unit_the_file_states_wins_over_the_unit_chosen() -> None:
    plan = _plan("hevy-lbs.csv", unit=Unit.KG)
    assert plan.assumed_unit is None and plan.stated_units == {Unit.LB}
    assert plan.sessions[0].sets[3].load_kg == pytest.approx(225 * KG_PER_LB)


def test_warm_ups_are_kept_and_marked() -> None:
    plan = _plan("strong-2025.csv")
    assert plan.warmups == 1 and plan.sessions[0].sets[0].warmup


def test_an_assisted_exercises_weight_is_help_not_load() -> None:
    plan = _plan("hevy-kg.csv")
    assisted = next(s for s in plan.sessions[0].sets if s.exercise_id == "pull-up-assisted")
    assert (assisted.load_kg, assisted.notes) == (0.0, "assistance 20 kg")


def test_sets_without_times_keep_their_order_within_the_session() -> None:
    plan = _plan("strong-2025.csv")
    times = [s.recorded_at for s in plan.sessions[0].sets]
    assert times == sorted(times) and times[0] == plan.sessions[0].started_at
    assert times[-1] - times[0] < timedelta(minutes=1)


@pytest.mark.parametrize(("load", "unit", "message"), [
    (600.0, Unit.KG, "a load of 600 kg is more than the 500 kg Legwork accepts (the file states "
                     "no unit; kg was assumed)"),
    (1200.0, Unit.LB, "a load of 1200 lb is more than the 1102.3 lb Legwork accepts (the file "
                      "states no unit; lb was assumed)"),
])
def test_absurd_loads_are_refused_with_their_row(load: float, unit: Unit, message: str) -> None:
    source = _one(_set("Squat", row=2), _set("Squat", load=load, row=3))
    with pytest.raises(ImportRefusedError) as refused:
        _plan(source, unit=unit)
    assert str(refused.value) == f"row 3: {message}. Nothing was imported."


def test_too_many_reps_are_refused_with_their_row() -> None:
    with pytest.raises(ImportRefusedError, match=r"row 9: Reps must be 100 or fewer \(got 150\)"):
        _plan(_one(_set("Jump Rope", reps=150, row=9)))


def test_long_and_non_latin_names_still_make_usable_exercises() -> None:
    long_name = "Single Leg Box Step Down With A Very Slow Eccentric And A Pause At The Bottom"
    plan = _plan(_one(_set(long_name, row=2), _set("Жим лёжа", row=3)))
    made = {e.name: e for e in plan.new_exercises}
    assert len(next(iter(made))) <= 60
    russian = made["Жим лёжа"]
    assert russian.id.startswith("imported-")


def test_the_days_of_the_history_and_its_sessions() -> None:
    plan = _plan("fitnotes-android-kgs.csv")
    assert plan.days(ZoneInfo("UTC")) == (datetime(2016, 5, 2).date(), datetime(2016, 5, 4).date())
    assert [s.athlete for s in plan.sessions] == ["Runner", "Runner"]
    assert [s.plan_name for s in plan.sessions] == ["Legs", "Legs"]
