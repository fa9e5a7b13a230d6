"""Each leg prescribed on its own, from the same rules as the advice cards, over a whole block."""

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

from app.domain.clock import Clock
from app.domain.exercise import Exercise, Implement, ProgressionLevel, RungTarget
from app.domain.plan import LegPrescription
from app.domain.programme.prescription import (
    Hold,
    LegStart,
    SessionKind,
    advise_legs,
    prescribe,
    session_plan,
    with_own_values,
)
from app.domain.programme.schedule import BlockSpec, schedule
from app.domain.progression import advise
from app.domain.records import SetEntry
from app.domain.session import SessionEngine, SideLog
from app.domain.sides import Side
from app.domain.units import Unit
from app.programme_template import block_template

L, R = Side.LEFT, Side.RIGHT
T = block_template()
LEARN, BUILD = T.phases
WHEN = datetime(2026, 3, 5, 7, 0, tzinfo=UTC)

LUNGE = Exercise(
    id="lunge", name="Lunge", muscles=("quadriceps",), why="Legs.", steps=("Step.",),
    form_tips=("Tall.",), faults=("Leaning.",),
    progressions=(
        ProgressionLevel("Bodyweight", "3 × 12.", RungTarget(3, 12)),
        ProgressionLevel("Dumbbells", "3 × 12 up to 8 kg.", RungTarget(3, 12),
                         Implement.DUMBBELLS, start_load_kg=4.0, move_up_at_kg=8.0),
        ProgressionLevel("Barbell", "3 × 12.", RungTarget(3, 12), Implement.BARBELL,
                         start_load_kg=20.0),
    ),
    tempo="3-1-1-0", sets_min=2, sets_max=3, reps_min=8, reps_max=12, equipment=(),
)

# Dumbbells as the top rung: load goes on being added.
DUMBBELL_TOP = replace(LUNGE, progressions=(
    LUNGE.progressions[0], replace(LUNGE.progressions[1], move_up_at_kg=None)))


class FakeClock(Clock):
    def __init__(self) -> None:
        self.t = 0.0

    def now(self) -> float:
        return self.t


def st(side: Side, reps: int, load: float, n: int, level: int, when: datetime = WHEN,
       rpe: float = 7.0) -> SetEntry:
    return SetEntry(exercise_id="lunge", side=side, set_number=n, reps=reps, load_kg=load,
                    tempo="3-1-1-0", recorded_at=when + timedelta(minutes=n), rpe=rpe,
                    progression_level=level, form_knee=True, form_hips=True)


def test_worked_example_the_left_leg_adds_load_the_weaker_right_leg_goes_first_with_a_set_more(
) -> None:
    latest = [st(L, 12, 10.0, n, 1) for n in (1, 2, 3)] + \
        [st(R, reps, 10.0, n, 1) for n, reps in ((1, 12), (2, 11), (3, 10))]
    dose = prescribe(DUMBBELL_TOP, latest, SessionKind(BUILD), T, Unit.KG)
    left, right = dose.leg(L), dose.leg(R)
    assert (left.level, left.load_kg, left.sets, left.reps_min, left.reps_max) == (
        1, 12.0, 3, 8, 12)
    assert (right.level, right.load_kg, right.sets) == (1, 10.0, 4)
    assert dose.first is R and dose.held is None


def test_with_both_legs_on_one_rung_the_dose_is_the_advice_cards_step() -> None:
    latest = [st(side, 12, 6.0, n, 1) for n in (1, 2, 3) for side in (L, R)]
    card = advise(latest, LUNGE, 1, Unit.KG)
    dose = prescribe(LUNGE, latest, SessionKind(BUILD), T, Unit.KG)
    assert advise_legs(latest, LUNGE, Unit.KG) == card
    for side in (L, R):
        step = card.step(side)
        assert step is not None
        assert (dose.leg(side).level, dose.leg(side).load_kg) == (step.level, step.load_kg)


def test_a_leg_at_the_rungs_top_load_moves_to_the_next_rung_at_its_start_load() -> None:
    latest = [st(side, 12, 8.0, n, 1) for n in (1, 2, 3) for side in (L, R)]
    dose = prescribe(LUNGE, latest, SessionKind(BUILD), T, Unit.KG)
    assert (dose.leg(L).level, dose.leg(L).load_kg) == (2, 20.0)


def test_legs_on_different_rungs_are_each_judged_on_their_own() -> None:
    latest = [st(L, 12, 0.0, n, 0) for n in (1, 2, 3)] + [st(R, 12, 4.0, n, 1) for n in (1, 2, 3)]
    dose = prescribe(LUNGE, latest, SessionKind(BUILD), T, Unit.KG)
    assert (dose.leg(L).level, dose.leg(L).load_kg) == (1, 4.0), "left climbs to dumbbells"
    assert (dose.leg(R).level, dose.leg(R).load_kg) == (1, 6.0), "right adds 2 kg"


def test_a_lighter_week_keeps_rung_and_load_with_fewer_sets_and_says_why() -> None:
    latest = [st(side, 12, 6.0, n, 1) for n in (1, 2, 3) for side in (L, R)]
    dose = prescribe(LUNGE, latest, SessionKind(BUILD, light=True), T, Unit.KG)
    assert [(leg.load_kg, leg.sets) for leg in dose.legs] == [(6.0, 2), (6.0, 2)]
    assert dose.held is Hold.LIGHT_WEEK
    taper = prescribe(LUNGE, latest, SessionKind(BUILD, light=True, taper=True), T, Unit.KG)
    assert taper.held is Hold.TAPER


def test_learning_weeks_climb_bodyweight_rungs_but_add_no_load() -> None:
    latest = [st(side, 12, 0.0, n, 0) for n in (1, 2, 3) for side in (L, R)]
    to_dumbbells = prescribe(LUNGE, latest, SessionKind(LEARN), T, Unit.KG)
    assert (to_dumbbells.leg(L).level, to_dumbbells.leg(L).load_kg) == (0, 0.0)
    assert to_dumbbells.held is Hold.LEARNING
    two_bodyweight = replace(LUNGE, progressions=(LUNGE.progressions[0],) * 2)
    climbs = prescribe(two_bodyweight, latest, SessionKind(LEARN), T, Unit.KG)
    assert (climbs.leg(L).level, climbs.leg(L).load_kg, climbs.held) == (1, 0.0, None)


def test_after_a_long_gap_the_session_repeats_the_last_one_and_says_why() -> None:
    latest = [st(side, 12, 6.0, n, 1) for n in (1, 2, 3) for side in (L, R)]
    dose = prescribe(LUNGE, latest, SessionKind(BUILD, gap=True), T, Unit.KG)
    assert [(leg.level, leg.load_kg, leg.sets) for leg in dose.legs] == [(1, 6.0, 3)] * 2
    assert dose.held is Hold.GAP


def test_without_sets_each_leg_starts_where_the_athlete_said() -> None:
    dose = prescribe(LUNGE, [], SessionKind(LEARN), T, Unit.KG,
                     start={L: LegStart(1, 6.0), R: LegStart(1, 4.0)})
    assert [(leg.side, leg.level, leg.load_kg, leg.sets) for leg in dose.legs] == [
        (L, 1, 6.0, 2), (R, 1, 4.0, 2)]
    assert dose.advice is None


def test_the_athletes_own_values_replace_a_leg_and_are_marked_as_theirs() -> None:
    dose = prescribe(LUNGE, [], SessionKind(BUILD), T, Unit.KG)
    mine = LegPrescription(R, 3, 8, 10, 2.0, 0)
    changed = with_own_values(dose, {R: mine})
    assert changed.leg(R) == mine and changed.leg(L) == dose.leg(L)
    assert changed.own == frozenset({R})


def test_the_live_session_runs_each_legs_dose() -> None:
    latest = [st(L, 12, 10.0, n, 1) for n in (1, 2, 3)] + \
        [st(R, reps, 10.0, n, 1) for n, reps in ((1, 12), (2, 11), (3, 10))]
    dose = prescribe(DUMBBELL_TOP, latest, SessionKind(BUILD), T, Unit.KG)
    plan = session_plan("Block — week 3", [dose], rest_between_sides_s=0, rest_between_sets_s=0)
    engine = SessionEngine(plan, FakeClock(), count_in_s=0)
    assert [(ref.set_number, ref.side) for ref in engine.steps] == [
        (1, R), (1, L), (2, R), (2, L), (3, R), (3, L), (4, R)]
    engine.start()
    engine.tick()
    engine.end_set()
    assert engine.prefill().load_kg == 10.0, "the weaker right leg first, at its own load"
    assert engine.snapshot().set_count == 4 and engine.snapshot().target_reps == 12
    engine.accept(SideLog(reps=12, load_kg=10.0))
    engine.skip_rest()
    engine.tick()
    engine.end_set()
    assert engine.prefill().load_kg == 12.0 and engine.snapshot().set_count == 3


# --- Ten simulated weeks ---------------------------------------------------------------------


def _log(dose_legs: dict[Side, LegPrescription], day: date, meets: dict[Side, bool]
         ) -> list[SetEntry]:
    when = datetime.combine(day, time(7, 0), tzinfo=UTC)
    entries = []
    for side, leg in dose_legs.items():
        for n in range(1, leg.sets + 1):
            reps = leg.reps_max if meets[side] else leg.reps_max - 2
            entries.append(st(side, reps, leg.load_kg, n, leg.level, when))
    return entries


def test_ten_weeks_each_leg_climbs_as_its_own_sets_warrant() -> None:
    """The left leg meets every target it is set; the right only in every other session.

    Week by week (2 sessions a week, Monday and Thursday), the doses follow the rules
    by hand: weeks 1–2 learn (2 sets, no 3 × 12 possible, nothing moves); week 3 the
    first 3-set session meets for the left → dumbbells at 4 kg; the right misses → it is
    the weaker leg and gets a 4th set; week 4 is lighter (2 sets, nothing moves, and the
    2-set session cannot meet 3 × 12, so the next one repeats); and so on.
    """
    start = date(2026, 3, 2)
    spec = BlockSpec(start, 10, (0, 3))
    latest: list[SetEntry] = []
    previous: list[SetEntry] = []
    done: dict[int, date] = {}
    seen: list[tuple[int, tuple[int, float, int], tuple[int, float, int]]] = []
    right_meets = False
    for session in schedule(spec, T, {}, start):
        kind = SessionKind(session.phase, session.light, session.taper)
        dose = prescribe(LUNGE, latest, kind, T, Unit.KG, previous=previous)
        legs = {side: dose.leg(side) for side in (L, R)}
        seen.append((session.week, *((legs[s].level, legs[s].load_kg, legs[s].sets)
                                     for s in (L, R))))  # type: ignore[arg-type]
        entries = _log(legs, session.day, {L: True, R: right_meets})
        right_meets = not right_meets
        previous, latest = latest, entries
        done[session.number] = session.day
    # (week, (left rung, kg, sets), (right rung, kg, sets))
    assert seen == [
        (1, (0, 0.0, 2), (0, 0.0, 2)),  # learning weeks: 2 sets can never meet 3 × 12
        (1, (0, 0.0, 2), (0, 0.0, 2)),
        (2, (0, 0.0, 2), (0, 0.0, 2)),
        (2, (0, 0.0, 2), (0, 0.0, 2)),
        (3, (0, 0.0, 3), (0, 0.0, 3)),  # building: 3 sets, still judged on a 2-set session
        (3, (1, 4.0, 3), (0, 0.0, 4)),  # left met → dumbbells at 4 kg; right missed: weaker
        (4, (1, 4.0, 2), (0, 0.0, 2)),  # lighter week: left's +2 kg and right's climb wait
        (4, (1, 4.0, 2), (0, 0.0, 2)),
        (5, (1, 4.0, 3), (0, 0.0, 3)),  # a 2-set session cannot meet 3 × 12: both repeat
        (5, (1, 6.0, 3), (0, 0.0, 3)),  # left +2 kg; legs on different rungs are not compared
        (6, (1, 8.0, 3), (1, 4.0, 3)),  # left +2 kg; right met → dumbbells at 4 kg
        (6, (2, 20.0, 3), (1, 4.0, 4)),  # left met at 8 kg → barbell at 20; right missed: weaker
        (7, (2, 22.5, 3), (1, 6.0, 3)),  # +2.5 kg from 20 kg up; right met → +2 kg
        (7, (2, 25.0, 3), (1, 6.0, 3)),  # right missed: stays
        (8, (2, 25.0, 2), (1, 6.0, 2)),  # lighter week
        (8, (2, 25.0, 2), (1, 6.0, 2)),
        (9, (2, 25.0, 3), (1, 6.0, 3)),
        (9, (2, 27.5, 3), (1, 6.0, 3)),
        (10, (2, 30.0, 3), (1, 8.0, 3)),  # right met in week 9 → +2 kg
        (10, (2, 32.5, 3), (1, 8.0, 3)),
    ]
    assert len(done) == 20
