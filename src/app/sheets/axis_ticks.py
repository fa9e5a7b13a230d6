"""Where a chart's axes put their ticks and what the labels say; plain Python, no Qt.

Dates read as people write them ("3 Dec", "Jan 2026", "2027"), with the year
on the first label and wherever it changes; the ticks are days, Mondays,
months or years, the finest step whose labels all fit side by side without
touching. Values get round steps (1, 2, 5 × 10ⁿ) and an axis whose top is a
labelled tick at or above the largest value, so the top of the data is never
left unlabelled.

Days are the machine's local days, like every date the app shows
(`app.dates`); positions are seconds since the epoch, as on the charts.
"""

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

DAY_S = 86_400.0
LABEL_GAP_PX = 14.0
"""The least room between two neighbouring date labels."""
MIN_DATE_SPAN_S = 3 * DAY_S
"""A date axis never spans less than this: one day of data shows its day and its neighbours."""
VALUE_TICK_GAP_PX = 30.0
"""The least room between two value ticks (a label is about 15 px tall)."""


@dataclass(frozen=True)
class Tick:
    """One labelled tick: where it sits (seconds since the epoch, or a value) and its text."""

    x: float
    text: str


@dataclass(frozen=True)
class _Step:
    unit: str  # "day", "week", "month" or "year"
    count: int
    seconds: float  # about how far apart the ticks are


_STEPS = (
    _Step("day", 1, DAY_S), _Step("day", 2, 2 * DAY_S),
    _Step("week", 1, 7 * DAY_S), _Step("week", 2, 14 * DAY_S),
    _Step("month", 1, 30.4 * DAY_S), _Step("month", 2, 61 * DAY_S),
    _Step("month", 3, 91 * DAY_S), _Step("month", 6, 182 * DAY_S),
    *(_Step("year", n, n * 365.25 * DAY_S) for n in (1, 2, 5, 10, 20, 50, 100)),
)
# No label is narrower than this ("2 Jan" or "2026"), so a step that would put ticks
# closer is not worth trying.
_NARROWEST_LABEL_PX = 24.0


def _local_day(x: float) -> date:
    return datetime.fromtimestamp(x).date()


def _at(day: date, hour: int) -> float:
    return datetime.combine(day, time(hour)).timestamp()


def _moments(step: _Step, low: float, high: float) -> Iterator[date]:
    """The tick days of `step` from `low` to `high` (a day either side to be sure)."""
    first, last = _local_day(low) - timedelta(days=1), _local_day(high) + timedelta(days=1)
    if step.unit in ("day", "week"):
        weeks = step.unit == "week"
        day = first
        while day <= last:
            number = day.toordinal() // 7 if weeks else day.toordinal()
            if (not weeks or day.weekday() == 0) and number % step.count == 0:
                yield day
            day += timedelta(days=1)
        return
    if step.unit == "month":
        index = first.year * 12 + first.month - 1
        while index <= last.year * 12 + last.month - 1:
            if index % 12 % step.count == 0:
                yield date(index // 12, index % 12 + 1, 1)
            index += 1
        return
    for year in range(first.year, last.year + 1):
        if year % step.count == 0:
            yield date(year, 1, 1)


def _where(step: _Step, day: date) -> float:
    # A day's tick sits at its noon, over the sessions of that day; months and years
    # start at midnight of their first day.
    return _at(day, 12 if step.unit in ("day", "week") else 0)


def _labels(step: _Step, days: list[date]) -> list[str]:
    texts = []
    for i, day in enumerate(days):
        new_year = i == 0 or days[i - 1].year != day.year
        if step.unit == "year":
            texts.append(str(day.year))
        elif step.unit == "month":
            texts.append(f"{day:%b} {day.year}" if new_year else f"{day:%b}")
        else:
            texts.append(f"{day.day} {day:%b} {day.year}" if new_year else f"{day.day} {day:%b}")
    return texts


def _fitted(
    step: _Step, low: float, high: float, width_px: float, text_width: Callable[[str], float]
) -> list[Tick] | None:
    """The step's ticks whose labels lie inside the axis; None if two labels would touch."""
    scale = width_px / (high - low)
    days = [d for d in _moments(step, low, high) if low <= _where(step, d) <= high]
    while True:
        texts = _labels(step, days)
        widths = [text_width(t) for t in texts]
        centres = [(_where(step, d) - low) * scale for d in days]
        inside = [c - w / 2 >= 0 and c + w / 2 <= width_px
                  for c, w in zip(centres, widths, strict=True)]
        if all(inside):
            break
        # A label cut by the axis' end is left out; the next one may then carry the year.
        days = [d for d, keep in zip(days, inside, strict=True) if keep]
    for i in range(1, len(days)):
        if centres[i] - centres[i - 1] < (widths[i] + widths[i - 1]) / 2 + LABEL_GAP_PX:
            return None
    return [Tick(_where(step, d), t) for d, t in zip(days, texts, strict=True)]


def date_ticks(
    low: float, high: float, width_px: float, text_width: Callable[[str], float]
) -> list[Tick]:
    """Labelled date ticks for an axis from `low` to `high` (seconds) drawn `width_px` wide.

    `text_width` measures a label in pixels. The finest step with at least one
    tick whose labels keep `LABEL_GAP_PX` apart and stay inside the axis wins;
    if none has room (a very narrow axis), a single label in the middle.
    """
    if high <= low or width_px <= 0:
        return []
    for step in _STEPS:
        if (high - low) / step.seconds * _NARROWEST_LABEL_PX > width_px:
            continue
        ticks = _fitted(step, low, high, width_px, text_width)
        if ticks:
            return ticks
    # Too narrow for any step: the middle day of the finest step with one in range.
    for step in _STEPS:
        days = [d for d in _moments(step, low, high) if low <= _where(step, d) <= high]
        if days:
            middle = days[len(days) // 2]
            return [Tick(_where(step, middle), _labels(step, [middle])[0])]
    return []


def date_span(
    xs: list[float], wanted: tuple[float, float] | None = None
) -> tuple[float, float] | None:
    """The dates an axis shows: `wanted` (a time range) widened to the data, at least
    `MIN_DATE_SPAN_S` wide, with a little room either side; None without dates."""
    ends = [*xs, *(wanted or ())]
    if not ends:
        return None
    low, high = min(ends), max(ends)
    if high - low < MIN_DATE_SPAN_S:
        middle = (low + high) / 2
        return middle - MIN_DATE_SPAN_S / 2, middle + MIN_DATE_SPAN_S / 2
    room = (high - low) * 0.03
    return low - room, high + room


@dataclass(frozen=True)
class ValueScale:
    """A value axis: its ticks from `low` to `top` every `step`; `top` is a tick."""

    low: float
    top: float
    step: float

    def ticks(self) -> list[float]:
        """Every tick value from low to top."""
        count = round((self.top - self.low) / self.step)
        return [self.low + i * self.step for i in range(count + 1)]


def _round_steps(least: float, whole: bool) -> Iterator[float]:
    power = 10.0 ** math.floor(math.log10(least)) if least > 0 else 1.0
    while True:
        for factor in (1.0, 2.0, 2.5, 5.0):
            step = factor * power
            if (not whole or step.is_integer()) and step >= least:
                yield step
        power *= 10


def value_scale(
    low: float, high: float, height_px: float, *, whole: bool = False, floor: float | None = None
) -> ValueScale:
    """Round ticks covering `low`…`high` at least `VALUE_TICK_GAP_PX` apart on `height_px`.

    The top tick is at or above `high`, so the largest value is always below a
    label. `whole` keeps steps to whole numbers (counts); `floor` starts the
    axis there (0 for bars) instead of at the tick below `low`.
    """
    if floor is not None:
        low = min(low, floor)
    if high <= low:
        high = low + 1
    most_ticks = max(2, int(height_px // VALUE_TICK_GAP_PX))
    for step in _round_steps((high - low) / most_ticks, whole):
        bottom = floor if floor is not None and floor <= low else math.floor(low / step) * step
        top = math.ceil(high / step - 1e-9) * step
        if (top - bottom) / step <= most_ticks:
            return ValueScale(bottom, top, step)
    raise AssertionError("a round step always fits")  # pragma: no cover
