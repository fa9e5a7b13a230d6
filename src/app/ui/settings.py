"""Typed access to Legwork's QSettings keys: window state and the Preferences."""

from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from app.domain.errors import ValidationError
from app.domain.metrics import LSI_THRESHOLD
from app.domain.plan import MAX_REST_SECONDS, PlanItem
from app.domain.session import DEFAULT_COUNT_IN_S, CountingMode
from app.domain.side_order import SideOrder
from app.domain.units import Unit
from app.domain.validation import whole_number
from app.ui.theme import ThemeChoice

ORGANISATION = "Legwork"
APPLICATION = "Legwork"

# Keys of the Preferences, named once so listeners can compare against them.
THEME_KEY = "ui/theme"
UNIT_KEY = "units/load"
REST_SIDES_KEY = "session/rest_between_sides_s"
REST_SETS_KEY = "session/rest_between_sets_s"
COUNT_IN_KEY = "session/count_in_s"
SIDE_ORDER_KEY = "session/side_order"
COUNTING_MODE_KEY = "session/counting_mode"
SOUNDS_KEY = "cues/sounds"
VOICE_KEY = "cues/voice"
VOLUME_KEY = "cues/volume"
# Training preference: the lead moves it into the per-athlete store with the others.
SYMMETRY_LINE_KEY = "symmetry_line_percent"

# A count-in longer than this stops being a count-in; short enough to keep the spin box small.
MAX_COUNT_IN_S = 10
MAX_VOLUME = 100
DEFAULT_VOLUME = 80
# Below this a "symmetry line" flags nearly everything; above 100 it could never be met.
MIN_SYMMETRY_LINE = 50
MAX_SYMMETRY_LINE = 100

_Choice = TypeVar("_Choice", bound=StrEnum)


class SettingsNotifier(QObject):
    """Tells listeners which setting was just written, so changes apply without a restart."""

    changed = Signal(str)


class UiSettings:
    """Window state and Preferences, persisted between runs.

    Getters never fail: a missing or damaged value reads as its default.
    Preference setters refuse bad values with `ValidationError` and announce
    each change on `notifier.changed` with the key written; window state
    (geometry, last view) is saved quietly.
    """

    def __init__(
        self, settings: QSettings | None = None, notifier: SettingsNotifier | None = None
    ) -> None:
        self._s = settings if settings is not None else QSettings()
        self.notifier = notifier if notifier is not None else SettingsNotifier()

    def _store(self, key: str, value: object) -> None:
        self._s.setValue(key, value)
        self.notifier.changed.emit(key)

    def _whole(self, key: str, default: int, low: int, high: int) -> int:
        try:
            value = int(str(self._s.value(key, default)))
        except ValueError:
            return default
        return value if low <= value <= high else default

    def _flag(self, key: str, default: bool) -> bool:
        # INI files hand booleans back as the strings "true"/"false".
        value = self._s.value(key, default)
        if isinstance(value, bool):
            return value
        return {"true": True, "false": False}.get(str(value).lower(), default)

    def _choice(self, key: str, default: _Choice) -> _Choice:
        try:
            return type(default)(str(self._s.value(key, default.value)))
        except ValueError:
            return default

    def _store_choice(self, key: str, kind: type[_Choice], value: _Choice | str) -> None:
        try:
            choice = kind(value)
        except ValueError:
            allowed = ", ".join(member.value for member in kind)
            raise ValidationError(f"{value!r} is not one of: {allowed}.") from None
        self._store(key, choice.value)

    def theme(self) -> ThemeChoice:
        """The saved theme choice (system when unset or unknown)."""
        return self._choice(THEME_KEY, ThemeChoice.SYSTEM)

    def set_theme(self, choice: ThemeChoice) -> None:
        """Remember a theme choice."""
        self._store_choice(THEME_KEY, ThemeChoice, choice)

    def unit(self) -> Unit:
        """The unit loads are shown and typed in (kg unless the user chose lb)."""
        return self._choice(UNIT_KEY, Unit.KG)

    def set_unit(self, unit: Unit) -> None:
        """Remember the load unit."""
        self._store_choice(UNIT_KEY, Unit, unit)

    def rest_between_sides_s(self) -> int:
        """Default rest after the first leg of a set, in seconds (for new plan items)."""
        return self._whole(REST_SIDES_KEY, PlanItem.rest_between_sides_s, 0, MAX_REST_SECONDS)

    def set_rest_between_sides_s(self, seconds: int) -> None:
        """Remember the default rest between sides; 0 to 600 s."""
        self._store(REST_SIDES_KEY, whole_number("Rest between sides", seconds, 0,
                                                 MAX_REST_SECONDS, "s"))

    def rest_between_sets_s(self) -> int:
        """Default rest after both legs of a set, in seconds (for new plan items)."""
        return self._whole(REST_SETS_KEY, PlanItem.rest_between_sets_s, 0, MAX_REST_SECONDS)

    def set_rest_between_sets_s(self, seconds: int) -> None:
        """Remember the default rest between sets; 0 to 600 s."""
        self._store(REST_SETS_KEY, whole_number("Rest between sets", seconds, 0,
                                                MAX_REST_SECONDS, "s"))

    def count_in_s(self) -> int:
        """Seconds of count-in before each side-set starts."""
        return self._whole(COUNT_IN_KEY, round(DEFAULT_COUNT_IN_S), 0, MAX_COUNT_IN_S)

    def set_count_in_s(self, seconds: int) -> None:
        """Remember the count-in length; 0 (start at once) to 10 s."""
        self._store(COUNT_IN_KEY, whole_number("The count-in", seconds, 0, MAX_COUNT_IN_S, "s"))

    def side_order(self) -> SideOrder:
        """Which leg goes first in new plan items (weaker leg first unless changed)."""
        return self._choice(SIDE_ORDER_KEY, SideOrder.WEAKER_FIRST)

    def set_side_order(self, order: SideOrder) -> None:
        """Remember the default side order."""
        self._store_choice(SIDE_ORDER_KEY, SideOrder, order)

    def counting_mode(self) -> CountingMode:
        """Whether reps are paced by the tempo (the default) or counted by the athlete."""
        return self._choice(COUNTING_MODE_KEY, CountingMode.TEMPO)

    def set_counting_mode(self, mode: CountingMode) -> None:
        """Remember the counting mode chosen for the next session."""
        self._store_choice(COUNTING_MODE_KEY, CountingMode, mode)

    def sounds_enabled(self) -> bool:
        """Whether sessions play their tones (rep, phase, rest-over)."""
        return self._flag(SOUNDS_KEY, True)

    def set_sounds_enabled(self, enabled: bool) -> None:
        """Turn the session's tones on or off."""
        self._store(SOUNDS_KEY, bool(enabled))

    def voice_enabled(self) -> bool:
        """Whether sessions speak their cues ("down", "switch legs")."""
        return self._flag(VOICE_KEY, True)

    def set_voice_enabled(self, enabled: bool) -> None:
        """Turn the spoken cues on or off."""
        self._store(VOICE_KEY, bool(enabled))

    def volume(self) -> int:
        """Loudness of tones and voice, 0 to 100."""
        return self._whole(VOLUME_KEY, DEFAULT_VOLUME, 0, MAX_VOLUME)

    def set_volume(self, volume: int) -> None:
        """Remember the cue volume; 0 to 100."""
        self._store(VOLUME_KEY, whole_number("Volume", volume, 0, MAX_VOLUME))

    def symmetry_line_percent(self) -> int:
        """The limb symmetry (%) below which legs are flagged; 90 unless the athlete chose.

        90 % is the return-to-sport benchmark used after knee injury
        (`app.domain.metrics.LSI_THRESHOLD`); an athlete or coach may set their own.
        """
        return self._whole(SYMMETRY_LINE_KEY, round(LSI_THRESHOLD), MIN_SYMMETRY_LINE,
                           MAX_SYMMETRY_LINE)

    def set_symmetry_line_percent(self, percent: int) -> None:
        """Remember the symmetry line; 50 to 100 %."""
        self._store(SYMMETRY_LINE_KEY, whole_number("The symmetry line", percent,
                                                    MIN_SYMMETRY_LINE, MAX_SYMMETRY_LINE, "%"))

    def caution_seen(self) -> bool:
        """Whether the first-start caution was acknowledged on this computer."""
        return self._flag("ui/caution_seen", False)

    def set_caution_seen(self) -> None:
        """Remember that the first-start caution was read."""
        self._s.setValue("ui/caution_seen", True)

    def last_view(self) -> str:
        """The key of the view that was showing when the window closed."""
        return str(self._s.value("ui/last_view", "library"))

    def set_last_view(self, key: str) -> None:
        """Remember which view is showing."""
        self._s.setValue("ui/last_view", key)

    def geometry(self) -> QByteArray | None:
        """The saved window geometry, if any."""
        value = self._s.value("ui/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, geometry: QByteArray) -> None:
        """Remember the window's size and position."""
        self._s.setValue("ui/geometry", geometry)

    def sync(self) -> None:
        """Write pending values to disk now."""
        self._s.sync()
