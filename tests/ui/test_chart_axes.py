"""The charts as drawn, on screen and on paper: what pyqtgraph would paint on each axis
(its draw specs), where the legend sits, and what a one-day chart's axis says."""

import itertools
import re
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from app.domain.adherence import weekly_sessions
from app.domain.progress import TimeRange
from app.domain.sides import Side
from app.sheets.charts import CHART_SIZE_PX, PerLegChart, leg_chart
from app.sheets.layout import ChartSeries
from app.ui.progress.charts import LsiChart, WeeklyChart
from app.ui.progress.progress_view import ProgressView
from tests.builders import log_session

DATE_LABEL = re.compile(r"^(\d{1,2} [A-Z][a-z]{2}|[A-Z][a-z]{2})( \d{4})?$|^\d{4}$")
WIDTHS = (1024, 1280, 1600, 1920, 2560, 3840)
NOW = datetime(2025, 12, 3, 18, tzinfo=UTC)


def drawn_labels(axis) -> list[tuple[QRectF, str]]:
    """The tick labels pyqtgraph paints on `axis` now, with their rectangles."""
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [] if specs is None else [(rect, text) for rect, _flags, text in specs[2]]


def assert_dates_apart(axis) -> list[str]:
    labels = sorted(drawn_labels(axis), key=lambda item: item[0].left())
    texts = [text for _, text in labels]
    assert texts, "the date axis names at least one day"
    assert all(DATE_LABEL.match(text) for text in texts), texts
    assert re.search(r"\d{4}$", texts[0]), f"the first date carries its year: {texts}"
    for (left, a), (right, b) in itertools.pairwise(labels):
        assert left.right() < right.left(), f"{a!r} and {b!r} collide: {texts}"
    return texts


def scene_rect(item) -> QRectF:
    return item.mapRectToScene(item.boundingRect())


def _sessions(start: datetime, days: int, every: int):
    return [start + timedelta(days=d) for d in range(0, days, every)]


@pytest.fixture
def years_of_history(controller):
    """Three years of squats twice a week, the left leg catching up."""
    athlete = controller.athlete.id
    for n, when in enumerate(_sessions(NOW - timedelta(days=3 * 365), 3 * 365, 4)):
        log_session(controller.db, athlete, when, [
            ("single-leg-squat", Side.LEFT, 6 + n % 5, 10.0),
            ("single-leg-squat", Side.RIGHT, 8 + n % 4, 10.0),
        ] * 2)
    return controller


@pytest.mark.parametrize("time_range", [TimeRange.WEEKS_4, TimeRange.WEEKS_12,
                                        TimeRange.YEAR, TimeRange.ALL])
def test_progress_dates_never_collide_from_1024_to_3840_px(
    qtbot, years_of_history, ui_settings, time_range
):
    view = ProgressView(years_of_history, ui_settings, now=lambda: NOW, tz=UTC)
    qtbot.addWidget(view)
    view.show()
    view.set_time_range(time_range)
    for width in WIDTHS:
        view.resize(width - 192, 720)  # the side bar takes the rest of the window
        qtbot.wait(1)  # let the layout settle
        for chart in (view.per_leg_chart, view.lsi_chart, view.weekly_chart):
            assert_dates_apart(chart.getAxis("bottom"))


def _printed(days: list[date], values: list[float]) -> PerLegChart:
    ordinals = tuple(d.toordinal() for d in days)
    return leg_chart([ChartSeries(Side.LEFT, ordinals, tuple(values)),
                      ChartSeries(Side.RIGHT, ordinals, tuple(v + 1 for v in values))],
                     "volume, load carried (kg × reps)")


def test_the_first_sheet_chart_names_the_day_of_its_one_session(qtbot):
    chart = _printed([date(2025, 12, 3)], [840.0])
    qtbot.addWidget(chart)
    texts = assert_dates_apart(chart.getAxis("bottom"))
    assert any(text.startswith("3 Dec") for text in texts), texts
    assert not any(":" in text or "." in text for text in texts)  # no "12:00:00", "59.750"


@pytest.mark.parametrize("days", [2, 14, 60, 400, 1500])
def test_printed_dates_never_collide(qtbot, days):
    first = date(2025, 12, 3) - timedelta(days=days)
    chart = _printed([first + timedelta(days=d) for d in range(0, days + 1, max(1, days // 12))],
                     [700.0 + d for d in range(0, days + 1, max(1, days // 12))])
    qtbot.addWidget(chart)
    assert_dates_apart(chart.getAxis("bottom"))


def _top_value(axis) -> float:
    return max(float(text.replace(",", "")) for _, text in drawn_labels(axis))


@pytest.mark.parametrize("high", [37.0, 137.0, 840.0, 1873.2, 12.4])
def test_the_leg_chart_labels_the_top_of_its_data(qtbot, high):
    chart = PerLegChart()
    qtbot.addWidget(chart)
    chart.resize(900, 260)
    chart.show()
    days = [NOW - timedelta(days=d) for d in range(20, 0, -2)]
    chart.set_series([(d, high * 0.7) for d in days], [(d, high) for d in days], "Reps")
    qtbot.wait(1)
    assert _top_value(chart.getAxis("left")) >= high
    printed = _printed([d.date() for d in days], [high] * len(days))
    qtbot.addWidget(printed)
    assert _top_value(printed.getAxis("left")) >= high + 1  # RIGHT is one more


def _legend_clear_of_the_plot(chart) -> None:
    legend = scene_rect(chart.legend)
    plot = scene_rect(chart.getViewBox())
    assert chart.legend.items, "the chart has a legend"
    assert not legend.intersects(plot), (legend, plot)
    assert plot.bottom() <= legend.top()  # under the plot, below the date axis


def test_legends_sit_outside_the_plot_on_screen(qtbot):
    start = NOW - timedelta(days=80)
    days = _sessions(start, 80, 3)
    per_leg, lsi, weekly = PerLegChart(), LsiChart(), WeeklyChart()
    for chart in (per_leg, lsi, weekly):
        qtbot.addWidget(chart)
        chart.resize(640, 300)
        chart.show()
    per_leg.set_series([(d, 20.0) for d in days], [(d, 22.0) for d in days], "Reps")
    # The symmetry points that matter are the low ones, in the shaded band: the line's
    # name must not sit on them.
    lsi.set_points([(d, 70.0 + i) for i, d in enumerate(days)])
    weekly.set_weeks(weekly_sessions(days, start.date(), NOW.date(), UTC))
    qtbot.wait(1)
    for chart in (per_leg, lsi, weekly):
        _legend_clear_of_the_plot(chart)
    assert lsi.line_label() == "90 %: return to sport after knee injury"


def test_the_printed_legend_sits_outside_the_plot(qtbot):
    chart = _printed([date(2025, 11, d) for d in range(1, 29, 3)], [800.0] * 10)
    qtbot.addWidget(chart)
    _legend_clear_of_the_plot(chart)
    assert chart.width() == CHART_SIZE_PX[0]
    assert [label.text for _, label in chart.legend.items] == ["LEFT", "RIGHT"]
