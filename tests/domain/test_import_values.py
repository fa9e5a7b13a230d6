"""Cells of other apps' exports: liberal about how a value is written, strict about the value."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.domain.imports.values import (
    BadCell,
    aware_datetime,
    count,
    duration,
    load,
    naive_datetime,
    reps,
    rpe,
    to_utc,
    unit,
    unit_in_header,
)
from app.domain.units import Unit


@pytest.mark.parametrize(("text", "expected"), [
    ("8", 8), ("10.0", 10), (" 12 ", 12), ("", None), ("0", 0),
])
def test_reps_accept_the_ways_apps_write_them(text: str, expected: int | None) -> None:
    assert reps(text) == expected


@pytest.mark.parametrize(("text", "message"), [
    ("-3", "reps cannot be negative (got -3)"),
    ("8.5", "reps must be a whole number (got '8.5')"),
    ("eight", "reps must be a number (got 'eight')"),
])
def test_impossible_reps_are_refused_with_the_value(text: str, message: str) -> None:
    with pytest.raises(BadCell) as refused:
        reps(text)
    assert str(refused.value) == message


def test_loads_lose_the_apps_conversion_noise_but_keep_real_precision() -> None:
    assert load("Weight", "149.99999999999997") == 150.0
    assert load("Weight", "2.268") == 2.268
    assert load("Weight", "12,5") == 12.5
    assert load("Weight", "") == 0.0
    with pytest.raises(BadCell, match="a load cannot be negative"):
        load("Weight", "-20")
    with pytest.raises(BadCell, match="Weight must be a number"):
        load("Weight", "heavy")


def test_rpe_zero_means_not_rated_and_out_of_range_is_refused() -> None:
    assert rpe("") is None and rpe("0") is None
    assert rpe("8,5") == 8.5
    with pytest.raises(BadCell, match="RPE must be between 1 and 10"):
        rpe("11")


@pytest.mark.parametrize(("text", "expected"), [
    ("38min", timedelta(minutes=38)), ("51m", timedelta(minutes=51)),
    ("1h 22m", timedelta(hours=1, minutes=22)), ("20s", timedelta(seconds=20)),
    ("1h 2m 3s", timedelta(hours=1, minutes=2, seconds=3)), ("2700", timedelta(seconds=2700)),
    ("1:05:00", timedelta(hours=1, minutes=5)), ("", None),
])
def test_workout_durations_in_every_spelling(text: str, expected: timedelta | None) -> None:
    assert duration(text) == expected


def test_a_duration_that_is_not_one_is_refused() -> None:
    with pytest.raises(BadCell, match="the duration must look like"):
        duration("long")


@pytest.mark.parametrize("text", ["9" * 30, "99999999999999h", "99999999999:00:00"])
def test_a_length_no_clock_can_hold_is_longer_than_any_workout(text: str) -> None:
    # Found by the fuzz test: timedelta itself overflowed. Such a length is left out.
    assert duration(text) == timedelta.max


@pytest.mark.parametrize("text", [
    "2025-09-15 07:48:00", "2025-09-15T07:48", "15 Sep 2025, 07:48", "15 September 2025, 07:48",
    "Sep 15, 2025, 7:48 AM", "2025-09-15 7:48:00\u202fAM", "15 sept 2025, 07:48",
])
def test_dates_and_times_in_the_apps_formats(text: str) -> None:
    assert naive_datetime("Date", text) == datetime(2025, 9, 15, 7, 48)


@pytest.mark.parametrize("text", ["03/04/2025 10:00", "yesterday", "2025-13-01 10:00:00",
                                  "31 Foo 2025, 10:00", "2025-01-01 13:00 PM"])
def test_ambiguous_or_impossible_dates_are_refused(text: str) -> None:
    with pytest.raises(BadCell, match="must be a date and time"):
        naive_datetime("Date", text)


def test_naive_times_are_local_times_of_the_given_zone() -> None:
    summer = to_utc(datetime(2025, 7, 1, 9, 0), ZoneInfo("Europe/Oslo"))
    assert summer == datetime(2025, 7, 1, 7, 0, tzinfo=UTC)


def test_times_with_a_zone_keep_their_instant() -> None:
    assert aware_datetime("t", "2025-05-20T13:15:52.559Z") == datetime(
        2025, 5, 20, 13, 15, 52, 559000, tzinfo=UTC)
    with pytest.raises(BadCell, match="needs a time zone"):
        aware_datetime("t", "2025-05-20T13:15:52")


def test_units_in_cells_and_in_column_names() -> None:
    assert unit("kgs") is Unit.KG and unit("LBS") is Unit.LB
    with pytest.raises(BadCell, match="the weight unit must be kg or lb"):
        unit("stone")
    assert unit_in_header("weight (kgs)") is Unit.KG
    assert unit_in_header("weight_lbs") is Unit.LB
    assert unit_in_header("weight") is None
    assert count("set", "3") == 3
