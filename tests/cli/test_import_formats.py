"""`legwork import` of other apps' exports: the contract's summary line, exit codes, dry runs."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from app.__main__ import main

DATA = Path(__file__).parents[1] / "data" / "imports"


def _import(db: Path, *args: str) -> int:
    return main(["--database-url", str(db), "import", *args])


def _counts(path: Path) -> tuple[int, int, int]:
    with sqlite3.connect(path) as conn:
        counts = tuple(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                       for table in ("athlete", "training_session", "set_entry"))
    conn.close()
    return counts  # type: ignore[return-value]


def test_a_strong_export_prints_one_summary_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "legwork.db"
    assert _import(db, "--athlete", "Sam", str(DATA / "strong-2025.csv")) == 0
    assert capsys.readouterr().out == (
        "imported 5 sets in 1 session from Strong; 1 warm-up; 0 with a side; 1 skipped (cardio); "
        "0 already there; 1 new exercise; new athlete Sam; assumed kg\n")


def test_importing_again_finds_everything_already_there_and_still_succeeds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "legwork.db"
    assert _import(db, str(DATA / "hevy-lbs.csv")) == 0
    before = _counts(db)
    capsys.readouterr()
    assert _import(db, str(DATA / "hevy-lbs.csv")) == 0
    assert capsys.readouterr().out.startswith(
        "imported 0 sets in 0 sessions from Hevy; 0 warm-ups; 0 with a side; "
        "1 skipped (cardio); 4 already there; loads in lb")
    assert _counts(db) == before


def test_the_unit_option_sets_the_unit_of_a_file_that_states_none(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "legwork.db"
    assert _import(db, "--unit", "lb", str(DATA / "strong-2025.csv")) == 0
    assert capsys.readouterr().out.rstrip().endswith("; assumed lb")
    with sqlite3.connect(db) as conn:
        loads = [row[0] for row in conn.execute("SELECT load_kg FROM set_entry ORDER BY id")]
    conn.close()
    assert loads[1] == pytest.approx(11.3398, abs=1e-4)  # 25 lb


def test_a_dry_run_changes_nothing_and_creates_no_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "legwork.db"
    assert _import(db, "--dry-run", str(DATA / "fitnotes-android-new.csv")) == 0
    assert capsys.readouterr().out.startswith("would import 7 sets in 1 session from FitNotes; "
                                              "1 warm-up; 4 with a side; 1 skipped (cardio)")
    assert not db.exists()
    assert _import(db, str(DATA / "fitnotes-android-new.csv")) == 0
    before = _counts(db)
    assert _import(db, "--dry-run", str(DATA / "fitnotes-android-kgs.csv")) == 0
    assert _counts(db) == before


def test_from_forces_the_format_and_a_wrong_one_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "legwork.db"
    assert _import(db, "--from", "strong", str(DATA / "hevy-kg.csv")) == 1
    error = capsys.readouterr().err
    assert error == ("legwork: row 1: the header is not a Strong export's: it needs Date, "
                     "Exercise Name, Set Order, Reps and a Weight column. "
                     "Nothing was imported.\n")
    assert _import(db, "--from", "hevy", str(DATA / "hevy-kg.csv")) == 0


def test_a_refused_file_exits_1_with_one_plain_sentence_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "legwork.db"
    assert _import(db, str(DATA / "liftosaur.csv")) == 0
    before = _counts(db)
    broken = tmp_path / "broken.csv"
    text = (DATA / "strong-2025.csv").read_text(encoding="utf-8")
    broken.write_text(text.replace(",25.0,8.0,", ",-25.0,8.0,"), encoding="utf-8")
    capsys.readouterr()
    assert _import(db, str(broken)) == 1
    error = capsys.readouterr().err
    assert error == ("legwork: row 4: a load cannot be negative (got -25.0). "
                     "Nothing was imported.\n")
    assert _counts(db) == before


def test_a_cut_off_file_changes_nothing(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "legwork.db"
    assert _import(db, str(DATA / "liftosaur.csv")) == 0
    before = _counts(db)
    cut = tmp_path / "cut.csv"
    text = (DATA / "hevy-kg.csv").read_text(encoding="utf-8-sig")
    cut.write_text(text[: len(text) * 2 // 3], encoding="utf-8")
    assert _import(db, str(cut)) == 1
    assert "cut off" in capsys.readouterr().err
    assert _counts(db) == before


def test_every_format_export_writes_imports_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "legwork.db"
    assert _import(db, str(DATA / "strong-comma-duration.csv")) == 0
    for suffix in ("csv", "json"):
        out = tmp_path / f"history.{suffix}"
        assert main(["--database-url", str(db), "export", "-o", str(out)]) == 0
        fresh = tmp_path / f"fresh-{suffix}.db"
        capsys.readouterr()
        assert _import(fresh, str(out)) == 0
        assert capsys.readouterr().out.startswith("imported 7 sets in 2 sessions from Legwork")
        assert _counts(fresh) == _counts(db)


def test_a_missing_file_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _import(tmp_path / "legwork.db", str(tmp_path / "none.csv")) == 1
    assert "There is no file" in capsys.readouterr().err


def test_the_help_lists_the_contracts_options(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["import", "--help"])
    usage = " ".join(capsys.readouterr().out.split())
    assert ("[--from {auto,legwork,strong,hevy,fitnotes,liftosaur}] [--unit {kg,lb}] "
            "[--athlete NAME] [--dry-run] FILE") in usage


def test_import_is_usable_on_a_copy_of_a_real_history(tmp_path: Path,
                                                      history_file: Path) -> None:
    copy = tmp_path / "copy.db"
    shutil.copyfile(history_file, copy)
    before = _counts(copy)
    assert _import(copy, str(DATA / "strong-semicolon-units.csv")) == 0
    assert _counts(copy)[2] == before[2] + 6


def test_an_athlete_name_follows_the_apps_rules(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "legwork.db"
    assert _import(db, "--athlete", "x" * 61, str(DATA / "hevy-lbs.csv")) == 1
    assert "must be 60 characters or fewer" in capsys.readouterr().err
    assert _import(db, "--athlete", "  Sam   Lee ", str(DATA / "hevy-lbs.csv")) == 0
    assert "new athlete Sam Lee;" in capsys.readouterr().out


def test_without_the_unit_option_the_athletes_own_unit_is_assumed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.domain import preferences as prefs
    from app.services.preferences import set_preference
    from app.storage.athletes import create_athlete
    from app.storage.database import open_database

    db = tmp_path / "legwork.db"
    with open_database(f"sqlite:///{db}") as opened:
        set_preference(opened, create_athlete(opened, "Sam").id, prefs.UNIT, "lb")
    assert _import(db, str(DATA / "strong-2025.csv")) == 0
    assert capsys.readouterr().out.rstrip().endswith("; assumed lb")
