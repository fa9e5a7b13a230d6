"""Load units: stored in kilograms; pounds exist only at the edges (input and display)."""

import math
from enum import StrEnum

from app.domain.errors import ValidationError
from app.domain.messages import Message, message
from app.domain.records import MAX_LOAD_KG

KG_PER_LB = 0.45359237
"""The international pound, exact by definition (1959)."""

BODYWEIGHT_LABEL = "bodyweight"

# Words that mean "no external load", so the text `format_load` shows for 0 parses back to 0.
_BODYWEIGHT_WORDS = frozenset({"bodyweight", "body weight", "bw"})
_SUFFIXES = {"kg": "kg", "kgs": "kg", "lb": "lb", "lbs": "lb"}
# Float rounding in a lb -> kg round trip must not push an honest 500 kg entry over the limit.
_LIMIT_SLACK_KG = 1e-9


class Unit(StrEnum):
    """The unit the athlete reads and types loads in."""

    KG = "kg"
    LB = "lb"


def to_kg(value: float, unit: Unit) -> float:
    """Convert a load given in `unit` to kilograms."""
    return value * KG_PER_LB if unit is Unit.LB else value


def from_kg(kg: float, unit: Unit) -> float:
    """Convert a load in kilograms to `unit`, unrounded."""
    return kg / KG_PER_LB if unit is Unit.LB else kg


def _round_half_up(value: float, steps_per_unit: int) -> float:
    # round() sends halves to even and float noise (12.35 * 10 == 123.49999...) would round
    # typed halves down; the inner round(…, 9) removes that noise before rounding half up.
    return math.floor(round(value * steps_per_unit, 9) + 0.5) / steps_per_unit


def _trim(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


def _check_load(kg: float) -> None:
    if not math.isfinite(kg) or kg < 0:
        raise ValidationError(message(
            "A load must be zero or more kilograms (got {load}).", load=kg))


def display_value(kg: float, unit: Unit) -> float:
    """The load as the athlete sees it in `unit`: kg to 0.1 kg, lb to the nearest 0.5 lb.

    Halves round up (12.25 kg shows as 12.3). Raises ValidationError for a
    negative or non-finite load.
    """
    _check_load(kg)
    if unit is Unit.LB:
        return _round_half_up(from_kg(kg, Unit.LB), 2)
    return _round_half_up(kg, 10)


def format_load(kg: float, unit: Unit) -> str:
    """Show a load for the athlete: "bodyweight", "12.5 kg" or "27.5 lb".

    Rounded as `display_value` does; a trailing ".0" is dropped. Only an exact 0
    reads "bodyweight". Raises ValidationError for a negative or non-finite load.
    """
    _check_load(kg)
    if kg == 0:
        return BODYWEIGHT_LABEL
    return f"{_trim(display_value(kg, unit))} {unit}"


def _not_a_load(text: str) -> Message:
    return message("“{text}” is not a load. Type a number such as 12.5.", text=text.strip())


def parse_load(text: str, unit: Unit) -> float:
    """Read a load the athlete typed and return it in kilograms.

    Accepts a plain number in `unit` ("27.5"), a decimal comma ("12,5"), a
    number with its own unit ("12.5 kg", "30 lbs", which wins over `unit`),
    and "bodyweight"/"bw" for 0. Raises ValidationError, with a message meant
    for the athlete, for empty text, non-numbers, negatives, NaN/infinity and
    loads over 500 kg.
    """
    cleaned = text.strip().casefold()
    if not cleaned:
        raise ValidationError(message("Enter a load, or 0 for bodyweight."))
    if cleaned in _BODYWEIGHT_WORDS:
        return 0.0
    number_text, typed_unit = cleaned, unit
    for suffix, unit_value in _SUFFIXES.items():
        head = cleaned.removesuffix(suffix)
        if head != cleaned and (not head or head[-1].isdigit() or head[-1] == " "):
            number_text, typed_unit = head.strip(), Unit(unit_value)
            break
    try:
        value = float(number_text.replace(",", "."))
    except ValueError:
        raise ValidationError(_not_a_load(text)) from None
    if not math.isfinite(value):
        raise ValidationError(_not_a_load(text))
    if value < 0:
        raise ValidationError(message(
            "A load cannot be negative (got {load} {unit}).", load=_trim(value), unit=typed_unit))
    if value == 0:
        # Also folds "-0" into a plain 0.0.
        return 0.0
    kg = to_kg(value, typed_unit)
    if kg > MAX_LOAD_KG + _LIMIT_SLACK_KG:
        limit = _trim(math.floor(from_kg(MAX_LOAD_KG, typed_unit) * 10) / 10)
        raise ValidationError(message(
            "A load must be {limit} {unit} or less.", limit=limit, unit=typed_unit))
    return min(kg, MAX_LOAD_KG)
