"""Double-progression advice after a session."""

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from app.domain.errors import ValidationError
from app.domain.exercise import Exercise, ProgressionLevel
from app.domain.progression import (
    Advice,
    AdviceKind,
    advise,
    next_load_kg,
    set_meets_target,
)
from app.domain.records import SetEntry
from app.domain.sides import Side
from app.domain.units import Unit

L, R, B = Side.LEFT, Side.RIGHT, Side.BOTH
WHEN = datetime(2025, 3, 4, 7, 30, tzinfo=UTC)

SQUAT = Exercise(
    id="single-leg-squat",
    name="Single-leg squat",
    muscles=("quads", "glutes"),
    why="Knee control for downhill running.",
    steps=("Stand on one leg.", "Sit back to the box.", "Stand up."),
    form_tips=("Knee over the second toe.",),
    faults=("Knee caving in.",),
    progressions=(
        ProgressionLevel("Box squat, high box", "3 × 12 each leg, no touch-downs."),
        ProgressionLevel("Box squat, low box", "3 × 12 each leg, slow lowering"),
        ProgressionLevel("Pistol squat", "3 × 8 each leg"),
    ),
    tempo="3-1-1-0",
    sets_min=2,
    sets_max=3,
    reps_min=8,
    reps_max=12,
    equipment=("box",),
)
BRIDGE = replace(SQUAT, id="glute-bridge", name="Glute bridge", unilateral=False)


def st(
    side: Side,
    reps: int = 12,
    load: float = 0.0,
    *,
    n: int = 1,
    rpe: float | None = 7.0,
    rir: int | None = None,
    form: bool | None = True,
    ex: str = "single-leg-squat",
) -> SetEntry:
    return SetEntry(
        exercise_id=ex,
        side=side,
        set_number=n,
        reps=reps,
        load_kg=load,
        tempo="3-1-1-0",
        recorded_at=WHEN,
        rpe=rpe,
        rir=rir,
        form_ok=form,
    )


def both_legs(
    reps: int = 12,
    load: float = 0.0,
    *,
    rpe: float | None = 7.0,
    rir: int | None = None,
    form: bool | None = True,
) -> list[SetEntry]:
    """Three identical sets on each leg."""
    return [
        st(side, reps, load, n=n, rpe=rpe, rir=rir, form=form) for n in (1, 2, 3) for side in (L, R)
    ]


# --- What counts as a target set ------------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "met"),
    [
        (st(L, 12, rpe=8.0), True),  # RPE 8 is still "reps to spare"
        (st(L, 13, rpe=6.0), True),  # more than the top of the range also counts
        (st(L, 11, rpe=6.0), False),  # one rep short
        (st(L, 12, rpe=8.5), False),  # too hard
        (st(L, 12, rpe=None, rir=2), True),  # RIR stands in when RPE is missing
        (st(L, 12, rpe=None, rir=1), False),
        (st(L, 12, rpe=None, rir=None), False),  # effort unknown: do not progress blind
        (st(L, 12, rpe=9.0, rir=3), False),  # RPE wins when both are logged
        (st(L, 12, form=None), False),  # form not confirmed
        (st(L, 12, form=False), False),
    ],
)
def test_set_meets_target(entry: SetEntry, met: bool) -> None:
    assert set_meets_target(entry, reps_max=12) is met


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


# --- Advice --------------------------------------------------------------------------------


def test_no_sets_no_advice() -> None:
    advice = advise([], SQUAT, 0, Unit.KG)
    assert advice.kind is AdviceKind.NO_DATA
    assert "No sets of Single-leg squat logged yet" in advice.message
    assert (advice.next_load_kg, advice.next_level, advice.weaker) == (None, None, None)


def test_bodyweight_mastered_moves_up_the_ladder() -> None:
    advice = advise(both_legs(12), SQUAT, 0, Unit.KG)
    assert advice == Advice(
        AdviceKind.LEVEL_UP,
        "Every set on both legs reached 12 reps with good form and reps to spare. "
        "Goal for Box squat, high box met: 3 × 12 each leg, no touch-downs. "
        "Move to level 2: Box squat, low box, starting again at 8 reps.",
        next_level=1,
    )


def test_level_numbers_follow_the_current_level() -> None:
    advice = advise(both_legs(12), SQUAT, 1, Unit.KG)
    assert advice.next_level == 2
    assert "Move to level 3: Pistol squat" in advice.message
    assert "Goal for Box squat, low box met: 3 × 12 each leg, slow lowering." in advice.message


def test_top_of_the_ladder_at_bodyweight_adds_load() -> None:
    advice = advise(both_legs(12), SQUAT, 2, Unit.KG)
    assert advice.kind is AdviceKind.ADD_LOAD
    assert advice.next_load_kg == 2.0  # 0 + 2 kg
    assert advice.message.endswith("Next time use 2 kg and build back up from 8 to 12 reps.")


def test_exercise_without_a_ladder_adds_load() -> None:
    no_ladder = replace(SQUAT, progressions=())
    advice = advise(both_legs(12), no_ladder, 0, Unit.LB)
    assert advice.kind is AdviceKind.ADD_LOAD
    assert advice.next_load_kg == pytest.approx(2.26796185)  # 5 lb × 0.45359237
    assert "Next time use 5 lb" in advice.message


def test_loaded_and_mastered_adds_load_even_with_a_next_level() -> None:
    advice = advise(both_legs(12, 20.0), SQUAT, 0, Unit.KG)
    assert advice.kind is AdviceKind.ADD_LOAD
    assert advice.next_load_kg == 22.5  # 20 + 2.5
    assert advice.next_level is None
    assert "Next time use 22.5 kg" in advice.message


def test_new_load_is_shown_in_pounds() -> None:
    # 27.5 lb (12.473790175 kg) + 5 lb = 32.5 lb
    advice = advise(both_legs(12, 12.473790175), SQUAT, 2, Unit.LB)
    assert advice.kind is AdviceKind.ADD_LOAD
    assert "Next time use 32.5 lb" in advice.message
    assert advice.next_load_kg == pytest.approx(14.741752025)


def test_short_of_the_top_of_the_range_stays() -> None:
    entries = both_legs(12, 15.0)
    entries[-1] = st(R, 11, 15.0, n=3)  # last right set one rep short
    entries[-2] = st(L, 11, 15.0, n=3)  # and the last left set too: legs still even
    advice = advise(entries, SQUAT, 0, Unit.KG)
    assert advice == Advice(AdviceKind.STAY, "Stay: aim for 12 reps on every set at 15 kg.")


def test_stay_at_bodyweight_reads_naturally() -> None:
    advice = advise(both_legs(10), SQUAT, 0, Unit.KG)
    assert advice.message == "Stay: aim for 12 reps on every set at bodyweight."


def test_too_hard_stays_and_says_why() -> None:
    advice = advise(both_legs(12, 10.0, rpe=9.0), SQUAT, 0, Unit.KG)
    assert advice.kind is AdviceKind.STAY
    assert advice.message == (
        "Stay: aim for 12 reps on every set at 10 kg. "
        "Progress once every set feels like RPE 8 or easier (2 or more reps left in the tank)."
    )


def test_missing_effort_stays_and_asks_for_it() -> None:
    advice = advise(both_legs(12, 10.0, rpe=None), SQUAT, 0, Unit.KG)
    assert advice.kind is AdviceKind.STAY
    assert "Log how hard each set felt (RPE or reps in reserve)" in advice.message


def test_unconfirmed_form_stays() -> None:
    advice = advise(both_legs(12, 10.0, form=None), SQUAT, 0, Unit.KG)
    assert advice.kind is AdviceKind.STAY
    assert "Tick good form only when every rep was clean" in advice.message


def test_reps_in_reserve_replaces_rpe() -> None:
    advice = advise(both_legs(12, 10.0, rpe=None, rir=2), SQUAT, 2, Unit.KG)
    assert advice.kind is AdviceKind.ADD_LOAD
    assert advice.next_load_kg == 12.0  # 10 + 2


def test_one_leg_met_the_target_the_other_did_not() -> None:
    entries = [st(L, 12, 10.0, n=n) for n in (1, 2, 3)]
    entries += [st(R, 12, 10.0, n=1), st(R, 12, 10.0, n=2), st(R, 12, 10.0, n=3, rpe=9.0)]
    advice = advise(entries, SQUAT, 0, Unit.KG)
    assert advice == Advice(
        AdviceKind.BALANCE,
        "Your right leg is behind your left leg. Next time start with the right leg and "
        "give it one extra set, and aim for 12 reps on every set at 10 kg.",
        weaker=R,
    )


def test_legs_far_apart_on_reps_balance_before_anything_else() -> None:
    # bodyweight, nobody met the target: left 3×8 = 8 per set, right 3×10 = 10 per set
    # → 8 / 10 = 80 % < 90 %
    entries = [st(L, 8, n=n) for n in (1, 2, 3)] + [st(R, 10, n=n) for n in (1, 2, 3)]
    advice = advise(entries, SQUAT, 0, Unit.KG)
    assert advice.kind is AdviceKind.BALANCE
    assert advice.weaker is L
    assert "at bodyweight" in advice.message


def test_legs_close_enough_just_stay() -> None:
    # per set: left 9 reps, right 10 → 90 %, not below the threshold
    entries = [st(L, 9, n=n) for n in (1, 2)] + [st(R, 10, n=n) for n in (1, 2)]
    assert advise(entries, SQUAT, 0, Unit.KG).kind is AdviceKind.STAY


def test_volume_gap_on_loaded_sets() -> None:
    # both legs 3×12 with reps to spare, but left at 17.5 kg and right at 20 kg:
    # volume per set 12×17.5 = 210 vs 12×20 = 240 → 87.5 % → left is behind, no load jump
    entries = [st(L, 12, 17.5, n=n) for n in (1, 2, 3)] + [st(R, 12, 20.0, n=n) for n in (1, 2, 3)]
    advice = advise(entries, SQUAT, 0, Unit.KG)
    assert advice.kind is AdviceKind.BALANCE
    assert advice.weaker is L
    assert advice.next_load_kg is None


def test_the_extra_set_for_the_weaker_leg_does_not_flip_the_comparison() -> None:
    # after following advice: left 4 sets of 10, right 3 sets of 10 at 10 kg. Totals would
    # say right is at 300 / 400 = 75 %; per set both are 10 × 10 = 100 → even → stay.
    entries = [st(L, 10, 10.0, n=n) for n in (1, 2, 3, 4)]
    entries += [st(R, 10, 10.0, n=n) for n in (1, 2, 3)]
    advice = advise(entries, SQUAT, 0, Unit.KG)
    assert advice.kind is AdviceKind.STAY
    assert advice.weaker is None


def test_only_one_leg_logged() -> None:
    entries = [st(L, 12, 10.0, n=n) for n in (1, 2, 3)]
    advice = advise(entries, SQUAT, 0, Unit.KG)
    assert advice == Advice(
        AdviceKind.STAY,
        "Only your left leg was logged. Train both legs next time and "
        "aim for 12 reps on every set at 10 kg.",
    )


def test_two_leg_exercise_needs_no_left_and_right() -> None:
    entries = [st(B, 12, 20.0, n=n, ex="glute-bridge") for n in (1, 2, 3)]
    advice = advise(entries, BRIDGE, 2, Unit.KG)
    assert advice.kind is AdviceKind.ADD_LOAD
    assert advice.next_load_kg == 22.5
    assert advice.message.startswith("Every set reached 12 reps")  # no "on both legs"


def test_one_leg_exercise_logged_as_two_leg_sets_is_judged_whole() -> None:
    advice = advise([st(B, 12, n=n) for n in (1, 2, 3)], SQUAT, 0, Unit.KG)
    assert advice.kind is AdviceKind.LEVEL_UP
    assert advice.next_level == 1


def test_sets_of_another_exercise_are_refused() -> None:
    with pytest.raises(ValidationError, match="another exercise"):
        advise([st(L, 12, ex="step-up")], SQUAT, 0, Unit.KG)


@pytest.mark.parametrize("level", [-1, 3])
def test_a_level_off_the_ladder_is_refused(level: int) -> None:
    with pytest.raises(ValidationError, match="no progression level"):
        advise(both_legs(), SQUAT, level, Unit.KG)


def test_without_a_ladder_only_level_zero_exists() -> None:
    with pytest.raises(ValidationError, match="levels go from 0 to 0"):
        advise(both_legs(), replace(SQUAT, progressions=()), 1, Unit.KG)
