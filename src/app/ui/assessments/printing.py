"""Printing from the Assessments view: the testing-day sheet and an assessment's report.

The sheets are the command line's (`legwork sheet --test-sheet`,
`--assessment ID`): gathered by `app.sheets.assessment_sources` through the
services and drawn by `app.sheets.assessment_render`, here on whatever
printer Qt's print preview hands over (a real one, or a PDF file).
"""

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QPagedPaintDevice
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from app.sheets.assessment_render import paint_report_sheet, paint_test_day_sheet
from app.sheets.assessment_sources import report_sheet, testing_day_sheet
from app.ui.shell.controller import AppController
from app.ui.shell.print_preview import sheet_printer

Paint = Callable[[QPagedPaintDevice], int]


class AssessmentPreview(QObject):
    """A print preview of one assessment sheet; the dialog offers page size and PDF."""

    pages_painted = Signal(int)

    def __init__(self, title: str, paint: Paint, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._paint = paint
        self.printer = sheet_printer()
        self.dialog = QPrintPreviewDialog(self.printer, parent)
        self.dialog.setWindowTitle(self.tr("Print: {title}").format(title=title))
        self.dialog.paintRequested.connect(self.paint)

    def paint(self, printer: QPrinter) -> None:
        """Draw the sheet on the printer the dialog hands over (the preview, or the real one)."""
        self.pages_painted.emit(self._paint(printer))

    def exec(self) -> int:
        """Show the preview until the user prints or closes it."""
        return self.dialog.exec()


def testing_day_preview(controller: AppController, parent: QWidget | None) -> AssessmentPreview:
    """The testing-day sheet of the whole battery, with the current athlete's name on it."""
    athlete = controller.athlete
    sheet = testing_day_sheet(controller.db, athlete.name if athlete else None)
    return AssessmentPreview(sheet.header.title,
                             lambda device: paint_test_day_sheet(sheet, device), parent)


def report_preview(
    controller: AppController, assessment_id: int, parent: QWidget | None
) -> AssessmentPreview:
    """The one-page report of an assessment."""
    sheet = report_sheet(controller.db, assessment_id)
    return AssessmentPreview(sheet.header.title,
                             lambda device: paint_report_sheet(sheet, device), parent)
