"""Reusable pyqtgraph charts: each leg over time, limb symmetry, sessions per week.

The Progress view shows them on screen; printed summaries render the same
widgets to images (pyqtgraph.exporters.ImageExporter), so their public methods
(`set_series`, `set_points`, `set_weeks`, `apply_colours`) are a stable API.
Every plot item is created once and later updated with `setData`, which keeps
redrawing cheap when the user switches exercise, measure or time range.
"""

from collections.abc import Sequence
from datetime import date, datetime, time

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QCursor, QFont
from PySide6.QtWidgets import QGraphicsItem, QToolTip, QWidget

from app.domain.adherence import TARGET_MAX, TARGET_MIN, WeekCount, WeekStatus
from app.domain.metrics import LSI_THRESHOLD
from app.domain.sides import Side
from app.ui.theme import LIGHT, Colours, side_word

Series = Sequence[tuple[datetime, float]]

# A hover picks the nearest point if it lies within this share of the visible date span.
_HOVER_REACH = 0.03
_DAY_S = 86_400.0
# Bars are a little narrower than a week so neighbouring weeks stay apart.
_BAR_WIDTH_S = 5 * _DAY_S
_SYMBOL_SIZE = 8
# Beyond this many points markers merge into a smear and cost most of the redraw time,
# so long series are drawn as lines only (the dash still tells the legs apart).
MAX_MARKERS = 150


def date_label(moment: datetime) -> str:
    """A date as tooltips show it, in local time: "Tue 4 Mar 2025"."""
    local = moment.astimezone()
    return f"{local:%a} {local.day} {local:%b %Y}"


def _number(value: float) -> str:
    # Whole numbers read cleaner without ".0"; others keep one decimal.
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def _rgba(colour: str, alpha: int) -> QColor:
    result = QColor(colour)
    result.setAlpha(alpha)
    return result


class _DateChart(pg.PlotWidget):
    """A plot with a date axis, themed axes and a hover tooltip; subclasses say what to show."""

    def __init__(
        self, title: str, parent: QWidget | None = None,
        legend_offset: tuple[int, int] = (10, 5),
    ) -> None:
        super().__init__(parent=parent, axisItems={"bottom": pg.DateAxisItem()})
        self.colours = LIGHT
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

    def apply_colours(self, colours: Colours) -> None:
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
        self.legend.setBrush(_rgba(colours.surface, 220))
        self.legend.setPen(pg.mkPen(colours.border))


def _nearest(points: Series, x: float, reach: float) -> datetime | None:
    best: datetime | None = None
    best_gap = reach
    for moment, _value in points:
        gap = abs(moment.timestamp() - x)
        if gap <= best_gap:
            best, best_gap = moment, gap
    return best


def _xy(points: Series) -> tuple[list[float], list[float]]:
    return [m.timestamp() for m, _ in points], [float(v) for _, v in points]


class _Band:
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


class PerLegChart(_DateChart):
    """The left and right leg as two series over time, for one measure.

    The legs differ in colour (the app's side colours), symbol (circle / square)
    and line (solid / dashed), so they stay apart in greyscale print too.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("PerLegChart", "Each leg over time"), parent)
        self.measure_label = ""
        self._left: list[tuple[datetime, float]] = []
        self._right: list[tuple[datetime, float]] = []
        self.left_curve = self.plot([], [], name=side_word(Side.LEFT), symbol="o",
                                    symbolSize=_SYMBOL_SIZE)
        self.right_curve = self.plot([], [], name=side_word(Side.RIGHT), symbol="s",
                                     symbolSize=_SYMBOL_SIZE)
        self.apply_colours(LIGHT)

    def set_series(self, left: Series, right: Series, measure_label: str) -> None:
        """Show each leg's values by date; `measure_label` names the y axis ("Volume (kg)")."""
        self._left = sorted(left)
        self._right = sorted(right)
        self.measure_label = measure_label
        for curve, points, symbol in ((self.left_curve, self._left, "o"),
                                      (self.right_curve, self._right, "s")):
            curve.setData(*_xy(points), symbol=symbol if len(points) <= MAX_MARKERS else None)
        self.setLabel("left", measure_label)
        self.enableAutoRange()

    def apply_colours(self, colours: Colours) -> None:
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
        moment = _nearest([*self._left, *self._right], x, self._reach())
        if moment is None:
            return None
        lines = [f"{date_label(moment)} · {self.measure_label}"]
        for side, points in ((Side.LEFT, self._left), (Side.RIGHT, self._right)):
            values = [v for m, v in points if m == moment]
            if values:
                lines.append(f"{side_word(side)}: {_number(values[0])}")
        return "\n".join(lines)


def line_name(line: float) -> str:
    """The legend's words for the symmetry line: what the 90 % line is, or the athlete's own."""
    if line == LSI_THRESHOLD:
        return QCoreApplication.translate(
            "LsiChart", "{percent} %: return to sport after knee injury").format(
                percent=f"{line:.0f}")
    return QCoreApplication.translate("LsiChart", "{percent} %: your line").format(
        percent=f"{line:.0f}")


class LsiChart(_DateChart):
    """Limb symmetry (%) per session, with the symmetry line and the zone below it shaded.

    The line is 90 %, the return-to-sport benchmark used after knee injury,
    unless the athlete or coach set their own (`set_line`).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate(
            "LsiChart", "Limb symmetry (weaker leg as % of the stronger)"), parent)
        # One series, named by the title; the line is named where it is drawn. A legend
        # would only cover points.
        self.legend.hide()
        self._points: list[tuple[datetime, float]] = []
        self.line = LSI_THRESHOLD
        self.below_zone = _Band(self, 0.0, self.line)
        self.curve = self.plot([], [], symbol="o", symbolSize=_SYMBOL_SIZE)
        self.target_line = self.plot([], [])
        # The line is named on the chart itself, under its right end, where symmetry that
        # has climbed leaves room: what 90 % is, or that the line is the athlete's own.
        self.line_label = pg.TextItem(line_name(self.line), anchor=(1, 0))
        self.addItem(self.line_label)
        self.setLabel("left", self.tr("Symmetry (%)"))
        self.apply_colours(LIGHT)

    def set_line(self, line: float) -> None:
        """Flag sessions below `line` % and name the line in the legend."""
        if line == self.line:
            return
        self.line = line
        self.below_zone.high = line
        self.line_label.setText(line_name(line))
        self.set_points(self._points)

    def set_points(self, points: Series) -> None:
        """Show one LSI value (in %) per date; the y range always includes the line."""
        self._points = sorted(points)
        xs, ys = _xy(self._points)
        self._draw_points()
        ends = self.below_zone.span(xs, _DAY_S)
        self.target_line.setData(ends, [self.line] * len(ends))
        self.line_label.setVisible(bool(ends))
        if ends:
            self.line_label.setPos(ends[-1], self.line)
        low = min([*ys, self.line])
        self.setYRange(max(0.0, low - 5), 105, padding=0)
        self.enableAutoRange(axis="x")

    def _point_brushes(self) -> list[QBrush]:
        c = self.colours
        return [pg.mkBrush(c.warning if v < self.line else c.accent) for _, v in self._points]

    def _draw_points(self) -> None:
        xs, ys = _xy(self._points)
        if len(xs) <= MAX_MARKERS:
            self.curve.setData(xs, ys, symbol="o", symbolBrush=self._point_brushes())
        else:
            self.curve.setData(xs, ys, symbol=None)

    def apply_colours(self, colours: Colours) -> None:
        """Theme the chart: accent line, points below the line in the warning colour."""
        super().apply_colours(colours)
        self.curve.setPen(pg.mkPen(colours.accent, width=2.5))
        self.curve.setSymbolPen(pg.mkPen(colours.surface, width=1))
        self.curve.scatter.setBrush(pg.mkBrush(colours.accent))
        self._draw_points()
        self.below_zone.fill.setBrush(_rgba(colours.warning, 40 if colours.dark else 28))
        self.target_line.setPen(pg.mkPen(colours.warning, width=1.5, style=Qt.PenStyle.DashLine))
        self.line_label.setColor(colours.warning)

    def hover_text(self, x: float) -> str | None:
        """Date and exact LSI of the nearest session."""
        moment = _nearest(self._points, x, self._reach())
        if moment is None:
            return None
        value = next(v for m, v in self._points if m == moment)
        text = (self.tr("Symmetry: {value} % (below the {target} % line)")
                if value < self.line
                else self.tr("Symmetry: {value} % (at or above the {target} % line)"))
        return date_label(moment) + "\n" + text.format(
            value=f"{value:.1f}", target=f"{self.line:.0f}")


def week_x(week_start: date) -> float:
    """Where a week's bar sits on the date axis: the middle of its Monday-to-Sunday span."""
    return datetime.combine(week_start, time(12)).astimezone().timestamp() + 3 * _DAY_S


class WeeklyChart(_DateChart):
    """Sessions per week as bars, with the 2–3 sessions target band shaded."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate(
            "WeeklyChart", "Sessions per week (target {low}–{high})").format(
                low=TARGET_MIN, high=TARGET_MAX), parent)
        self._weeks: list[WeekCount] = []
        self._week_xs: list[float] = []
        self.target_band = _Band(self, TARGET_MIN, TARGET_MAX)
        self.bars = pg.BarGraphItem(x=[], height=[], width=_BAR_WIDTH_S)
        self.addItem(self.bars)
        # Empty square markers only to explain the bar colours in the legend.
        self.status_keys = {
            status: self.plot([], [], pen=None, symbol="s", symbolSize=11, name=text)
            for status, text in ((WeekStatus.ON_TARGET, self.tr("On target")),
                                 (WeekStatus.BELOW, self.tr("Below")),
                                 (WeekStatus.ABOVE, self.tr("Above")))
        }
        self.setLabel("left", self.tr("Sessions"))
        self.apply_colours(LIGHT)

    def set_weeks(self, weeks: Sequence[WeekCount]) -> None:
        """Show one bar per week; the bar's colour says below, on or above target."""
        self._weeks = list(weeks)
        # Placed once per redraw: years of history are hundreds of weeks.
        self._week_xs = [week_x(w.week_start) for w in self._weeks]
        self._draw_bars()
        self.target_band.span(self._week_xs, 3.5 * _DAY_S)
        top = max([w.sessions for w in self._weeks] + [TARGET_MAX + 1])
        # Headroom above the tallest bar keeps the legend clear of the bars.
        self.setYRange(0, top + 1.6, padding=0)
        self.enableAutoRange(axis="x")

    def _fills(self) -> dict[WeekStatus, str]:
        c = self.colours
        return {WeekStatus.BELOW: c.muted, WeekStatus.ON_TARGET: c.accent,
                WeekStatus.ABOVE: c.right}

    def _draw_bars(self) -> None:
        brushes = {status: pg.mkBrush(colour) for status, colour in self._fills().items()}
        self.bars.setOpts(
            x=self._week_xs,
            height=[w.sessions for w in self._weeks],
            width=_BAR_WIDTH_S,
            brushes=[brushes[w.status] for w in self._weeks],
            pen=pg.mkPen(None),
        )

    def apply_colours(self, colours: Colours) -> None:
        """Theme the chart: bars by status, the target band in a faint accent."""
        super().apply_colours(colours)
        self.target_band.fill.setBrush(_rgba(colours.accent, 45 if colours.dark else 35))
        for edge in (self.target_band.bottom, self.target_band.top):
            edge.setPen(pg.mkPen(colours.accent, width=1, style=Qt.PenStyle.DotLine))
        for status, key in self.status_keys.items():
            # An empty item's legend sample reads its scatter's defaults, so set those.
            key.scatter.setBrush(pg.mkBrush(self._fills()[status]))
            key.scatter.setPen(pg.mkPen(None))
        self._draw_bars()

    def hover_text(self, x: float) -> str | None:
        """The week, its session count and whether that is on target."""
        reach = max(self._reach(), 3.5 * _DAY_S)
        best = min(self._weeks, key=lambda w: abs(week_x(w.week_start) - x), default=None)
        if best is None or abs(week_x(best.week_start) - x) > reach:
            return None
        status = {WeekStatus.BELOW: self.tr("below the target"),
                  WeekStatus.ON_TARGET: self.tr("on target"),
                  WeekStatus.ABOVE: self.tr("above the target: leave room to recover"),
                  }[best.status]
        start = best.week_start
        count = (self.tr("1 session") if best.sessions == 1
                 else self.tr("{count} sessions").format(count=best.sessions))
        week = self.tr("Week of {day}").format(day=f"{start:%a} {start.day} {start:%b %Y}")
        return f"{week}\n{count}, {status}"
