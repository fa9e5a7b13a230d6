"""Reading one cell of another app's export: numbers, counts, dates, durations, units.

Liberal in the forms accepted (a decimal comma, "10.0" reps, "1h 22m", English
month names whatever the computer's language), strict about the values: each
reader raises `BadCell` with a reason the row's problem report can quote.
"""

import math
import re
from datetime import UTC, datetime, timedelta, tzinfo

from app.domain.units import Unit


class BadCell(Exception):
    """One reason a row cannot be read; the readers turn it into a `RowProblem`."""


_UNITS = {"kg": Unit.KG, "kgs": Unit.KG, "kilograms": Unit.KG, "lb": Unit.LB, "lbs": Unit.LB,
          "pounds": Unit.LB}
# Float noise from the apps' own lb <-> kg conversions ("149.99999999999997") goes;
# a real 2.268 kg plate (5 lb) stays.
_SOURCE_DECIMALS = 4


def number(name: str, text: str) -> float | None:
    """A finite number, None for an empty cell; a decimal comma is fine ("62,5")."""
    cleaned = text.strip()
    if not cleaned:
        return None
    try:
        value = float(cleaned.replace(",", ".") if "," in cleaned else cleaned)
    except ValueError:
        raise BadCell(f"{name} must be a number (got {text!r})") from None
    if not math.isfinite(value):
        raise BadCell(f"{name} must be a number (got {text!r})")
    return value


def count(name: str, text: str) -> int | None:
    """A whole number ("8", or "8.0" as Strong writes reps), None for an empty cell."""
    value = number(name, text)
    if value is None:
        return None
    if not value.is_integer():
        raise BadCell(f"{name} must be a whole number (got {text!r})")
    return int(value)


def reps(text: str) -> int | None:
    """Reps done, None (or 0) when the row has none; negative reps are refused."""
    value = count("reps", text)
    if value is not None and value < 0:
        raise BadCell(f"reps cannot be negative (got {text.strip()})")
    return value


def exercise_name(text: str) -> str:
    """An exercise's name as the file has it, trimmed; refused when empty."""
    name = text.strip()
    if not name:
        raise BadCell("the exercise has no name")
    return name


def load(name: str, text: str) -> float:
    """An external load as written (0 for an empty cell: bodyweight), noise rounded away."""
    value = number(name, text)
    if value is None:
        return 0.0
    if value < 0:
        raise BadCell(f"a load cannot be negative (got {text.strip()})")
    return round(value, _SOURCE_DECIMALS) + 0.0


def rpe(text: str) -> float | None:
    """Effort 1–10, None when not rated (some apps write 0 for that)."""
    value = number("RPE", text)
    if value is None or value == 0:
        return None
    if not 1 <= value <= 10:
        raise BadCell(f"RPE must be between 1 and 10 (got {text.strip()})")
    return value


def unit(text: str) -> Unit:
    """A load unit as the apps spell it: kg, kgs, lb, lbs."""
    found = _UNITS.get(text.strip().casefold())
    if found is None:
        raise BadCell(f"the weight unit must be kg or lb (got {text!r})")
    return found


def unit_in_header(name: str) -> Unit | None:
    """The unit a column name carries ("Weight (kgs)", "weight_lbs"), or None."""
    folded = name.casefold()
    for word, found in _UNITS.items():
        if re.search(rf"(?:\(|_|\s){word}\)?$", folded):
            return found
    return None


# Longest words first, so "38min" is 38 minutes and not 38 m followed by "in".
_DURATION_PART = re.compile(
    r"(\d+(?:[.,]\d+)?)\s*(hours?|hrs|hr|h|minutes?|mins|min|m|seconds?|secs|sec|s)(?![a-z])",
    re.IGNORECASE)
_CLOCK = re.compile(r"^(\d+):(\d{1,2})(?::(\d{1,2}))?$")


def duration(text: str) -> timedelta | None:
    """A workout's length: "38min", "1h 22m", "20s", "1:05:00" or plain seconds; None if empty.

    A length too long for any clock to hold is `timedelta.max`: far beyond any workout,
    so it is left out like any other impossible length.
    """
    cleaned = text.strip()
    if not cleaned:
        return None
    try:
        return _duration(cleaned, text)
    except OverflowError:
        return timedelta.max


def _duration(cleaned: str, text: str) -> timedelta:
    if re.fullmatch(r"\d+(?:\.\d+)?", cleaned):
        return timedelta(seconds=float(cleaned))
    clock = _CLOCK.match(cleaned)
    if clock:
        first, second, third = clock.groups()
        if third is None:
            return timedelta(minutes=int(first), seconds=int(second))
        return timedelta(hours=int(first), minutes=int(second), seconds=int(third))
    parts = _DURATION_PART.findall(cleaned)
    if not parts or _DURATION_PART.sub("", cleaned).strip():
        raise BadCell(f"the duration must look like 45m, 1h 5m or 20s (got {text!r})")
    total = timedelta()
    for amount, word in parts:
        value = float(amount.replace(",", "."))
        letter = word[0].casefold()
        total += timedelta(hours=value) if letter == "h" else (
            timedelta(minutes=value) if letter == "m" else timedelta(seconds=value))
    return total


_MONTHS = {name: n for n, names in enumerate(
    (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
     ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
     ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
     ("dec", "december")), start=1) for name in names}
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?"
                  r"\s*([AaPp][Mm])?)?$")
_DAY_MONTH = re.compile(r"^(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4}),?\s*(?:(\d{1,2}):(\d{2})"
                        r"(?::(\d{2}))?\s*([AaPp][Mm])?)?$")
_MONTH_DAY = re.compile(r"^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4}),?\s*(?:(\d{1,2}):(\d{2})"
                        r"(?::(\d{2}))?\s*([AaPp][Mm])?)?$")
_EXAMPLE = "2025-09-15 07:48:00 or 15 Sep 2025, 07:48"


def _hour(text: str | None, half: str | None) -> int:
    hour = int(text or 0)
    if half:
        if not 1 <= hour <= 12:
            raise ValueError("12-hour clock")
        hour = hour % 12 + (12 if half.casefold() == "pm" else 0)
    return hour


def naive_datetime(name: str, text: str) -> datetime:
    """A date and time as the apps write them, without a zone (a date alone is midnight).

    Accepts ISO dates ("2025-09-15 07:48:00", "2025-09-15T07:48"), 12-hour times
    ("2024-01-05 6:30:00 PM"), "15 Sep 2025, 07:48" and "Sep 15, 2025, 7:48 AM",
    reading English month names whatever the language the computer runs in.
    Day/month/year with slashes is refused: 03/04 could be either.
    """
    # Some apps put a narrow no-break space before AM/PM.
    cleaned = " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").split())
    try:
        if match := _ISO.match(cleaned):
            year, month, day, hour, minute, second, half = match.groups()
        elif match := _DAY_MONTH.match(cleaned):
            day, month_name, year, hour, minute, second, half = match.groups()
            month = str(_MONTHS[month_name.casefold()])
        elif match := _MONTH_DAY.match(cleaned):
            month_name, day, year, hour, minute, second, half = match.groups()
            month = str(_MONTHS[month_name.casefold()])
        else:
            raise ValueError(cleaned)
        return datetime(int(year), int(month), int(day), _hour(hour, half), int(minute or 0),
                        int(second or 0))
    except (ValueError, KeyError):
        raise BadCell(f"{name} must be a date and time such as {_EXAMPLE} (got {text!r})") from None


def aware_datetime(name: str, text: str) -> datetime:
    """An ISO 8601 time with its zone ("2025-05-20T13:15:52.559Z"), in UTC."""
    try:
        value = datetime.fromisoformat(text.strip().replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise BadCell(f"{name} must be an ISO 8601 time such as 2025-05-20T13:15:52Z "
                      f"(got {text!r})") from None
    if value.utcoffset() is None:
        raise BadCell(f"{name} needs a time zone, such as Z for UTC (got {text!r})")
    return value.astimezone(UTC)


def to_utc(naive: datetime, zone: tzinfo | None) -> datetime:
    """A naive local time as an aware UTC instant; `zone` None means this computer's zone."""
    local = naive.astimezone() if zone is None else naive.replace(tzinfo=zone)
    return local.astimezone(UTC)


def flag(name: str, text: str) -> bool:
    """A yes/no cell: 1/0, true/false, yes/no; empty is no."""
    folded = text.strip().casefold()
    if folded in ("", "0", "false", "no", "n"):
        return False
    if folded in ("1", "true", "yes", "y"):
        return True
    raise BadCell(f"{name} must be 1 or 0 (got {text!r})")
