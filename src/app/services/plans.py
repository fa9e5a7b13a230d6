"""Plans: the one lookup by name for the app, the sheets and the command line.

The built-in plan's name is reserved: `find_plan` always returns the built-in
plan for it, and no plan of the athlete's may be saved under it (nor under the
name of the plan queued from the Library, which is made afresh from the queue
and kept with its session, never stored as the athlete's own).
"""

from typing import TYPE_CHECKING

from app.domain.errors import LegworkError
from app.domain.plan import (
    BUILTIN_PLAN_NAME,
    QUEUE_PLAN_NAME,
    Plan,
    builtin_plan,
    check_own_plan_name,
)
from app.library import builtin_exercises
from app.services.changes import Changes, Outcome
from app.storage.errors import NotFoundError

if TYPE_CHECKING:
    from app.storage.database import Database


def builtin() -> Plan:
    """The plan that ships with the app: every built-in exercise, in programme order."""
    return builtin_plan(builtin_exercises())


def _owners(athlete_id: int | None) -> tuple[int | None, ...]:
    # The athlete's own plans first, then the ones shared by every athlete.
    return (athlete_id, None) if athlete_id is not None else (None,)


def _stored_names(db: "Database", owner: int | None) -> list[str]:
    from app.storage.plans import list_plans

    # Before 0004 the Library queue was stored as a plan; such rows are not plans to offer.
    return [n for n in list_plans(db, owner) if n.casefold() != QUEUE_PLAN_NAME.casefold()]


def saved_plans(db: "Database", athlete_id: int) -> list[Plan]:
    """The athlete's own plans, alphabetically; one that no longer loads is left out."""
    from app.storage.plans import load_plan

    plans = []
    for name in _stored_names(db, athlete_id):
        try:
            plans.append(load_plan(db, athlete_id, name))
        except LegworkError:
            continue
    return plans


def plan_names(db: "Database | None", athlete_id: int | None) -> list[str]:
    """The built-in plan, then the athlete's saved plans, then the shared ones (no repeats)."""
    names = [BUILTIN_PLAN_NAME]
    if db is not None:
        for owner in _owners(athlete_id):
            names.extend(n for n in _stored_names(db, owner)
                         if n.casefold() not in {m.casefold() for m in names})
    return names


def find_plan(db: "Database | None", athlete_id: int | None, name: str) -> Plan:
    """The plan called `name`: the built-in one, else the athlete's own, else a shared one.

    Raises `NotFoundError` listing the plans there are.
    """
    from app.storage.plans import load_plan

    wanted = name.strip()
    if wanted.casefold() == BUILTIN_PLAN_NAME.casefold():
        return builtin()
    if db is not None and wanted.casefold() != QUEUE_PLAN_NAME.casefold():
        for owner in _owners(athlete_id):
            try:
                return load_plan(db, owner, wanted)
            except NotFoundError:
                continue
    known = "; ".join(plan_names(db, athlete_id))
    raise NotFoundError(f"There is no plan called {wanted!r}. Plans: {known}.")


def save_plan(
    db: "Database", athlete_id: int, plan: Plan, *, replacing: str | None = None
) -> Outcome[Plan]:
    """Store one of the athlete's plans; with `replacing`, the plan of that name goes.

    The new plan is stored before the old one is removed, so a plan that is
    refused (a reserved name, an unknown exercise) loses nothing.
    """
    from app.storage.plans import delete_plan
    from app.storage.plans import save_plan as store

    check_own_plan_name(plan.name)
    store(db, athlete_id, plan)
    if replacing is not None and replacing.strip() != plan.name:
        delete_plan(db, athlete_id, replacing)
    return Outcome(plan, Changes(plans=True))


def delete_plan(db: "Database", athlete_id: int, name: str) -> Outcome[None]:
    """Remove one of the athlete's plans (sessions done with it keep their sets)."""
    from app.storage.plans import delete_plan as remove

    remove(db, athlete_id, name)
    return Outcome(None, Changes(plans=True))
