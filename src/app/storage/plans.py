"""Saved training plans, per athlete, or shared by every athlete (`athlete_id=None`).

Also the JSON form of a plan that a training session keeps (`plan_data`), so
a session resumes with the plan it was started with.
"""

from typing import Any

from sqlalchemy import ColumnElement, delete, select
from sqlalchemy.orm import Session

from app.domain.plan import LegPrescription, Plan, PlanItem
from app.domain.side_order import SideOrder
from app.domain.sides import Side
from app.storage.database import Database
from app.storage.errors import NotFoundError
from app.storage.exercises import exercise_row_id
from app.storage.models import ExerciseRow, PlanItemRow, PlanRow, utc_now


def _owned_by(athlete_id: int | None) -> ColumnElement[bool]:
    # "= NULL" matches nothing in SQL, so shared plans need IS NULL.
    if athlete_id is None:
        return PlanRow.athlete_id.is_(None)
    return PlanRow.athlete_id == athlete_id


def _find(session: Session, athlete_id: int | None, name: str) -> PlanRow | None:
    return session.scalar(
        select(PlanRow).where(_owned_by(athlete_id), PlanRow.name == name.strip())
    )


def _item_row(session: Session, plan_id: int, position: int, item: PlanItem) -> PlanItemRow:
    return PlanItemRow(
        plan_id=plan_id,
        position=position,
        exercise_id=exercise_row_id(session, item.exercise_id),
        sets=item.sets,
        reps_min=item.reps_min,
        reps_max=item.reps_max,
        tempo=item.tempo,
        rest_between_sides_s=item.rest_between_sides_s,
        rest_between_sets_s=item.rest_between_sets_s,
        load_kg=float(item.load_kg),
        progression_level=item.progression_level,
        side_order=SideOrder(item.side_order).value,
    )


def _plan_item(row: PlanItemRow, exercise: ExerciseRow) -> PlanItem:
    # Name and laterality come from the exercise row, so renaming a custom
    # exercise shows up in every plan that uses it.
    return PlanItem(
        exercise_id=exercise.slug,
        exercise_name=exercise.name,
        sets=row.sets,
        reps_min=row.reps_min,
        reps_max=row.reps_max,
        tempo=row.tempo,
        rest_between_sides_s=row.rest_between_sides_s,
        rest_between_sets_s=row.rest_between_sets_s,
        load_kg=row.load_kg,
        progression_level=row.progression_level,
        side_order=SideOrder(row.side_order),
        unilateral=exercise.unilateral,
    )


def _item_data(item: PlanItem) -> dict[str, Any]:
    data: dict[str, Any] = {
        "exercise_id": item.exercise_id, "exercise_name": item.exercise_name,
        "sets": item.sets, "reps_min": item.reps_min, "reps_max": item.reps_max,
        "tempo": item.tempo, "rest_between_sides_s": item.rest_between_sides_s,
        "rest_between_sets_s": item.rest_between_sets_s, "load_kg": item.load_kg,
        "progression_level": item.progression_level,
        "side_order": SideOrder(item.side_order).value, "unilateral": item.unilateral,
    }
    # A block's per-leg doses (issue 20); plans without them keep the older shape.
    if item.legs:
        data["legs"] = [
            {"side": leg.side.value, "sets": leg.sets, "reps_min": leg.reps_min,
             "reps_max": leg.reps_max, "load_kg": leg.load_kg, "level": leg.level}
            for leg in item.legs
        ]
    if item.first is not None:
        data["first"] = item.first.value
    return data


def plan_data(plan: Plan) -> dict[str, Any]:
    """A plan as JSON-ready data (exercises by slug), for keeping with a session."""
    return {"name": plan.name, "items": [_item_data(item) for item in plan.items]}


def _item_from_data(data: dict[str, Any]) -> PlanItem:
    legs = tuple(LegPrescription(**{**leg, "side": Side(leg["side"])})
                 for leg in data.get("legs", ()))
    first = data.get("first")
    return PlanItem(**{**data, "side_order": SideOrder(data["side_order"]), "legs": legs,
                       "first": None if first is None else Side(first)})


def plan_from_data(data: dict[str, Any]) -> Plan:
    """The plan `plan_data` wrote; each value is checked again as the plan is rebuilt."""
    return Plan(name=data["name"], items=tuple(_item_from_data(i) for i in data["items"]))


def save_plan(db: Database, athlete_id: int | None, plan: Plan) -> int:
    """Store a plan under its name, replacing a plan of the same name; returns its id.

    An unknown exercise slug raises `ValidationError` and leaves any earlier
    plan of that name untouched.
    """
    with db.session() as session:
        row = _find(session, athlete_id, plan.name)
        if row is None:
            row = PlanRow(athlete_id=athlete_id, name=plan.name)
            session.add(row)
        else:
            # A bulk DELETE now, because the unit of work would insert the new
            # items before deleting the old ones and trip UNIQUE(plan_id, position).
            session.execute(delete(PlanItemRow).where(PlanItemRow.plan_id == row.id))
            row.updated_at = utc_now()
        row.builtin = plan.builtin
        session.flush()
        session.add_all(
            _item_row(session, row.id, position, item) for position, item in enumerate(plan.items)
        )
        return row.id


def list_plans(db: Database, athlete_id: int | None) -> list[str]:
    """The names of the athlete's plans (or the shared ones for None), alphabetically."""
    with db.session() as session:
        query = select(PlanRow.name).where(_owned_by(athlete_id)).order_by(PlanRow.name)
        return list(session.scalars(query))


def load_plan(db: Database, athlete_id: int | None, name: str) -> Plan:
    """The saved plan with this name; `NotFoundError` if there is none."""
    with db.session() as session:
        row = _find(session, athlete_id, name)
        if row is None:
            raise NotFoundError(f"There is no saved plan called {name.strip()!r}.")
        items = session.execute(
            select(PlanItemRow, ExerciseRow)
            .join(ExerciseRow, PlanItemRow.exercise_id == ExerciseRow.id)
            .where(PlanItemRow.plan_id == row.id)
            .order_by(PlanItemRow.position)
        )
        return Plan(
            name=row.name,
            items=tuple(_plan_item(item, exercise) for item, exercise in items),
            builtin=row.builtin,
        )


def delete_plan(db: Database, athlete_id: int | None, name: str) -> None:
    """Remove a saved plan and its items; `NotFoundError` if there is none."""
    with db.session() as session:
        row = _find(session, athlete_id, name)
        if row is None:
            raise NotFoundError(f"There is no saved plan called {name.strip()!r}.")
        session.delete(row)
