"""Where a testing day starts for an athlete's side order, and what a timed trial says aloud."""

import pytest

from app.battery import builtin_tests
from app.domain.assessments.order import preferred_first, usual_weaker
from app.domain.assessments.scoring import score_test
from app.domain.assessments.spoken import trial_speech
from app.domain.assessments.timed_trial import TrialCue
from app.domain.session import Cue, Speech, SpeechKind
from app.domain.side_order import SideOrder
from app.domain.sides import Side

L, R = Side.LEFT, Side.RIGHT


def _result(test_id: str, left: float, right: float):
    test = next(t for t in builtin_tests() if t.id == test_id)
    return score_test(test, {L: [left], R: [right]})


def test_the_usual_weaker_leg_is_the_one_weaker_on_more_tests() -> None:
    results = [_result("single-hop", 150, 130), _result("triple-hop", 450, 420),
               _result("y-balance-anterior", 60, 64)]
    assert usual_weaker(results) is R
    # A tie, or nothing to go on, names no leg.
    assert usual_weaker(results[1:]) is None
    assert usual_weaker([]) is None


@pytest.mark.parametrize(("order", "weaker", "first"), [
    (SideOrder.WEAKER_FIRST, R, R),
    (SideOrder.WEAKER_FIRST, None, L),
    (SideOrder.LEFT_FIRST, R, L),
    (SideOrder.ALTERNATE, R, L),
])
def test_a_day_starts_on_the_leg_a_session_would(order, weaker, first) -> None:
    assert preferred_first(order, weaker) is first


def test_the_count_in_and_the_metronome_are_spoken_go_is_a_tone() -> None:
    assert trial_speech(TrialCue(Cue.COUNT_IN, 2), reps=0) == Speech(SpeechKind.COUNT, number=2)
    assert trial_speech(TrialCue(Cue.PHASE, 5), reps=4) == Speech(SpeechKind.DOWN)
    assert trial_speech(TrialCue(Cue.REP, 6), reps=5) == Speech(SpeechKind.COUNT, number=5)
    assert trial_speech(TrialCue(Cue.GO, 0), reps=0) is None
