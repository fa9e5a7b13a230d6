"""Exercises of the library: what they are, how to do them, how to progress."""

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class Implement(StrEnum):
    """What a rung is loaded with; a change of implement gets its own starting load."""

    BODYWEIGHT = "bodyweight"
    DUMBBELL = "dumbbell"
    DUMBBELLS = "dumbbells"
    KETTLEBELL = "kettlebell"
    BARBELL = "barbell"


@dataclass(frozen=True)
class RungTarget:
    """What earns the move off a rung: `sets` sets per leg of `reps` reps, in `sessions` in a row.

    "3 × 12 per leg in two sessions in a row" is ``RungTarget(sets=3, reps=12, sessions=2)``.
    """

    sets: int
    reps: int
    sessions: int = 1

    def __str__(self) -> str:
        text = f"{self.sets} × {self.reps}"
        return text if self.sessions == 1 else f"{text} in {self.sessions} sessions in a row"


@dataclass(frozen=True)
class ProgressionLevel:
    """One rung of an exercise's ladder and what earns the move to the next rung.

    `criterion` is the sentence the library shows; `target` is the same goal as
    data (None: the exercise's top of range on its most sets, in one session).
    `implement` is what the rung is loaded with. `start_load_kg` is the total
    external load suggested on reaching this rung (None keeps the load the
    athlete had). `move_up_at_kg` is, for a loaded rung, the load at which the
    target must be met before moving to the next rung (below it, add load).
    `tempo` is the rung's own tempo when it differs from the exercise's.
    """

    name: str
    criterion: str
    target: RungTarget | None = None
    implement: Implement = Implement.BODYWEIGHT
    start_load_kg: float | None = None
    move_up_at_kg: float | None = None
    tempo: str | None = None


@dataclass(frozen=True)
class Exercise:
    """An exercise as the library shows it, built-in or added by the user.

    `id` is a stable slug (``"single-leg-squat"``); built-in and custom
    exercises share one namespace. `tempo` is four-part tempo notation.
    `body_mass_share` is the share of the athlete's body mass the working leg
    carries (1.0 when it is the only foot on the ground), with the reference id
    in `body_mass_source` that gives it; None when unknown (a user's exercise),
    in which case only external load is counted. See docs/metrics.md.
    `in_builtin_plan` False leaves a library exercise out of the built-in plan.
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
    body_mass_share: float | None = None
    body_mass_source: str | None = None
    in_builtin_plan: bool = True

    def target(self, level: int) -> RungTarget:
        """The goal of rung `level` (0-based); without a ladder, `sets_max` × `reps_max`."""
        if 0 <= level < len(self.progressions):
            target = self.progressions[level].target
            if target is not None:
                return target
        return RungTarget(self.sets_max, self.reps_max)

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
            "progressions": [_rung_json(p) for p in self.progressions],
            "tempo": self.tempo,
            "sets_min": self.sets_min,
            "sets_max": self.sets_max,
            "reps_min": self.reps_min,
            "reps_max": self.reps_max,
            "equipment": list(self.equipment),
            "unilateral": self.unilateral,
            "builtin": self.builtin,
            "body_mass_share": self.body_mass_share,
        }


def _rung_json(rung: ProgressionLevel) -> dict[str, object]:
    target = rung.target
    return {
        "name": rung.name,
        "criterion": rung.criterion,
        "target": None if target is None else {
            "sets": target.sets, "reps": target.reps, "sessions": target.sessions},
        "implement": rung.implement.value,
        "start_load_kg": rung.start_load_kg,
        "move_up_at_kg": rung.move_up_at_kg,
        "tempo": rung.tempo,
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
