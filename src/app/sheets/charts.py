"""The per-leg chart, drawn the same on screen and on paper, and its renderer for sheets.

The Progress view shows `PerLegChart` (and builds its symmetry and weekly charts
on `DateChart`); a printed summary renders the same widget to a black-and-white
image with `leg_chart_image` (pyqtgraph.exporters.ImageExporter), so the sheet
command needs nothing from the UI. Every plot item is created once and later
updated with `setData`, which keeps redrawing cheap when the user switches
exercise, measure or time range.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Protocol

import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QCursor, QFont, QImage
from PySide6.QtWidgets import QGraphicsItem, QToolTip, QWidget

from app.dates import moment_day_text
from app.domain.sides import Side
from app.sheets.layout import ChartSeries

Series = Sequence[tuple[datetime, float]]


class ChartColours(Protocol):
    """The colours a chart draws with (the app's theme, or ink on paper)."""

    @property
    def surface(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def muted(self) -> str: ...
    @property
    def border(self) -> str: ...
    @property
    def accent(self) -> str: ...
    @property
    def warning(self) -> str: ...
    @property
    def right(self) -> str: ...
    @property
    def dark(self) -> bool: ...

    def side(self, side: Side) -> str:
        """The colour of one leg."""
        ...


@dataclass(frozen=True)
class _Ink:
    """Black on white: the legs stay apart by line style and marker, as on any B&W printer."""

    surface: str = "#ffffff"
    text: str = "#000000"
    muted: str = "#000000"
    border: str = "#000000"
    accent: str = "#000000"
    warning: str = "#000000"
    right: str = "#000000"
    dark: bool = False

    def side(self, side: Side) -> str:
        """Every leg in black."""
        return self.text


PRINT_COLOURS: ChartColours = _Ink()
ENGLISH_SIDES: Mapping[Side, str] = {side: side.label for side in Side}
"""The sheets are English: "LEFT" and "RIGHT" in a printed chart's legend."""
# About 150 dpi on the sheet (50 × 28 mm, `app.sheets.render.CHART_MM`). Exporting
# larger would be sharper, but pyqtgraph then scales the axes and not the legend,
# which shrinks to a smudge.
CHART_SIZE_PX = (300, 168)

# A hover picks the nearest point if it lies within this share of the visible date span.
_HOVER_REACH = 0.03
_DAY_S = 86_400.0
# Bars are a little narrower than a week so neighbouring weeks stay apart.
_BAR_WIDTH_S = 5 * _DAY_S
SYMBOL_SIZE = 8
# Beyond this many points markers merge into a smear and cost most of the redraw time,
# so long series are drawn as lines only (the dash still tells the legs apart).
MAX_MARKERS = 150


def number_text(value: float) -> str:
    """A chart value in a tooltip: whole numbers without ".0", others with one decimal."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def rgba(colour: str, alpha: int) -> QColor:
    """A `#rrggbb` colour made see-through (alpha 0–255)."""
    result = QColor(colour)
    result.setAlpha(alpha)
    return result


class DateChart(pg.PlotWidget):
    """A plot with a date axis, themed axes and a hover tooltip; subclasses say what to show."""

    def __init__(
        self, title: str, parent: QWidget | None = None,
        legend_offset: tuple[int, int] = (10, 5),
    ) -> None:
        super().__init__(parent=parent, axisItems={"bottom": pg.DateAxisItem()})
        self.colours: ChartColours = PRINT_COLOURS
        self._title = title
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.showGrid(x=False, y=True, alpha=0.25)
        self.setMinimumHeight(180)
        # Each axis (the left one draws the grid) replays its recorded ticks and labels on
        # every repaint of the chart, which on screen cost up to 30 ms a frame. Cached as a
        # pixmap, an axis is redrawn only when its own range changes; printing and image
        # export render directly and never use the cache.
        for name in ("left", "bottom"):
            self.getAxis(name).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        # pyqtgraph's third tick level adds some 30 grid lines at 3 % opacity: invisible,
        # yet translucent lines are slow to draw and they were most of the grid's cost.
        self.getAxis("left").setStyle(maxTickLevel=1)
        self.legend = self.addLegend(offset=legend_offset)
        self.legend.setColumnCount(3)
        self.scene().sigMouseMoved.connect(self._mouse_moved)
        self.setToolTip("")

    def hover_text(self, x: float) -> str | None:
        """The tooltip for the point nearest to `x` (seconds since the epoch), or None."""
        raise NotImplementedError

    def _reach(self) -> float:
        low, high = self.getViewBox().viewRange()[0]
        return max((high - low) * _HOVER_REACH, _DAY_S / 2)

    def _mouse_moved(self, scene_pos: QPointF) -> None:
        box = self.getViewBox()
        if not box.sceneBoundingRect().contains(scene_pos):
            QToolTip.hideText()
            return
        text = self.hover_text(box.mapSceneToView(scene_pos).x())
        if text is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(QCursor.pos(), text, self)

    def apply_colours(self, colours: ChartColours) -> None:
        """Redraw axes, grid, title and legend in a theme's colours."""
        self.colours = colours
        self.setBackground(colours.surface)
        self.setTitle(self._title, color=colours.text, size="11pt")
        font = QFont()
        font.setPointSizeF(9.5)
        for name in ("left", "bottom"):
            axis = self.getAxis(name)
            axis.setPen(pg.mkPen(colours.border))
            axis.setTextPen(pg.mkPen(colours.muted))
            axis.setTickFont(font)
            axis.label.setDefaultTextColor(QColor(colours.muted))
        self.legend.setLabelTextColor(colours.text)
        for _sample, label in self.legend.items:
            # The legend stores the colour but redraws a label only when its text is set.
            label.setText(label.text)
        self.legend.setBrush(rgba(colours.surface, 220))
        self.legend.setPen(pg.mkPen(colours.border))


def nearest(points: Series, x: float, reach: float) -> datetime | None:
    """The date of the point nearest to `x` (seconds since the epoch), within `reach`."""
    best: datetime | None = None
    best_gap = reach
    for moment, _value in points:
        gap = abs(moment.timestamp() - x)
        if gap <= best_gap:
            best, best_gap = moment, gap
    return best


def xy(points: Series) -> tuple[list[float], list[float]]:
    """Points as x (seconds since the epoch) and y lists, for `setData`."""
    return [m.timestamp() for m, _ in points], [float(v) for _, v in points]


class Band:
    """A horizontal band from `low` to `high` across the data's dates.

    Two curves and a fill rather than an infinite region: the band covers only the
    dates with data, like the series, and prints the same way.
    """

    def __init__(self, chart: pg.PlotWidget, low: float, high: float) -> None:
        self.low, self.high = low, high
        self.bottom = pg.PlotDataItem([], [])
        self.top = pg.PlotDataItem([], [])
        self.fill = pg.FillBetweenItem(self.bottom, self.top)
        self.fill.setZValue(-10)
        chart.addItem(self.fill)

    def span(self, xs: Sequence[float], margin: float) -> list[float]:
        """Stretch the band over the dates `xs` plus `margin` seconds each side; the ends."""
        ends = [min(xs) - margin, max(xs) + margin] if xs else []
        self.bottom.setData(ends, [self.low] * len(ends))
        self.top.setData(ends, [self.high] * len(ends))
        return ends

    def region(self) -> tuple[float, float]:
        """The band's lower and upper values."""
        return self.low, self.high


class PerLegChart(DateChart):
    """The left and right leg as two series over time, for one measure.

    The legs differ in colour (the app's side colours), symbol (circle / square)
    and line (solid / dashed), so they stay apart in greyscale print too.
    `title` and `side_words` are the chart's words (translated on screen,
    English on paper).
    """

    def __init__(self, title: str = "Each leg over time",
                 side_words: Mapping[Side, str] = ENGLISH_SIDES,
                 parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.side_words = dict(side_words)
        self.measure_label = ""
        self._left: list[tuple[datetime, float]] = []
        self._right: list[tuple[datetime, float]] = []
        self.left_curve = self.plot([], [], name=self.side_words[Side.LEFT], symbol="o",
                                    symbolSize=SYMBOL_SIZE)
        self.right_curve = self.plot([], [], name=self.side_words[Side.RIGHT], symbol="s",
                                     symbolSize=SYMBOL_SIZE)
        self.apply_colours(PRINT_COLOURS)

    def set_series(self, left: Series, right: Series, measure_label: str) -> None:
        """Show each leg's values by date; `measure_label` names the y axis ("Volume (kg)")."""
        self._left = sorted(left)
        self._right = sorted(right)
        self.measure_label = measure_label
        for curve, points, symbol in ((self.left_curve, self._left, "o"),
                                      (self.right_curve, self._right, "s")):
            curve.setData(*xy(points), symbol=symbol if len(points) <= MAX_MARKERS else None)
        self.setLabel("left", measure_label)
        self.enableAutoRange()

    def apply_colours(self, colours: ChartColours) -> None:
        """Theme the chart and draw each leg in its side colour."""
        super().apply_colours(colours)
        for curve, side, style in ((self.left_curve, Side.LEFT, Qt.PenStyle.SolidLine),
                                   (self.right_curve, Side.RIGHT, Qt.PenStyle.DashLine)):
            colour = colours.side(side)
            curve.setPen(pg.mkPen(colour, width=2.5, style=style))
            curve.setSymbolBrush(pg.mkBrush(colour))
            curve.setSymbolPen(pg.mkPen(colours.surface, width=1))
            curve.scatter.setBrush(pg.mkBrush(colour))

    def hover_text(self, x: float) -> str | None:
        """Date, measure and each leg's exact value at the nearest session."""
        moment = nearest([*self._left, *self._right], x, self._reach())
        if moment is None:
            return None
        lines = [f"{moment_day_text(moment)} · {self.measure_label}"]
        for side, points in ((Side.LEFT, self._left), (Side.RIGHT, self._right)):
            values = [v for m, v in points if m == moment]
            if values:
                lines.append(f"{self.side_words[side]}: {number_text(values[0])}")
        return "\n".join(lines)




def leg_chart_image(series: Sequence[ChartSeries], label: str) -> QImage:
    """The per-leg chart of `series` (one point per day), as a crisp black-and-white image."""
    def points(side: Side) -> list[tuple[datetime, float]]:
        return [
            (datetime.combine(date.fromordinal(day), time(12)).astimezone(), value)
            for one in series if one.side is side
            for day, value in zip(one.days, one.values, strict=True)
        ]

    chart = PerLegChart()
    chart.set_series(points(Side.LEFT), points(Side.RIGHT), label)
    # Never shown, so lay it out by hand before the exporter measures it.
    chart.resize(*CHART_SIZE_PX)
    chart.getPlotItem().setGeometry(0, 0, *CHART_SIZE_PX)
    exporter = ImageExporter(chart.getPlotItem())
    exporter.parameters()["width"] = CHART_SIZE_PX[0]
    image = exporter.export(toBytes=True)
    chart.deleteLater()
    return image if isinstance(image, QImage) else QImage()
