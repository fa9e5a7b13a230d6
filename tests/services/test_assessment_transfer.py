"""Assessments in the export files: CSV and JSON carry each testing day with its tests' rules,
trials and times; importing adds only what is missing; old files and broken ones."""

import csv
import io
import json
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.battery import builtin_tests
from app.domain.assessments.custom import new_custom_test
from app.domain.sides import Side
from app.domain.transfer import ExportFormat, ImportRefusedError
from app.library import builtin_exercises
from app.services.changes import Changes
from app.services.history import assessments_to_export, export_history
from app.services.imports import import_path
from app.storage.assessments import (
    abandon_assessment,
    add_custom_test,
    assessments_for,
    finish_assessment,
    get_assessment,
    record_trial,
    start_assessment,
)
from app.storage.athletes import create_athlete, list_athletes
from app.storage.database import Database, open_database
from app.storage.exercises import sync_builtin_exercises
from app.storage.sessions import finish_session, record_set, start_session
from app.storage.transfer import CSV_COLUMNS
from tests.builders import T0 as SETS_T0
from tests.builders import count_rows, set_entry

T0 = datetime(2026, 3, 2, 8, 15, tzinfo=UTC)
TESTS = {test.id: test for test in builtin_tests()}
TABLES = ("athlete", "training_session", "set_entry", "assessment", "assessment_test",
          "assessment_trial")


@pytest.fixture
def origin(migrated_database_template: Path, tmp_path: Path):
    """A SQLite history with sets and three assessments of two athletes (one has no sets)."""
    path = tmp_path / "origin.db"
    shutil.copyfile(migrated_database_template, path)
    db = open_database(f"sqlite:///{path}")
    sync_builtin_exercises(db, builtin_exercises())
    _fill(db)
    yield db
    db.close()


@pytest.fixture
def target(database: Database) -> Database:
    sync_builtin_exercises(database, builtin_exercises())
    return database


def _trials(db: Database, assessment: int, test: str, side: Side, values: list[float],
            start: datetime) -> None:
    for number, value in enumerate(values, start=1):
        record_trial(db, assessment, test, side, value, trial_number=number,
                     recorded_at=start + timedelta(seconds=40 * number + (side is Side.RIGHT)))


def _fill(db: Database) -> None:
    ann = create_athlete(db, "Ann, \"the hopper\"")
    bo = create_athlete(db, "Bø")
    session = start_session(db, ann.id, "Base", started_at=T0 - timedelta(days=1))
    minutes = (T0 - SETS_T0).total_seconds() / 60 - 1440 + 2
    record_set(db, session, set_entry("single-leg-squat", minutes=minutes))
    finish_session(db, session, finished_at=T0 - timedelta(days=1, minutes=-30))
    wall_sit = add_custom_test(db, new_custom_test(
        name="Wall sit, one leg", unit="s", better="higher", trials=1, cap=300.0))
    first = start_assessment(db, ann.id, [TESTS["single-hop"], TESTS["timed-hop"], wall_sit],
                             involved=Side.RIGHT, leg_lengths=(92.5, 93.0), started_at=T0)
    _trials(db, first, "single-hop", Side.LEFT, [152.5, 160.0], T0)
    _trials(db, first, "single-hop", Side.RIGHT, [140.0, 147.25], T0)
    _trials(db, first, "timed-hop", Side.LEFT, [2.1, 2.05], T0 + timedelta(minutes=5))
    _trials(db, first, "timed-hop", Side.RIGHT, [2.5, 2.43], T0 + timedelta(minutes=5))
    _trials(db, first, "wall-sit-one-leg", Side.LEFT, [61.3], T0 + timedelta(minutes=9))
    finish_assessment(db, first, finished_at=T0 + timedelta(minutes=14),
                      notes="Knee fine; hops, \"steady\"\nnext: more volume")
    second = start_assessment(db, ann.id, [TESTS["balance-eyes-closed"]],
                              started_at=T0 + timedelta(days=20, microseconds=3))
    _trials(db, second, "balance-eyes-closed", Side.LEFT, [12.4], T0 + timedelta(days=20))
    abandon_assessment(db, second, at=T0 + timedelta(days=20, minutes=3))
    third = start_assessment(db, bo.id, [TESTS["y-balance-anterior"], TESTS["heel-rise"]],
                             started_at=T0 + timedelta(days=21))
    _trials(db, third, "y-balance-anterior", Side.RIGHT, [61.0, 63.5, 62.0],
            T0 + timedelta(days=21))


def _export(db: Database, path: Path) -> bytes:
    export_history(db, path, ExportFormat.for_path(path))
    return path.read_bytes()


def _assessments(db: Database) -> list[tuple[object, ...]]:
    """Every assessment as the reports see it, without the ids the database gave."""
    found = []
    for athlete in list_athletes(db):
        for info in assessments_for(db, athlete.id):
            stored = get_assessment(db, info.id)
            found.append((
                athlete.name, info.started_at, info.finished_at, info.status, info.involved,
                info.leg_lengths, info.notes, stored.tests,
                sorted((t.test_id, t.side, t.trial_number, t.value, t.recorded_at)
                       for t in stored.trials),
            ))
    return found


def _counts(db: Database) -> tuple[int, ...]:
    return tuple(count_rows(db, table) for table in TABLES)


def test_a_json_export_carries_every_assessment_and_imports_back_to_the_same_file(
    origin: Database, target: Database, tmp_path: Path
) -> None:
    exported = _export(origin, tmp_path / "a.json")
    outcome = import_path(target, tmp_path / "a.json")
    written = outcome.value.written
    assert (written.assessments_added, written.trials_added) == (3, 13)
    assert outcome.changes.assessments and outcome.changes.athletes
    assert _export(target, tmp_path / "b.json") == exported
    assert _assessments(target) == _assessments(origin)
    # The day's copy of the rules came along, the coach's own test included.
    (ann_first, *_), = [a for a in _assessments(target) if a[1] == T0]
    assert ann_first == "Ann, \"the hopper\""
    rules = {test.id: test for test in get_assessment(target, 1).tests}
    assert rules["wall-sit-one-leg"].cap == 300.0 and rules["timed-hop"].better.value == "lower"
    assert rules["single-hop"].symmetry_line == 90.0
    # Bø has assessments but no sessions, and a test without trials on an open assessment.
    bo_days = [a for a in _assessments(target) if a[0] == "Bø"]
    assert [t.id for t in bo_days[0][7]] == ["y-balance-anterior", "heel-rise"]
    assert bo_days[0][3].value == "in_progress"


def test_the_json_nests_assessments_tests_and_trials(origin: Database, tmp_path: Path) -> None:
    data = json.loads(_export(origin, tmp_path / "a.json"))
    assert data["version"] == 3
    first = data["assessments"][0]
    assert (first["athlete"], first["started"], first["status"], first["involved"]) == (
        "Ann, \"the hopper\"", "2026-03-02T08:15:00+00:00", "finished", "right")
    assert (first["leg_length_left_cm"], first["leg_length_right_cm"]) == (92.5, 93.0)
    hop = first["tests"][0]
    assert {k: hop[k] for k in ("id", "unit", "better", "trials", "cap", "symmetry_line")} == {
        "id": "single-hop", "unit": "cm", "better": "higher", "trials": 2, "cap": 400.0,
        "symmetry_line": 90.0}
    assert hop["recorded"][0] == {"timestamp": "2026-03-02T08:15:40+00:00", "side": "left",
                                  "trial": 1, "value": 152.5}
    assert [t["id"] for t in data["assessments"][2]["tests"]] == [
        "y-balance-anterior", "heel-rise"]
    assert data["assessments"][2]["tests"][1]["recorded"] == []


def test_a_csv_export_has_a_row_per_trial_after_the_sets_and_imports_back(
    origin: Database, target: Database, tmp_path: Path
) -> None:
    exported = _export(origin, tmp_path / "a.csv")
    rows = list(csv.DictReader(io.StringIO(exported.decode("utf-8"), newline="")))
    assert list(rows[0]) == list(CSV_COLUMNS)
    assert [bool(row["exercise"]) for row in rows] == [True] + [False] * 13
    trial = rows[1]
    assert (trial["timestamp"], trial["athlete"], trial["side"], trial["test"], trial["trial"],
            trial["value"], trial["test_unit"], trial["better"], trial["trials"],
            trial["cap"]) == ("2026-03-02T08:15:40+00:00", "Ann, \"the hopper\"", "left",
                              "single-hop", "1", "152.5", "cm", "higher", "2", "400")
    assert (trial["involved_leg"], trial["leg_length_left_cm"], trial["assessment_status"]) == (
        "right", "92.5", "finished")
    assert trial["reps"] == trial["load"] == trial["session_started"] == ""
    import_path(target, tmp_path / "a.csv")
    assert _export(target, tmp_path / "b.csv") == exported
    # A one-row-per-trial file cannot show a test nobody was tested on yet.
    assert [t.id for t in get_assessment(target, 3).tests] == ["y-balance-anterior"]


def test_importing_again_adds_nothing_and_a_later_export_adds_only_the_new_trials(
    origin: Database, target: Database, tmp_path: Path
) -> None:
    path = tmp_path / "a.json"
    _export(origin, path)
    import_path(target, path)
    before = _counts(target)
    again = import_path(target, path)
    written = again.value.written
    assert (written.assessments_added, written.trials_added, written.trials_already_there) == (
        0, 0, 13)
    assert "13 trials already there" in again.value.line()
    assert not again.changes.assessments
    assert _counts(target) == before
    # Bø goes on with the open assessment at home, then exports again.
    open_day = assessments_for(origin, list_athletes(origin)[1].id)[0].id
    record_trial(origin, open_day, "heel-rise", Side.LEFT, 27, recorded_at=T0 + timedelta(
        days=21, minutes=8))
    _export(origin, path)
    later = import_path(target, path)
    assert (later.value.written.trials_added, later.value.written.assessments_extended) == (1, 1)
    assert "1 trial in 1 assessment; 13 trials already there" in later.value.line()
    assert later.changes == Changes(assessments=True)
    assert _assessments(target) == _assessments(origin)


def test_a_dry_run_counts_the_assessments_and_writes_nothing(
    origin: Database, target: Database, tmp_path: Path
) -> None:
    _export(origin, tmp_path / "a.csv")
    before = _counts(target)
    line = import_path(target, tmp_path / "a.csv", dry_run=True).value.line()
    assert "would import 1 set in 1 session" in line and "13 trials in 3 assessments" in line
    assert _counts(target) == before


def test_export_counts_the_assessments_it_carries(origin: Database) -> None:
    assert assessments_to_export(origin) == (3, 13)
    bo = list_athletes(origin)[1]
    assert assessments_to_export(origin, athlete_id=bo.id) == (1, 3)


def test_an_export_from_before_assessments_still_imports(
    origin: Database, target: Database, tmp_path: Path
) -> None:
    data = json.loads(_export(origin, tmp_path / "a.json"))
    data["version"] = 2
    del data["assessments"]
    old_json = tmp_path / "old.json"
    old_json.write_text(json.dumps(data), encoding="utf-8")
    assert import_path(target, old_json).value.written.sets_added == 1
    rows = list(csv.reader(io.StringIO(_export(origin, tmp_path / "a.csv").decode(),
                                       newline="")))
    width = CSV_COLUMNS.index("warmup") + 1
    old_csv = tmp_path / "old.csv"
    with old_csv.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(row[:width] for row in rows[:2])
    assert import_path(target, old_csv).value.written.sets_already_there == 1
    assert count_rows(target, "assessment") == 0


def _broken_csv(origin: Database, tmp_path: Path, row: int, column: str, value: str) -> Path:
    rows = list(csv.reader(io.StringIO(_export(origin, tmp_path / "a.csv").decode(),
                                       newline="")))
    rows[row - 1][rows[0].index(column)] = value
    path = tmp_path / "broken.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(rows)
    return path


@pytest.mark.parametrize(
    ("row", "column", "value", "message"),
    [
        (3, "value", "-3", "row 3: A single-leg hop for distance result cannot be negative"),
        (3, "value", "450", "row 3: 450 cm is beyond the single-leg hop for distance's cap"),
        (7, "value", "0", "row 7: A time of zero is not possible"),
        (4, "trial", "3", "takes 2 trials per leg; there is no trial 3"),
        (3, "side", "both", "row 3: a trial's side must be left or right (got 'both')"),
        (5, "leg_length_left_cm", "300", "row 5: A leg length is measured"),
        (5, "cap", "500", "row 5: the rules of test single-hop (name, unit, trials, cap…) "
                          "differ from row 3"),
        (6, "assessment_notes", "other", "row 6: its assessment details"),
        (5, "trial", "1", "row 5: trial 1 of the left leg on single-hop is also on row 3"),
        (3, "better", "more", "row 3: better must be one of higher, lower"),
        (3, "trials", "9", "row 3: a test takes 1 to 5 trials per leg (got 9)"),
        (3, "test", "Single Hop!", "row 3: 'Single Hop!' is not a test id"),
        (3, "exercise", "reverse-lunge", "row 3: a row is a set (with an exercise) or an "
                                          "assessment's trial (with a test), not both"),
        (3, "assessment_started", "", "row 3: assessment_started must be an ISO 8601"),
    ],
)
def test_a_broken_trial_refuses_the_whole_file(
    origin: Database, target: Database, tmp_path: Path, row: int, column: str, value: str,
    message: str,
) -> None:
    path = _broken_csv(origin, tmp_path, row, column, value)
    before = _counts(target)
    with pytest.raises(ImportRefusedError) as refused:
        import_path(target, path)
    assert message in str(refused.value)
    assert str(refused.value).endswith("Nothing was imported.")
    assert _counts(target) == before


def test_a_broken_json_assessment_is_placed_by_athlete_assessment_test_and_trial(
    origin: Database, target: Database, tmp_path: Path
) -> None:
    data = json.loads(_export(origin, tmp_path / "a.json"))
    data["assessments"][0]["tests"][1]["recorded"][2]["value"] = -1
    data["assessments"][1]["tests"] = []
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ImportRefusedError) as refused:
        import_path(target, path)
    places = [problem.place for problem in refused.value.problems]
    assert places == ["Ann, \"the hopper\", assessment 1, test 2, trial 3",
                      "Ann, \"the hopper\", assessment 2"]
    assert "an assessment needs at least one test" in str(refused.value)
    assert _counts(target) == (0, 0, 0, 0, 0, 0)


def test_a_one_athlete_file_can_go_under_another_name(
    origin: Database, target: Database, tmp_path: Path
) -> None:
    from app.services.imports import ImportOptions

    bo = list_athletes(origin)[1]
    path = tmp_path / "bo.json"
    export_history(origin, path, ExportFormat.JSON, athlete_id=bo.id)
    import_path(target, path, options=ImportOptions(athlete="Bo Lund"))
    (athlete,) = list_athletes(target)
    assert athlete.name == "Bo Lund"
    assert len(assessments_for(target, athlete.id)) == 1
