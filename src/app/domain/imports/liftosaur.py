"""Liftosaur's history CSV (its export, and the format its own import reads).

One row per set: ``Workout DateTime`` (ISO 8601 UTC) groups rows into workouts,
``Is Warmup Set?`` is 1 or 0, ``Completed Reps``/``Completed Weight Value``/
``Completed Weight Unit`` are what was done, ``Completed Reps Time`` when. A
planned set never done (no completed reps) is counted and skipped.
"""

from datetime import tzinfo

from app.domain.imports.collect import Collector, Workout
from app.domain.imports.model import SkipReason, SourceApp, SourceFile, SourceSet
from app.domain.imports.table import Table
from app.domain.imports.values import (
    BadCell,
    aware_datetime,
    exercise_name,
    flag,
    load,
    rpe,
    unit,
)

REQUIRED = ("workout datetime", "exercise", "completed reps")


def matches(table: Table) -> bool:
    """Whether the header is Liftosaur's."""
    return all(name in table.columns for name in REQUIRED)


def read(table: Table, zone: tzinfo | None) -> SourceFile:
    """Every workout in a Liftosaur file; `ImportRefusedError` lists the rows that are wrong.

    Its times carry their zone, so `zone` is not needed.
    """
    out = Collector(SourceApp.LIFTOSAUR, "Liftosaur history CSV")
    when_at, name_at, reps_at = (table.position(n) for n in REQUIRED)
    at = table.index
    warmup_at, rpe_at = at("is warmup set?"), at("completed rpe")
    time_at = at("completed reps time")
    weight_at, unit_at = at("completed weight value"), at("completed weight unit")
    planned_at, planned_unit_at = at("required weight value"), at("required weight unit")
    program_at, day_at, notes_at = at("program"), at("day name"), at("notes")
    for row, raw in table.rows():
        out.rows += 1
        try:
            cells = table.fit(raw, name_column=name_at)
            if not cells[reps_at].strip():
                out.skip(SkipReason.NOT_DONE)
                continue
            done = out.reps_or_skip(cells[reps_at])
            if done is None:
                continue
            exercise = exercise_name(cells[name_at])
            # The weight done; when it was not logged, the weight the programme set.
            value_at, which_unit_at = weight_at, unit_at
            if value_at is None or not cells[value_at].strip():
                value_at, which_unit_at = planned_at, planned_unit_at
            weight = load("weight", cells[value_at]) if value_at is not None else 0.0
            set_unit = (unit(cells[which_unit_at]) if which_unit_at is not None
                        and cells[which_unit_at].strip() else None)
            if set_unit is not None:
                out.units.add(set_unit)
            workout = _workout(out, cells, when_at, program_at, day_at)
            done_at = (aware_datetime("Completed Reps Time", cells[time_at])
                       if time_at is not None and cells[time_at].strip() else None)
            if done_at is not None and (workout.finished_at is None
                                        or done_at > workout.finished_at):
                workout.finished_at = done_at
            workout.sets.append(SourceSet(
                row=row, key=workout.next_key(exercise, ""), exercise=exercise, reps=done,
                load=weight, unit=set_unit,
                warmup=flag("Is Warmup Set?", cells[warmup_at]) if warmup_at is not None else False,
                rpe=rpe(cells[rpe_at]) if rpe_at is not None else None,
                recorded_at=done_at, notes=cells[notes_at].strip() if notes_at is not None else "",
            ))
        except BadCell as problem:
            out.problems.add(row, str(problem))
    return out.result()


def _workout(out: Collector, cells: list[str], when_at: int, program_at: int | None,
             day_at: int | None) -> Workout:
    text = cells[when_at].strip()
    workout = out.workouts.get(text)
    if workout is None:
        started_at = aware_datetime("Workout DateTime", text)
        title = " – ".join(cells[i].strip() for i in (program_at, day_at)
                           if i is not None and cells[i].strip())
        workout = out.workouts[text] = Workout(
            key=out.session_key(text), started_at=started_at, finished_at=None, title=title,
            notes="",
        )
    return workout
