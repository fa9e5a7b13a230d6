"""Small checks shared by the rules that take whole numbers from users."""

from app.domain.errors import ValidationError
from app.domain.messages import message


def whole_number(label: str, value: int, low: int, high: int, unit: str = "") -> int:
    """`value` if it is a whole number from `low` to `high`; ValidationError naming `label`."""
    suffix = f" {unit}" if unit else ""
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(message(
            "{label} must be a whole number from {low} to {high}{unit} (got {value!r}).",
            label=label, low=low, high=high, unit=suffix, value=value))
    return value
