"""Typed access to Legwork's QSettings: what belongs to this computer, not to an athlete.

The theme, the cue volume, the window's size and place, the last view and
whether the first-start caution was read are the computer's. Training
preferences (unit, counting mode, rests, side order, count-in, sounds and voice
on or off, symmetry line) belong to the athlete and live in the
database (`app.services.preferences`); versions before that kept them here,
and `legacy_training_preferences` reads them once so they can be carried over.
"""

from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from app.domain import preferences as prefs
from app.domain.errors import ValidationError
from app.domain.messages import message
from app.domain.validation import whole_number
from app.ui.shell.theme import ThemeChoice

ORGANISATION = "Legwork"
APPLICATION = "Legwork"

# Keys of the display preferences, named once so listeners can compare against them.
THEME_KEY = "ui/theme"
VOLUME_KEY = "cues/volume"
MAX_VOLUME = 100
DEFAULT_VOLUME = 80
_CAUTION_SEEN_KEY = "ui/caution_seen"

# Where versions before per-athlete preferences kept them, and what each became.
_LEGACY_KEYS = {
    "units/load": prefs.UNIT,
    "session/rest_between_sides_s": prefs.REST_BETWEEN_SIDES,
    "session/rest_between_sets_s": prefs.REST_BETWEEN_SETS,
    "session/count_in_s": prefs.COUNT_IN,
    "session/side_order": prefs.SIDE_ORDER,
    "session/counting_mode": prefs.COUNTING_MODE,
    "cues/sounds": prefs.SOUNDS,
    "cues/voice": prefs.VOICE,
    "symmetry_line_percent": prefs.SYMMETRY_LINE,
}

_Choice = TypeVar("_Choice", bound=StrEnum)


class SettingsNotifier(QObject):
    """Tells listeners which setting was just written, so changes apply without a restart."""

    changed = Signal(str)


def _flag(value: object) -> bool | None:
    # INI files hand booleans back as the strings "true"/"false".
    if isinstance(value, bool):
        return value
    return {"true": True, "false": False}.get(str(value).lower())


_REMINDER_ON_KEY = "programme/reminder_on"
_REMINDER_TIME_KEY = "programme/reminder_time"
DEFAULT_REMINDER_TIME = "17:00"
REMINDER_KEY = _REMINDER_ON_KEY


class UiSettings:
    """The computer's display preferences and window state, persisted between runs.

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

    def theme(self) -> ThemeChoice:
        """The saved theme choice (system when unset or unknown)."""
        try:
            return ThemeChoice(str(self._s.value(THEME_KEY, ThemeChoice.SYSTEM.value)))
        except ValueError:
            return ThemeChoice.SYSTEM

    def set_theme(self, choice: ThemeChoice | str) -> None:
        """Remember a theme choice."""
        try:
            theme = ThemeChoice(choice)
        except ValueError:
            allowed = ", ".join(member.value for member in ThemeChoice)
            raise ValidationError(message(
                "{value!r} is not one of: {allowed}.", value=choice, allowed=allowed)) from None
        self._store(THEME_KEY, theme.value)

    def volume(self) -> int:
        """Loudness of tones and voice on this computer, 0 to 100."""
        try:
            value = int(str(self._s.value(VOLUME_KEY, DEFAULT_VOLUME)))
        except ValueError:
            return DEFAULT_VOLUME
        return value if 0 <= value <= MAX_VOLUME else DEFAULT_VOLUME

    def set_volume(self, volume: int) -> None:
        """Remember the cue volume; 0 to 100."""
        self._store(VOLUME_KEY, whole_number("Volume", volume, 0, MAX_VOLUME))

    def legacy_training_preferences(self) -> dict[str, object]:
        """Training preferences an older version kept here, by preference key (values as read).

        Numbers and on/off values are read as such; whether each is acceptable
        is for the domain to say when they are carried over.
        """
        found: dict[str, object] = {}
        for old, key in _LEGACY_KEYS.items():
            if not self._s.contains(old):
                continue
            raw = self._s.value(old)
            value: object = raw
            if key in (prefs.SOUNDS, prefs.VOICE):
                value = _flag(raw)
            elif key in (prefs.REST_BETWEEN_SIDES, prefs.REST_BETWEEN_SETS, prefs.COUNT_IN,
                         prefs.SYMMETRY_LINE):
                try:
                    value = int(str(raw))
                except ValueError:
                    continue
            found[key] = value
        return found

    def forget_legacy_training_preferences(self) -> None:
        """Remove the old training preferences once they are carried over (they never come back)."""
        for old in _LEGACY_KEYS:
            self._s.remove(old)

    def caution_seen(self) -> bool:
        """Whether the first-start caution was acknowledged on this computer."""
        return bool(_flag(self._s.value(_CAUTION_SEEN_KEY, False)))

    def set_caution_seen(self) -> None:
        """Remember that the first-start caution was read."""
        self._s.setValue(_CAUTION_SEEN_KEY, True)

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

    def reminder(self) -> tuple[bool, str]:
        """Whether this computer reminds of a training day's session, and when ("HH:MM").

        Kept with the computer, not the athlete: it is this desktop that shows the note.
        """
        on = _flag(self._s.value(_REMINDER_ON_KEY, False))
        at = str(self._s.value(_REMINDER_TIME_KEY, DEFAULT_REMINDER_TIME))
        valid = len(at) == 5 and at[2] == ":" and at.replace(":", "").isdigit()
        return bool(on), at if valid else DEFAULT_REMINDER_TIME

    def set_reminder(self, on: bool, at: str) -> None:
        """Remember the reminder choice; `notifier.changed` tells the reminder to re-arm."""
        self._s.setValue(_REMINDER_TIME_KEY, at)
        self._store(_REMINDER_ON_KEY, bool(on))

