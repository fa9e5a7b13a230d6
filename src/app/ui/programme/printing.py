"""Print preview of the programme sheet (the same sheet as `legwork sheet --programme`)."""

from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from app.domain.units import Unit
from app.services.programme import Programme
from app.sheets.programme_layout import build_programme_sheet
from app.sheets.programme_render import paint_programme_sheet
from app.ui.shell.print_preview import sheet_printer


def preview_programme(shown: Programme, athlete: str, unit: Unit, parent: QWidget) -> int:
    """Show the block's sheet in a print preview until it is printed or closed."""
    sheet = build_programme_sheet(shown, athlete, unit)
    printer = sheet_printer()
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(dialog.tr("Print: {title}").format(title=sheet.header.title))

    def paint(device: QPrinter) -> None:
        paint_programme_sheet(sheet, device)

    dialog.paintRequested.connect(paint)
    return dialog.exec()
