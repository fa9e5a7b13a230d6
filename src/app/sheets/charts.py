"""The per-leg chart, drawn the same on screen and on paper, and its renderer for sheets.

The Progress view shows `PerLegChart` (and builds its symmetry and weekly charts
on `DateChart`); a printed summary renders the same widget to a black-and-white
image with `leg_chart_image` (pyqtgraph.exporters.ImageExporter), so the sheet
command needs nothing from the UI. Every plot item is created once and later
updated with `setData`, which keeps redrawing cheap when the user switches
exercise, measure or time range.
"""

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from html import escape
from typing import Any, Protocol

import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import (
    QColor,
    QCursor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QResizeEvent,
)
from PySide6.QtWidgets import QGraphicsItem, QToolTip, QWidget

from app.dates import moment_day_text
from app.domain.sides import Side
from app.sheets.axis_ticks import (
    DAY_S,
    Tick,
    ValueScale,
    date_span,
    date_ticks,
    value_scale,
)
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
_DAY_S = DAY_S
SYMBOL_SIZE = 8
# Room kept above the top tick and below the bottom one, so their labels (centred on
# the tick, about 13 px tall) are drawn whole instead of being dropped at the edge.
_LABEL_ROOM_PX = 9.0
# The legend's row under the date axis.
_LEGEND_ROW = 4
_TITLE_PT = 11.0
# The value axis' name, at the first of these sizes at which it fits along the plot.
_AXIS_LABEL_PT = (9.5, 9.0, 8.5, 8.0)
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


def _fitted_label(text: str, room: float) -> tuple[list[str], float]:
    """The lines and point size at which an axis name fits `room` px: one line at the
    largest size that fits, else two lines split at a space, else shortened with "…"."""
    words = text.split(" ")
    splits = [[" ".join(words[:i]), " ".join(words[i:])] for i in range(1, len(words))]
    # A unit in brackets goes on its own line; otherwise the most even split first.
    splits.sort(key=lambda pair: (not pair[1].startswith("("), abs(len(pair[0]) - len(pair[1]))))
    font = QFont()
    for candidates in ([[text]], splits):
        for points in _AXIS_LABEL_PT:
            font.setPointSizeF(points)
            metrics = QFontMetricsF(font)
            for lines in candidates:
                if max(metrics.horizontalAdvance(line) for line in lines) <= room:
                    return lines, points
    return [QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, room)], points


def _tick_metrics(axis: pg.AxisItem) -> QFontMetricsF:
    font = axis.style["tickFont"]
    return QFontMetricsF(font if font is not None else QFont())


class DateAxis(pg.AxisItem):
    """A bottom axis of days as people write them: "3 Dec", "Jan 2026", "2027".

    One level of ticks (no month jammed against a day), the finest step whose
    labels all fit inside the axis without touching (`axis_ticks.date_ticks`).
    """

    def __init__(self) -> None:
        super().__init__("bottom")
        self.ticks: list[Tick] = []

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[Any]:
        """The ticks for this span and width (pyqtgraph calls it on every redraw)."""
        metrics = _tick_metrics(self)
        self.ticks = date_ticks(minVal, maxVal, size, lambda t: metrics.boundingRect(t).width())
        return [(DAY_S, [t.x for t in self.ticks])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        """The label of each tick chosen by `tickValues`."""
        texts = {t.x: t.text for t in self.ticks}
        return [texts.get(v, "") for v in values]


def _decimals(step: float) -> int:
    places = 0
    while places < 6 and not math.isclose(round(step * 10**places), step * 10**places):
        places += 1
    return places


class ValueAxis(pg.AxisItem):
    """A left axis with round ticks chosen by its chart (`rounds`), the top one labelled."""

    def __init__(self) -> None:
        super().__init__("left")
        self.rounds: ValueScale | None = None

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[Any]:
        """The chart's ticks, or pyqtgraph's own before the chart has values."""
        if self.rounds is None:
            return list(super().tickValues(minVal, maxVal, size))
        return [(self.rounds.step, [v for v in self.rounds.ticks() if minVal <= v <= maxVal])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        """Values with thousands separators and as many decimals as the step needs."""
        if self.rounds is None:
            return list(super().tickStrings(values, scale, spacing))
        places = _decimals(self.rounds.step)
        return [f"{v:,.{places}f}" for v in values]


class DateChart(pg.PlotWidget):
    """A plot with a date axis, themed axes and a hover tooltip; subclasses say what to show.

    The legend sits in its own row under the date axis, never over the data.
    The date span is the data's, or the time range the view asks for
    (`set_date_span`), and never less than a few days, so one day of data
    shows its date.
    """

    _titles: tuple[str, str] = ("", "")

    def __init__(
        self, title: str, parent: QWidget | None = None, short_title: str | None = None
    ) -> None:
        super().__init__(parent=parent, axisItems={"bottom": DateAxis(), "left": ValueAxis()})
        self.colours: ChartColours = PRINT_COLOURS
        self._titles = (title, short_title or title)
        self._title = title
        self._wanted_span: tuple[float, float] | None = None
        self._dates: list[float] = []
        self._values: tuple[float, float, bool, float | None] | None = None
        self._value_label = ""
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
        self.legend = self._legend_below()
        self.getViewBox().sigResized.connect(self._refit_values)
        self.getViewBox().sigResized.connect(self._fit_value_label)
        self.scene().sigMouseMoved.connect(self._mouse_moved)
        self.setToolTip("")

    def _legend_below(self) -> pg.LegendItem:
        plot = self.getPlotItem()
        legend = pg.LegendItem(offset=None, horSpacing=6)
        legend.setColumnCount(4)
        # Named series join the legend as they are plotted (PlotItem looks for it).
        plot.legend = legend
        legend.setParentItem(plot)
        legend.anchor(itemPos=(0.5, 1), parentPos=(0.5, 1), offset=(0, -1))
        # Samples are not switches: a click must not hide a leg.
        legend.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        # An empty widget holds the row under the axis open for the legend.
        self._legend_room = pg.GraphicsWidget()
        self._legend_room.setFixedHeight(0)
        plot.layout.addItem(self._legend_room, _LEGEND_ROW, 1)
        return legend

    def _show_title(self) -> None:
        # The short title when the long one would be cut off (a narrow chart).
        font = QFont()
        font.setPointSizeF(_TITLE_PT)
        # The title sits over the plot, right of the value axis.
        room = self.width() - self.getAxis("left").width() - 8
        title = self._titles[0]
        if QFontMetricsF(font).horizontalAdvance(title) > room:
            title = self._titles[1]
        self._title = title
        self.setTitle(title, color=self.colours.text, size=f"{_TITLE_PT:g}pt")

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Choose the title that fits the new width."""
        super().resizeEvent(event)
        if self._titles[0]:  # not while pyqtgraph is still building the widget
            self._show_title()

    def set_value_label(self, text: str) -> None:
        """Name the value axis; a long name is set smaller, then on two lines, to fit the plot."""
        self._value_label = text
        self._fit_value_label()

    def _fit_value_label(self) -> None:
        if not self._value_label:
            return
        lines, points = _fitted_label(self._value_label, self.getViewBox().height() or 150.0)
        html = "<br>".join(escape(line) for line in lines)
        axis = self.getAxis("left")
        if axis.labelText != html or axis.labelStyle.get("font-size") != f"{points:g}pt":
            axis.setLabel(html, **{"font-size": f"{points:g}pt"})
            axis.label.setDefaultTextColor(QColor(self.colours.muted))

    def legend_changed(self) -> None:
        """Open (or close) the legend's row for the entries it now has."""
        self.legend.updateSize()
        self._legend_room.setFixedHeight(self.legend.height() + 2 if self.legend.items else 0)

    def set_date_span(self, span: tuple[datetime, datetime] | None) -> None:
        """Show at least these dates (a time range), widened to any data outside them."""
        self._wanted_span = None if span is None else (span[0].timestamp(), span[1].timestamp())
        self.fit_dates(self._dates)

    def fit_dates(self, xs: Sequence[float]) -> None:
        """Span the date axis over `xs` (and the wanted span): a few days at least."""
        self._dates = list(xs)
        span = date_span(self._dates, self._wanted_span)
        if span is not None:
            self.setXRange(*span, padding=0)

    def fit_values(self, low: float, high: float, *, whole: bool = False,
                   floor: float | None = None) -> None:
        """Round ticks from `low` to a labelled top at or above `high` (`axis_ticks`).

        Fitted again whenever the plot's height changes, so the ticks keep their room.
        """
        self._values = (low, high, whole, floor)
        self._refit_values()

    def _refit_values(self) -> None:
        if self._values is None:
            return
        low, high, whole, floor = self._values
        box = self.getViewBox()
        height = box.height() if box.height() > 4 * _LABEL_ROOM_PX else 160.0
        usable = height - 2 * _LABEL_ROOM_PX
        scale = value_scale(low, high, usable, whole=whole, floor=floor)
        axis = self.getAxis("left")
        assert isinstance(axis, ValueAxis)
        axis.rounds = scale
        room = (scale.top - scale.low) * _LABEL_ROOM_PX / usable
        self.setYRange(scale.low - room, scale.top + room, padding=0)

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
        self._show_title()
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
        self.legend_changed()


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
    Two-sided sets, when there are any, are a third, dotted series with
    diamonds. `title` and `side_words` are the chart's words (translated on
    screen, English on paper).
    """

    def __init__(self, title: str = "Each leg over time",
                 side_words: Mapping[Side, str] = ENGLISH_SIDES,
                 parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.side_words = dict(side_words)
        self.measure_label = ""
        self._left: list[tuple[datetime, float]] = []
        self._right: list[tuple[datetime, float]] = []
        self._both: list[tuple[datetime, float]] = []
        self.left_curve = self.plot([], [], name=self.side_words[Side.LEFT], symbol="o",
                                    symbolSize=SYMBOL_SIZE)
        self.right_curve = self.plot([], [], name=self.side_words[Side.RIGHT], symbol="s",
                                     symbolSize=SYMBOL_SIZE)
        # In the legend only while it has points.
        self.both_curve = self.plot([], [], symbol="d", symbolSize=SYMBOL_SIZE + 1)
        for curve in (self.left_curve, self.right_curve, self.both_curve):
            # Years of sessions: draw only what is in view, at most a few points per pixel.
            curve.setClipToView(True)
            curve.setDownsampling(auto=True, method="peak")
        self.apply_colours(PRINT_COLOURS)

    def set_series(
        self, left: Series, right: Series, measure_label: str, both: Series = ()
    ) -> None:
        """Show each leg's values by date; `measure_label` names the y axis ("Volume (kg)").

        `both` are the values of two-sided sets, drawn as a third series.
        """
        self._left = sorted(left)
        self._right = sorted(right)
        self._both = sorted(both)
        self.measure_label = measure_label
        xs: list[float] = []
        ys: list[float] = []
        for curve, points, symbol in ((self.left_curve, self._left, "o"),
                                      (self.right_curve, self._right, "s"),
                                      (self.both_curve, self._both, "d")):
            x, y = xy(points)
            curve.setData(x, y, symbol=symbol if len(points) <= MAX_MARKERS else None)
            xs += x
            ys += y
        named = any(sample.item is self.both_curve for sample, _label in self.legend.items)
        if bool(self._both) != named:
            if self._both:
                self.legend.addItem(self.both_curve, self.side_words[Side.BOTH])
            else:
                self.legend.removeItem(self.both_curve)
            self.apply_colours(self.colours)
        self.set_value_label(measure_label)
        self.fit_dates(xs)
        self.fit_values(min(ys, default=0.0), max(ys, default=1.0))

    def apply_colours(self, colours: ChartColours) -> None:
        """Theme the chart and draw each leg in its side colour."""
        super().apply_colours(colours)
        for curve, side, style in ((self.left_curve, Side.LEFT, Qt.PenStyle.SolidLine),
                                   (self.right_curve, Side.RIGHT, Qt.PenStyle.DashLine),
                                   (self.both_curve, Side.BOTH, Qt.PenStyle.DotLine)):
            colour = colours.side(side)
            curve.setPen(pg.mkPen(colour, width=2.5, style=style))
            curve.setSymbolBrush(pg.mkBrush(colour))
            curve.setSymbolPen(pg.mkPen(colours.surface, width=1))
            curve.scatter.setBrush(pg.mkBrush(colour))

    def hover_text(self, x: float) -> str | None:
        """Date, measure and each leg's exact value at the nearest session."""
        moment = nearest([*self._left, *self._right, *self._both], x, self._reach())
        if moment is None:
            return None
        lines = [f"{moment_day_text(moment)} · {self.measure_label}"]
        for side, points in ((Side.LEFT, self._left), (Side.RIGHT, self._right),
                             (Side.BOTH, self._both)):
            values = [v for m, v in points if m == moment]
            if values:
                lines.append(f"{self.side_words[side]}: {number_text(values[0])}")
        return "\n".join(lines)




def leg_chart(series: Sequence[ChartSeries], label: str) -> PerLegChart:
    """The per-leg chart of `series` (one point per day, at noon), laid out at
    `CHART_SIZE_PX` as printed, in black and white; never shown on screen."""
    def points(side: Side) -> list[tuple[datetime, float]]:
        return [
            (datetime.combine(date.fromordinal(day), time(12)).astimezone(), value)
            for one in series if one.side is side
            for day, value in zip(one.days, one.values, strict=True)
        ]

    chart = PerLegChart()
    chart.resize(*CHART_SIZE_PX)
    chart.getPlotItem().setGeometry(0, 0, *CHART_SIZE_PX)
    chart.set_series(points(Side.LEFT), points(Side.RIGHT), label, both=points(Side.BOTH))
    # Never shown, so it is drawn once here: the axes measure their labels as they
    # paint and widen to fit them, and the layout then makes room.
    scratch = QImage(*CHART_SIZE_PX, QImage.Format.Format_ARGB32)
    painter = QPainter(scratch)
    chart.scene().render(painter)
    painter.end()
    chart.getPlotItem().layout.activate()
    return chart


def leg_chart_image(series: Sequence[ChartSeries], label: str) -> QImage:
    """The per-leg chart of `series` as a crisp black-and-white image for a sheet."""
    chart = leg_chart(series, label)
    exporter = ImageExporter(chart.getPlotItem())
    exporter.parameters()["width"] = CHART_SIZE_PX[0]
    image = exporter.export(toBytes=True)
    chart.deleteLater()
    return image if isinstance(image, QImage) else QImage()
