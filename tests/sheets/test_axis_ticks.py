"""Where the charts' axes put their ticks: dates as people write them, never touching;
round values with a labelled top."""

import re
from datetime import date, datetime, time, timedelta

import pytest

from app.sheets.axis_ticks import (
    LABEL_GAP_PX,
    MIN_DATE_SPAN_S,
    date_span,
    date_ticks,
    value_scale,
)

DAY = re.compile(r"^([1-9]|[12]\d|3[01]) [A-Z][a-z]{2}( \d{4})?$")  # "3 Dec", "3 Dec 2025"
MONTH = re.compile(r"^[A-Z][a-z]{2}( \d{4})?$")  # "Dec", "Jan 2026"
YEAR = re.compile(r"^\d{4}$")
END = datetime(2025, 12, 3, 17, 28)  # local time, like the sessions the axis shows


def _width(text: str) -> float:
    """A generous stand-in for a 9.5 pt font: 7 px a character."""
    return 7.0 * len(text)


def _ticks(days: float, width: float, end: datetime = END):
    span = date_span([(end - timedelta(days=days)).timestamp(), end.timestamp()])
    assert span is not None
    return span, date_ticks(*span, width, _width)


@pytest.mark.parametrize("days", [0, 1, 6, 13, 30, 84, 200, 365, 800, 3650, 7300])
@pytest.mark.parametrize("width", [150, 300, 420, 600, 976, 1232, 1680, 2400, 3792])
def test_labels_never_touch_and_stay_on_the_axis(days, width):
    (low, high), ticks = _ticks(days, width)
    assert ticks, "there is always at least one date on the axis"
    centres = [(t.x - low) / (high - low) * width for t in ticks]
    for centre, tick in zip(centres, ticks, strict=True):
        assert centre - _width(tick.text) / 2 >= 0 and centre + _width(tick.text) / 2 <= width
    for i in range(1, len(ticks)):
        room = centres[i] - centres[i - 1] - (_width(ticks[i].text) + _width(ticks[i - 1].text)) / 2
        assert room >= LABEL_GAP_PX, (ticks[i - 1].text, ticks[i].text)


@pytest.mark.parametrize("days", [0, 6, 30, 84, 365, 3650])
@pytest.mark.parametrize("width", [420, 1232, 3792])
def test_labels_read_as_dates_with_the_year_first_and_where_it_changes(days, width):
    _, ticks = _ticks(days, width)
    texts = [t.text for t in ticks]
    kind = DAY if DAY.match(texts[0]) else MONTH if MONTH.match(texts[0]) else YEAR
    assert all(kind.match(text) for text in texts), texts  # one kind of label per axis
    years = [datetime.fromtimestamp(t.x).year for t in ticks]
    for i, text in enumerate(texts):
        if kind is YEAR:
            continue
        # "Dec03" and "29Oct 04" were a month jammed against a day on two tick levels.
        shows_year = text.endswith(f" {years[i]}")
        assert shows_year == (i == 0 or years[i] != years[i - 1]), texts


def test_a_single_day_of_data_shows_that_date():
    # The first summary sheet: one session at 17:28 used to read "59.750 · 12:00:00 · 00.250".
    (low, high), ticks = _ticks(0, 420)
    assert high - low == pytest.approx(MIN_DATE_SPAN_S)
    texts = [t.text for t in ticks]
    assert "3 Dec" in texts or "3 Dec 2025" in texts, texts
    session_day = next(t for t in ticks if t.text.startswith("3 Dec"))
    assert session_day.x == datetime.combine(date(2025, 12, 3), time(12)).timestamp()


def test_days_weeks_months_and_years_as_the_span_grows():
    assert _ticks(6, 1232)[1][1].text == "29 Nov"  # every day
    weekly = [t.text for t in _ticks(84, 1232)[1]]
    assert weekly[:3] == ["15 Sep 2025", "22 Sep", "29 Sep"]  # Mondays
    assert all(datetime.fromtimestamp(t.x).weekday() == 0 for t in _ticks(84, 1232)[1])
    assert [t.text for t in _ticks(365, 600)[1]][:2] == ["Jan 2025", "Mar"]
    assert [t.text for t in _ticks(3650, 420)[1]] == ["2016", "2018", "2020", "2022", "2024"]


def test_a_year_boundary_names_the_new_year():
    texts = [t.text for t in _ticks(30, 1232, end=datetime(2026, 1, 10, 9))[1]]
    first_of_2026 = next(i for i, t in enumerate(texts) if "Jan" in t)
    assert texts[0].endswith(" 2025") and texts[first_of_2026].endswith(" Jan 2026"), texts
    assert not any(t.endswith("2026") for t in texts[first_of_2026 + 1:]), texts


def test_a_time_range_wider_than_the_data_is_kept():
    wanted = (datetime(2025, 9, 1).timestamp(), END.timestamp())
    low, high = date_span([END.timestamp()], wanted)
    assert low <= wanted[0] and high >= wanted[1]
    assert date_span([], None) is None


@pytest.mark.parametrize(("low", "high", "height"), [
    (13, 137, 200), (0, 1, 150), (19, 37, 90), (80, 100, 170), (1210.5, 1873.2, 300),
    (0.2, 0.9, 200), (5, 5, 200), (0, 12_500, 600),
])
def test_the_top_of_the_values_is_always_a_labelled_tick(low, high, height):
    scale = value_scale(low, high, height)
    ticks = scale.ticks()
    assert ticks[0] <= low and ticks[-1] >= high  # the top of the data is under a label
    assert ticks[-1] == scale.top
    assert len(ticks) - 1 <= height // 30  # at least 30 px apart
    mantissa = scale.step / 10 ** int(f"{scale.step:e}".split("e")[1])
    assert round(mantissa, 6) in (1.0, 2.0, 2.5, 5.0)


def test_counts_get_whole_steps_from_zero():
    scale = value_scale(0, 7, 200, whole=True, floor=0)
    assert scale.low == 0 and scale.top >= 7
    assert all(v == int(v) for v in scale.ticks())
