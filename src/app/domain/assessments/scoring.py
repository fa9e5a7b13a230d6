"""Scoring a test per leg: checking trials, taking the best, and comparing the legs.

The limb symmetry index (LSI) follows the hop-test literature (Noyes et al.
1991; Reid et al. 2007): the weaker leg's performance as a percentage of the
stronger leg's. "Weaker" depends on which way is better:

* higher is better (distance, reps, seconds held):
  ``LSI = lower value ÷ higher value × 100``;
* lower is better (the 6 m timed hop):
  ``LSI = faster (lower) time ÷ slower (higher) time × 100``.

Worked example (repeated in tests/domain/test_assessment_scoring.py and
docs/assessments.md): 6 m timed hop, left best 2.10 s, right best 2.50 s.
The right leg is slower, so it is the weaker one, and
``LSI = 2.10 ÷ 2.50 × 100 = 84 %``, below the 90 % line. Dividing the other
way round, as for a distance, would give 119 % and hide the deficit.

When the assessment names an *involved* leg (the injured or operated one),
the index is that leg against the other, as in the return-to-sport studies:
``involved ÷ uninvolved × 100`` for higher-is-better and
``uninvolved time ÷ involved time × 100`` for lower-is-better, so an involved
leg that outperforms the other reads above 100 %.
"""

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from app.domain.assessments.definitions import Better, TestDefinition
from app.domain.errors import ValidationError
from app.domain.sides import Side

LEGS = (Side.LEFT, Side.RIGHT)
MIN_LEG_LENGTH_CM = 40.0
MAX_LEG_LENGTH_CM = 130.0
"""Leg length (front hip bone to inner ankle bone) outside this is a typo, not a person."""


def check_trial(test: TestDefinition, value: float, trial_number: int) -> float:
    """`value` as a float if it can be trial `trial_number` of `test`; else ValidationError.

    Refused, each with one sentence: a trial number outside 1..`test.trials`,
    a value that is not a finite number, a negative value, zero for a
    lower-is-better (timed) test, a value beyond the cap, and a fraction
    of a rep.
    """
    if isinstance(trial_number, bool) or not isinstance(trial_number, int) or trial_number < 1:
        raise ValidationError(f"Trials are numbered from 1 (got {trial_number!r}).")
    if trial_number > test.trials:
        many = "1 trial" if test.trials == 1 else f"{test.trials} trials"
        raise ValidationError(
            f"{test.name} takes {many} per leg; there is no trial {trial_number}."
        )
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValidationError(f"Enter the {test.name.lower()} result as a number.")
    value = float(value)
    if value < 0:
        raise ValidationError(
            f"A {test.name.lower()} result cannot be negative (got {value:g} {test.unit})."
        )
    if test.better is Better.LOWER and value == 0:
        raise ValidationError(
            f"A time of zero is not possible for the {test.name.lower()}: "
            "enter the time the stopwatch showed."
        )
    if test.cap is not None and value > test.cap:
        raise ValidationError(
            f"{value:g} {test.unit} is beyond the {test.name.lower()}'s cap of "
            f"{test.cap:g} {test.unit}; check the entry."
        )
    if test.counts_whole and not value.is_integer():
        raise ValidationError(
            f"The {test.name.lower()} counts whole {test.unit}; {value:g} is not a whole number."
        )
    return value


def check_leg_length(side: Side, cm: float | None) -> float | None:
    """A leg length in cm (or None when not given); ValidationError outside 40–130 cm."""
    if cm is None:
        return None
    if isinstance(cm, bool) or not isinstance(cm, int | float) or not math.isfinite(cm):
        raise ValidationError(f"Enter the {side} leg's length as a number of centimetres.")
    if not MIN_LEG_LENGTH_CM <= cm <= MAX_LEG_LENGTH_CM:
        raise ValidationError(
            f"A leg length is measured from the front hip bone to the inner ankle bone and is "
            f"{MIN_LEG_LENGTH_CM:g}–{MAX_LEG_LENGTH_CM:g} cm (got {cm:g} cm for the {side} leg)."
        )
    return float(cm)


def best_of(values: Iterable[float], better: Better) -> float | None:
    """The best trial: the highest, or the lowest when lower is better; None without trials."""
    values = list(values)
    if not values:
        return None
    return min(values) if better is Better.LOWER else max(values)


def is_better(new: float, old: float, better: Better) -> bool:
    """Whether `new` beats `old` in the test's direction (a tie is not better)."""
    return new < old if better is Better.LOWER else new > old


def symmetry_index(
    left: float | None, right: float | None, better: Better, involved: Side | None = None
) -> float | None:
    """The limb symmetry index in % (see the module docstring for the formulas).

    None when a leg has no result, or when the divisor would be zero (both
    legs at 0 reps, or an uninvolved leg at 0).
    """
    if left is None or right is None:
        return None
    values = {Side.LEFT: left, Side.RIGHT: right}
    if involved in values:
        assert involved is not None
        ratio = (values[involved], values[involved.other()])
        numerator, denominator = ratio if better is Better.HIGHER else ratio[::-1]
    else:
        numerator, denominator = sorted((left, right))
    if denominator == 0:
        return None
    # Multiplying first keeps whole-number ratios exact (27 * 100 / 30 == 90.0).
    return numerator * 100.0 / denominator


def weaker_side(left: float | None, right: float | None, better: Better) -> Side | None:
    """The leg with the worse result, or None when they are level or a leg is missing."""
    if left is None or right is None or left == right:
        return None
    return Side.RIGHT if is_better(left, right, better) else Side.LEFT


@dataclass(frozen=True)
class Symmetry:
    """How the legs compare on one test: the index, the weaker leg and the line it is held to."""

    lsi: float | None
    weaker: Side | None
    line: float | None
    reason: str

    @property
    def below_line(self) -> bool:
        """True when the test has a symmetry line and the index is under it."""
        return self.lsi is not None and self.line is not None and self.lsi < self.line


@dataclass(frozen=True)
class LegResult:
    """One leg's trials on one test, its best trial, and that best as % of leg length."""

    side: Side
    trials: tuple[float, ...]
    best: float | None
    normalised: float | None = None

    @property
    def scored(self) -> float | None:
        """The value the legs are compared on: % of leg length when known, else the best."""
        return self.normalised if self.normalised is not None else self.best


@dataclass(frozen=True)
class TestResult:
    """A test's result for both legs: bests, symmetry and (for reach) the left-right gap."""

    __test__ = False  # a domain value, not a pytest class, whatever its name

    test: TestDefinition
    left: LegResult
    right: LegResult
    symmetry: Symmetry
    difference: float | None
    difference_flagged: bool

    def leg(self, side: Side) -> LegResult:
        """The result of one leg."""
        return self.left if side is Side.LEFT else self.right

    @property
    def flagged(self) -> bool:
        """True when the test raises a flag: below its symmetry line or beyond its gap."""
        return self.symmetry.below_line or self.difference_flagged


def _reason(test: TestDefinition, lsi: float | None, weaker: Side | None,
            involved: Side | None, missing: Sequence[Side]) -> str:
    if missing:
        if len(missing) == 2:
            return "No trials yet."
        return f"No {missing[0]} leg result yet, so the legs cannot be compared."
    if lsi is None:
        return "Both legs scored zero, so there is nothing to compare."
    # Rounded down so 89.6 % never reads "90 %" next to "below the 90 % line".
    shown = math.floor(lsi)
    if involved is not None:
        text = f"The involved {involved} leg is at {shown} % of the {involved.other()} leg"
    elif weaker is None:
        text = "Both legs are level (100 %)"
    else:
        text = f"The {weaker} leg is at {shown} % of the {weaker.other()} leg"
    if test.better is Better.LOWER:
        text += " (faster time ÷ slower time)" if involved is None else " (by time)"
    if test.symmetry_line is None:
        return f"{text}."
    relation = "below" if lsi < test.symmetry_line else "at or above"
    return f"{text}, {relation} the {test.symmetry_line:g} % line."


def score_test(
    test: TestDefinition,
    trials: Mapping[Side, Sequence[float]],
    *,
    involved: Side | None = None,
    leg_lengths: Mapping[Side, float | None] | None = None,
) -> TestResult:
    """Score one test from each leg's trial values (either leg may have none yet).

    Each leg's best trial counts. When the test is normalised to leg length
    and that leg's length is known, its best is also given as % of leg
    length, and the legs are compared on that (Gribble & Hertel 2003). The
    left-right gap, for tests with a `difference_flag`, is on the raw bests
    (Plisky et al. 2006 used centimetres) and is flagged when *greater*
    than the flag.
    """
    lengths = leg_lengths or {}
    legs = {}
    for side in LEGS:
        values = tuple(float(v) for v in trials.get(side, ()))
        best = best_of(values, test.better)
        length = lengths.get(side)
        normalised = (
            best * 100.0 / length
            if test.normalise_to_leg_length and best is not None and length
            else None
        )
        legs[side] = LegResult(side, values, best, normalised)
    left, right = legs[Side.LEFT], legs[Side.RIGHT]
    if test.normalise_to_leg_length and (left.normalised is None) != (right.normalised is None):
        # One leg length alone would compare % with cm; compare the raw bests instead.
        left = LegResult(Side.LEFT, left.trials, left.best)
        right = LegResult(Side.RIGHT, right.trials, right.best)
    lsi = symmetry_index(left.scored, right.scored, test.better, involved)
    weaker = weaker_side(left.scored, right.scored, test.better)
    missing = [leg.side for leg in (left, right) if leg.best is None]
    difference = (
        abs(left.best - right.best) if left.best is not None and right.best is not None else None
    )
    flagged = (
        test.difference_flag is not None and difference is not None
        and difference > test.difference_flag
    )
    return TestResult(
        test=test,
        left=left,
        right=right,
        symmetry=Symmetry(
            lsi=lsi, weaker=weaker, line=test.symmetry_line,
            reason=_reason(test, lsi, weaker, involved, missing),
        ),
        difference=difference,
        difference_flagged=flagged,
    )


def weakest_first(results: Iterable[TestResult]) -> list[TestResult]:
    """Results ordered by symmetry, the least even first; tests without an index go last."""
    return sorted(
        results,
        key=lambda r: (r.symmetry.lsi is None, r.symmetry.lsi if r.symmetry.lsi is not None else 0),
    )


def line_summary(results: Iterable[TestResult]) -> str:
    """One sentence on the tests that have a symmetry line, e.g. for the hop battery.

    Empty when no scored test has a line.
    """
    held = [r for r in results if r.symmetry.line is not None and r.symmetry.lsi is not None]
    if not held:
        return ""
    lines = sorted({r.symmetry.line for r in held if r.symmetry.line is not None})
    line_text = " / ".join(f"{line:g} %" for line in lines)
    passed = sum(1 for r in held if not r.symmetry.below_line)
    noun = "test" if len(held) == 1 else "tests"
    return f"{passed} of {len(held)} {noun} with a {line_text} symmetry line reach it."
