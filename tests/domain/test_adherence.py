"""Sessions per week against the 2–3 target."""

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from app.domain.adherence import (
    TARGET_MAX,
    TARGET_MIN,
    WeekCount,
    WeekStatus,
    monday_of,
    week_status,
    weekly_counts,
    weekly_sessions,
    weeks_from_counts,
)
from app.domain.errors import ValidationError

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


def utc(year: int, month: int, day: int, hour: int = 12, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def test_target_band() -> None:
    assert (TARGET_MIN, TARGET_MAX) == (2, 3)
    assert week_status(0) is WeekStatus.BELOW
    assert week_status(1) is WeekStatus.BELOW
    assert week_status(2) is WeekStatus.ON_TARGET
    assert week_status(3) is WeekStatus.ON_TARGET
    assert week_status(4) is WeekStatus.ABOVE


def test_status_reads_as_the_plain_words() -> None:
    assert [status.value for status in WeekStatus] == ["below", "on_target", "above"]
    assert WeekStatus("on_target") is WeekStatus.ON_TARGET


def test_monday_of() -> None:
    # 2025-03-05 is a Wednesday; its Monday is 2025-03-03; a Monday is its own Monday
    assert monday_of(date(2025, 3, 5)) == date(2025, 3, 3)
    assert monday_of(date(2025, 3, 3)) == date(2025, 3, 3)
    assert monday_of(date(2025, 3, 9)) == date(2025, 3, 3)  # Sunday


def test_weeks_are_counted_and_empty_weeks_included() -> None:
    sessions = [
        utc(2025, 3, 3),
        utc(2025, 3, 6),  # week of 3 Mar: 2
        # week of 10 Mar: none
        utc(2025, 3, 17),
        utc(2025, 3, 18),
        utc(2025, 3, 20),
        utc(2025, 3, 23),  # 4
        utc(2025, 3, 25),  # week of 24 Mar: 1
    ]
    weeks = weekly_sessions(sessions, date(2025, 3, 3), date(2025, 3, 30), UTC)
    assert weeks == [
        WeekCount(date(2025, 3, 3), 2, WeekStatus.ON_TARGET),
        WeekCount(date(2025, 3, 10), 0, WeekStatus.BELOW),
        WeekCount(date(2025, 3, 17), 4, WeekStatus.ABOVE),
        WeekCount(date(2025, 3, 24), 1, WeekStatus.BELOW),
    ]


def test_no_sessions_at_all_still_lists_every_week() -> None:
    # Wed 5 Mar to Tue 18 Mar touches the weeks of 3, 10 and 17 Mar
    weeks = weekly_sessions([], date(2025, 3, 5), date(2025, 3, 18), UTC)
    assert [w.week_start for w in weeks] == [date(2025, 3, 3), date(2025, 3, 10), date(2025, 3, 17)]
    assert all(w.sessions == 0 and w.status is WeekStatus.BELOW for w in weeks)


def test_a_single_day_range_gives_its_week() -> None:
    weeks = weekly_sessions([utc(2025, 3, 5)], date(2025, 3, 5), date(2025, 3, 5), UTC)
    assert weeks == [WeekCount(date(2025, 3, 3), 1, WeekStatus.BELOW)]


def test_sessions_outside_the_range_are_not_counted() -> None:
    # range Wed 5 Mar – Thu 13 Mar; Mon 3 Mar and Fri 14 Mar fall outside
    sessions = [utc(2025, 3, 3), utc(2025, 3, 5), utc(2025, 3, 13), utc(2025, 3, 14)]
    weeks = weekly_sessions(sessions, date(2025, 3, 5), date(2025, 3, 13), UTC)
    assert [(w.week_start, w.sessions) for w in weeks] == [
        (date(2025, 3, 3), 1),
        (date(2025, 3, 10), 1),
    ]


def test_two_sessions_on_one_day_count_twice() -> None:
    sessions = [utc(2025, 3, 4, 7), utc(2025, 3, 4, 18)]
    weeks = weekly_sessions(sessions, date(2025, 3, 3), date(2025, 3, 9), UTC)
    assert weeks == [WeekCount(date(2025, 3, 3), 2, WeekStatus.ON_TARGET)]


def test_a_late_sunday_session_belongs_to_the_local_week() -> None:
    # Sun 9 Mar 2025 at 23:30 in Berlin (UTC+1) is 22:30 UTC: still Sunday → week of 3 Mar
    late_sunday = datetime(2025, 3, 9, 23, 30, tzinfo=BERLIN).astimezone(UTC)
    # Sun 9 Mar 2025 at 21:00 in New York (UTC-4 after DST began that day) is Mon 01:00 UTC
    ny_sunday = datetime(2025, 3, 9, 21, 0, tzinfo=NEW_YORK).astimezone(UTC)
    assert ny_sunday.date() == date(2025, 3, 10)

    berlin = weekly_sessions([late_sunday], date(2025, 3, 3), date(2025, 3, 16), BERLIN)
    assert [w.sessions for w in berlin] == [1, 0]
    new_york = weekly_sessions([ny_sunday], date(2025, 3, 3), date(2025, 3, 16), NEW_YORK)
    assert [w.sessions for w in new_york] == [1, 0]
    # read in UTC the same session falls on Monday, in the next week
    in_utc = weekly_sessions([ny_sunday], date(2025, 3, 3), date(2025, 3, 16), UTC)
    assert [w.sessions for w in in_utc] == [0, 1]


def test_a_fixed_offset_zone_works_too() -> None:
    # Mon 3 Mar 00:30 at UTC+2 is Sun 2 Mar 22:30 UTC; locally it is Monday
    plus_two = timezone(timedelta(hours=2))
    session = datetime(2025, 3, 3, 0, 30, tzinfo=plus_two).astimezone(UTC)
    weeks = weekly_sessions([session], date(2025, 3, 3), date(2025, 3, 9), plus_two)
    assert weeks[0].sessions == 1


def test_range_across_a_year_boundary() -> None:
    # Wed 31 Dec 2025 → Mon 5 Jan 2026: weeks of Mon 29 Dec and Mon 5 Jan
    sessions = [utc(2025, 12, 31), utc(2026, 1, 2), utc(2026, 1, 5)]
    weeks = weekly_sessions(sessions, date(2025, 12, 31), date(2026, 1, 5), UTC)
    assert weeks == [
        WeekCount(date(2025, 12, 29), 2, WeekStatus.ON_TARGET),
        WeekCount(date(2026, 1, 5), 1, WeekStatus.BELOW),
    ]


def test_sessions_may_come_in_any_order_and_from_a_generator() -> None:
    sessions = (utc(2025, 3, d) for d in (6, 3, 4))
    weeks = weekly_sessions(sessions, date(2025, 3, 3), date(2025, 3, 9), UTC)
    assert weeks == [WeekCount(date(2025, 3, 3), 3, WeekStatus.ON_TARGET)]


def test_end_before_start_is_refused() -> None:
    with pytest.raises(ValidationError, match="before the start date"):
        weekly_sessions([], date(2025, 3, 10), date(2025, 3, 9), UTC)


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValidationError, match="time zone"):
        weekly_sessions([datetime(2025, 3, 4, 12)], date(2025, 3, 3), date(2025, 3, 9), UTC)


def test_weekly_counts_from_per_week_totals_list_every_week_from_start_to_end() -> None:
    # Sessions already added up per Monday-to-Sunday week (as SQL does for long histories).
    weeks = weeks_from_counts({date(2025, 3, 3): 2, date(2025, 3, 17): 4}, date(2025, 3, 5),
                              date(2025, 3, 23))

    assert [(w.week_start, w.sessions, w.status) for w in weeks] == [
        (date(2025, 3, 3), 2, WeekStatus.ON_TARGET),
        (date(2025, 3, 10), 0, WeekStatus.BELOW),
        (date(2025, 3, 17), 4, WeekStatus.ABOVE),
    ]
    # The same weeks as counting each session's day.
    per_day = {date(2025, 3, 5): 1, date(2025, 3, 7): 1, date(2025, 3, 18): 4}
    assert weeks == weekly_counts(per_day, date(2025, 3, 5), date(2025, 3, 23))


def test_weekly_totals_must_be_keyed_by_monday_and_end_after_start() -> None:
    with pytest.raises(ValidationError, match="2025-03-04 is not one"):
        weeks_from_counts({date(2025, 3, 4): 1}, date(2025, 3, 3), date(2025, 3, 9))
    with pytest.raises(ValidationError, match="before the start date"):
        weeks_from_counts({}, date(2025, 3, 9), date(2025, 3, 3))
