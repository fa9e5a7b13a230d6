"""Export the training history to CSV or JSON, and import the app's own CSV back.

The CSV has one row per side-set. Exporting a database and importing the file
into an empty one gives a database that exports to the very same file: floats
are written in their shortest exact form and times as ISO 8601 UTC with an
offset. Import checks every row before it writes anything, then writes all of
them in one transaction, so a broken file changes nothing. See
docs/history-and-export.md for the columns.
"""

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.domain.athletes import clean_athlete_name
from app.domain.errors import LegworkError, ValidationError
from app.domain.records import SessionInfo, SessionStatus, SetEntry, legacy_form_answers
from app.domain.sides import Side
from app.domain.tempo import Tempo
from app.domain.transfer import ExportFormat, ImportRefusedError, ImportSummary, RowProblem
from app.domain.units import Unit, from_kg, parse_load
from app.files import written_whole
from app.storage.database import Database
from app.storage.models import AthleteRow, ExerciseRow, SetEntryRow, TrainingSessionRow
from app.storage.sessions import entry_from_row, session_info_from_row

CSV_COLUMNS = (
    "timestamp", "athlete", "exercise", "side", "set", "reps", "load", "unit", "rpe", "rir",
    "touchdowns", "progression_level", "form_knee", "form_hips", "tempo", "notes",
    "session_started", "session_finished", "plan", "session_status", "session_notes",
)
"""Every column the export writes, in order."""

REQUIRED_COLUMNS = (
    "timestamp", "athlete", "exercise", "side", "set", "reps", "load", "unit", "rpe", "tempo",
    "notes", "session_started",
)
"""Columns an imported file must have; the others fall back to their defaults."""

JSON_FORMAT_NAME = "legwork-history"
JSON_FORMAT_VERSION = 2
"""2: each set has `form_knee` and `form_hips` where version 1 had one `form_ok`."""
# A file with hundreds of bad rows is one mistake repeated; the first few say what it is.
MAX_LISTED_PROBLEMS = 10
_TRUE = frozenset({"true", "yes", "1"})
_FALSE = frozenset({"false", "no", "0"})
_EXAMPLE_TIME = "2026-11-25T07:30:00+00:00"


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


def _csv_row(athlete: str, info: SessionInfo, entry: SetEntry, unit: Unit) -> list[str]:
    return [
        _time(entry.recorded_at), athlete, entry.exercise_id, entry.side.value,
        str(entry.set_number), str(entry.reps), _number(from_kg(entry.load_kg, unit)), unit.value,
        "" if entry.rpe is None else _number(entry.rpe),
        "" if entry.rir is None else str(entry.rir),
        str(entry.touchdowns), str(entry.progression_level), _flag(entry.form_knee),
        _flag(entry.form_hips), entry.tempo, entry.notes, _time(info.started_at),
        _optional_time(info.finished_at), info.plan_name, info.status.value, info.notes,
    ]


def export_csv(
    db: Database, out: TextIO, *, athlete_id: int | None = None, unit: Unit = Unit.KG
) -> int:
    """Write the history (one athlete's, or everyone's) as CSV; returns the sets written.

    `out` should be opened with ``newline=""``. Loads are converted to `unit`.
    """
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    count = 0
    with db.session() as session:
        for athlete, info, entry in _history(session, athlete_id, with_empty_sessions=False):
            assert entry is not None  # inner join: every row has a set
            writer.writerow(_csv_row(athlete, info, entry, unit))
            count += 1
    return count


def _json_set(entry: SetEntry, unit: Unit) -> dict[str, Any]:
    return {
        "timestamp": _time(entry.recorded_at), "exercise": entry.exercise_id,
        "side": entry.side.value, "set": entry.set_number, "reps": entry.reps,
        "load": from_kg(entry.load_kg, unit), "unit": unit.value, "rpe": entry.rpe,
        "rir": entry.rir, "touchdowns": entry.touchdowns,
        "progression_level": entry.progression_level, "form_knee": entry.form_knee,
        "form_hips": entry.form_hips, "tempo": entry.tempo, "notes": entry.notes,
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


@dataclass(frozen=True)
class _SessionFields:
    started_at: datetime
    finished_at: datetime | None
    plan_name: str
    status: SessionStatus
    notes: str


@dataclass(frozen=True)
class _ParsedRow:
    row: int
    athlete: str
    session: _SessionFields
    entry: SetEntry


class _BadCell(Exception):
    """One reason a row cannot be read; becomes a RowProblem."""


def _whole(name: str, text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise _BadCell(f"{name} must be a whole number (got {text!r})") from None


def _count(name: str, text: str) -> int:
    return _whole(name, text) if text.strip() else 0


def _float(name: str, text: str) -> float:
    try:
        return float(text.strip())
    except ValueError:
        raise _BadCell(f"{name} must be a number (got {text!r})") from None


def _timestamp(name: str, text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise _BadCell(
            f"{name} must be an ISO 8601 date and time such as {_EXAMPLE_TIME} (got {text!r})"
        ) from None
    if value.utcoffset() is None:
        raise _BadCell(f"{name} needs a time zone offset such as +00:00 (got {text!r})")
    return value.astimezone(UTC)


def _choice(name: str, text: str, kind: type[StrEnum]) -> Any:
    try:
        return kind(text.strip().casefold())
    except ValueError:
        allowed = ", ".join(member.value for member in kind)
        raise _BadCell(f"{name} must be one of {allowed} (got {text!r})") from None


def _answer(name: str, text: str) -> bool | None:
    folded = text.strip().casefold()
    if not folded:
        return None
    if folded in _TRUE or folded in _FALSE:
        return folded in _TRUE
    raise _BadCell(f"{name} must be true, false or empty (got {text!r})")


def _form_answers(cells: dict[str, str]) -> tuple[bool | None, bool | None]:
    """The knee and hips answers; a file from before they were split has one form_ok column."""
    if "form_knee" in cells or "form_hips" in cells:
        return (_answer("form_knee", cells.get("form_knee", "")),
                _answer("form_hips", cells.get("form_hips", "")))
    return legacy_form_answers(_answer("form_ok", cells.get("form_ok", "")))


def _parse_row(number: int, cells: dict[str, str], slugs: set[str]) -> _ParsedRow:
    get = cells.get
    try:
        athlete = clean_athlete_name(cells["athlete"])
    except ValidationError as exc:
        raise _BadCell(str(exc)) from None
    slug = cells["exercise"].strip()
    if slug not in slugs:
        raise _BadCell(
            f"unknown exercise {slug!r}: it is neither built in nor one of the exercises "
            "in this database"
        )
    unit = _choice("unit", cells["unit"], Unit)
    _float("load", cells["load"])
    try:
        load_kg = parse_load(cells["load"], unit)
    except ValidationError as exc:
        raise _BadCell(str(exc)) from None
    tempo = cells["tempo"]
    if tempo.strip():
        try:
            Tempo.parse(tempo)
        except ValidationError as exc:
            raise _BadCell(str(exc)) from None
    finished_text = get("session_finished", "")
    finished_at = _timestamp("session_finished", finished_text) if finished_text.strip() else None
    status_text = get("session_status", "")
    if status_text.strip():
        status = _choice("session_status", status_text, SessionStatus)
    else:
        status = SessionStatus.IN_PROGRESS if finished_at is None else SessionStatus.FINISHED
    rpe_text = cells["rpe"]
    form_knee, form_hips = _form_answers(cells)
    try:
        entry = SetEntry(
            exercise_id=slug,
            side=_choice("side", cells["side"], Side),
            set_number=_whole("set", cells["set"]),
            reps=_whole("reps", cells["reps"]),
            load_kg=load_kg,
            tempo=tempo,
            recorded_at=_timestamp("timestamp", cells["timestamp"]),
            rpe=_float("rpe", rpe_text) if rpe_text.strip() else None,
            rir=_whole("rir", get("rir", "")) if get("rir", "").strip() else None,
            touchdowns=_count("touchdowns", get("touchdowns", "")),
            progression_level=_count("progression_level", get("progression_level", "")),
            form_knee=form_knee,
            form_hips=form_hips,
            notes=cells["notes"],
        )
    except ValidationError as exc:
        raise _BadCell(str(exc)) from None
    return _ParsedRow(
        row=number,
        athlete=athlete,
        session=_SessionFields(
            started_at=_timestamp("session_started", cells["session_started"]),
            finished_at=finished_at,
            plan_name=get("plan", ""),
            status=status,
            notes=get("session_notes", ""),
        ),
        entry=entry,
    )


def _header(row: list[str] | None) -> list[str]:
    if row is None:
        raise ImportRefusedError([RowProblem(1, "the file is empty; a Legwork CSV starts with a "
                                                "header row naming its columns")])
    names = [name.strip().casefold() for name in row]
    missing = [name for name in REQUIRED_COLUMNS if name not in names]
    if missing:
        raise ImportRefusedError([RowProblem(
            1, f"the header has no {', '.join(missing)} column"
            f"{'s' if len(missing) > 1 else ''}; is this a file Legwork exported?")])
    repeated = sorted({name for name in names if name and names.count(name) > 1})
    if repeated:
        raise ImportRefusedError([RowProblem(1, f"the header names {', '.join(repeated)} twice")])
    return names


def _read_rows(source: TextIO, slugs: set[str]) -> list[_ParsedRow]:
    """Every row parsed and checked, or ImportRefusedError listing what is wrong."""
    reader = csv.reader(source, strict=True)
    try:
        names = _header(next(reader, None))
        parsed: list[_ParsedRow] = []
        problems: list[RowProblem] = []
        total = 0
        sessions: dict[tuple[str, datetime], _ParsedRow] = {}
        for number, values in enumerate(reader, start=2):
            if not any(value.strip() for value in values):
                continue
            try:
                if len(values) != len(names):
                    raise _BadCell(
                        f"has {len(values)} values but the header has {len(names)} columns "
                        "(is the row cut short or split?)"
                    )
                row = _parse_row(number, dict(zip(names, values, strict=True)), slugs)
                key = (row.athlete.casefold(), row.session.started_at)
                first = sessions.setdefault(key, row)
                if first.session != row.session:
                    raise _BadCell(
                        f"its session details (finish time, plan, status or notes) differ "
                        f"from row {first.row}, which has the same athlete and session_started"
                    )
                parsed.append(row)
            except _BadCell as exc:
                total += 1
                if len(problems) < MAX_LISTED_PROBLEMS:
                    problems.append(RowProblem(number, str(exc)))
    except csv.Error as exc:
        raise ImportRefusedError([RowProblem(reader.line_num, f"not valid CSV ({exc})")]) from None
    if problems:
        raise ImportRefusedError(problems, total)
    return parsed


def _write_rows(db: Database, rows: list[_ParsedRow]) -> ImportSummary:
    with db.session() as session:
        athletes = {name.casefold(): athlete_id for athlete_id, name in session.execute(
            select(AthleteRow.id, AthleteRow.name))}
        exercise_ids = {slug: row_id for slug, row_id in session.execute(
            select(ExerciseRow.slug, ExerciseRow.id))}
        existing = {(athlete_id, started) for athlete_id, started in session.execute(
            select(TrainingSessionRow.athlete_id, TrainingSessionRow.started_at))}
        session_ids: dict[tuple[str, datetime], int | None] = {}
        athletes_added = skipped = 0
        set_rows: list[dict[str, Any]] = []
        for row in rows:
            fields = row.session
            key = (row.athlete.casefold(), fields.started_at)
            if key not in session_ids:
                athlete_id = athletes.get(key[0])
                if athlete_id is None:
                    athlete = AthleteRow(name=row.athlete, is_demo=False)
                    session.add(athlete)
                    session.flush()
                    athlete_id = athletes[key[0]] = athlete.id
                    athletes_added += 1
                if (athlete_id, fields.started_at) in existing:
                    session_ids[key] = None
                    skipped += 1
                else:
                    training = TrainingSessionRow(
                        athlete_id=athlete_id, plan_name=fields.plan_name,
                        started_at=fields.started_at, finished_at=fields.finished_at,
                        status=fields.status.value, notes=fields.notes,
                    )
                    session.add(training)
                    session.flush()
                    session_ids[key] = training.id
            session_id = session_ids[key]
            if session_id is not None:
                set_rows.append(_set_values(session_id, exercise_ids[row.entry.exercise_id],
                                            row.entry))
        # One executemany: a row-by-row unit of work is many times slower on big files.
        if set_rows:
            session.execute(insert(SetEntryRow), set_rows)
        return ImportSummary(
            athletes_added=athletes_added,
            sessions_added=sum(1 for value in session_ids.values() if value is not None),
            sets_added=len(set_rows),
            sessions_skipped=skipped,
        )


def _set_values(session_id: int, exercise_row_id: int, entry: SetEntry) -> dict[str, Any]:
    return {
        "session_id": session_id, "exercise_id": exercise_row_id, "side": entry.side.value,
        "set_number": entry.set_number, "reps": entry.reps, "load_kg": entry.load_kg,
        "tempo": entry.tempo, "rpe": entry.rpe, "rir": entry.rir,
        "touchdowns": entry.touchdowns, "progression_level": entry.progression_level,
        "form_knee": entry.form_knee, "form_hips": entry.form_hips, "notes": entry.notes,
        "recorded_at": entry.recorded_at,
    }


def import_csv(db: Database, source: TextIO) -> ImportSummary:
    """Import a CSV in the export's format: check every row, then write all in one transaction.

    Athletes are matched by name (ignoring case) and created if missing; rows
    are grouped into sessions by (athlete, session_started); a session the
    athlete already has (same start) is skipped, so importing a file twice adds
    nothing. Loads in lb are converted to kg. Any bad row raises
    `ImportRefusedError` naming the row and the reason, and nothing is written.
    """
    with db.session() as session:
        slugs = set(session.scalars(select(ExerciseRow.slug)))
    return _write_rows(db, _read_rows(source, slugs))


def import_file(db: Database, path: Path) -> ImportSummary:
    """`import_csv` from a file (UTF-8, with or without a byte-order mark)."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as source:
            return import_csv(db, source)
    except FileNotFoundError:
        raise LegworkError(f"There is no file {str(path)!r} to import.") from None
    except IsADirectoryError:
        raise LegworkError(f"{str(path)!r} is a folder; choose a CSV file.") from None
    except UnicodeDecodeError:
        raise LegworkError(
            f"{path.name!r} is not a UTF-8 text file; choose a CSV file Legwork exported."
        ) from None
