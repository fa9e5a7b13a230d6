"""Double progression leg by leg, with worked examples a coach can check by hand.

Every example states the sets logged, the rung's target and the advice, and
says why. The rung targets are data (`RungTarget`), so "3 × 12 per leg" means
three sets of twelve on each leg, not one.
"""

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from app.domain.errors import ValidationError
from app.domain.exercise import Exercise, Implement, ProgressionLevel, RungTarget
from app.domain.progression import (
    AdviceKind,
    Change,
    LegStatus,
    Reason,
    ReasonKind,
    SetVerdict,
    advise,
    judge_set,
    leg_status,
    next_load_kg,
    set_meets_target,
)
from app.domain.records import SetEntry
from app.domain.sides import Side
from app.domain.units import Unit
from app.library import builtin_exercises

L, R, B = Side.LEFT, Side.RIGHT, Side.BOTH
WHEN = datetime(2025, 3, 4, 7, 30, tzinfo=UTC)
BEFORE = WHEN - timedelta(days=3)

SPLIT = Exercise(
    id="split-squat",
    name="Split squat",
    muscles=("quadriceps",),
    why="Front-leg strength.",
    steps=("Step.", "Lower.", "Rise."),
    form_tips=("Front heel down.",),
    faults=("Heel lifting.",),
    progressions=(
        ProgressionLevel("Split squat", "Move up at 3 × 12.", RungTarget(3, 12)),
        ProgressionLevel("Rear foot on a bench", "Move up at 3 × 12.", RungTarget(3, 12)),
        ProgressionLevel(
            "Dumbbells", "Move up at 3 × 12 with 20 kg in two sessions in a row.",
            RungTarget(3, 12, sessions=2), Implement.DUMBBELLS, start_load_kg=4.0,
            move_up_at_kg=20.0,
        ),
        ProgressionLevel("Barbell", "Top: 3 × 12.", RungTarget(3, 12), Implement.BARBELL,
                         start_load_kg=20.0),
    ),
    tempo="3-1-1-0",
    sets_min=2,
    sets_max=3,
    reps_min=8,
    reps_max=12,
    equipment=("bench",),
    body_mass_share=0.84,
)
BRIDGE = replace(SPLIT, id="glute-bridge", name="Glute bridge", unilateral=False)


def st(
    side: Side, reps: int = 12, load: float = 0.0, *, n: int = 1, rpe: float | None = 7.0,
    rir: int | None = None, knee: bool | None = True, hips: bool | None = True,
    level: int = 0, ex: str = "split-squat", when: datetime = WHEN,
) -> SetEntry:
    return SetEntry(
        exercise_id=ex, side=side, set_number=n, reps=reps, load_kg=load, tempo="3-1-1-0",
        recorded_at=when + timedelta(minutes=n), rpe=rpe, rir=rir, progression_level=level,
        form_knee=knee, form_hips=hips,
    )


def legs(reps: int = 12, load: float = 0.0, *, sets: int = 3, level: int = 0,
         when: datetime = WHEN, **values: object) -> list[SetEntry]:
    """`sets` identical sets on each leg."""
    return [st(side, reps, load, n=n, level=level, when=when, **values)  # type: ignore[arg-type]
            for n in range(1, sets + 1) for side in (L, R)]


# --- One set against the target ------------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "verdict"),
    [
        (st(L, 12, rpe=8.0), SetVerdict.MET),  # RPE 8 still leaves reps to spare
        (st(L, 13, rpe=6.0), SetVerdict.MET),  # more than the target also counts
        (st(L, 11, rpe=6.0), SetVerdict.SHORT),  # one rep short
        (st(L, 11, rpe=None, knee=None), SetVerdict.SHORT),  # short is known whatever else
        (st(L, 12, rpe=8.5), SetVerdict.TOO_HARD),
        (st(L, 12, rpe=None, rir=2), SetVerdict.MET),  # RIR stands in when RPE is missing
        (st(L, 12, rpe=None, rir=1), SetVerdict.TOO_HARD),
        (st(L, 12, rpe=9.0, rir=3), SetVerdict.TOO_HARD),  # RPE wins when both are logged
        (st(L, 12, hips=False), SetVerdict.FORM_FAULT),  # either answer "no" is a fault
        (st(L, 12, knee=False, hips=None), SetVerdict.FORM_FAULT),
        (st(L, 12, rpe=None), SetVerdict.NO_EFFORT),  # not judged, not a miss
        (st(L, 12, knee=None), SetVerdict.NO_FORM),  # form check left unanswered
        (st(L, 12, knee=True, hips=None), SetVerdict.NO_FORM),
    ],
)
def test_one_set_against_a_target_of_twelve(entry: SetEntry, verdict: SetVerdict) -> None:
    assert judge_set(entry, 12) is verdict
    assert set_meets_target(entry, 12) is (verdict is SetVerdict.MET)
    assert verdict.judged is (verdict not in (SetVerdict.NO_EFFORT, SetVerdict.NO_FORM))


# --- A leg's session: the target counts sets ---------------------------------------------------


@pytest.mark.parametrize(
    ("sets", "status"),
    [
        ([st(L, 12, n=1), st(L, 12, n=2), st(L, 12, n=3)], LegStatus.MET),  # 3 of 3
        ([st(L, 12, n=1)], LegStatus.BEHIND),  # 1 of 3: one set of 12 is not 3 × 12
        ([st(L, 12, n=1), st(L, 12, n=2)], LegStatus.BEHIND),  # 2 of 3
        ([st(L, 12, n=1), st(L, 12, n=2), st(L, 11, n=3)], LegStatus.BEHIND),  # last set short
        # the third set had no RPE: it might have met the target, so the leg is not judged
        ([st(L, 12, n=1), st(L, 12, n=2), st(L, 12, n=3, rpe=None)], LegStatus.NOT_JUDGED),
        # one short and one unknown: even if the unknown met it, 2 of 3 → behind
        ([st(L, 12, n=1), st(L, 11, n=2), st(L, 12, n=3, rpe=None)], LegStatus.BEHIND),
        # four sets, three met: enough
        ([st(L, 12, n=1), st(L, 12, n=2), st(L, 12, n=3), st(L, 9, n=4)], LegStatus.MET),
        # only sets at the working load (10 kg) count; the 8 kg back-off set does not
        ([st(L, 12, 10.0, n=1), st(L, 12, 10.0, n=2), st(L, 12, 8.0, n=3)], LegStatus.BEHIND),
    ],
)
def test_a_leg_meets_three_by_twelve_only_with_three_sets(
    sets: list[SetEntry], status: LegStatus
) -> None:
    assert leg_status(sets, RungTarget(3, 12)) is status


# --- Load steps ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("current", "unit", "expected_kg"),
    [
        (0.0, Unit.KG, 2.0),  # bodyweight → first dumbbell: 0 + 2
        (12.0, Unit.KG, 14.0),  # 12 + 2
        (17.5, Unit.KG, 19.5),  # below 20: + 2
        (20.0, Unit.KG, 22.5),  # from 20: + 2.5
        (12.3, Unit.KG, 14.3),  # 12.3 + 2 without float noise (14.299999…)
        (12.34, Unit.KG, 14.3),  # the shown 12.3 + 2
        (0.0, Unit.LB, 5 * 0.45359237),  # 5 lb = 2.26796185 kg
        # 27.5 lb = 12.473790175 kg → 32.5 lb = 32.5 × 0.45359237 = 14.741752025 kg
        (12.473790175, Unit.LB, 14.741752025),
        # 20 kg shows as 44 lb → 49 lb = 22.22602613 kg
        (20.0, Unit.LB, 22.22602613),
    ],
)
def test_next_load(current: float, unit: Unit, expected_kg: float) -> None:
    assert next_load_kg(current, unit) == pytest.approx(expected_kg, abs=1e-9)


# --- Climbing the ladder -------------------------------------------------------------------


def test_no_sets_no_advice() -> None:
    advice = advise([], SPLIT, 0, Unit.KG)
    assert advice.kind is AdviceKind.NO_DATA
    assert (advice.steps, advice.weaker, advice.next_level, advice.next_load_kg) == \
        ((), None, None, None)


def test_one_set_of_twelve_per_leg_does_not_promote() -> None:
    # The old rule moved up after a single set of 12 on each leg. The rung says 3 × 12.
    advice = advise(legs(12, sets=1), SPLIT, 0, Unit.KG)
    assert advice.kind is AdviceKind.STAY
    assert advice.reasons == (Reason(ReasonKind.SETS_SHORT, None, count=1, of=3, reps=12),)
    assert [(s.side, s.change, s.level, s.sets, s.reps) for s in advice.steps] == [
        (L, Change.SAME, 0, 3, 12), (R, Change.SAME, 0, 3, 12)]


def test_three_by_twelve_at_bodyweight_moves_up_a_rung_and_restarts_at_eight_reps() -> None:
    advice = advise(legs(12), SPLIT, 0, Unit.KG)
    assert advice.kind is AdviceKind.LEVEL_UP
    assert advice.next_level == 1
    assert advice.next_load_kg == 0.0
    assert all((s.change, s.level, s.load_kg, s.sets, s.reps) == (Change.LEVEL_UP, 1, 0.0, 3, 8)
               for s in advice.steps)
    assert advice.reasons == (Reason(ReasonKind.TARGET_MET, None, count=3, reps=12),)


def test_the_first_loaded_rung_starts_at_its_suggested_load() -> None:
    # rung 1 (bodyweight) mastered → rung 2, dumbbells, which starts at 4 kg (2 × 2 kg)
    advice = advise(legs(12, level=1), SPLIT, 1, Unit.KG)
    assert advice.kind is AdviceKind.LEVEL_UP
    assert (advice.next_level, advice.next_load_kg) == (2, 4.0)


def test_a_loaded_rung_adds_load_until_its_move_up_load() -> None:
    # rung 2 at 10 kg, met in two sessions in a row, but the barbell waits for 20 kg:
    # 10 + 2 = 12 kg next time, reps back to 8
    before = legs(12, 10.0, level=2, when=BEFORE)
    advice = advise(legs(12, 10.0, level=2), SPLIT, 2, Unit.KG, previous=before)
    assert advice.kind is AdviceKind.ADD_LOAD
    assert advice.next_load_kg == 12.0
    assert advice.steps[0].reps == 8
    assert Reason(ReasonKind.LOAD_FOR_NEXT_RUNG, None, load_kg=20.0) in advice.reasons


def test_a_change_of_implement_starts_at_the_next_rungs_load() -> None:
    # 3 × 12 with 2 × 10 kg in two sessions in a row → the barbell rung, starting with the
    # empty 20 kg bar: the same total, so no jump from dumbbells to a bar
    before = legs(12, 20.0, level=2, when=BEFORE)
    advice = advise(legs(12, 20.0, level=2), SPLIT, 2, Unit.KG, previous=before)
    assert advice.kind is AdviceKind.LEVEL_UP
    assert (advice.next_level, advice.next_load_kg) == (3, 20.0)


def test_two_sessions_in_a_row_means_repeat_after_the_first() -> None:
    advice = advise(legs(12, 20.0, level=2), SPLIT, 2, Unit.KG)
    assert advice.kind is AdviceKind.REPEAT
    assert all((s.change, s.load_kg, s.level) == (Change.REPEAT, 20.0, 2) for s in advice.steps)
    assert advice.reasons == (Reason(ReasonKind.TARGET_MET_ONCE, None, count=2),)


@pytest.mark.parametrize(
    "before",
    [
        legs(12, 18.0, level=2, when=BEFORE),  # the previous session was at a lighter load
        legs(11, 20.0, level=2, when=BEFORE),  # … or missed the reps
        legs(12, 20.0, level=1, when=BEFORE),  # … or was on another rung
    ],
)
def test_the_session_before_must_have_met_the_same_goal(before: list[SetEntry]) -> None:
    advice = advise(legs(12, 20.0, level=2), SPLIT, 2, Unit.KG, previous=before)
    assert advice.kind is AdviceKind.REPEAT


def test_the_top_rung_adds_load() -> None:
    advice = advise(legs(12, 20.0, level=3), SPLIT, 3, Unit.KG)
    assert advice.kind is AdviceKind.ADD_LOAD
    assert advice.next_load_kg == 22.5  # 20 + 2.5


def test_a_weight_held_on_a_bodyweight_rung_adds_load_instead_of_climbing() -> None:
    advice = advise(legs(12, 2.0), SPLIT, 0, Unit.KG)
    assert advice.kind is AdviceKind.ADD_LOAD
    assert advice.next_load_kg == 4.0


def test_new_load_in_pounds() -> None:
    # 27.5 lb (12.473790175 kg) + 5 lb = 32.5 lb
    advice = advise(legs(12, 12.473790175, level=3), SPLIT, 3, Unit.LB)
    assert advice.next_load_kg == pytest.approx(14.741752025)


def test_a_ladder_climbed_rung_by_rung_from_bodyweight_to_the_bar() -> None:
    # A leg that meets its goal every session: 2 bodyweight rungs, then dumbbells from 4 kg
    # in 2 kg steps (each load twice: "two sessions in a row"), then the bar at 20 kg.
    level, load, previous, history = 0, 0.0, [], []
    for day in range(40):
        when = WHEN + timedelta(days=day)
        session = legs(12, load, level=level, when=when)
        advice = advise(session, SPLIT, level, Unit.KG, previous=previous)
        history.append((level, load))
        step = advice.steps[0]
        level, load, previous = step.level, step.load_kg, session
        if level == 3:
            break
    assert history[:4] == [(0, 0.0), (1, 0.0), (2, 4.0), (2, 4.0)]
    dumbbell_loads = [kg for rung, kg in history if rung == 2]
    assert dumbbell_loads == [kg for kg in (4.0, 6.0, 8.0, 10.0, 12.0, 14.0, 16.0, 18.0, 20.0)
                              for _ in range(2)]
    assert (level, load) == (3, 20.0)


def test_every_shipped_ladder_is_climbed_to_its_top_rung() -> None:
    for exercise in builtin_exercises():
        level, load, previous = 0, 0.0, []
        for day in range(400):
            reps = exercise.target(level).reps
            session = legs(reps, load, level=level, when=WHEN + timedelta(days=day),
                           ex=exercise.id)
            advice = advise(session, exercise, level, Unit.KG, previous=previous)
            step = advice.steps[0]
            assert step.load_kg >= load or step.level > level, (exercise.id, step)
            level, load, previous = step.level, step.load_kg, session
            if level == len(exercise.progressions) - 1:
                break
        assert level == len(exercise.progressions) - 1, exercise.id


# --- Not judged is never behind --------------------------------------------------------------


def test_sets_without_effort_are_not_judged_and_nobody_is_behind() -> None:
    advice = advise(legs(12, 10.0, rpe=None, level=3), SPLIT, 3, Unit.KG)
    assert advice.kind is AdviceKind.STAY
    assert advice.weaker is None
    assert advice.reasons == (Reason(ReasonKind.NO_EFFORT, None, count=3),)
    assert {s.status for s in advice.steps} == {LegStatus.NOT_JUDGED}


def test_an_unanswered_form_check_on_one_leg_does_not_make_it_weaker() -> None:
    # left met 3 × 12; right did the same reps but left its form check empty: right is not
    # judged (not behind), so no balance advice; left moves on by itself
    entries = [st(L, 12, n=n) for n in (1, 2, 3)] + [st(R, 12, n=n, knee=None) for n in (1, 2, 3)]
    advice = advise(entries, SPLIT, 0, Unit.KG)
    assert advice.weaker is None
    assert advice.kind is AdviceKind.PER_LEG
    left, right = advice.step(L), advice.step(R)
    assert left is not None and right is not None
    assert (left.change, right.change) == (Change.LEVEL_UP, Change.SAME)
    assert Reason(ReasonKind.NO_FORM, R, count=3) in advice.reasons


def test_a_form_fault_is_a_miss() -> None:
    advice = advise(legs(12, hips=False), SPLIT, 0, Unit.KG)
    assert advice.kind is AdviceKind.STAY
    assert Reason(ReasonKind.FORM_FAULT, None, count=3) in advice.reasons


# --- The weaker leg -------------------------------------------------------------------------


def test_the_leg_that_missed_the_goal_the_other_met_goes_first_with_an_extra_set() -> None:
    # left 3 × 12 (met); right 12, 12, 10 (behind)
    entries = [st(L, 12, n=n) for n in (1, 2, 3)] + [st(R, 12, n=1), st(R, 12, n=2), st(R, 10, n=3)]
    advice = advise(entries, SPLIT, 0, Unit.KG)
    assert advice.kind is AdviceKind.BALANCE
    assert advice.weaker is R
    assert advice.reasons[0] == Reason(ReasonKind.WEAKER_MISSED_TARGET, R)
    right, left = advice.step(R), advice.step(L)
    assert right is not None and left is not None
    assert (right.first, right.extra_set, right.sets, right.change) == (True, True, 4, Change.SAME)
    # each leg progresses on its own: the left leg has earned its next rung
    assert (left.first, left.change, left.level) == (False, Change.LEVEL_UP, 1)


def test_legs_far_apart_on_reps_at_the_same_load() -> None:
    # bodyweight, per set: left 8 reps, right 10 → 8 / 10 = 80 % < 90 %
    entries = [st(L, 8, n=n) for n in (1, 2, 3)] + [st(R, 10, n=n) for n in (1, 2, 3)]
    advice = advise(entries, SPLIT, 0, Unit.KG)
    assert advice.kind is AdviceKind.BALANCE
    assert advice.weaker is L
    reason = advice.reasons[0]
    assert (reason.kind, reason.side, reason.percent, reason.line) == \
        (ReasonKind.WEAKER_BELOW_LINE, L, 80.0, 90.0)


def test_legs_at_ninety_percent_are_close_enough() -> None:
    # per set: left 9, right 10 → 90 %, not below the line
    entries = [st(L, 9, n=n) for n in (1, 2, 3)] + [st(R, 10, n=n) for n in (1, 2, 3)]
    assert advise(entries, SPLIT, 0, Unit.KG).weaker is None


def test_the_coach_can_set_another_line() -> None:
    entries = [st(L, 9, n=n) for n in (1, 2, 3)] + [st(R, 10, n=n) for n in (1, 2, 3)]
    advice = advise(entries, SPLIT, 0, Unit.KG, line=95.0)
    assert advice.weaker is L
    assert advice.reasons[0].line == 95.0


def test_the_extra_set_for_the_weaker_leg_does_not_flip_the_comparison() -> None:
    # after following the advice: left 4 sets (the fourth tired: 7 reps), right 3 sets, all
    # at 10 kg. Totals: left 37, right 30 → right would look weaker at 81 %. Per set over
    # the three sets both legs did: 10 vs 10 → level.
    entries = [st(L, 10, 10.0, n=n) for n in (1, 2, 3)] + [st(L, 7, 10.0, n=4)]
    entries += [st(R, 10, 10.0, n=n) for n in (1, 2, 3)]
    advice = advise(entries, SPLIT, 3, Unit.KG)
    assert advice.weaker is None
    assert advice.kind is AdviceKind.STAY


def test_without_body_mass_a_lighter_leg_that_did_no_more_reps_is_behind() -> None:
    # left 3 × 12 at bodyweight, right 3 × 12 with 2 kg: no load in common, so without a body
    # mass there is no percentage, but the left did no more reps at a lighter load
    entries = [st(L, 12, 0.0, n=n) for n in (1, 2, 3)] + [st(R, 12, 2.0, n=n) for n in (1, 2, 3)]
    advice = advise(entries, SPLIT, 0, Unit.KG)
    assert advice.weaker is L
    assert advice.reasons[0] == Reason(ReasonKind.WEAKER_LIGHTER_LOAD, L)


def test_with_body_mass_the_legs_compare_on_the_load_they_carry() -> None:
    # the same sets with a 70 kg athlete; the split squat's front leg carries 84 % of body
    # mass = 58.8 kg: left 12 × 58.8 = 705.6, right 12 × 60.8 = 729.6 → 96.7 %: close enough
    entries = [st(L, 12, 0.0, n=n) for n in (1, 2, 3)] + [st(R, 12, 2.0, n=n) for n in (1, 2, 3)]
    advice = advise(entries, SPLIT, 0, Unit.KG, body_mass_kg=70.0)
    assert advice.weaker is None


def test_only_one_leg_logged() -> None:
    advice = advise([st(L, 12, 10.0, n=n) for n in (1, 2, 3)], SPLIT, 0, Unit.KG)
    assert advice.kind is AdviceKind.STAY
    assert advice.reasons == (Reason(ReasonKind.ONE_LEG_ONLY, L),)
    assert [(s.side, s.load_kg, s.change) for s in advice.steps] == [
        (L, 10.0, Change.SAME), (R, 10.0, Change.SAME)]


def test_two_leg_exercise_has_one_step_for_both_legs() -> None:
    entries = [st(B, 12, 20.0, n=n, ex="glute-bridge", level=3) for n in (1, 2, 3)]
    advice = advise(entries, BRIDGE, 3, Unit.KG)
    assert advice.kind is AdviceKind.ADD_LOAD
    assert [s.side for s in advice.steps] == [B]
    assert advice.next_load_kg == 22.5


def test_one_leg_exercise_logged_as_two_leg_sets_is_judged_whole() -> None:
    advice = advise([st(B, 12, n=n) for n in (1, 2, 3)], SPLIT, 0, Unit.KG)
    assert advice.kind is AdviceKind.LEVEL_UP
    assert advice.next_level == 1


def test_sets_of_another_exercise_are_refused() -> None:
    with pytest.raises(ValidationError, match="another exercise"):
        advise([st(L, 12, ex="step-up")], SPLIT, 0, Unit.KG)


@pytest.mark.parametrize("level", [-1, 4])
def test_a_level_off_the_ladder_is_refused(level: int) -> None:
    with pytest.raises(ValidationError, match="no progression level"):
        advise(legs(), SPLIT, level, Unit.KG)


def test_without_a_ladder_the_exercise_range_is_the_target() -> None:
    no_ladder = replace(SPLIT, progressions=())
    assert no_ladder.target(0) == RungTarget(3, 12)
    with pytest.raises(ValidationError, match="levels go from 0 to 0"):
        advise(legs(), no_ladder, 1, Unit.KG)
    assert advise(legs(12), no_ladder, 0, Unit.LB).next_load_kg == pytest.approx(2.26796185)
