"""A small per-leg progress chart as an image, drawn for paper.

Black on white, with the legs told apart by line style and marker (solid
with circles for LEFT, dashed with squares for RIGHT), because most sheets
are printed in black and white.
"""

from collections.abc import Sequence
from datetime import date, datetime, time

import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QImage

from app.domain.sides import Side
from app.sheets.layout import ChartSeries

_STYLES = {
    Side.LEFT: (Qt.PenStyle.SolidLine, "o", "k"),
    Side.RIGHT: (Qt.PenStyle.DashLine, "s", "w"),
    Side.BOTH: (Qt.PenStyle.DotLine, "t", "k"),
}


def _timestamp(ordinal: int) -> float:
    # Noon local time, so the date axis never shows the day before.
    return datetime.combine(date.fromordinal(ordinal), time(12)).timestamp()


def render_leg_chart(
    series: Sequence[ChartSeries], y_label: str, width_px: int, height_px: int
) -> QImage:
    """The chart as an image of about `width_px` × `height_px` (needs a QApplication)."""
    view = pg.PlotWidget(background="w", axisItems={"bottom": pg.DateAxisItem()})
    plot = view.getPlotItem()
    font = QFont()
    font.setPixelSize(max(10, height_px // 14))
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen("k"))
        axis.setTextPen(pg.mkPen("k"))
        axis.setTickFont(font)
    # Axes size themselves to their labels only after a first paint; an export
    # paints once, so give them room up front or the tick labels are dropped.
    plot.getAxis("left").setWidth(int(font.pixelSize() * 4.2))
    plot.getAxis("bottom").setHeight(int(font.pixelSize() * 3.4))
    plot.setLabel("left", y_label, **{"color": "k", "font-size": f"{font.pixelSize()}px"})
    plot.layout.setContentsMargins(4, font.pixelSize(), font.pixelSize(), 4)
    legend = plot.addLegend(
        offset=(6, 2), colCount=2, labelTextColor="k", labelTextSize=f"{font.pixelSize()}px"
    )
    legend.setBrush(pg.mkBrush("w"))
    legend.setPen(pg.mkPen("k"))
    width = max(2, height_px // 90)
    for one in series:
        style, symbol, fill = _STYLES[one.side]
        plot.plot(
            [_timestamp(day) for day in one.days],
            list(one.values),
            pen=pg.mkPen("k", width=width, style=style),
            symbol=symbol,
            symbolSize=max(7, height_px // 22),
            symbolPen=pg.mkPen("k", width=max(1, width // 2)),
            symbolBrush=pg.mkBrush(fill),
            name=one.side.label,
        )
    days = sorted({day for one in series for day in one.days})
    if days:
        # The date axis shows days of the month; the label says which months.
        first, last = (f"{date.fromordinal(d):%b %Y}" for d in (days[0], days[-1]))
        months = first if first == last else f"{first} – {last}"
        plot.setLabel("bottom", months, **{"color": "k", "font-size": f"{font.pixelSize()}px"})
    if len(days) == 1:
        # A single day would give the date axis a zero-width range.
        plot.setXRange(_timestamp(days[0] - 1), _timestamp(days[0] + 1))
    # Headroom above the highest point keeps the legend clear of the lines.
    plot.setYRange(0, max((v for one in series for v in one.values), default=1.0) * 1.4)
    # Never shown, so nothing lays it out: size the plot itself before drawing.
    view.resize(width_px, height_px)
    plot.setGeometry(QRectF(0, 0, width_px, height_px))
    exporter = ImageExporter(plot)
    exporter.parameters()["width"] = width_px
    image = exporter.export(toBytes=True)
    view.deleteLater()
    return image if isinstance(image, QImage) else QImage()
