"""Typed access to the few QSettings keys the main window remembers."""

from PySide6.QtCore import QByteArray, QSettings

from app.domain.units import Unit
from app.ui.theme import ThemeChoice

ORGANISATION = "Legwork"
APPLICATION = "Legwork"


class UiSettings:
    """Window geometry, last view and theme, persisted between runs."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings if settings is not None else QSettings()

    def theme(self) -> ThemeChoice:
        """The saved theme choice (system when unset or unknown)."""
        value = str(self._s.value("ui/theme", ThemeChoice.SYSTEM.value))
        try:
            return ThemeChoice(value)
        except ValueError:
            return ThemeChoice.SYSTEM

    def set_theme(self, choice: ThemeChoice) -> None:
        """Remember a theme choice."""
        self._s.setValue("ui/theme", choice.value)

    def unit(self) -> Unit:
        """The unit loads are shown and typed in (kg unless the user chose lb)."""
        try:
            return Unit(str(self._s.value("units/load", Unit.KG.value)))
        except ValueError:
            return Unit.KG

    def set_unit(self, unit: Unit) -> None:
        """Remember the load unit."""
        self._s.setValue("units/load", unit.value)

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
