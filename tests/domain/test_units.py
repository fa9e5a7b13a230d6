"""Loads typed and shown in kilograms or pounds."""

import math
import re

import pytest

from app.domain.errors import ValidationError
from app.domain.units import (
    KG_PER_LB,
    Unit,
    display_value,
    format_load,
    from_kg,
    parse_load,
    to_kg,
)


def test_a_pound_is_exactly_the_international_pound() -> None:
    assert KG_PER_LB == 0.45359237
    assert to_kg(1, Unit.LB) == 0.45359237


def test_conversions() -> None:
    # 100 lb × 0.45359237 = 45.359237 kg
    assert to_kg(100, Unit.LB) == pytest.approx(45.359237)
    # 45.359237 kg ÷ 0.45359237 = 100 lb
    assert from_kg(45.359237, Unit.LB) == pytest.approx(100)
    assert to_kg(12.5, Unit.KG) == 12.5
    assert from_kg(12.5, Unit.KG) == 12.5


def test_lb_round_trip_is_lossless_enough() -> None:
    assert from_kg(to_kg(27.5, Unit.LB), Unit.LB) == pytest.approx(27.5, abs=1e-12)


@pytest.mark.parametrize(
    ("kg", "unit", "shown"),
    [
        (0, Unit.KG, "bodyweight"),
        (0, Unit.LB, "bodyweight"),
        (12.5, Unit.KG, "12.5 kg"),
        (20, Unit.KG, "20 kg"),  # trailing .0 dropped
        (12.25, Unit.KG, "12.3 kg"),  # half rounds up, not to even
        (12.35, Unit.KG, "12.4 kg"),  # 12.35 is 12.3499… in binary; still shows 12.4
        (12.34, Unit.KG, "12.3 kg"),
        (500, Unit.KG, "500 kg"),
        # 27.5 lb = 12.473790175 kg, shown back as 27.5 lb
        (12.473790175, Unit.LB, "27.5 lb"),
        # 20 kg ÷ 0.45359237 = 44.092 lb → nearest 0.5 is 44
        (20, Unit.LB, "44 lb"),
        # 12.5 kg = 27.558 lb → 27.5
        (12.5, Unit.LB, "27.5 lb"),
        # 10 kg = 22.046 lb → 22
        (10, Unit.LB, "22 lb"),
        # 10.1 kg = 22.267 lb → 22.5 (22.25 would be the tie point)
        (10.1, Unit.LB, "22.5 lb"),
    ],
)
def test_format_load(kg: float, unit: Unit, shown: str) -> None:
    assert format_load(kg, unit) == shown


def test_display_value_rounds_pounds_to_half() -> None:
    # 16 kg ÷ 0.45359237 = 35.274 lb, past the 35.25 midpoint → 35.5
    assert display_value(16, Unit.LB) == 35.5
    # 15.9 kg ÷ 0.45359237 = 35.054 lb, below 35.25 → 35
    assert display_value(15.9, Unit.LB) == 35.0
    # kilograms go to 0.1: 17.46 → 17.5
    assert display_value(17.46, Unit.KG) == 17.5


@pytest.mark.parametrize("bad", [-1.0, math.nan, math.inf])
def test_format_load_refuses_impossible_loads(bad: float) -> None:
    with pytest.raises(ValidationError):
        format_load(bad, Unit.KG)


@pytest.mark.parametrize(
    ("text", "unit", "kg"),
    [
        ("12.5", Unit.KG, 12.5),
        ("  20 ", Unit.KG, 20.0),
        ("12,5", Unit.KG, 12.5),  # decimal comma
        ("0", Unit.KG, 0.0),
        ("-0", Unit.KG, 0.0),
        ("bodyweight", Unit.LB, 0.0),  # what format_load shows for 0 reads back as 0
        ("BW", Unit.KG, 0.0),
        ("500", Unit.KG, 500.0),  # the limit itself is allowed
        # 27.5 lb × 0.45359237 = 12.473790175 kg
        ("27.5", Unit.LB, 12.473790175),
        # a typed unit wins over the setting: 30 lb × 0.45359237 = 13.6077711 kg
        ("30 lbs", Unit.KG, 13.6077711),
        ("12.5 kg", Unit.LB, 12.5),
        ("12kg", Unit.LB, 12.0),
        ("44 LB", Unit.KG, 44 * 0.45359237),
    ],
)
def test_parse_load(text: str, unit: Unit, kg: float) -> None:
    assert parse_load(text, unit) == pytest.approx(kg, abs=1e-12)


def test_parse_load_accepts_what_format_load_shows() -> None:
    for kg in (12.5, 20.0, 0.0):
        assert parse_load(format_load(kg, Unit.KG), Unit.KG) == kg


@pytest.mark.parametrize(
    ("text", "unit", "message"),
    [
        ("", Unit.KG, "Enter a load"),
        ("   ", Unit.KG, "Enter a load"),
        ("heavy", Unit.KG, "“heavy” is not a load"),
        ("kg", Unit.KG, "not a load"),
        ("12.5.1", Unit.KG, "not a load"),
        ("nan", Unit.KG, "not a load"),
        ("inf", Unit.LB, "not a load"),
        ("-inf", Unit.KG, "not a load"),
        ("1e400", Unit.KG, "not a load"),  # overflows to infinity
        ("-2.5", Unit.KG, "cannot be negative (got -2.5 kg)"),
        ("-5", Unit.LB, "cannot be negative (got -5 lb)"),
        ("500.1", Unit.KG, "500 kg or less"),
        # 500 kg ÷ 0.45359237 = 1102.31 lb, shown rounded down so it is itself allowed
        ("1102.4", Unit.LB, "1102.3 lb or less"),
    ],
)
def test_parse_load_refuses_bad_text(text: str, unit: Unit, message: str) -> None:
    with pytest.raises(ValidationError, match=re.escape(message)):
        parse_load(text, unit)


def test_the_pound_limit_shown_in_the_message_is_accepted() -> None:
    # 1102.3 lb × 0.45359237 = 499.9948… kg, just under 500
    assert parse_load("1102.3", Unit.LB) == pytest.approx(499.994869451)


def test_unit_values_are_the_words_shown() -> None:
    assert Unit("kg") is Unit.KG
    assert str(Unit.LB) == "lb"
