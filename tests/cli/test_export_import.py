"""`legwork export` and `legwork import`: round trip, refusals, an unchanged database."""

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.__main__ import main
from app.domain.records import SetEntry
from app.domain.sides import Side
from app.library import builtin_exercises
from app.storage.athletes import create_athlete
from app.storage.database import open_database
from app.storage.exercises import sync_builtin_exercises
from app.storage.sessions import finish_session, record_set, start_session

T0 = datetime(2026, 11, 25, 7, 30, tzinfo=UTC)


@pytest.fixture
def history(tmp_path: Path) -> Path:
    path = tmp_path / "a.db"
    with open_database(f"sqlite:///{path}") as db:
        sync_builtin_exercises(db, builtin_exercises())
        for name in ("Ann", "Bo"):
            athlete = create_athlete(db, name)
            session_id = start_session(db, athlete.id, "Base", started_at=T0)
            for minute, side in enumerate((Side.LEFT, Side.RIGHT)):
                record_set(db, session_id, SetEntry(
                    "reverse-lunge", side, 1, 8, 12.5, "3-1-1-0",
                    T0 + timedelta(minutes=minute), rpe=8.0, notes="steady"))
            finish_session(db, session_id, finished_at=T0 + timedelta(minutes=30))
    return path


def _count_rows(path: Path) -> tuple[int, int, int]:
    if not path.exists():
        return (0, 0, 0)
    with sqlite3.connect(path) as db:
        counts = tuple(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                       for table in ("athlete", "training_session", "set_entry"))
    db.close()
    return counts  # type: ignore[return-value]


def test_export_then_import_into_an_empty_database_round_trips(
    history: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported, again = tmp_path / "a.csv", tmp_path / "b.csv"
    empty = tmp_path / "empty.db"
    assert main(["--database-url", str(history), "export", "-o", str(exported)]) == 0
    assert "Exported 4 sets" in capsys.readouterr().out
    assert main(["--database-url", str(empty), "import", str(exported)]) == 0
    assert capsys.readouterr().out.strip() == (
        "imported 4 sets in 2 sessions from Legwork; 0 warm-ups; 4 with a side; "
        "0 skipped (cardio); 0 already there; new athlete Ann; new athlete Bo; loads in kg")
    assert main(["--database-url", str(empty), "export", "--format", "csv", "-o", str(again)]) == 0
    assert again.read_bytes() == exported.read_bytes()
    assert _count_rows(empty) == _count_rows(history)


def test_a_json_export_imports_into_an_empty_database_and_exports_the_same(
    history: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported, again = tmp_path / "a.json", tmp_path / "b.json"
    empty = tmp_path / "empty.db"
    assert main(["--database-url", str(history), "export", "-o", str(exported)]) == 0
    assert main(["--database-url", str(empty), "import", str(exported)]) == 0
    assert capsys.readouterr().out.strip().endswith(
        "imported 4 sets in 2 sessions from Legwork; 0 warm-ups; 4 with a side; "
        "0 skipped (cardio); 0 already there; new athlete Ann; new athlete Bo; loads in kg")
    assert main(["--database-url", str(empty), "export", "-o", str(again)]) == 0
    assert again.read_bytes() == exported.read_bytes()
    assert _count_rows(empty) == _count_rows(history)


def test_export_options_json_athlete_and_pounds(
    history: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "ann.json"
    assert main(["--database-url", str(history), "export", "-o", str(out), "--athlete", "ann",
                 "--unit", "lb"]) == 0
    text = out.read_text(encoding="utf-8")
    assert '"name": "Ann"' in text and '"Bo"' not in text and '"unit": "lb"' in text
    assert main(["--database-url", str(history), "export", "-o", str(tmp_path / "x.csv"),
                 "--athlete", "Nobody"]) == 1
    assert "There is no athlete called 'Nobody'" in capsys.readouterr().err


def test_export_refuses_an_unknown_format_and_a_missing_database(
    history: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--database-url", str(history), "export", "-o", str(tmp_path / "x.txt")]) == 1
    assert "end the file name in .csv or .json" in capsys.readouterr().err
    missing = tmp_path / "none.db"
    assert main(["--database-url", str(missing), "export", "-o", str(tmp_path / "x.csv")]) == 1
    assert "no Legwork history" in capsys.readouterr().err
    assert not missing.exists()
    assert main(["--database-url", str(history), "export", "-o",
                 str(tmp_path / "no-such-folder" / "x.csv")]) == 1
    assert "Cannot write" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda t: t.replace(",12.5,", ",heavy,", 1), "row 2: load must be a number (got 'heavy')"),
        (lambda t: t.replace(",right,", ",middle,", 1), "row 3: side must be one of"),
        (lambda t: t.replace("timestamp,", "time,", 1), "row 1: the header has no timestamp"),
        (lambda t: t[: t.rindex(",Base,")] + "\r\n", "row 5: has 18 values"),
    ],
    ids=["bad-number", "unknown-side", "missing-header-column", "truncated-row"],
)
def test_a_broken_csv_exits_non_zero_and_changes_nothing(
    history: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], change, message: str
) -> None:
    exported = tmp_path / "a.csv"
    assert main(["--database-url", str(history), "export", "-o", str(exported)]) == 0
    broken = tmp_path / "broken.csv"
    broken.write_text(change(exported.read_text(encoding="utf-8")), encoding="utf-8",
                      newline="")
    target = tmp_path / "b.db"
    assert main(["--database-url", str(target), "import", str(exported)]) == 0
    before = _count_rows(target)
    capsys.readouterr()
    assert main(["--database-url", str(target), "import", str(broken)]) == 1
    error = capsys.readouterr().err
    assert error.startswith("legwork: ") and message in error
    assert "Nothing was imported" in error
    assert _count_rows(target) == before
    fresh = tmp_path / "fresh.db"
    assert main(["--database-url", str(fresh), "import", str(broken)]) == 1
    assert _count_rows(fresh)[1:] == (0, 0)


def test_import_of_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--database-url", str(tmp_path / "b.db"), "import",
                 str(tmp_path / "nothing.csv")]) == 1
    assert "There is no file" in capsys.readouterr().err


def test_assessments_go_out_and_come_back_with_the_history(
    history: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.battery import builtin_tests
    from app.storage.assessments import finish_assessment, record_trial, start_assessment
    from app.storage.athletes import list_athletes

    hop = next(test for test in builtin_tests() if test.id == "single-hop")
    with open_database(f"sqlite:///{history}") as db:
        ann = list_athletes(db)[0]
        day = start_assessment(db, ann.id, [hop], started_at=T0 + timedelta(days=3))
        for side, value in ((Side.LEFT, 151.0), (Side.RIGHT, 139.5)):
            record_trial(db, day, "single-hop", side, value)
        finish_assessment(db, day)
    exported, empty = tmp_path / "a.csv", tmp_path / "empty.db"
    assert main(["--database-url", str(history), "export", "-o", str(exported)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"Exported 4 sets to {exported}", f"Exported 1 assessment with 2 trials to {exported}"]
    assert main(["--database-url", str(empty), "import", str(exported)]) == 0
    assert "0 already there; 2 trials in 1 assessment; new athlete Ann" in capsys.readouterr().out
    assert main(["--database-url", str(empty), "import", str(exported)]) == 0
    assert "; 4 already there; 2 trials already there; loads in kg" in capsys.readouterr().out
    assert main(["--database-url", str(empty), "export", "--athlete", "Bo", "-o",
                 str(tmp_path / "bo.csv")]) == 0
    assert capsys.readouterr().out.splitlines() == [f"Exported 2 sets to {tmp_path / 'bo.csv'}"]
