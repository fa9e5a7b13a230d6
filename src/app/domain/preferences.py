"""An athlete's training preferences: the choices that follow them to any screen they train on.

Load unit, counting mode, which leg goes first and the rests of new plans,
the count-in, whether cues sound and speak, and the symmetry line the legs
are compared against belong to the athlete (stored
with them in the database), so everyone at a gym's shared screen trains with
their own. How the app looks (theme, window, volume) belongs to the computer.

Values are stored as text, one key per field; `from_stored` reads them back
and treats a missing or damaged value as its default, so a preference can
never stop a session from starting.
"""

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from enum import StrEnum
from typing import Any

from app.domain.errors import ValidationError
from app.domain.messages import message
from app.domain.metrics import LSI_THRESHOLD
from app.domain.plan import MAX_REST_SECONDS, PlanItem
from app.domain.session import DEFAULT_COUNT_IN_S, CountingMode
from app.domain.side_order import SideOrder
from app.domain.units import Unit
from app.domain.validation import whole_number

MAX_COUNT_IN_S = 10
"""A count-in longer than this stops being a count-in."""
MIN_SYMMETRY_LINE = 50
"""Below this a symmetry line would flag almost nothing as uneven."""
MAX_SYMMETRY_LINE = 100
"""Above this a symmetry line could never be met."""

UNIT = "unit"
COUNTING_MODE = "counting_mode"
SIDE_ORDER = "side_order"
REST_BETWEEN_SIDES = "rest_between_sides_s"
REST_BETWEEN_SETS = "rest_between_sets_s"
COUNT_IN = "count_in_s"
SOUNDS = "sounds"
VOICE = "voice"
SYMMETRY_LINE = "symmetry_line_percent"


@dataclass(frozen=True)
class TrainingPreferences:
    """One athlete's choices for training; the defaults are a new athlete's."""

    unit: Unit = Unit.KG
    counting_mode: CountingMode = CountingMode.TEMPO
    side_order: SideOrder = SideOrder.WEAKER_FIRST
    rest_between_sides_s: int = PlanItem.rest_between_sides_s
    rest_between_sets_s: int = PlanItem.rest_between_sets_s
    count_in_s: int = round(DEFAULT_COUNT_IN_S)
    sounds: bool = True
    voice: bool = True
    # The limb symmetry (%) below which the legs are flagged: 90 % is the return-to-sport
    # benchmark after knee injury (`app.domain.metrics.LSI_THRESHOLD`); a coach may set
    # another.
    symmetry_line_percent: int = round(LSI_THRESHOLD)


PREFERENCE_KEYS: tuple[str, ...] = tuple(f.name for f in fields(TrainingPreferences))
_DEFAULTS = TrainingPreferences()
# Whole-number preferences: label, lowest, highest, unit.
_WHOLE: dict[str, tuple[str, int, int, str]] = {
    REST_BETWEEN_SIDES: ("Rest between sides", 0, MAX_REST_SECONDS, "s"),
    REST_BETWEEN_SETS: ("Rest between sets", 0, MAX_REST_SECONDS, "s"),
    COUNT_IN: ("The count-in", 0, MAX_COUNT_IN_S, "s"),
    SYMMETRY_LINE: ("The symmetry line", MIN_SYMMETRY_LINE, MAX_SYMMETRY_LINE, "%"),
}
_TRUE, _FALSE = "true", "false"


def _choice(kind: type[StrEnum], value: object) -> StrEnum:
    if isinstance(value, kind):
        return value
    if isinstance(value, str) and value in {member.value for member in kind}:
        return kind(value)
    allowed = ", ".join(member.value for member in kind)
    raise ValidationError(message(
        "{value!r} is not one of: {allowed}.", value=value, allowed=allowed))


def checked(key: str, value: object) -> Any:
    """`value` as the preference `key` holds it; `ValidationError` naming what is wrong."""
    default = getattr(_DEFAULTS, key, None)
    if key not in PREFERENCE_KEYS:
        raise ValidationError(message("There is no preference called {key!r}.", key=key))
    if isinstance(default, StrEnum):
        return _choice(type(default), value)
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ValidationError(message(
                "{key} is on or off (got {value!r}).", key=key, value=value))
        return value
    label, low, high, unit = _WHOLE[key]
    return whole_number(label, value, low, high, unit)  # type: ignore[arg-type]


def with_preference(preferences: TrainingPreferences, key: str, value: object
                    ) -> TrainingPreferences:
    """The preferences with one changed; `ValidationError` (and nothing changed) if bad."""
    return replace(preferences, **{key: checked(key, value)})


def stored_text(key: str, value: object) -> str:
    """How one checked preference is kept in storage, as text."""
    value = checked(key, value)
    if isinstance(value, bool):
        return _TRUE if value else _FALSE
    return str(value.value if isinstance(value, StrEnum) else value)


def from_stored(stored: Mapping[str, str]) -> TrainingPreferences:
    """Preferences from stored text; anything missing, unknown or damaged reads as its default."""
    values: dict[str, Any] = {}
    for key in PREFERENCE_KEYS:
        text = stored.get(key)
        if text is None:
            continue
        default = getattr(_DEFAULTS, key)
        parsed: object = text
        if isinstance(default, bool):
            parsed = {_TRUE: True, _FALSE: False}.get(text.strip().lower())
        elif isinstance(default, int):
            try:
                parsed = int(text)
            except ValueError:
                continue
        try:
            values[key] = checked(key, parsed)
        except ValidationError:
            continue
    return replace(_DEFAULTS, **values)


def changed_keys(before: TrainingPreferences, after: TrainingPreferences) -> frozenset[str]:
    """The keys whose values differ."""
    return frozenset(k for k in PREFERENCE_KEYS if getattr(before, k) != getattr(after, k))
