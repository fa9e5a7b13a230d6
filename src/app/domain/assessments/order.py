"""The order of a testing day: test by test, the legs taking turns trial by trial."""

from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from app.domain.assessments.definitions import TestDefinition
from app.domain.assessments.scoring import LEGS, TestResult
from app.domain.side_order import SideOrder, sides_for_set
from app.domain.sides import Side


@dataclass(frozen=True)
class Step:
    """One trial to do: which test, which leg, which trial number (from 1)."""

    test_id: str
    side: Side
    trial_number: int


def first_leg(involved: Side | None, preferred: Side = Side.LEFT) -> Side:
    """The leg each test starts on.

    With an involved (injured) leg, the other leg goes first, so the athlete
    learns each test on the sound side (as in Reid et al. 2007); otherwise
    `preferred`, which the caller takes from the athlete's side order.
    """
    if involved in (Side.LEFT, Side.RIGHT):
        assert involved is not None
        return involved.other()
    return preferred


def usual_weaker(results: Iterable[TestResult]) -> Side | None:
    """The leg that was weaker on more tests than the other, or None (a tie, or no results)."""
    counts = Counter(r.symmetry.weaker for r in results if r.symmetry.weaker in LEGS)
    left, right = counts[Side.LEFT], counts[Side.RIGHT]
    if left == right:
        return None
    return Side.LEFT if left > right else Side.RIGHT


def preferred_first(order: SideOrder, weaker: Side | None) -> Side:
    """The leg a testing day starts on for an athlete's side order (their first set's leg).

    "Weaker first" starts on `weaker` (the caller's choice: the leg weaker on
    most tests of the last assessment), the left leg while it is unknown;
    "left first" and "alternate" start on the left, as a session's first set does.
    """
    return sides_for_set(order, 0, weaker)[0]


def run_order(tests: Iterable[TestDefinition], first: Side) -> list[Step]:
    """Every trial of the chosen tests, test by test, alternating legs between trials.

    Alternating gives each leg a rest while the other works, and keeps a
    tired second leg from being compared with a fresh first one.
    """
    second = first.other()
    return [
        Step(test.id, side, number)
        for test in tests
        for number in range(1, test.trials + 1)
        for side in (first, second)
    ]


def next_step(steps: Iterable[Step], done: Collection[tuple[str, Side, int]]) -> Step | None:
    """The first step not yet done (to resume after a crash), or None when all are done."""
    return next(
        (s for s in steps if (s.test_id, s.side, s.trial_number) not in done), None
    )
