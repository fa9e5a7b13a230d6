"""Screen time of a testing day: the worked example behind "the battery in 15 minutes"."""

from app.battery import builtin_tests
from app.domain.assessments.screen_time import (
    BUDGET_SECONDS,
    most_paced_reps,
    screen_time,
    trial_seconds,
)


def _test(test_id: str):
    return next(t for t in builtin_tests() if t.id == test_id)


def test_each_kind_of_trial_costs_what_the_module_says() -> None:
    # Typed: 10 s. Hold: 3 s count-in + 45 s cap + 5 s to confirm. Window: 3 + 30 + 5.
    assert trial_seconds(_test("single-hop")) == 10.0
    assert trial_seconds(_test("balance-eyes-closed")) == 53.0
    assert trial_seconds(_test("single-leg-squat-30s")) == 38.0
    # Paced: 3 + 30 rises at 2 s + 5.
    assert trial_seconds(_test("heel-rise")) == 68.0
    assert trial_seconds(_test("heel-rise"), paced_reps=10) == 28.0


def test_the_whole_battery_fits_fifteen_minutes_as_in_the_worked_example() -> None:
    day = screen_time(builtin_tests())
    by_test = {t.test.id: t.seconds for t in day.tests}
    assert by_test["balance-eyes-closed"] == 10 + 6 * 53  # 328 s with the reading
    assert by_test["heel-rise"] == 10 + 2 * 68
    assert day.seconds == 830.0
    assert day.minutes == 14
    assert day.fits()
    assert most_paced_reps(builtin_tests()) == 47


def test_a_day_too_long_does_not_fit_and_a_day_without_paced_tests_has_no_limit() -> None:
    day = screen_time(builtin_tests(), paced_reps=60)
    assert day.seconds > BUDGET_SECONDS and not day.fits()
    hops = [_test("single-hop"), _test("triple-hop")]
    assert most_paced_reps(hops) is None
    assert screen_time([]).seconds == 0.0
