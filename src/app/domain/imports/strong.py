"""Strong's CSV exports, every generation.

- comma-separated ``Date,Workout Name,Exercise Name,Set Order,Weight,Reps,…`` (the old
  one), the same with ``Duration`` after the workout name, and the 2025 one without
  the notes columns (reps written ``10.0``, set order ``W``/``D``/``F``);
- semicolon-separated with ``Weight Unit`` and ``Distance Unit`` columns;
- the fully quoted semicolon one with ``"Workout #"``, ``"Duration (sec)"`` and
  ``"Weight (kg)"`` (or lbs), set order ``WARM_UP``/``FAILURE``/``DROP_SET``.

The comma exports state no unit: their loads are in whatever unit the athlete
chooses. One workout per start time; rest-timer rows and rows without reps
(cardio, timed holds) are counted and skipped.
"""

from datetime import timedelta, tzinfo

from app.domain.imports.collect import Collector, Workout
from app.domain.imports.model import SkipReason, SourceApp, SourceFile, SourceSet
from app.domain.imports.table import Table
from app.domain.imports.values import (
    BadCell,
    duration,
    exercise_name,
    load,
    naive_datetime,
    rpe,
    to_utc,
    unit,
    unit_in_header,
)

REQUIRED = ("date", "exercise name", "set order", "reps")
WEIGHT_COLUMNS = ("weight", "weight (kg)", "weight (kgs)", "weight (lbs)", "weight (lb)")
_DURATIONS = ("duration", "workout duration", "duration (sec)", "duration (seconds)")
# A workout longer than this is one the athlete forgot to stop: keep its start only.
_LONGEST_WORKOUT = timedelta(hours=24)

_WARM_UP = frozenset({"w", "warm_up", "warmup", "warm-up", "warm up"})
_MARKED = {
    "d": "drop set", "drop_set": "drop set", "dropset": "drop set", "drop set": "drop set",
    "f": "failure", "failure": "failure",
}


def matches(table: Table) -> bool:
    """Whether the header is one of Strong's."""
    return all(name in table.columns for name in REQUIRED) and any(
        name in table.columns for name in WEIGHT_COLUMNS)


def _layout(table: Table) -> str:
    columns = table.columns
    if "workout #" in columns:
        return "Strong, quoted semicolon-separated export with Workout #"
    if "weight unit" in columns:
        return "Strong, semicolon-separated export with unit columns"
    if "notes" not in columns:
        return "Strong, 2025 comma-separated export (no notes columns)"
    if any(name in columns for name in _DURATIONS):
        return "Strong, comma-separated export with Duration"
    return "Strong, comma-separated export without Duration"


def _set_kind(text: str) -> tuple[str, bool, str]:
    """(label for the key, warm-up?, note) from a Set Order cell; BadCell if unknown."""
    label = text.strip()
    folded = label.casefold()
    if not folded or folded.isdigit():
        return label, False, ""
    if folded in _WARM_UP:
        return "W", True, ""
    if folded in _MARKED:
        return _MARKED[folded], False, _MARKED[folded]
    raise BadCell(f"Set Order must be a number, W, D, F or Rest Timer (got {text!r})")


def read(table: Table, zone: tzinfo | None) -> SourceFile:
    """Every workout in a Strong export; `ImportRefusedError` lists the rows that are wrong."""
    out = Collector(SourceApp.STRONG, _layout(table))
    at = table.index
    date_at, name_at, order_at, reps_at = (table.position(name) for name in REQUIRED)
    weight_at = table.position(*WEIGHT_COLUMNS)
    header_unit = unit_in_header(table.columns[weight_at])
    if header_unit is not None:
        out.units.add(header_unit)
    unit_at, workout_at, number_at = at("weight unit"), at("workout name"), at("workout #")
    duration_at, notes_at, workout_notes_at = at(*_DURATIONS), at("notes"), at("workout notes")
    rpe_at = at("rpe")
    for row, raw in table.rows():
        out.rows += 1
        try:
            cells = table.fit(raw, name_column=name_at)
            if cells[order_at].strip().casefold() == "rest timer":
                out.skip(SkipReason.REST_TIMER)
                continue
            done = out.reps_or_skip(cells[reps_at])
            if done is None:
                continue
            label, warmup, marker = _set_kind(cells[order_at])
            exercise = exercise_name(cells[name_at])
            weight = load("Weight", cells[weight_at])
            row_unit = header_unit
            if unit_at is not None and cells[unit_at].strip():
                row_unit = unit(cells[unit_at])
                out.units.add(row_unit)
            workout = _workout(out, cells, date_at, number_at, workout_at, duration_at,
                               workout_notes_at, zone)
            note = cells[notes_at].strip() if notes_at is not None else ""
            workout.sets.append(SourceSet(
                row=row, key=workout.next_key(exercise, label), exercise=exercise, reps=done,
                load=weight, unit=row_unit, warmup=warmup,
                notes="; ".join(part for part in (marker, note) if part),
                rpe=rpe(cells[rpe_at]) if rpe_at is not None else None,
            ))
        except BadCell as problem:
            out.problems.add(row, str(problem))
    return out.result()


def _workout(out: Collector, cells: list[str], date_at: int, number_at: int | None,
             workout_at: int | None, duration_at: int | None, notes_at: int | None,
             zone: tzinfo | None) -> Workout:
    group = (cells[date_at].strip(), cells[number_at].strip() if number_at is not None else "")
    workout = out.workouts.get(group)
    if workout is None:
        started = naive_datetime("Date", cells[date_at])
        length = duration(cells[duration_at]) if duration_at is not None else None
        started_at = to_utc(started, zone)
        finished_at = (started_at + length
                       if length is not None and timedelta(0) < length <= _LONGEST_WORKOUT
                       else None)
        workout = out.workouts[group] = Workout(
            key=out.session_key(started), started_at=started_at, finished_at=finished_at,
            title=cells[workout_at].strip() if workout_at is not None else "",
            notes="",
        )
    if notes_at is not None and not workout.notes:
        workout.notes = cells[notes_at].strip()
    return workout
