"""Double-progression advice: what to do next time on one exercise, from the latest session.

The rules, in order (docs/metrics.md explains the reasoning):

1. No sets → NO_DATA.
2. A one-leg exercise with only one leg logged → STAY, asking for both legs.
3. The legs differ → BALANCE: one leg met the target and the other did not, or
   the weaker leg's average per set is below 90 % of the other's (volume, or reps
   when neither leg carried load). Start with the weaker leg, one extra set for it.
4. Every set met the target → LEVEL_UP when the load is bodyweight and the ladder
   has a next level, otherwise ADD_LOAD.
5. Otherwise → STAY: aim for the top of the rep range at this load.

A set meets the target when it reached the exercise's `reps_max`, felt like
RPE 8 or easier (or, without RPE, left 2 or more reps in reserve) and its form
was ticked as good.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from app.domain.errors import ValidationError
from app.domain.exercise import Exercise
from app.domain.metrics import LSI_THRESHOLD, limb_symmetry_index, volume
from app.domain.records import SetEntry
from app.domain.sides import Side
from app.domain.units import Unit, display_value, format_load, to_kg

RPE_MAX = 8.0
"""Hardest effort (RPE) that still counts as "reps to spare"."""
RIR_MIN = 2
"""Fewest reps in reserve that still count as "reps to spare" when RPE was not logged."""

KG_STEP_LIGHT = 2.0
"""Kilograms added below KG_HEAVY_FROM: dumbbells and kettlebells mostly go up in 2 kg."""
KG_STEP_HEAVY = 2.5
"""Kilograms added from KG_HEAVY_FROM up: the smallest common plate pair (2 × 1.25 kg)."""
KG_HEAVY_FROM = 20.0
LB_STEP = 5.0
"""Pounds added for athletes who train in pounds: the usual dumbbell and plate step."""


class AdviceKind(StrEnum):
    """The kind of next step the advice recommends."""

    NO_DATA = "no_data"
    LEVEL_UP = "level_up"
    ADD_LOAD = "add_load"
    BALANCE = "balance"
    STAY = "stay"


@dataclass(frozen=True)
class Advice:
    """What to do next time, in words for the athlete and in values for the app.

    `next_load_kg` is set for ADD_LOAD, `next_level` (a 0-based index into the
    exercise's progressions) for LEVEL_UP, `weaker` for BALANCE.
    """

    kind: AdviceKind
    message: str
    next_load_kg: float | None = None
    next_level: int | None = None
    weaker: Side | None = None


def _reps_to_spare(entry: SetEntry) -> bool | None:
    """Whether the set left reps in the tank; None when no effort was logged."""
    if entry.rpe is not None:
        return entry.rpe <= RPE_MAX
    if entry.rir is not None:
        return entry.rir >= RIR_MIN
    return None


def set_meets_target(entry: SetEntry, reps_max: int) -> bool:
    """Whether one set reached `reps_max` with reps to spare and form ticked as good."""
    return entry.reps >= reps_max and entry.form_ok is True and _reps_to_spare(entry) is True


def next_load_kg(current_kg: float, unit: Unit) -> float:
    """The load to use after `current_kg`, as a round number in the athlete's unit.

    Kilograms: +2 kg below 20 kg, +2.5 kg from 20 kg. Pounds: +5 lb. The step is
    added to the load as displayed, so 27.5 lb becomes exactly 32.5 lb.
    """
    shown = display_value(current_kg, unit)
    if unit is Unit.LB:
        return to_kg(shown + LB_STEP, Unit.LB)
    step = KG_STEP_HEAVY if shown >= KG_HEAVY_FROM else KG_STEP_LIGHT
    # Rounding removes float noise such as 12.3 + 2 == 14.299999999999999.
    return round(shown + step, 1)


def advise(entries: Iterable[SetEntry], exercise: Exercise, level: int, unit: Unit) -> Advice:
    """Advice for the next session of `exercise` from its latest session's sets.

    `level` is the current rung as a 0-based index into `exercise.progressions`
    (0 when the exercise has no ladder); `unit` is the athlete's display unit.
    Raises ValidationError when a set belongs to another exercise or `level` is
    not a rung of the ladder.
    """
    entries = list(entries)
    _check_inputs(entries, exercise, level)
    if not entries:
        return Advice(
            AdviceKind.NO_DATA,
            f"No sets of {exercise.name} logged yet. "
            "Do a session and you'll get a suggestion for the next one.",
        )
    reps_max = exercise.reps_max
    load_kg = max(e.load_kg for e in entries)
    aim = f"aim for {reps_max} reps on every set at {format_load(load_kg, unit)}"

    left = [e for e in entries if e.side is Side.LEFT]
    right = [e for e in entries if e.side is Side.RIGHT]
    # A one-leg exercise logged only as two-leg sets has no legs to compare; judge it whole.
    if exercise.unilateral and (left or right):
        if not left or not right:
            logged = Side.LEFT if left else Side.RIGHT
            return Advice(
                AdviceKind.STAY,
                f"Only your {logged} leg was logged. Train both legs next time and {aim}.",
            )
        weaker = _lagging_leg(left, right, reps_max)
        if weaker is not None:
            return Advice(
                AdviceKind.BALANCE,
                f"Your {weaker} leg is behind your {weaker.other()} leg. Next time start "
                f"with the {weaker} leg and give it one extra set, and {aim}.",
                weaker=weaker,
            )

    if all(set_meets_target(e, reps_max) for e in entries):
        return _progress(exercise, level, load_kg, unit)
    return Advice(AdviceKind.STAY, f"Stay: {aim}.{_stay_hints(entries, reps_max)}")


def _check_inputs(entries: Sequence[SetEntry], exercise: Exercise, level: int) -> None:
    others = sorted({e.exercise_id for e in entries} - {exercise.id})
    if others:
        raise ValidationError(
            f"Advice for {exercise.name} got sets of another exercise ({', '.join(others)})."
        )
    rungs = max(len(exercise.progressions), 1)
    if not 0 <= level < rungs:
        raise ValidationError(
            f"{exercise.name} has no progression level {level} (levels go from 0 to {rungs - 1})."
        )


def _lagging_leg(left: list[SetEntry], right: list[SetEntry], reps_max: int) -> Side | None:
    left_ok = all(set_meets_target(e, reps_max) for e in left)
    right_ok = all(set_meets_target(e, reps_max) for e in right)
    if left_ok != right_ok:
        return Side.RIGHT if left_ok else Side.LEFT
    # Averages per set, not totals: the extra set we prescribe for the weaker leg would
    # otherwise inflate its totals and hide (or even flip) the difference next session.
    if any(e.load_kg > 0 for e in left + right):
        left_value, right_value = volume(left) / len(left), volume(right) / len(right)
    else:
        left_value = sum(e.reps for e in left) / len(left)
        right_value = sum(e.reps for e in right) / len(right)
    lsi = limb_symmetry_index(left_value, right_value)
    if lsi is None or lsi >= LSI_THRESHOLD:
        return None
    return Side.LEFT if left_value < right_value else Side.RIGHT


def _progress(exercise: Exercise, level: int, load_kg: float, unit: Unit) -> Advice:
    legs = " on both legs" if exercise.unilateral else ""
    done = f"Every set{legs} reached {exercise.reps_max} reps with good form and reps to spare."
    ladder = exercise.progressions
    if load_kg == 0 and level + 1 < len(ladder):
        current, upcoming = ladder[level], ladder[level + 1]
        return Advice(
            AdviceKind.LEVEL_UP,
            f"{done} Goal for {current.name} met: {current.criterion.rstrip('.')}. "
            f"Move to level {level + 2}: {upcoming.name}, "
            f"starting again at {exercise.reps_min} reps.",
            next_level=level + 1,
        )
    new_load = next_load_kg(load_kg, unit)
    return Advice(
        AdviceKind.ADD_LOAD,
        f"{done} Next time use {format_load(new_load, unit)} and build back up "
        f"from {exercise.reps_min} to {exercise.reps_max} reps.",
        next_load_kg=new_load,
    )


def _stay_hints(entries: Sequence[SetEntry], reps_max: int) -> str:
    """Why sets that reached the reps still did not count, so the athlete can fix it."""
    full = [e for e in entries if e.reps >= reps_max]
    hints = []
    if any(_reps_to_spare(e) is None for e in full):
        hints.append(
            "Log how hard each set felt (RPE or reps in reserve) so the app can tell "
            "when you're ready to progress."
        )
    if any(_reps_to_spare(e) is False for e in full):
        hints.append(
            f"Progress once every set feels like RPE {RPE_MAX:g} or easier "
            f"({RIR_MIN} or more reps left in the tank)."
        )
    if any(e.form_ok is not True for e in full):
        hints.append("Tick good form only when every rep was clean; progress waits for it.")
    return "".join(f" {hint}" for hint in hints)
