"""What the session start page tells a runner before they pick a plan.

This week's sessions against the 2–3 target (`app.domain.adherence`), when the
last session was and how even the legs were in it, and for today's plan what
each exercise's load or level should be. The figures are the Progress cards'
own (`app.services.progress.ProgressSource`), so the advice is the one
`app.domain.progression.advise` gives there and on the printed summary: this
module adds no rule, it only gathers.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING

from app.domain.adherence import WeekCount, monday_of, week_status
from app.domain.body_mass import body_mass_carry_kg
from app.domain.errors import LegworkError
from app.domain.exercise import Exercise
from app.domain.metrics import Measure, SymmetryResult, symmetry
from app.domain.plan import Plan, PlanItem
from app.domain.records import SessionInfo, SessionStatus, SetEntry
from app.domain.sides import Side
from app.domain.units import Unit
from app.services import plans

if TYPE_CHECKING:
    from app.services.progress import ExerciseCard
    from app.storage.database import Database

SYMMETRY_MEASURE = Measure.VOLUME
"""The legs of the last session are compared as its printed summary compares them: volume
of the load each leg carried, or reps at the same load while the body mass is unknown."""


@dataclass(frozen=True)
class PlannedExercise:
    """One exercise of today's plan: the plan's dose and, once logged, its Progress card."""

    item: PlanItem
    exercise: Exercise | None
    card: "ExerciseCard | None"


@dataclass(frozen=True)
class ExerciseSymmetry:
    """How even the legs were on one exercise of a session."""

    exercise_id: str
    name: str
    result: SymmetryResult


@dataclass(frozen=True)
class LastSession:
    """The latest session done, and each exercise's symmetry in it (where both legs trained)."""

    info: SessionInfo
    side_sets: int
    symmetry: tuple[ExerciseSymmetry, ...]
    """Each one-leg exercise of that session, in the order done."""

    def of(self, exercise_id: str) -> SymmetryResult | None:
        """The symmetry of one exercise in this session, if it was trained."""
        return next((s.result for s in self.symmetry if s.exercise_id == exercise_id), None)

    def compared(self) -> list[ExerciseSymmetry]:
        """The exercises whose legs could be compared, lowest symmetry first."""
        found = [s for s in self.symmetry if s.result.lsi is not None]
        return sorted(found, key=lambda s: s.result.lsi or 0.0)

    def below_line(self) -> list[ExerciseSymmetry]:
        """The exercises whose symmetry fell below the line, lowest first."""
        return [s for s in self.compared() if s.result.flagged]


@dataclass(frozen=True)
class StartSummary:
    """Everything the start page shows about the athlete's training, at one moment."""

    week: WeekCount
    last: LastSession | None
    plan: Plan
    exercises: tuple[PlannedExercise, ...]
    line: float


def todays_plan(db: "Database", athlete_id: int, queued: Plan | None) -> Plan:
    """The plan a runner most likely trains today.

    The exercises they just queued from the Library, else the plan of their
    latest session if it still exists, else Legwork's built-in plan.
    """
    if queued is not None:
        return queued
    from app.storage.sessions import sessions_for

    for info in sessions_for(db, athlete_id, limit=1):
        try:
            return plans.find_plan(db, athlete_id, info.plan_name)
        except LegworkError:
            break
    return plans.builtin()


def start_summary(
    db: "Database", athlete_id: int, *, plan: Plan, exercises: Sequence[Exercise],
    unit: Unit, line: float, now: datetime, tz: tzinfo | None = None,
) -> StartSummary:
    """The week, the last session and today's advice for `plan`, as of `now` (aware).

    `exercises` is the library the advice and the symmetry are looked up in;
    `unit` the athlete's (load steps are whole steps in it), `line` their
    symmetry line in %; `tz` places weeks on the athlete's calendar (None:
    this computer's).
    """
    from app.services.progress import ProgressSource
    from app.storage.progress_queries import session_starts
    from app.storage.sessions import sessions_for, sets_for_session

    today = now.astimezone(tz).date()
    monday = datetime.combine(monday_of(today), time(0), tzinfo=now.astimezone(tz).tzinfo)
    done = len(session_starts(db, athlete_id, monday, monday + timedelta(weeks=1)))
    week = WeekCount(monday.date(), done, week_status(done))

    source = ProgressSource(db, athlete_id)
    cards = {card.exercise.id: card
             for card in source.cards(exercises, SYMMETRY_MEASURE, unit, line)}
    by_id = {e.id: e for e in exercises}
    planned = tuple(PlannedExercise(item, by_id.get(item.exercise_id),
                                    cards.get(item.exercise_id)) for item in plan.items)

    last = None
    for info in sessions_for(db, athlete_id, limit=8):
        entries = sets_for_session(db, info.id)
        if info.status is not SessionStatus.IN_PROGRESS and entries:
            mass = source.body_mass.on(info.started_at.astimezone(tz).date())
            last = LastSession(info, len(entries), _symmetry(entries, by_id, mass, line))
            break
    return StartSummary(week, last, plan, planned, line)


def _symmetry(
    entries: Sequence[SetEntry], library: Mapping[str, Exercise], body_mass_kg: float | None,
    line: float,
) -> tuple[ExerciseSymmetry, ...]:
    """Each one-leg exercise's symmetry, as the session's printed summary states it."""
    groups: dict[str, list[SetEntry]] = {}
    for entry in entries:
        if entry.side is not Side.BOTH:
            groups.setdefault(entry.exercise_id, []).append(entry)
    results = []
    for exercise_id, sets in groups.items():
        exercise = library.get(exercise_id)
        carry = body_mass_carry_kg(exercise, body_mass_kg) if exercise is not None else 0.0
        results.append(ExerciseSymmetry(
            exercise_id, exercise.name if exercise is not None else exercise_id,
            symmetry(sets, SYMMETRY_MEASURE, carry_kg=carry, line=line)))
    return tuple(results)
