"""Training plans: which exercises, how many sets and reps, at what tempo."""

from collections.abc import Sequence
from dataclasses import dataclass

from app.domain.errors import ValidationError
from app.domain.exercise import Exercise
from app.domain.messages import message
from app.domain.records import MAX_LOAD_KG, MAX_REPS
from app.domain.side_order import SideOrder
from app.domain.sides import Side
from app.domain.tempo import Tempo

BUILTIN_PLAN_NAME = "Runner's single-leg session"
QUEUE_PLAN_NAME = "Queued from library"
"""The plan made of the exercises queued from the Library; never stored as the athlete's own."""
CALIBRATION_PLAN_NAME = "Block · calibration session"
"""The plan of a block's calibration session (`app.domain.programme.calibration`)."""
RESERVED_PLAN_NAMES = frozenset({BUILTIN_PLAN_NAME.casefold(), QUEUE_PLAN_NAME.casefold(),
                                 CALIBRATION_PLAN_NAME.casefold()})
MAX_PLAN_NAME_LENGTH = 80
MAX_SETS = 10
MAX_REST_SECONDS = 600
BUILTIN_SETS = 3
"""Sets per leg in the built-in plan: the programme's 2–3, at 3 because each rung's goal
counts three sets per leg ("3 × 12"), so the plan the app ships can climb its ladders."""


def _check_range(label: str, value: float, low: float, high: float, unit: str = "") -> None:
    if not low <= value <= high:
        suffix = f" {unit}" if unit else ""
        raise ValidationError(message(
            "{label} must be between {low:g} and {high:g}{unit} (got {value:g}{unit}).",
            label=label, low=low, high=high, value=value, unit=suffix))


def _check_dose(sets: int, reps_min: int, reps_max: int) -> None:
    _check_range("Sets", sets, 1, MAX_SETS)
    _check_range("Minimum reps", reps_min, 1, MAX_REPS)
    _check_range("Maximum reps", reps_max, 1, MAX_REPS)
    if reps_min > reps_max:
        raise ValidationError(message(
            "Minimum reps ({low}) cannot be more than maximum reps ({high}).",
            low=reps_min, high=reps_max))


def _check_level(level: int) -> None:
    if level < 0:
        raise ValidationError(message(
            "Progression level cannot be negative (got {level}).", level=level))


@dataclass(frozen=True)
class LegPrescription:
    """One leg's own dose in a plan item: sets, rep range, load (kg) and rung (0-based).

    A training block prescribes each leg on its own (issue 20): legs may differ
    in load, rung and sets (the weaker leg gets an extra set).
    """

    side: Side
    sets: int
    reps_min: int
    reps_max: int
    load_kg: float
    level: int

    def __post_init__(self) -> None:
        _check_dose(self.sets, self.reps_min, self.reps_max)
        _check_range("Load", self.load_kg, 0, MAX_LOAD_KG, "kg")
        _check_level(self.level)


@dataclass(frozen=True)
class PlanItem:
    """One exercise in a plan with its prescription.

    `tempo` is stored in canonical notation (``3110`` becomes ``3-1-1-0``);
    `load_kg` 0 means bodyweight. Rests are whole seconds. Bad values raise
    `ValidationError` with a message that names the field.
    """

    exercise_id: str
    exercise_name: str
    sets: int
    reps_min: int
    reps_max: int
    tempo: str
    rest_between_sides_s: int = 30
    rest_between_sets_s: int = 90
    load_kg: float = 0.0
    progression_level: int = 0
    side_order: SideOrder = SideOrder.WEAKER_FIRST
    unilateral: bool = True
    legs: tuple[LegPrescription, ...] = ()
    first: Side | None = None

    def __post_init__(self) -> None:
        if not self.exercise_id.strip():
            raise ValidationError(message(
                "A plan item needs an exercise (the exercise id is empty)."))
        _check_dose(self.sets, self.reps_min, self.reps_max)
        _check_range("Rest between sides", self.rest_between_sides_s, 0, MAX_REST_SECONDS, "s")
        _check_range("Rest between sets", self.rest_between_sets_s, 0, MAX_REST_SECONDS, "s")
        _check_range("Load", self.load_kg, 0, MAX_LOAD_KG, "kg")
        _check_level(self.progression_level)
        object.__setattr__(self, "tempo", str(Tempo.parse(self.tempo)))
        object.__setattr__(self, "legs", tuple(self.legs))
        if len({leg.side for leg in self.legs}) != len(self.legs):
            raise ValidationError(message("Each leg may have one prescription per plan item."))
        if any(leg.sets > self.sets for leg in self.legs):
            raise ValidationError(message(
                "A leg cannot have more sets than its plan item ({sets}).", sets=self.sets))

    def leg(self, side: Side) -> LegPrescription | None:
        """The leg's own prescription, if the item has one."""
        return next((leg for leg in self.legs if leg.side is side), None)

    def sets_for(self, side: Side) -> int:
        """How many sets this leg does."""
        leg = self.leg(side)
        return self.sets if leg is None else leg.sets

    def reps_max_for(self, side: Side) -> int:
        """The top of this leg's rep range: the reps a set aims for."""
        leg = self.leg(side)
        return self.reps_max if leg is None else leg.reps_max

    def level_for(self, side: Side) -> int:
        """The rung (0-based) this leg works on."""
        leg = self.leg(side)
        return self.progression_level if leg is None else leg.level

    @property
    def tempo_value(self) -> Tempo:
        """The tempo as seconds per phase."""
        return Tempo.parse(self.tempo)


@dataclass(frozen=True)
class Plan:
    """A named, ordered list of plan items; `builtin` plans ship with the app."""

    name: str
    items: tuple[PlanItem, ...]
    builtin: bool = False

    def __post_init__(self) -> None:
        name = self.name.strip()
        if not name:
            raise ValidationError(message("Give the plan a name."))
        if len(name) > MAX_PLAN_NAME_LENGTH:
            raise ValidationError(message(
                "Keep the plan name to {max} characters or fewer (got {length}).",
                max=MAX_PLAN_NAME_LENGTH, length=len(name)))
        if not self.items:
            raise ValidationError(message("A plan needs at least one exercise."))
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "items", tuple(self.items))


def plan_of(exercises: Sequence[Exercise], name: str, *, builtin: bool = False) -> Plan:
    """A plan of `exercises`, in order, each at bodyweight for `BUILTIN_SETS` sets of its range."""
    items = tuple(
        PlanItem(
            exercise_id=exercise.id,
            exercise_name=exercise.name,
            sets=BUILTIN_SETS,
            reps_min=exercise.reps_min,
            reps_max=exercise.reps_max,
            tempo=exercise.tempo,
            unilateral=exercise.unilateral,
        )
        for exercise in exercises
    )
    return Plan(name=name, items=items, builtin=builtin)


def builtin_plan(exercises: Sequence[Exercise]) -> Plan:
    """The plan that ships with the app: the library's exercises, in order, 3 sets each.

    Exercises marked `in_builtin_plan = false` (the bent-knee calf raise, so the
    session stays near an hour) are left out; add them to a plan of your own.
    Reps and tempo come from each exercise; every item is bodyweight.
    """
    return plan_of([e for e in exercises if e.in_builtin_plan], BUILTIN_PLAN_NAME, builtin=True)


def queued_plan(exercises: Sequence[Exercise]) -> Plan | None:
    """The plan of the exercises queued from the Library, each at its usual dose, or None.

    Any exercise may be queued, also one the built-in plan leaves out.
    """
    if not exercises:
        return None
    return plan_of(exercises, QUEUE_PLAN_NAME)


def is_reserved_plan_name(name: str) -> bool:
    """Whether a name belongs to one of Legwork's own plans (ignoring case and spaces)."""
    return name.strip().casefold() in RESERVED_PLAN_NAMES


def check_own_plan_name(name: str) -> None:
    """`ValidationError` if the athlete may not save a plan under this name."""
    if is_reserved_plan_name(name):
        raise ValidationError(message(
            "The name “{name}” belongs to one of Legwork's own plans; give your plan another "
            "name.", name=name.strip()))
