"""Exercise rows: built-ins mirrored from the shipped library, and the user's own."""

import dataclasses
import re
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.domain.custom_exercise import MAX_NAME_LENGTH
from app.domain.errors import ValidationError
from app.domain.exercise import Exercise, ProgressionLevel
from app.domain.records import MAX_REPS
from app.domain.tempo import Tempo
from app.storage.database import Database
from app.storage.models import ExerciseRow

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def _data(exercise: Exercise) -> dict[str, Any]:
    return {
        "muscles": list(exercise.muscles),
        "why": exercise.why,
        "steps": list(exercise.steps),
        "form_tips": list(exercise.form_tips),
        "faults": list(exercise.faults),
        "progressions": [{"name": p.name, "criterion": p.criterion} for p in exercise.progressions],
        "equipment": list(exercise.equipment),
        "illustration": exercise.illustration,
    }


def _write(row: ExerciseRow, exercise: Exercise, *, builtin: bool) -> None:
    row.slug = exercise.id
    row.name = exercise.name
    row.builtin = builtin
    row.unilateral = exercise.unilateral
    row.data = _data(exercise)
    row.tempo = exercise.tempo
    row.sets_min = exercise.sets_min
    row.sets_max = exercise.sets_max
    row.reps_min = exercise.reps_min
    row.reps_max = exercise.reps_max


def _exercise(row: ExerciseRow) -> Exercise:
    data = row.data
    return Exercise(
        id=row.slug,
        name=row.name,
        muscles=tuple(data.get("muscles", ())),
        why=data.get("why", ""),
        steps=tuple(data.get("steps", ())),
        form_tips=tuple(data.get("form_tips", ())),
        faults=tuple(data.get("faults", ())),
        progressions=tuple(
            ProgressionLevel(name=p["name"], criterion=p["criterion"])
            for p in data.get("progressions", ())
        ),
        tempo=row.tempo,
        sets_min=row.sets_min,
        sets_max=row.sets_max,
        reps_min=row.reps_min,
        reps_max=row.reps_max,
        equipment=tuple(data.get("equipment", ())),
        unilateral=row.unilateral,
        illustration=data.get("illustration"),
        builtin=row.builtin,
    )


def exercise_row_id(session: Session, slug: str) -> int:
    """The row id of the exercise with this slug; `ValidationError` if there is none.

    For the other repositories, which store exercises by row id but speak slugs.
    """
    row_id = session.scalar(select(ExerciseRow.id).where(ExerciseRow.slug == slug))
    if row_id is None:
        raise ValidationError(
            f"Unknown exercise {slug!r}: it is neither in the built-in library nor one "
            "of your own exercises."
        )
    return row_id


def sync_builtin_exercises(db: Database, exercises: Iterable[Exercise]) -> list[str]:
    """Insert or update a row for every built-in exercise, matched by slug.

    Built-ins that are no longer shipped keep their rows, because recorded
    sets still point at them. Returns the slugs that were left alone because
    one of the user's own exercises already uses them (the user's data wins).

    Kiosks starting together on one server may both insert the same new
    built-in; the one that loses the race finds the rows there and tries again.
    """
    exercises = list(exercises)
    try:
        return _sync_builtin_exercises(db, exercises)
    except IntegrityError:
        return _sync_builtin_exercises(db, exercises)


def builtin_exercises_in_sync(db: Database, exercises: Iterable[Exercise]) -> bool:
    """Whether `sync_builtin_exercises` would find nothing to write (it reads only)."""
    # A session that is closed without commit rolls back: nothing is flushed.
    with Session(db.engine) as session:
        _apply_builtins(session, list(exercises))
        return not session.new and not any(session.is_modified(row) for row in session.dirty)


def _sync_builtin_exercises(db: Database, exercises: list[Exercise]) -> list[str]:
    with db.session() as session:
        return _apply_builtins(session, exercises)


def _apply_builtins(session: Session, exercises: list[Exercise]) -> list[str]:
    """Bring the session's built-in rows in line with `exercises`; the clashing slugs."""
    existing = {row.slug: row for row in session.scalars(select(ExerciseRow))}
    clashes: list[str] = []
    for exercise in exercises:
        row = existing.get(exercise.id)
        if row is None:
            row = ExerciseRow()
            session.add(row)
            existing[exercise.id] = row
        elif not row.builtin:
            clashes.append(exercise.id)
            continue
        _write(row, exercise, builtin=True)
    return clashes


def add_custom_exercise(db: Database, exercise: Exercise) -> Exercise:
    """Store one of the user's own exercises and return it as stored (`builtin=False`).

    Refuses, with `ValidationError` and without writing, an empty or overlong
    name, a malformed slug, a slug any exercise already has, an unreadable
    tempo or an empty or upside-down set or rep range.
    """
    name = " ".join(exercise.name.split())
    if not name:
        raise ValidationError("Give the exercise a name.")
    if len(name) > MAX_NAME_LENGTH:
        raise ValidationError(f"Keep the exercise name to {MAX_NAME_LENGTH} characters or fewer.")
    if not _SLUG.match(exercise.id):
        raise ValidationError(
            f"Exercise id {exercise.id!r} must be lowercase letters and digits joined by hyphens."
        )
    if not 1 <= exercise.sets_min <= exercise.sets_max:
        raise ValidationError(
            f"Sets must run from a low to a high number of at least 1 "
            f"(got {exercise.sets_min}–{exercise.sets_max})."
        )
    if not 1 <= exercise.reps_min <= exercise.reps_max <= MAX_REPS:
        raise ValidationError(
            f"Reps must run from a low to a high number between 1 and {MAX_REPS} "
            f"(got {exercise.reps_min}–{exercise.reps_max})."
        )
    stored = dataclasses.replace(
        exercise, name=name, tempo=str(Tempo.parse(exercise.tempo)), builtin=False
    )
    with db.session() as session:
        clash = session.scalar(select(ExerciseRow).where(ExerciseRow.slug == stored.id))
        if clash is not None:
            kind = "a built-in exercise" if clash.builtin else "one of your exercises"
            raise ValidationError(
                f"The id {stored.id!r} is already used by {kind} ({clash.name!r})."
            )
        row = ExerciseRow()
        _write(row, stored, builtin=False)
        session.add(row)
    return stored


def custom_exercise_row(exercise: Exercise) -> ExerciseRow:
    """A new row for one of the athlete's exercises, for a caller's own transaction (imports)."""
    row = ExerciseRow()
    _write(row, exercise, builtin=False)
    return row


def list_exercises(db: Database) -> list[Exercise]:
    """Every exercise the database has a row for (built-ins as last synced, and customs)."""
    with db.session() as session:
        rows = session.scalars(select(ExerciseRow).order_by(ExerciseRow.id))
        return [_exercise(row) for row in rows]


def list_custom_exercises(db: Database) -> list[Exercise]:
    """The user's own exercises, by name."""
    with db.session() as session:
        rows = session.scalars(
            select(ExerciseRow).where(ExerciseRow.builtin.is_(False)).order_by(ExerciseRow.name)
        )
        return [_exercise(row) for row in rows]
