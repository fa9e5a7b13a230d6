"""Printing from the app: File → Print session sheet…, and charts drawn for paper.

`leg_chart_image` is how printed summaries show the same per-leg chart as the
Progress view, in black and white.
"""

from collections.abc import Sequence
from datetime import date, datetime, time

from pyqtgraph.exporters import ImageExporter
from PySide6.QtCore import QMarginsF, QObject, Signal
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from app.domain.metrics import LSI_THRESHOLD
from app.domain.plan import BUILTIN_PLAN_NAME
from app.domain.sides import Side
from app.domain.units import Unit
from app.sheets.layout import ChartSeries, PlanSheet
from app.sheets.render import MARGIN_MM, Sheet, paint_sheet
from app.sheets.sources import find_plan, plan_sheet, summary_sheet
from app.ui.charts import PerLegChart
from app.ui.controller import AppController
from app.ui.theme import Colours

PRINT_COLOURS = Colours(
    window="#ffffff", surface="#ffffff", text="#000000", muted="#000000", accent="#000000",
    border="#000000", left="#000000", right="#000000", warning="#000000", dark=False,
)
"""Black on white: the legs stay apart by line style and marker, as on any B&W printer."""
# About 145 dpi on the sheet. Exporting larger would be sharper, but pyqtgraph
# then scales the axes and not the legend, which shrinks to a smudge.
CHART_SIZE_PX = (420, 240)


def leg_chart_image(series: Sequence[ChartSeries], label: str) -> QImage:
    """The Progress view's per-leg chart of `series`, as a crisp black-and-white image."""
    def points(side: Side) -> list[tuple[datetime, float]]:
        return [
            (datetime.combine(date.fromordinal(day), time(12)).astimezone(), value)
            for one in series if one.side is side
            for day, value in zip(one.days, one.values, strict=True)
        ]

    chart = PerLegChart()
    chart.apply_colours(PRINT_COLOURS)
    chart.set_series(points(Side.LEFT), points(Side.RIGHT), label)
    # Never shown, so lay it out by hand before the exporter measures it.
    chart.resize(*CHART_SIZE_PX)
    chart.getPlotItem().setGeometry(0, 0, *CHART_SIZE_PX)
    exporter = ImageExporter(chart.getPlotItem())
    exporter.parameters()["width"] = CHART_SIZE_PX[0]
    image = exporter.export(toBytes=True)
    chart.deleteLater()
    return image if isinstance(image, QImage) else QImage()


def current_plan_sheet(
    controller: AppController, plan_name: str = BUILTIN_PLAN_NAME, unit: Unit = Unit.KG
) -> PlanSheet:
    """The sheet of a plan (the built-in one by default) for the controller's athlete."""
    plan = find_plan(controller.db, controller.athlete, plan_name)
    return plan_sheet(controller.db, controller.athlete, plan, unit=unit)


def session_summary_sheet(
    controller: AppController, session_id: int, unit: Unit = Unit.KG,
    line: float = LSI_THRESHOLD,
) -> Sheet:
    """The printed summary of one recorded session, legs flagged below `line` %."""
    return summary_sheet(controller.db, session_id, unit=unit, line=line)


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
