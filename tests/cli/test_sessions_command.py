"""`legwork sessions`: every session's id, start, athlete, sets per leg and plan; reads only."""

import json
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
    """Ann: two sessions (the second with a warm-up); Bo: one session between them."""
    path = tmp_path / "legwork.db"
    with open_database(f"sqlite:///{path}") as db:
        sync_builtin_exercises(db, builtin_exercises())
        ann, bo = create_athlete(db, "Ann"), create_athlete(db, "Bo")
        for athlete, days, plan, warmup in ((ann, 0, "Base", False), (bo, 1, "Hills", False),
                                            (ann, 2, "Runner's single-leg session", True)):
            started = T0 + timedelta(days=days)
            session_id = start_session(db, athlete.id, plan, started_at=started)
            sides = [Side.LEFT, Side.RIGHT, Side.LEFT] + ([Side.LEFT] if warmup else [])
            for minute, side in enumerate(sides):
                record_set(db, session_id, SetEntry(
                    "reverse-lunge", side, 1, 8, 12.5, "3-1-1-0",
                    started + timedelta(minutes=minute), warmup=warmup and minute == 3))
            finish_session(db, session_id, finished_at=started + timedelta(minutes=30))
    return path


def _listing(folder: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}


def test_the_table_lists_ids_starts_athletes_sets_per_leg_and_whole_plans(
    history: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--database-url", str(history), "sessions"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["ID", "STARTED", "ATHLETE", "LEFT", "RIGHT", "TWO-LEG",
                                "WARM-UPS", "PLAN"]
    local = (T0 + timedelta(days=2)).astimezone()
    assert lines[1:] == [
        f"      1  {T0.astimezone():%Y-%m-%d %H:%M}  Ann         2      1        0         0  Base",
        f"      2  {(T0 + timedelta(days=1)).astimezone():%Y-%m-%d %H:%M}  Bo          2      1"
        "        0         0  Hills",
        f"      3  {local:%Y-%m-%d %H:%M}  Ann         2      1        0         1  "
        "Runner's single-leg session",
    ]


def test_json_carries_the_same_facts_for_one_athlete_since_a_day(
    history: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    since = (T0 + timedelta(days=1)).astimezone().date().isoformat()
    assert main(["--database-url", str(history), "sessions", "--athlete", "ann", "--since",
                 since, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == [{
        "id": 3, "date": (T0 + timedelta(days=2)).isoformat(),
        "plan": "Runner's single-leg session", "athlete": "Ann",
        "sets": {"left": 2, "right": 1, "both": 0}, "warmups": 1, "status": "finished",
    }]


def test_an_unknown_athlete_or_a_bad_date_is_refused_in_one_sentence(
    history: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--database-url", str(history), "sessions", "--athlete", "Cy"]) == 1
    assert "There is no athlete called 'Cy' (athletes: Ann, Bo)." in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--database-url", str(history), "sessions", "--since", "25/11/2026"])
    assert "'25/11/2026' is not a date; write it as YYYY-MM-DD" in capsys.readouterr().err


def test_listing_changes_no_file_and_a_missing_history_is_not_created(
    history: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _listing(history.parent)
    content = history.read_bytes()
    assert main(["--database-url", str(history), "sessions", "--json"]) == 0
    assert _listing(history.parent) == before
    assert history.read_bytes() == content
    # (A missing folder is the read-only open's business, on the `cli` branch.)
    missing = tmp_path / "missing.db"
    before = _listing(tmp_path)
    capsys.readouterr()
    assert main(["--database-url", str(missing), "sessions", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["--database-url", str(missing), "sessions"]) == 0
    assert capsys.readouterr().out == "No sessions recorded yet.\n"
    assert _listing(tmp_path) == before
