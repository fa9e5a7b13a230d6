"""Twelve weeks of believable training history, so a new user sees the charts at once.

The made-up athlete trains two or three times a week and weighs `DEMO_BODY_MASS_KG`.
Their left leg starts at about 80 % of the right and catches up to about 97 %.
Every exercise starts on a bodyweight rung of its ladder and is done for the
rung's target number of sets per leg; the next session's rung and load follow
`app.domain.progression.advise`, exactly as the app would advise a real athlete
(the weaker leg's extra set is left out, so the per-session totals compare).
The same seed and end date always give the same history.
"""

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from app.domain.errors import ValidationError
from app.domain.exercise import Exercise, Implement
from app.domain.progression import AdviceKind, advise
from app.domain.records import SetEntry
from app.domain.sides import Side
from app.domain.units import Unit

# The athlete demo data goes to unless told otherwise; never a real athlete.
DEMO_ATHLETE_NAME = "Demo runner"

DEMO_WEEKS = 12
DEMO_BODY_MASS_KG = 68.0
DEMO_PLAN_NAME = "Demo: runner's single-leg session"
LEFT_START = 0.80
LEFT_END = 0.97
"""The left leg's share of the right leg's capacity at the start and at the end."""

# Reps the right leg could do at a fresh level or load, and how fast that grows.
_START_CAPACITY = 9.5
_GAIN_PER_SESSION = 0.35
# A harder rung or a heavier load costs about this many reps at first.
_STEP_COST = 4.0
_SET_GAP = timedelta(minutes=2)
# Session days in a week (Monday = 0): a two-day and a three-day pattern.
_WEEK_PATTERNS = ((0, 3), (0, 2, 5), (1, 4), (1, 3, 6))


@dataclass(frozen=True)
class DemoSession:
    """One made-up session: when it started and its sets, in the order they were done."""

    started_at: datetime
    entries: tuple[SetEntry, ...]


@dataclass
class _Track:
    """Where one exercise stands for the made-up athlete."""

    exercise: Exercise
    level: int
    load_kg: float
    capacity: float
    last: list[SetEntry]
    before: list[SetEntry]


def _left_share(progress: float) -> float:
    return LEFT_START + (LEFT_END - LEFT_START) * progress


def _effort(capacity: float, reps: int) -> float:
    # RPE to the half point from reps left in the tank: one spare → 8, none → 10.
    spare = max(0.0, capacity - reps)
    return max(6.0, 10.0 - round(spare * 4) / 2)


def _leg_sets(
    track: _Track, side: Side, capacity: float, start: datetime, first_set: int,
    rng: random.Random,
) -> list[SetEntry]:
    exercise = track.exercise
    target = exercise.target(track.level)
    entries = []
    for n in range(target.sets):
        # Later sets lose a little to fatigue; a small wobble keeps the lines human.
        today = capacity - 0.6 * n + rng.uniform(-0.4, 0.4)
        reps = max(1, min(target.reps, math.floor(today)))
        entries.append(SetEntry(
            exercise_id=exercise.id,
            side=side,
            set_number=n + 1,
            reps=reps,
            load_kg=track.load_kg,
            tempo=exercise.tempo,
            recorded_at=start + _SET_GAP * (first_set + 2 * n),
            rpe=_effort(today, reps),
            progression_level=track.level,
            form_knee=True,
            form_hips=True,
        ))
    return entries


def _advance(track: _Track) -> None:
    advice = advise(track.last, track.exercise, track.level, Unit.KG, previous=track.before,
                    body_mass_kg=DEMO_BODY_MASS_KG)
    # One rung and load for both legs: the demo moves on only when both legs do. It
    # starts with the weaker leg but skips the extra set, which would make that leg's
    # per-session totals on the charts look larger than the stronger leg's.
    if advice.kind is AdviceKind.LEVEL_UP and advice.next_level is not None:
        track.level = advice.next_level
        track.load_kg = advice.steps[0].load_kg
        track.capacity -= _STEP_COST
    elif advice.kind is AdviceKind.ADD_LOAD and advice.next_load_kg is not None:
        track.load_kg = advice.next_load_kg
        track.capacity -= _STEP_COST


def _last_bodyweight_rung(exercise: Exercise) -> int:
    """The highest rung done without a weight: where a trained runner might start."""
    rungs = [i for i, rung in enumerate(exercise.progressions)
             if rung.implement is Implement.BODYWEIGHT]
    return rungs[-1] if rungs else 0


def session_days(end: datetime, rng: random.Random, weeks: int = DEMO_WEEKS) -> list[datetime]:
    """Two or three training days a week for `weeks` weeks, the last one before `end`."""
    first_monday = (end - timedelta(weeks=weeks)).replace(hour=17, minute=30, second=0,
                                                         microsecond=0)
    first_monday -= timedelta(days=first_monday.weekday())
    days = []
    for week in range(weeks + 1):
        pattern = rng.choice(_WEEK_PATTERNS)
        for weekday in pattern:
            moment = first_monday + timedelta(weeks=week, days=weekday,
                                              minutes=rng.randint(-40, 40))
            if end - timedelta(weeks=weeks) <= moment < end:
                days.append(moment)
    return days


def demo_history(
    exercises: Sequence[Exercise], end: datetime, seed: int = 2024
) -> list[DemoSession]:
    """Sessions over the `DEMO_WEEKS` weeks before `end` (an aware datetime), oldest first.

    Each session trains every one-leg exercise in `exercises`, the weaker left
    leg first as the app advises, `sets_min` sets per leg. Raises
    ValidationError for a naive `end` or when no exercise is one-leg.
    """
    if end.tzinfo is None:
        raise ValidationError("The demo history needs an end time with a time zone.")
    tracks = [
        _Track(e, level=_last_bodyweight_rung(e), load_kg=0.0, capacity=_START_CAPACITY,
               last=[], before=[])
        for e in exercises if e.unilateral
    ]
    if not tracks:
        raise ValidationError("The demo history needs at least one one-leg exercise.")
    rng = random.Random(seed)
    days = session_days(end, rng)
    sessions = []
    for index, start in enumerate(days):
        share = _left_share(index / max(1, len(days) - 1))
        entries: list[SetEntry] = []
        for track in tracks:
            if track.last:
                _advance(track)
            first = len(entries)
            left = _leg_sets(track, Side.LEFT, track.capacity * share, start, first, rng)
            right = _leg_sets(track, Side.RIGHT, track.capacity, start, first + 1, rng)
            track.before, track.last = track.last, left + right
            entries.extend(sorted(track.last, key=lambda e: e.recorded_at))
            track.capacity += _GAIN_PER_SESSION
        sessions.append(DemoSession(start, tuple(entries)))
    return sessions
