"""Read and validate the exercise data files (one TOML file per exercise).

Every problem names the file and the field, so whoever edits the library
can fix it without reading code.
"""

import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from app.domain.errors import ValidationError
from app.domain.exercise import Exercise, Implement, ProgressionLevel, RungTarget
from app.domain.records import MAX_LOAD_KG
from app.domain.tempo import Tempo, TempoError

# The programme's order: the library and the built-in plan list exercises this way.
PROGRAMME_ORDER = (
    "single-leg-squat",
    "reverse-lunge",
    "single-leg-romanian-deadlift",
    "rear-foot-elevated-split-squat",
    "single-leg-calf-raise",
    "single-leg-bent-knee-calf-raise",
)

MUSCLE_GROUPS = (
    "quadriceps", "glutes", "hamstrings", "calves", "hip stabilizers", "core", "feet",
)
EQUIPMENT = ("bodyweight", "bench", "step", "dumbbells", "kettlebell", "barbell", "wall or rail")


class ExerciseFileError(ValidationError):
    """An exercise file that cannot be used, with the file and field named."""


class _Fields:
    """Typed access to one file's table; each getter raises with file and field."""

    def __init__(self, data: Mapping[str, Any], source: str) -> None:
        self._data = data
        self._source = source

    def fail(self, field: str, problem: str) -> ExerciseFileError:
        return ExerciseFileError(f"{self._source}: field '{field}' {problem}")

    def _get(self, field: str) -> Any:
        if field not in self._data:
            raise self.fail(field, "is missing")
        return self._data[field]

    def text(self, field: str) -> str:
        value = self._get(field)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(field, "must be non-empty text")
        return " ".join(value.split())

    def texts(self, field: str, allowed: Iterable[str] | None = None) -> tuple[str, ...]:
        value = self._get(field)
        if not isinstance(value, list) or not value:
            raise self.fail(field, "must be a non-empty list of text")
        items: list[str] = []
        for i, item in enumerate(value, start=1):
            if not isinstance(item, str) or not item.strip():
                raise self.fail(field, f"item {i} must be non-empty text")
            items.append(" ".join(item.split()))
        if allowed is not None:
            unknown = sorted(set(items) - set(allowed))
            if unknown:
                raise self.fail(field, f"has unknown values {unknown}; use {list(allowed)}")
        return tuple(items)

    def integer(self, field: str, low: int, high: int) -> int:
        value = self._get(field)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(field, f"must be a whole number from {low} to {high}")
        return value

    def flag(self, field: str) -> bool:
        value = self._get(field)
        if not isinstance(value, bool):
            raise self.fail(field, "must be true or false")
        return value

    def optional_kg(self, field: str) -> float | None:
        value = self._data.get(field)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float) \
                or not 0 <= value <= MAX_LOAD_KG:
            raise self.fail(field, f"must be a load in kg from 0 to {MAX_LOAD_KG:g}")
        return float(value)

    def target(self) -> RungTarget:
        value = self._get("target")
        if not isinstance(value, dict):
            raise self.fail("target", "must be a table such as { sets = 3, reps = 12 }")
        sub = _Fields(value, self._source)
        sessions = value.get("sessions", 1)
        if isinstance(sessions, bool) or not isinstance(sessions, int) or not 1 <= sessions <= 4:
            raise self.fail("target.sessions", "must be a whole number from 1 to 4")
        return RungTarget(sub.integer("sets", 1, 10), sub.integer("reps", 1, 100), sessions)

    def rung(self) -> ProgressionLevel:
        criterion = self.text("criterion")
        target = self.target()
        # The sentence and the data say the same thing, or the file is refused.
        if f"{target.sets} × {target.reps}" not in criterion:
            raise self.fail("criterion", f"must state the target {target.sets} × {target.reps}")
        if ("sessions in a row" in criterion) != (target.sessions > 1):
            raise self.fail("criterion", "must say \"in two sessions in a row\" exactly when "
                            "target.sessions is more than 1")
        implement = self._data.get("implement", Implement.BODYWEIGHT.value)
        try:
            implement = Implement(implement)
        except ValueError:
            allowed = [member.value for member in Implement]
            raise self.fail("implement", f"must be one of {allowed}") from None
        tempo = self._data.get("tempo")
        if tempo is not None:
            try:
                tempo = str(Tempo.parse(str(tempo)))
            except TempoError as error:
                raise self.fail("tempo", f"is not a tempo: {error}") from None
        return ProgressionLevel(
            name=self.text("name"),
            criterion=criterion,
            target=target,
            implement=implement,
            start_load_kg=self.optional_kg("start_load_kg"),
            move_up_at_kg=self.optional_kg("move_up_at_kg"),
            tempo=tempo,
        )

    def progressions(self) -> tuple[ProgressionLevel, ...]:
        value = self._get("progressions")
        if not isinstance(value, list) or not value:
            raise self.fail("progressions", "must list at least one level")
        levels = []
        for i, level in enumerate(value, start=1):
            if not isinstance(level, dict):
                raise self.fail(f"progressions[{i}]", "must be a table with name and criterion")
            try:
                levels.append(_Fields(level, self._source).rung())
            except ExerciseFileError as error:
                raise self.fail(f"progressions[{i}]", f"is incomplete ({error})") from None
        return tuple(levels)

    def share(self) -> tuple[float | None, str | None]:
        share, source = self._data.get("body_mass_share"), self._data.get("body_mass_source")
        if share is None:
            return None, None
        if isinstance(share, bool) or not isinstance(share, int | float) or not 0 < share <= 1:
            raise self.fail("body_mass_share", "must be a share of body mass above 0 and at most 1")
        if source is not None and not isinstance(source, str):
            raise self.fail("body_mass_source", "must be a reference id")
        return float(share), source


def parse_exercise(data: Mapping[str, Any], source: str, *, builtin: bool = True) -> Exercise:
    """Turn one file's table into an Exercise, or raise ExerciseFileError."""
    f = _Fields(data, source)
    tempo = f.text("tempo")
    try:
        tempo = str(Tempo.parse(tempo))
    except TempoError as error:
        raise f.fail("tempo", f"is not a tempo: {error}") from None
    sets_min, sets_max = f.integer("sets_min", 1, 10), f.integer("sets_max", 1, 10)
    if sets_min > sets_max:
        raise f.fail("sets_max", f"must be at least sets_min ({sets_min})")
    reps_min, reps_max = f.integer("reps_min", 1, 100), f.integer("reps_max", 1, 100)
    if reps_min > reps_max:
        raise f.fail("reps_max", f"must be at least reps_min ({reps_min})")
    illustration = data.get("illustration")
    if illustration is not None and not isinstance(illustration, str):
        raise f.fail("illustration", "must be a file name")
    share, share_source = f.share()
    in_plan = data.get("in_builtin_plan", True)
    if not isinstance(in_plan, bool):
        raise f.fail("in_builtin_plan", "must be true or false")
    return Exercise(
        id=f.text("id"),
        name=f.text("name"),
        muscles=f.texts("muscles", MUSCLE_GROUPS),
        why=f.text("why"),
        steps=f.texts("steps"),
        form_tips=f.texts("form_tips"),
        faults=f.texts("faults"),
        progressions=f.progressions(),
        tempo=tempo,
        sets_min=sets_min,
        sets_max=sets_max,
        reps_min=reps_min,
        reps_max=reps_max,
        equipment=f.texts("equipment", EQUIPMENT),
        unilateral=f.flag("unilateral"),
        illustration=illustration,
        builtin=builtin,
        body_mass_share=share,
        body_mass_source=share_source,
        in_builtin_plan=in_plan,
    )


def load_exercise_file(path: Path) -> Exercise:
    """Read one exercise file; its `id` must match the file name."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise ExerciseFileError(f"{path.name}: cannot be read ({error})") from None
    except tomllib.TOMLDecodeError as error:
        raise ExerciseFileError(f"{path.name}: is not valid TOML ({error})") from None
    exercise = parse_exercise(data, path.name)
    if exercise.id != path.stem:
        raise ExerciseFileError(f"{path.name}: field 'id' must match the file name ({path.stem!r})")
    return exercise


def load_library(folder: Path) -> list[Exercise]:
    """All exercise files in a folder, in programme order, then by name."""
    exercises = [load_exercise_file(p) for p in sorted(folder.glob("*.toml"))]
    rank = {slug: i for i, slug in enumerate(PROGRAMME_ORDER)}
    return sorted(exercises, key=lambda e: (rank.get(e.id, len(rank)), e.name.casefold()))
