"""The built-in exercise library as shipped in `resources/exercises/`."""

from functools import cache

from app.domain.exercise import Exercise
from app.domain.exercise_file import load_library
from app.resources import resource_path


@cache
def builtin_exercises() -> tuple[Exercise, ...]:
    """The programme's exercises, loaded and validated once per process."""
    return tuple(load_library(resource_path("exercises")))
