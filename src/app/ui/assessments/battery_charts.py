"""The symmetry of one test over time, with the test's own line if it has one.

Built on the sheets' `DateChart` like the Progress view's charts. Unlike the
training symmetry chart, the line is the test's (the hop battery's 90 %) and
most tests have none, so the chart draws a line only when there is one; an
involved leg that outdoes the other reads above 100 %, so the scale follows
the points.
"""

from collections.abc import Sequence
from datetime import datetime

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from app.dates import moment_day_text
from app.sheets.charts import SYMBOL_SIZE, ChartColours, DateChart, Series, nearest, xy
from app.ui.shell.theme import LIGHT

_DAY_S = 86_400.0


class TestSymmetryChart(DateChart):
    """Limb symmetry (%) at each assessment of one test, and the test's line if any."""

    __test__ = False  # a chart, not a pytest class, whatever its name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate(
            "TestSymmetryChart", "Symmetry (weaker leg as % of the stronger)"), parent)
        self.legend.hide()
        self._points: list[tuple[datetime, float]] = []
        self.line: float | None = None
        self.curve = self.plot([], [], symbol="o", symbolSize=SYMBOL_SIZE + 2)
        self.line_curve = self.plot([], [])
        self.line_label = pg.TextItem("", anchor=(1, 0))
        self.addItem(self.line_label)
        self.setLabel("left", QCoreApplication.translate("TestSymmetryChart", "Symmetry (%)"))
        self.apply_colours(LIGHT)

    def set_points(self, points: Series, line: float | None) -> None:
        """Show one index (in %) per assessment and the test's line (None: no line)."""
        self._points = sorted(points)
        self.line = line
        xs, ys = xy(self._points)
        self._draw_points()
        ends = [min(xs) - 3 * _DAY_S, max(xs) + 3 * _DAY_S] if xs else []
        shown = line is not None and bool(ends)
        self.line_curve.setData(ends if shown else [], [line] * len(ends) if shown else [])
        self.line_label.setVisible(shown)
        if shown and line is not None:
            self.line_label.setText(QCoreApplication.translate(
                "TestSymmetryChart", "{line} % line").format(line=f"{line:g}"))
            self.line_label.setPos(ends[-1], line)
        values = [*ys, *([line] if line is not None else [])]
        low = min(values, default=0.0)
        high = max(values, default=100.0)
        self.setYRange(max(0.0, low - 8), max(105.0, high + 5), padding=0)
        if xs:
            self.setXRange(ends[0], ends[1], padding=0)

    def _draw_points(self) -> None:
        c = self.colours
        xs, ys = xy(self._points)
        brushes = [pg.mkBrush(c.warning if self.line is not None and v < self.line else c.accent)
                   for v in ys]
        self.curve.setData(xs, ys, symbol="o", symbolBrush=brushes)

    def apply_colours(self, colours: ChartColours) -> None:
        """Theme the chart: accent line and points, those under the line in the warning colour."""
        super().apply_colours(colours)
        self.curve.setPen(pg.mkPen(colours.accent, width=2.5))
        self.curve.setSymbolPen(pg.mkPen(colours.surface, width=1))
        self.line_curve.setPen(pg.mkPen(colours.warning, width=1.5, style=Qt.PenStyle.DashLine))
        self.line_label.setColor(colours.warning)
        self._draw_points()

    def hover_text(self, x: float) -> str | None:
        """Date and index of the nearest assessment."""
        moment = nearest(self._points, x, self._reach())
        if moment is None:
            return None
        value = next(v for m, v in self._points if m == moment)
        return moment_day_text(moment) + "\n" + QCoreApplication.translate(
            "TestSymmetryChart", "Symmetry: {value} %").format(value=f"{value:.1f}")


def point_series(points: Sequence[tuple[datetime, float | None]]) -> list[tuple[datetime, float]]:
    """The points that have a value, for a chart."""
    return [(moment, value) for moment, value in points if value is not None]
