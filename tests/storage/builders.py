"""Small builders for the values the storage tests save and load."""

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, create_engine, text

from app.domain.exercise import Exercise, ProgressionLevel
from app.domain.records import SetEntry
from app.domain.sides import Side
from app.storage.database import Database

T0 = datetime(2025, 3, 1, 7, 30, tzinfo=UTC)


def exercise(slug: str, name: str | None = None, *, builtin: bool = True) -> Exercise:
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
        tempo="3-1-1-0",
        sets_min=2,
        sets_max=4,
        reps_min=6,
        reps_max=12,
        equipment=("box",),
        unilateral=True,
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
