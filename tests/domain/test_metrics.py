"""Estimated 1RM, per-leg session summaries and limb symmetry."""

from datetime import UTC, datetime

import pytest

from app.domain.errors import ValidationError
from app.domain.metrics import (
    LSI_THRESHOLD,
    Measure,
    best_set,
    compare_legs,
    epley_1rm,
    limb_symmetry_index,
    measure_value,
    paired_sets,
    session_summary,
    summarize_side,
    symmetry,
    symmetry_by_exercise,
)
from app.domain.records import SetEntry
from app.domain.sides import Side

L, R, B = Side.LEFT, Side.RIGHT, Side.BOTH
WHEN = datetime(2025, 3, 4, 7, 30, tzinfo=UTC)


def st(
    side: Side, reps: int, load: float = 0.0, *, n: int = 1, ex: str = "split-squat"
) -> SetEntry:
    return SetEntry(
        exercise_id=ex,
        side=side,
        set_number=n,
        reps=reps,
        load_kg=load,
        tempo="3-1-1-0",
        recorded_at=WHEN,
    )


# --- Epley -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("load", "reps", "e1rm"),
    [
        (100.0, 10, 100 * (1 + 10 / 30)),  # 100 × 1.3333 = 133.33
        (20.0, 12, 28.0),  # 20 × (1 + 12/30) = 20 × 1.4 = 28
        (30.0, 1, 30.0),  # a single rep is a one-rep max: its own load, not 31
        (72.0, 12, 100.8),  # a 70 kg athlete's body share + 2 kg, 12 reps: 72 × 1.4
        (12.5, 6, 15.0),  # 12.5 × 1.2 = 15
    ],
)
def test_epley(load: float, reps: int, e1rm: float) -> None:
    assert epley_1rm(load, reps) == pytest.approx(e1rm)


@pytest.mark.parametrize(
    ("load", "reps"),
    [
        (0.0, 10),  # nothing carried: add the body mass to count the load the leg carries
        (-5.0, 10),
        (float("nan"), 5),
        (20.0, 0),  # no rep, no estimate
        (20.0, 13),  # endurance territory
        (20.0, -1),
    ],
)
def test_epley_has_no_estimate_outside_its_range(load: float, reps: int) -> None:
    assert epley_1rm(load, reps) is None


# --- Limb symmetry index ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("left", "right", "lsi"),
    [
        (80.0, 100.0, 80.0),  # 80 / 100 × 100
        (100.0, 80.0, 80.0),  # order does not matter: weaker ÷ stronger
        (27.0, 30.0, 90.0),  # 27 / 30 = 0.9 exactly, not 89.999…
        (50.0, 50.0, 100.0),
        (0.0, 40.0, 0.0),  # exactly one zero
        (40.0, 0.0, 0.0),
        (1.0, 3.0, 100 / 3),
    ],
)
def test_limb_symmetry_index(left: float, right: float, lsi: float) -> None:
    assert limb_symmetry_index(left, right) == pytest.approx(lsi)


def test_lsi_at_ninety_is_exact() -> None:
    assert limb_symmetry_index(27, 30) == 90.0
    assert limb_symmetry_index(9, 10) == 90.0


@pytest.mark.parametrize(("left", "right"), [(None, 10.0), (10.0, None), (None, None), (0, 0)])
def test_lsi_is_undefined_without_two_values(left: float | None, right: float | None) -> None:
    assert limb_symmetry_index(left, right) is None


def test_lsi_refuses_negative_values() -> None:
    with pytest.raises(ValidationError):
        limb_symmetry_index(-1.0, 10.0)


# --- Best set and measures ----------------------------------------------------------------


def test_best_set_is_heaviest_then_most_reps_then_earliest() -> None:
    a = st(L, 12, 10.0, n=1)
    b = st(L, 8, 12.5, n=2)
    c = st(L, 10, 12.5, n=3)
    d = st(L, 10, 12.5, n=4)
    assert best_set([a, b, c, d]) is c
    assert best_set([]) is None


def test_measure_values_for_one_leg() -> None:
    sets = [st(L, 10, 20.0, n=1), st(L, 8, 22.5, n=2), st(L, 12, 15.0, n=3)]
    # volume = 10×20 + 8×22.5 + 12×15 = 200 + 180 + 180 = 560
    assert measure_value(sets, Measure.VOLUME) == pytest.approx(560.0)
    # reps = 10 + 8 + 12 = 30
    assert measure_value(sets, Measure.REPS) == 30.0
    # e1RM: 20×(1+10/30)=26.67, 22.5×(1+8/30)=28.5, 15×1.4=21 → 28.5
    assert measure_value(sets, Measure.BEST_E1RM) == pytest.approx(28.5)
    # best set: the 22.5 kg set
    assert measure_value(sets, Measure.BEST_SET) == 22.5
    with pytest.raises(ValidationError, match="compares two legs"):
        measure_value(sets, Measure.REPS_AT_SAME_LOAD)


def test_measures_count_the_load_the_leg_carries() -> None:
    # A 70 kg athlete on one leg (share 1.0): the leg carries 70 kg plus the dumbbell.
    sets = [st(L, 12, 2.0, n=1), st(L, 10, 4.0, n=2)]
    # volume: 12 × 72 + 10 × 74 = 864 + 740 = 1604
    assert measure_value(sets, Measure.VOLUME, 70.0) == pytest.approx(1604.0)
    # best set: the 4 kg set → 74 kg carried
    assert measure_value(sets, Measure.BEST_SET, 70.0) == pytest.approx(74.0)
    # e1RM: 72 × 1.4 = 100.8; 74 × (1 + 10/30) = 98.67 → 100.8
    assert measure_value(sets, Measure.BEST_E1RM, 70.0) == pytest.approx(100.8)
    # without the body mass nothing that needs it is made up
    for measure in (Measure.VOLUME, Measure.BEST_SET, Measure.BEST_E1RM):
        assert measure_value(sets, measure, None) is None
    assert measure_value(sets, Measure.REPS, None) == 22.0


def test_bodyweight_sets_carry_the_body_mass() -> None:
    sets = [st(L, 12), st(L, 10, n=2)]
    # external load only: nothing to show for load
    assert measure_value(sets, Measure.VOLUME) == 0.0
    assert measure_value(sets, Measure.BEST_E1RM) is None
    # 70 kg body mass, share 1.0: 12 × 70 + 10 × 70 = 1540; e1RM 70 × 1.4 = 98
    assert measure_value(sets, Measure.VOLUME, 70.0) == pytest.approx(1540.0)
    assert measure_value(sets, Measure.BEST_E1RM, 70.0) == pytest.approx(98.0)
    assert measure_value(sets, Measure.REPS) == 22.0


def test_e1rm_ignores_high_rep_sets() -> None:
    # 15 reps is outside 1–12, only the 10 × 10 kg set counts: 10 × (1 + 10/30) = 13.33
    sets = [st(L, 15, 20.0), st(L, 10, 10.0, n=2)]
    assert measure_value(sets, Measure.BEST_E1RM) == pytest.approx(40 / 3)
    assert measure_value([st(L, 15, 20.0)], Measure.BEST_E1RM) is None


@pytest.mark.parametrize("measure", [m for m in Measure if m is not Measure.REPS_AT_SAME_LOAD])
def test_no_sets_no_value(measure: Measure) -> None:
    assert measure_value([], measure) is None


# --- Summaries ----------------------------------------------------------------------------


def test_summarize_side() -> None:
    summary = summarize_side([st(R, 10, 20.0, n=1), st(R, 12, 20.0, n=2), st(R, 6, 0.0, n=3)])
    assert summary.exercise_id == "split-squat"
    assert summary.side is R
    assert summary.sets == 3
    assert summary.reps == 28  # 10 + 12 + 6
    assert summary.volume_kg == pytest.approx(440.0)  # 10×20 + 12×20 + 6×0
    assert summary.best_set.set_number == 2  # 20 kg tie → 12 reps beats 10
    assert summary.best_e1rm == pytest.approx(28.0)  # 20 × (1 + 12/30)


def test_summarize_side_refuses_empty_or_mixed_sets() -> None:
    with pytest.raises(ValidationError):
        summarize_side([])
    with pytest.raises(ValidationError):
        summarize_side([st(L, 10), st(R, 10)])
    with pytest.raises(ValidationError):
        summarize_side([st(L, 10), st(L, 10, ex="step-up")])


def test_session_summary_groups_by_exercise_and_leg_in_logged_order() -> None:
    entries = [
        st(R, 8, 10.0, ex="step-up"),
        st(L, 10, 10.0, ex="step-up"),
        st(B, 15, ex="glute-bridge"),
        st(R, 10, 10.0, n=2, ex="step-up"),
        st(L, 12, 5.0, ex="split-squat"),
    ]
    summary = session_summary(entries)
    assert list(summary) == [
        ("step-up", L),  # left before right, even though right was logged first
        ("step-up", R),
        ("glute-bridge", B),
        ("split-squat", L),
    ]
    right = summary[("step-up", R)]
    assert (right.sets, right.reps) == (2, 18)  # 8 + 10
    assert right.volume_kg == pytest.approx(180.0)  # 8×10 + 10×10
    assert summary[("glute-bridge", B)].volume_kg == 0.0
    assert summary[("glute-bridge", B)].best_e1rm is None


def test_empty_session_summary() -> None:
    assert session_summary([]) == {}


# --- Comparing the legs set for set ---------------------------------------------------------


def test_sets_are_paired_by_number_so_an_extra_set_does_not_count() -> None:
    left = [st(L, 10, n=1), st(L, 10, n=2), st(L, 10, n=3), st(L, 6, n=4)]
    right = [st(R, 10, n=1), st(R, 10, n=2), st(R, 10, n=3)]
    assert [(a.set_number, b.set_number) for a, b in paired_sets(left, right)] == \
        [(1, 1), (2, 2), (3, 3)]


def test_compare_legs_on_reps_at_the_same_load_without_body_mass() -> None:
    # 10 kg on both legs: per set left 8, right 10 → 80 %
    result = compare_legs([st(L, 8, 10.0, n=1), st(L, 8, 10.0, n=2)],
                          [st(R, 10, 10.0, n=1), st(R, 10, 10.0, n=2)])
    assert (result.measure, result.weaker, result.lsi, result.load_kg) == \
        (Measure.REPS_AT_SAME_LOAD, L, 80.0, 10.0)


def test_compare_legs_on_the_load_carried_with_body_mass() -> None:
    # Worked example of docs/metrics.md: bodyweight against 2 kg, 12 reps each, 70 kg on
    # one foot → 12 × 70 = 840 against 12 × 72 = 864 → 97.2 %, left a little weaker
    result = compare_legs([st(L, 12, 0.0)], [st(R, 12, 2.0)], carry_kg=70.0)
    assert result.measure is Measure.VOLUME
    assert (result.left, result.right) == (840.0, 864.0)
    assert result.lsi == pytest.approx(97.22, abs=0.01)
    assert result.weaker is L


def test_compare_legs_at_different_loads_without_body_mass_only_orders_them() -> None:
    # no load in common and no body mass: no percentage, but the left did no more reps at a
    # lighter load, so it is the weaker; when neither leg dominates, nothing is said
    result = compare_legs([st(L, 12, 0.0)], [st(R, 12, 2.0)])
    assert (result.measure, result.lsi, result.weaker) == (None, None, L)
    mixed = compare_legs([st(L, 14, 0.0)], [st(R, 12, 2.0)])
    assert (mixed.lsi, mixed.weaker) == (None, None)


# --- Symmetry ------------------------------------------------------------------------------


def test_symmetry_flags_a_weak_left_leg_on_the_load_carried() -> None:
    # split squat with a 70 kg athlete, front-leg share 0.84 → 58.8 kg of body mass
    # left per set 8 × (20 + 58.8) = 630.4, right 10 × 78.8 = 788 → 80 %
    entries = [st(L, 8, 20.0), st(L, 8, 20.0, n=2), st(R, 10, 20.0), st(R, 10, 20.0, n=2)]
    result = symmetry(entries, Measure.VOLUME, carry_kg=58.8)
    assert result.lsi == pytest.approx(80.0)
    assert result.weaker is L
    assert result.flagged
    assert (result.left, result.right) == (pytest.approx(630.4), pytest.approx(788.0))
    assert result.measure is Measure.VOLUME
    assert result.reason == (
        "The left leg is at 80% of the right leg on volume, below the 90% line."
    )


def test_without_body_mass_load_measures_compare_reps_at_the_same_load() -> None:
    entries = [st(L, 8, 20.0), st(L, 8, 20.0, n=2), st(R, 10, 20.0), st(R, 10, 20.0, n=2)]
    for measure in (Measure.VOLUME, Measure.BEST_SET, Measure.BEST_E1RM):
        result = symmetry(entries, measure)
        assert result.measure is Measure.REPS_AT_SAME_LOAD
        assert (result.left, result.right, result.lsi) == (8.0, 10.0, 80.0)


def test_a_bodyweight_leg_against_a_two_kilo_leg_is_not_zero_percent() -> None:
    # The old rule counted external load only: 0 against 24 kg·reps → LSI 0 %.
    entries = [st(L, 12), st(R, 12, 2.0)]
    with_mass = symmetry(entries, Measure.VOLUME, carry_kg=70.0)
    assert with_mass.lsi == pytest.approx(840 * 100 / 864)
    assert not with_mass.flagged
    without = symmetry(entries, Measure.VOLUME)
    assert without.lsi is None and not without.flagged
    assert without.reason.startswith("The legs have no load in common.")


def test_symmetry_at_exactly_ninety_is_not_flagged() -> None:
    # reps per set 9 vs 10 → 90 % exactly
    result = symmetry([st(L, 10), st(R, 9)], Measure.REPS)
    assert result.lsi == 90.0
    assert result.weaker is R
    assert not result.flagged
    assert "at or above the 90% line" in result.reason
    assert LSI_THRESHOLD == 90.0


def test_symmetry_against_a_line_the_coach_set() -> None:
    result = symmetry([st(L, 10), st(R, 9)], Measure.REPS, line=95.0)
    assert result.flagged and result.line == 95.0
    assert result.reason.endswith("below the 95% line.")


def test_symmetry_just_below_ninety_reads_below_ninety() -> None:
    # reps 26 vs 29 → 89.66 %; the message must not round it up to "90%"
    result = symmetry([st(L, 26), st(R, 29)], Measure.REPS)
    assert result.flagged
    assert result.reason.startswith("The left leg is at 89% of the right leg")


def test_equal_legs() -> None:
    result = symmetry([st(L, 10, 15.0), st(R, 10, 15.0)], Measure.BEST_E1RM, carry_kg=0.0)
    assert result.lsi == 100.0
    assert result.weaker is None
    assert not result.flagged
    assert result.reason == "Both legs are level on estimated 1RM."


@pytest.mark.parametrize(
    ("entries", "reason"),
    [
        ([], "No sets yet."),
        ([st(L, 10)], "Only the left leg has sets yet."),
        ([st(R, 10), st(R, 8, n=2)], "Only the right leg has sets yet."),
        ([st(B, 10)], "Two-leg sets have no left and right to compare."),
    ],
)
def test_symmetry_without_both_legs(entries: list[SetEntry], reason: str) -> None:
    result = symmetry(entries, Measure.VOLUME)
    assert (result.lsi, result.weaker, result.flagged) == (None, None, False)
    assert result.reason == reason


def test_two_leg_sets_do_not_count_for_either_leg() -> None:
    result = symmetry([st(L, 10), st(R, 10), st(B, 30)], Measure.REPS)
    assert result.lsi == 100.0


def test_reps_per_set_not_totals() -> None:
    # the weaker left leg got its extra fourth set: totals 40 vs 30 would call the right
    # leg weaker at 75 %; per set over sets 1–3 both did 10 → level
    entries = [st(L, 10, n=n) for n in (1, 2, 3, 4)] + [st(R, 10, n=n) for n in (1, 2, 3)]
    assert symmetry(entries, Measure.REPS).lsi == 100.0


def test_e1rm_missing_on_one_leg() -> None:
    # right only did 15-rep sets, too many for an estimate
    result = symmetry([st(L, 10, 10.0), st(R, 15, 10.0)], Measure.BEST_E1RM, carry_kg=0.0)
    assert result.lsi is None
    assert not result.flagged
    assert result.left == pytest.approx(40 / 3)  # 10 × (1 + 10/30)
    assert result.right is None
    assert result.reason == "No 1RM estimate for the right leg yet: it needs a set of 1 to 12 reps."


def test_both_legs_zero() -> None:
    result = symmetry([st(L, 0), st(R, 0)], Measure.REPS)
    assert result.lsi is None
    assert not result.flagged
    assert result.reason == "Both legs are at zero reps, so there is nothing to compare."


def test_one_leg_zero_reps() -> None:
    result = symmetry([st(L, 0), st(R, 5)], Measure.REPS)
    assert result.lsi == 0.0
    assert result.weaker is L
    assert result.flagged


def test_best_set_measure_compares_the_load_carried() -> None:
    # left's best 17.5 kg, right's 20 kg; 70 kg on one foot → 87.5 / 90 = 97.2 %
    entries = [st(L, 10, 17.5), st(L, 12, 15.0, n=2), st(R, 8, 20.0)]
    result = symmetry(entries, Measure.BEST_SET, carry_kg=70.0)
    assert result.lsi == pytest.approx(87.5 * 100 / 90)
    assert result.weaker is L


def test_reps_at_same_load_averages_the_paired_sets_at_a_shared_load() -> None:
    entries = [
        st(L, 12, 10.0, n=1),
        st(L, 9, 12.5, n=2),
        st(R, 12, 10.0, n=1),
        st(R, 12, 12.5, n=2),
        st(R, 6, 15.0, n=3),
    ]
    result = symmetry(entries, Measure.REPS_AT_SAME_LOAD)
    # pairs at the same load: set 1 (10 kg) 12 vs 12, set 2 (12.5 kg) 9 vs 12 →
    # left (12 + 9) / 2 = 10.5, right 12 → 87.5 %; right's unpaired 15 kg set does not count
    assert result.measure is Measure.REPS_AT_SAME_LOAD
    assert (result.left, result.right) == (10.5, 12.0)
    assert result.lsi == pytest.approx(87.5)
    assert result.weaker is L
    assert result.flagged


def test_reps_at_same_load_matches_pound_loads_despite_float_noise() -> None:
    # 27.5 lb = 12.473790175 kg; 27.5 × 0.45359237 in floats is 12.473790175000001
    left_load, right_load = 27.5 * 0.45359237, 12.473790175
    assert left_load != right_load
    result = symmetry([st(L, 8, left_load), st(R, 10, right_load)], Measure.REPS_AT_SAME_LOAD)
    assert result.lsi == pytest.approx(80.0)  # 8 / 10


def test_reps_at_same_load_works_at_bodyweight() -> None:
    result = symmetry([st(L, 12), st(R, 15)], Measure.REPS_AT_SAME_LOAD)
    assert result.lsi == pytest.approx(80.0)  # 12 / 15


def test_reps_at_same_load_without_a_shared_load() -> None:
    result = symmetry([st(L, 10, 10.0), st(R, 10, 12.5)], Measure.REPS_AT_SAME_LOAD)
    assert (result.lsi, result.weaker, result.flagged) == (None, None, False)
    assert result.reason == (
        "The legs have no load in common. Do a set at the same load on each leg, "
        "or add your body mass to compare the load each leg carries."
    )


def test_symmetry_takes_one_exercise_at_a_time() -> None:
    entries = [st(L, 10, 10.0), st(R, 10, 10.0, ex="step-up")]
    for measure in Measure:
        with pytest.raises(ValidationError, match="one exercise at a time"):
            symmetry(entries, measure)


def test_symmetry_by_exercise() -> None:
    entries = [
        st(L, 10, 10.0, ex="step-up"),
        st(R, 10, 10.0, ex="step-up"),
        st(L, 8, ex="split-squat"),
        st(B, 20, ex="glute-bridge"),
    ]
    results = symmetry_by_exercise(entries, Measure.VOLUME)
    assert list(results) == ["step-up", "split-squat", "glute-bridge"]
    assert results["step-up"].lsi == 100.0
    assert results["split-squat"].reason == "Only the left leg has sets yet."
    assert results["glute-bridge"].lsi is None
    assert symmetry_by_exercise([]) == {}
