"""Drawing the programme sheet on one page: the weeks × sessions grid with tick boxes, then
each leg's dose for the coming week. Same paper rules as the other sheets (`render`)."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPagedPaintDevice

from app.domain.programme.schedule import SessionStatus
from app.sheets.programme_layout import ProgrammeSheet
from app.sheets.render import (
    THICK_MM,
    THIN_MM,
    Canvas,
    PageSize,
    notes_area,
    paint_pages,
    sheet_font,
    write_painted_pdf,
)

WEEK_COL_MM = 26.0
TICK_MM = 4.2
GRID_ROW_MM = 9.0
DOSE_NAME_MM = 52.0


def _grid(canvas: Canvas, sheet: ProgrammeSheet, y: float) -> float:
    top = y
    y += canvas.text(0, y, canvas.width, sheet.summary, sheet_font(9)) + 2.0
    cell_w = (canvas.width - WEEK_COL_MM) / sheet.columns
    # Up to 16 weeks must fit one page with the doses: rows shrink for long blocks.
    row_h = min(GRID_ROW_MM, 118.0 / max(len(sheet.weeks), 1))
    canvas.line(0, y, canvas.width, y, THICK_MM)
    for week in sheet.weeks:
        canvas.text(1.0, y, WEEK_COL_MM - 2, f"Week {week.number}", sheet_font(9, bold=True),
                    h=row_h * 0.55)
        canvas.text(1.0, y + row_h * 0.5, WEEK_COL_MM - 2, week.kind, sheet_font(7),
                    h=row_h * 0.45)
        for index, cell in enumerate(week.cells):
            x = WEEK_COL_MM + index * cell_w
            box_y = y + (row_h - TICK_MM) / 2
            canvas.box(x + 1.0, box_y, TICK_MM, TICK_MM, THICK_MM if cell.today else THIN_MM)
            mark = {SessionStatus.DONE: "✓", SessionStatus.MISSED: "–"}.get(cell.status, "")
            if mark:
                canvas.text(x + 1.0, box_y, TICK_MM, mark, sheet_font(9, bold=True),
                            align=Qt.AlignmentFlag.AlignCenter, h=TICK_MM)
            text_x = x + TICK_MM + 2.5
            label = f"{cell.day} (today)" if cell.today else cell.day
            canvas.text(text_x, y, cell_w - TICK_MM - 3.5, label,
                        sheet_font(8.5, bold=cell.today), h=row_h * 0.55)
            if cell.note:
                canvas.text(text_x, y + row_h * 0.5, cell_w - TICK_MM - 3.5, cell.note,
                            sheet_font(6.8, italic=True), h=row_h * 0.45)
        y += row_h
        canvas.line(0, y, canvas.width, y, THIN_MM)
    return y - top + 4.0


def _doses(canvas: Canvas, sheet: ProgrammeSheet, y: float) -> float:
    top = y
    y += canvas.text(0, y, canvas.width, sheet.coming, sheet_font(10, bold=True)) + 1.5
    leg_w = (canvas.width - DOSE_NAME_MM) / 2
    for label, x in (("Left leg", DOSE_NAME_MM), ("Right leg", DOSE_NAME_MM + leg_w)):
        canvas.text(x, y, leg_w, label, sheet_font(8, bold=True), h=5.0)
    y += 5.0
    canvas.line(0, y, canvas.width, y, THICK_MM)
    for row in sheet.doses:
        name_h = canvas.text(0.5, y + 0.8, DOSE_NAME_MM - 1, row.exercise, sheet_font(8.5))
        left_h = canvas.text(DOSE_NAME_MM, y + 0.8, leg_w - 1, row.left, sheet_font(8.5))
        right_h = canvas.text(DOSE_NAME_MM + leg_w, y + 0.8, leg_w - 1, row.right,
                              sheet_font(8.5))
        height = max(name_h, left_h, right_h) + 1.6
        if row.note:
            height += canvas.text(DOSE_NAME_MM, y + height - 0.6, 2 * leg_w, row.note,
                                  sheet_font(7, italic=True)) + 0.6
        y += height
        canvas.line(0, y, canvas.width, y, THIN_MM)
    return y - top + 3.0


def paint_programme_sheet(sheet: ProgrammeSheet, device: QPagedPaintDevice) -> int:
    """Draw the programme sheet on `device`; returns the page count (one)."""
    parts = (_grid, _doses)
    return paint_pages(
        device, sheet.header, len(parts),
        lambda canvas, index, y: parts[index](canvas, sheet, y),
        lambda canvas, y, available: notes_area(canvas, y, available),
        12.0,
    )


def write_programme_pdf(sheet: ProgrammeSheet, path: Path, page_size: PageSize) -> int:
    """Write the programme sheet as a PDF, whole or not at all; returns the page count."""
    return write_painted_pdf(path, page_size, sheet.header.title,
                             lambda device: paint_programme_sheet(sheet, device))
