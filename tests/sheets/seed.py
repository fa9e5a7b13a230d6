"""A small history for the sheet tests: one athlete, finished sessions of the built-in plan."""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from app.domain.plan import BUILTIN_PLAN_NAME
from app.domain.records import SetEntry
from app.domain.sides import Side
from app.library import builtin_exercises
from app.storage.athletes import AthleteInfo, create_athlete
from app.storage.database import Database
from app.storage.exercises import sync_builtin_exercises
from app.storage.sessions import finish_session, record_set, start_session

T0 = datetime(2025, 3, 1, 7, 0, tzinfo=UTC)
SQUAT = "single-leg-squat"


@dataclass(frozen=True)
class Seeded:
    athlete: AthleteInfo
    session_ids: list[int]


def seed_history(
    db: Database,
    *,
    sessions: int = 2,
    name: str = "Sam Runner",
    exercises: tuple[str, ...] = (SQUAT,),
) -> Seeded:
    """`sessions` finished sessions, 3 days apart; each session heavier than the one before.

    Left leg: 8 reps, right leg: 9 reps, at 10 kg + 2 kg per session (set 2 on
    the left leg 2 kg lighter), so the last session's squat reads
    LEFT "8 × 12 kg, 8 × 10 kg" and RIGHT "9, 9 reps at 12 kg" for two sessions.
    """
    sync_builtin_exercises(db, builtin_exercises())
    athlete = create_athlete(db, name)
    ids = []
    for number in range(sessions):
        start = T0 + timedelta(days=3 * number)
        session_id = start_session(db, athlete.id, BUILTIN_PLAN_NAME, started_at=start)
        minute = 0
        for exercise_id in exercises:
            for set_number in (1, 2):
                for side in (Side.LEFT, Side.RIGHT):
                    minute += 1
                    load = 10.0 + 2 * number
                    if side is Side.LEFT and set_number == 2:
                        load -= 2
                    record_set(db, session_id, SetEntry(
                        exercise_id=exercise_id, side=side, set_number=set_number,
                        reps=8 if side is Side.LEFT else 9, load_kg=load, tempo="3-1-1-0",
                        recorded_at=start + timedelta(minutes=minute), rpe=7.0,
                    ))
        finish_session(db, session_id, finished_at=start + timedelta(minutes=45))
        ids.append(session_id)
    return Seeded(athlete, ids)
