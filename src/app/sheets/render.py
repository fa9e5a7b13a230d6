"""Drawing sheets onto paper: a PDF file or whatever printer Qt hands us.

Everything is measured in millimetres and drawn black on white with thin
rules and no fills, so sheets print cleanly on any black-and-white printer.
Each block is laid out twice by the same code: once "dry" to learn its
height (for `paginate`), then for real on its page.
"""

from collections.abc import Callable, Sequence
from datetime import date
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)
from PySide6.QtSvg import QSvgRenderer

from app.dates import day_text
from app.domain.errors import LegworkError
from app.domain.sides import Side
from app.files import written_whole
from app.sheets.layout import (
    ChartSeries,
    PlanBlock,
    PlanSheet,
    SheetHeader,
    SummaryBlock,
    SummarySheet,
    paginate,
)

MM_PER_INCH = 25.4
MARGIN_MM = 10.0
PDF_DPI = 300
ROW_MM = 9.0
"""Height of a box to write in: room for a pen-written number at arm's length."""
SET_COL_MM = 10.0
SIDE_COL_SHARES = (0.3, 0.43, 0.27)
"""How a leg's width on a plan sheet is shared by its Reps, Load and RPE boxes."""
PLAN_COLUMNS = 2
"""A plan sheet sets its exercises in two columns: five fill one page, notes in the sixth place."""
COLUMN_GAP_MM = 6.0
GAP_MM = 5.0
BLOCK_GAP_MM = 4.0
SUMMARY_GAP_MM = 3.5
FOOTER_MM = 7.0
NOTE_LINE_MM = 8.0
MIN_NOTE_LINES = 2
ILLUSTRATION_MM = 15.0
CHART_MM = (50.0, 28.0)
"""A summary's per-leg chart on paper (`app.sheets.charts.CHART_SIZE_PX` is drawn to fit)."""
SUMMARY_SET_MM = 20.0
"""On a summary, a leg's set (``12 × 16 kg``) in the table; its form answers follow."""
FORM_MARK_MM = 6.5
SUMMARY_SET_COL_MM = 8.0
THIN_MM = 0.2
THICK_MM = 0.5
BLACK = "#000000"
SANS = ["DejaVu Sans", "Liberation Sans", "Arial", "Helvetica"]

Sheet = PlanSheet | SummarySheet
ChartImage = Callable[[Sequence[ChartSeries], str], QImage]
"""Draws a block's per-leg chart (series, y-axis label) as an image, for summaries.

Drawing one needs pyqtgraph and a full QApplication, so callers pass it in
(`app.sheets.charts.leg_chart_image`); without one, summaries leave charts out.
"""


class PageSize(StrEnum):
    """Paper sizes the command line offers."""

    A4 = "A4"
    LETTER = "Letter"

    @property
    def qt(self) -> QPageSize:
        """The Qt page size."""
        ids = {PageSize.A4: QPageSize.PageSizeId.A4, PageSize.LETTER: QPageSize.PageSizeId.Letter}
        return QPageSize(ids[self])


class SheetWriteError(LegworkError):
    """The sheet could not be written where it was asked to go."""


def default_page_layout(size: PageSize) -> QPageLayout:
    """Portrait `size` with Legwork's margins, wide enough for most printers."""
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    return QPageLayout(size.qt, QPageLayout.Orientation.Portrait, margins,
                       QPageLayout.Unit.Millimeter)


def sheet_font(points: float, *, bold: bool = False, italic: bool = False) -> QFont:
    """The sheets' one sans-serif font at `points` (every sheet prints in it)."""
    font = QFont()
    font.setFamilies(SANS)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(points)
    font.setBold(bold)
    font.setItalic(italic)
    return font


class Canvas:
    """A painter that speaks millimetres; when `dry`, it measures but draws nothing."""

    def __init__(self, painter: QPainter, device: QPagedPaintDevice) -> None:
        self.painter = painter
        self.device = device
        self.dpi = float(device.logicalDpiX())
        area = device.pageLayout().paintRectPixels(round(self.dpi))
        self.width = self.mm(area.width())
        self.height = self.mm(area.height())
        self.dry = False

    def px(self, mm: float) -> float:
        return float(mm * self.dpi / MM_PER_INCH)

    def mm(self, px: float) -> float:
        return float(px * MM_PER_INCH / self.dpi)

    def rect(self, x: float, y: float, w: float, h: float) -> QRectF:
        return QRectF(self.px(x), self.px(y), self.px(w), self.px(h))

    def text_height(self, text: str, font: QFont, width: float) -> float:
        """Height of `text` wrapped to `width` mm."""
        metrics = QFontMetricsF(font, self.device)
        bounds = metrics.boundingRect(
            QRectF(0, 0, self.px(width), 1e6), Qt.TextFlag.TextWordWrap, text
        )
        return self.mm(bounds.height())

    def text(
        self, x: float, y: float, w: float, text: str, font: QFont,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft, h: float | None = None,
    ) -> float:
        """Draw wrapped text in a box `w` wide from (x, y); returns the height used."""
        height = self.text_height(text, font, w) if h is None else h
        if not self.dry:
            self.painter.setFont(font)
            self.painter.setPen(self._pen(THIN_MM))
            flags = int(align) | int(Qt.TextFlag.TextWordWrap)
            if h is not None:
                flags |= int(Qt.AlignmentFlag.AlignVCenter)
            self.painter.drawText(self.rect(x, y, w, height), flags, text)
        return height

    def _pen(self, width_mm: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
        pen = QPen(QColor(BLACK))
        pen.setWidthF(self.px(width_mm))
        pen.setStyle(style)
        return pen

    def box(self, x: float, y: float, w: float, h: float, width_mm: float = THIN_MM) -> None:
        if not self.dry:
            self.painter.setPen(self._pen(width_mm))
            self.painter.setBrush(Qt.BrushStyle.NoBrush)
            self.painter.drawRect(self.rect(x, y, w, h))

    def line(
        self, x1: float, y1: float, x2: float, y2: float, width_mm: float = THIN_MM,
        style: Qt.PenStyle = Qt.PenStyle.SolidLine,
    ) -> None:
        if not self.dry:
            self.painter.setPen(self._pen(width_mm, style))
            self.painter.drawLine(
                self.rect(x1, y1, 0, 0).topLeft(), self.rect(x2, y2, 0, 0).topLeft()
            )

    def svg(self, x: float, y: float, size: float, path: Path) -> None:
        if not self.dry:
            renderer = QSvgRenderer(str(path))
            if renderer.isValid():
                view = renderer.viewBoxF()
                scale = min(size / view.width(), size / view.height()) if view.width() else 1
                w, h = view.width() * scale, view.height() * scale
                renderer.render(self.painter, self.rect(x + (size - w) / 2, y, w, h))

    def image(self, x: float, y: float, w: float, h: float, image: QImage) -> None:
        if not self.dry:
            self.painter.drawImage(self.rect(x, y, w, h), image)


def _header(canvas: Canvas, header: SheetHeader) -> float:
    """The top of a page; returns its height in mm."""
    width = canvas.width
    right_w = 72.0
    left_w = width - right_w - GAP_MM
    title_h = canvas.text(0, 0, left_w, header.title, sheet_font(15, bold=True))
    kind_h = canvas.text(0, title_h + 0.5, left_w, f"{header.kind} · Legwork", sheet_font(9))
    labels = (
        (QCoreApplication.translate("SheetRender", "Athlete"), header.athlete),
        (QCoreApplication.translate("SheetRender", "Date"), header.date),
    )
    for row, (label, value) in enumerate(labels):
        y = row * 7.5 + 0.5
        x = width - right_w
        label_w = 15.0
        canvas.text(x, y, label_w, label, sheet_font(9), h=6.0)
        if value:
            canvas.text(x + label_w, y, right_w - label_w, value, sheet_font(10, bold=True), h=6.0)
        else:
            canvas.line(x + label_w, y + 6.0, width, y + 6.0, THIN_MM)
    top = max(title_h + 0.5 + kind_h, 14.5) + 1.5
    instructions_h = canvas.text(0, top, width, header.instructions, sheet_font(8))
    bottom = top + instructions_h + 1.5
    canvas.line(0, bottom, width, bottom, THICK_MM)
    return bottom + 4.0


def _footer(canvas: Canvas, page: int, pages: int) -> None:
    y = canvas.height - FOOTER_MM + 2.0
    canvas.line(0, y - 1.0, canvas.width, y - 1.0, THIN_MM)
    printed = QCoreApplication.translate("SheetRender", "Printed {date} by Legwork").format(
        date=day_text(date.today()))
    canvas.text(0, y, canvas.width / 2, printed, sheet_font(7), h=4.0)
    numbering = QCoreApplication.translate("SheetRender", "Page {page} of {pages}").format(
        page=page, pages=pages)
    canvas.text(canvas.width / 2, y, canvas.width / 2, numbering, sheet_font(8),
                align=Qt.AlignmentFlag.AlignRight, h=4.0)


def side_title(side: Side) -> str:
    """A column heading on paper: "LEFT LEG", "RIGHT LEG" or "BOTH LEGS"."""
    if side is Side.LEFT:
        return QCoreApplication.translate("SheetRender", "LEFT LEG")
    if side is Side.RIGHT:
        return QCoreApplication.translate("SheetRender", "RIGHT LEG")
    return QCoreApplication.translate("SheetRender", "BOTH LEGS")


def _plan_block(
    canvas: Canvas, sheet: PlanSheet, block: PlanBlock, x: float, y: float, width: float,
) -> float:
    """Draw one exercise of a plan in a column `width` mm wide at (x, y), or measure it when
    dry; returns its height.

    On top, the illustration beside the name, the dose and tempo, and the form cues;
    below, the boxes: a row per set, Reps, Load and RPE for each leg, and last time's
    sets over them.
    """
    text_x = x + ILLUSTRATION_MM + 2.5
    text_w = width - ILLUSTRATION_MM - 2.5
    if block.illustration is not None:
        canvas.svg(x, y, ILLUSTRATION_MM, block.illustration)
    cursor = y
    cursor += canvas.text(text_x, cursor, text_w, block.name, sheet_font(10.5, bold=True)) + 0.5
    cursor += canvas.text(text_x, cursor, text_w, block.target, sheet_font(8)) + 0.3
    tempo = QCoreApplication.translate("SheetRender", "Tempo {legend}").format(
        legend=block.tempo_legend)
    cursor += canvas.text(text_x, cursor, text_w, tempo, sheet_font(7.5)) + 0.8
    for cue in block.cues:
        cursor += canvas.text(text_x, cursor, text_w, f"• {cue}", sheet_font(7.5)) + 0.2
    if block.last_time_date:
        below = QCoreApplication.translate("SheetRender", "Last time: {date}").format(
            date=block.last_time_date)
        cursor += canvas.text(text_x, cursor, text_w, below, sheet_font(7, italic=True))
    top = max(cursor, y + ILLUSTRATION_MM) + 1.5

    side_w = (width - SET_COL_MM) / len(block.sides)
    head_h, sub_h = 5.0, 4.0
    last_font = sheet_font(7)
    last_texts = [sheet.last_time_box(block, side) for side in block.sides]
    # Blank boxes (a sheet for no one) are written in by hand: room for a pen.
    least = 5.0 if sheet.for_athlete else 7.0
    last_h = max(least, *(canvas.text_height(t, last_font, side_w - 2) + 1.4 for t in last_texts))
    table_h = head_h + sub_h + last_h + ROW_MM * block.sets
    canvas.box(x, top, width, table_h, THICK_MM)
    set_heading = QCoreApplication.translate("SheetRender", "Set")
    canvas.text(x, top, SET_COL_MM, set_heading, sheet_font(8, bold=True),
                align=Qt.AlignmentFlag.AlignHCenter, h=head_h + sub_h)
    last_heading = QCoreApplication.translate("SheetRender", "Last\ntime")
    canvas.text(x, top + head_h + sub_h, SET_COL_MM, last_heading, sheet_font(6.5),
                align=Qt.AlignmentFlag.AlignHCenter, h=last_h)
    for column, side in enumerate(block.sides):
        sx = x + SET_COL_MM + column * side_w
        canvas.line(sx, top, sx, top + table_h, THICK_MM)
        canvas.text(sx, top, side_w, side_title(side), sheet_font(8.5, bold=True),
                    align=Qt.AlignmentFlag.AlignHCenter, h=head_h)
        cx = sx
        for name, share in zip(sheet.columns, SIDE_COL_SHARES, strict=True):
            box_w = side_w * share
            canvas.text(cx, top + head_h, box_w, name, sheet_font(7),
                        align=Qt.AlignmentFlag.AlignHCenter, h=sub_h)
            if cx > sx:
                # Last time's text runs across its leg, so the column rules skip that row.
                canvas.line(cx, top + head_h, cx, top + head_h + sub_h)
                canvas.line(cx, top + head_h + sub_h + last_h, cx, top + table_h)
            cx += box_w
        canvas.text(sx + 1, top + head_h + sub_h, side_w - 2, last_texts[column], last_font,
                    align=Qt.AlignmentFlag.AlignHCenter, h=last_h)
    canvas.line(x + SET_COL_MM, top + head_h, x + width, top + head_h)
    rows_top = top + head_h + sub_h + last_h
    canvas.line(x, top + head_h + sub_h, x + width, top + head_h + sub_h)
    canvas.line(x, rows_top, x + width, rows_top, THICK_MM)
    for number in range(1, block.sets + 1):
        row_y = rows_top + ROW_MM * (number - 1)
        if number > 1:
            canvas.line(x, row_y, x + width, row_y)
        canvas.text(x, row_y, SET_COL_MM, str(number), sheet_font(11, bold=True),
                    align=Qt.AlignmentFlag.AlignHCenter, h=ROW_MM)
    return top + table_h - y + BLOCK_GAP_MM


def notes_area(
    canvas: Canvas, y: float, available: float, text: str = "", *, x: float = 0.0,
    width: float | None = None,
) -> float:
    """A "Notes" heading, any given text, then ruled lines to fill `available` mm.

    Across the page, or `width` mm from `x` (a free place in a plan sheet's columns).
    """
    width = canvas.width - x if width is None else width
    heading = QCoreApplication.translate("SheetRender", "Notes")
    used = canvas.text(x, y, width, heading, sheet_font(9, bold=True)) + 1.0
    if text:
        used += canvas.text(x, y + used, width, text, sheet_font(8.5)) + 1.0
    lines = max(MIN_NOTE_LINES, int((available - used) // NOTE_LINE_MM))
    for n in range(1, lines + 1):
        line_y = y + used + n * NOTE_LINE_MM
        canvas.line(x, line_y, x + width, line_y, THIN_MM, Qt.PenStyle.DotLine)
    return used + lines * NOTE_LINE_MM


def _summary_block(
    canvas: Canvas, block: SummaryBlock, y: float, chart_image: ChartImage | None
) -> float:
    """Draw one exercise of a session summary (or measure it when dry); returns its height.

    Three columns: the name over the sets per leg with both form answers; how even
    the legs were, each leg's best and what to do next time; the per-leg chart.
    """
    chart_w, chart_h = CHART_MM
    with_chart = bool(block.chart) and chart_image is not None
    set_col = SUMMARY_SET_COL_MM
    leg_w = SUMMARY_SET_MM + 2 * FORM_MARK_MM
    table_w = set_col + leg_w * len(block.sides)
    name_h = canvas.text(0, y, table_w, block.name, sheet_font(10.5, bold=True)) + 0.6
    top = y + name_h
    row_font = sheet_font(7.5)
    row_heights = [
        max(4.6, *(canvas.text_height(cell.text, row_font, SUMMARY_SET_MM - 1.5) + 1.4
                   for cell in cells))
        for _, cells in block.rows
    ]
    head_h, sub_h = 4.8, 3.8
    table_h = head_h + sub_h + sum(row_heights)
    canvas.box(0, top, table_w, table_h, THICK_MM)
    set_heading = QCoreApplication.translate("SheetRender", "Set")
    canvas.text(0, top, set_col, set_heading, sheet_font(7.5, bold=True),
                align=Qt.AlignmentFlag.AlignHCenter, h=head_h + sub_h)
    sub_font = sheet_font(6)
    centre = Qt.AlignmentFlag.AlignHCenter
    for column, side in enumerate(block.sides):
        sx = set_col + column * leg_w
        canvas.line(sx, top, sx, top + table_h, THICK_MM)
        canvas.text(sx, top, leg_w, side_title(side), sheet_font(8, bold=True), align=centre,
                    h=head_h)
        for offset, width, words in (
            (0.0, SUMMARY_SET_MM, QCoreApplication.translate("SheetRender", "reps × load")),
            (SUMMARY_SET_MM, FORM_MARK_MM, QCoreApplication.translate("SheetRender", "knee")),
            (SUMMARY_SET_MM + FORM_MARK_MM, FORM_MARK_MM,
             QCoreApplication.translate("SheetRender", "hips")),
        ):
            canvas.text(sx + offset, top + head_h, width, words, sub_font, align=centre, h=sub_h)
            if offset:
                canvas.line(sx + offset, top + head_h, sx + offset, top + table_h)
    canvas.line(set_col, top + head_h, table_w, top + head_h)
    row_y = top + head_h + sub_h
    canvas.line(0, row_y, table_w, row_y, THICK_MM)
    for (number, cells), height in zip(block.rows, row_heights, strict=True):
        canvas.line(0, row_y, table_w, row_y)
        canvas.text(0, row_y, set_col, str(number), sheet_font(8.5, bold=True), align=centre,
                    h=height)
        for column, cell in enumerate(cells):
            sx = set_col + column * leg_w
            canvas.text(sx + 0.75, row_y, SUMMARY_SET_MM - 1.5, cell.text or "–", row_font,
                        align=centre, h=height)
            for offset, mark in ((SUMMARY_SET_MM, cell.knee),
                                 (SUMMARY_SET_MM + FORM_MARK_MM, cell.hips)):
                canvas.text(sx + offset, row_y, FORM_MARK_MM, mark, row_font, align=centre,
                            h=height)
        row_y += height
    # Between the table and the chart: how even the legs were, bests, next time.
    text_x = table_w + 4.0
    text_w = canvas.width - text_x - (chart_w + 4.0 if with_chart else 0.0)
    cursor = y
    if text_w < 40.0:
        # Too narrow beside the table: underneath it instead.
        text_x, text_w, cursor = 0.0, canvas.width - (chart_w + 4.0 if with_chart else 0.0), \
            row_y + 1.2
    if block.lsi:
        cursor += canvas.text(text_x, cursor, text_w, block.lsi,
                              sheet_font(7.5, bold=block.flagged)) + 0.5
    for best in block.bests:
        line = f"{best.side.label}: {best.text}"
        cursor += canvas.text(text_x, cursor, text_w, line,
                              sheet_font(7.5, bold=best.new_best)) + 0.3
    if block.advice:
        next_time = QCoreApplication.translate("SheetRender", "Next time: {advice}").format(
            advice=block.advice)
        cursor += 0.5
        cursor += canvas.text(text_x, cursor, text_w, next_time, sheet_font(7.5, italic=True))
    if with_chart and chart_image is not None and not canvas.dry:
        image = chart_image(block.chart, block.chart_label)
        canvas.image(canvas.width - chart_w, y, chart_w, chart_h, image)
    bottom = max(cursor, row_y, y + (chart_h if with_chart else 0.0))
    return bottom - y + SUMMARY_GAP_MM


def paint_pages(
    device: QPagedPaintDevice,
    header: SheetHeader,
    count: int,
    draw_block: Callable[[Canvas, int, float], float],
    draw_tail: Callable[[Canvas, float, float], float],
    min_tail: float,
) -> int:
    """Lay out `count` blocks under `header` on as many pages as they need; the page count.

    Each block is drawn dry first to learn its height, then paginated with room
    for the tail (at least `min_tail` mm on the last page), then drawn for real,
    with the header and footer on every page.
    """
    painter = QPainter()
    if not painter.begin(device):
        raise SheetWriteError("Could not start drawing the sheet (is the output writable?).")
    try:
        canvas = Canvas(painter, device)
        canvas.dry = True
        top = _header(canvas, header)
        heights = [draw_block(canvas, index, top) for index in range(count)]
        capacity = canvas.height - FOOTER_MM - top
        pages = paginate(heights, capacity, min_tail)
        canvas.dry = False
        for number, indexes in enumerate(pages, start=1):
            if number > 1:
                device.newPage()
            _header(canvas, header)
            y = top
            for index in indexes:
                y += draw_block(canvas, index, y)
            if number == len(pages):
                draw_tail(canvas, y, canvas.height - FOOTER_MM - y - 2.0)
            _footer(canvas, number, len(pages))
        return len(pages)
    finally:
        painter.end()


def paint_plan_sheet(sheet: PlanSheet, device: QPagedPaintDevice) -> int:
    """Draw a plan sheet on `device` (a PDF writer or printer); returns the page count.

    The exercises go in `PLAN_COLUMNS` columns, row by row; the notes take the
    free place after the last exercise down to the foot of the page, or the
    width of the page below it when the last row is full.
    """
    blocks = sheet.blocks
    rows = [blocks[i:i + PLAN_COLUMNS] for i in range(0, len(blocks), PLAN_COLUMNS)]
    free_place = bool(rows) and len(rows[-1]) < PLAN_COLUMNS
    last_row_top = [0.0]

    def column(canvas: Canvas, index: int) -> tuple[float, float]:
        width = (canvas.width - COLUMN_GAP_MM * (PLAN_COLUMNS - 1)) / PLAN_COLUMNS
        return index * (width + COLUMN_GAP_MM), width

    def row(canvas: Canvas, index: int, y: float) -> float:
        last_row_top[0] = y
        heights = []
        for place, block in enumerate(rows[index]):
            x, width = column(canvas, place)
            heights.append(_plan_block(canvas, sheet, block, x, y, width))
        return max(heights)

    def notes(canvas: Canvas, y: float, available: float) -> float:
        if free_place:
            x, width = column(canvas, len(rows[-1]))
            top = last_row_top[0]
            return notes_area(canvas, top, y - top + available, x=x, width=width)
        return notes_area(canvas, y, available)

    # The notes need room of their own below only when no place is free beside the last row.
    return paint_pages(device, sheet.header, len(rows), row, notes,
                       0.0 if free_place else 8.0 + MIN_NOTE_LINES * NOTE_LINE_MM)


def paint_summary_sheet(
    sheet: SummarySheet, device: QPagedPaintDevice, chart_image: ChartImage | None = None
) -> int:
    """Draw a session summary on `device`, with charts if `chart_image` is given; page count."""
    return paint_pages(
        device, sheet.header, len(sheet.blocks),
        lambda canvas, index, y: _summary_block(canvas, sheet.blocks[index], y, chart_image),
        lambda canvas, y, available: notes_area(canvas, y, available, sheet.notes),
        8.0 + MIN_NOTE_LINES * NOTE_LINE_MM + (12.0 if sheet.notes else 0.0),
    )


def paint_sheet(
    sheet: Sheet, device: QPagedPaintDevice, chart_image: ChartImage | None = None
) -> int:
    """Draw either kind of sheet; returns the page count."""
    if isinstance(sheet, PlanSheet):
        return paint_plan_sheet(sheet, device)
    return paint_summary_sheet(sheet, device, chart_image)


def write_pdf(
    sheet: Sheet,
    path: Path,
    page_size: PageSize = PageSize.A4,
    chart_image: ChartImage | None = None,
) -> int:
    """Write the sheet as a PDF file at `path`; returns the page count.

    The PDF is written to a temporary file beside `path` and renamed over it
    only once complete, so a failure never leaves a partial file behind.
    Raises `SheetWriteError` when the folder is missing or not writable.
    Needs a QGuiApplication (for fonts); pyqtgraph charts need a QApplication.
    """
    return write_painted_pdf(
        path, page_size, sheet.header.title,
        lambda device: paint_sheet(sheet, device, chart_image),
    )


def write_painted_pdf(
    path: Path, page_size: PageSize, title: str, paint: Callable[[QPagedPaintDevice], int]
) -> int:
    """Write whatever `paint` draws as a PDF at `path`, whole or not at all; the page count.

    `write_pdf` uses it for plan and session sheets; other sheets (the
    assessment sheets) pass their own painter. Same safety as `write_pdf`.
    """
    try:
        with written_whole(path) as temp:
            writer = QPdfWriter(str(temp))
            writer.setResolution(PDF_DPI)
            writer.setPageLayout(default_page_layout(page_size))
            writer.setCreator("Legwork")
            writer.setTitle(title)
            pages = paint(writer)
            del writer  # closes the file
            if temp.stat().st_size == 0:
                raise SheetWriteError(f"Cannot write {path}: the PDF came out empty.")
        return pages
    except OSError as error:
        raise SheetWriteError(
            f"Cannot write {path}: {error.strerror or error} (choose a folder you can write to)."
        ) from None
