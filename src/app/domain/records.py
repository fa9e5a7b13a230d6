"""Values that describe training that happened: one side-set, one session."""

from dataclasses import dataclass
from datetime import datetime

from app.domain.errors import ValidationError
from app.domain.sides import Side

MAX_REPS = 100
MAX_LOAD_KG = 500.0


@dataclass(frozen=True)
class SetEntry:
    """One set on one leg, as the athlete accepted it.

    Load is always kilograms of *external* load; 0 means bodyweight only.
    `recorded_at` is an aware UTC datetime. A `warmup` set (from an imported log)
    is history, not training: progress, records, last time and advice skip it.
    """

    exercise_id: str
    side: Side
    set_number: int
    reps: int
    load_kg: float
    tempo: str
    recorded_at: datetime
    rpe: float | None = None
    rir: int | None = None
    touchdowns: int = 0
    progression_level: int = 0
    form_ok: bool | None = None
    notes: str = ""
    warmup: bool = False

    def __post_init__(self) -> None:
        validate_set_values(
            reps=self.reps, load_kg=self.load_kg, rpe=self.rpe, rir=self.rir,
            touchdowns=self.touchdowns, set_number=self.set_number,
        )
        if self.recorded_at.tzinfo is None:
            raise ValidationError("recorded_at must carry a time zone (UTC)")


def validate_set_values(
    *,
    reps: int,
    load_kg: float,
    rpe: float | None = None,
    rir: int | None = None,
    touchdowns: int = 0,
    set_number: int = 1,
) -> None:
    """Refuse values no real set can have, with a message that names the field."""
    if reps < 0:
        raise ValidationError(f"Reps cannot be negative (got {reps}).")
    if reps > MAX_REPS:
        raise ValidationError(f"Reps must be {MAX_REPS} or fewer (got {reps}).")
    if load_kg != load_kg or load_kg < 0:
        raise ValidationError(f"Load cannot be negative (got {load_kg} kg).")
    if load_kg > MAX_LOAD_KG:
        raise ValidationError(f"Load must be {MAX_LOAD_KG:g} kg or less (got {load_kg:g} kg).")
    if rpe is not None and not 1 <= rpe <= 10:
        raise ValidationError(f"RPE must be between 1 and 10 (got {rpe:g}).")
    if rir is not None and not 0 <= rir <= 10:
        raise ValidationError(f"Reps in reserve must be between 0 and 10 (got {rir}).")
    if touchdowns < 0:
        raise ValidationError(f"Balance touch-downs cannot be negative (got {touchdowns}).")
    if set_number < 1:
        raise ValidationError(f"Set numbers start at 1 (got {set_number}).")
