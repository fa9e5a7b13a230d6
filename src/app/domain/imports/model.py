"""What a training-log file holds once read: sessions and sets as the file states them.

Nothing here is mapped to Legwork's library yet: exercises are still the
file's names, sides may still be in those names, and a load may be in a unit
the file never states (Strong's comma exports). `plan.plan_import` resolves
all of that.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import NamedTuple

from app.domain.sides import Side
from app.domain.transfer import AssessmentRecord
from app.domain.units import Unit


class SourceApp(StrEnum):
    """The app whose export a file is (the values are the CLI's `--from` choices)."""

    LEGWORK = "legwork"
    STRONG = "strong"
    HEVY = "hevy"
    FITNOTES = "fitnotes"
    LIFTOSAUR = "liftosaur"

    @property
    def label(self) -> str:
        """The app's name as its makers write it."""
        return _LABELS[self]


_LABELS = {
    SourceApp.LEGWORK: "Legwork", SourceApp.STRONG: "Strong", SourceApp.HEVY: "Hevy",
    SourceApp.FITNOTES: "FitNotes", SourceApp.LIFTOSAUR: "Liftosaur",
}


class SkipReason(StrEnum):
    """Why a row of a file was left out on purpose (it is counted, not refused)."""

    CARDIO = "cardio"
    """No reps: a run, a row on the erg, a timed hold, an empty set."""
    REST_TIMER = "rest timer"
    """Strong writes a row for each rest timer."""
    NOT_DONE = "not done"
    """A set that was planned but not completed (Liftosaur)."""


class SourceSet(NamedTuple):
    """One logged set as the file has it (a named tuple: a big file makes half a million).

    `key` identifies the set within its session across exports of the same
    history (a later export repeats it), so a re-import can tell it is already
    there; None means "match by value" (Legwork's own files). `load` is in
    `unit`, or in the unit the athlete chooses when `unit` is None. `side` and
    `set_number` are set only when the file records them (Legwork's files);
    otherwise they are worked out from names, notes and order.
    """

    row: int
    key: str | None
    exercise: str
    reps: int
    load: float
    unit: Unit | None
    warmup: bool = False
    notes: str = ""
    rpe: float | None = None
    recorded_at: datetime | None = None
    side: Side | None = None
    set_number: int | None = None
    tempo: str = ""
    rir: int | None = None
    touchdowns: int = 0
    progression_level: int = 0
    form_knee: bool | None = None
    form_hips: bool | None = None


@dataclass(frozen=True)
class SourceSession:
    """One workout: when, what it was called, its notes and its sets in order.

    Times are aware UTC. `key` identifies the workout across exports (None:
    match by start time, for Legwork's own files). `athlete` is set only by
    files that name their athletes (Legwork's).
    """

    key: str | None
    started_at: datetime
    finished_at: datetime | None
    title: str
    notes: str
    sets: tuple[SourceSet, ...]
    athlete: str | None = None
    status: str = "finished"


@dataclass(frozen=True)
class SourceFile:
    """A whole file read: which app and layout, its sessions, what was skipped and why.

    `units` are the load units the file itself states (empty when it states
    none and the athlete's unit must be assumed). `assessments` are the
    testing days only Legwork's own files carry.
    """

    app: SourceApp
    layout: str
    sessions: tuple[SourceSession, ...]
    units: frozenset[Unit]
    rows: int
    skipped: Mapping[SkipReason, int] = field(default_factory=dict)
    assessments: tuple[AssessmentRecord, ...] = ()

    @property
    def unit_stated(self) -> bool:
        """Whether the file says which unit its loads are in."""
        return bool(self.units)
