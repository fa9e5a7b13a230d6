"""Values that describe training that happened: one side-set, one session."""

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from app.domain.errors import ValidationError
from app.domain.messages import message
from app.domain.sides import Side

MAX_REPS = 100
MAX_LOAD_KG = 500.0

# Effort, on one scale everywhere (the log, the set editor, the sheets, CSV and JSON):
# RPE from 1 (easy) to 10 (nothing left) in half steps, or the reps left in reserve.
RPE_MIN = 1.0
RPE_MAX = 10.0
RPE_STEP = 0.5
RPE_CHOICES: tuple[float, ...] = tuple(
    RPE_MIN + RPE_STEP * step for step in range(int((RPE_MAX - RPE_MIN) / RPE_STEP) + 1)
)
"""Every RPE a form offers, 1 to 10 in half steps."""
MAX_RIR = 10
RIR_CHOICES: tuple[int, ...] = tuple(range(MAX_RIR + 1))
"""Every reps-in-reserve count a form offers, 0 to 10."""


@dataclass(frozen=True)
class SetEntry:
    """One set on one leg, as the athlete accepted it.

    Load is always kilograms of *external* load; 0 means bodyweight only.
    `recorded_at` is an aware UTC datetime. The form check is two answers:
    `form_knee` (the knee tracked over the toes) and `form_hips` (the hips
    stayed level); each is True, False, or None when the athlete did not answer.
    A `warmup` set (from an imported log) is history, not training: progress,
    records, last time and advice skip it.
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
    form_knee: bool | None = None
    form_hips: bool | None = None
    notes: str = ""
    warmup: bool = False

    def __post_init__(self) -> None:
        validate_set_values(
            reps=self.reps, load_kg=self.load_kg, rpe=self.rpe, rir=self.rir,
            touchdowns=self.touchdowns, set_number=self.set_number,
        )
        if self.recorded_at.tzinfo is None:
            raise ValidationError("recorded_at must carry a time zone (UTC)")

    @property
    def form_ok(self) -> bool | None:
        """Both form answers together: False if either is no, True if both are yes, else None."""
        return combined_form(self.form_knee, self.form_hips)


def combined_form(knee: bool | None, hips: bool | None) -> bool | None:
    """One verdict from the two form answers: any "no" is a fault; "yes" needs both."""
    if knee is False or hips is False:
        return False
    if knee is True and hips is True:
        return True
    return None


def legacy_form_answers(form_ok: bool | None) -> tuple[bool | None, bool | None]:
    """The two answers (knee, hips) for a set stored with the old single form check.

    Before the form check had two questions it had one yes/no, and the log
    showed it ticked already, so a "yes" was usually the untouched default, not
    an answer: it becomes "not answered" on both. A "no" was an answer (the
    athlete unticked a box) but did not say which: it becomes "no" on both, so
    the fault is kept. See docs/history-and-export.md.
    """
    if form_ok is False:
        return False, False
    return None, None


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
        raise ValidationError(message("Reps cannot be negative (got {reps}).", reps=reps))
    if reps > MAX_REPS:
        raise ValidationError(message(
            "Reps must be {max} or fewer (got {reps}).", max=MAX_REPS, reps=reps))
    if load_kg != load_kg or load_kg < 0:
        raise ValidationError(message("Load cannot be negative (got {load} kg).", load=load_kg))
    if load_kg > MAX_LOAD_KG:
        raise ValidationError(message(
            "Load must be {max:g} kg or less (got {load:g} kg).", max=MAX_LOAD_KG, load=load_kg))
    if rpe is not None and not RPE_MIN <= rpe <= RPE_MAX:
        raise ValidationError(message(
            "RPE must be between {low:g} and {high:g} (got {rpe:g}).",
            low=RPE_MIN, high=RPE_MAX, rpe=rpe))
    if rir is not None and not 0 <= rir <= MAX_RIR:
        raise ValidationError(message(
            "Reps in reserve must be between 0 and {high} (got {rir}).", high=MAX_RIR, rir=rir))
    if touchdowns < 0:
        raise ValidationError(message(
            "Balance touch-downs cannot be negative (got {count}).", count=touchdowns))
    if set_number < 1:
        raise ValidationError(message("Set numbers start at 1 (got {number}).", number=set_number))


class SessionStatus(StrEnum):
    """Where a training session stands; only in-progress sessions take new sets."""

    IN_PROGRESS = "in_progress"
    FINISHED = "finished"
    ABANDONED = "abandoned"


@dataclass(frozen=True)
class SessionInfo:
    """A recorded training session (times are aware UTC)."""

    id: int
    athlete_id: int
    plan_name: str
    started_at: datetime
    finished_at: datetime | None
    status: SessionStatus
    notes: str
    # Which imported workout this is (None for sessions logged in Legwork).
    source_key: str | None = None


@dataclass(frozen=True)
class RecordedSet:
    """A stored set with the ids needed to edit or delete it."""

    id: int
    session_id: int
    entry: SetEntry
    # Which set of an imported file this is, kept so an undone delete restores it whole.
    source_key: str | None = None


@dataclass(frozen=True)
class SessionRecord:
    """A session with its sets (ids included): what History lists and what undo restores."""

    info: SessionInfo
    sets: tuple[RecordedSet, ...]
