"""Export the training history to CSV or JSON; `app.services.imports` reads the files back.

The CSV has one row per side-set, then one row per assessment trial.
Exporting a database and importing the file into an empty one gives a
database that exports to the very same file: floats are written in their
shortest exact form and times as ISO 8601 UTC with an offset. See
docs/history-and-export.md for the columns; `legwork_files` reads them and
`imports` writes them, as for every other app's file.
"""

import csv
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.records import SessionInfo, SetEntry
from app.domain.transfer import ExportFormat, ImportRefusedError, RowProblem
from app.domain.units import Unit, from_kg
from app.files import written_whole
from app.storage.assessment_files import (
    assessment_json,
    assessment_records,
    trial_rows,
)
from app.storage.database import Database, checked_alongside
from app.storage.history_export import write_csv_rows
from app.storage.legwork_files import (
    CSV_COLUMNS,
    JSON_FORMAT_NAME,
    JSON_FORMAT_VERSION,
    REQUIRED_COLUMNS,
)
from app.storage.models import AthleteRow, ExerciseRow, SetEntryRow, TrainingSessionRow
from app.storage.sessions import entry_from_row, session_info_from_row

__all__ = [
    "CSV_COLUMNS", "REQUIRED_COLUMNS", "ExportFormat", "ImportRefusedError", "RowProblem",
    "export_csv", "export_json", "exported_assessments", "write_export",
]


# ---------------------------------------------------------------------------- export


def _number(value: float) -> str:
    # repr is the shortest text that reads back to the same float; "10" reads nicer than "10.0".
    return repr(float(value)).removesuffix(".0")


def _time(value: datetime) -> str:
    return value.astimezone(UTC).isoformat()


def _optional_time(value: datetime | None) -> str:
    return "" if value is None else _time(value)


def _flag(value: bool | None) -> str:
    return "" if value is None else str(value).lower()


def _history(
    session: Session, athlete_id: int | None, *, with_empty_sessions: bool
) -> Iterator[tuple[str, SessionInfo, SetEntry | None]]:
    """(athlete name, session, set or None) for each set, oldest first, streamed."""
    query = (
        select(AthleteRow.name, TrainingSessionRow, SetEntryRow, ExerciseRow.slug)
        .join(TrainingSessionRow, TrainingSessionRow.athlete_id == AthleteRow.id)
        .join(SetEntryRow, SetEntryRow.session_id == TrainingSessionRow.id,
              isouter=with_empty_sessions)
        .join(ExerciseRow, SetEntryRow.exercise_id == ExerciseRow.id,
              isouter=with_empty_sessions)
        .order_by(AthleteRow.id, TrainingSessionRow.started_at, TrainingSessionRow.id,
                  SetEntryRow.recorded_at, SetEntryRow.id)
        .execution_options(yield_per=500)
    )
    if athlete_id is not None:
        query = query.where(AthleteRow.id == athlete_id)
    info: SessionInfo | None = None
    for name, session_row, set_row, slug in session.execute(query):
        if info is None or info.id != session_row.id:
            info = session_info_from_row(session_row)
        yield name, info, None if set_row is None else entry_from_row(set_row, slug)


def _write_csv_assessments(session: Session, writer: Any, athlete_id: int | None) -> int:
    """One row per assessment trial, after the sets; returns the trials written."""
    count = 0
    for record in assessment_records(session, athlete_id):
        for cells in trial_rows(record):
            writer.writerow([cells.get(column, "") for column in CSV_COLUMNS])
            count += 1
    return count


def export_csv(
    db: Database, out: TextIO, *, athlete_id: int | None = None, unit: Unit = Unit.KG
) -> int:
    """Write the history (one athlete's, or everyone's) as CSV; returns the sets written.

    `out` should be opened with ``newline=""``. Loads are converted to `unit`.
    Rows are written as the database hands them over (`history_export`), so any
    history size streams in constant memory.
    """
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    count = write_csv_rows(db, out, athlete_id, unit)
    with db.session() as session:
        _write_csv_assessments(session, writer, athlete_id)
    return count


def _json_set(entry: SetEntry, unit: Unit) -> dict[str, Any]:
    return {
        "timestamp": _time(entry.recorded_at), "exercise": entry.exercise_id,
        "side": entry.side.value, "set": entry.set_number, "reps": entry.reps,
        "load": from_kg(entry.load_kg, unit), "unit": unit.value, "rpe": entry.rpe,
        "rir": entry.rir, "touchdowns": entry.touchdowns,
        "progression_level": entry.progression_level, "form_knee": entry.form_knee,
        "form_hips": entry.form_hips, "tempo": entry.tempo, "notes": entry.notes,
        "warmup": entry.warmup,
    }


def _json_session(info: SessionInfo, sets: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "started": _time(info.started_at), "finished": _optional_time(info.finished_at) or None,
        "plan": info.plan_name, "status": info.status.value, "notes": info.notes, "sets": sets,
    }


def _indented(value: object, depth: int) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False).replace("\n", "\n" + "  " * depth)


def export_json(
    db: Database, out: TextIO, *, athlete_id: int | None = None, unit: Unit = Unit.KG
) -> int:
    """Write the history as nested JSON (athletes → sessions → sets); returns the sets written.

    Holds one session at a time in memory, so any history size streams. Sessions
    without sets are included (the CSV, having one row per set, cannot show them).
    """
    out.write(f'{{\n  "format": "{JSON_FORMAT_NAME}",\n  "version": {JSON_FORMAT_VERSION},\n'
              '  "athletes": [')
    count = 0
    with db.session() as session:
        rows = _history(session, athlete_id, with_empty_sessions=True)
        for athlete_index, (name, athlete_rows) in enumerate(groupby(rows, key=itemgetter(0))):
            out.write(("," if athlete_index else "")
                      + f'\n    {{"name": {json.dumps(name, ensure_ascii=False)}, "sessions": [')
            by_session = groupby(athlete_rows, key=lambda row: row[1].id)
            for session_index, (_, session_rows) in enumerate(by_session):
                one_session = list(session_rows)
                sets = [_json_set(entry, unit) for _, _, entry in one_session if entry is not None]
                count += len(sets)
                out.write(("," if session_index else "") + "\n      "
                          + _indented(_json_session(one_session[0][1], sets), 3))
            out.write("\n    ]}")
    out.write("\n  ]")
    _write_json_assessments(db, out, athlete_id)
    out.write("\n}\n")
    return count


def _write_json_assessments(db: Database, out: TextIO, athlete_id: int | None) -> None:
    """The top-level `assessments` list, after the athletes' sessions; one assessment at a time."""
    out.write(',\n  "assessments": [')
    with db.session() as session:
        for index, record in enumerate(assessment_records(session, athlete_id)):
            out.write(("," if index else "") + "\n    " + _indented(assessment_json(record), 2))
    out.write("\n  ]")


def exported_assessments(db: Database, athlete_id: int | None = None) -> tuple[int, int]:
    """(assessments, trials) an export of this history (or one athlete's) carries."""
    with db.session() as session:
        records = list(assessment_records(session, athlete_id))
    return len(records), sum(record.trial_count for record in records)


def write_export(
    db: Database,
    path: Path,
    export_format: ExportFormat,
    *,
    athlete_id: int | None = None,
    unit: Unit = Unit.KG,
) -> int:
    """Export to a file, all or nothing; returns the number of sets written.

    The file is written beside its final place and renamed over it at the end,
    so a crash or a full disk never leaves half a file under the chosen name.
    A file opened with its check pending is checked while the export is
    written, and a damaged one leaves no export behind.
    """
    writer = export_csv if export_format is ExportFormat.CSV else export_json
    with (written_whole(path) as temporary, checked_alongside(db),
          temporary.open("w", encoding="utf-8", newline="") as out):
        return writer(db, out, athlete_id=athlete_id, unit=unit)
