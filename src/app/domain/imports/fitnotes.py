"""FitNotes' CSV exports.

- Android, older: ``Date,Exercise,Category,Weight (kgs),Reps,Distance,Distance Unit,Time``
  (or ``Weight (lbs)``);
- Android, newer: ``Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,
  Time[,Comment]``, which does not quote exercise names with commas in them;
- iOS: ``Date,Exercise,Category,Weight (kg),Weight (lbs),Reps,Distance,Distance Unit,Time,
  Notes,Kind``.

Dates only: one session per day, its sets in the order of the rows. A set whose
comment starts "warm up" is a warm-up (FitNotes has no other way to say so).
"""

import re
from dataclasses import dataclass
from datetime import datetime, time, tzinfo

from app.domain.imports.collect import Collector, Workout
from app.domain.imports.model import SkipReason, SourceApp, SourceFile, SourceSet
from app.domain.imports.table import Table
from app.domain.imports.values import (
    BadCell,
    exercise_name,
    load,
    naive_datetime,
    reps,
    to_utc,
    unit,
)
from app.domain.units import Unit

REQUIRED = ("date", "exercise", "category", "reps")
_KG = ("weight (kgs)", "weight (kg)")
_LB = ("weight (lbs)", "weight (lb)")
# A date-only session is placed at midday: the same calendar day in any time zone
# a traveller is likely to open it in.
_SESSION_TIME = time(12, 0)
_WARM_UP = re.compile(r"^\s*warm[\s-]?ups?\b", re.IGNORECASE)


def matches(table: Table) -> bool:
    """Whether the header is one of FitNotes'."""
    return all(name in table.columns for name in REQUIRED) and (
        table.index("weight", *_KG, *_LB) is not None)


def _layout(table: Table) -> str:
    if "kind" in table.columns:
        return "FitNotes for iOS export"
    if "weight unit" in table.columns:
        return "FitNotes for Android export (Weight Unit column)"
    return "FitNotes for Android export (older, unit in the Weight header)"


@dataclass(frozen=True)
class _Row:
    day: str
    exercise: str
    category: str
    reps: int
    weight: float
    unit: Unit | None
    note: str


@dataclass(frozen=True)
class _Columns:
    date: int
    name: int
    category: int
    reps: int
    kg: int | None
    lb: int | None
    plain: int | None
    unit: int | None
    notes: int | None

    def parse(self, cells: list[str]) -> _Row | None:
        """One row's values (None for a row without reps), or `BadCell`; no side effects."""
        done = reps(cells[self.reps])
        if not done:
            return None
        exercise = exercise_name(cells[self.name])
        weight, weight_unit = _weight(cells, self.kg, self.lb, self.plain, self.unit)
        naive_datetime("Date", cells[self.date])
        return _Row(cells[self.date].strip(), exercise, cells[self.category].strip(), done,
                    weight, weight_unit,
                    cells[self.notes].strip() if self.notes is not None else "")


def _first_that_parses(columns: _Columns, options: list[list[str]]) -> _Row | None:
    # A name with an unquoted comma shifts every later column, so only the right
    # arrangement of the cells reads as numbers where numbers belong.
    first: BadCell | None = None
    for cells in options:
        try:
            return columns.parse(cells)
        except BadCell as problem:
            first = first or problem
    assert first is not None
    raise first


def read(table: Table, zone: tzinfo | None) -> SourceFile:
    """Every day in a FitNotes export; `ImportRefusedError` lists the rows that are wrong."""
    out = Collector(SourceApp.FITNOTES, _layout(table))
    at = table.index
    columns = _Columns(
        date=table.position("date"), name=table.position("exercise"),
        category=table.position("category"), reps=table.position("reps"), kg=at(*_KG),
        lb=at(*_LB), plain=at("weight"), unit=at("weight unit"),
        notes=at("comment", "notes", "note"),
    )
    if columns.plain is None:
        out.units.update(u for u, c in ((Unit.KG, columns.kg), (Unit.LB, columns.lb))
                         if c is not None)
    for row, raw in table.rows():
        out.rows += 1
        try:
            parsed = _first_that_parses(
                columns, table.arrangements(raw, name_column=columns.name))
        except BadCell as problem:
            out.problems.add(row, str(problem))
            continue
        if parsed is None:
            out.skip(SkipReason.CARDIO)
            continue
        if columns.plain is not None and parsed.unit is not None:
            out.units.add(parsed.unit)
        workout = _day(out, parsed.day, zone)
        if parsed.category and parsed.category not in workout.title.split(", "):
            workout.title = ", ".join(part for part in (workout.title, parsed.category) if part)
        workout.sets.append(SourceSet(
            row=row, key=workout.next_key(parsed.exercise, ""), exercise=parsed.exercise,
            reps=parsed.reps, load=parsed.weight, unit=parsed.unit,
            warmup=bool(_WARM_UP.match(parsed.note)), notes=parsed.note,
        ))
    return out.result()


def _weight(cells: list[str], kg_at: int | None, lb_at: int | None, plain_at: int | None,
            unit_at: int | None) -> tuple[float, Unit | None]:
    if plain_at is not None:
        stated = cells[unit_at].strip() if unit_at is not None else ""
        return load("Weight", cells[plain_at]), unit(stated) if stated else None
    kg = load("Weight (kg)", cells[kg_at]) if kg_at is not None and cells[kg_at].strip() else None
    lb = load("Weight (lbs)", cells[lb_at]) if lb_at is not None and cells[lb_at].strip() else None
    if kg is None and lb is None:
        return 0.0, Unit.KG if kg_at is not None else Unit.LB
    # iOS writes both, one of them converted and rounded to 0.01: keep the one the
    # athlete typed, which is the round one (40 kg / 88.18 lb; 40.82 kg / 90 lb).
    if kg is not None and (lb is None or _round(kg) or not _round(lb)):
        return kg, Unit.KG
    assert lb is not None
    return lb, Unit.LB


def _round(value: float) -> bool:
    return abs(value * 4 - round(value * 4)) < 1e-9


def _day(out: Collector, text: str, zone: tzinfo | None) -> Workout:
    day = text.strip()
    workout = out.workouts.get(day)
    if workout is None:
        naive = naive_datetime("Date", day)
        started = datetime.combine(naive.date(), _SESSION_TIME)
        workout = out.workouts[day] = Workout(
            key=out.session_key(naive.date().isoformat()), started_at=to_utc(started, zone),
            finished_at=None, title="", notes="",
        )
    return workout

