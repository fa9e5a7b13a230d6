"""File → Print session sheet…: a print preview of the plan to take to the gym."""

from PySide6.QtCore import QMarginsF, QObject, Signal
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from app.domain.plan import BUILTIN_PLAN_NAME
from app.domain.units import Unit
from app.sheets.layout import PlanSheet
from app.sheets.render import MARGIN_MM, paint_plan_sheet
from app.sheets.sources import find_plan, plan_sheet
from app.ui.controller import AppController


def current_plan_sheet(
    controller: AppController, plan_name: str = BUILTIN_PLAN_NAME, unit: Unit = Unit.KG
) -> PlanSheet:
    """The sheet of a plan (the built-in one by default) for the controller's athlete."""
    plan = find_plan(controller.db, controller.athlete, plan_name)
    return plan_sheet(controller.db, controller.athlete, plan, unit=unit)


def sheet_printer() -> QPrinter:
    """A high-resolution printer set up with the sheets' margins; the page size is the locale's."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM))
    return printer


class SheetPreview(QObject):
    """Opens a print preview of a sheet; the dialog offers page size, orientation and PDF."""

    pages_painted = Signal(int)

    def __init__(self, sheet: PlanSheet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sheet = sheet
        self.printer = sheet_printer()
        self.dialog = QPrintPreviewDialog(self.printer, parent)
        self.dialog.setWindowTitle(f"Print: {sheet.header.title}")
        self.dialog.paintRequested.connect(self.paint)

    def paint(self, printer: QPrinter) -> None:
        """Draw the sheet on whatever printer the dialog hands over (preview or real)."""
        self.pages_painted.emit(paint_plan_sheet(self.sheet, printer))

    def exec(self) -> int:
        """Show the preview until the user prints or closes it."""
        return self.dialog.exec()
