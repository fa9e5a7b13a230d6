"""The battery's use cases: run a day, report it, compare with last time, history per leg."""

from datetime import UTC, datetime

import pytest

from app.domain.errors import ValidationError
from app.domain.sides import Side
from app.services import assessments as service
from app.storage.athletes import create_athlete
from app.storage.errors import NotFoundError

L, R = Side.LEFT, Side.RIGHT
MARCH, APRIL, MAY = (datetime(2025, m, 3, 9, tzinfo=UTC) for m in (3, 4, 5))


@pytest.fixture
def athlete(database):
    return create_athlete(database, "Ana")


def run_day(database, athlete_id, when, trials, *, involved=None, lengths=(None, None),
            finish=True) -> int:
    """Start an assessment of the tests in `trials` and record them: {test: {side: values}}."""
    started = service.start_assessment(database, athlete_id, list(trials), involved=involved,
                                       leg_lengths=lengths, started_at=when)
    assessment_id = started.value.id
    for test_id, legs in trials.items():
        for side, values in legs.items():
            for value in values:
                service.record_trial(database, assessment_id, test_id, side, value)
    if finish:
        service.finish_assessment(database, assessment_id, finished_at=when)
    return assessment_id


def test_every_mutation_says_assessments_changed(database, athlete) -> None:
    started = service.start_assessment(database, athlete.id, ["single-hop"])
    assert started.changes.assessments and not started.changes.sessions
    recorded = service.record_trial(database, started.value.id, "single-hop", L, 150)
    assert recorded.changes.assessments and recorded.value.trial_number == 1
    finished = service.finish_assessment(database, started.value.id)
    assert finished.changes.assessments


def test_the_whole_battery_by_default_in_its_order(database, athlete) -> None:
    info = service.start_assessment(database, athlete.id).value
    report = service.assessment_report(database, info.id)
    assert [r.test.id for r in report.results] == [t.id for t in service.battery(database)]
    assert not report.recorded
    assert report.athlete == "Ana"


def test_report_scores_each_test_and_compares_with_last_time(database, athlete) -> None:
    run_day(database, athlete.id, MARCH, {
        "single-hop": {L: [150, 152], R: [120, 126]},
        "timed-hop": {L: [2.10, 2.20], R: [2.60, 2.55]},
    })
    service.abandon_assessment(  # an abandoned day never counts as "last time"
        database, run_day(database, athlete.id, APRIL, {"single-hop": {L: [10], R: [10]}},
                          finish=False))
    latest = run_day(database, athlete.id, MAY, {
        "single-hop": {L: [151, 155], R: [140, 145]},
        "timed-hop": {L: [2.05], R: [2.30]},
        "heel-rise": {L: [28], R: [25]},
    })
    report = service.assessment_report(database, latest)
    results = {r.test.id: r for r in report.results}
    assert results["single-hop"].symmetry.lsi == pytest.approx(145 / 155 * 100)
    assert results["timed-hop"].symmetry.lsi == pytest.approx(2.05 / 2.30 * 100)
    assert results["timed-hop"].symmetry.weaker is R
    assert set(report.changes) == {"single-hop", "timed-hop"}  # heel-rise is new
    assert report.compared_with["single-hop"] == MARCH
    assert report.changes["single-hop"].text() == "L +3 cm, R +19 cm; LSI 82 → 93 %"
    assert report.changes["timed-hop"].leg(R).improved
    assert [r.test.id for r in report.weakest_first] == ["timed-hop", "heel-rise", "single-hop"]
    assert report.line_summary == "1 of 2 tests with a 90 % symmetry line reach it."
    assert service.latest_battery(database, athlete.id) == report


def test_history_of_a_test_per_leg(database, athlete) -> None:
    run_day(database, athlete.id, MARCH, {"y-balance-anterior": {L: [60], R: [55]}},
            lengths=(90.0, 90.0))
    run_day(database, athlete.id, MAY, {"y-balance-anterior": {L: [63], R: [61]}},
            lengths=(90.0, 90.0))
    run_day(database, athlete.id, APRIL, {"single-hop": {L: [150]}})
    history = service.history_of_test(database, athlete.id, "y-balance-anterior")
    assert history.test.name == "Y-balance anterior reach"
    assert [p.started_at for p in history.points] == [MARCH, MAY]
    first = history.points[0]
    assert first.normalised
    assert first.left == pytest.approx(66.67, abs=0.01) and first.right == pytest.approx(61.11,
                                                                                          abs=0.01)
    assert history.points[1].lsi == pytest.approx(61 / 63 * 100)
    assert service.history_of_test(database, athlete.id, "heel-rise").points == ()


def test_resuming_picks_up_at_the_next_trial_on_the_sound_leg_first(database, athlete) -> None:
    assessment_id = run_day(database, athlete.id, MARCH, {"single-hop": {R: [150]}},
                            involved=L, finish=False)
    step = service.next_trial(database, assessment_id)
    assert (step.test_id, step.side, step.trial_number) == ("single-hop", L, 1)
    unfinished = service.unfinished_assessment(database, athlete.id)
    assert unfinished is not None and unfinished.id == assessment_id


def test_custom_tests_join_the_battery(database, athlete) -> None:
    added = service.add_custom_test(database, name="Wall sit", unit="s", better="higher",
                                    trials=1, cap=300)
    assert added.changes.assessments
    assert service.battery(database)[-1].id == "wall-sit"
    with pytest.raises(ValidationError, match="already in the battery"):
        service.add_custom_test(database, name="single hop", unit="cm", better="higher",
                                trials=2)
    with pytest.raises(ValidationError, match="built-in tests cannot be removed"):
        service.remove_custom_test(database, "single-hop")
    day = run_day(database, athlete.id, MARCH, {"wall-sit": {L: [95], R: [80]}})
    service.remove_custom_test(database, "wall-sit")
    (result,) = service.assessment_report(database, day).results
    assert result.test.name == "Wall sit" and result.symmetry.lsi == pytest.approx(80 / 95 * 100)


def test_unknown_tests_are_named(database, athlete) -> None:
    with pytest.raises(NotFoundError, match=r"There is no test 'long-jump'\. Tests: balance-eyes"):
        service.start_assessment(database, athlete.id, ["long-jump"])


def test_a_testing_day_has_its_plan_its_trials_and_what_is_left(database, athlete) -> None:
    assessment_id = run_day(database, athlete.id, MARCH, {"single-hop": {L: [150]}},
                            finish=False)
    day = service.testing_day(database, assessment_id, preferred=R)
    # Two trials a leg, the legs taking turns from the preferred leg.
    assert [(s.side, s.trial_number) for s in day.steps] == [(R, 1), (L, 1), (R, 2), (L, 2)]
    assert day.missing() == 3
    assert day.last_trial is not None and day.last_trial.value == 150
    step = day.next_step()
    assert (step.side, step.trial_number) == (R, 1)
    assert day.next_step(skipped={"single-hop"}) is None


def test_weaker_first_starts_the_day_on_the_leg_weaker_last_time(database, athlete) -> None:
    from app.domain.side_order import SideOrder

    assert service.first_leg_for(database, athlete.id, SideOrder.WEAKER_FIRST) is L
    run_day(database, athlete.id, MARCH, {"single-hop": {L: [150], R: [120]},
                                          "triple-hop": {L: [450], R: [400]}})
    assert service.first_leg_for(database, athlete.id, SideOrder.WEAKER_FIRST) is R
    assert service.first_leg_for(database, athlete.id, SideOrder.LEFT_FIRST) is L
