"""Export to CSV and JSON, import of the app's own files: exact round trips, all-or-nothing,
and files from before the form check's two answers and the warm-up flag."""

import csv
import io
import json
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.errors import LegworkError, ValidationError
from app.domain.records import MAX_LOAD_KG, SetEntry
from app.domain.sides import Side
from app.domain.transfer import ExportFormat, ImportRefusedError
from app.domain.units import Unit
from app.library import builtin_exercises
from app.services.imports import import_path
from app.storage.athletes import create_athlete, list_athletes
from app.storage.database import Database, open_database
from app.storage.exercises import sync_builtin_exercises
from app.storage.imports import WriteSummary
from app.storage.sessions import (
    abandon_session,
    finish_session,
    record_set,
    recorded_sets_for_session,
    sessions_for,
    start_session,
)
from app.storage.transfer import CSV_COLUMNS, export_csv, export_json, write_export
from tests.builders import count_rows, import_legwork_csv

T0 = datetime(2026, 11, 25, 7, 30, tzinfo=UTC)
SLUGS = [e.id for e in builtin_exercises()]


def _fresh(template: Path, folder: Path, name: str) -> Database:
    path = folder / name
    shutil.copyfile(template, path)
    db = open_database(f"sqlite:///{path}")
    sync_builtin_exercises(db, builtin_exercises())
    return db


@pytest.fixture
def source(migrated_database_template: Path, tmp_path: Path):
    db = _fresh(migrated_database_template, tmp_path, "a.db")
    yield db
    db.close()


@pytest.fixture
def target(migrated_database_template: Path, tmp_path: Path):
    db = _fresh(migrated_database_template, tmp_path, "b.db")
    yield db
    db.close()


def _entry(slug: str = "single-leg-squat", side: Side = Side.LEFT, minutes: float = 0,
           **values: object) -> SetEntry:
    fields: dict[str, object] = {"set_number": 1, "reps": 8, "load_kg": 12.5, "tempo": "3-1-1-0"}
    fields.update(values)
    return SetEntry(exercise_id=slug, side=side, recorded_at=T0 + timedelta(minutes=minutes),
                    **fields)  # type: ignore[arg-type]


def _history(db: Database) -> None:
    ann = create_athlete(db, "Ann O'Neil, \"Fast\"")
    bo = create_athlete(db, "Bø Ålund")
    first = start_session(db, ann.id, "Base, week 1", started_at=T0)
    record_set(db, first, _entry(rpe=7.5, rir=2, form_knee=True, form_hips=False,
                                 notes="wobbly,\n\"knee\""))
    record_set(db, first, _entry(side=Side.RIGHT, minutes=1.5, load_kg=0.1 + 0.2))
    record_set(db, first, _entry("single-leg-calf-raise", Side.BOTH, 3, load_kg=0.0,
                                 touchdowns=3, progression_level=2, form_knee=None,
                                 form_hips=True))
    finish_session(db, first, finished_at=T0 + timedelta(minutes=40), notes="Good day")
    second = start_session(db, ann.id, "", started_at=T0 + timedelta(days=2, microseconds=7))
    record_set(db, second, _entry(minutes=2 * 1440, set_number=2, reps=0, load_kg=MAX_LOAD_KG))
    abandon_session(db, second, at=T0 + timedelta(days=2, minutes=5))
    third = start_session(db, bo.id, "Hills", started_at=T0 + timedelta(days=1))
    record_set(db, third, _entry("reverse-lunge", minutes=1441, rpe=10.0, tempo="", warmup=True))


def _csv(db: Database, **options: object) -> str:
    out = io.StringIO(newline="")
    export_csv(db, out, **options)  # type: ignore[arg-type]
    return out.getvalue()


_import = import_legwork_csv


def import_file(db: Database, path: Path) -> WriteSummary:
    return import_path(db, path).value.written


def _counts(db: Database) -> tuple[int, int, int]:
    athletes, sessions, sets = (
        count_rows(db, table) for table in ("athlete", "training_session", "set_entry"))
    return athletes, sessions, sets


def _everything(db: Database) -> list[tuple[str, object, list[object]]]:
    rows = []
    for athlete in list_athletes(db):
        for info in sessions_for(db, athlete.id):
            sets = [r.entry for r in recorded_sets_for_session(db, info.id)]
            rows.append((athlete.name, (info.plan_name, info.started_at, info.finished_at,
                                        info.status, info.notes), sets))
    return rows


def test_csv_has_the_contract_columns_and_one_row_per_side_set(source: Database) -> None:
    _history(source)
    rows = list(csv.DictReader(io.StringIO(_csv(source), newline="")))
    assert list(rows[0]) == list(CSV_COLUMNS)
    assert len(rows) == 5
    first = rows[0]
    assert first["timestamp"] == "2026-11-25T07:30:00+00:00"
    assert (first["athlete"], first["exercise"], first["side"], first["set"]) == (
        "Ann O'Neil, \"Fast\"", "single-leg-squat", "left", "1")
    assert (first["load"], first["unit"], first["rpe"], first["notes"]) == (
        "12.5", "kg", "7.5", "wobbly,\n\"knee\"")
    assert (first["form_knee"], first["form_hips"]) == ("true", "false")
    assert rows[2]["side"] == "both" and (rows[2]["form_knee"], rows[2]["form_hips"]) == (
        "", "true")
    assert rows[3]["session_status"] == "abandoned"


def test_a_file_with_the_old_single_form_column_still_imports(
    source: Database, target: Database
) -> None:
    # Before the form check had two questions the CSV had one form_ok column; its "true"
    # was usually the pre-ticked default (→ not answered), its "false" an answer (→ no, no).
    # Such a file is also from before warm-ups were kept: it has no warmup column.
    _history(source)
    rows = list(csv.reader(io.StringIO(_csv(source), newline="")))
    header = rows[0]
    knee, hips, warmup = (header.index(name) for name in ("form_knee", "form_hips", "warmup"))
    old = [[*row[:knee], "form_ok" if n == 0 else value, *row[hips + 1:warmup]]
           for n, (row, value) in enumerate(zip(rows, ["", "true", "", "false", "", ""],
                                                strict=True))]
    assert old[0][-1] == "session_notes"
    out = io.StringIO(newline="")
    csv.writer(out).writerows(old)
    assert _import(target, out.getvalue()).sets_added == 5
    imported = [s for _, _, sets in _everything(target) for s in sets]
    answers = {(s.exercise_id, s.side, s.set_number): (s.form_knee, s.form_hips)
               for s in imported}
    assert answers[("single-leg-calf-raise", Side.BOTH, 1)] == (False, False)  # row 4: false
    assert answers[("single-leg-squat", Side.LEFT, 1)] == (None, None)  # row 2: true
    assert list(answers.values()).count((None, None)) == 4
    assert not any(s.warmup for s in imported)


def _json(db: Database) -> str:
    out = io.StringIO()
    export_json(db, out)
    return out.getvalue()


def test_a_json_export_imports_back_to_the_same_file_and_rows(
    source: Database, target: Database, tmp_path: Path
) -> None:
    _history(source)
    exported = _json(source)
    path = tmp_path / "history.json"
    path.write_text(exported, encoding="utf-8")
    summary = import_file(target, path)
    assert (len(summary.athletes_added), summary.sessions_added, summary.sets_added) == (2, 3, 5)
    assert _json(target) == exported
    assert _everything(target) == _everything(source)
    (warmup,) = [s for _, _, sets in _everything(target) for s in sets if s.warmup]
    assert warmup.exercise_id == "reverse-lunge"
    assert import_file(target, path).sets_added == 0


def test_a_version_1_json_file_with_one_form_answer_still_imports(
    source: Database, target: Database, tmp_path: Path
) -> None:
    # Version 1 had one form_ok per set (read as the old CSV column is) and no warmup.
    _history(source)
    data = json.loads(_json(source))
    data["version"] = 1
    old_answers = iter([True, None, False, None, True])
    for athlete in data["athletes"]:
        for session in athlete["sessions"]:
            for entry in session["sets"]:
                del entry["form_knee"], entry["form_hips"], entry["warmup"]
                entry["form_ok"] = next(old_answers)
    path = tmp_path / "old.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert import_file(target, path).sets_added == 5
    imported = [s for _, _, sets in _everything(target) for s in sets]
    answers = {(s.exercise_id, s.side, s.set_number): (s.form_knee, s.form_hips)
               for s in imported}
    assert answers[("single-leg-calf-raise", Side.BOTH, 1)] == (False, False)  # false
    assert answers[("single-leg-squat", Side.LEFT, 1)] == (None, None)  # true
    assert answers[("reverse-lunge", Side.LEFT, 1)] == (None, None)  # true
    assert list(answers.values()).count((None, None)) == 4
    assert not any(s.warmup for s in imported)


def test_a_json_file_of_an_unknown_version_is_refused(target: Database, tmp_path: Path) -> None:
    path = tmp_path / "new.json"
    path.write_text(json.dumps({"format": "legwork-history", "version": 4, "athletes": []}),
                    encoding="utf-8")
    with pytest.raises(ImportRefusedError, match="version 4; this Legwork reads versions 1 to 3"):
        import_file(target, path)
    assert _counts(target) == (0, 0, 0)


def test_export_import_export_gives_the_same_file_and_the_same_rows(
    source: Database, target: Database
) -> None:
    _history(source)
    exported = _csv(source)
    summary = _import(target, exported)
    assert (len(summary.athletes_added), summary.sessions_added, summary.sets_added) == (2, 3, 5)
    assert _csv(target) == exported
    assert _everything(target) == _everything(source)


def test_import_twice_adds_nothing_the_second_time(source: Database, target: Database) -> None:
    _history(source)
    exported = _csv(source)
    _import(target, exported)
    before = _counts(target)
    again = _import(target, exported)
    assert (again.sessions_added, again.sets_added, again.sessions_skipped) == (0, 0, 3)
    assert _counts(target) == before


def test_loads_in_pounds_are_converted_back_to_kilograms(
    source: Database, target: Database
) -> None:
    _history(source)
    in_lb = list(csv.DictReader(io.StringIO(_csv(source, unit=Unit.LB), newline="")))
    assert {row["unit"] for row in in_lb} == {"lb"}
    assert float(in_lb[0]["load"]) == pytest.approx(27.557, abs=1e-3)
    _import(target, _csv(source, unit=Unit.LB))
    original = [s for _, _, sets in _everything(source) for s in sets]
    imported = [s for _, _, sets in _everything(target) for s in sets]
    assert [s.load_kg for s in imported] == pytest.approx([s.load_kg for s in original])


def test_json_export_nests_athletes_sessions_and_sets(source: Database) -> None:
    _history(source)
    empty = start_session(source, list_athletes(source)[1].id, "Later",
                          started_at=T0 + timedelta(days=9))
    out = io.StringIO()
    assert export_json(source, out) == 5
    data = json.loads(out.getvalue())
    assert data["format"] == "legwork-history"
    assert [a["name"] for a in data["athletes"]] == ["Ann O'Neil, \"Fast\"", "Bø Ålund"]
    ann_sessions = data["athletes"][0]["sessions"]
    assert [len(s["sets"]) for s in ann_sessions] == [3, 1]
    assert ann_sessions[0]["sets"][0] == {
        "timestamp": "2026-11-25T07:30:00+00:00", "exercise": "single-leg-squat",
        "side": "left", "set": 1, "reps": 8, "load": 12.5, "unit": "kg", "rpe": 7.5,
        "rir": 2, "touchdowns": 0, "progression_level": 0, "form_knee": True, "form_hips": False,
        "tempo": "3-1-1-0", "notes": "wobbly,\n\"knee\"", "warmup": False,
    }
    bo_sessions = data["athletes"][1]["sessions"]
    assert bo_sessions[-1]["sets"] == [] and bo_sessions[-1]["plan"] == "Later"
    assert empty


def test_an_empty_history_exports_valid_files(source: Database) -> None:
    assert _csv(source).strip() == ",".join(CSV_COLUMNS)
    out = io.StringIO()
    export_json(source, out)
    assert json.loads(out.getvalue())["athletes"] == []


def test_one_athlete_only(source: Database) -> None:
    _history(source)
    bo = list_athletes(source)[1]
    rows = list(csv.DictReader(io.StringIO(_csv(source, athlete_id=bo.id), newline="")))
    assert [row["athlete"] for row in rows] == ["Bø Ålund"]


def _with(text: str, row: int, column: str, value: str) -> str:
    rows = list(csv.reader(io.StringIO(text, newline="")))
    rows[row - 1][rows[0].index(column)] = value
    out = io.StringIO(newline="")
    csv.writer(out).writerows(rows)
    return out.getvalue()


@pytest.mark.parametrize(
    ("row", "column", "value", "message"),
    [
        (3, "load", "heavy", "row 3: load must be a number (got 'heavy')"),
        (2, "side", "up", "row 2: side must be one of left, right, both (got 'up')"),
        (4, "reps", "8.5", "row 4: reps must be a whole number (got '8.5')"),
        (4, "reps", "150", "row 4: Reps must be 100 or fewer (got 150)"),
        (5, "exercise", "Pistol!", "row 5: unknown exercise 'Pistol!'"),
        (2, "timestamp", "yesterday", "row 2: timestamp must be an ISO 8601 date and time"),
        (2, "timestamp", "2026-11-25T07:30:00", "row 2: timestamp needs a time zone offset"),
        (3, "unit", "stone", "row 3: unit must be one of kg, lb (got 'stone')"),
        (3, "load", "-2", "row 3: A load cannot be negative"),
        (3, "load", "1200", "row 3: A load must be 1102.3 lb or less"),
        (2, "rpe", "11", "row 2: RPE must be between 1 and 10 (got 11)"),
        (2, "tempo", "slow", "row 2: Tempo must be four phases"),
        (2, "athlete", "  ", "row 2: The athlete's name cannot be empty."),
        (2, "form_knee", "maybe", "row 2: form_knee must be true, false or empty"),
        (2, "form_hips", "2", "row 2: form_hips must be true, false or empty"),
        (3, "session_finished", "2026-11-25T09:00:00+00:00", "row 3: its session details"),
    ],
)
def test_a_broken_row_is_refused_with_its_number_and_nothing_is_written(
    source: Database, target: Database, row: int, column: str, value: str, message: str
) -> None:
    _history(source)
    text = _csv(source)
    unit = "lb" if "lb" in message else "kg"
    broken = _with(_with(text, row, column, value), row, "unit", unit) if column != "unit" \
        else _with(text, row, column, value)
    before = _counts(target)
    with pytest.raises(ImportRefusedError) as refused:
        _import(target, broken)
    assert message in str(refused.value)
    assert "Nothing was imported" in str(refused.value)
    assert refused.value.problems[0].row == row
    assert _counts(target) == before


def test_every_bad_row_is_listed_up_to_a_limit(source: Database, target: Database) -> None:
    _history(source)
    text = _csv(source)
    lines = text.splitlines(keepends=True)
    header, body = lines[0], "".join(lines[1:])
    many = header + body + "".join(
        f"{T0.isoformat()},Ann,single-leg-squat,left,1,8,heavy{n},kg,,,,,,3-1-1-0,,"
        f"{T0.isoformat()},,,,\r\n" for n in range(15)
    )
    with pytest.raises(ImportRefusedError) as refused:
        _import(target, many)
    assert len(refused.value.problems) == 10 and refused.value.total == 15
    assert "and 5 more problems" in str(refused.value)
    assert _counts(target) == (0, 0, 0)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "row 1: the file is empty"),
        ("timestamp,athlete,exercise,side,set,reps,load,unit,rpe,tempo,notes\r\n",
         "row 1: the header has no session_started column"),
        ("when,who\r\n", "row 1: the header has no timestamp, athlete, exercise"),
    ],
)
def test_a_bad_header_is_refused(target: Database, text: str, message: str) -> None:
    with pytest.raises(ImportRefusedError, match=message):
        _import(target, text)


def test_a_truncated_row_is_refused(source: Database, target: Database) -> None:
    _history(source)
    text = _csv(source)
    cut = text[: text.rindex(",Hills")] + "\r\n"
    with pytest.raises(ImportRefusedError, match=r"row 6: has 18 values but the header has 41"):
        _import(target, cut)
    assert _counts(target) == (0, 0, 0)


def test_an_unclosed_quote_is_refused(target: Database) -> None:
    text = ",".join(CSV_COLUMNS) + '\r\n"2026-11-25T07:30:00+00:00,Ann'
    with pytest.raises(ImportRefusedError, match="not valid CSV"):
        _import(target, text)


def test_a_minimal_file_with_only_the_required_columns_imports(target: Database) -> None:
    text = (
        "timestamp,athlete,exercise,side,set,reps,load,unit,rpe,tempo,notes,session_started\n"
        "2026-11-25T08:30:00+01:00,Cleo,reverse-lunge,right,1,10,22.5,lb,,3-1-1-0,,"
        "2026-11-25T08:00:00+01:00\n"
    )
    summary = _import(target, text)
    assert (summary.athletes_added, summary.sets_added) == (("Cleo",), 1)
    (athlete, session_values, sets), = _everything(target)
    assert athlete == "Cleo"
    assert session_values[1] == datetime(2026, 11, 25, 7, 0, tzinfo=UTC)
    assert sets[0].recorded_at == datetime(2026, 11, 25, 7, 30, tzinfo=UTC)
    assert sets[0].load_kg == pytest.approx(10.2058, abs=1e-4)


def test_existing_athletes_are_matched_by_name_ignoring_case(
    source: Database, target: Database
) -> None:
    _history(source)
    create_athlete(target, "bø ålund")
    summary = _import(target, _csv(source))
    assert summary.athletes_added == ("Ann O'Neil, \"Fast\"",)
    assert [a.name for a in list_athletes(target)] == ["bø ålund", "Ann O'Neil, \"Fast\""]


def test_import_file_reads_a_bom_and_refuses_non_text(source: Database, target: Database,
                                                      tmp_path: Path) -> None:
    _history(source)
    path = tmp_path / "with-bom.csv"
    path.write_text("\ufeff" + _csv(source), encoding="utf-8", newline="")
    assert import_file(target, path).sets_added == 5
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\xff\xd8\xff\xe0" * 100)
    with pytest.raises(LegworkError, match="cannot tell which app wrote this file"):
        import_file(target, binary)
    with pytest.raises(LegworkError, match="no file"):
        import_file(target, tmp_path / "missing.csv")


def test_write_export_replaces_the_file_whole(source: Database, tmp_path: Path) -> None:
    _history(source)
    path = tmp_path / "history.csv"
    path.write_text("old contents", encoding="utf-8")
    assert write_export(source, path, ExportFormat.CSV) == 5
    assert path.read_text(encoding="utf-8").startswith("timestamp,athlete")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    assert write_export(source, tmp_path / "h.json", ExportFormat.JSON) == 5


def test_the_format_comes_from_the_suffix_unless_given() -> None:
    assert ExportFormat.for_path(Path("a.JSON")) is ExportFormat.JSON
    assert ExportFormat.for_path(Path("a.txt"), "csv") is ExportFormat.CSV
    with pytest.raises(ValidationError, match=r"end the file name in \.csv or \.json"):
        ExportFormat.for_path(Path("a.txt"))


_values = st.fixed_dictionaries({
    "slug": st.sampled_from(SLUGS),
    "side": st.sampled_from(list(Side)),
    "set_number": st.integers(1, 10),
    "reps": st.integers(0, 100),
    "load_kg": st.floats(0, MAX_LOAD_KG, allow_nan=False),
    "rpe": st.none() | st.floats(1, 10),
    "rir": st.none() | st.integers(0, 10),
    "form_knee": st.none() | st.booleans(),
    "form_hips": st.none() | st.booleans(),
    "warmup": st.booleans(),
    "notes": st.text(st.characters(blacklist_categories=("Cs",)), max_size=30),
    "microseconds": st.integers(0, 10**6 - 1),
})


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sets=st.lists(_values, min_size=1, max_size=6))
def test_any_values_round_trip_exactly(
    migrated_database_template: Path, tmp_path_factory: pytest.TempPathFactory, sets: list[dict]
) -> None:
    folder = tmp_path_factory.mktemp("round-trip")
    with _fresh(migrated_database_template, folder, "a.db") as a, \
            _fresh(migrated_database_template, folder, "b.db") as b:
        athlete = create_athlete(a, "Runner")
        session_id = start_session(a, athlete.id, "Plan", started_at=T0)
        for n, values in enumerate(sets):
            record_set(a, session_id, SetEntry(
                exercise_id=values["slug"], side=values["side"],
                set_number=values["set_number"], reps=values["reps"],
                load_kg=values["load_kg"], tempo="3-1-1-0",
                recorded_at=T0 + timedelta(minutes=n, microseconds=values["microseconds"]),
                rpe=values["rpe"], rir=values["rir"], form_knee=values["form_knee"],
                form_hips=values["form_hips"], warmup=values["warmup"],
                notes=values["notes"],
            ))
        exported = _csv(a)
        _import(b, exported)
        assert _csv(b) == exported
        assert _everything(b) == _everything(a)
