"""The import use case: read, preview (what a wizard shows), change choices, run."""

import io
import json
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.domain.errors import LegworkError, ValidationError
from app.domain.sides import Side
from app.domain.units import Unit
from app.library import builtin_exercises
from app.services.changes import Changes
from app.services.imports import (
    NEW_EXERCISE,
    ImportOptions,
    ImportRefusedError,
    SourceApp,
    import_path,
    preview_import,
    read_import,
    run_import,
)
from app.storage.athletes import create_athlete, list_athletes
from app.storage.database import Database
from app.storage.exercises import list_custom_exercises, sync_builtin_exercises
from app.storage.sessions import finish_session, record_set, sessions_for, start_session
from app.storage.transfer import export_json
from tests.builders import T0, set_entry

DATA = Path(__file__).parents[1] / "data" / "imports"
UTC_OPTIONS = ImportOptions(zone=ZoneInfo("UTC"))


@pytest.fixture
def db(database: Database) -> Database:
    sync_builtin_exercises(database, builtin_exercises())
    return database


def test_a_preview_says_what_was_found_before_anything_is_written(db: Database) -> None:
    preview = preview_import(db, read_import(DATA / "strong-comma-duration.csv",
                                             zone=ZoneInfo("UTC")), UTC_OPTIONS)
    assert (preview.app, preview.layout) == (
        SourceApp.STRONG, "Strong, comma-separated export with Duration")
    assert (preview.unit, preview.stated_units) == (Unit.KG, frozenset())
    assert (preview.sessions, preview.sets) == (2, 7)
    assert preview.days(ZoneInfo("UTC")) == (date(2022, 4, 11), date(2022, 4, 14))
    assert [(c.source, c.exercise_id, c.new) for c in preview.exercises] == [
        ("Calf Raise (Single Leg)", "single-leg-calf-raise", False),
        ("Deadlift (Barbell)", "deadlift-barbell", True),
        ("Single Leg Squat", "single-leg-squat", False),
    ]
    assert preview.new is not None and preview.new.sets_added == 7
    assert preview.athlete == "Athlete"
    assert sessions_for(db, 1) == [] and list_athletes(db) == []


def test_changing_a_mapping_or_the_unit_gives_a_new_preview(db: Database) -> None:
    source = read_import(DATA / "strong-2025.csv")
    first = preview_import(db, source)
    changed = preview_import(db, source, ImportOptions(
        unit=Unit.LB, mappings={"Step Up (Dumbbell)": "reverse-lunge",
                                "Bulgarian Split Squat": NEW_EXERCISE}))
    assert first.unit is Unit.KG and changed.unit is Unit.LB
    choices = {c.source: c.exercise_id for c in changed.exercises}
    assert choices == {"Bulgarian Split Squat": "bulgarian-split-squat",
                       "Step Up (Dumbbell)": "reverse-lunge"}
    assert changed.plan.sessions[0].sets[1].load_kg == pytest.approx(25 * 0.45359237)


def test_running_a_preview_writes_it_and_says_what_changed(db: Database) -> None:
    preview = preview_import(db, read_import(DATA / "hevy-kg.csv"), ImportOptions(athlete="Mo"))
    seen: list[tuple[int, int]] = []
    outcome = run_import(db, preview, progress=lambda done, total: seen.append((done, total)))
    assert outcome.changes == Changes(athletes=True, exercises=True, sessions=True)
    assert outcome.value.sets_added == 10 and seen[-1] == (10, 10)
    assert [a.name for a in list_athletes(db)] == ["Mo"]
    again = run_import(db, preview_import(db, read_import(DATA / "hevy-kg.csv"),
                                          ImportOptions(athlete="mo")))
    assert not again.changes.any
    assert again.value.written.sets_already_there == 10


def test_the_home_athlete_gets_the_history_when_none_is_named(db: Database) -> None:
    create_athlete(db, "Demo", is_demo=True)
    create_athlete(db, "Ines")
    preview = preview_import(db, read_import(DATA / "liftosaur.csv"))
    assert preview.athlete == "Ines"
    assert preview_import(None, read_import(DATA / "liftosaur.csv"),
                          ImportOptions(new_athlete="Kim")).athlete == "Kim"


def test_the_summary_line_reports_every_figure(db: Database) -> None:
    outcome = import_path(db, DATA / "strong-workout-number.csv", options=UTC_OPTIONS)
    assert outcome.value.line() == (
        "imported 5 sets in 2 sessions from Strong; 1 warm-up; 2 with a side; "
        "1 skipped (cardio); 1 skipped (rest timer); 0 already there; 1 new exercise; "
        "new athlete Athlete; loads in kg")


def test_a_dry_run_reports_the_same_figures_and_writes_nothing(db: Database) -> None:
    dry = import_path(db, DATA / "liftosaur.csv", dry_run=True)
    assert dry.value.line().startswith("would import 4 sets in 2 sessions from Liftosaur")
    assert dry.value.line().endswith("(dry run: nothing was changed)")
    assert not dry.changes.any and list_athletes(db) == []
    nothing_yet = import_path(None, DATA / "liftosaur.csv", dry_run=True)
    assert nothing_yet.value.sets_added == 4


def test_a_legwork_json_export_imports_back(db: Database, tmp_path: Path) -> None:
    ann = create_athlete(db, "Ann")
    session_id = start_session(db, ann.id, "Base", started_at=T0)
    record_set(db, session_id, set_entry("single-leg-squat", warmup=True))
    record_set(db, session_id, set_entry("single-leg-squat", Side.RIGHT, minutes=1))
    finish_session(db, session_id)
    out = io.StringIO()
    export_json(db, out)
    path = tmp_path / "history.json"
    path.write_text(out.getvalue(), encoding="utf-8")
    again = import_path(db, path)
    assert again.value.app is SourceApp.LEGWORK
    assert (again.value.sets_added, again.value.written.sets_already_there) == (0, 2)
    assert json.loads(out.getvalue())["athletes"][0]["sessions"][0]["sets"][0]["warmup"] is True


def test_a_legwork_file_of_several_athletes_cannot_go_to_one(db: Database, tmp_path: Path) -> None:
    for name in ("Ann", "Bo"):
        athlete = create_athlete(db, name)
        session_id = start_session(db, athlete.id, "Base", started_at=T0)
        record_set(db, session_id, set_entry("single-leg-squat"))
    out = io.StringIO()
    export_json(db, out)
    path = tmp_path / "both.json"
    path.write_text(out.getvalue(), encoding="utf-8")
    with pytest.raises(ValidationError, match=r"holds the history of 2 athletes \(Ann, Bo\)"):
        import_path(db, path, options=ImportOptions(athlete="Cy"))


def test_files_saved_by_spreadsheets_in_other_encodings_are_read(tmp_path: Path) -> None:
    text = (DATA / "fitnotes-android-kgs.csv").read_text(encoding="utf-8").replace(
        "Single Leg Squat", "Pistol Squat à la Box")
    for encoding in ("cp1252", "utf-16"):
        path = tmp_path / f"{encoding}.csv"
        path.write_text(text, encoding=encoding)
        source = read_import(path)
        assert source.sessions[0].sets[0].exercise == "Pistol Squat à la Box"


@pytest.mark.parametrize(("content", "message"), [
    (b"", "row 1: the file is empty"),
    (b"Day,Lift,Kilos\n2025-01-01,Squat,100\n", "cannot tell which app wrote this file"),
    (b'{"not": "ours"}', "this JSON file is not a Legwork history export"),
    (b'{"format": "legwork-history", "version": 1, "athletes": [', "not valid JSON"),
])
def test_files_that_are_no_export_are_refused(tmp_path: Path, content: bytes,
                                              message: str) -> None:
    path = tmp_path / "file.csv"
    path.write_bytes(content)
    with pytest.raises(ImportRefusedError, match=message):
        read_import(path)


def test_a_missing_file_or_a_folder_is_said_plainly(tmp_path: Path) -> None:
    with pytest.raises(LegworkError, match="There is no file"):
        read_import(tmp_path / "nothing.csv")
    with pytest.raises(LegworkError, match="is a folder"):
        read_import(tmp_path)


def test_new_exercises_are_the_athletes_own_after_the_import(db: Database) -> None:
    import_path(db, DATA / "fitnotes-android-new.csv")
    own = {e.name: e.unilateral for e in list_custom_exercises(db)}
    assert own == {"Barbell Squat": False, "Calf Raise": True, "Curl, Hammer": False}


def test_a_file_without_units_is_read_in_the_athletes_unit_unless_told_otherwise(
    db: Database,
) -> None:
    from app.domain import preferences as prefs
    from app.services.preferences import set_preference

    athlete = create_athlete(db, "Pat")
    set_preference(db, athlete.id, prefs.UNIT, Unit.LB)
    source = read_import(DATA / "strong-2025.csv")
    theirs = preview_import(db, source)
    assert theirs.athlete == "Pat" and theirs.unit is Unit.LB
    assert theirs.plan.sessions[0].sets[1].load_kg == pytest.approx(25 * 0.45359237)
    told = preview_import(db, source, ImportOptions(unit=Unit.KG))
    assert told.unit is Unit.KG and told.plan.sessions[0].sets[1].load_kg == 25
    # someone the history does not have yet has no unit chosen: kg
    new = preview_import(db, source, ImportOptions(athlete="Quinn"))
    assert new.unit is Unit.KG
