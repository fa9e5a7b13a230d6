"""`legwork programme` and `legwork sheet --programme`: the block from the command line.

Read back as a user would: the JSON contract, the calendar file with `icalendar`, the
sheet with pypdf; every refusal is one sentence, exit status 1, and changes nothing.
"""

import json
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from app.__main__ import main
from app.library import builtin_exercises
from app.storage.athletes import create_athlete
from app.storage.database import open_database
from app.storage.exercises import sync_builtin_exercises
from tests.builders import count_rows
from tests.sheets.pdf import pdf_pages

TODAY = date.today()


def _next(weekday: int) -> date:
    return TODAY + timedelta(days=(weekday - TODAY.weekday()) % 7 or 7)


@pytest.fixture
def url(tmp_path: Path) -> str:
    address = f"sqlite:///{tmp_path / 'legwork.db'}"
    with open_database(address) as db:
        sync_builtin_exercises(db, builtin_exercises())
        create_athlete(db, "Ida")
    return address


def legwork(url: str, *args: str) -> int:
    return main(["--database-url", url, *args])


def _blocks(url: str) -> int:
    with open_database(url) as db:
        return count_rows(db, "programme_block")


def test_a_block_started_on_the_command_line_shows_as_the_json_contract_says(
    url: str, capsys: pytest.CaptureFixture[str],
) -> None:
    start = _next(0)
    assert legwork(url, "programme", "start", "--days", "mon,thu", "--weeks", "10",
                   "--start", start.isoformat()) == 0
    assert "Started your 10-week block" in capsys.readouterr().out
    assert legwork(url, "programme", "show", "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["weeks"] == 10 and len(shown["sessions"]) == 20
    first = shown["sessions"][0]
    assert (first["date"], first["week"], first["status"], first["light"]) == (
        start.isoformat(), 1, "planned", False)
    assert [s["date"] for s in shown["sessions"]] == sorted(s["date"] for s in shown["sessions"])
    assert [s["light"] for s in shown["sessions"] if s["week"] in (4, 8)] == [True] * 4
    item = first["items"][0]
    assert item["exercise_id"] == "single-leg-squat"
    for side in ("left", "right"):
        assert item[side] == {"sets": 2, "reps_min": 8, "reps_max": 12, "load_kg": 0.0,
                              "level": 0}
    assert legwork(url, "programme", "show") == 0
    text = capsys.readouterr().out
    assert "Week 10" in text and "left: 2 × 8–12 · bodyweight · level 1" in text


@pytest.mark.parametrize(("args", "sentence"), [
    (["--days", "mon"], "Choose 2 or 3 training days a week (got 1)."),
    (["--days", "mon,tue,thu,sat"], "Choose 2 or 3 training days a week (got 4)."),
    (["--days", "mon,funday"], "“funday” is not a weekday: write mon, tue, wed, thu, fri, sat "
                               "or sun."),
    (["--days", "mon,thu", "--weeks", "3"], "A block lasts 4 to 16 weeks (got 3)."),
    (["--days", "mon,thu", "--weeks", "17"], "A block lasts 4 to 16 weeks (got 17)."),
    (["--days", "mon,thu", "--start", (TODAY - timedelta(1)).isoformat()],
     f"The block cannot start in the past ({TODAY - timedelta(1)}); start today or later."),
    (["--days", "mon,thu", "--race", TODAY.isoformat()],
     f"The race ({TODAY}) must come after the block's start ({TODAY})."),
    (["--days", "mon,thu", "--plan", "Hills"], "There is no plan called 'Hills'. Plans: "
                                               "Runner's single-leg session."),
    (["--days", "mon,thu", "--athlete", "Ola"], "There is no athlete called 'Ola' "
                                                "(athletes: Ida)."),
])
def test_bad_input_gets_one_sentence_and_changes_nothing(
    url: str, args: list[str], sentence: str, capsys: pytest.CaptureFixture[str],
) -> None:
    assert legwork(url, "programme", "start", *args) == 1
    assert capsys.readouterr().err == f"legwork: {sentence}\n"
    assert _blocks(url) == 0


def test_a_second_block_and_stopping_without_one_are_refused(
    url: str, capsys: pytest.CaptureFixture[str],
) -> None:
    assert legwork(url, "programme", "stop") == 1
    assert "no training block" in capsys.readouterr().err
    assert legwork(url, "programme", "start", "--days", "tue,fri") == 0
    assert legwork(url, "programme", "start", "--days", "mon,thu") == 1
    assert capsys.readouterr().err.endswith(
        "You already have a training block; stop it before starting another.\n")
    assert _blocks(url) == 1
    assert legwork(url, "programme", "stop") == 0
    assert legwork(url, "programme", "show") == 1


def test_back_to_back_days_start_the_block_with_a_note(
    url: str, capsys: pytest.CaptureFixture[str],
) -> None:
    assert legwork(url, "programme", "start", "--days", "sat,sun") == 0
    assert "back to back" in capsys.readouterr().err


def test_read_only_commands_create_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           ) -> None:
    missing = tmp_path / "none.db"
    assert main(["--database-url", f"sqlite:///{missing}", "programme", "show"]) == 1
    assert main(["--database-url", f"sqlite:///{missing}", "programme", "start", "--days",
                 "mon,thu"]) == 1
    assert main(["--database-url", f"sqlite:///{missing}", "programme", "ics", "-o",
                 str(tmp_path / "b.ics")]) == 1
    assert not missing.exists() and not (tmp_path / "b.ics").exists()


def _events(path: Path) -> list:  # type: ignore[type-arg]
    return list(Calendar.from_ical(path.read_bytes()).walk("VEVENT"))


def test_the_calendar_file_has_an_event_and_an_alarm_per_session_with_stable_uids(
    url: str, tmp_path: Path,
) -> None:
    start = _next(0)
    assert legwork(url, "programme", "start", "--days", "mon,wed,fri", "--weeks", "4",
                   "--start", start.isoformat()) == 0
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    assert legwork(url, "programme", "ics", "-o", str(first), "--time", "18:30") == 0
    assert legwork(url, "programme", "ics", "-o", str(second), "--time", "18:30") == 0
    events = _events(first)
    assert len(events) == 12
    starts = [e.decoded("dtstart") for e in events]
    assert starts[0] == datetime.combine(start, time(18, 30))
    assert {d.weekday() for d in starts} == {0, 2, 4}
    for event in events:
        (alarm,) = event.walk("VALARM")
        assert alarm.decoded("trigger") == timedelta(minutes=-30)
        assert "Single-leg squat" in str(event.get("description"))
    uids = [str(e["uid"]) for e in events]
    assert len(set(uids)) == 12
    assert uids == [str(e["uid"]) for e in _events(second)], "re-importing updates, not doubles"


def test_bad_ics_options_write_nothing(url: str, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert legwork(url, "programme", "start", "--days", "mon,thu") == 0
    out = tmp_path / "x.ics"
    assert legwork(url, "programme", "ics", "-o", str(out), "--time", "25:00") == 1
    assert capsys.readouterr().err == "legwork: '25:00' is not a time of day: write HH:MM.\n"
    assert legwork(url, "programme", "ics", "-o", str(tmp_path / "no" / "x.ics")) == 1
    assert not out.exists()


@pytest.mark.parametrize(("size", "points"), [("A4", (595, 842)), ("Letter", (612, 792))])
def test_the_block_prints_on_one_page_with_its_grid_and_the_coming_doses(
    url: str, tmp_path: Path, size: str, points: tuple[int, int],
) -> None:
    start = _next(1)
    assert legwork(url, "programme", "start", "--days", "tue,fri,sun", "--weeks", "16",
                   "--start", start.isoformat(),
                   "--race", (start + timedelta(weeks=15)).isoformat()) == 0
    out = tmp_path / "block.pdf"
    assert legwork(url, "sheet", "--programme", "--page-size", size, "-o", str(out)) == 0
    reader = PdfReader(out)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == points
    (text,) = pdf_pages(out)
    assert "Training block" in text and "Ida" in text
    assert "Week 1 " in text and "Week 15" in text and "race taper" in text
    assert "Rear-foot-elevated split squat" in text
    assert text.count("2 × 8–12 · bodyweight · level 1") == 10


def test_a_sheet_printed_before_the_calibration_says_its_doses_are_defaults(
    url: str, tmp_path: Path,
) -> None:
    assert legwork(url, "programme", "start", "--days", "mon,thu", "--calibrate") == 0
    out = tmp_path / "block.pdf"
    assert legwork(url, "sheet", "--programme", "-o", str(out)) == 0
    (text,) = pdf_pages(out)
    assert "these doses then change to start there" in " ".join(
        text.split())


def test_no_block_no_sheet(url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "block.pdf"
    assert legwork(url, "sheet", "--programme", "-o", str(out)) == 1
    assert "no training block to print" in capsys.readouterr().err
    assert not out.exists()


def test_show_says_why_each_leg_moves_on(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    from datetime import UTC

    from app.domain.sides import Side
    from tests.builders import log_session

    with open_database(url) as db:
        ida = 1
        sets = [("single-leg-squat", side, 12, 0.0) for _ in range(3)
                for side in (Side.LEFT, Side.RIGHT)]
        log_session(db, ida, datetime.now(UTC) - timedelta(days=2), sets, rpe=7.0,
                    form_knee=True, form_hips=True)
    assert legwork(url, "programme", "start", "--days", "mon,thu") == 0
    capsys.readouterr()
    assert legwork(url, "programme", "show") == 0
    text = capsys.readouterr().out
    assert "left: 2 × 8–12 · bodyweight · level 2" in text
    assert "why: Both legs met the goal: 3 sets of 12 reps" in text


def test_calibrate_starts_a_block_that_finds_each_legs_start_and_show_says_why(
    url: str, capsys: pytest.CaptureFixture[str],
) -> None:
    from app.domain.preferences import TrainingPreferences
    from app.domain.records import SetEntry
    from app.domain.sides import Side
    from app.services import programme as service
    from app.services import sessions
    from app.services.athletes import find_athlete
    from tests.fakes import FakeClock

    assert legwork(url, "programme", "start", "--days", "mon,thu", "--calibrate") == 0
    assert "a calibration session finds where each leg starts" in capsys.readouterr().out
    assert legwork(url, "programme", "show") == 0
    assert "Calibration session: still to do" in capsys.readouterr().out
    with open_database(url) as db:
        ida = find_athlete(db, "Ida")
        assert ida is not None
        opened = service.start_calibration_session(db, ida.id, FakeClock(),
                                                   TrainingPreferences()).value
        tempo = opened.engine.plan.items[0].tempo
        at = datetime.now().astimezone()
        # Left: rungs 1–3 with 10 reps, rung 4 only 6; right: rung 1 with the knee caving.
        tries = [(Side.LEFT, level, 10 if level < 3 else 6, True) for level in range(4)] + \
            [(Side.RIGHT, 0, 9, False)]
        for n, (side, level, reps, knee) in enumerate(tries):
            sessions.record_set(db, opened.session_id, SetEntry(
                "single-leg-squat", side, 1, reps, 0.0, tempo, at + timedelta(seconds=n),
                progression_level=level, form_knee=knee, form_hips=True))
        sessions.finish_session(db, opened.session_id)
    assert legwork(url, "programme", "show") == 0
    out = capsys.readouterr().out
    assert "Starting points found by calibration:" in out
    assert "left: level 3, 10 reps with good form; level 4 failed at 6 reps" in out
    assert "right: level 1 failed at 9 reps, knee “no”; starts on level 1" in out
    assert legwork(url, "programme", "show", "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["calibration"]["due"] is False
    assert shown["calibration"]["found"]["single-leg-squat"]["left"] == {"level": 2,
                                                                         "load_kg": 0.0}
    assert shown["sessions"][0]["items"][0]["left"]["level"] == 2
