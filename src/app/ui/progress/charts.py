"""The Progress view's symmetry and weekly charts, built on the sheets' date chart.

The per-leg chart (`app.sheets.charts.PerLegChart`) is shared with printed
summaries; these two are only ever on screen.
"""

from collections.abc import Sequence
from datetime import date, datetime, time

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QWidget

from app.dates import day_text, moment_day_text
from app.domain.adherence import TARGET_MAX, TARGET_MIN, WeekCount, WeekStatus
from app.domain.metrics import LSI_THRESHOLD
from app.sheets.charts import (
    MAX_MARKERS,
    SYMBOL_SIZE,
    Band,
    ChartColours,
    DateChart,
    Series,
    nearest,
    rgba,
    xy,
)
from app.ui.shell.theme import LIGHT

_DAY_S = 86_400.0
# Bars are a little narrower than a week so neighbouring weeks stay apart.
_BAR_WIDTH_S = 5 * _DAY_S


def line_name(line: float) -> str:
    """The words naming the symmetry line: what the 90 % line is, or the athlete's own."""
    if line == LSI_THRESHOLD:
        return QCoreApplication.translate(
            "LsiChart", "{percent} %: return to sport after knee injury").format(
                percent=f"{line:.0f}")
    return QCoreApplication.translate("LsiChart", "{percent} %: your line").format(
        percent=f"{line:.0f}")


class LsiChart(DateChart):
    """Limb symmetry (%) per session, with the symmetry line and the zone below it shaded.

    The line is 90 %, the return-to-sport benchmark used after knee injury,
    unless the athlete or coach set their own (`set_line`). The legend under
    the chart names it; the points are the title's.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate(
            "LsiChart", "Limb symmetry (weaker leg as % of the stronger)"), parent,
            short_title=QCoreApplication.translate("LsiChart", "Limb symmetry"))
        self._points: list[tuple[datetime, float]] = []
        self.line = LSI_THRESHOLD
        self.below_zone = Band(self, 0.0, self.line)
        self.curve = self.plot([], [], symbol="o", symbolSize=SYMBOL_SIZE)
        # Named in the legend, under the chart: what 90 % is, or that the line is the
        # athlete's own. On the chart itself the name would sit on the points that matter.
        self.target_line = self.plot([], [], name=line_name(self.line))
        self.set_value_label(self.tr("Symmetry (%)"))
        self.apply_colours(LIGHT)

    def line_label(self) -> str:
        """The words naming the line in the legend."""
        return next(label.text for sample, label in self.legend.items
                    if sample.item is self.target_line)

    def set_line(self, line: float) -> None:
        """Flag sessions below `line` % and name the line in the legend."""
        if line == self.line:
            return
        self.line = line
        self.below_zone.high = line
        for sample, label in self.legend.items:
            if sample.item is self.target_line:
                label.setText(line_name(line))
        self.legend_changed()
        self.set_points(self._points)

    def set_points(self, points: Series) -> None:
        """Show one LSI value (in %) per date; the y axis runs to 100 and includes the line."""
        self._points = sorted(points)
        xs, ys = xy(self._points)
        self._draw_points()
        ends = self.below_zone.span(xs, _DAY_S)
        self.target_line.setData(ends, [self.line] * len(ends))
        low = min([*ys, self.line])
        self.fit_dates(xs)
        # No symmetry is above 100 %, so the axis ends there with a label.
        self.fit_values(max(0.0, low - 5), 100.0)

    def _point_brushes(self) -> list[QBrush]:
        c = self.colours
        return [pg.mkBrush(c.warning if v < self.line else c.accent) for _, v in self._points]

    def _draw_points(self) -> None:
        xs, ys = xy(self._points)
        markers = len(xs) <= MAX_MARKERS
        # A line alone is clipped to the view and thinned to the pixels it covers; markers
        # carry one brush per point, which thinning would shift onto other points.
        self.curve.setClipToView(not markers)
        self.curve.setDownsampling(auto=not markers, method="peak")
        if markers:
            self.curve.setData(xs, ys, symbol="o", symbolBrush=self._point_brushes())
        else:
            self.curve.setData(xs, ys, symbol=None)

    def apply_colours(self, colours: ChartColours) -> None:
        """Theme the chart: accent line, points below the line in the warning colour."""
        super().apply_colours(colours)
        self.curve.setPen(pg.mkPen(colours.accent, width=2.5))
        self.curve.setSymbolPen(pg.mkPen(colours.surface, width=1))
        self.curve.scatter.setBrush(pg.mkBrush(colours.accent))
        self._draw_points()
        self.below_zone.fill.setBrush(rgba(colours.warning, 40 if colours.dark else 28))
        self.target_line.setPen(pg.mkPen(colours.warning, width=1.5, style=Qt.PenStyle.DashLine))

    def hover_text(self, x: float) -> str | None:
        """Date and exact LSI of the nearest session."""
        moment = nearest(self._points, x, self._reach())
        if moment is None:
            return None
        value = next(v for m, v in self._points if m == moment)
        text = (self.tr("Symmetry: {value} % (below the {target} % line)")
                if value < self.line
                else self.tr("Symmetry: {value} % (at or above the {target} % line)"))
        return moment_day_text(moment) + "\n" + text.format(
            value=f"{value:.1f}", target=f"{self.line:.0f}")


def week_x(week_start: date) -> float:
    """Where a week's bar sits on the date axis: the middle of its Monday-to-Sunday span."""
    return datetime.combine(week_start, time(12)).astimezone().timestamp() + 3 * _DAY_S


class WeeklyChart(DateChart):
    """Sessions per week as bars, with the 2–3 sessions target band shaded."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate(
            "WeeklyChart", "Sessions per week (target {low}–{high})").format(
                low=TARGET_MIN, high=TARGET_MAX), parent)
        self._weeks: list[WeekCount] = []
        self._week_xs: list[float] = []
        self.target_band = Band(self, TARGET_MIN, TARGET_MAX)
        self.bars = pg.BarGraphItem(x=[], height=[], width=_BAR_WIDTH_S)
        self.addItem(self.bars)
        # Empty square markers only to explain the bar colours in the legend.
        self.status_keys = {
            status: self.plot([], [], pen=None, symbol="s", symbolSize=11, name=text)
            for status, text in ((WeekStatus.ON_TARGET, self.tr("On target")),
                                 (WeekStatus.BELOW, self.tr("Below")),
                                 (WeekStatus.ABOVE, self.tr("Above")))
        }
        self.set_value_label(self.tr("Sessions"))
        self.apply_colours(LIGHT)

    def set_weeks(self, weeks: Sequence[WeekCount]) -> None:
        """Show one bar per week; the bar's colour says below, on or above target."""
        self._weeks = list(weeks)
        # Placed once per redraw: years of history are hundreds of weeks.
        self._week_xs = [week_x(w.week_start) for w in self._weeks]
        self._draw_bars()
        ends = self.target_band.span(self._week_xs, 3.5 * _DAY_S)
        self.fit_dates(ends)
        top = max([w.sessions for w in self._weeks] + [TARGET_MAX + 1])
        self.fit_values(0, top, whole=True, floor=0)

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

    def apply_colours(self, colours: ChartColours) -> None:
        """Theme the chart: bars by status, the target band in a faint accent."""
        super().apply_colours(colours)
        self.target_band.fill.setBrush(rgba(colours.accent, 45 if colours.dark else 35))
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
        week = self.tr("Week of {day}").format(day=day_text(start))
        return f"{week}\n{count}, {status}"
