"""Weekly adherence: how many sessions fell in each Monday-to-Sunday week, against a 2–3 target."""

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum

from app.domain.errors import ValidationError

TARGET_MIN = 2
TARGET_MAX = 3
"""Sessions per week: two is enough to progress, more than three eats into run recovery."""


class WeekStatus(StrEnum):
    """Where a week's session count sits against the target band."""

    BELOW = "below"
    ON_TARGET = "on_target"
    ABOVE = "above"


@dataclass(frozen=True)
class WeekCount:
    """Sessions done in the week that starts on `week_start` (a Monday)."""

    week_start: date
    sessions: int
    status: WeekStatus


def week_status(sessions: int) -> WeekStatus:
    """Classify a week's session count against TARGET_MIN..TARGET_MAX (inclusive)."""
    if sessions < TARGET_MIN:
        return WeekStatus.BELOW
    if sessions > TARGET_MAX:
        return WeekStatus.ABOVE
    return WeekStatus.ON_TARGET


def monday_of(day: date) -> date:
    """The Monday of the ISO week containing `day`."""
    return day - timedelta(days=day.weekday())


def weekly_sessions(
    session_dates: Iterable[datetime], start: date, end: date, tz: tzinfo
) -> list[WeekCount]:
    """Count sessions per week, oldest week first, for every week from `start` to `end`.

    Each datetime is one session (two sessions on one day count twice). It must
    be time-zone aware; it is placed on the athlete's calendar day in `tz`, so a
    session at 23:30 on Sunday local time belongs to that week even though it is
    Monday in UTC. Sessions whose local day is outside `start`..`end` (inclusive)
    are not counted. Every week from the Monday of `start` to the Monday of
    `end` is listed, weeks with no session included; a first or last week cut
    short by `start`/`end` is still judged against the full-week target.
    Raises ValidationError when `end` is before `start` or a datetime is naive.
    """
    if end < start:
        raise ValidationError(f"The end date {end} is before the start date {start}.")
    per_day: Counter[date] = Counter()
    for moment in session_dates:
        if moment.tzinfo is None or moment.utcoffset() is None:
            raise ValidationError(f"Session time {moment} must carry a time zone.")
        per_day[moment.astimezone(tz).date()] += 1
    return weekly_counts(per_day, start, end)


def weekly_counts(per_day: Mapping[date, int], start: date, end: date) -> list[WeekCount]:
    """`weekly_sessions` from session counts per local day (days with none may be left out).

    Days outside `start`..`end` are not counted; every week from the Monday of
    `start` to the Monday of `end` is listed. Raises ValidationError when `end`
    is before `start`.
    """
    per_week: Counter[date] = Counter()
    for day, sessions in per_day.items():
        if start <= day <= end:
            per_week[monday_of(day)] += sessions
    return weeks_from_counts(per_week, start, end)


def weeks_from_counts(per_week: Mapping[date, int], start: date, end: date) -> list[WeekCount]:
    """`weekly_counts` from session counts already added up per week (keyed by Monday).

    The caller counts only sessions on days from `start` to `end`; every week
    from the Monday of `start` to the Monday of `end` is listed, weeks missing
    from `per_week` with no session. Raises ValidationError when `end` is before
    `start` or a key is not a Monday.
    """
    if end < start:
        raise ValidationError(f"The end date {end} is before the start date {start}.")
    for week in per_week:
        if week.weekday() != 0:
            raise ValidationError(f"Weekly counts are keyed by Monday; {week} is not one.")
    weeks: list[WeekCount] = []
    week = monday_of(start)
    while week <= end:
        sessions = per_week.get(week, 0)
        weeks.append(WeekCount(week, sessions, week_status(sessions)))
        week += timedelta(weeks=1)
    return weeks
