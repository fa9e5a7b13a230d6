"""Gather what a sheet needs from the library and the history, for the CLI and the app.

Everything goes through the services, so a sheet shows the same plan, athlete
and history as the app. `db` may be None everywhere: without a history file
the built-in plan still prints, with empty "last time" boxes.
"""

from datetime import date
from typing import TYPE_CHECKING

from app.domain.athletes import AthleteInfo
from app.domain.plan import Plan
from app.domain.records import SetEntry
from app.domain.units import Unit
from app.evidence import shipped_evidence
from app.services import athletes, body_mass, history, library, preferences
from app.services.database import NotFoundError
from app.sheets.layout import (
    PlanSheet,
    SummarySheet,
    build_plan_sheet,
    build_summary_sheet,
    local_day,
)

if TYPE_CHECKING:
    from app.services.database import Database


def plan_sheet(
    db: "Database | None",
    athlete: AthleteInfo | None,
    plan: Plan,
    *,
    day: date | None = None,
    unit: Unit = Unit.KG,
) -> PlanSheet:
    """The sheet for `plan`, with the athlete's last sets of each exercise when known.

    With no athlete (a history with nobody but the demo athlete, say) the
    Last time boxes stay blank and the sheet says so: the demo athlete is
    never anyone's stand-in, only printed for when asked for by name.
    """
    ids = [item.exercise_id for item in plan.items]
    last = history.last_time(db, athlete.id, ids) if db is not None and athlete is not None else {}
    return build_plan_sheet(
        plan,
        {e.id: e for e in library.exercises(db)},
        last,
        athlete=athlete.name if athlete else "",
        day=day,
        unit=unit,
        caution=shipped_evidence().caution_short,
        demo=athlete is not None and athlete.is_demo,
    )


def summary_sheet(
    db: "Database | None", session_id: int, *, unit: Unit = Unit.KG, line: float | None = None,
) -> SummarySheet:
    """The summary of a recorded session; `NotFoundError` if there is no such session.

    `line` is the symmetry line (%) the legs are flagged against; None takes the
    session's athlete's own (`symmetry_line_percent`, 90 unless they chose).
    """
    if db is None:
        raise NotFoundError(
            f"There is no training session with id {session_id}: no history has been recorded yet."
        )
    info = history.session(db, session_id)
    athlete = next((a for a in athletes.athletes(db) if a.id == info.athlete_id), None)
    sets = history.session_sets(db, session_id)
    earlier: dict[str, list[SetEntry]] = {
        exercise_id: history.sets_before(db, info.athlete_id, exercise_id, info.started_at)
        for exercise_id in dict.fromkeys(e.exercise_id for e in sets)
    }
    exercises = {e.id: e for e in library.exercises(db)}
    day = local_day(info.started_at)
    if line is None:
        line = preferences.preferences(db, info.athlete_id).symmetry_line_percent
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
        body_mass_kg=body_mass.body_mass_log(db, info.athlete_id).on(day),
        line=line,
    )
