"""The block's template as data: phases, sets, rep range, tempo, lighter weeks, taper.

The numbers live in `resources/programme/block.toml` (docs/programme.md gives
the reason and the source of each); this module only reads and checks them.
"""

import tomllib
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from app.domain.errors import ValidationError
from app.domain.tempo import Tempo

EXERCISE_TEMPO = "exercise"
"""A phase's tempo meaning "each exercise's own tempo"."""


class Progress(StrEnum):
    """What the double-progression rules may change during a phase."""

    ALL = "all"
    """Rung and load."""
    BODYWEIGHT = "bodyweight"
    """Bodyweight rungs only: a step that would add load waits."""
    NONE = "none"
    """Nothing: a lighter session keeps the rung and the load."""


@dataclass(frozen=True)
class Phase:
    """A run of weeks with one dose: sets per leg, rep range, tempo, what may progress."""

    id: str
    first_week: int
    sets: int
    reps_min: int
    reps_max: int
    tempo: str
    progress: Progress


@dataclass(frozen=True)
class Template:
    """Everything the scheduler and the prescription read from the template file."""

    id: str
    name: str
    default_weeks: int
    min_weeks: int
    max_weeks: int
    min_days: int
    max_days: int
    max_sessions_per_week: int
    light_every_weeks: int
    light_sets: int
    taper_days: int
    gap_days: int
    phases: tuple[Phase, ...]

    def phase(self, week: int) -> Phase:
        """The phase a 1-based week belongs to."""
        return [p for p in self.phases if p.first_week <= week][-1]

    def light_week(self, week: int) -> bool:
        """Whether a 1-based week is one of the lighter weeks (every Nth)."""
        return self.light_every_weeks > 0 and week % self.light_every_weeks == 0


def _int(data: dict[str, Any], key: str, low: int, high: int) -> int:
    value = data.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise ValidationError(
            f"The programme template needs {key} as a whole number from {low} to {high} "
            f"(got {value!r}).")
    return value


def _phase(data: dict[str, Any]) -> Phase:
    tempo = str(data.get("tempo", EXERCISE_TEMPO))
    if tempo != EXERCISE_TEMPO:
        tempo = str(Tempo.parse(tempo))
    reps_min, reps_max = _int(data, "reps_min", 1, 100), _int(data, "reps_max", 1, 100)
    if reps_min > reps_max:
        raise ValidationError(f"Phase {data.get('id')!r}: reps_min is above reps_max.")
    try:
        progress = Progress(str(data.get("progress")))
    except ValueError as error:
        raise ValidationError(
            f"Phase {data.get('id')!r}: progress must be all, bodyweight or none.") from error
    return Phase(id=str(data.get("id", "")), first_week=_int(data, "first_week", 1, 52),
                 sets=_int(data, "sets", 1, 10), reps_min=reps_min, reps_max=reps_max,
                 tempo=tempo, progress=progress)


def parse_template(text: str) -> Template:
    """The template from its TOML text; `ValidationError` names what is wrong."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ValidationError(f"The programme template is not valid TOML: {error}") from error
    phases = tuple(sorted((_phase(p) for p in data.get("phase", [])),
                          key=lambda p: p.first_week))
    if not phases or phases[0].first_week != 1:
        raise ValidationError("The programme template needs a phase that starts in week 1.")
    if len({p.first_week for p in phases}) != len(phases):
        raise ValidationError("Two phases of the programme template start in the same week.")
    template = Template(
        id=str(data.get("id", "")), name=str(data.get("name", "")),
        default_weeks=_int(data, "default_weeks", 1, 52),
        min_weeks=_int(data, "min_weeks", 1, 52), max_weeks=_int(data, "max_weeks", 1, 52),
        min_days=_int(data, "min_days", 1, 7), max_days=_int(data, "max_days", 1, 7),
        max_sessions_per_week=_int(data, "max_sessions_per_week", 1, 7),
        light_every_weeks=_int(data, "light_every_weeks", 0, 52),
        light_sets=_int(data, "light_sets", 1, 10), taper_days=_int(data, "taper_days", 0, 28),
        gap_days=_int(data, "gap_days", 1, 365), phases=phases,
    )
    if not template.min_weeks <= template.default_weeks <= template.max_weeks:
        raise ValidationError("The template's default length is outside its own limits.")
    if template.max_days > template.max_sessions_per_week:
        raise ValidationError("The template allows more training days than sessions a week.")
    if not template.id:
        raise ValidationError("The programme template needs an id.")
    return template
