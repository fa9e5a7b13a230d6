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
from datetime import datetime, time, tzinfo

from app.domain.imports.collect import Collector, Workout
from app.domain.imports.model import SkipReason, SourceApp, SourceFile, SourceSet
from app.domain.imports.table import Table
from app.domain.imports.values import BadCell, load, naive_datetime, reps, to_utc, unit
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


def read(table: Table, zone: tzinfo | None) -> SourceFile:
    """Every day in a FitNotes export; `ImportRefusedError` lists the rows that are wrong."""
    out = Collector(SourceApp.FITNOTES, _layout(table))
    date_at, name_at, category_at, reps_at = (table.position(n) for n in REQUIRED)
    at = table.index
    kg_at, lb_at, plain_at, unit_at = at(*_KG), at(*_LB), at("weight"), at("weight unit")
    notes_at = at("comment", "notes", "note")
    if plain_at is None:
        out.units.update(u for u, column in ((Unit.KG, kg_at), (Unit.LB, lb_at)) if column is not None)
    for row, raw in table.rows():
        out.rows += 1
        try:
            cells = table.fit(raw, name_column=name_at)
            done = reps(cells[reps_at])
            if not done:
                out.skip(SkipReason.CARDIO)
                continue
            exercise = cells[name_at].strip()
            if not exercise:
                raise BadCell("the exercise has no name")
            weight, weight_unit = _weight(cells, kg_at, lb_at, plain_at, unit_at)
            if plain_at is not None and weight_unit is not None:
                out.units.add(weight_unit)
            workout = _day(out, cells[date_at], zone)
            category = cells[category_at].strip()
            if category and category not in workout.title.split(", "):
                workout.title = ", ".join(part for part in (workout.title, category) if part)
            note = cells[notes_at].strip() if notes_at is not None else ""
            workout.sets.append(SourceSet(
                row=row, key=workout.next_key(exercise, ""), exercise=exercise, reps=done,
                load=weight, unit=weight_unit, warmup=bool(_WARM_UP.match(note)), notes=note,
            ))
        except BadCell as problem:
            out.problems.add(row, str(problem))
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

