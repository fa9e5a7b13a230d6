"""The calibration session: find where each leg starts the block by trying rungs.

A block may begin with one session that finds, for each exercise and leg, the
highest rung of the exercise's ladder (`Exercise.progressions`), then the
highest load on the top rung, at which the leg manages the bottom of the
block's rep range at the plan's tempo with good form. The rules:

1. **The tries.** Each rung once, from the first, at the load the
   progression rules start that rung with (`start_load_kg`; bodyweight rungs
   without load); on a loaded top rung, up to `LOAD_TRIES` more tries, each
   adding the step the progression rules add (`progression.next_load_kg`).
2. **A try passes** when the leg reached the rep-range bottom (`reps_min`)
   and neither form answer was "no" (an unanswered one does not fail it).
   Effort is not judged: a calibration set is meant to be hard.
3. **Steps.** A leg moves to its next try after a passing set and stops on
   the exercise at its first failing set (or after its last try); the other
   leg carries on on its own.
4. **The start** of a leg is its highest passing try (rung, then load). A leg
   that failed the first rung starts there, at its load. From then on the
   double-progression rules (`progression.advise`) move it as usual.

Worked example (docs/programme.md, tests/domain/test_programme_calibration.py):
a reverse lunge with rungs bodyweight, dumbbells (4 kg) and barbell (20 kg);
the left leg does 10, 10 and then 6 reps on the barbell → left starts on
rung 2 at 4 kg ("level 2, 10 reps with good form; level 3 failed at 6 reps");
the right leg does 9 reps with the knee caving on the dumbbells → right
starts on rung 1 without load.
"""

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from app.domain.exercise import Exercise, Implement
from app.domain.metrics import load_key
from app.domain.plan import CALIBRATION_PLAN_NAME, LegPrescription, Plan, PlanItem
from app.domain.programme.prescription import LegStart, phase_tempo
from app.domain.programme.template import Phase
from app.domain.progression import next_load_kg
from app.domain.records import SetEntry
from app.domain.session import SetRef
from app.domain.side_order import SideOrder
from app.domain.sides import Side
from app.domain.units import Unit

LOAD_TRIES = 3
"""Loads tried on a loaded top rung after its starting load: enough to find a
working load a few steps up without turning the session into a max test."""


@dataclass(frozen=True)
class Try:
    """One rung (0-based) at one load, done once per leg in the calibration session."""

    level: int
    load_kg: float


@dataclass(frozen=True)
class LegFinding:
    """Where a leg starts, and the sets that decided it.

    `passed` is the set of its highest passing try (None when even the first
    try failed); `failed` is the set that stopped it (None when it passed its
    last try or skipped the rest).
    """

    side: Side
    start: LegStart
    passed: SetEntry | None
    failed: SetEntry | None


def _sides(exercise: Exercise) -> tuple[Side, ...]:
    return (Side.LEFT, Side.RIGHT) if exercise.unilateral else (Side.BOTH,)


def tries(exercise: Exercise, unit: Unit = Unit.KG) -> tuple[Try, ...]:
    """The rungs (then loads) a leg tries on `exercise`, in order."""
    ladder = exercise.progressions
    if not ladder:
        return (Try(0, 0.0),)
    found: list[Try] = []
    load = 0.0
    for level, rung in enumerate(ladder):
        if rung.implement is Implement.BODYWEIGHT:
            load = 0.0
        elif rung.start_load_kg is not None:
            load = rung.start_load_kg
        found.append(Try(level, load))
    top = len(ladder) - 1
    if ladder[top].implement is not Implement.BODYWEIGHT and load > 0:
        for _ in range(LOAD_TRIES):
            load = next_load_kg(load, unit)
            found.append(Try(top, load))
    return tuple(found)


def calibration_plan(
    exercises: Sequence[Exercise], phase: Phase, unit: Unit, *, rest_between_sides_s: int,
    rest_between_sets_s: int,
) -> Plan:
    """The plan of a calibration session: one single set per leg for each try of each exercise.

    Every set aims for the bottom of `phase`'s rep range at the rung's tempo
    in that phase; each item is named for its rung, so the live session says
    which variation to do. Sets the rules leave out (`leave_out`) are dropped as the
    session runs.
    """
    reps = phase.reps_min
    items = tuple(
        PlanItem(
            exercise_id=exercise.id, exercise_name=_try_name(exercise, attempt), sets=1,
            reps_min=reps,
            reps_max=reps, tempo=phase_tempo(exercise, attempt.level, phase),
            rest_between_sides_s=rest_between_sides_s, rest_between_sets_s=rest_between_sets_s,
            load_kg=attempt.load_kg, progression_level=attempt.level,
            side_order=SideOrder.WEAKER_FIRST, unilateral=exercise.unilateral,
            legs=tuple(LegPrescription(side, 1, reps, reps, attempt.load_kg, attempt.level)
                       for side in _sides(exercise)),
        )
        for exercise in exercises
        for attempt in tries(exercise, unit)
    )
    return Plan(name=CALIBRATION_PLAN_NAME, items=items)


def _try_name(exercise: Exercise, attempt: Try) -> str:
    """What the live session calls a try: the exercise, then the rung to do."""
    if not exercise.progressions:
        return exercise.name
    return f"{exercise.name} · level {attempt.level + 1}: " \
        f"{exercise.progressions[attempt.level].name}"


def is_calibration(plan: Plan) -> bool:
    """Whether a session's plan is a calibration session's (its sets stop at a failing try)."""
    return plan.name == CALIBRATION_PLAN_NAME


def passes(entry: SetEntry, reps_min: int) -> bool:
    """Whether a try passed: the rep-range bottom reached and no form answer "no"."""
    return entry.reps >= reps_min and entry.form_knee is not False \
        and entry.form_hips is not False


def leave_out(
    plan: Plan, accepted: Mapping[SetRef, SetEntry], remaining: Sequence[SetRef],
) -> Collection[SetRef]:
    """The side-sets still to come that a leg no longer does: it failed a try on that exercise."""
    stopped = {(entry.exercise_id, ref.side) for ref, entry in accepted.items()
               if not passes(entry, plan.items[ref.item_index].reps_min)}
    return frozenset(ref for ref in remaining
                     if (plan.items[ref.item_index].exercise_id, ref.side) in stopped)


def find_starts(
    exercise: Exercise, entries: Sequence[SetEntry], reps_min: int,
) -> dict[Side, LegFinding]:
    """Each leg's start on `exercise` from its calibration sets (in the order they were done).

    A leg without sets is left out (the athlete skipped it; its start stays
    as it was).
    """
    findings: dict[Side, LegFinding] = {}
    first_try = tries(exercise)[0]
    for side in _sides(exercise):
        own = [e for e in entries if e.exercise_id == exercise.id and e.side is side]
        if not own:
            continue
        passing = [e for e in own if passes(e, reps_min)]
        failed = next((e for e in own if not passes(e, reps_min)), None)
        best = max(passing, key=lambda e: (e.progression_level, load_key(e.load_kg)),
                   default=None)
        start = LegStart(first_try.level, first_try.load_kg) if best is None else \
            LegStart(best.progression_level, best.load_kg)
        findings[side] = LegFinding(side, start, best, failed)
    return findings
