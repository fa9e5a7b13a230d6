"""The calibration session: each leg tries rungs (then loads) until one fails, and starts there."""

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from app.domain.clock import Clock
from app.domain.exercise import Exercise, Implement, ProgressionLevel, RungTarget
from app.domain.plan import is_reserved_plan_name
from app.domain.programme.calibration import (
    LOAD_TRIES,
    Try,
    calibration_plan,
    find_starts,
    is_calibration,
    leave_out,
    passes,
    tries,
)
from app.domain.programme.prescription import LegStart, SessionKind, prescribe
from app.domain.records import SetEntry
from app.domain.session import SessionEngine, SessionState, SideLog
from app.domain.sides import Side
from app.domain.units import Unit
from app.programme_template import block_template

L, R = Side.LEFT, Side.RIGHT
T = block_template()
LEARN, BUILD = T.phases
WHEN = datetime(2026, 3, 5, 7, 0, tzinfo=UTC)

LUNGE = Exercise(
    id="lunge", name="Reverse lunge", muscles=("quadriceps",), why="Legs.", steps=("Step.",),
    form_tips=("Tall.",), faults=("Leaning.",),
    progressions=(
        ProgressionLevel("Bodyweight", "3 × 12.", RungTarget(3, 12)),
        ProgressionLevel("Dumbbells", "3 × 12 up to 20 kg.", RungTarget(3, 12),
                         Implement.DUMBBELLS, start_load_kg=4.0, move_up_at_kg=20.0),
        ProgressionLevel("Barbell", "3 × 12.", RungTarget(3, 12), Implement.BARBELL,
                         start_load_kg=20.0),
    ),
    tempo="3-1-1-0", sets_min=2, sets_max=3, reps_min=8, reps_max=12, equipment=(),
)
BODYWEIGHT_ONLY = replace(LUNGE, id="squat", progressions=LUNGE.progressions[:1])


class FakeClock(Clock):
    def __init__(self) -> None:
        self.t = 0.0

    def now(self) -> float:
        return self.t


def st(side: Side, reps: int, load: float, level: int, n: int = 1, *, knee: bool | None = True,
       hips: bool | None = True) -> SetEntry:
    return SetEntry(exercise_id="lunge", side=side, set_number=1, reps=reps, load_kg=load,
                    tempo="3-1-1-0", recorded_at=WHEN + timedelta(minutes=n),
                    progression_level=level, form_knee=knee, form_hips=hips)


def test_each_rung_is_tried_at_its_start_load_then_loads_on_a_loaded_top_rung() -> None:
    assert tries(LUNGE) == (Try(0, 0.0), Try(1, 4.0), Try(2, 20.0), Try(2, 22.5), Try(2, 25.0),
                            Try(2, 27.5))
    assert len(tries(LUNGE)) == 3 + LOAD_TRIES
    assert tries(BODYWEIGHT_ONLY) == (Try(0, 0.0),), "a bodyweight top rung gets no load"
    assert tries(LUNGE, Unit.LB)[3].load_kg > 20.0


def test_a_try_passes_with_the_bottom_reps_and_no_form_no() -> None:
    assert passes(st(L, 8, 0, 0), 8)
    assert passes(st(L, 8, 0, 0, knee=None), 8), "an unanswered form check does not fail it"
    assert not passes(st(L, 7, 0, 0), 8)
    assert not passes(st(L, 12, 0, 0, knee=False), 8)
    assert not passes(st(L, 12, 0, 0, hips=False), 8)


def test_worked_example_each_leg_starts_at_its_highest_passing_try() -> None:
    sets = [st(L, 10, 0.0, 0, 1), st(R, 10, 0.0, 0, 2), st(L, 10, 4.0, 1, 3),
            st(R, 9, 4.0, 1, 4, knee=False), st(L, 6, 20.0, 2, 5)]
    found = find_starts(LUNGE, sets, 8)
    assert found[L].start == LegStart(1, 4.0)
    assert (found[L].passed, found[L].failed) == (sets[2], sets[4])
    assert found[R].start == LegStart(0, 0.0)
    assert found[R].failed == sets[3]


def test_a_leg_that_fails_the_first_rung_starts_there_and_one_that_passes_all_at_the_top_load(
) -> None:
    found = find_starts(LUNGE, [st(L, 5, 0.0, 0)], 8)
    assert found[L].start == LegStart(0, 0.0) and found[L].passed is None
    climbs = [st(R, 8, load, level, n) for n, (level, load) in enumerate(
        (t.level, t.load_kg) for t in tries(LUNGE))]
    top = find_starts(LUNGE, climbs, 8)[R]
    assert top.start == LegStart(2, 27.5) and top.failed is None
    assert L not in find_starts(LUNGE, climbs, 8), "a leg with no sets keeps its start"


def test_the_plan_is_one_set_per_leg_per_try_at_the_bottom_of_the_range() -> None:
    plan = calibration_plan([LUNGE], BUILD, Unit.KG, rest_between_sides_s=30,
                            rest_between_sets_s=90)
    assert is_calibration(plan) and is_reserved_plan_name(plan.name)
    assert [(i.progression_level, i.load_kg, i.sets, i.reps_min, i.reps_max)
            for i in plan.items][:3] == [(0, 0.0, 1, 8, 8), (1, 4.0, 1, 8, 8), (2, 20.0, 1, 8, 8)]
    assert all(leg.level == item.progression_level for item in plan.items for leg in item.legs)


def _run(engine: SessionEngine, reps: dict[tuple[Side, int, float], int]) -> list[SetEntry]:
    """Log each side-set the engine asks for with the reps `reps` gives its leg, rung and load."""
    logged: list[SetEntry] = []
    engine.start()
    while True:
        engine.tick()
        engine.end_set()
        ref = engine.current
        level = engine.plan.items[ref.item_index].level_for(ref.side)
        load = engine.prefill().load_kg
        engine.accept(SideLog(reps=reps[(ref.side, level, load)], load_kg=load, form_knee=True,
                              form_hips=True), persist=logged.append)
        if engine.state is SessionState.SESSION_DONE:
            return logged
        engine.skip_rest()


def test_the_live_session_steps_each_leg_up_until_it_fails_then_stops_that_leg() -> None:
    plan = calibration_plan([LUNGE], BUILD, Unit.KG, rest_between_sides_s=30,
                            rest_between_sets_s=90)
    engine = SessionEngine(plan, FakeClock(), count_in_s=0, match_weaker=False,
                           leave_out=leave_out)
    reps = {(side, t.level, t.load_kg): 10 for side in (L, R) for t in tries(LUNGE)}
    reps[(R, 1, 4.0)] = 6     # the right leg fails the dumbbells
    reps[(L, 2, 22.5)] = 7    # the left leg fails the second barbell load
    logged = _run(engine, reps)
    assert [(e.side, e.progression_level, e.load_kg, e.reps) for e in logged] == [
        (L, 0, 0.0, 10), (R, 0, 0.0, 10), (L, 1, 4.0, 10), (R, 1, 4.0, 6),
        (L, 2, 20.0, 10), (L, 2, 22.5, 7)]
    found = find_starts(LUNGE, logged, plan.items[0].reps_min)
    assert (found[L].start, found[R].start) == (LegStart(2, 20.0), LegStart(0, 0.0))


def test_a_resumed_calibration_session_drops_the_tries_a_failed_leg_no_longer_needs() -> None:
    plan = calibration_plan([LUNGE], BUILD, Unit.KG, rest_between_sides_s=30,
                            rest_between_sets_s=90)
    engine = SessionEngine(plan, FakeClock(), count_in_s=0, match_weaker=False,
                           leave_out=leave_out)
    engine.restore([st(L, 10, 0.0, 0, 1), st(R, 5, 0.0, 0, 2)])
    remaining = engine.steps[2:]
    assert remaining and all(ref.side is L for ref in remaining)


def test_the_found_start_is_where_the_progression_rules_take_over() -> None:
    """The block's first dose for a leg is its found start, as any start (no second ladder)."""
    found = find_starts(LUNGE, [st(L, 10, 4.0, 1), st(L, 6, 20.0, 2, 2)], 8)
    dose = prescribe(LUNGE, [], SessionKind(BUILD), T, Unit.KG,
                     start={L: found[L].start, R: LegStart()})
    assert (dose.leg(L).level, dose.leg(L).load_kg) == (1, 4.0)
    assert (dose.leg(R).level, dose.leg(R).load_kg) == (0, 0.0)
