"""File → Print session sheet…: a print preview of what is in front of the athlete.

The sheets are gathered by `app.sheets.sources` (through the services) in the
athlete's unit, and the summary's chart is drawn by `app.sheets.charts`.
"""

from PySide6.QtCore import QMarginsF, QObject, Signal
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from app.domain.plan import Plan
from app.services import plans
from app.sheets.charts import leg_chart_image
from app.sheets.render import MARGIN_MM, Sheet, paint_sheet
from app.sheets.sources import plan_sheet as build_plan_sheet
from app.sheets.sources import summary_sheet
from app.ui.shell.controller import AppController


def plan_sheet(controller: AppController, plan: Plan | None = None) -> Sheet:
    """The sheet of a plan (the built-in one by default) for the controller's athlete."""
    return build_plan_sheet(controller.db, controller.athlete, plan or plans.builtin(),
                            unit=controller.preferences.unit)


def session_sheet(controller: AppController, session_id: int) -> Sheet:
    """The printed summary of one recorded session."""
    return summary_sheet(controller.db, session_id, unit=controller.preferences.unit)


def sheet_printer() -> QPrinter:
    """A high-resolution printer set up with the sheets' margins; the page size is the locale's."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM))
    return printer


class SheetPreview(QObject):
    """Opens a print preview of a sheet; the dialog offers page size, orientation and PDF."""

    pages_painted = Signal(int)

    def __init__(self, sheet: Sheet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sheet = sheet
        self.printer = sheet_printer()
        self.dialog = QPrintPreviewDialog(self.printer, parent)
        self.dialog.setWindowTitle(self.tr("Print: {title}").format(title=sheet.header.title))
        self.dialog.paintRequested.connect(self.paint)

    def paint(self, printer: QPrinter) -> None:
        """Draw the sheet on whatever printer the dialog hands over (preview or real)."""
        self.pages_painted.emit(paint_sheet(self.sheet, printer, leg_chart_image))

    def exec(self) -> int:
        """Show the preview until the user prints or closes it."""
        return self.dialog.exec()
