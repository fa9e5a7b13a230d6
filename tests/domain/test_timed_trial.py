"""Trials the app times: balance to a tap or the 45 s cap, heel rises to the beat, 30 s windows."""

import pytest

from app.battery import builtin_tests
from app.domain.assessments.order import Step, first_leg, next_step, run_order
from app.domain.assessments.timed_trial import TimedTrial, TrialEnd, TrialPhase, TrialStateError
from app.domain.errors import ValidationError
from app.domain.session import Cue
from app.domain.sides import Side


def battery_test(test_id: str):
    return next(t for t in builtin_tests() if t.id == test_id)


def cues(trial: TimedTrial) -> list[Cue]:
    return [c.cue for c in trial.poll()]


def test_balance_counts_in_then_times_the_hold_until_the_tap(fake_clock) -> None:
    trial = TimedTrial(battery_test("balance-eyes-closed"), fake_clock)
    assert trial.phase is TrialPhase.READY
    trial.start()
    assert cues(trial) == [Cue.COUNT_IN]
    assert trial.count_in_left == 3
    fake_clock.advance(1.0)
    assert [c.number for c in trial.poll()] == [2]
    fake_clock.advance(2.0)
    assert cues(trial) == [Cue.GO]
    assert trial.phase is TrialPhase.RUNNING and trial.remaining == 45.0
    fake_clock.advance(12.37)
    assert trial.remaining == pytest.approx(32.63)
    trial.tap()
    fake_clock.advance(5.0)  # time after the tap does not count
    assert trial.phase is TrialPhase.DONE and trial.end is TrialEnd.STOPPED
    assert trial.result == 12.3  # rounded down to the test's 0.1 s


def test_balance_stops_itself_at_the_cap(fake_clock) -> None:
    trial = TimedTrial(battery_test("balance-eyes-closed"), fake_clock)
    trial.start()
    fake_clock.advance(3.0)
    trial.poll()
    fake_clock.advance(60.0)  # the screen slept through the end
    assert cues(trial) == [Cue.SET_DONE]
    assert trial.end is TrialEnd.CAP and trial.result == 45.0
    assert trial.poll() == []  # the end is announced once
    with pytest.raises(TrialStateError):
        trial.stop()


def test_heel_rises_are_counted_from_the_metronome_pace(fake_clock) -> None:
    trial = TimedTrial(battery_test("heel-rise"), fake_clock)
    trial.start()
    fake_clock.advance(3.0)
    assert cues(trial) == [Cue.GO]
    fake_clock.advance(1.0)
    assert cues(trial) == [Cue.PHASE]  # beat 1: top of the rise
    fake_clock.advance(1.0)
    assert cues(trial) == [Cue.REP]  # beat 2: back down, one rep at pace
    assert trial.reps == 1
    fake_clock.advance(3.0)  # a stalled screen hears only the latest beat
    assert cues(trial) == [Cue.PHASE]
    fake_clock.advance(29.9)
    trial.stop()
    assert trial.result == 17.0  # 34.9 s after "go" at 2 s a rep: 17 whole reps


def test_squats_in_a_window_count_taps_until_the_window_ends(fake_clock) -> None:
    trial = TimedTrial(battery_test("single-leg-squat-30s"), fake_clock)
    trial.start()
    with pytest.raises(TrialStateError, match="only while the window is open"):
        trial.count_rep()
    fake_clock.advance(3.0)
    trial.poll()
    for _ in range(14):
        fake_clock.advance(1.5)
        trial.tap()
    trial.undo_rep()
    assert trial.reps == 13 and trial.remaining == pytest.approx(9.0)
    fake_clock.advance(9.0)
    assert cues(trial) == [Cue.SET_DONE]
    assert trial.end is TrialEnd.WINDOW and trial.result == 13.0
    with pytest.raises(TrialStateError):
        trial.count_rep()


def test_a_false_start_is_cancelled_not_stopped(fake_clock) -> None:
    trial = TimedTrial(battery_test("balance-eyes-closed"), fake_clock)
    trial.start()
    with pytest.raises(TrialStateError, match="cancel it instead"):
        trial.stop()
    trial.cancel()
    assert trial.phase is TrialPhase.CANCELLED and trial.result is None


def test_a_measured_test_has_no_timer(fake_clock) -> None:
    with pytest.raises(ValidationError, match="measured by hand"):
        TimedTrial(battery_test("single-hop"), fake_clock)


def test_a_testing_day_alternates_legs_and_starts_on_the_sound_leg() -> None:
    hop, heel = battery_test("single-hop"), battery_test("heel-rise")
    first = first_leg(involved=Side.LEFT)
    assert first is Side.RIGHT
    steps = run_order([hop, heel], first)
    assert steps == [
        Step("single-hop", Side.RIGHT, 1), Step("single-hop", Side.LEFT, 1),
        Step("single-hop", Side.RIGHT, 2), Step("single-hop", Side.LEFT, 2),
        Step("heel-rise", Side.RIGHT, 1), Step("heel-rise", Side.LEFT, 1),
    ]
    assert first_leg(None, preferred=Side.RIGHT) is Side.RIGHT
    done = {("single-hop", Side.RIGHT, 1), ("single-hop", Side.LEFT, 1)}
    assert next_step(steps, done) == Step("single-hop", Side.RIGHT, 2)
    assert next_step(steps, {(s.test_id, s.side, s.trial_number) for s in steps}) is None
