"""Hevy's CSV export.

``title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,
set_index,set_type,weight_kg,reps,distance_km,duration_seconds,rpe``; imperial
accounts have ``weight_lbs`` (and ``distance_miles``, which varies on its own).
Times read "15 Sep 2025, 07:48" in English month names and are local times.
``set_type`` is normal, warmup, failure or dropset; a bodyweight set has an
empty weight; a set without reps (cardio, a timed hold) is counted and skipped.
"""

from datetime import tzinfo

from app.domain.imports.collect import Collector, Workout
from app.domain.imports.model import SourceApp, SourceFile, SourceSet
from app.domain.imports.table import Table
from app.domain.imports.values import (
    BadCell,
    exercise_name,
    load,
    naive_datetime,
    rpe,
    to_utc,
    unit_in_header,
)

REQUIRED = ("title", "start_time", "exercise_title", "set_type", "reps")
WEIGHT_COLUMNS = ("weight_kg", "weight_lbs", "weight_lb")
_NOTES = {"failure": "failure", "dropset": "drop set", "drop_set": "drop set"}


def matches(table: Table) -> bool:
    """Whether the header is Hevy's."""
    return all(name in table.columns for name in REQUIRED) and any(
        name in table.columns for name in WEIGHT_COLUMNS)


def read(table: Table, zone: tzinfo | None) -> SourceFile:
    """Every workout in a Hevy export; `ImportRefusedError` lists the rows that are wrong."""
    weight_at = table.position(*WEIGHT_COLUMNS)
    weight_unit = unit_in_header(table.columns[weight_at])
    out = Collector(SourceApp.HEVY, f"Hevy export, loads in {weight_unit}")
    if weight_unit is not None:
        out.units.add(weight_unit)
    title_at, start_at, name_at, type_at, reps_at = (table.position(n) for n in REQUIRED)
    at = table.index
    end_at, description_at, notes_at = at("end_time"), at("description"), at("exercise_notes")
    index_at, rpe_at = at("set_index"), at("rpe")
    for row, raw in table.rows():
        out.rows += 1
        try:
            cells = table.fit(raw, name_column=name_at)
            done = out.reps_or_skip(cells[reps_at])
            if done is None:
                continue
            exercise = exercise_name(cells[name_at])
            set_type = cells[type_at].strip().casefold()
            workout = _workout(out, cells, title_at, start_at, end_at, description_at, zone)
            label = cells[index_at].strip() if index_at is not None else ""
            marker = _NOTES.get(set_type, "" if set_type in ("normal", "warmup", "") else set_type)
            note = cells[notes_at].strip() if notes_at is not None else ""
            workout.sets.append(SourceSet(
                row=row, key=workout.next_key(exercise, label), exercise=exercise, reps=done,
                load=load("weight", cells[weight_at]), unit=weight_unit,
                warmup=set_type == "warmup",
                notes="; ".join(part for part in (marker, note) if part),
                rpe=rpe(cells[rpe_at]) if rpe_at is not None else None,
            ))
        except BadCell as problem:
            out.problems.add(row, str(problem))
    return out.result()


def _workout(out: Collector, cells: list[str], title_at: int, start_at: int, end_at: int | None,
             description_at: int | None, zone: tzinfo | None) -> Workout:
    end_text = cells[end_at].strip() if end_at is not None else ""
    group = (cells[start_at].strip(), end_text, cells[title_at].strip())
    workout = out.workouts.get(group)
    if workout is None:
        started = naive_datetime("start_time", cells[start_at])
        started_at = to_utc(started, zone)
        finished_at = to_utc(naive_datetime("end_time", end_text), zone) if end_text else None
        workout = out.workouts[group] = Workout(
            key=out.session_key(started), started_at=started_at,
            finished_at=finished_at if finished_at is not None and finished_at >= started_at
            else None,
            title=group[2],
            notes=cells[description_at].strip() if description_at is not None else "",
        )
    return workout
