"""`legwork sheet` and `legwork plans`: PDFs read back with pypdf, and every refusal."""

import os
import subprocess
import sys
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
def test_builtin_plan_prints_every_exercise_and_the_notes(
    qapp, tmp_path: Path, size: str, points
) -> None:
    # Three sets per leg (each rung's goal counts three) take the sheet onto a second page.
    out = tmp_path / "plan.pdf"
    url = f"sqlite:///{tmp_path / 'no-history.db'}"
    assert sheet("--plan", BUILTIN_PLAN_NAME, "--page-size", size, "-o", str(out), url=url) == 0
    assert page_size(out) == points
    pages = pdf_pages(out)
    assert len(pages) == 2 and "Page 1 of 2" in pages[0] and "Page 2 of 2" in pages[1]
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
    assert not (tmp_path / "no-history.db").exists(), "printing must not create a history"


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
        assert len(pages) >= 3
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
    assert weighed.chart_label == "volume, load carried (kg × reps)"
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
    assert "Next time:" in text and "knee – hips –" in text


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
    assert "2 pages" in result.stdout
    assert len(PdfReader(out).pages) == 2
