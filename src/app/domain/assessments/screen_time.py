"""How much screen time a testing day needs: the figure behind "the battery in 15 minutes".

Screen time is the time the athlete spends at the screen: reading what a
test asks, the app's timers running (a count-in, then the hold, the window or
the metronome), and entering or confirming each trial. What happens away
from the screen is not counted: warming up, the practice hops, measuring a
hop with a tape, and the rests between legs.

Each timed trial is counted at its longest where the test has a limit: a
balance hold at its 45 s cap, a 30 s window in full. The heel-rise test has
no time limit (it runs until the calf gives out), so its length is a
parameter, the reps each leg manages; `most_paced_reps` says how many still
fit a budget.

Worked example (repeated in tests/domain/test_assessment_screen_time.py and
docs/assessments.md), the built-in battery with 30 heel rises a leg:

* reading the 8 tests, 10 s each: 80 s
* balance, 3 trials × 2 legs × (3 s count-in + 45 s cap + 5 s to confirm): 318 s
* Y-balance, 3 × 2 × 10 s to enter: 60 s; three distance hops, 2 × 2 × 10 s
  each: 120 s; 6 m timed hop, 2 × 2 × 10 s: 40 s
* 30 s squats, 1 × 2 × (3 + 30 + 5 s): 76 s
* heel rises, 1 × 2 × (3 s + 30 reps × 2 s + 5 s): 136 s

Total 830 s, 13 min 50 s: under 15 minutes with every balance trial at the
cap. The budget of 900 s holds up to 47 heel rises a leg.
"""

import math
from collections.abc import Iterable
from dataclasses import dataclass

from app.domain.assessments.definitions import TestDefinition, Timing
from app.domain.assessments.timed_trial import COUNT_IN_SECONDS

READ_SECONDS = 10.0
"""Reading a test's name, cue and steps on its first trial's screen."""
ENTRY_SECONDS = 10.0
"""Typing a measured trial (a distance, a stopwatch time) and pressing Enter."""
CONFIRM_SECONDS = 5.0
"""Checking a timed trial's value and saving it."""
TYPICAL_PACED_REPS = 30
"""The heel rises a leg is assumed to manage when the athlete has no result yet."""
BUDGET_SECONDS = 15 * 60.0
"""The screen time a home testing day should fit: the issue's 15 minutes."""


@dataclass(frozen=True)
class TestTime:
    """One test's share of a testing day's screen time."""

    __test__ = False  # a domain value, not a pytest class, whatever its name

    test: TestDefinition
    per_trial: float
    trials: int
    """Trials on both legs together."""
    seconds: float
    """Reading once, then every trial on both legs."""


@dataclass(frozen=True)
class ScreenTime:
    """A testing day's screen time, test by test."""

    tests: tuple[TestTime, ...]

    @property
    def seconds(self) -> float:
        """The whole day, in seconds."""
        return sum(t.seconds for t in self.tests)

    @property
    def minutes(self) -> int:
        """The whole day in minutes, rounded up (13 min 50 s is "14")."""
        return math.ceil(self.seconds / 60 - 1e-9)

    def fits(self, budget: float = BUDGET_SECONDS) -> bool:
        """Whether the day fits `budget` seconds (15 minutes by default)."""
        return self.seconds <= budget


def trial_seconds(test: TestDefinition, paced_reps: int = TYPICAL_PACED_REPS) -> float:
    """Screen time of one trial on one leg.

    Entered: the time to type it. Hold: count-in, the cap (the longest a hold
    can run), confirming. Window: count-in, the window, confirming. Paced:
    count-in, `paced_reps` reps at the metronome's pace, confirming. A hold
    or window test without a limit counts its count-in and confirming only.
    """
    if test.timing is Timing.ENTERED:
        return ENTRY_SECONDS
    running = 0.0
    if test.timing is Timing.HOLD and test.cap is not None:
        running = test.cap
    elif test.timing is Timing.WINDOW and test.window_seconds is not None:
        running = test.window_seconds
    elif test.timing is Timing.PACED and test.metronome is not None:
        running = paced_reps * test.metronome.rep_seconds
    return COUNT_IN_SECONDS + running + CONFIRM_SECONDS


def screen_time(
    tests: Iterable[TestDefinition], paced_reps: int = TYPICAL_PACED_REPS
) -> ScreenTime:
    """The screen time of a testing day of `tests` (see the module docstring for the rules)."""
    rows = []
    for test in tests:
        per_trial = trial_seconds(test, paced_reps)
        trials = test.trials * 2
        rows.append(TestTime(test, per_trial, trials, READ_SECONDS + per_trial * trials))
    return ScreenTime(tuple(rows))


def most_paced_reps(
    tests: Iterable[TestDefinition], budget: float = BUDGET_SECONDS
) -> int | None:
    """The most reps a leg can do on the paced tests while the day still fits `budget`.

    None when the day has no paced test (nothing is open-ended); -1 when it
    does not fit even with no reps at all.
    """
    chosen = list(tests)
    paced = [t for t in chosen if t.timing is Timing.PACED and t.metronome is not None]
    if not paced:
        return None
    left = budget - screen_time(chosen, paced_reps=0).seconds
    if left < 0:
        return -1
    per_rep = sum(t.trials * 2 * t.metronome.rep_seconds for t in paced if t.metronome)
    return math.floor(left / per_rep + 1e-9)
