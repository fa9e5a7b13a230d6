"""Reading back the files `legwork export` writes: the CSV and the JSON.

Both become the same `SourceFile` the other apps' readers give, so one
planner and one writer import everything. The CSV is read row by row with
its columns found by name; the JSON is checked against the nesting the export
writes (athletes → sessions → sets, and assessments → tests → trials), and
each of its values goes through the same checks as the CSV cell of the same
name. Assessments are read by `assessment_files`. See docs/history-and-export.md.
"""

import json
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from functools import lru_cache
from operator import itemgetter

from app.domain.athletes import clean_athlete_name
from app.domain.errors import ValidationError
from app.domain.imports.model import SourceApp, SourceFile, SourceSession, SourceSet
from app.domain.imports.problems import ProblemList, refuse
from app.domain.imports.table import Table
from app.domain.imports.values import BadCell
from app.domain.records import SessionStatus, legacy_form_answers
from app.domain.sides import Side
from app.domain.tempo import Tempo
from app.domain.units import Unit, parse_load
from app.storage.assessment_files import (
    REQUIRED_TRIAL_COLUMNS,
    TRIAL_COLUMNS,
    AssessmentReader,
    read_json_assessments,
)
from app.storage.legwork_cells import (
    LARGEST,
    choice_cell,
    count_cell,
    flag_cell,
    json_objects,
    json_text,
    number_cell,
    time_cell,
    whole_cell,
)

SET_COLUMNS = (
    "timestamp", "athlete", "exercise", "side", "set", "reps", "load", "unit", "rpe", "rir",
    "touchdowns", "progression_level", "form_knee", "form_hips", "tempo", "notes",
    "session_started", "session_finished", "plan", "session_status", "session_notes", "warmup",
)
"""The columns of a set row, in order (a trial row fills only timestamp, athlete and side)."""

CSV_COLUMNS = (*SET_COLUMNS, *TRIAL_COLUMNS)
"""Every column the export writes, in order: the sets', then the assessments' trials'."""

LEGACY_FORM_COLUMN = "form_ok"
"""The one form answer of files from before the form check asked two questions; read as
`legacy_form_answers` says when the file has neither `form_knee` nor `form_hips`."""

REQUIRED_COLUMNS = (
    "timestamp", "athlete", "exercise", "side", "set", "reps", "load", "unit", "rpe", "tempo",
    "notes", "session_started",
)
"""Columns an imported file must have; the others fall back to their defaults."""

JSON_FORMAT_NAME = "legwork-history"
JSON_FORMAT_VERSION = 3
"""2: each set has `form_knee` and `form_hips` where version 1 had one `form_ok` (and an
optional `warmup`, as in later version-1 files); 3: the file also has `assessments`.
Every version is read."""
_JSON_VERSIONS = (1, 2, JSON_FORMAT_VERSION)


def is_legwork_header(table: Table) -> bool:
    """Whether a CSV header looks like Legwork's own (it may still lack a column)."""
    columns = table.columns
    return "athlete" in columns and ("session_started" in columns or "timestamp" in columns)


# Cells are picked in this order: the sets' columns, then the old single form answer.
_READ_COLUMNS = (*SET_COLUMNS, LEGACY_FORM_COLUMN)
(_TIMESTAMP, _ATHLETE, _EXERCISE, _SIDE, _SET, _REPS, _LOAD, _UNIT, _RPE, _RIR, _TOUCHDOWNS,
 _LEVEL, _FORM_KNEE, _FORM_HIPS, _TEMPO, _NOTES, _STARTED, _FINISHED, _PLAN, _STATUS,
 _SESSION_NOTES, _WARMUP, _FORM_OK) = range(len(_READ_COLUMNS))
_SIDES = {side.value: side for side in Side}
_UNITS = {unit.value: unit for unit in Unit}
_fromisoformat = datetime.fromisoformat
# Flags exactly as the export writes them (anything else takes the careful path).
_WARMUP_FLAGS = {"": False, "false": False, "true": True}
_FORM_FLAGS = {"": None, "false": False, "true": True}


@lru_cache(maxsize=4096)
def _load_kg(text: str, unit: Unit) -> float:
    # Loads repeat (12.5, 20, 22.5…): each distinct one is checked and converted once.
    number_cell("load", text)
    try:
        return parse_load(text, unit)
    except ValidationError as exc:
        raise BadCell(str(exc)) from None


class _Reader:
    """Turns rows of cells (in `_READ_COLUMNS` order) into sessions, parsing repeats once.

    `legacy_form`: the file has the old single `form_ok` answer instead of two.
    """

    def __init__(self, *, legacy_form: bool = False) -> None:
        self.legacy_form = legacy_form
        self.problems = ProblemList()
        self.sessions: dict[tuple[str, datetime], tuple[int, SourceSession, list[SourceSet]]] = {}
        self._seen: dict[tuple[str, ...], tuple[str, datetime]] = {}
        self._tempos: set[str] = {""}
        self.units: set[Unit] = set()
        self.rows = 0

    def _tempo(self, text: str) -> str:
        if text not in self._tempos and text.strip():
            try:
                Tempo.parse(text)
            except ValidationError as exc:
                raise BadCell(str(exc)) from None
            self._tempos.add(text)
        return text

    def session(self, cells: Sequence[str], row: int) -> tuple[str, datetime]:
        """The (athlete, start) a row belongs to, its session checked against earlier rows."""
        raw = (*cells[_STARTED:_SESSION_NOTES + 1], cells[_ATHLETE])
        key = self._seen.get(raw)
        if key is not None:
            return key
        try:
            athlete = clean_athlete_name(cells[_ATHLETE])
        except ValidationError as exc:
            raise BadCell(str(exc)) from None
        started = time_cell("session_started", cells[_STARTED])
        finished = (time_cell("session_finished", cells[_FINISHED])
                    if cells[_FINISHED].strip() else None)
        if cells[_STATUS].strip():
            status = choice_cell("session_status", cells[_STATUS], SessionStatus)
        else:
            status = SessionStatus.IN_PROGRESS if finished is None else SessionStatus.FINISHED
        fields = SourceSession(
            key=None, started_at=started, finished_at=finished, title=cells[_PLAN],
            notes=cells[_SESSION_NOTES], sets=(), athlete=athlete, status=status.value,
        )
        key = (athlete.casefold(), started)
        first = self.sessions.setdefault(key, (row, fields, []))
        if first[1] != fields:
            raise BadCell(
                f"its session details (finish time, plan, status or notes) differ "
                f"from row {first[0]}, which has the same athlete and session_started"
            )
        self._seen[raw] = key
        return key

    def set(self, cells: Sequence[str], row: int) -> SourceSet:
        """One set from its cells (the load converted to kg as the export's unit says).

        Cells as `export` writes them take a quick path (a 500,000-row file is
        read in seconds); anything else, or anything wrong, goes through the
        careful one, which says what is wrong.
        """
        try:
            number = int(cells[_SET])
            recorded = _fromisoformat(cells[_TIMESTAMP])
            unit = _UNITS[cells[_UNIT]]
            rpe, rir = cells[_RPE], cells[_RIR]
            touchdowns, level, tempo = cells[_TOUCHDOWNS], cells[_LEVEL], cells[_TEMPO]
            if recorded.tzinfo is not UTC or tempo not in self._tempos:
                raise ValueError(tempo)
            if self.legacy_form:
                knee, hips = legacy_form_answers(_FORM_FLAGS[cells[_FORM_OK]])
            else:
                knee, hips = _FORM_FLAGS[cells[_FORM_KNEE]], _FORM_FLAGS[cells[_FORM_HIPS]]
            entry = SourceSet(
                row, None, cells[_EXERCISE].strip(), int(cells[_REPS]),
                _load_kg(cells[_LOAD], unit), Unit.KG, _WARMUP_FLAGS[cells[_WARMUP]],
                cells[_NOTES], float(rpe) if rpe else None, recorded, _SIDES[cells[_SIDE]],
                number, tempo, int(rir) if rir else None,
                int(touchdowns) if touchdowns else 0, int(level) if level else 0, knee, hips,
            )
            if max(number, entry.touchdowns, entry.progression_level) > LARGEST:
                raise ValueError(number)
        except (ValueError, KeyError, BadCell):
            return self._set_carefully(cells, row)
        self.units.add(unit)
        return entry

    def _set_carefully(self, cells: Sequence[str], row: int) -> SourceSet:
        unit = choice_cell("unit", cells[_UNIT], Unit)
        self.units.add(unit)
        rpe_text, rir_text = cells[_RPE], cells[_RIR]
        if self.legacy_form:
            knee, hips = legacy_form_answers(flag_cell(LEGACY_FORM_COLUMN, cells[_FORM_OK]))
        else:
            knee = flag_cell("form_knee", cells[_FORM_KNEE])
            hips = flag_cell("form_hips", cells[_FORM_HIPS])
        return SourceSet(
            row=row, key=None, exercise=cells[_EXERCISE].strip(),
            reps=whole_cell("reps", cells[_REPS]), load=_load_kg(cells[_LOAD], unit),
            unit=Unit.KG,
            warmup=bool(flag_cell("warmup", cells[_WARMUP])), notes=cells[_NOTES],
            rpe=number_cell("rpe", rpe_text) if rpe_text.strip() else None,
            recorded_at=time_cell("timestamp", cells[_TIMESTAMP]),
            side=choice_cell("side", cells[_SIDE], Side),
            set_number=whole_cell("set", cells[_SET]),
            tempo=self._tempo(cells[_TEMPO]),
            rir=whole_cell("rir", rir_text) if rir_text.strip() else None,
            touchdowns=count_cell("touchdowns", cells[_TOUCHDOWNS]),
            progression_level=count_cell("progression_level", cells[_LEVEL]),
            form_knee=knee, form_hips=hips,
        )

    def add(self, cells: Sequence[str], row: int, place: str = "") -> None:
        """Read one set and file it under its session, or note why it cannot be read."""
        self.rows += 1
        try:
            key = self.session(cells, row)
            self.sessions[key][2].append(self.set(cells, row))
        except BadCell as problem:
            self.problems.add(row, str(problem), place)

    def result(self, layout: str, trials: AssessmentReader) -> SourceFile:
        self.problems.raise_if_any()
        sessions = tuple(
            SourceSession(key=None, started_at=fields.started_at, finished_at=fields.finished_at,
                          title=fields.title, notes=fields.notes, sets=tuple(sets),
                          athlete=fields.athlete, status=fields.status)
            for _, fields, sets in self.sessions.values()
        )
        return SourceFile(app=SourceApp.LEGWORK, layout=layout, sessions=sessions,
                          units=frozenset(self.units), rows=self.rows + trials.rows,
                          assessments=trials.result())


def _aligned(cells: Mapping[str, str]) -> list[str]:
    return [cells.get(name, "") for name in _READ_COLUMNS]


def _check_header(table: Table | None) -> list[str]:
    if table is None:
        raise refuse(1, "the file is empty; a Legwork CSV starts with a header row naming "
                        "its columns")
    names = list(table.columns)
    missing = [name for name in REQUIRED_COLUMNS if name not in names]
    if missing:
        raise refuse(1, f"the header has no {', '.join(missing)} column"
                        f"{'s' if len(missing) > 1 else ''}; is this a file Legwork exported?")
    if "test" in names:
        missing = [name for name in REQUIRED_TRIAL_COLUMNS if name not in names]
        if missing:
            raise refuse(1, f"the header has a test column for assessments' trials but no "
                            f"{', '.join(missing)} column{'s' if len(missing) > 1 else ''}")
    repeated = sorted({name for name in names if name and names.count(name) > 1})
    if repeated:
        raise refuse(1, f"the header names {', '.join(repeated)} twice")
    return names


def read_legwork_csv(table: Table | None) -> SourceFile:
    """The sessions and assessments in a CSV `legwork export` wrote; `ImportRefusedError`
    lists bad rows.

    A row with a `test` is an assessment's trial; any other row is a set.
    Files from before assessments were exported have no such column.
    """
    names = _check_header(table)
    assert table is not None
    reader = _Reader(legacy_form="form_knee" not in names and "form_hips" not in names)
    trials = AssessmentReader(reader.problems)
    # Each row's cells picked into _READ_COLUMNS order; a missing column reads as "".
    width = len(names)
    pick = itemgetter(*(names.index(c) if c in names else width for c in _READ_COLUMNS))
    test = names.index("test") if "test" in names else width
    exercise = names.index("exercise")
    for row, raw in table.rows():
        try:
            cells = table.fit(raw)
        except BadCell as problem:
            reader.rows += 1
            reader.problems.add(row, str(problem))
            continue
        cells.append("")
        if not cells[test].strip():
            reader.add(pick(cells), row)
        elif cells[exercise].strip():
            trials.rows += 1
            reader.problems.add(row, "a row is a set (with an exercise) or an assessment's "
                                     "trial (with a test), not both")
        else:
            trials.add(dict(zip(names, cells, strict=False)), row)
    return reader.result("Legwork CSV export", trials)


_SESSION_FIELDS = {"started": "session_started", "finished": "session_finished", "plan": "plan",
                   "status": "session_status", "notes": "session_notes"}


def read_legwork_json(text: str) -> SourceFile:
    """The sessions in a JSON `legwork export` wrote; `ImportRefusedError` says what is wrong.

    Problems are placed by athlete, session and set ("Ann, session 2, set 3"),
    since a JSON file has no rows to count. Sessions without sets come too.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise refuse(exc.lineno, f"not valid JSON ({exc.msg}); is the file cut off?") from None
    if not isinstance(data, dict) or data.get("format") != JSON_FORMAT_NAME:
        raise refuse(1, f"this JSON file is not a Legwork history export (it has no "
                        f'"format": "{JSON_FORMAT_NAME}")')
    version = data.get("version")
    if isinstance(version, bool) or version not in _JSON_VERSIONS:
        raise refuse(1, f"this Legwork history is version {version!r}; this Legwork reads "
                        f"versions 1 to {JSON_FORMAT_VERSION}")
    reader = _Reader(legacy_form=version == 1)
    trials = AssessmentReader(reader.problems)
    counter = 0
    for _, athlete in json_objects(data.get("athletes"), "athletes", "the file"):
        name = json_text(athlete.get("name"))
        for s_index, session in json_objects(athlete.get("sessions"), "sessions", f"{name}"):
            place = f"{name}, session {s_index}"
            cells = {_SESSION_FIELDS[k]: json_text(v) for k, v in session.items()
                     if k in _SESSION_FIELDS}
            cells["athlete"] = name
            sets = list(json_objects(session.get("sets", []), "sets", place))
            if not sets:
                counter += 1
                try:
                    reader.session(_aligned(cells), counter)
                except BadCell as problem:
                    reader.problems.add(counter, str(problem), place)
            for x_index, entry in sets:
                counter += 1
                row = dict(cells)
                row.update({k: json_text(v) for k, v in entry.items()})
                reader.add(_aligned(row), counter, f"{place}, set {x_index}")
    if "assessments" in data:
        read_json_assessments(data["assessments"], trials, counter)
    return reader.result("Legwork JSON export", trials)
