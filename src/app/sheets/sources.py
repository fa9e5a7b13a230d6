"""Gather what a sheet needs from the library and the database, for the CLI and the app.

`db` may be None everywhere: without a history file the built-in plan still
prints, with empty "last time" boxes.
"""

from collections.abc import Iterable
from datetime import date

from app.domain.body_mass import BodyMassLog
from app.domain.exercise import Exercise
from app.domain.metrics import LSI_THRESHOLD
from app.domain.plan import BUILTIN_PLAN_NAME, Plan, builtin_plan
from app.domain.records import SetEntry
from app.domain.units import Unit
from app.evidence import shipped_evidence
from app.library import builtin_exercises
from app.sheets.layout import (
    PlanSheet,
    SummarySheet,
    build_plan_sheet,
    build_summary_sheet,
    local_day,
)
from app.storage.athletes import AthleteInfo, get_athlete_by_name, list_athletes
from app.storage.body_mass import body_mass_entries
from app.storage.database import Database
from app.storage.errors import NotFoundError
from app.storage.exercises import list_custom_exercises
from app.storage.last_time import last_sets
from app.storage.plans import list_plans, load_plan
from app.storage.sessions import get_session, sets_for, sets_for_session


def library(db: Database | None) -> list[Exercise]:
    """Built-in exercises, then the user's own when there is a database."""
    return [*builtin_exercises(), *(list_custom_exercises(db) if db else ())]


def find_athlete(db: Database | None, name: str | None) -> AthleteInfo | None:
    """The athlete called `name`, or without a name the home athlete (None if there is none).

    An unknown name raises `NotFoundError` naming the athletes there are.
    """
    athletes = list_athletes(db) if db else []
    if name is None:
        return next((a for a in athletes if not a.is_demo), athletes[0] if athletes else None)
    found = get_athlete_by_name(db, name) if db else None
    if found is None:
        known = ", ".join(a.name for a in athletes) or "none yet"
        raise NotFoundError(f"There is no athlete called {name.strip()!r} (athletes: {known}).")
    return found


def plan_names(db: Database | None, athlete: AthleteInfo | None) -> list[str]:
    """The built-in plan, then the athlete's saved plans, then the shared ones (no repeats)."""
    names = [BUILTIN_PLAN_NAME]
    if db is not None:
        owners: Iterable[int | None] = (athlete.id, None) if athlete else (None,)
        for owner in owners:
            names.extend(n for n in list_plans(db, owner) if n not in names)
    return names


def find_plan(db: Database | None, athlete: AthleteInfo | None, name: str) -> Plan:
    """The plan called `name`: the athlete's own, a shared one, or the built-in one.

A saved plan wins over the built-in plan of the same name (the user's edit).

    Raises `NotFoundError` listing the plans there are.
    """
    wanted = name.strip()
    if db is not None:
        for owner in ((athlete.id, None) if athlete else (None,)):
            try:
                return load_plan(db, owner, wanted)
            except NotFoundError:
                continue
    if wanted.casefold() == BUILTIN_PLAN_NAME.casefold():
        return builtin_plan(builtin_exercises())
    known = "; ".join(plan_names(db, athlete))
    raise NotFoundError(f"There is no plan called {wanted!r}. Plans: {known}.")


def plan_sheet(
    db: Database | None,
    athlete: AthleteInfo | None,
    plan: Plan,
    *,
    day: date | None = None,
    unit: Unit = Unit.KG,
) -> PlanSheet:
    """The sheet for `plan`, with the athlete's last sets of each exercise when known."""
    ids = [item.exercise_id for item in plan.items]
    last = last_sets(db, athlete.id, ids) if db is not None and athlete is not None else {}
    return build_plan_sheet(
        plan,
        {e.id: e for e in library(db)},
        last,
        athlete=athlete.name if athlete else "",
        day=day,
        unit=unit,
        caution=shipped_evidence().caution_short,
    )


def summary_sheet(
    db: Database | None, session_id: int, *, unit: Unit = Unit.KG,
    line: float = LSI_THRESHOLD,
) -> SummarySheet:
    """The summary of a recorded session; `NotFoundError` if there is no such session.

    `line` is the symmetry line (%) the legs are flagged against.
    """
    if db is None:
        raise NotFoundError(
            f"There is no training session with id {session_id}: no history has been recorded yet."
        )
    info = get_session(db, session_id)
    athlete = next((a for a in list_athletes(db) if a.id == info.athlete_id), None)
    sets = sets_for_session(db, session_id)
    earlier: dict[str, list[SetEntry]] = {
        exercise_id: sets_for(db, info.athlete_id, exercise_id, None, info.started_at)
        for exercise_id in dict.fromkeys(e.exercise_id for e in sets)
    }
    exercises = {e.id: e for e in library(db)}
    day = local_day(info.started_at)
    return build_summary_sheet(
        plan_name=info.plan_name,
        athlete=athlete.name if athlete else "",
        day=day,
        status=info.status.value.replace("_", " "),
        notes=info.notes,
        sets=sets,
        earlier=earlier,
        exercise_names={e.id: e.name for e in exercises.values()},
        unit=unit,
        exercises=exercises,
        body_mass_kg=BodyMassLog(body_mass_entries(db, info.athlete_id)).on(day),
        line=line,
    )
