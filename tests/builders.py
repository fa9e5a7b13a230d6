"""Builders for the values and histories the tests use: one place, so each reads the same.

Values (`exercise`, `set_entry`, `plan`), histories written through the real
repositories (`log_session`, `seed_history`, `kiosk_database`) or imported
(`import_legwork_csv`), and a look at the database from outside the app
(`separate_connection`, `count_rows`).
"""

import io
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Connection, create_engine, text

from app.domain.athletes import AthleteInfo
from app.domain.exercise import Exercise, ProgressionLevel
from app.domain.imports.table import open_table
from app.domain.plan import BUILTIN_PLAN_NAME, Plan, PlanItem
from app.domain.records import SetEntry
from app.domain.sides import Side
from app.library import builtin_exercises
from app.services.imports import preview_import, run_import
from app.storage import kiosk as kiosk_store
from app.storage.athletes import create_athlete
from app.storage.database import Database, open_database
from app.storage.exercises import sync_builtin_exercises
from app.storage.imports import WriteSummary
from app.storage.legwork_files import read_legwork_csv
from app.storage.sessions import finish_session, record_set, start_session

T0 = datetime(2025, 3, 1, 7, 30, tzinfo=UTC)
SQUAT = "single-leg-squat"


def exercise(
    slug: str, name: str | None = None, *, builtin: bool = True, reps: tuple[int, int] = (6, 12),
    tempo: str = "3-1-1-0", unilateral: bool = True,
) -> Exercise:
    """A complete exercise (every field of the file format filled) named after its slug."""
    return Exercise(
        id=slug,
        name=name or slug.replace("-", " ").capitalize(),
        muscles=("glutes", "quads"),
        why="Builds single-leg strength for the stance phase.",
        steps=("Stand on one leg.", "Sit back and down."),
        form_tips=("Knee tracks over the second toe.",),
        faults=("Knee caves in.",),
        progressions=(
            ProgressionLevel("Box", "3×12 clean"),
            ProgressionLevel("Free", "3×8 with 10 kg"),
        ),
        tempo=tempo,
        sets_min=2,
        sets_max=4,
        reps_min=reps[0],
        reps_max=reps[1],
        equipment=("box",),
        unilateral=unilateral,
        builtin=builtin,
    )


def set_entry(
    slug: str = "split-squat",
    side: Side = Side.LEFT,
    *,
    set_number: int = 1,
    reps: int = 8,
    load_kg: float = 10.0,
    minutes: float = 0,
    **extra: object,
) -> SetEntry:
    return SetEntry(
        exercise_id=slug,
        side=side,
        set_number=set_number,
        reps=reps,
        load_kg=load_kg,
        tempo="3-1-1-0",
        recorded_at=T0 + timedelta(minutes=minutes),
        **extra,  # type: ignore[arg-type]
    )


def plan_item(**changes: object) -> PlanItem:
    """A one-set, 2–3 rep single-leg squat at 8 kg with short rests; `changes` override."""
    fields: dict[str, object] = {
        "exercise_id": SQUAT, "exercise_name": "Single-leg squat", "sets": 1,
        "reps_min": 2, "reps_max": 3, "tempo": "2-1-1-0", "rest_between_sides_s": 10,
        "rest_between_sets_s": 20, "load_kg": 8.0,
    }
    fields.update(changes)
    return PlanItem(**fields)  # type: ignore[arg-type]


def plan(name: str = "Short", *items: PlanItem, **changes: object) -> Plan:
    """A plan of `items`, or of one `plan_item(**changes)`."""
    return Plan(name=name, items=items or (plan_item(**changes),))


LoggedSet = tuple[str, Side, int, float]
"""(exercise slug, leg, reps, load in kg) of one set to log."""


def log_session(
    db: Database, athlete_id: int, started: datetime, sets: Iterable[LoggedSet], *,
    plan_name: str = "Test", finish: bool = True, minutes: float = 60,
    set_number: int | None = None, **values: object,
) -> int:
    """One session of `sets`, a minute apart, each pair of sets one set number (1, 1, 2, 2…).

    `set_number` gives every set the same number instead; `values` (rpe, form_knee…)
    go into every set. Finished `minutes` after it started unless `finish` is False.
    """
    session_id = start_session(db, athlete_id, plan_name, started_at=started)
    for n, (slug, side, reps, load) in enumerate(sets):
        record_set(db, session_id, SetEntry(  # type: ignore[arg-type]
            exercise_id=slug, side=side, set_number=set_number or n // 2 + 1, reps=reps,
            load_kg=load, tempo="3-1-1-0", recorded_at=started + timedelta(minutes=n), **values,
        ))
    if finish:
        finish_session(db, session_id, finished_at=started + timedelta(minutes=minutes))
    return session_id


SEED_START = datetime(2025, 3, 1, 7, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Seeded:
    """What `seed_history` wrote."""

    athlete: AthleteInfo
    session_ids: list[int]


def seed_history(
    db: Database,
    *,
    sessions: int = 2,
    name: str = "Sam Runner",
    exercises: tuple[str, ...] = (SQUAT,),
) -> Seeded:
    """`sessions` finished sessions of the built-in plan, 3 days apart, each heavier than the last.

    Left leg: 8 reps, right leg: 9 reps, at 10 kg + 2 kg per session (set 2 on
    the left leg 2 kg lighter), so the last session's squat reads
    LEFT "8 × 12 kg, 8 × 10 kg" and RIGHT "9, 9 reps at 12 kg" for two sessions.
    """
    sync_builtin_exercises(db, builtin_exercises())
    athlete = create_athlete(db, name)
    ids = []
    for number in range(sessions):
        start = SEED_START + timedelta(days=3 * number)
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


KIOSK_ADMIN_PIN = "9999"


def kiosk_database(path: Path, athletes: dict[str, str | None], *,
                   admin_pin: str | None = KIOSK_ADMIN_PIN) -> dict[str, int]:
    """A gym's database with these athletes (name → PIN or None); returns their ids by name."""
    with open_database(f"sqlite:///{path}") as db:
        ids = {name: kiosk_store.add_kiosk_athlete(db, name, pin).id
               for name, pin in athletes.items()}
        if admin_pin is not None:
            kiosk_store.set_admin_pin(db, admin_pin)
    return ids


@contextmanager
def separate_connection(db: Database) -> Iterator[Connection]:
    """A connection of its own, on a new engine: what another process or a restarted app sees."""
    engine = create_engine(db.engine.url)
    try:
        with engine.connect() as connection:
            yield connection
    finally:
        engine.dispose()


def count_rows(db: Database, table: str) -> int:
    """How many rows `table` holds, read through a separate connection."""
    with separate_connection(db) as connection:
        return int(connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def import_legwork_csv(db: Database, text: str) -> WriteSummary:
    """Import the text of a Legwork CSV export, as `legwork import` would, all or nothing."""
    source = read_legwork_csv(open_table(io.StringIO(text, newline="")))
    return run_import(db, preview_import(db, source, count_new=False)).value.written
