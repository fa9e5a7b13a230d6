"""What every reader does alike: group sets into workouts, key them, count skips and problems."""

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from app.domain.imports.model import SkipReason, SourceApp, SourceFile, SourceSession, SourceSet
from app.domain.imports.problems import ProblemList
from app.domain.imports.values import reps
from app.domain.units import Unit


def set_key(*parts: object) -> str:
    """A short stable key for a set from the parts that identify it in its workout.

    The parts are the file's own words (exercise name, set label, how many
    times that pair came before), so every export of the same history gives the
    same key; hashing keeps it one size whatever the name's length.
    """
    text = "\x1f".join(str(part) for part in parts)
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


@dataclass
class Workout:
    """A session being gathered from consecutive or scattered rows."""

    key: str
    started_at: datetime
    finished_at: datetime | None
    title: str
    notes: str
    sets: list[SourceSet] = field(default_factory=list)
    _seen: Counter[tuple[str, str]] = field(default_factory=Counter)

    def next_key(self, exercise: str, label: str) -> str:
        """The key of the next set labelled `label` of `exercise` in this workout."""
        occurrence = self._seen[(exercise, label)]
        self._seen[(exercise, label)] += 1
        return set_key(exercise, label, occurrence)


class Collector:
    """Gathers a reader's workouts in file order with its skips, units and problems."""

    def __init__(self, app: SourceApp, layout: str) -> None:
        self.app = app
        self.layout = layout
        self.problems = ProblemList()
        self.skipped: Counter[SkipReason] = Counter()
        self.units: set[Unit] = set()
        self.rows = 0
        self.workouts: dict[object, Workout] = {}

    def session_key(self, started: datetime | str) -> str:
        """The key of a workout: the app and its start as the file wrote it (no zone)."""
        text = started.isoformat() if isinstance(started, datetime) else started
        return f"{self.app.value}:{text}"

    def skip(self, reason: SkipReason) -> None:
        """Count a row left out on purpose."""
        self.skipped[reason] += 1

    def reps_or_skip(self, text: str) -> int | None:
        """A row's reps, or None for a row without any (cardio, a timed hold), counted."""
        done = reps(text)
        if not done:
            self.skip(SkipReason.CARDIO)
            return None
        return done

    def result(self) -> SourceFile:
        """The file read, or `ImportRefusedError` listing every bad row."""
        self.problems.raise_if_any()
        keys = Counter(w.key for w in self.workouts.values())
        sessions = []
        seen: Counter[str] = Counter()
        for workout in self.workouts.values():
            key = workout.key
            # Two workouts started in the same minute (Hevy keeps minutes only) stay apart.
            if keys[key] > 1:
                seen[key] += 1
                key = f"{key}#{seen[key]}"
            sessions.append(SourceSession(
                key=key, started_at=workout.started_at, finished_at=workout.finished_at,
                title=workout.title, notes=workout.notes, sets=tuple(workout.sets),
            ))
        return SourceFile(
            app=self.app, layout=self.layout, sessions=tuple(sessions),
            units=frozenset(self.units), rows=self.rows, skipped=dict(self.skipped),
        )
