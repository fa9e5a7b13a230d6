"""Exercises of the library: what they are, how to do them, how to progress."""

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class ProgressionLevel:
    """One rung of an exercise's ladder and what earns the move to the next rung."""

    name: str
    criterion: str


@dataclass(frozen=True)
class Exercise:
    """An exercise as the library shows it, built-in or added by the user.

    `id` is a stable slug (``"single-leg-squat"``); built-in and custom
    exercises share one namespace. `tempo` is four-part tempo notation.
    """

    id: str
    name: str
    muscles: tuple[str, ...]
    why: str
    steps: tuple[str, ...]
    form_tips: tuple[str, ...]
    faults: tuple[str, ...]
    progressions: tuple[ProgressionLevel, ...]
    tempo: str
    sets_min: int
    sets_max: int
    reps_min: int
    reps_max: int
    equipment: tuple[str, ...]
    unilateral: bool = True
    illustration: str | None = None
    builtin: bool = True

    def matches(self, text: str) -> bool:
        """Whether a search box's text appears in the name, muscles, equipment or why."""
        needle = text.strip().casefold()
        if not needle:
            return True
        haystack = " ".join((self.name, self.why, *self.muscles, *self.equipment)).casefold()
        return all(word in haystack for word in needle.split())

    def to_json(self) -> dict[str, object]:
        """The public JSON shape used by `legwork exercises --json`."""
        return {
            "id": self.id,
            "name": self.name,
            "muscles": list(self.muscles),
            "why": self.why,
            "steps": list(self.steps),
            "form_tips": list(self.form_tips),
            "faults": list(self.faults),
            "progressions": [
                {"name": p.name, "criterion": p.criterion} for p in self.progressions
            ],
            "tempo": self.tempo,
            "sets_min": self.sets_min,
            "sets_max": self.sets_max,
            "reps_min": self.reps_min,
            "reps_max": self.reps_max,
            "equipment": list(self.equipment),
            "unilateral": self.unilateral,
            "builtin": self.builtin,
        }


def filter_exercises(
    exercises: Iterable[Exercise], text: str = "", muscle: str | None = None,
    equipment: str | None = None,
) -> list[Exercise]:
    """The exercises a library search shows: matching text, muscle group and equipment."""
    return [
        e for e in exercises
        if e.matches(text)
        and (muscle is None or muscle in e.muscles)
        and (equipment is None or equipment in e.equipment)
    ]
