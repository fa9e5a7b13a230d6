"""The kiosk's controller: the app controller with no home athlete, over the kiosk services.

One athlete at a time is current (`athlete`); every history query the views
make takes that athlete's id, and their own training preferences come with
them. PIN checks go through a lock-out per PIN (the admin's and each
athlete's), so guessing one PIN never locks out everybody else.
"""

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.dates import days_between, recent_day_text
from app.domain.athletes import AthleteInfo, KioskAthlete
from app.domain.clock import Clock, MonotonicClock
from app.domain.lockout import PinLockout
from app.services import kiosk as service
from app.ui.shell.controller import AppController

ADMIN = "admin"


class KioskController(AppController):
    """Database, current athlete and PIN checks for the kiosk window."""

    athletes_changed = Signal()

    def __init__(self, database_url: str, clock: Clock | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(database_url, parent)
        self.clock: Clock = clock or MonotonicClock()
        self._lockouts: dict[str, PinLockout] = {}
        self.changed.connect(self._changed)

    def open_database(self) -> None:
        """Open the database without adding a home athlete: a gym's screen starts empty."""
        from app.services.database import open_history

        self.db = open_history(self.database_url)
        self._reload_library()
        self.database_opened.emit()

    def adopt_database(self, other: AppController) -> None:
        """Share another window's open database (View → Kiosk mode) instead of opening one."""
        self.db = other.db
        self._exercises = other.exercises()

    def _changed(self, changes: object) -> None:
        if getattr(changes, "athletes", False):
            self.athletes_changed.emit()

    # -- picking ----------------------------------------------------------

    def tiles(self, search: str = "") -> list[KioskAthlete]:
        """The picker's tiles, alphabetically, optionally narrowed by a search."""
        return service.tiles(self.require_db(), search)

    def tile(self, athlete_id: int) -> KioskAthlete | None:
        """One tile by athlete id."""
        return next((t for t in self.tiles() if t.id == athlete_id), None)

    def begin_athlete(self, athlete_id: int) -> None:
        """Make this athlete current; their screens (and preferences) are used from here on."""
        tile = self.tile(athlete_id)
        if tile is None:
            raise LookupError(f"there is no athlete with id {athlete_id}")
        self._become(AthleteInfo(id=tile.id, name=tile.name, is_demo=False))

    def end_athlete(self) -> None:
        """Nobody is current any more."""
        self._become(None)

    def check_new_name(self, name: str) -> None:
        """`ValidationError` if no athlete could be added with this name (asked before the PIN)."""
        service.check_new_name(self.require_db(), name)

    def add_athlete(self, name: str, pin: str | None) -> AthleteInfo:
        """Add an athlete from the kiosk; `ValidationError` for a bad name or PIN."""
        return self.apply(service.add_athlete(self.require_db(), name, pin))

    def delete_athlete(self, athlete_id: int) -> None:
        """Remove an athlete and their history (the admin panel asks first)."""
        self.apply(service.delete_athlete(self.require_db(), athlete_id))
        self._lockouts.pop(str(athlete_id), None)

    # -- PINs -------------------------------------------------------------

    def lockout(self, who: str) -> PinLockout:
        """The lock-out guarding one PIN: `ADMIN` or an athlete id as text."""
        return self._lockouts.setdefault(who, PinLockout(self.clock))

    def has_admin_pin(self) -> bool:
        """Whether the admin PIN has been set."""
        return service.has_admin_pin(self.require_db())

    def set_admin_pin(self, pin: str) -> None:
        """Set or change the admin PIN; `ValidationError` unless four digits."""
        self.apply(service.set_admin_pin(self.require_db(), pin))

    def check_admin_pin(self, pin: str) -> bool:
        """Check a PIN against the admin PIN, counting wrong ones (`LockedOutError` if locked)."""
        lockout = self.lockout(ADMIN)
        lockout.check_open()
        correct = service.admin_pin_matches(self.require_db(), pin)
        lockout.record(correct)
        return correct

    def check_athlete_pin(self, athlete_id: int, pin: str) -> bool:
        """Check an athlete's PIN, counting wrong ones (`LockedOutError` if locked)."""
        lockout = self.lockout(str(athlete_id))
        lockout.check_open()
        correct = service.athlete_pin_matches(self.require_db(), athlete_id, pin)
        lockout.record(correct)
        return correct

    # -- settings ---------------------------------------------------------

    def idle_timeout_s(self) -> int:
        """Seconds without a touch before the kiosk returns to the picker."""
        return service.idle_timeout_s(self.require_db())

    def set_idle_timeout_s(self, seconds: int) -> None:
        """Change the idle timeout; `ValidationError` outside 30–3600 s."""
        self.set_kiosk_idle_timeout_s(seconds)


def last_trained_text(moment: datetime | None, today: datetime) -> str:
    """A tile's second line: "Last trained today", "… yesterday", "… 3 Mar" or never."""
    if moment is None:
        return QCoreApplication.translate("KioskController", "No sessions yet")
    days = days_between(moment, today)
    if days == 0:
        return QCoreApplication.translate("KioskController", "Last trained today")
    if days == 1:
        return QCoreApplication.translate("KioskController", "Last trained yesterday")
    return QCoreApplication.translate("KioskController", "Last trained {day}").format(
        day=recent_day_text(moment, today))
