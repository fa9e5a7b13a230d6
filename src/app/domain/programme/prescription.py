"""Each leg's dose for a session of the block, from the double-progression rules.

One implementation of progression: the rung and load each leg moves to come
from `app.domain.progression.advise` (the same call the advice cards make);
this module only adds what the block decides:

- **Sets** come from the session's phase (the lighter sets in a lighter week
  or the race taper); the leg the advice calls weaker gets its extra set and
  goes first.
- **Rep range** is the phase's; a rung whose goal asks for more reps keeps
  its own top (the calf raise's 3 × 15).
- **Holds.** In a lighter week or the taper (`Progress.NONE`) and after a long
  gap without training (`gap_days`), each leg repeats its last rung and load;
  in the learning weeks (`Progress.BODYWEIGHT`) a step that adds load waits.
  Whatever is held, the dose says why (`ItemDose.held`).
- **The athlete's own values** replace a leg's dose and are marked as theirs.

Worked example (docs/programme.md): the left leg did 3 × 12 at 10 kg, RPE 7,
form yes on every set, in a building week → left 12 kg next time, reps 8–12;
the right leg did 12, 11, 10 → stays at 10 kg, is weaker, goes first with 4 sets.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from app.domain.exercise import Exercise
from app.domain.metrics import LSI_THRESHOLD, load_key
from app.domain.plan import LegPrescription, Plan, PlanItem
from app.domain.programme.template import EXERCISE_TEMPO, Phase, Progress, Template
from app.domain.progression import Advice, AdviceKind, LegStep, Reason, advise, working_sets
from app.domain.records import SetEntry
from app.domain.side_order import SideOrder
from app.domain.sides import Side
from app.domain.units import Unit


class Hold(StrEnum):
    """Why a dose keeps a leg's rung and load where the rules would have moved it."""

    LIGHT_WEEK = "light_week"
    TAPER = "taper"
    LEARNING = "learning"
    GAP = "gap"


@dataclass(frozen=True)
class LegStart:
    """Where a leg starts the block on an exercise it has no sets of: rung (0-based) and load."""

    level: int = 0
    load_kg: float = 0.0


@dataclass(frozen=True)
class SessionKind:
    """What the calendar says about one session: its phase, and whether it is lighter."""

    phase: Phase
    light: bool = False
    taper: bool = False
    gap: bool = False


@dataclass(frozen=True)
class ItemDose:
    """One exercise of a session, prescribed leg by leg.

    `legs` holds a LEFT and a RIGHT dose (a two-leg exercise: one BOTH dose);
    `advice` is the advice the doses came from (None before the leg has sets);
    `held` says why a change waits; `own` names the legs the athlete changed.
    """

    exercise_id: str
    exercise_name: str
    unilateral: bool
    tempo: str
    legs: tuple[LegPrescription, ...]
    first: Side | None = None
    advice: Advice | None = None
    held: Hold | None = None
    own: frozenset[Side] = frozenset()

    def leg(self, side: Side) -> LegPrescription:
        """A leg's dose; for a two-leg exercise both legs read the one BOTH dose."""
        return next((leg for leg in self.legs if leg.side in (side, Side.BOTH)), self.legs[0])


def _clamped(level: int, exercise: Exercise) -> int:
    return max(0, min(level, max(len(exercise.progressions), 1) - 1))


def _sides(exercise: Exercise) -> tuple[Side, ...]:
    return (Side.LEFT, Side.RIGHT) if exercise.unilateral else (Side.BOTH,)


def _leg_entries(entries: Sequence[SetEntry], side: Side) -> list[SetEntry]:
    return [e for e in entries if e.side is side or side is Side.BOTH]


def current_leg(
    entries: Sequence[SetEntry], side: Side, exercise: Exercise, start: LegStart,
) -> LegStart:
    """Where a leg stands after its latest session: its rung and working load, or its start."""
    own = _leg_entries(entries, side)
    if not own:
        return start
    working = working_sets(own)
    return LegStart(_clamped(max(e.progression_level for e in working), exercise),
                    working[0].load_kg)


def advise_legs(
    entries: Iterable[SetEntry], exercise: Exercise, unit: Unit, *,
    previous: Iterable[SetEntry] = (), body_mass_kg: float | None = None,
    line: float = LSI_THRESHOLD,
) -> Advice:
    """`advise` on the latest session, with each leg judged on its own rung.

    Both legs on one rung (the usual case) is exactly `advise` at that rung,
    the call the advice cards make. Legs on different rungs are each judged
    against their own rung's target, and the advice is PER_LEG.
    """
    entries, previous = list(entries), list(previous)
    levels = {side: current_leg(entries, side, exercise, LegStart()).level
              for side in _sides(exercise) if _leg_entries(entries, side)}
    if len(set(levels.values())) <= 1:
        level = next(iter(levels.values()), 0)
        return advise(entries, exercise, level, unit, previous=previous,
                      body_mass_kg=body_mass_kg, line=line)
    steps: list[LegStep] = []
    reasons: list[Reason] = []
    for side, level in levels.items():
        own = advise(entries, exercise, level, unit, previous=previous,
                     body_mass_kg=body_mass_kg, line=line)
        step = own.step(side)
        if step is not None:
            steps.append(replace(step, first=False, extra_set=False,
                                 sets=exercise.target(level).sets))
        reasons.extend(r for r in own.reasons if r.side is side)
    return Advice(AdviceKind.PER_LEG, tuple(steps), tuple(reasons))


def _hold(kind: SessionKind) -> Hold | None:
    if kind.gap:
        return Hold.GAP
    if kind.taper:
        return Hold.TAPER
    if kind.light or kind.phase.progress is Progress.NONE:
        return Hold.LIGHT_WEEK
    if kind.phase.progress is Progress.BODYWEIGHT:
        return Hold.LEARNING
    return None


def phase_tempo(exercise: Exercise, level: int, phase: Phase) -> str:
    """The tempo a rung is done at in a phase: the phase's, else the rung's, else the exercise's."""
    if phase.tempo != EXERCISE_TEMPO:
        return phase.tempo
    rung = exercise.progressions[level] if exercise.progressions else None
    return rung.tempo if rung is not None and rung.tempo else exercise.tempo


def prescribe(
    exercise: Exercise,
    latest: Sequence[SetEntry],
    kind: SessionKind,
    template: Template,
    unit: Unit,
    *,
    previous: Sequence[SetEntry] = (),
    start: Mapping[Side, LegStart] | None = None,
    body_mass_kg: float | None = None,
    line: float = LSI_THRESHOLD,
) -> ItemDose:
    """The dose of each leg on `exercise` for a session of kind `kind`.

    `latest` and `previous` are the sets of the exercise's last two sessions
    (what `advise` reads); `start` is each leg's starting point for an exercise
    it has no sets of yet.
    """
    latest = [e for e in latest if e.exercise_id == exercise.id]
    previous = [e for e in previous if e.exercise_id == exercise.id]
    starts = start or {}
    advice = advise_legs(latest, exercise, unit, previous=previous,
                         body_mass_kg=body_mass_kg, line=line) if latest else None
    hold = _hold(kind)
    held = hold is Hold.GAP
    legs: list[LegPrescription] = []
    first: Side | None = None
    for side in _sides(exercise):
        now = current_leg(latest, side, exercise, starts.get(side, starts.get(
            Side.LEFT, LegStart())))
        now = replace(now, level=_clamped(now.level, exercise))
        step = advice.step(side) if advice is not None and _leg_entries(latest, side) else None
        level, load = now.level, now.load_kg
        if step is not None:
            raises_load = load_key(step.load_kg) > load_key(now.load_kg)
            moves = (step.level, load_key(step.load_kg)) != (now.level, load_key(now.load_kg))
            if (hold in (Hold.GAP, Hold.TAPER, Hold.LIGHT_WEEK) and moves) or \
                    (hold is Hold.LEARNING and raises_load):
                held = True
            else:
                level, load = step.level, step.load_kg
            if step.first:
                first = side
        sets = (template.light_sets if kind.light else kind.phase.sets) + \
            (1 if step is not None and step.extra_set else 0)
        reps_max = max(kind.phase.reps_max, exercise.target(level).reps)
        legs.append(LegPrescription(side, sets, min(kind.phase.reps_min, reps_max), reps_max,
                                    load, level))
    top = max(leg.level for leg in legs)
    return ItemDose(exercise.id, exercise.name, exercise.unilateral,
                    phase_tempo(exercise, top, kind.phase), tuple(legs), first, advice,
                    hold if held else None)


def with_own_values(dose: ItemDose, changed: Mapping[Side, LegPrescription]) -> ItemDose:
    """The dose with the athlete's own values for some legs, marked as theirs."""
    legs = tuple(changed.get(leg.side, leg) for leg in dose.legs)
    own = frozenset(side for side, leg in changed.items() if dose.leg(side) != leg)
    return replace(dose, legs=legs, own=dose.own | own)


def session_plan(
    name: str, doses: Sequence[ItemDose], *, rest_between_sides_s: int,
    rest_between_sets_s: int,
) -> Plan:
    """The plan a live session runs: one item per exercise, each leg with its own dose."""
    items = tuple(
        PlanItem(
            exercise_id=dose.exercise_id,
            exercise_name=dose.exercise_name,
            sets=max(leg.sets for leg in dose.legs),
            reps_min=min(leg.reps_min for leg in dose.legs),
            reps_max=max(leg.reps_max for leg in dose.legs),
            tempo=dose.tempo,
            rest_between_sides_s=rest_between_sides_s,
            rest_between_sets_s=rest_between_sets_s,
            load_kg=min(leg.load_kg for leg in dose.legs),
            progression_level=min(leg.level for leg in dose.legs),
            side_order=SideOrder.WEAKER_FIRST,
            unilateral=dose.unilateral,
            legs=dose.legs,
            first=dose.first,
        )
        for dose in doses
    )
    return Plan(name=name, items=items)
