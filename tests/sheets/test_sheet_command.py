"""`legwork sheet` and `legwork plans`: PDFs read back with pypdf, and every refusal."""

import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.__main__ import main
from app.domain.plan import BUILTIN_PLAN_NAME, Plan, PlanItem, builtin_plan
from app.library import builtin_exercises
from app.sheets.sources import summary_sheet
from app.storage.plans import save_plan
from tests.builders import seed_history
from tests.sheets.pdf import pdf_pages

A4_POINTS = (595, 842)
LETTER_POINTS = (612, 792)


def page_size(path: Path) -> tuple[int, int]:
    box = PdfReader(path).pages[0].mediabox
    return round(float(box.width)), round(float(box.height))


@pytest.fixture
def db_url(database) -> str:
    return f"sqlite:///{database.path}"


@pytest.fixture
def seeded_url(database) -> str:
    seed_history(database, sessions=2)
    return f"sqlite:///{database.path}"


def sheet(*args: str, url: str | None = None) -> int:
    prefix = ["--database-url", url] if url else []
    return main([*prefix, "sheet", *args])


@pytest.mark.parametrize(("size", "points"), [("A4", A4_POINTS), ("Letter", LETTER_POINTS)])
def test_builtin_plan_prints_every_exercise_and_the_notes_on_one_page(
    qapp, tmp_path: Path, size: str, points
) -> None:
    # Five exercises of three sets per leg, in two columns, the notes in the sixth place.
    out = tmp_path / "plan.pdf"
    url = f"sqlite:///{tmp_path / 'no-history.db'}"
    assert sheet("--plan", BUILTIN_PLAN_NAME, "--page-size", size, "-o", str(out), url=url) == 0
    assert page_size(out) == points
    pages = pdf_pages(out)
    assert len(pages) == 1 and "Page 1 of 1" in pages[0]
    text = " ".join(pages)
    for item in builtin_plan(builtin_exercises()).items:
        assert item.exercise_name in text
    assert "3-1-1-0: 3 s down, 1 s pause, 1 s up, no pause" in text
    assert "Notes" in pages[-1]
    assert "Stop any exercise that hurts; after an injury, a physiotherapist decides" in text
    # One LEFT LEG and one RIGHT LEG heading per exercise, over boxes for sets 1 to 3.
    count = len(builtin_plan(builtin_exercises()).items)
    assert text.count("LEFT LEG") == text.count("RIGHT LEG") == count
    assert text.count("Reps") == 2 * count
    # Every cue in full (NFKC undoes the PDF's "fl" and "fi" ligatures).
    plain = unicodedata.normalize("NFKC", text)
    cues = [cue for item in builtin_plan(builtin_exercises()).items
            for cue in next(e for e in builtin_exercises() if e.id == item.exercise_id
                            ).form_tips[:3]]
    assert len(cues) == 3 * count and all(cue in plain for cue in cues)
    assert "No athlete was named, so the Last time boxes are left empty" in text
    assert not (tmp_path / "no-history.db").exists(), "printing must not create a history"


@pytest.mark.parametrize("size", ["A4", "Letter"])
def test_builtin_plan_with_last_time_filled_in_is_one_page(
    qapp, tmp_path: Path, database, size: str,
) -> None:
    seeded = seed_history(database, sessions=2, exercises=tuple(
        item.exercise_id for item in builtin_plan(builtin_exercises()).items))
    out = tmp_path / "plan.pdf"
    assert sheet("--plan", BUILTIN_PLAN_NAME, "--page-size", size, "-o", str(out),
                 url=f"sqlite:///{database.path}") == 0
    (page,) = pdf_pages(out)
    assert seeded.athlete.name in page and page.count("9, 9 reps at 12 kg") == 5
    assert "No athlete was named" not in page


def test_a_history_with_only_the_demo_athlete_prints_no_made_up_last_time(
    qapp, tmp_path: Path, database,
) -> None:
    from app.services.athletes import load_demo_data
    from app.storage.exercises import sync_builtin_exercises

    sync_builtin_exercises(database, builtin_exercises())
    load_demo_data(database)
    out = tmp_path / "plan.pdf"
    assert sheet("--plan", BUILTIN_PLAN_NAME, "-o", str(out),
                 url=f"sqlite:///{database.path}") == 0
    (page,) = pdf_pages(out)
    assert "Demo" not in page
    assert "No athlete was named, so the Last time boxes are left empty" in page
    assert " reps at " not in page and "first time" not in page and "Last time:" not in page
    # Asked for by name, the demo athlete's sheet says its numbers are made up.
    assert sheet("--plan", BUILTIN_PLAN_NAME, "--athlete", "Demo runner", "-o", str(out),
                 url=f"sqlite:///{database.path}") == 0
    (page,) = pdf_pages(out)
    assert "demo athlete's made-up history" in page and "Last time:" in page


def test_last_time_values_for_each_leg(qapp, tmp_path: Path, seeded_url: str) -> None:
    out = tmp_path / "plan.pdf"
    assert sheet("--plan", BUILTIN_PLAN_NAME, "-o", str(out), url=seeded_url) == 0
    text = pdf_pages(out)[0]
    assert "Sam Runner" in text
    assert "8 × 12 kg, 8 × 10 kg" in text  # left leg, last session
    assert "9, 9 reps at 12 kg" in text  # right leg, last session
    assert "Last time: Tue 4 Mar 2025" in text


def test_a_long_plan_flows_onto_more_pages_with_header_and_page_numbers(
    qapp, tmp_path: Path, database
) -> None:
    seeded = seed_history(database, sessions=1)
    library = builtin_exercises()
    items = tuple(
        PlanItem(library[i % len(library)].id, library[i % len(library)].name, 3, 8, 10, "3-1-1-0")
        for i in range(12)
    )
    save_plan(database, seeded.athlete.id, Plan("Long block", items))
    for size in ("A4", "Letter"):
        out = tmp_path / f"long-{size}.pdf"
        code = sheet("--plan", "Long block", "--page-size", size, "-o", str(out),
                     url=f"sqlite:///{database.path}")
        assert code == 0
        pages = pdf_pages(out)
        assert len(pages) >= 2
        for number, text in enumerate(pages, start=1):
            assert "Long block" in text and "Sam Runner" in text
            assert f"Page {number} of {len(pages)}" in text
        assert sum(text.count("LEFT LEG") for text in pages) == 12
        assert "Notes" in pages[-1]


def test_session_summary_sheet(qapp, tmp_path: Path, database) -> None:
    seeded = seed_history(database, sessions=2)
    out = tmp_path / "summary.pdf"
    assert sheet("--session", str(seeded.session_ids[-1]), "-o", str(out),
                 url=f"sqlite:///{database.path}") == 0
    text = " ".join(pdf_pages(out))
    assert "Session summary" in text and "Single-leg squat" in text
    assert "8 × 12 kg" in text and "9 × 12 kg" in text
    assert "LSI" in text
    assert "new best" in text
    reader = PdfReader(out)
    assert any(page.images for page in reader.pages), "the per-leg chart is drawn as an image"


def test_session_summary_counts_the_load_carried_once_the_body_mass_is_known(
    qapp, tmp_path: Path, database
) -> None:
    from datetime import date

    from app.services.body_mass import record_body_mass

    seeded = seed_history(database, sessions=2)
    plain = summary_sheet(database, seeded.session_ids[-1])
    assert plain.chart_label == "reps"
    assert all("1RM" not in best.text for b in plain.blocks for best in b.bests)
    record_body_mass(database, seeded.athlete.id, date(2025, 1, 1), 70.0)
    weighed = summary_sheet(database, seeded.session_ids[-1], line=85.0)
    assert weighed.chart_label == "kg carried × reps"
    (block,) = weighed.blocks
    # per set: left (8 × 82 + 8 × 80) / 2 = 648 (its second set 2 kg lighter) against
    # right 9 × 82 = 738 → 87.8 %, above an 85 % line
    assert block.lsi.startswith("LSI 87% (volume)") and not block.flagged
    assert "est. 1RM" in block.bests[0].text and "(load carried)" in block.bests[0].text
    assert "The 85% symmetry line was set by the athlete or coach." in \
        weighed.header.instructions
    assert block.advice  # what to do next time, in words
    out = tmp_path / "summary.pdf"
    assert sheet("--session", str(seeded.session_ids[-1]), "-o", str(out),
                 url=f"sqlite:///{database.path}") == 0
    text = " ".join(pdf_pages(out))
    assert "Next time:" in text and "reps × load knee hips" in text
    assert "8 × 12 kg – – 9 × 12 kg – –" in text, "both form answers, not given, per leg"


def test_the_summary_flags_legs_against_the_athletes_own_line(
    qapp, tmp_path: Path, database
) -> None:
    from app.domain import preferences as prefs
    from app.services.preferences import set_preference

    seeded = seed_history(database, sessions=2)
    assert "90% line" in summary_sheet(database, seeded.session_ids[-1]).header.instructions
    set_preference(database, seeded.athlete.id, prefs.SYMMETRY_LINE, 85)
    assert "The 85% symmetry line was set by the athlete or coach." in \
        summary_sheet(database, seeded.session_ids[-1]).header.instructions
    out = tmp_path / "summary.pdf"
    assert sheet("--session", str(seeded.session_ids[-1]), "-o", str(out),
                 url=f"sqlite:///{database.path}") == 0
    assert "85% symmetry line" in " ".join(pdf_pages(out))


def test_plans_lists_builtin_and_saved_plans(
    tmp_path: Path, database, capsys: pytest.CaptureFixture[str]
) -> None:
    seeded = seed_history(database, sessions=1)
    first = builtin_exercises()[0]
    tuesday = Plan("Tuesday", (PlanItem(first.id, first.name, 2, 8, 8, "3110"),))
    save_plan(database, seeded.athlete.id, tuesday)
    assert main(["--database-url", f"sqlite:///{database.path}", "plans"]) == 0
    assert capsys.readouterr().out.splitlines() == [BUILTIN_PLAN_NAME, "Tuesday"]
    assert main(["--database-url", f"sqlite:///{tmp_path / 'none.db'}", "plans"]) == 0
    assert capsys.readouterr().out.splitlines() == [BUILTIN_PLAN_NAME]
    assert not (tmp_path / "none.db").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--plan", "No such plan"], "no plan called 'No such plan'"),
        (["--plan", BUILTIN_PLAN_NAME, "--athlete", "Nobody"], "no athlete called 'Nobody'"),
        (["--session", "999"], "no training session with id 999"),
    ],
)
def test_bad_requests_fail_clearly_and_write_nothing(
    qapp, tmp_path: Path, seeded_url: str, capsys: pytest.CaptureFixture[str], args, message
) -> None:
    out = tmp_path / "out" / "sheet.pdf"
    out.parent.mkdir()
    assert sheet(*args, "-o", str(out), url=seeded_url) == 1
    assert message in capsys.readouterr().err
    assert list(out.parent.iterdir()) == []


@pytest.mark.parametrize("where", ["missing-folder/sheet.pdf", "a-file/sheet.pdf"])
def test_unwritable_output_fails_clearly_and_leaves_nothing(
    qapp, tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    (tmp_path / "a-file").write_text("not a folder")
    before = sorted(tmp_path.rglob("*"))
    code = sheet("--plan", BUILTIN_PLAN_NAME, "-o", str(tmp_path / where),
                 url=f"sqlite:///{tmp_path / 'none.db'}")
    assert code == 1
    err = capsys.readouterr().err
    assert err.startswith("legwork: Cannot write") and "Traceback" not in err
    assert sorted(tmp_path.rglob("*")) == before


def test_an_existing_file_is_replaced_whole(qapp, tmp_path: Path) -> None:
    out = tmp_path / "sheet.pdf"
    out.write_text("old")
    assert sheet("--plan", BUILTIN_PLAN_NAME, "-o", str(out),
                 url=f"sqlite:///{tmp_path / 'none.db'}") == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]


@pytest.mark.slow
def test_works_without_a_display(tmp_path: Path) -> None:
    environ = {k: v for k, v in os.environ.items()
               if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = tmp_path / "plan.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "app", "--database-url", f"sqlite:///{tmp_path / 'x.db'}",
         "sheet", "--plan", BUILTIN_PLAN_NAME, "--page-size", "Letter", "-o", str(out)],
        capture_output=True, text=True, env=environ, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "1 page" in result.stdout
    assert len(PdfReader(out).pages) == 1


def builtin_plan_sessions(database, *, weighed: bool, uneven: bool) -> int:
    """Four sessions of the whole built-in plan, three days apart; returns the last one's id.

    Every set per leg is logged with both form answers; `uneven` makes the left leg
    lag (so the advice balances the legs, its longest); `weighed` records a body
    mass (so bests carry an estimated 1RM); the last session has notes.
    """
    from datetime import date, timedelta

    from app.domain.records import SetEntry
    from app.domain.sides import Side
    from app.services.body_mass import record_body_mass
    from app.storage.athletes import create_athlete
    from app.storage.exercises import sync_builtin_exercises
    from app.storage.sessions import finish_session, record_set, start_session
    from tests.builders import SEED_START

    sync_builtin_exercises(database, builtin_exercises())
    athlete = create_athlete(database, "Alexandra Longname-Runner")
    if weighed:
        record_body_mass(database, athlete.id, date(2025, 1, 1), 71.5)
    plan = builtin_plan(builtin_exercises())
    session_id = 0
    for number in range(4):
        started = SEED_START + timedelta(days=3 * number)
        session_id = start_session(database, athlete.id, BUILTIN_PLAN_NAME, started_at=started)
        minute = 0
        for item in plan.items:
            for n in range(1, item.sets + 1):
                for side in (Side.LEFT, Side.RIGHT):
                    minute += 1
                    left = 7 + n if uneven else 10 + number
                    record_set(database, session_id, SetEntry(
                        item.exercise_id, side, n, left if side is Side.LEFT else 12,
                        12.5 + 2.5 * number, item.tempo, started + timedelta(minutes=minute),
                        rpe=8.0, form_knee=side is Side.RIGHT, form_hips=None if n == 3 else True,
                        notes="wobbly" if n == 2 else ""))
        finish_session(database, session_id, finished_at=started + timedelta(minutes=55),
                       notes="Left knee ached a little on the split squats, so the last set "
                             "stopped early. Calf raises felt easy: try the bent-knee version.")
    return session_id


@pytest.mark.parametrize(("weighed", "uneven"), [(False, False), (True, True)])
@pytest.mark.parametrize("size", ["A4", "Letter"])
def test_a_session_of_the_built_in_plan_sums_up_on_one_page(
    qapp, tmp_path: Path, database, size: str, weighed: bool, uneven: bool,
) -> None:
    session_id = builtin_plan_sessions(database, weighed=weighed, uneven=uneven)
    out = tmp_path / "summary.pdf"
    assert sheet("--session", str(session_id), "--page-size", size, "-o", str(out),
                 url=f"sqlite:///{database.path}") == 0
    pages = pdf_pages(out)
    assert len(pages) == 1 and "Page 1 of 1" in pages[0]
    text = unicodedata.normalize("NFKC", pages[0])
    plan = builtin_plan(builtin_exercises())
    assert all(item.exercise_name in text for item in plan.items)
    assert text.count("Next time:") == text.count("LSI ") == len(plan.items)
    assert text.count("LEFT LEG") == len(plan.items)
    assert "Calf raises felt easy: try the bent-knee version." in text
    assert ("est. 1RM" in text) == weighed
    assert len(PdfReader(out).pages[0].images) == len(plan.items), "a chart per exercise"
