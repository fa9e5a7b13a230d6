"""Numbers computed from logged sets: estimated 1RM, per-leg summaries, comparing the legs.

A set stores its *external* load in kilograms (0 = bodyweight only). What a
leg really carries is that load plus the exercise's share of the athlete's
body mass (`app.domain.body_mass`); the functions here take that body-mass
part as `carry_kg`. `carry_kg=None` means it is unknown (no body mass
entered): then nothing that needs the carried load is computed, and the legs
are compared on reps at the same load. See docs/metrics.md for every rule and
a worked example of each.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.domain.errors import ValidationError
from app.domain.records import SetEntry
from app.domain.sides import Side

LSI_THRESHOLD = 90.0
"""The default symmetry line (in %): the return-to-sport benchmark used after knee injury.

It comes from rehabilitation after knee (ACL) reconstruction, not from healthy
runners, so the athlete or coach may set their own line (see docs/metrics.md).
"""

EPLEY_MIN_REPS = 1
EPLEY_MAX_REPS = 12
"""Beyond about 12 reps a set says more about endurance than strength, so no 1RM estimate."""

_SIDE_ORDER = {Side.LEFT: 0, Side.RIGHT: 1, Side.BOTH: 2}
# Loads converted from pounds carry float noise; two loads within a gram are "the same load".
_LOAD_DECIMALS = 3


def epley_1rm(load: float, reps: int) -> float | None:
    """Estimated one-rep max from one set: ``load × (1 + reps / 30)`` (Epley).

    `load` is the load the leg carried. A single rep *is* a one-rep max, so it
    estimates its own load. None for a load of 0 or less and for reps outside
    1–12, where the formula is unreliable. Reps in reserve are not added: an
    8–12-rep set with two or more in reserve would then fall past the 12-rep
    limit, and the estimate would vanish for the sets that follow the programme.
    Examples: 20 kg × 12 → 28 kg; 100 kg × 1 → 100 kg.
    """
    if not load > 0 or not EPLEY_MIN_REPS <= reps <= EPLEY_MAX_REPS:
        return None
    if reps == 1:
        return float(load)
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
    """What is compared between the legs, or charted for one leg.

    VOLUME: reps × the load the leg carried (external load + body-mass part).
    BEST_E1RM: the highest Epley estimate from the load carried.
    REPS: reps.
    BEST_SET: the load the leg carried in its best set (heaviest, ties → most reps).
    REPS_AT_SAME_LOAD: reps per set, over sets both legs did at the same load.
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
LOAD_MEASURES = frozenset({Measure.VOLUME, Measure.BEST_E1RM, Measure.BEST_SET})
"""Measures that need the load a leg carried, and so the athlete's body mass."""


def carried_load(entry: SetEntry, carry_kg: float) -> float:
    """The load the leg carried in one set: its external load plus the body-mass part."""
    return entry.load_kg + carry_kg


def best_set(entries: Iterable[SetEntry]) -> SetEntry | None:
    """The heaviest set; among equally heavy sets the one with most reps, then the earliest."""
    best: SetEntry | None = None
    for entry in entries:
        if best is None or (entry.load_kg, entry.reps) > (best.load_kg, best.reps):
            best = entry
    return best


def best_e1rm(entries: Iterable[SetEntry], carry_kg: float | None = 0.0) -> float | None:
    """The highest Epley estimate among the sets from the load carried; None if none qualifies.

    `carry_kg` None (body mass unknown for an exercise that carries it) gives None.
    """
    if carry_kg is None:
        return None
    estimates = (epley_1rm(carried_load(s, carry_kg), s.reps) for s in entries)
    return max((e for e in estimates if e is not None), default=None)


def volume(entries: Iterable[SetEntry], carry_kg: float = 0.0) -> float:
    """Σ reps × (external load + `carry_kg`); with the default 0, external load only."""
    return sum((s.reps * carried_load(s, carry_kg) for s in entries), 0.0)


def load_key(load_kg: float) -> float:
    """A load rounded to the gram, so pounds converted to kilograms still match."""
    return round(load_kg, _LOAD_DECIMALS)


def measure_value(
    entries: Sequence[SetEntry], measure: Measure, carry_kg: float | None = 0.0
) -> float | None:
    """The value of `measure` over one leg's `entries` (of one exercise).

    None when there are no entries, when a load measure needs a body mass that
    is unknown (`carry_kg` None), or for BEST_E1RM when no set is a loaded set
    of 1–12 reps. REPS_AT_SAME_LOAD compares two legs: use `symmetry`.
    """
    if measure is Measure.REPS_AT_SAME_LOAD:
        raise ValidationError("Reps at the same load compares two legs; use symmetry().")
    if not entries:
        return None
    if measure is Measure.REPS:
        return float(sum(s.reps for s in entries))
    if carry_kg is None:
        return None
    if measure is Measure.VOLUME:
        return volume(entries, carry_kg)
    if measure is Measure.BEST_E1RM:
        return best_e1rm(entries, carry_kg)
    top = best_set(entries)
    assert top is not None  # entries is not empty
    return carried_load(top, carry_kg)


@dataclass(frozen=True)
class SideSummary:
    """One leg's work on one exercise in a session; load figures from the load carried."""

    exercise_id: str
    side: Side
    sets: int
    reps: int
    volume_kg: float | None
    best_set: SetEntry
    best_e1rm: float | None


def summarize_side(entries: Sequence[SetEntry], carry_kg: float | None = 0.0) -> SideSummary:
    """Summarize the sets of one leg on one exercise (`volume_kg` None without the carry).

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
        volume_kg=None if carry_kg is None else volume(entries, carry_kg),
        best_set=top,
        best_e1rm=best_e1rm(entries, carry_kg),
    )


def session_summary(
    entries: Iterable[SetEntry], carry_kg: float | None = 0.0
) -> dict[tuple[str, Side], SideSummary]:
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
    return {key: summarize_side(groups[key], carry_kg) for key in keys}


# ---------------------------------------------------------------------------- the legs


def paired_sets(
    left: Sequence[SetEntry], right: Sequence[SetEntry]
) -> list[tuple[SetEntry, SetEntry]]:
    """The sets both legs did, as (left, right) pairs: the same set number on the same day.

    Only sets both legs did are compared, so the extra set the weaker leg is
    given never tips the comparison. When no set numbers match (sets logged
    without numbers), the sets are paired in the order they were done.
    """
    def key(entry: SetEntry) -> tuple[date, int]:
        return entry.recorded_at.date(), entry.set_number

    rights: dict[tuple[date, int], SetEntry] = {}
    for entry in right:
        rights.setdefault(key(entry), entry)
    pairs = [(entry, rights[key(entry)]) for entry in left if key(entry) in rights]
    if pairs:
        return pairs
    in_time = sorted(left, key=lambda e: e.recorded_at), sorted(right, key=lambda e: e.recorded_at)
    return list(zip(*in_time, strict=False))


@dataclass(frozen=True)
class LegComparison:
    """How the legs compare set for set.

    `measure` is what was compared: VOLUME (reps × load carried, per set) when
    the body mass is known, else REPS_AT_SAME_LOAD (reps per set over the sets
    done at the same load); None when the legs could not be put side by side.
    `lsi` is None when they could only be ordered: at different loads without
    a body mass, a leg that did no more reps at a lighter load is the weaker.
    `left`/`right` are the per-set averages compared; `load_kg` the shared load.
    """

    measure: Measure | None
    weaker: Side | None
    lsi: float | None
    left: float | None = None
    right: float | None = None
    load_kg: float | None = None


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values)


def _order(left: float, right: float) -> Side | None:
    if left == right:
        return None
    return Side.LEFT if left < right else Side.RIGHT


def _dominated(pairs: Sequence[tuple[SetEntry, SetEntry]]) -> Side | None:
    """The leg that did no more reps at no more load in every pair (and less somewhere)."""
    for side in (Side.LEFT, Side.RIGHT):
        mine = [(a, b) if side is Side.LEFT else (b, a) for a, b in pairs]
        if all(m.load_kg <= o.load_kg and m.reps <= o.reps for m, o in mine) and any(
            (m.load_kg, m.reps) != (o.load_kg, o.reps) for m, o in mine
        ):
            return side
    return None


def compare_legs(
    left: Sequence[SetEntry], right: Sequence[SetEntry], carry_kg: float | None = None
) -> LegComparison:
    """Compare one exercise's left and right sets, set for set (see `LegComparison`).

    With `carry_kg` known: reps × (load + carry_kg) per set, averaged over the
    paired sets. Without it: reps per set over the pairs done at the same load;
    failing that, a leg that did no more reps at no more load is the weaker,
    without a percentage. Worked example (docs/metrics.md): left 12 reps at
    bodyweight, right 12 reps with 2 kg, body-mass part 70 kg → 12 × 70 = 840
    against 12 × 72 = 864 → LSI 97.2 %, left weaker.
    """
    pairs = paired_sets(left, right)
    if not pairs:
        return LegComparison(None, None, None)
    if carry_kg is not None:
        lv = _mean([a.reps * carried_load(a, carry_kg) for a, _ in pairs])
        rv = _mean([b.reps * carried_load(b, carry_kg) for _, b in pairs])
        return LegComparison(Measure.VOLUME, _order(lv, rv), limb_symmetry_index(lv, rv), lv, rv)
    same = [(a, b) for a, b in pairs if load_key(a.load_kg) == load_key(b.load_kg)]
    if same:
        lv, rv = _mean([a.reps for a, _ in same]), _mean([b.reps for _, b in same])
        shared = max(a.load_kg for a, _ in same)
        return LegComparison(Measure.REPS_AT_SAME_LOAD, _order(lv, rv),
                             limb_symmetry_index(lv, rv), lv, rv, shared)
    return LegComparison(None, _dominated(pairs), None)


@dataclass(frozen=True)
class SymmetryResult:
    """How the legs compare on one measure.

    `measure` is the measure actually used (load measures without a known body
    mass become REPS_AT_SAME_LOAD); `left` and `right` are its values;
    `line` is the symmetry line it was flagged against. `reason` is a
    sentence for the athlete explaining the result.
    """

    lsi: float | None
    weaker: Side | None
    flagged: bool
    reason: str
    measure: Measure
    left: float | None = None
    right: float | None = None
    line: float = LSI_THRESHOLD


def _no_result(measure: Measure, reason: str, line: float) -> SymmetryResult:
    return SymmetryResult(lsi=None, weaker=None, flagged=False, reason=reason, measure=measure,
                          line=line)


def symmetry(
    entries: Iterable[SetEntry],
    measure: Measure = Measure.VOLUME,
    *,
    carry_kg: float | None = None,
    line: float = LSI_THRESHOLD,
) -> SymmetryResult:
    """Compare the left and right legs of one exercise on `measure`, flagged below `line` %.

    VOLUME compares reps × load carried per set, REPS reps per set, both over
    the paired sets (`paired_sets`); BEST_SET and BEST_E1RM compare each leg's
    best from the load carried. Without the body-mass part (`carry_kg` None)
    the load measures become REPS_AT_SAME_LOAD, because external load alone is
    not the load a leg carries. Two-leg (BOTH) sets are ignored; sets of
    several exercises raise ValidationError. When the legs cannot be compared
    `lsi` and `weaker` are None, `flagged` is False and `reason` says why.
    """
    entries = list(entries)
    if len({e.exercise_id for e in entries}) > 1:
        raise ValidationError(f"Compare {measure.label} one exercise at a time.")
    left = [e for e in entries if e.side is Side.LEFT]
    right = [e for e in entries if e.side is Side.RIGHT]
    if not left and not right:
        if entries:
            return _no_result(measure, "Two-leg sets have no left and right to compare.", line)
        return _no_result(measure, "No sets yet.", line)
    if not left or not right:
        only = Side.LEFT if left else Side.RIGHT
        return _no_result(measure, f"Only the {only} leg has sets yet.", line)

    if measure in LOAD_MEASURES and carry_kg is None:
        measure = Measure.REPS_AT_SAME_LOAD
    if measure is Measure.REPS_AT_SAME_LOAD:
        compared = compare_legs(left, right, None)
        if compared.measure is None:
            return _no_result(
                measure,
                "The legs have no load in common. Do a set at the same load on each leg, "
                "or add your body mass to compare the load each leg carries.",
                line,
            )
        left_value, right_value = compared.left, compared.right
    elif measure is Measure.VOLUME:
        compared = compare_legs(left, right, carry_kg)
        left_value, right_value = compared.left, compared.right
    elif measure is Measure.REPS:
        pairs = paired_sets(left, right)
        left_value = _mean([a.reps for a, _ in pairs])
        right_value = _mean([b.reps for _, b in pairs])
    else:
        left_value = measure_value(left, measure, carry_kg)
        right_value = measure_value(right, measure, carry_kg)
        if left_value is None or right_value is None:
            # Only BEST_E1RM can be missing here: every leg has sets by now.
            missing = Side.LEFT if left_value is None else Side.RIGHT
            return SymmetryResult(
                lsi=None, weaker=None, flagged=False, measure=measure, left=left_value,
                right=right_value, line=line,
                reason=f"No 1RM estimate for the {missing} leg yet: "
                "it needs a set of 1 to 12 reps.",
            )
    assert left_value is not None and right_value is not None
    lsi = limb_symmetry_index(left_value, right_value)
    if lsi is None:
        return SymmetryResult(
            lsi=None, weaker=None, flagged=False, measure=measure, left=left_value,
            right=right_value, line=line,
            reason=f"Both legs are at zero {measure.label}, so there is nothing to compare.",
        )
    weaker = _order(left_value, right_value)
    return SymmetryResult(
        lsi=lsi,
        weaker=weaker,
        flagged=lsi < line,
        measure=measure,
        left=left_value,
        right=right_value,
        line=line,
        reason=_symmetry_reason(lsi, weaker, measure, line),
    )


def _symmetry_reason(lsi: float, weaker: Side | None, measure: Measure, line: float) -> str:
    if weaker is None:
        return f"Both legs are level on {measure.label}."
    # Rounded down so an LSI of 89.6 never reads as "90%" next to "below the 90% line".
    text = f"The {weaker} leg is at {int(lsi)}% of the {weaker.other()} leg on {measure.label}"
    if lsi < line:
        return f"{text}, below the {line:g}% line."
    return f"{text}, at or above the {line:g}% line."


def symmetry_by_exercise(
    entries: Iterable[SetEntry], measure: Measure = Measure.VOLUME, *,
    carry_kg: float | None = None, line: float = LSI_THRESHOLD,
) -> dict[str, SymmetryResult]:
    """`symmetry` for each exercise of a session, in the order the exercises were first logged.

    One `carry_kg` serves every exercise here; callers with exercises of
    different body-mass shares call `symmetry` per exercise instead.
    """
    groups: dict[str, list[SetEntry]] = {}
    for entry in entries:
        groups.setdefault(entry.exercise_id, []).append(entry)
    return {exercise_id: symmetry(group, measure, carry_kg=carry_kg, line=line)
            for exercise_id, group in groups.items()}
