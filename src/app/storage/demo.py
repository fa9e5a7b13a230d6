"""Write the made-up demo history for a demo athlete, through the normal repositories."""

from datetime import UTC, datetime

from sqlalchemy import delete

from app.domain.athletes import DemoResult
from app.domain.demo_history import (
    DEMO_ATHLETE_NAME,
    DEMO_BODY_MASS_KG,
    DEMO_PLAN_NAME,
    demo_history,
)
from app.domain.errors import ValidationError
from app.domain.exercise import Exercise
from app.storage.athletes import create_athlete, get_athlete_by_name
from app.storage.body_mass import record_body_mass
from app.storage.database import Database
from app.storage.models import BodyMassRow, TrainingSessionRow
from app.storage.sessions import finish_session, record_set, start_session


def fill_demo_history(
    db: Database,
    exercises: list[Exercise],
    name: str = DEMO_ATHLETE_NAME,
    *,
    end: datetime | None = None,
    seed: int = 2024,
) -> DemoResult:
    """Give the demo athlete `name` twelve weeks of history ending at `end` (default now),
    and a body mass (`DEMO_BODY_MASS_KG`) from the first session's day.

    The athlete is created and marked as a demo. If a demo athlete of that name
    already exists, its old history is replaced, so running this twice never
    doubles it. A real (non-demo) athlete of that name is refused with
    ValidationError: demo data never mixes with real training. The exercises
    must already have rows (`sync_builtin_exercises`).
    """
    existing = get_athlete_by_name(db, name)
    if existing is not None and not existing.is_demo:
        raise ValidationError(
            f"{existing.name!r} is a real athlete, so demo data will not be added to their "
            "history. Choose another name with --athlete."
        )
    sessions = demo_history(exercises, end or datetime.now(UTC), seed)
    if existing is None:
        athlete = create_athlete(db, name, is_demo=True)
    else:
        athlete = existing
        with db.session() as session:
            # Sets go with their sessions: the foreign key cascades the delete.
            session.execute(
                delete(TrainingSessionRow).where(TrainingSessionRow.athlete_id == athlete.id)
            )
            session.execute(delete(BodyMassRow).where(BodyMassRow.athlete_id == athlete.id))
    if sessions:
        # Weighed once, before the first session: the load each leg carries can be shown.
        first_day = sessions[0].started_at.astimezone().date()
        record_body_mass(db, athlete.id, first_day, DEMO_BODY_MASS_KG)
    written = 0
    for demo in sessions:
        session_id = start_session(db, athlete.id, DEMO_PLAN_NAME, started_at=demo.started_at)
        for entry in demo.entries:
            record_set(db, session_id, entry)
            written += 1
        last = demo.entries[-1].recorded_at if demo.entries else demo.started_at
        finish_session(db, session_id, finished_at=last)
    return DemoResult(athlete, len(sessions), written, replaced=existing is not None)
