"""The values of Legwork's own export files, one cell at a time, as the readers check them.

A CSV cell and the JSON value of the same name go through the same function
(a JSON value is first written as the CSV would have it, `json_text`), so
both formats refuse the same things with the same words. Each function
raises `BadCell` with the column's name and what was wrong.
"""

from collections.abc import Iterator
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from app.domain.imports.problems import refuse
from app.domain.imports.values import BadCell

LARGEST = 2**31 - 1
"""Whole numbers must fit a database integer (PostgreSQL's is 32 bits)."""

_TRUE = frozenset({"true", "yes", "1"})
_FALSE = frozenset({"false", "no", "0"})
_EXAMPLE_TIME = "2026-11-25T07:30:00+00:00"


def whole_cell(name: str, text: str) -> int:
    """A whole number that fits the database."""
    try:
        value = int(text)
    except ValueError:
        raise BadCell(f"{name} must be a whole number (got {text!r})") from None
    if abs(value) > LARGEST:
        raise BadCell(f"{name} is far too large (got {text.strip()})")
    return value


def count_cell(name: str, text: str) -> int:
    """A whole number, 0 when the cell is empty."""
    return whole_cell(name, text) if text.strip() else 0


def number_cell(name: str, text: str) -> float:
    """Any number."""
    try:
        return float(text)
    except ValueError:
        raise BadCell(f"{name} must be a number (got {text!r})") from None


def optional_number_cell(name: str, text: str) -> float | None:
    """A number, or None when the cell is empty."""
    return number_cell(name, text) if text.strip() else None


def time_cell(name: str, text: str) -> datetime:
    """An ISO 8601 date and time with its offset, as aware UTC."""
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise BadCell(
            f"{name} must be an ISO 8601 date and time such as {_EXAMPLE_TIME} (got {text!r})"
        ) from None
    if value.tzinfo is UTC:
        return value
    if value.utcoffset() is None:
        raise BadCell(f"{name} needs a time zone offset such as +00:00 (got {text!r})")
    return value.astimezone(UTC)


def choice_cell(name: str, text: str, kind: type[StrEnum]) -> Any:
    """One of an enumeration's values, ignoring case and spaces around it."""
    try:
        return kind(text.strip().casefold())
    except ValueError:
        allowed = ", ".join(member.value for member in kind)
        raise BadCell(f"{name} must be one of {allowed} (got {text!r})") from None


def flag_cell(name: str, text: str) -> bool | None:
    """true or false (yes/no, 1/0 too), or None when the cell is empty."""
    folded = text.strip().casefold()
    if not folded:
        return None
    if folded in _TRUE or folded in _FALSE:
        return folded in _TRUE
    raise BadCell(f"{name} must be true, false or empty (got {text!r})")


def json_text(value: object) -> str:
    """A JSON value as the CSV cell of the same name would hold it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return str(value)


def json_objects(value: object, what: str, place: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """(position from 1, object) for each item of a JSON list that must hold objects."""
    if not isinstance(value, list):
        raise refuse(1, f"{what} must be a list", place)
    for index, item in enumerate(value, start=1):
        if not isinstance(item, dict):
            raise refuse(1, f"{what} must hold objects (item {index} does not)", place)
        yield index, item
