"""File → Print session sheet…: the preview paints the plan, and printing to PDF works."""

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

from app.domain import preferences as prefs
from app.domain.plan import builtin_plan
from app.domain.units import Unit
from app.library import builtin_exercises
from app.ui.shell.main_window import MainWindow
from app.ui.shell.print_preview import SheetPreview, plan_sheet
from tests.builders import seed_history
from tests.sheets.pdf import pdf_pages


@pytest.fixture
def history_url(database) -> str:
    """The window opens a history with one finished session of the built-in plan."""
    seed_history(database, sessions=1, name="Home Athlete")
    return f"sqlite:///{database.path}"


def print_to_pdf(dialog: QPrintPreviewDialog, path: Path, landscape: bool = False) -> None:
    """What the dialog's Print button does with a PDF printer chosen."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    if landscape:
        printer.setPageOrientation(printer.pageLayout().Orientation.Landscape)
    dialog.paintRequested.emit(printer)


def test_print_action_opens_a_preview_of_the_plan(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[QPrintPreviewDialog] = []

    def fake_exec(dialog: QPrintPreviewDialog) -> int:
        shown.append(dialog)
        print_to_pdf(dialog, tmp_path / "printed.pdf")
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    window.actions_by_name["print_sheet"].trigger()
    assert len(shown) == 1
    text = " ".join(pdf_pages(tmp_path / "printed.pdf"))
    assert "Runner's single-leg session" in text and "Home Athlete" in text
    for item in builtin_plan(builtin_exercises()).items:
        assert item.exercise_name in text
    assert "8 × 10 kg, 8 × 8 kg" in text  # the home athlete's left leg last time


def test_landscape_flows_onto_more_pages_with_page_numbers(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:
    preview = SheetPreview(plan_sheet(window.controller), window)
    with qtbot.waitSignal(preview.pages_painted) as painted:
        print_to_pdf(preview.dialog, tmp_path / "wide.pdf", landscape=True)
    pages = pdf_pages(tmp_path / "wide.pdf")
    assert painted.args == [len(pages)] and len(pages) >= 2
    assert PdfReader(tmp_path / "wide.pdf").pages[0].mediabox.width > 800  # A4 or Letter, wide
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
    preview.dialog.deleteLater()


def test_sheet_follows_the_athletes_unit(window: MainWindow) -> None:
    window.controller.set_preference(prefs.UNIT, Unit.LB)
    sheet = plan_sheet(window.controller)
    assert sheet.columns[1] == "Load (lb)"
    assert sheet.blocks[0].last_time_for(sheet.blocks[0].sides[1]) == "9, 9 reps at 22 lb"


def test_print_from_history_previews_the_open_sessions_summary(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[QPrintPreviewDialog] = []

    def fake_exec(dialog: QPrintPreviewDialog) -> int:
        shown.append(dialog)
        print_to_pdf(dialog, tmp_path / "summary.pdf")
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    window.show_view("history")
    assert window.history_view.current_session_id() is not None
    window.actions_by_name["print_sheet"].trigger()
    assert len(shown) == 1
    text = " ".join(pdf_pages(tmp_path / "summary.pdf"))
    assert "Session summary" in text
    assert "LSI" in text
