"""Export the training history to CSV or JSON, and import those files back.

The CSV has one row per side-set. Exporting a database and importing the file
into an empty one gives a database that exports to the very same file: floats
are written in their shortest exact form and times as ISO 8601 UTC with an
offset. Import checks every row before it writes anything, then writes all of
them in one transaction, so a broken file changes nothing. See
docs/history-and-export.md for the columns; `legwork_files` reads them and
`imports` writes them, as for every other app's file.
"""

import csv
import itertools
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.errors import LegworkError
from app.domain.imports.model import SourceFile
from app.domain.imports.plan import plan_import
from app.domain.imports.table import first_lines, open_table
from app.domain.records import SessionInfo, SetEntry
from app.domain.transfer import ExportFormat, ImportRefusedError, ImportSummary, RowProblem
from app.domain.units import Unit, from_kg
from app.files import written_whole
from app.storage.database import Database
from app.storage.exercises import list_exercises
from app.storage.history_export import write_csv_rows
from app.storage.imports import write_plan
from app.storage.legwork_files import (
    CSV_COLUMNS,
    JSON_FORMAT_NAME,
    JSON_FORMAT_VERSION,
    REQUIRED_COLUMNS,
    read_legwork_csv,
    read_legwork_json,
)
from app.storage.models import AthleteRow, ExerciseRow, SetEntryRow, TrainingSessionRow
from app.storage.sessions import entry_from_row, session_info_from_row

__all__ = [
    "CSV_COLUMNS", "REQUIRED_COLUMNS", "ExportFormat", "ImportRefusedError", "ImportSummary",
    "RowProblem", "export_csv", "export_json", "import_csv", "import_file", "write_export",
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


def export_csv(
    db: Database, out: TextIO, *, athlete_id: int | None = None, unit: Unit = Unit.KG
) -> int:
    """Write the history (one athlete's, or everyone's) as CSV; returns the sets written.

    `out` should be opened with ``newline=""``. Loads are converted to `unit`.
    Rows are written as the database hands them over (`history_export`), so any
    history size streams in constant memory.
    """
    csv.writer(out).writerow(CSV_COLUMNS)
    return write_csv_rows(db, out, athlete_id, unit)


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
    out.write("\n  ]\n}\n")
    return count


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
    """
    writer = export_csv if export_format is ExportFormat.CSV else export_json
    with written_whole(path) as temporary, temporary.open("w", encoding="utf-8", newline="") as out:
        return writer(db, out, athlete_id=athlete_id, unit=unit)


# ---------------------------------------------------------------------------- import


def import_csv(db: Database, source: TextIO) -> ImportSummary:
    """Import a CSV in the export's format: check every row, then write all in one transaction.

    Athletes are matched by name (ignoring case) and created if missing; rows
    are grouped into sessions by (athlete, session_started); a session the
    athlete already has (same start) gets only the sets it lacks, so importing
    a file twice adds nothing. Loads in lb are converted to kg. Any bad row
    raises `ImportRefusedError` naming the row and the reason, and nothing is
    written. Other apps' files go through `app.services.imports`.
    """
    return _import(db, read_legwork_csv(open_table(source)))


def _import(db: Database, source: SourceFile) -> ImportSummary:
    plan = plan_import(source, list_exercises(db), athlete="", unit=Unit.KG)
    written = write_plan(db, plan)
    return ImportSummary(
        athletes_added=len(written.athletes_added),
        sessions_added=written.sessions_added,
        sets_added=written.sets_added,
        sessions_skipped=written.sessions_skipped,
        exercises_added=written.exercises_added,
    )


def import_file(db: Database, path: Path) -> ImportSummary:
    """`import_csv`, or the JSON `export` writes, from a file (UTF-8, with or without a BOM)."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as source:
            head, lines = first_lines(source)
            if head[-1:] and head[-1].lstrip().startswith("{"):
                return _import(db, read_legwork_json("".join(itertools.chain(head, lines))))
            return _import(db, read_legwork_csv(open_table(itertools.chain(head, lines))))
    except FileNotFoundError:
        raise LegworkError(f"There is no file {str(path)!r} to import.") from None
    except IsADirectoryError:
        raise LegworkError(f"{str(path)!r} is a folder; choose a CSV file.") from None
    except UnicodeDecodeError:
        raise LegworkError(
            f"{path.name!r} is not a UTF-8 text file; choose a CSV file Legwork exported."
        ) from None
