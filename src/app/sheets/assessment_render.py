"""Drawing the two assessment sheets: the testing day's boxes and a finished day's report.

Same paper rules as the session sheets (`app.sheets.render`): millimetres,
black on white, thin rules, no fills, the same header and footer. Both are
laid out to fit the full battery on one A4 or Letter page.
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPagedPaintDevice

from app.domain.sides import Side
from app.sheets.assessment_layout import ReportRow, ReportSheet, TestDaySheet, TrialRow
from app.sheets.render import (
    MIN_NOTE_LINES,
    NOTE_LINE_MM,
    THICK_MM,
    THIN_MM,
    Canvas,
    PageSize,
    notes_area,
    paint_pages,
    sheet_font,
    side_title,
    write_painted_pdf,
)

BOX_MM = 15.0
"""Width of one trial's box: room for "1234.5" written by hand."""
LSI_COL_MM = 15.0
HEAD_MM = 6.0
SUB_MM = 4.5
PAD_MM = 1.2
MIN_ROW_MM = 16.0
LENGTHS_MM = 9.0
TAIL_MM = 8.0 + MIN_NOTE_LINES * NOTE_LINE_MM


def _tr(text: str) -> str:
    return QCoreApplication.translate("AssessmentSheet", text)


def _sources(canvas: Canvas, y: float, text: str) -> float:
    if not text:
        return 0.0
    return canvas.text(0, y, canvas.width, text, sheet_font(6.5)) + 2.0


# -- the testing-day sheet --------------------------------------------------------------


def _lengths_line(canvas: Canvas, y: float) -> float:
    """Blanks for each leg's length and the involved leg, above the table."""
    font = sheet_font(8.5)
    x = 0.0
    for label, blank in (
        (_tr("Leg length (front hip bone to inner ankle bone): left"), 14.0),
        (_tr("cm   right"), 14.0),
        (_tr("cm"), 0.0),
    ):
        width = _text_width(canvas, label, font)
        canvas.text(x, y, width + 1, label, font, h=6.0)
        x += width + 1.5
        if blank:
            canvas.line(x, y + 5.5, x + blank, y + 5.5)
            x += blank + 1.5
    involved = _tr("Involved leg (if any):  left  /  right")
    canvas.text(canvas.width - 62, y, 62, involved, font, align=Qt.AlignmentFlag.AlignRight,
                h=6.0)
    return LENGTHS_MM


def _text_width(canvas: Canvas, text: str, font: QFont) -> float:
    return canvas.mm(QFontMetricsF(font, canvas.device).horizontalAdvance(text))


def _day_columns(canvas: Canvas, sheet: TestDaySheet) -> tuple[float, float]:
    """(name column width, one leg's box group width)."""
    group = BOX_MM * sheet.max_trials
    return canvas.width - 2 * group - LSI_COL_MM, group


def _day_heading(canvas: Canvas, sheet: TestDaySheet, y: float) -> float:
    used = _lengths_line(canvas, y) + 1.0
    top = y + used
    name_w, group = _day_columns(canvas, sheet)
    height = HEAD_MM + SUB_MM
    canvas.box(0, top, canvas.width, height, THICK_MM)
    canvas.text(1.5, top, name_w - 3, _tr("Test"), sheet_font(9, bold=True), h=height)
    for column, side in enumerate((Side.LEFT, Side.RIGHT)):
        gx = name_w + column * group
        canvas.line(gx, top, gx, top + height, THICK_MM)
        canvas.text(gx, top, group, side_title(side), sheet_font(9, bold=True),
                    align=Qt.AlignmentFlag.AlignHCenter, h=HEAD_MM)
        for number in range(1, sheet.max_trials + 1):
            bx = gx + (number - 1) * BOX_MM
            if number > 1:
                canvas.line(bx, top + HEAD_MM, bx, top + height)
            canvas.text(bx, top + HEAD_MM, BOX_MM, _tr("Trial {n}").format(n=number),
                        sheet_font(6.5), align=Qt.AlignmentFlag.AlignHCenter, h=SUB_MM)
        canvas.line(gx, top + HEAD_MM, gx + group, top + HEAD_MM)
    lx = name_w + 2 * group
    canvas.line(lx, top, lx, top + height, THICK_MM)
    canvas.text(lx, top, LSI_COL_MM, _tr("LSI %"), sheet_font(8, bold=True),
                align=Qt.AlignmentFlag.AlignHCenter, h=height)
    return used + height


def _day_row(canvas: Canvas, sheet: TestDaySheet, row: TrialRow, y: float) -> float:
    name_w, group = _day_columns(canvas, sheet)
    text_w = name_w - 3
    cursor = y + PAD_MM
    cursor += canvas.text(1.5, cursor, text_w, row.name, sheet_font(9.5, bold=True)) + 0.3
    cursor += canvas.text(1.5, cursor, text_w, row.cue, sheet_font(7.5)) + 0.3
    cursor += canvas.text(1.5, cursor, text_w, row.rule, sheet_font(6.5, italic=True))
    height = max(cursor - y + PAD_MM, MIN_ROW_MM)
    canvas.box(0, y, canvas.width, height, THICK_MM)
    for column in range(2):
        gx = name_w + column * group
        canvas.line(gx, y, gx, y + height, THICK_MM)
        for number in range(1, row.trials + 1):
            bx = gx + (number - 1) * BOX_MM
            if number > 1:
                canvas.line(bx, y, bx, y + height)
            canvas.text(bx + 1.0, y + height - 4.0, BOX_MM - 2.0, row.unit, sheet_font(6),
                        align=Qt.AlignmentFlag.AlignRight, h=3.5)
        if row.trials < sheet.max_trials:
            # Past the test's last trial: a rule through the slot says "nothing to write".
            end = gx + row.trials * BOX_MM
            canvas.line(end, y, end, y + height)
            canvas.line(end + 2.0, y + height / 2, gx + group - 2.0, y + height / 2, THIN_MM,
                        Qt.PenStyle.DotLine)
    lx = name_w + 2 * group
    canvas.line(lx, y, lx, y + height, THICK_MM)
    return height


def paint_test_day_sheet(sheet: TestDaySheet, device: QPagedPaintDevice) -> int:
    """Draw the testing-day sheet on `device`; returns the page count."""
    blocks = len(sheet.rows) + 1

    def block(canvas: Canvas, index: int, y: float) -> float:
        if index == 0:
            return _day_heading(canvas, sheet, y)
        return _day_row(canvas, sheet, sheet.rows[index - 1], y)

    def tail(canvas: Canvas, y: float, available: float) -> float:
        used = 3.0 + _sources(canvas, y + 3.0, sheet.sources)
        return used + notes_area(canvas, y + used, available - used)

    return paint_pages(device, sheet.header, blocks, block, tail, TAIL_MM + 12.0)


# -- the report of a finished assessment ----------------------------------------------------


def _report_columns(canvas: Canvas) -> tuple[float, float, float, float]:
    """Widths of the test, each leg, the LSI and the remarks columns."""
    name_w, leg_w = 46.0, 34.0
    remarks = canvas.width - name_w - 2 * leg_w - LSI_COL_MM
    return name_w, leg_w, LSI_COL_MM, remarks


def _report_heading(canvas: Canvas, sheet: ReportSheet, y: float) -> float:
    used = 0.0
    if sheet.facts:
        used += canvas.text(0, y, canvas.width, "   ·   ".join(sheet.facts), sheet_font(8.5)) + 1.5
    top = y + used
    name_w, leg_w, lsi_w, remarks_w = _report_columns(canvas)
    canvas.box(0, top, canvas.width, HEAD_MM, THICK_MM)
    x = 0.0
    titles = (_tr("Test"), side_title(Side.LEFT), side_title(Side.RIGHT), _tr("LSI"),
              _tr("Symmetry; change since last time"))
    for width, title in zip((name_w, leg_w, leg_w, lsi_w, remarks_w), titles, strict=True):
        if x:
            canvas.line(x, top, x, top + HEAD_MM, THICK_MM)
        canvas.text(x + 1.5, top, width - 3, title, sheet_font(8 if x else 8.5, bold=True),
                    align=Qt.AlignmentFlag.AlignLeft if x == 0 else Qt.AlignmentFlag.AlignHCenter,
                    h=HEAD_MM)
        x += width
    return used + HEAD_MM


def _report_row(canvas: Canvas, row: ReportRow, y: float) -> float:
    name_w, leg_w, lsi_w, remarks_w = _report_columns(canvas)
    bold = row.flagged
    name_h = canvas.text(1.5, y + PAD_MM, name_w - 3, row.name, sheet_font(8.5, bold=True))
    leg_heights = []
    for column, (value, trials) in enumerate(
        ((row.left, row.left_trials), (row.right, row.right_trials))
    ):
        lx = name_w + column * leg_w + 1.0
        used = canvas.text(lx, y + PAD_MM, leg_w - 2, value, sheet_font(9, bold=bold),
                           align=Qt.AlignmentFlag.AlignHCenter)
        if trials:
            used += canvas.text(lx, y + PAD_MM + used, leg_w - 2, trials, sheet_font(6.5),
                                align=Qt.AlignmentFlag.AlignHCenter)
        leg_heights.append(used)
    lsi_x = name_w + 2 * leg_w
    canvas.text(lsi_x, y + PAD_MM, lsi_w, row.lsi, sheet_font(10, bold=True),
                align=Qt.AlignmentFlag.AlignHCenter)
    rx = lsi_x + lsi_w + 1.5
    remarks_h = 0.0
    if row.verdict:
        remarks_h += canvas.text(rx, y + PAD_MM, remarks_w - 3, row.verdict,
                                 sheet_font(7.5, bold=bold)) + 0.3
    remarks_h += canvas.text(rx, y + PAD_MM + remarks_h, remarks_w - 3, row.trend, sheet_font(7))
    height = max(name_h, *leg_heights, remarks_h) + 2 * PAD_MM
    canvas.box(0, y, canvas.width, height, THIN_MM)
    x = 0.0
    for width in (name_w, leg_w, leg_w, lsi_w):
        x += width
        canvas.line(x, y, x, y + height, THICK_MM if width != lsi_w else THIN_MM)
    canvas.line(0, y, 0, y + height, THICK_MM)
    canvas.line(canvas.width, y, canvas.width, y + height, THICK_MM)
    return height


def paint_report_sheet(sheet: ReportSheet, device: QPagedPaintDevice) -> int:
    """Draw a finished assessment's report on `device`; returns the page count."""
    blocks = len(sheet.rows) + 1

    def block(canvas: Canvas, index: int, y: float) -> float:
        if index == 0:
            return _report_heading(canvas, sheet, y)
        return _report_row(canvas, sheet.rows[index - 1], y)

    def tail(canvas: Canvas, y: float, available: float) -> float:
        used = 2.5
        canvas.line(0, y, canvas.width, y, THICK_MM)
        if sheet.summary:
            used += canvas.text(0, y + used, canvas.width, sheet.summary,
                                sheet_font(9, bold=True)) + 1.2
        used += canvas.text(0, y + used, canvas.width, sheet.legend, sheet_font(7)) + 1.2
        used += _sources(canvas, y + used, sheet.sources)
        return used + notes_area(canvas, y + used, available - used, sheet.notes)

    return paint_pages(device, sheet.header, blocks, block, tail, TAIL_MM + 30.0)


def write_assessment_pdf(
    sheet: TestDaySheet | ReportSheet, path: Path, page_size: PageSize = PageSize.A4
) -> int:
    """Write either assessment sheet as a PDF at `path`, whole or not at all; the page count."""
    if isinstance(sheet, TestDaySheet):
        return write_painted_pdf(path, page_size, sheet.header.title,
                                 lambda device: paint_test_day_sheet(sheet, device))
    return write_painted_pdf(path, page_size, sheet.header.title,
                             lambda device: paint_report_sheet(sheet, device))

