"""The block's calendar: planned days, lighter weeks, the race taper, moved and missed sessions."""

from datetime import date, timedelta

import pytest

from app.domain.errors import ValidationError
from app.domain.programme.schedule import (
    BlockSpec,
    SessionStatus,
    check_block,
    days_text,
    long_gap,
    next_session,
    parse_days,
    schedule,
    slots,
)
from app.programme_template import block_template

T = block_template()
MON = date(2026, 3, 2)  # a Monday
MON_THU = (0, 3)


def test_the_shipped_template_is_the_documented_one() -> None:
    assert (T.default_weeks, T.min_weeks, T.max_weeks) == (8, 4, 16)
    assert [(p.id, p.first_week, p.sets) for p in T.phases] == [("learn", 1, 2), ("build", 3, 3)]
    assert (T.light_every_weeks, T.light_sets, T.taper_days, T.gap_days) == (4, 2, 10, 14)


def test_weekdays_are_read_in_week_order_and_a_wrong_one_is_refused() -> None:
    assert parse_days("thu,mon") == MON_THU
    assert parse_days("Monday, wed ,SAT") == (0, 2, 5)
    assert days_text((0, 3, 5)) == "mon,thu,sat"
    with pytest.raises(ValidationError, match="not a weekday"):
        parse_days("mon,thurs-ish")
    with pytest.raises(ValidationError, match="named twice"):
        parse_days("mon,monday")


def test_eight_weeks_on_two_days_plan_sixteen_sessions_with_weeks_four_and_eight_lighter() -> None:
    sessions = schedule(BlockSpec(MON, 8, MON_THU), T, {}, MON)
    assert len(sessions) == 16
    assert [s.day.weekday() for s in sessions] == [0, 3] * 8
    assert [s.week for s in sessions] == [w for w in range(1, 9) for _ in range(2)]
    assert {s.week for s in sessions if s.light} == {4, 8}
    assert {s.week for s in sessions if s.phase.id == "learn"} == {1, 2}
    assert all(s.status is SessionStatus.PLANNED for s in sessions)


def test_a_block_starting_midweek_keeps_seven_day_weeks_from_its_first_day() -> None:
    wednesday = MON + timedelta(days=2)
    sessions = schedule(BlockSpec(wednesday, 4, MON_THU), T, {}, wednesday)
    assert sessions[0].day == date(2026, 3, 5)  # Thursday of week 1
    assert sessions[1].day == date(2026, 3, 9) and sessions[1].week == 1  # Monday, still week 1
    assert sessions[2].week == 2


def test_bad_blocks_are_refused_with_one_sentence() -> None:
    cases = [
        (BlockSpec(MON, 8, (0,)), "Choose 2 or 3 training days a week (got 1)."),
        (BlockSpec(MON, 8, (0, 2, 4, 6)), "Choose 2 or 3 training days a week (got 4)."),
        (BlockSpec(MON, 3, MON_THU), "A block lasts 4 to 16 weeks (got 3)."),
        (BlockSpec(MON, 17, MON_THU), "A block lasts 4 to 16 weeks (got 17)."),
        (BlockSpec(MON - timedelta(days=1), 8, MON_THU),
         "The block cannot start in the past (2026-03-01); start today or later."),
        (BlockSpec(MON, 8, MON_THU, race=MON),
         "The race (2026-03-02) must come after the block's start (2026-03-02)."),
    ]
    for spec, sentence in cases:
        with pytest.raises(ValidationError) as refused:
            check_block(spec, T, MON)
        assert str(refused.value) == sentence


def test_back_to_back_days_are_a_warning_not_a_refusal() -> None:
    assert check_block(BlockSpec(MON, 8, MON_THU), T, MON) == ()
    (warning,) = check_block(BlockSpec(MON, 8, (0, 6)), T, MON)  # Sunday then Monday
    assert "back to back" in str(warning)


def test_a_missed_monday_moves_to_today_and_the_rest_of_the_week_stays() -> None:
    tuesday = MON + timedelta(days=1)
    sessions = schedule(BlockSpec(MON, 8, MON_THU), T, {}, tuesday)
    first, second = sessions[0], sessions[1]
    assert (first.number, first.status, first.day, first.planned) == (
        1, SessionStatus.MOVED, tuesday, MON)
    assert (second.number, second.status, second.day) == (
        2, SessionStatus.PLANNED, date(2026, 3, 5))
    assert next_session(sessions, tuesday) == first


def test_a_session_done_on_another_day_counts_on_that_day() -> None:
    wednesday = MON + timedelta(days=2)
    sessions = schedule(BlockSpec(MON, 8, MON_THU), T, {1: wednesday}, wednesday)
    assert (sessions[0].status, sessions[0].day) == (SessionStatus.DONE, wednesday)


def test_moving_never_makes_more_than_three_sessions_in_a_week() -> None:
    # Both sessions of week 1 missed; on Monday of week 2 the first moves to Tuesday
    # (week 2: Mon, Tue, Thu = three), the second has nowhere to go and is missed.
    week2 = MON + timedelta(weeks=1)
    sessions = schedule(BlockSpec(MON, 8, MON_THU), T, {}, week2)
    by_number = {s.number: s for s in sessions}
    assert (by_number[1].status, by_number[1].day) == (SessionStatus.MOVED, week2 + timedelta(1))
    assert (by_number[2].status, by_number[2].day) == (SessionStatus.MISSED, date(2026, 3, 5))
    in_week2 = [s for s in sessions if s.week == 2 and s.status is not SessionStatus.MISSED]
    assert len(in_week2) == 3


def test_with_three_days_a_week_a_late_session_moves_only_within_its_week() -> None:
    spec = BlockSpec(MON, 8, (0, 2, 4))
    saturday = MON + timedelta(days=5)
    moved = schedule(spec, T, {2: MON + timedelta(2), 3: MON + timedelta(4)}, saturday)
    first = next(s for s in moved if s.number == 1)
    assert (first.status, first.day) == (SessionStatus.MOVED, saturday)
    next_monday = MON + timedelta(weeks=1)
    missed = schedule(spec, T, {2: MON + timedelta(2), 3: MON + timedelta(4)}, next_monday)
    first = next(s for s in missed if s.number == 1)
    assert first.status is SessionStatus.MISSED, "week 2 already holds three"


def test_a_race_inside_the_block_ends_it_with_ten_lighter_days() -> None:
    race = date(2026, 4, 12)  # a Sunday in week 6
    spec = BlockSpec(MON, 8, MON_THU, race=race)
    sessions = schedule(spec, T, {}, MON)
    assert max(s.day for s in sessions) < race
    taper = [s.day for s in sessions if s.taper]
    assert taper == [date(2026, 4, 2), date(2026, 4, 6), date(2026, 4, 9)]
    assert all(s.light for s in sessions if s.taper)
    assert [s.day for s in sessions if s.light and not s.taper] == [date(2026, 3, 23),
                                                                    date(2026, 3, 26)]


def test_a_race_too_close_leaves_no_block() -> None:
    with pytest.raises(ValidationError, match="race is too close"):
        check_block(BlockSpec(MON, 8, (3, 4), race=MON + timedelta(days=2)), T, MON)


def test_a_week_with_a_daylight_saving_change_is_seven_days_like_any_other() -> None:
    # Europe's clocks go forward on Sunday 29 March 2026: week 4 of a block from 2 March.
    spec = BlockSpec(MON, 8, MON_THU)
    days = [s.day for s in slots(spec)]
    assert date(2026, 3, 30) in days and date(2026, 4, 2) in days
    assert [b - a for a, b in zip(days[::2], days[2::2], strict=False)] == [timedelta(7)] * 7
    assert spec.week_of(date(2026, 3, 29)) == 4 and spec.week_of(date(2026, 3, 30)) == 5


def test_fourteen_days_without_a_session_is_a_long_gap() -> None:
    assert not long_gap(None, MON, T)
    assert not long_gap(MON, MON + timedelta(days=13), T)
    assert long_gap(MON, MON + timedelta(days=14), T)
