"""The exercise library: the built-in exercises and the user's own."""

from typing import TYPE_CHECKING

from app.domain.exercise import Exercise
from app.library import builtin_exercises
from app.services.changes import Changes, Outcome

if TYPE_CHECKING:
    from app.storage.database import Database


def exercises(db: "Database | None") -> list[Exercise]:
    """Built-in exercises in programme order, then the user's own (by name) from the history."""
    if db is None:
        return list(builtin_exercises())
    from app.storage.exercises import list_custom_exercises

    return [*builtin_exercises(), *list_custom_exercises(db)]


def add_custom_exercise(db: "Database", exercise: Exercise) -> Outcome[Exercise]:
    """Store one of the user's exercises (built by `new_custom_exercise`); returns it as stored."""
    from app.storage.exercises import add_custom_exercise as store

    return Outcome(store(db, exercise), Changes(exercises=True))
