"""`legwork sheet --test-sheet` and `--assessment ID`: one page on A4 and Letter, read back."""

import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.__main__ import main
from app.battery import builtin_tests
from app.domain.sides import Side
from app.services import assessments as service
from app.storage.athletes import create_athlete
from tests.sheets.pdf import pdf_pages

L, R = Side.LEFT, Side.RIGHT
SIZES = [("A4", (595, 842)), ("Letter", (612, 792))]
MARCH, MAY = datetime(2025, 3, 3, 9, tzinfo=UTC), datetime(2025, 5, 5, 9, tzinfo=UTC)


def page_size(path: Path) -> tuple[int, int]:
    box = PdfReader(path).pages[0].mediabox
    return round(float(box.width)), round(float(box.height))


def page_text(path: Path) -> str:
    """The single page's text, with the PDF's ligatures ("ﬁ", "ﬂ") folded back to letters."""
    (text,) = pdf_pages(path)
    return unicodedata.normalize("NFKC", text)


def sheet(url: str, *args: str) -> int:
    return main(["--database-url", url, "sheet", *args])


def record_day(db, athlete_id, when, trials, **options) -> int:
    assessment_id = service.start_assessment(
        db, athlete_id, list(trials), started_at=when, **options).value.id
    for test_id, legs in trials.items():
        for side, values in legs.items():
            for value in values:
                service.record_trial(db, assessment_id, test_id, side, value)
    service.finish_assessment(db, assessment_id, finished_at=when, notes="Indoor track")
    return assessment_id


@pytest.fixture
def two_days(database) -> int:
    athlete = create_athlete(database, "Sam Runner")
    record_day(database, athlete.id, MARCH, {
        "single-hop": {L: [150, 152], R: [120, 126]},
        "timed-hop": {L: [2.10, 2.20], R: [2.60, 2.55]},
    })
    return record_day(database, athlete.id, MAY, {
        "balance-eyes-closed": {L: [12.2, 14.5], R: [9.1]},
        "y-balance-anterior": {L: [63, 64.5], R: [59.5, 60]},
        "single-hop": {L: [151, 155], R: [140, 145]},
        "timed-hop": {L: [2.05, 2.08], R: [2.30, 2.33]},
    }, involved=R, leg_lengths=(91.0, 91.5))


@pytest.mark.parametrize(("size", "points"), SIZES)
def test_testing_day_sheet_is_one_page_with_boxes_for_every_trial(qapp, tmp_path, size,
                                                                  points) -> None:
    out = tmp_path / "tests.pdf"
    url = f"sqlite:///{tmp_path / 'none.db'}"
    assert sheet(url, "--test-sheet", "--page-size", size, "-o", str(out)) == 0
    assert page_size(out) == points
    text = page_text(out)
    for test in builtin_tests():
        assert test.name in text
    assert text.count("LEFT LEG") == text.count("RIGHT LEG") == 1
    # Three trial columns per leg, the most any test takes.
    assert text.count("Trial 3") == 2
    assert "stops at 45 s" in text and "flag if legs differ by > 4 cm" in text
    assert text.count("symmetry line 90 %") == 4
    assert "Leg length (front hip bone to inner ankle bone)" in text
    assert "Noyes et al. 1991 (doi 10.1177/036354659101900518)" in text
    assert "Page 1 of 1" in text
    assert not (tmp_path / "none.db").exists(), "printing must not create a history"


def test_testing_day_sheet_carries_the_athlete_and_coaches_tests(qapp, tmp_path,
                                                                 database) -> None:
    create_athlete(database, "Sam Runner")
    create_athlete(database, "Ana")
    service.add_custom_test(database, name="Wall sit", unit="s", better="higher", trials=1)
    out = tmp_path / "tests.pdf"
    assert sheet(f"sqlite:///{database.path}", "--test-sheet", "--athlete", "ana",
                 "-o", str(out)) == 0
    text = page_text(out)
    assert "Athlete Ana" in text and "Wall sit" in text


@pytest.mark.parametrize(("size", "points"), SIZES)
def test_report_shows_each_leg_symmetry_and_trend_on_one_page(qapp, tmp_path, database,
                                                              two_days, size, points) -> None:
    out = tmp_path / "report.pdf"
    assert sheet(f"sqlite:///{database.path}", "--assessment", str(two_days),
                 "--page-size", size, "-o", str(out)) == 0
    assert page_size(out) == points
    text = page_text(out)
    assert "Assessment report" in text and "Sam Runner" in text and "Mon 5 May 2025" in text
    assert "Involved leg: right" in text and "Leg length left 91 cm, right 91.5 cm" in text
    assert "155 cm" in text and "145 cm" in text and "trials 151, 155" in text
    assert "2.05 s" in text and "2.30 s" in text
    # Involved right leg: 145 ÷ 155 = 93.5 %; timed: 2.05 ÷ 2.30 = 89.1 %, below the line.
    assert "93 %" in text and "89 %" in text
    assert "right weaker, below 90 % line" in text
    assert "since Mon 3 Mar 2025: L +3 cm, R +19 cm; LSI 82 → 93 %" in text
    assert "since Mon 3 Mar 2025: L −0.05 s, R −0.25 s; LSI 82 → 89 %" in text
    assert text.count("first time tested") == 2  # balance and reach were new in May
    assert "70.9 %LL" in text and "gap 4.5 cm > 4" in text
    assert "1 of 2 tests with a 90 % symmetry line reach it." in text
    assert "faster time ÷ the slower time" in text
    assert "Indoor track" in text
    assert "Page 1 of 1" in text


def test_unknown_assessment_or_athlete_is_refused_and_writes_nothing(qapp, tmp_path, database,
                                                                    capsys) -> None:
    out = tmp_path / "report.pdf"
    url = f"sqlite:///{database.path}"
    assert sheet(url, "--assessment", "41", "-o", str(out)) == 1
    assert "There is no assessment with id 41." in capsys.readouterr().err
    assert sheet(url, "--test-sheet", "--athlete", "Nobody", "-o", str(out)) == 1
    assert "There is no athlete called 'Nobody'" in capsys.readouterr().err
    none = f"sqlite:///{tmp_path / 'none.db'}"
    assert sheet(none, "--assessment", "1", "-o", str(out)) == 1
    assert "no history has been recorded yet" in capsys.readouterr().err
    assert not out.exists() and not (tmp_path / "none.db").exists()


def test_sheet_sources_are_mutually_exclusive(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["sheet", "--test-sheet", "--assessment", "1", "-o", "x.pdf"])
    assert "not allowed with argument" in capsys.readouterr().err
