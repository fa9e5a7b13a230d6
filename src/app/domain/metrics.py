"""Numbers computed from logged sets: estimated 1RM, per-leg summaries, limb symmetry.

Load is always *external* load in kilograms (0 = bodyweight only). See docs/metrics.md
for how each number is computed and why.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from app.domain.errors import ValidationError
from app.domain.records import SetEntry
from app.domain.sides import Side

LSI_THRESHOLD = 90.0
"""A limb symmetry index below this (in %) is flagged: the common return-to-run cut-off."""

EPLEY_MIN_REPS = 1
EPLEY_MAX_REPS = 12
"""Beyond about 12 reps a set says more about endurance than strength, so no 1RM estimate."""

_SIDE_ORDER = {Side.LEFT: 0, Side.RIGHT: 1, Side.BOTH: 2}
# Loads converted from pounds carry float noise; two loads within a gram are "the same load".
_LOAD_DECIMALS = 3


def epley_1rm(load: float, reps: int) -> float | None:
    """Estimated one-rep max by Epley: ``load × (1 + reps / 30)``.

    Returns None for bodyweight-only sets (load ≤ 0), whose true load we do not
    know, and for reps outside 1–12, where the formula is unreliable. A single
    rep is not special-cased: 1 rep at 100 kg estimates 103.3 kg, as the formula says.
    """
    if not load > 0 or not EPLEY_MIN_REPS <= reps <= EPLEY_MAX_REPS:
        return None
    return load * (1 + reps / 30)


def limb_symmetry_index(left: float | None, right: float | None) -> float | None:
    """Limb symmetry index in %: the weaker leg's value ÷ the stronger leg's × 100.

    100.0 when both are equal and non-zero; 0.0 when exactly one is zero; None
    when either value is missing or both are zero (nothing to compare). Raises
    ValidationError for negative values, which no measure can produce.
    """
    if left is None or right is None:
        return None
    if left < 0 or right < 0:
        raise ValidationError(f"Leg measures cannot be negative (got {left:g} and {right:g}).")
    weaker, stronger = sorted((left, right))
    if stronger == 0:
        return None
    # Multiplying first keeps whole-number ratios exact (27 * 100 / 30 == 90.0, not 89.999…).
    return weaker * 100.0 / stronger


class Measure(StrEnum):
    """What is compared between the legs.

    VOLUME: Σ reps × external load (kg); bodyweight sets add 0.
    BEST_E1RM: the highest Epley estimate among the sets.
    REPS: Σ reps.
    BEST_SET: the load (kg) of the best set (heaviest, ties → most reps).
    REPS_AT_SAME_LOAD: the most reps in one set at the heaviest load in the sets;
    `symmetry` first keeps only sets at the heaviest load both legs used.
    """

    VOLUME = "volume"
    BEST_E1RM = "best_e1rm"
    REPS = "reps"
    BEST_SET = "best_set"
    REPS_AT_SAME_LOAD = "reps_at_same_load"

    @property
    def label(self) -> str:
        """The words used for this measure in messages."""
        return _MEASURE_LABELS[self]


_MEASURE_LABELS = {
    Measure.VOLUME: "volume",
    Measure.BEST_E1RM: "estimated 1RM",
    Measure.REPS: "reps",
    Measure.BEST_SET: "best set load",
    Measure.REPS_AT_SAME_LOAD: "reps at the same load",
}
# Measures that only mean something with load; without any load on either leg they fall back to
# reps, because 0 kg vs 0 kg (or no 1RM estimate) says nothing about which leg is stronger.
_LOAD_MEASURES = frozenset({Measure.VOLUME, Measure.BEST_E1RM, Measure.BEST_SET})


def best_set(entries: Iterable[SetEntry]) -> SetEntry | None:
    """The heaviest set; among equally heavy sets the one with most reps, then the earliest."""
    best: SetEntry | None = None
    for entry in entries:
        if best is None or (entry.load_kg, entry.reps) > (best.load_kg, best.reps):
            best = entry
    return best


def best_e1rm(entries: Iterable[SetEntry]) -> float | None:
    """The highest Epley estimate among the sets, or None if no set qualifies."""
    estimates = [e for e in (epley_1rm(s.load_kg, s.reps) for s in entries) if e is not None]
    return max(estimates, default=None)


def volume(entries: Iterable[SetEntry]) -> float:
    """Σ reps × external load in kg; bodyweight-only sets count 0."""
    return sum((s.reps * s.load_kg for s in entries), 0.0)


def _load_key(load_kg: float) -> float:
    return round(load_kg, _LOAD_DECIMALS)


def measure_value(entries: Sequence[SetEntry], measure: Measure) -> float | None:
    """The value of `measure` over `entries` (usually one leg of one exercise).

    None when there are no entries, or for BEST_E1RM when no set is a loaded set
    of 1–12 reps. See `Measure` for each definition.
    """
    if not entries:
        return None
    if measure is Measure.VOLUME:
        return volume(entries)
    if measure is Measure.BEST_E1RM:
        return best_e1rm(entries)
    if measure is Measure.REPS:
        return float(sum(s.reps for s in entries))
    top = best_set(entries)
    assert top is not None  # entries is not empty
    if measure is Measure.BEST_SET:
        return top.load_kg
    top_load = _load_key(top.load_kg)
    return float(max(s.reps for s in entries if _load_key(s.load_kg) == top_load))


@dataclass(frozen=True)
class SideSummary:
    """One leg's work on one exercise in a session."""

    exercise_id: str
    side: Side
    sets: int
    reps: int
    volume_kg: float
    best_set: SetEntry
    best_e1rm: float | None


def summarize_side(entries: Sequence[SetEntry]) -> SideSummary:
    """Summarize the sets of one leg on one exercise.

    Raises ValidationError when `entries` is empty or mixes exercises or legs.
    """
    if not entries:
        raise ValidationError("There are no sets to summarize.")
    first = entries[0]
    if any((e.exercise_id, e.side) != (first.exercise_id, first.side) for e in entries):
        raise ValidationError("A leg summary takes the sets of one exercise on one leg only.")
    top = best_set(entries)
    assert top is not None  # entries is not empty
    return SideSummary(
        exercise_id=first.exercise_id,
        side=first.side,
        sets=len(entries),
        reps=sum(e.reps for e in entries),
        volume_kg=volume(entries),
        best_set=top,
        best_e1rm=best_e1rm(entries),
    )


def session_summary(entries: Iterable[SetEntry]) -> dict[tuple[str, Side], SideSummary]:
    """A summary per (exercise, leg) of a session's sets.

    Exercises keep the order in which they were first logged; within one
    exercise the legs come LEFT, RIGHT, BOTH. An empty session gives an empty dict.
    """
    groups: dict[tuple[str, Side], list[SetEntry]] = {}
    exercise_order: dict[str, int] = {}
    for entry in entries:
        exercise_order.setdefault(entry.exercise_id, len(exercise_order))
        groups.setdefault((entry.exercise_id, entry.side), []).append(entry)
    keys = sorted(groups, key=lambda k: (exercise_order[k[0]], _SIDE_ORDER[k[1]]))
    return {key: summarize_side(groups[key]) for key in keys}


@dataclass(frozen=True)
class SymmetryResult:
    """How the legs compare on one measure.

    `measure` is the measure actually used (a load measure falls back to REPS
    when neither leg carried load); `left` and `right` are its values.
    `reason` is a sentence for the athlete explaining the result.
    """

    lsi: float | None
    weaker: Side | None
    flagged: bool
    reason: str
    measure: Measure
    left: float | None = None
    right: float | None = None


def _no_result(measure: Measure, reason: str) -> SymmetryResult:
    return SymmetryResult(lsi=None, weaker=None, flagged=False, reason=reason, measure=measure)


def symmetry(entries: Iterable[SetEntry], measure: Measure = Measure.VOLUME) -> SymmetryResult:
    """Compare the left and right legs on `measure` (LSI, weaker leg, flag below 90 %).

    Pass the sets of one exercise; VOLUME and REPS may also span a whole
    session, but the "best" measures compare only like with like, so they raise
    ValidationError when the sets mix exercises. Two-leg (BOTH) sets are ignored.
    When a leg has no sets, or a value cannot be computed, `lsi` is None,
    `weaker` is None, `flagged` is False and `reason` says why.
    """
    entries = list(entries)
    if measure not in (Measure.VOLUME, Measure.REPS) and len({e.exercise_id for e in entries}) > 1:
        raise ValidationError(f"Compare {measure.label} one exercise at a time.")
    left = [e for e in entries if e.side is Side.LEFT]
    right = [e for e in entries if e.side is Side.RIGHT]
    if not left and not right:
        if entries:
            return _no_result(measure, "Two-leg sets have no left and right to compare.")
        return _no_result(measure, "No sets yet.")
    if not left or not right:
        only = Side.LEFT if left else Side.RIGHT
        return _no_result(measure, f"Only the {only} leg has sets yet.")

    if measure in _LOAD_MEASURES and not any(e.load_kg > 0 for e in left + right):
        measure = Measure.REPS
    if measure is Measure.REPS_AT_SAME_LOAD:
        shared = {_load_key(e.load_kg) for e in left} & {_load_key(e.load_kg) for e in right}
        if not shared:
            return _no_result(
                measure,
                "The legs have no load in common. Do a set at the same load on each leg.",
            )
        common = max(shared)
        left = [e for e in left if _load_key(e.load_kg) == common]
        right = [e for e in right if _load_key(e.load_kg) == common]

    left_value = measure_value(left, measure)
    right_value = measure_value(right, measure)
    if left_value is None or right_value is None:
        # Only BEST_E1RM can be missing here: every leg has sets by now.
        missing = Side.LEFT if left_value is None else Side.RIGHT
        return SymmetryResult(
            lsi=None,
            weaker=None,
            flagged=False,
            measure=measure,
            left=left_value,
            right=right_value,
            reason=f"No 1RM estimate for the {missing} leg yet: "
            "it needs a loaded set of 1 to 12 reps.",
        )
    lsi = limb_symmetry_index(left_value, right_value)
    if lsi is None:
        return SymmetryResult(
            lsi=None,
            weaker=None,
            flagged=False,
            measure=measure,
            left=left_value,
            right=right_value,
            reason=f"Both legs are at zero {measure.label}, so there is nothing to compare.",
        )
    weaker = (
        None
        if left_value == right_value
        else (Side.LEFT if left_value < right_value else Side.RIGHT)
    )
    return SymmetryResult(
        lsi=lsi,
        weaker=weaker,
        flagged=lsi < LSI_THRESHOLD,
        measure=measure,
        left=left_value,
        right=right_value,
        reason=_symmetry_reason(lsi, weaker, measure),
    )


def _symmetry_reason(lsi: float, weaker: Side | None, measure: Measure) -> str:
    if weaker is None:
        return f"Both legs are level on {measure.label}."
    # Rounded down so an LSI of 89.6 never reads as "90%" next to "below the 90% target".
    text = f"The {weaker} leg is at {int(lsi)}% of the {weaker.other()} leg on {measure.label}"
    if lsi < LSI_THRESHOLD:
        return f"{text}, below the {LSI_THRESHOLD:.0f}% target."
    return f"{text}, within the {LSI_THRESHOLD:.0f}% target."


def symmetry_by_exercise(
    entries: Iterable[SetEntry], measure: Measure = Measure.VOLUME
) -> dict[str, SymmetryResult]:
    """`symmetry` for each exercise of a session, in the order the exercises were first logged."""
    groups: dict[str, list[SetEntry]] = {}
    for entry in entries:
        groups.setdefault(entry.exercise_id, []).append(entry)
    return {exercise_id: symmetry(group, measure) for exercise_id, group in groups.items()}
