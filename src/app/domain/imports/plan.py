"""From a file read to what will be stored: exercises mapped, sides worked out, loads in kg.

`plan_import` decides, for each exercise name in the file, which library
exercise it is (or which new exercise of the athlete's it becomes), gives each
set its side, set number, time and load in kilograms, and checks every value
against the domain's limits. Nothing is written; storage does that with the
plan, and a preview shows it first.
"""

import hashlib
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, tzinfo
from functools import lru_cache
from typing import NamedTuple

from app.domain.custom_exercise import MAX_NAME_LENGTH, slugify
from app.domain.errors import ValidationError
from app.domain.exercise import Exercise, ProgressionLevel
from app.domain.imports.model import SkipReason, SourceApp, SourceFile, SourceSession, SourceSet
from app.domain.imports.names import ExerciseMatcher, normalized, unilateral_by_name
from app.domain.imports.problems import ProblemList
from app.domain.imports.sides import NamedSide, each_side_in_note, side_in_note, split_name
from app.domain.records import MAX_LOAD_KG, validate_set_values
from app.domain.sides import Side
from app.domain.transfer import AssessmentRecord
from app.domain.units import Unit, from_kg, to_kg

NEW_EXERCISE = "+new"
"""The mapping value that makes a name a new exercise of the athlete's, match or not."""

MAX_PLAN_NAME = 80
_LIMIT_SLACK_KG = 1e-9
_ASSISTED = "assisted"
_KG = Unit.KG


class PlannedSet(NamedTuple):
    """One side-set as it will be stored (`exercise_id` is the library slug).

    A named tuple, not a frozen dataclass: immutable all the same, and five
    times cheaper to make, which counts when a file has half a million sets.
    """

    row: int
    key: str | None
    exercise_id: str
    side: Side
    set_number: int
    reps: int
    load_kg: float
    recorded_at: datetime
    warmup: bool
    notes: str
    rpe: float | None = None
    tempo: str = ""
    rir: int | None = None
    touchdowns: int = 0
    progression_level: int = 0
    form_knee: bool | None = None
    form_hips: bool | None = None


@dataclass(frozen=True)
class PlannedSession:
    """One session as it will be stored, with the athlete it belongs to."""

    key: str | None
    athlete: str
    started_at: datetime
    finished_at: datetime | None
    plan_name: str
    status: str
    notes: str
    sets: tuple[PlannedSet, ...]


@dataclass(frozen=True)
class ExerciseChoice:
    """What one exercise name of the file becomes, and how many of its sets there are."""

    source: str
    exercise_id: str
    exercise_name: str
    new: bool
    unilateral: bool
    sets: int


@dataclass(frozen=True)
class ImportPlan:
    """Everything an import would store, with the figures a preview shows.

    `assessments` (Legwork's own files only) go in as the file has them,
    each under its athlete.
    """

    app: SourceApp
    layout: str
    sessions: tuple[PlannedSession, ...]
    new_exercises: tuple[Exercise, ...]
    choices: tuple[ExerciseChoice, ...]
    assumed_unit: Unit | None
    stated_units: frozenset[Unit]
    rows: int
    skipped: Mapping[SkipReason, int] = field(default_factory=dict)
    assessments: tuple[AssessmentRecord, ...] = ()

    @property
    def set_count(self) -> int:
        """Side-sets in the plan (a set done "each side" counts twice)."""
        return sum(len(s.sets) for s in self.sessions)

    @property
    def warmups(self) -> int:
        """Side-sets marked as warm-ups."""
        return sum(1 for s in self.sessions for x in s.sets if x.warmup)

    @property
    def with_side(self) -> int:
        """Side-sets on one leg (left or right)."""
        return sum(1 for s in self.sessions for x in s.sets if x.side is not Side.BOTH)

    def days(self, zone: tzinfo | None = None) -> tuple[date, date] | None:
        """The first and last day with a session or an assessment, in `zone` (this computer's
        if None)."""
        starts = [s.started_at for s in self.sessions] + [a.started_at for a in self.assessments]
        if not starts:
            return None
        return min(starts).astimezone(zone).date(), max(starts).astimezone(zone).date()


def plan_import(
    source: SourceFile,
    library: Sequence[Exercise],
    *,
    athlete: str,
    unit: Unit,
    synonyms: Mapping[str, Sequence[str]] | None = None,
    mappings: Mapping[str, str] | None = None,
) -> ImportPlan:
    """Map, side and convert every set of `source`; `ImportRefusedError` lists bad rows.

    `athlete` owns the sessions of a file that names no athletes. `unit` is
    the unit of loads the file states no unit for. `mappings` sends an
    exercise name of the file (as `ExerciseChoice.source` shows it) to a
    library id, or to `NEW_EXERCISE`; `ValidationError` for an id not in
    `library`.
    """
    ids = {exercise.id: exercise for exercise in library}
    unknown = sorted({v for v in (mappings or {}).values() if v != NEW_EXERCISE} - set(ids))
    if unknown:
        raise ValidationError(f"There is no exercise with the id {', '.join(unknown)}.")
    mapper = _Mapper(source.app, library, synonyms or {}, mappings or {})
    problems = ProblemList()
    sessions = tuple(
        _session(session, mapper, athlete, unit, problems) for session in source.sessions
    )
    problems.raise_if_any()
    # A new exercise whose sets came with sides (from notes) is a one-leg exercise.
    sided = {s.exercise_id for session in sessions for s in session.sets if s.side is not Side.BOTH}
    mapper.make_unilateral(sided)
    return ImportPlan(
        app=source.app, layout=source.layout, sessions=sessions,
        new_exercises=tuple(mapper.new.values()), choices=mapper.choices(),
        assumed_unit=unit if _assumes_unit(source) else None, stated_units=source.units,
        rows=source.rows, skipped=source.skipped, assessments=source.assessments,
    )


def _assumes_unit(source: SourceFile) -> bool:
    # A bodyweight set needs no unit; a file stating none at all assumes one.
    return any(s.unit is None and s.load for session in source.sessions for s in session.sets) \
        or (not source.units and source.app is not SourceApp.LEGWORK)


class _Mapper:
    """Remembers what each name of the file maps to, and the new exercises it makes."""

    def __init__(self, app: SourceApp, library: Sequence[Exercise],
                 synonyms: Mapping[str, Sequence[str]], mappings: Mapping[str, str]) -> None:
        self.app = app
        self.by_id = {exercise.id: exercise for exercise in library}
        self.matcher = ExerciseMatcher(library, synonyms)
        self.mappings = {normalized(name): target for name, target in mappings.items()}
        self.new: dict[str, Exercise] = {}
        self.names: dict[str, NamedSide] = {}
        self.keys: dict[str, str] = {}
        self.targets: dict[str, tuple[Exercise, bool]] = {}
        self.sources: dict[str, str] = {}
        self.counts: Counter[str] = Counter()
        self.logged_ids: dict[str, Exercise] = {}

    def named(self, name: str) -> NamedSide:
        found = self.names.get(name)
        if found is None:
            found = self.names[name] = split_name(name) if self.app is not SourceApp.LEGWORK \
                else NamedSide(name, None, False)
        return found

    def logged(self, exercise_id: str) -> Exercise:
        """The exercise a Legwork file names by id (one lookup for most of its sets)."""
        found = self.logged_ids.get(exercise_id)
        if found is None:
            found = self.logged_ids[exercise_id] = self.exercise(
                NamedSide(exercise_id, None, False), exercise_id, 0)
        self.counts[self.keys[exercise_id]] += 1
        return found

    def exercise(self, named: NamedSide, original: str, sets: int) -> Exercise:
        key = self.keys.get(named.base)
        if key is None:
            key = self.keys[named.base] = normalized(named.base)
        self.counts[key] += sets
        target = self.targets.get(key)
        if target is None:
            self.sources[key] = named.base
            target = self.targets[key] = self._choose(named, original, key)
        return target[0]

    def _choose(self, named: NamedSide, original: str, key: str) -> tuple[Exercise, bool]:
        wanted = self.mappings.get(key)
        if wanted is not None and wanted != NEW_EXERCISE:
            return self.by_id[wanted], False
        if self.app is SourceApp.LEGWORK:
            return self._by_id(named.base)
        found = None if wanted == NEW_EXERCISE else self.matcher.match(named.base)
        if found is not None:
            return found, False
        unilateral = (unilateral_by_name(original) or named.side is not None or named.each_side)
        exercise = _custom(named.base, self._free_slug(named.base), unilateral, self.app)
        self.new[exercise.id] = exercise
        return exercise, True

    def _by_id(self, slug: str) -> tuple[Exercise, bool]:
        """A Legwork file's exercise id; one the database lacks (the exporting database's
        own exercise) comes back as a new exercise named after its id."""
        found = self.by_id.get(slug)
        if found is not None:
            return found, False
        if not slug or slugify(slug) != slug:
            raise ValidationError(
                f"unknown exercise {slug!r}: it is not an exercise id such as reverse-lunge")
        name = slug.replace("-", " ").capitalize()
        exercise = _custom(name, slug, unilateral_by_name(name), self.app)
        self.new[slug] = exercise
        return exercise, True

    def make_unilateral(self, slugs: set[str]) -> None:
        for key, (exercise, new) in self.targets.items():
            if new and exercise.id in slugs and not exercise.unilateral:
                one_leg = replace(exercise, unilateral=True)
                self.targets[key] = (one_leg, True)
                self.new[exercise.id] = one_leg

    def _free_slug(self, name: str) -> str:
        base = slugify(name)[:70].strip("-") or (
            "imported-" + hashlib.blake2b(name.encode(), digest_size=4).hexdigest())
        slug, n = base, 2
        while slug in self.by_id or slug in self.new:
            slug, n = f"{base}-{n}", n + 1
        return slug

    def choices(self) -> tuple[ExerciseChoice, ...]:
        result = []
        for key, (exercise, new) in self.targets.items():
            result.append(ExerciseChoice(
                source=self.sources[key], exercise_id=exercise.id, exercise_name=exercise.name,
                new=new, unilateral=exercise.unilateral, sets=self.counts[key],
            ))
        return tuple(sorted(result, key=lambda c: (-c.sets, c.source.casefold())))


def _custom(name: str, slug: str, unilateral: bool, app: SourceApp) -> Exercise:
    short = name[:MAX_NAME_LENGTH].rstrip()
    return Exercise(
        id=slug, name=short, muscles=(),
        why=f"Part of the history you brought over from {app.label}.",
        steps=(f"No instructions yet: this exercise came with your {app.label} history.",),
        form_tips=(), faults=(),
        progressions=(
            ProgressionLevel(short, "Add load once every set reaches the top of the rep range."),
        ),
        tempo="2-0-1-0", sets_min=3, sets_max=3, reps_min=6, reps_max=12,
        equipment=_equipment(name), unilateral=unilateral, builtin=False,
    )


# Words of other apps' names that say which of the library's equipment is used.
_EQUIPMENT_WORDS = {
    "barbell": "barbell", "bb": "barbell", "dumbbell": "dumbbells", "dumbbells": "dumbbells",
    "db": "dumbbells", "kettlebell": "kettlebell", "kb": "kettlebell", "bench": "bench",
    "step": "step", "bodyweight": "bodyweight", "bw": "bodyweight",
}


def _equipment(name: str) -> tuple[str, ...]:
    """The library's equipment a name mentions ("Squat (Barbell)" → barbell), in order."""
    found = (_EQUIPMENT_WORDS.get(word) for word in normalized(name).split())
    return tuple(dict.fromkeys(item for item in found if item))


def _session(session: SourceSession, mapper: _Mapper, athlete: str, unit: Unit,
             problems: ProblemList) -> PlannedSession:
    numbers: Counter[tuple[str, Side]] = Counter()
    planned: list[PlannedSet] = []
    for index, source in enumerate(session.sets):
        try:
            if source.side is not None and source.recorded_at is not None:
                planned.append(_as_logged(source, mapper))
            else:
                _add_sets(planned, session, index, source, mapper, unit, numbers)
        except ValidationError as problem:
            problems.add(source.row, str(problem))
    return PlannedSession(
        key=session.key, athlete=session.athlete or athlete, started_at=session.started_at,
        finished_at=session.finished_at, plan_name=session.title[:MAX_PLAN_NAME].rstrip(),
        status=session.status, notes=session.notes, sets=tuple(planned),
    )


def _as_logged(source: SourceSet, mapper: _Mapper) -> PlannedSet:
    """A set whose file says everything (Legwork's own): its exercise id checked, its values
    checked; the load is already in kilograms."""
    exercise = mapper.logged(source.exercise)
    # In kilograms already; the limits (0–500 kg among them) are checked here.
    validate_set_values(reps=source.reps, load_kg=source.load, rpe=source.rpe, rir=source.rir,
                        touchdowns=source.touchdowns, set_number=source.set_number or 1)
    assert source.side is not None and source.recorded_at is not None
    return PlannedSet(
        source.row, source.key, exercise.id, source.side, source.set_number or 1, source.reps,
        source.load, source.recorded_at, source.warmup, source.notes, source.rpe, source.tempo,
        source.rir, source.touchdowns, source.progression_level, source.form_knee,
        source.form_hips,
    )


def _add_sets(planned: list[PlannedSet], session: SourceSession, index: int, source: SourceSet,
              mapper: _Mapper, unit: Unit, numbers: Counter[tuple[str, Side]]) -> None:
    named = mapper.named(source.exercise)
    sides = _sides(source, named)
    exercise = mapper.exercise(named, source.exercise, len(sides))
    if len(sides) == 2 and not exercise.unilateral:
        # "Each side" only splits a one-leg exercise; a plank "each side" stays one set.
        sides = (Side.BOTH,)
    load_kg, notes = _load(source, unit, named.base)
    validate_set_values(reps=source.reps, load_kg=load_kg, rpe=source.rpe, rir=source.rir,
                        touchdowns=source.touchdowns, set_number=source.set_number or 1)
    recorded_at = source.recorded_at or session.started_at + timedelta(seconds=index)
    for side in sides:
        number = source.set_number
        if number is None:
            numbers[(exercise.id, side)] += 1
            number = numbers[(exercise.id, side)]
        key = source.key if len(sides) == 1 or source.key is None \
            else f"{source.key}:{side.value[0]}"
        # Positional: this runs once per set of files with hundreds of thousands.
        planned.append(PlannedSet(
            source.row, key, exercise.id, side, number, source.reps, load_kg, recorded_at,
            source.warmup, notes, source.rpe, source.tempo, source.rir, source.touchdowns,
            source.progression_level, source.form_knee, source.form_hips,
        ))


def _sides(source: SourceSet, named: NamedSide) -> tuple[Side, ...]:
    if source.side is not None:
        return (source.side,)
    side = named.side or side_in_note(source.notes)
    if side is not None:
        return (side,)
    if named.each_side or each_side_in_note(source.notes):
        return (Side.LEFT, Side.RIGHT)
    return (Side.BOTH,)


@lru_cache(maxsize=1024)
def _assisted(name: str) -> bool:
    return _ASSISTED in normalized(name).split()


def _load(source: SourceSet, unit: Unit, name: str) -> tuple[float, str]:
    """The load in kg and the set's notes; an assisted exercise's "load" is help, not load."""
    stated = source.unit or unit
    if not source.load:
        return 0.0, source.notes
    if source.key is not None and _assisted(name):
        help_note = f"assistance {source.load:g} {stated}"
        return 0.0, "; ".join(part for part in (help_note, source.notes) if part)
    # Compared with a module constant: looking a member up on the enum costs more than the sum.
    kg = source.load if stated is _KG else to_kg(source.load, stated)
    if kg > MAX_LOAD_KG + _LIMIT_SLACK_KG:
        limit = f"{from_kg(MAX_LOAD_KG, stated):.1f}".removesuffix(".0")
        raise ValidationError(
            f"a load of {source.load:g} {stated} is more than the {limit} {stated} Legwork accepts"
            + ("" if source.unit else f" (the file states no unit; {unit} was assumed)"))
    return min(kg, MAX_LOAD_KG), source.notes
