"""The export's stream of sets: every set as a CSV row, read and written as the rows arrive.

A gym's history is millions of sets, so the export neither holds them nor
builds an object per set. Two Core queries walk the history in one order,
athletes, sessions (by start), then sets (by `set_entry(session_id,
recorded_at, id)`, so nothing is sorted): one reads only each set's own
cells, the other each session's and athlete's, which are the same for all of
a session's sets and so are read and written out once per session. The
driver hands rows over in batches (a server-side cursor on PostgreSQL), and
each row becomes the CSV's cells with as little Python as possible: times as
stored are turned into ISO 8601 text, exercises' slugs are looked up, and
each distinct load, RPE or tempo is formatted once. Both walks read one
snapshot of the history (`read_snapshot`), so a kiosk saving a set meanwhile
cannot put them out of step.
The output is byte for byte what `transfer.export_csv` always wrote
(docs/history-and-export.md), which a test compares against the domain's own
formatting.
"""

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any, TextIO, cast

from sqlalchemy import select

from app.domain.units import Unit, from_kg
from app.storage.assessment_files import TRIAL_COLUMNS
from app.storage.database import Database, read_snapshot
from app.storage.models import AthleteRow, ExerciseRow, SetEntryRow, TrainingSessionRow

_BATCH = 2_000
_A = cast(Any, AthleteRow.__table__).c
_T = cast(Any, TrainingSessionRow.__table__).c
_S = cast(Any, SetEntryRow.__table__).c
_E = cast(Any, ExerciseRow.__table__).c
# "" for a question not answered; SQLite hands booleans over as 0/1, PostgreSQL as bools
# (True == 1 and False == 0, so one table serves both).
_FLAGS: dict[object, str] = {None: "", True: "true", False: "false"}


def number_text(value: float) -> str:
    """The shortest text that reads back to the same float; "10" rather than "10.0"."""
    return repr(float(value)).removesuffix(".0")


def time_text(value: datetime | str | None) -> str:
    """A stored UTC time as ISO 8601 with its offset ("" for none).

    A SQLite file stores "YYYY-MM-DD HH:MM:SS.ffffff" (naive UTC), which is
    rewritten as text, much faster than parsing it; anything else is read as a
    datetime (naive means UTC, as stored) and written by `isoformat`, whose
    output the text path repeats exactly (no fraction when it is zero).
    """
    if value is None:
        return ""
    if isinstance(value, str):
        if len(value) == 26 and value[10] == " " and value[19] == ".":
            fraction = "" if value.endswith("000000") else value[19:]
            return f"{value[:10]}T{value[11:19]}{fraction}+00:00"
        value = datetime.fromisoformat(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat()


def _ordered(query: Any, athlete_id: int | None) -> Any:
    query = query.order_by(_A.id, _T.started_at, _T.id)
    return query if athlete_id is None else query.where(_A.id == athlete_id)


def _sets_query(athlete_id: int | None) -> Any:
    # Only the set's own cells: the session's and athlete's (the same for a session's
    # dozens of sets) come from `_sessions_query`, and the exercise's slug from a lookup,
    # since turning each stored value into a Python object is most of the reading.
    query = (
        select(_S.session_id, _S.recorded_at, _S.exercise_id, _S.side, _S.set_number, _S.reps,
               _S.load_kg, _S.rpe, _S.rir, _S.touchdowns, _S.progression_level, _S.form_knee,
               _S.form_hips, _S.tempo, _S.notes, _S.warmup)
        .select_from(AthleteRow.__table__)
        .join(TrainingSessionRow.__table__, _T.athlete_id == _A.id)
        .join(SetEntryRow.__table__, _S.session_id == _T.id)
    )
    return _ordered(query, athlete_id).order_by(_S.recorded_at, _S.id)


def _sessions_query(athlete_id: int | None) -> Any:
    # In the sets' order, sessions without sets included (the walk passes over them).
    query = (
        select(_T.id, _A.name, _T.started_at, _T.finished_at, _T.plan_name, _T.status, _T.notes)
        .select_from(AthleteRow.__table__)
        .join(TrainingSessionRow.__table__, _T.athlete_id == _A.id)
    )
    return _ordered(query, athlete_id)


def _sql(db: Database, query: Any) -> str:
    # Only integers are bound, so the statement is written out whole for the raw cursor.
    return str(query.compile(dialect=db.engine.dialect, compile_kwargs={"literal_binds": True}))


def _quoted(text: str) -> str:
    """A CSV cell as Python's csv module writes it (QUOTE_MINIMAL, "\r\n" line ends)."""
    if any(c in text for c in _SPECIAL):
        return '"' + text.replace('"', '""') + '"'
    return text


_SPECIAL = (",", '"', "\r", "\n")

# A set's row leaves the assessment trials' columns empty.
_NO_TRIAL = "," * len(TRIAL_COLUMNS)


def _cursor(connection: Any, sql: str, name: str) -> Any:
    # The driver's own cursor: SQLAlchemy's row objects would cost more than SQLite's
    # work. On PostgreSQL a named cursor is a server-side one, fetched `_BATCH` at a time.
    dbapi = connection.connection.dbapi_connection
    if connection.dialect.name == "postgresql":
        cursor = dbapi.cursor(name=name)
        cursor.itersize = _BATCH
    else:
        cursor = dbapi.cursor()
        cursor.arraysize = _BATCH
    cursor.execute(sql)
    return cursor


def _session_cells(sessions: Iterator[tuple[Any, ...]], session_id: int) -> tuple[str, str]:
    """(athlete, the row's tail of session cells) for a set's session, read on from `sessions`.

    Both walks share one order, so the set's session is the next one with sets.
    """
    for sid, name, started, finished, plan, status, notes in sessions:
        if sid == session_id:
            return _quoted(name), ",".join((time_text(started), time_text(finished),
                                            _quoted(plan), status, _quoted(notes)))
    raise LookupError(f"session {session_id} is missing from the sessions' walk")


def write_csv_rows(db: Database, out: TextIO, athlete_id: int | None, unit: Unit) -> int:
    """Write every set (one athlete's, or everyone's) as the export's CSV rows, oldest first.

    Streamed: rows are written as the database hands them over, a batch at a
    time, so memory stays the same for ten sets or ten million. Returns the
    number of rows written. The cells are exactly what `csv.writer` writes
    for the export's values; a test compares the two.
    """
    loads: dict[float, str] = {}
    rpes: dict[float | None, str] = {None: ""}
    tempos: dict[str, str] = {}
    unit_text = unit.value
    current: int | None = None
    athlete = tail = ""
    written = 0
    with read_snapshot(db) as connection:
        slugs = {row.id: row.slug for row in connection.execute(select(_E.id, _E.slug))}
        session_cursor = _cursor(connection, _sql(db, _sessions_query(athlete_id)),
                                 "legwork_export_sessions")
        set_cursor = _cursor(connection, _sql(db, _sets_query(athlete_id)), "legwork_export_sets")
        sessions = iter(session_cursor)
        try:
            lines: list[str] = []
            for (sid, recorded, exercise_id, side, set_number, reps, load_kg, rpe, rir,
                 touchdowns, level, knee, hips, tempo, notes, warmup) in set_cursor:
                if sid != current:
                    current = sid
                    athlete, tail = _session_cells(sessions, sid)
                load = loads.get(load_kg)
                if load is None:
                    load = loads[load_kg] = number_text(from_kg(load_kg, unit))
                rpe_text = rpes.get(rpe)
                if rpe_text is None:
                    rpe_text = rpes[rpe] = number_text(rpe)
                tempo_text = tempos.get(tempo)
                if tempo_text is None:
                    tempo_text = tempos[tempo] = _quoted(tempo)
                if recorded.__class__ is str and len(recorded) == 26:
                    # time_text's fast path, inlined: this line runs once per set.
                    recorded = (f"{recorded[:10]}T{recorded[11:19]}"
                                f"{'' if recorded.endswith('000000') else recorded[19:]}+00:00")
                else:
                    recorded = time_text(recorded)
                lines.append(
                    f"{recorded},{athlete},{slugs[exercise_id]},{side},{set_number},{reps},"
                    f"{load},{unit_text},{rpe_text},{'' if rir is None else rir},{touchdowns},"
                    f"{level},{_FLAGS[knee]},{_FLAGS[hips]},{tempo_text},"
                    f"{_quoted(notes) if notes else ''},{tail},{_FLAGS[bool(warmup)]}"
                    f"{_NO_TRIAL}\r\n")
                if len(lines) == _BATCH:
                    out.write("".join(lines))
                    written += len(lines)
                    lines.clear()
            out.write("".join(lines))
            written += len(lines)
        finally:
            set_cursor.close()
            session_cursor.close()
    return written
