"""Double progression, leg by leg: what each leg does next session on one exercise.

One implementation for the advice cards, the sheets and the programme block:
`advise` judges the latest session of an exercise (and, where a rung asks for
"two sessions in a row", the session before) against the current rung's target
and returns an `Advice`: a kind, the reasons as values, and a `LegStep` per leg
(rung, load, sets, reps to aim for, which leg first). Text is made from it in
one place (`app.domain.advice_text`, translated in the UI).

The rules, in order (docs/metrics.md gives each a worked example):

1. Each set is judged against the rung's target (`judge_set`): it *meets* it
   with at least the target reps, reps to spare (RPE 8 or easier, or without
   RPE 2 or more reps in reserve) and both form answers "yes". A set short of
   reps, too hard or with a form "no" *misses*; a set with no effort rating or
   an unanswered form check is *not judged*.
2. A leg's sets at its working load (its heaviest) are counted (`leg_status`):
   the rung's target is met when at least `target.sets` sets met it; the leg
   is *behind* when, even counting its unjudged sets as met, it falls short;
   otherwise it is *not judged*. Not judged is never behind.
3. A target of "two sessions in a row" also needs the previous session at the
   same rung and load to have met it; met once, the leg repeats (REPEAT).
4. A leg that met its target moves on: to the next rung when the rung is a
   bodyweight rung done at bodyweight, or a loaded rung at or above its
   `move_up_at_kg` (the next rung starts at its `start_load_kg`); otherwise it
   adds load (+2 kg below 20 kg, +2.5 kg from 20 kg, +5 lb). Reps restart at
   the bottom of the range. A leg that did not meet it keeps rung and load.
5. The legs are compared (`metrics.compare_legs`): the weaker leg is the one
   behind while the other met its target, or the one below the symmetry line
   on per-set values over the sets both legs did (load carried with the body
   mass, reps at the same load without it), or, at different loads without a
   body mass, the one that did no more reps at a lighter load. It goes first
   next time with one extra set (BALANCE).
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from app.domain.body_mass import body_mass_carry_kg
from app.domain.errors import ValidationError
from app.domain.exercise import Exercise, Implement, RungTarget
from app.domain.metrics import LSI_THRESHOLD, Measure, compare_legs, load_key
from app.domain.records import SetEntry
from app.domain.sides import Side
from app.domain.units import Unit, display_value, to_kg

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
MAX_SESSIONS_IN_A_ROW = 2
"""The longest "in N sessions in a row" a rung may ask for: advice sees the last two sessions."""


class SetVerdict(StrEnum):
    """One set judged against the rung's target."""

    MET = "met"
    SHORT = "short"
    TOO_HARD = "too_hard"
    FORM_FAULT = "form_fault"
    NO_EFFORT = "no_effort"
    NO_FORM = "no_form"

    @property
    def judged(self) -> bool:
        """False for sets that could not be judged (effort or form not logged)."""
        return self not in (SetVerdict.NO_EFFORT, SetVerdict.NO_FORM)


class LegStatus(StrEnum):
    """A leg's session against the rung's target."""

    MET = "met"
    BEHIND = "behind"
    NOT_JUDGED = "not_judged"


class Change(StrEnum):
    """What changes for a leg next session."""

    LEVEL_UP = "level_up"
    ADD_LOAD = "add_load"
    REPEAT = "repeat"
    SAME = "same"


class AdviceKind(StrEnum):
    """The kind of next step the advice recommends, for both legs together."""

    NO_DATA = "no_data"
    LEVEL_UP = "level_up"
    ADD_LOAD = "add_load"
    REPEAT = "repeat"
    BALANCE = "balance"
    STAY = "stay"
    PER_LEG = "per_leg"


class ReasonKind(StrEnum):
    """Why the advice is what it is; each kind says which `Reason` fields it fills."""

    ONE_LEG_ONLY = "one_leg_only"  # side: the one leg logged
    TARGET_MET = "target_met"  # side, count (sets), reps
    TARGET_MET_ONCE = "target_met_once"  # side, count (sessions in a row needed)
    LOAD_FOR_NEXT_RUNG = "load_for_next_rung"  # side, load_kg (the rung's move-up load)
    SETS_SHORT = "sets_short"  # side, count (sets that reached the reps), of (sets needed), reps
    TOO_HARD = "too_hard"  # side, count (sets)
    FORM_FAULT = "form_fault"  # side, count (sets)
    NO_EFFORT = "no_effort"  # side, count (sets not judged)
    NO_FORM = "no_form"  # side, count (sets not judged)
    WEAKER_MISSED_TARGET = "weaker_missed_target"  # side (weaker)
    WEAKER_BELOW_LINE = "weaker_below_line"  # side, percent, measure, line
    WEAKER_LIGHTER_LOAD = "weaker_lighter_load"  # side (weaker)


@dataclass(frozen=True)
class Reason:
    """One reason behind the advice, as values; `side` None means both legs (or a two-leg set)."""

    kind: ReasonKind
    side: Side | None = None
    count: int | None = None
    of: int | None = None
    reps: int | None = None
    load_kg: float | None = None
    percent: float | None = None
    measure: Measure | None = None
    line: float | None = None


@dataclass(frozen=True)
class LegStep:
    """What one leg (or a two-leg exercise, side BOTH) does next session.

    `level` is the 0-based rung, `load_kg` the external load, `sets` the sets
    for this leg, `reps` the reps to aim for on each; `first` and `extra_set`
    are set for the weaker leg.
    """

    side: Side
    status: LegStatus
    change: Change
    level: int
    load_kg: float
    sets: int
    reps: int
    first: bool = False
    extra_set: bool = False


@dataclass(frozen=True)
class Advice:
    """What to do next time on one exercise: a kind, its reasons, and each leg's step."""

    kind: AdviceKind
    steps: tuple[LegStep, ...] = ()
    reasons: tuple[Reason, ...] = ()
    weaker: Side | None = None

    def step(self, side: Side) -> LegStep | None:
        """The step of one leg (BOTH for a two-leg exercise), if there is one."""
        return next((s for s in self.steps if s.side is side), None)

    @property
    def next_level(self) -> int | None:
        """The rung every leg moves to, when they all move up to the same one."""
        levels = {s.level for s in self.steps if s.change is Change.LEVEL_UP}
        if self.kind is AdviceKind.LEVEL_UP and len(levels) == 1:
            return levels.pop()
        return None

    @property
    def next_load_kg(self) -> float | None:
        """The new load every leg uses, when they all change to the same one."""
        if self.kind not in (AdviceKind.ADD_LOAD, AdviceKind.LEVEL_UP):
            return None
        loads = {load_key(s.load_kg) for s in self.steps}
        return self.steps[0].load_kg if len(loads) == 1 else None


def _reps_to_spare(entry: SetEntry) -> bool | None:
    """Whether the set left reps in the tank; None when no effort was logged."""
    if entry.rpe is not None:
        return entry.rpe <= RPE_MAX
    if entry.rir is not None:
        return entry.rir >= RIR_MIN
    return None


def judge_set(entry: SetEntry, target_reps: int) -> SetVerdict:
    """One set against a rung's reps: met, missed (and why), or not judged (and why).

    Reps are always known, so a set short of reps misses whatever else was
    logged. A known miss (too hard, a form "no") comes before an unknown.
    """
    if entry.reps < target_reps:
        return SetVerdict.SHORT
    spare, form = _reps_to_spare(entry), entry.form_ok
    if spare is False:
        return SetVerdict.TOO_HARD
    if form is False:
        return SetVerdict.FORM_FAULT
    if spare is None:
        return SetVerdict.NO_EFFORT
    if form is None:
        return SetVerdict.NO_FORM
    return SetVerdict.MET


def set_meets_target(entry: SetEntry, reps: int) -> bool:
    """Whether one set reached `reps` with reps to spare and both form answers "yes"."""
    return judge_set(entry, reps) is SetVerdict.MET


def working_sets(entries: Sequence[SetEntry]) -> list[SetEntry]:
    """One leg's sets at its working load (its heaviest), the sets its target counts."""
    if not entries:
        return []
    top = max(load_key(e.load_kg) for e in entries)
    return [e for e in entries if load_key(e.load_kg) == top]


def leg_status(entries: Sequence[SetEntry], target: RungTarget) -> LegStatus:
    """One leg's session against a target, counting its sets at the working load.

    Worked example: target 3 × 12; sets 12, 12, 11 reps (RPE 7, form yes) →
    2 met, 1 short → BEHIND. Sets 12, 12, 12 with no RPE on the last → 2 met,
    1 not judged → NOT_JUDGED (could still be met). Only 2 sets of 12 → BEHIND.
    """
    verdicts = [judge_set(e, target.reps) for e in working_sets(entries)]
    met = sum(v is SetVerdict.MET for v in verdicts)
    unknown = sum(not v.judged for v in verdicts)
    if met >= target.sets:
        return LegStatus.MET
    if met + unknown >= target.sets:
        return LegStatus.NOT_JUDGED
    return LegStatus.BEHIND


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


@dataclass(frozen=True)
class _Leg:
    side: Side
    entries: list[SetEntry]
    status: LegStatus
    confirmed: bool
    load_kg: float


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
    if exercise.target(level).sessions > MAX_SESSIONS_IN_A_ROW:
        raise ValidationError(
            f"{exercise.name}: a rung may ask for at most {MAX_SESSIONS_IN_A_ROW} sessions "
            "in a row."
        )


def _by_leg(entries: Sequence[SetEntry], unilateral: bool) -> dict[Side, list[SetEntry]]:
    legs: dict[Side, list[SetEntry]] = {}
    # A one-leg exercise logged only as two-leg sets has no legs to compare; judge it whole.
    if unilateral and any(e.side is not Side.BOTH for e in entries):
        for entry in entries:
            if entry.side is not Side.BOTH:
                legs.setdefault(entry.side, []).append(entry)
        return dict(sorted(legs.items(), key=lambda kv: kv[0] is Side.RIGHT))
    return {Side.BOTH: list(entries)}


def _judge_leg(
    side: Side, entries: list[SetEntry], previous: Sequence[SetEntry], target: RungTarget,
    level: int,
) -> _Leg:
    status = leg_status(entries, target)
    load = max(e.load_kg for e in entries)
    confirmed = target.sessions == 1
    if status is LegStatus.MET and not confirmed:
        before = [e for e in previous
                  if (e.side is side or side is Side.BOTH) and e.progression_level == level]
        confirmed = bool(before) and leg_status(before, target) is LegStatus.MET and \
            load_key(max(e.load_kg for e in before)) == load_key(load)
    return _Leg(side, entries, status, confirmed, load)


def _step(leg: _Leg, exercise: Exercise, level: int, unit: Unit) -> LegStep:
    target = exercise.target(level)
    if leg.status is not LegStatus.MET:
        return LegStep(leg.side, leg.status, Change.SAME, level, leg.load_kg, target.sets,
                       target.reps)
    if not leg.confirmed:
        return LegStep(leg.side, leg.status, Change.REPEAT, level, leg.load_kg, target.sets,
                       target.reps)
    ladder = exercise.progressions
    if level + 1 < len(ladder):
        rung, upcoming = ladder[level], ladder[level + 1]
        if rung.implement is Implement.BODYWEIGHT:
            climbs = leg.load_kg == 0
        else:
            climbs = rung.move_up_at_kg is None or \
                load_key(leg.load_kg) >= load_key(rung.move_up_at_kg)
        if climbs:
            if upcoming.start_load_kg is not None:
                load = upcoming.start_load_kg
            else:
                load = 0.0 if upcoming.implement is Implement.BODYWEIGHT else leg.load_kg
            return LegStep(leg.side, leg.status, Change.LEVEL_UP, level + 1, load,
                           exercise.target(level + 1).sets, exercise.reps_min)
    return LegStep(leg.side, leg.status, Change.ADD_LOAD, level,
                   next_load_kg(leg.load_kg, unit), target.sets, exercise.reps_min)


_FAIL_REASONS = {
    SetVerdict.TOO_HARD: ReasonKind.TOO_HARD,
    SetVerdict.FORM_FAULT: ReasonKind.FORM_FAULT,
    SetVerdict.NO_EFFORT: ReasonKind.NO_EFFORT,
    SetVerdict.NO_FORM: ReasonKind.NO_FORM,
}


def _leg_reasons(leg: _Leg, step: LegStep, exercise: Exercise, level: int) -> list[Reason]:
    target = exercise.target(level)
    side = leg.side if leg.side is not Side.BOTH else None
    if step.change is Change.REPEAT:
        return [Reason(ReasonKind.TARGET_MET_ONCE, side, count=target.sessions)]
    if leg.status is LegStatus.MET:
        reasons = [Reason(ReasonKind.TARGET_MET, side, count=target.sets, reps=target.reps)]
        rung = exercise.progressions[level] if exercise.progressions else None
        if step.change is Change.ADD_LOAD and rung is not None and \
                rung.move_up_at_kg is not None and level + 1 < len(exercise.progressions):
            reasons.append(Reason(ReasonKind.LOAD_FOR_NEXT_RUNG, side, load_kg=rung.move_up_at_kg))
        return reasons
    counted = working_sets(leg.entries)
    verdicts = [judge_set(e, target.reps) for e in counted]
    reached = sum(e.reps >= target.reps for e in counted)
    reasons = []
    if reached < target.sets:
        reasons.append(Reason(ReasonKind.SETS_SHORT, side, count=reached, of=target.sets,
                              reps=target.reps))
    for verdict, kind in _FAIL_REASONS.items():
        count = verdicts.count(verdict)
        if count:
            reasons.append(Reason(kind, side, count=count))
    return reasons


def _merge_sides(reasons: Iterable[Reason]) -> tuple[Reason, ...]:
    """One reason for both legs where the left and right say exactly the same."""
    reasons = list(reasons)
    merged: list[Reason] = []
    for reason in reasons:
        if reason.side is Side.RIGHT and replace(reason, side=Side.LEFT) in reasons:
            continue
        if reason.side is Side.LEFT and replace(reason, side=Side.RIGHT) in reasons:
            merged.append(replace(reason, side=None))
        else:
            merged.append(reason)
    return tuple(merged)


def _weaker(
    legs: dict[Side, _Leg], carry_kg: float | None, line: float
) -> tuple[Side | None, Reason | None]:
    left, right = legs[Side.LEFT], legs[Side.RIGHT]
    statuses = {left.status, right.status}
    if statuses == {LegStatus.MET, LegStatus.BEHIND}:
        behind = Side.LEFT if left.status is LegStatus.BEHIND else Side.RIGHT
        return behind, Reason(ReasonKind.WEAKER_MISSED_TARGET, behind)
    compared = compare_legs(left.entries, right.entries, carry_kg)
    if compared.weaker is None:
        return None, None
    if compared.lsi is None:
        return compared.weaker, Reason(ReasonKind.WEAKER_LIGHTER_LOAD, compared.weaker)
    if compared.lsi < line:
        return compared.weaker, Reason(ReasonKind.WEAKER_BELOW_LINE, compared.weaker,
                                       percent=compared.lsi, measure=compared.measure,
                                       line=line)
    return None, None


_KINDS = {
    Change.LEVEL_UP: AdviceKind.LEVEL_UP,
    Change.ADD_LOAD: AdviceKind.ADD_LOAD,
    Change.REPEAT: AdviceKind.REPEAT,
    Change.SAME: AdviceKind.STAY,
}


def advise(
    entries: Iterable[SetEntry],
    exercise: Exercise,
    level: int,
    unit: Unit,
    *,
    previous: Iterable[SetEntry] = (),
    body_mass_kg: float | None = None,
    line: float = LSI_THRESHOLD,
) -> Advice:
    """Advice for the next session of `exercise` from its latest session's sets.

    `level` is the current rung as a 0-based index into `exercise.progressions`
    (0 when the exercise has no ladder); `unit` is the athlete's display unit;
    `previous` holds the sets of the session before (for "two sessions in a
    row"); `body_mass_kg` the athlete's body mass on the session's day, if
    known; `line` the symmetry line in %. Raises ValidationError when a set
    belongs to another exercise or `level` is not a rung of the ladder.
    """
    entries = list(entries)
    _check_inputs(entries, exercise, level)
    if not entries:
        return Advice(AdviceKind.NO_DATA)
    target = exercise.target(level)
    previous = list(previous)
    legs = {
        side: _judge_leg(side, sets, previous, target, level)
        for side, sets in _by_leg(entries, exercise.unilateral).items()
    }
    if exercise.unilateral and Side.BOTH not in legs and len(legs) == 1:
        (only,) = legs.values()
        same = tuple(
            LegStep(side, only.status if side is only.side else LegStatus.NOT_JUDGED,
                    Change.SAME, level, only.load_kg, target.sets, target.reps)
            for side in (Side.LEFT, Side.RIGHT)
        )
        return Advice(AdviceKind.STAY, same, (Reason(ReasonKind.ONE_LEG_ONLY, only.side),))

    steps = {side: _step(leg, exercise, level, unit) for side, leg in legs.items()}
    reasons = [r for side, leg in legs.items()
               for r in _leg_reasons(leg, steps[side], exercise, level)]
    weaker, why = (None, None) if Side.BOTH in legs else _weaker(
        legs, body_mass_carry_kg(exercise, body_mass_kg), line)
    if weaker is not None and why is not None:
        extra = steps[weaker]
        steps[weaker] = replace(extra, first=True, extra_set=True, sets=extra.sets + 1)
        return Advice(AdviceKind.BALANCE, tuple(steps.values()),
                      (why, *_merge_sides(reasons)), weaker)
    changes = {step.change for step in steps.values()}
    kind = _KINDS[changes.pop()] if len(changes) == 1 else AdviceKind.PER_LEG
    return Advice(kind, tuple(steps.values()), _merge_sides(reasons))
