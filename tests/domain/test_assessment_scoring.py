"""Scoring the battery: checking trials, the best of the trials, symmetry, flags, change."""

import math

import pytest

from app.battery import builtin_tests
from app.domain.assessments.change import change_since
from app.domain.assessments.definitions import Better, TestDefinition
from app.domain.assessments.scoring import (
    best_of,
    check_leg_length,
    check_trial,
    line_summary,
    score_test,
    symmetry_index,
    weaker_side,
    weakest_first,
)
from app.domain.errors import ValidationError
from app.domain.sides import Side

L, R = Side.LEFT, Side.RIGHT


def battery_test(test_id: str) -> TestDefinition:
    return next(t for t in builtin_tests() if t.id == test_id)


# -- the worked examples of docs/assessments.md -------------------------------------------


def test_timed_hop_worked_example_divides_the_faster_time_by_the_slower() -> None:
    timed = battery_test("timed-hop")
    result = score_test(timed, {L: [2.30, 2.10], R: [2.50, 2.64]})
    assert result.left.best == 2.10  # lower is better: the faster trial counts
    assert result.right.best == 2.50
    assert result.symmetry.lsi == pytest.approx(84.0)
    assert result.symmetry.weaker is R  # the slower leg is the weaker one
    assert result.symmetry.below_line
    assert result.flagged
    assert result.symmetry.reason == (
        "The right leg is at 84 % of the left leg (faster time ÷ slower time), "
        "below the 90 % line."
    )


def test_for_times_the_slower_leg_is_weaker_whichever_side_it_is() -> None:
    assert symmetry_index(2.50, 2.10, Better.LOWER) == pytest.approx(84.0)
    assert symmetry_index(2.10, 2.50, Better.LOWER) == pytest.approx(84.0)
    assert weaker_side(2.50, 2.10, Better.LOWER) is L
    # The same numbers as distances: now the right leg (2.10) is the weaker.
    assert weaker_side(2.50, 2.10, Better.HIGHER) is R


def test_single_hop_worked_example_at_the_line_passes() -> None:
    result = score_test(battery_test("single-hop"), {L: [142, 150], R: [135, 131]})
    assert (result.left.best, result.right.best) == (150, 135)
    assert result.symmetry.lsi == 90.0  # exactly, not 89.999…
    assert result.symmetry.weaker is R
    assert not result.symmetry.below_line
    assert result.symmetry.reason.endswith("at or above the 90 % line.")


def test_just_under_the_line_never_reads_as_90() -> None:
    result = score_test(battery_test("single-hop"), {L: [150], R: [134.9]})
    assert result.symmetry.lsi == pytest.approx(89.93, abs=0.01)
    assert result.symmetry.below_line
    assert "at 89 %" in result.symmetry.reason


def test_involved_leg_is_compared_with_the_other_and_may_read_over_100() -> None:
    single = battery_test("single-hop")
    assert score_test(single, {L: [150], R: [135]}, involved=R).symmetry.lsi == 90.0
    assert score_test(single, {L: [150], R: [165]}, involved=R).symmetry.lsi == 110.0
    timed = battery_test("timed-hop")
    # Involved right leg slower: uninvolved time ÷ involved time.
    assert score_test(timed, {L: [2.1], R: [2.5]}, involved=R).symmetry.lsi == pytest.approx(84)
    faster = score_test(timed, {L: [2.5], R: [2.0]}, involved=R)
    assert faster.symmetry.lsi == pytest.approx(125.0)
    assert "involved right leg is at 125 %" in faster.symmetry.reason


def test_y_balance_worked_example_normalises_and_flags_a_gap_over_4_cm() -> None:
    reach = battery_test("y-balance-anterior")
    result = score_test(
        reach, {L: [61.0, 63.5, 62.0], R: [58.0, 59.0, 58.5]}, leg_lengths={L: 90.0, R: 91.0}
    )
    assert result.left.best == 63.5 and result.right.best == 59.0
    assert result.difference == pytest.approx(4.5)
    assert result.difference_flagged
    assert result.left.normalised == pytest.approx(70.56, abs=0.01)  # 63.5 ÷ 90 × 100
    assert result.right.normalised == pytest.approx(64.84, abs=0.01)  # 59 ÷ 91 × 100
    # The legs are compared on % of leg length once both lengths are known.
    assert result.symmetry.lsi == pytest.approx(64.835 / 70.556 * 100, abs=0.01)
    assert result.symmetry.line is None and not result.symmetry.below_line


def test_a_gap_of_exactly_4_cm_is_not_flagged() -> None:
    result = score_test(battery_test("y-balance-anterior"), {L: [64.0], R: [60.0]})
    assert result.difference == 4.0
    assert not result.difference_flagged
    assert result.left.normalised is None  # no leg length, no %


def test_one_leg_length_alone_compares_raw_reach() -> None:
    result = score_test(
        battery_test("y-balance-anterior"), {L: [60.0], R: [57.0]}, leg_lengths={L: 90.0}
    )
    assert result.left.normalised is None and result.right.normalised is None
    assert result.symmetry.lsi == 95.0


# -- missing legs, single trials, zeros --------------------------------------------------------


def test_a_missing_leg_gives_no_index_and_says_which() -> None:
    result = score_test(battery_test("single-hop"), {L: [150]})
    assert result.right.best is None and result.right.trials == ()
    assert result.symmetry.lsi is None and result.symmetry.weaker is None
    assert not result.flagged
    assert result.symmetry.reason == "No right leg result yet, so the legs cannot be compared."
    assert score_test(battery_test("single-hop"), {}).symmetry.reason == "No trials yet."


def test_a_single_trial_is_the_best() -> None:
    result = score_test(battery_test("heel-rise"), {L: [24], R: [30]})
    assert (result.left.best, result.right.best) == (24, 30)
    assert result.symmetry.lsi == 80.0
    assert result.symmetry.weaker is L
    assert result.symmetry.reason == "The left leg is at 80 % of the right leg."


def test_zero_reps_on_one_leg_is_zero_symmetry_and_on_both_is_nothing() -> None:
    heel = battery_test("heel-rise")
    assert score_test(heel, {L: [0], R: [20]}).symmetry.lsi == 0.0
    both = score_test(heel, {L: [0], R: [0]})
    assert both.symmetry.lsi is None
    assert both.symmetry.reason == "Both legs scored zero, so there is nothing to compare."


def test_level_legs() -> None:
    result = score_test(battery_test("balance-eyes-closed"), {L: [12.5, 20.0], R: [20.0]})
    assert result.symmetry.lsi == 100.0 and result.symmetry.weaker is None
    assert result.symmetry.reason == "Both legs are level (100 %)."


def test_best_of_follows_the_direction() -> None:
    assert best_of([3.1, 2.9, 3.4], Better.LOWER) == 2.9
    assert best_of([3.1, 2.9, 3.4], Better.HIGHER) == 3.4
    assert best_of([], Better.HIGHER) is None


# -- bad input, one clear sentence each --------------------------------------------------------


@pytest.mark.parametrize(
    ("test_id", "value", "trial", "message"),
    [
        ("single-hop", -12, 1,
         "A single-leg hop for distance result cannot be negative (got -12 cm)."),
        ("timed-hop", 0, 1, "A time of zero is not possible for the 6 m timed hop: "
                           "enter the time the stopwatch showed."),
        ("balance-eyes-closed", 45.5, 1, "45.5 s is beyond the single-leg balance, eyes closed's "
                                        "cap of 45 s; check the entry."),
        ("single-hop", 150, 3, "Single-leg hop for distance takes 2 trials per leg; "
                               "there is no trial 3."),
        ("heel-rise", 12.5, 1, "The single-leg heel-rise test counts whole reps; "
                               "12.5 is not a whole number."),
        ("single-hop", math.nan, 1, "Enter the single-leg hop for distance result as a number."),
        ("single-hop", 150, 0, "Trials are numbered from 1 (got 0)."),
    ],
)
def test_bad_trials_are_refused_with_one_sentence(test_id, value, trial, message) -> None:
    with pytest.raises(ValidationError) as caught:
        check_trial(battery_test(test_id), value, trial)
    assert str(caught.value) == message


def test_good_trials_pass_including_zero_distance_and_the_cap_itself() -> None:
    assert check_trial(battery_test("single-hop"), 0, 1) == 0.0  # could not hop at all
    assert check_trial(battery_test("balance-eyes-closed"), 45, 3) == 45.0
    assert check_trial(battery_test("timed-hop"), 2.35, 2) == 2.35


def test_leg_length_must_be_a_plausible_leg() -> None:
    assert check_leg_length(L, 92.5) == 92.5
    assert check_leg_length(L, None) is None
    with pytest.raises(ValidationError, match=r"40–130 cm \(got 920 cm for the right leg\)"):
        check_leg_length(R, 920)


# -- the battery card and change since last time --------------------------------------------


def test_weakest_symmetry_first_and_unscored_last() -> None:
    a = score_test(battery_test("single-hop"), {L: [150], R: [120]})  # 80 %
    b = score_test(battery_test("triple-hop"), {L: [450], R: [440]})  # 97.8 %
    c = score_test(battery_test("heel-rise"), {L: [20]})  # no index
    d = score_test(battery_test("timed-hop"), {L: [2.0], R: [2.3]})  # 87 %
    assert [r.test.id for r in weakest_first([c, b, a, d])] == [
        "single-hop", "timed-hop", "triple-hop", "heel-rise"
    ]
    assert line_summary([a, b, c, d]) == "1 of 3 tests with a 90 % symmetry line reach it."
    assert line_summary([c]) == ""


def test_change_since_last_time_by_direction() -> None:
    timed = battery_test("timed-hop")
    before = score_test(timed, {L: [2.10], R: [2.60]})
    now = score_test(timed, {L: [2.05], R: [2.30]})
    change = change_since(now, before)
    assert change is not None
    assert change.leg(R).delta == pytest.approx(-0.30)
    assert change.leg(R).improved  # less time is better
    assert change.leg(L).improved
    assert change.lsi_delta == pytest.approx(now.symmetry.lsi - before.symmetry.lsi)
    assert change.text() == "L −0.05 s, R −0.30 s; LSI 80 → 89 %"
    assert change_since(now, None) is None


def test_change_with_a_leg_missing_then() -> None:
    hop = battery_test("single-hop")
    change = change_since(score_test(hop, {L: [150], R: [140]}), score_test(hop, {L: [140]}))
    assert change is not None
    assert change.leg(L).delta == 10 and change.leg(L).improved
    assert change.leg(R).delta is None and change.leg(R).improved is None
    assert change.text() == "L +10 cm, R –"


def test_reach_change_uses_percent_of_leg_length_when_both_days_had_it() -> None:
    reach = battery_test("y-balance-anterior")
    lengths = {L: 90.0, R: 90.0}
    change = change_since(
        score_test(reach, {L: [63.0], R: [63.0]}, leg_lengths=lengths),
        score_test(reach, {L: [60.3], R: [58.5]}, leg_lengths=lengths),
    )
    assert change is not None
    assert change.leg(L).delta == pytest.approx(3.0)  # 70.0 % − 67.0 %
    assert change.text().startswith("L +3.0 %LL, R +5.0 %LL")
