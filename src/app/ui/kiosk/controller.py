"""The kiosk's controller: the app controller with no home athlete and the kiosk's rules.

One athlete at a time is current (`athlete`); every history query the views
make goes through storage functions that take that athlete's id. PIN checks
go through a lock-out per PIN (the admin's and each athlete's), so guessing
one PIN never locks out everybody else.
"""

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.domain.clock import Clock, MonotonicClock
from app.domain.lockout import PinLockout
from app.library import builtin_exercises
from app.storage import kiosk as store
from app.storage.athletes import AthleteInfo
from app.storage.database import Database
from app.storage.kiosk import KioskAthlete
from app.ui.controller import AppController

ADMIN = "admin"


class KioskController(AppController):
    """Database, current athlete and PIN checks for the kiosk window."""

    athletes_changed = Signal()

    def __init__(self, database_url: str, clock: Clock | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(database_url, parent)
        self.clock: Clock = clock or MonotonicClock()
        self._lockouts: dict[str, PinLockout] = {}

    def open_database(self) -> None:
        """Open the database without adding a home athlete: a gym's screen starts empty."""
        from app.storage.database import open_database
        from app.storage.exercises import list_custom_exercises, sync_builtin_exercises

        self.db = open_database(self.database_url)
        sync_builtin_exercises(self.db, builtin_exercises())
        self._custom = list_custom_exercises(self.db)
        self.database_opened.emit()
        self.library_changed.emit()

    def adopt_database(self, other: AppController) -> None:
        """Share another window's open database (View → Kiosk mode) instead of opening one."""
        self.db = other.db
        self._custom = [e for e in other.exercises() if not e.builtin]

    # -- picking ----------------------------------------------------------

    def tiles(self, search: str = "") -> list[KioskAthlete]:
        """The picker's tiles, alphabetically, optionally narrowed by a search."""

        return store.kiosk_athletes(self._db(), search)

    def tile(self, athlete_id: int) -> KioskAthlete | None:
        """One tile by athlete id."""
        return next((t for t in self.tiles() if t.id == athlete_id), None)

    def begin_athlete(self, athlete_id: int) -> None:
        """Make this athlete current; their screens are built from here on."""
        tile = self.tile(athlete_id)
        if tile is None:
            raise LookupError(f"there is no athlete with id {athlete_id}")
        self.athlete = AthleteInfo(id=tile.id, name=tile.name, is_demo=False)
        self.athlete_changed.emit()

    def end_athlete(self) -> None:
        """Nobody is current any more."""
        self.athlete = None
        self.athlete_changed.emit()

    def check_new_name(self, name: str) -> None:
        """`ValidationError` if no athlete could be added with this name (asked before the PIN)."""
        store.check_new_athlete_name(self._db(), name)

    def add_athlete(self, name: str, pin: str | None) -> AthleteInfo:
        """Add an athlete from the kiosk; `ValidationError` for a bad name or PIN."""

        athlete = store.add_kiosk_athlete(self._db(), name, pin)
        self.athletes_changed.emit()
        return athlete

    def delete_athlete(self, athlete_id: int) -> None:
        """Remove an athlete and their history (the admin panel asks first)."""

        store.delete_athlete(self._db(), athlete_id)
        self._lockouts.pop(str(athlete_id), None)
        self.athletes_changed.emit()

    # -- PINs -------------------------------------------------------------

    def lockout(self, who: str) -> PinLockout:
        """The lock-out guarding one PIN: `ADMIN` or an athlete id as text."""
        return self._lockouts.setdefault(who, PinLockout(self.clock))

    def has_admin_pin(self) -> bool:
        """Whether the admin PIN has been set."""

        return store.has_admin_pin(self._db())

    def set_admin_pin(self, pin: str) -> None:
        """Set or change the admin PIN; `ValidationError` unless four digits."""

        store.set_admin_pin(self._db(), pin)

    def check_admin_pin(self, pin: str) -> bool:
        """Check a PIN against the admin PIN, counting wrong ones (`LockedOutError` if locked)."""

        lockout = self.lockout(ADMIN)
        lockout.check_open()
        correct = store.verify_admin_pin(self._db(), pin)
        lockout.record(correct)
        return correct

    def check_athlete_pin(self, athlete_id: int, pin: str) -> bool:
        """Check an athlete's PIN, counting wrong ones (`LockedOutError` if locked)."""

        lockout = self.lockout(str(athlete_id))
        lockout.check_open()
        correct = store.verify_athlete_pin(self._db(), athlete_id, pin)
        lockout.record(correct)
        return correct

    # -- settings ---------------------------------------------------------

    def idle_timeout_s(self) -> int:
        """Seconds without a touch before the kiosk returns to the picker."""

        return store.idle_timeout_s(self._db())

    def set_idle_timeout_s(self, seconds: int) -> None:
        """Change the idle timeout; `ValidationError` outside 30–3600 s."""

        store.set_idle_timeout_s(self._db(), seconds)

    def _db(self) -> Database:
        if self.db is None:
            raise RuntimeError("the database is not open yet")
        return self.db


def last_trained_text(moment: datetime | None, today: datetime) -> str:
    """A tile's second line: "Last trained today", "… yesterday", "… 3 Mar" or never."""
    if moment is None:
        return QCoreApplication.translate("KioskController", "No sessions yet")
    local, now = moment.astimezone(), today.astimezone()
    days = (now.date() - local.date()).days
    if days == 0:
        return QCoreApplication.translate("KioskController", "Last trained today")
    if days == 1:
        return QCoreApplication.translate("KioskController", "Last trained yesterday")
    day = f"{local.day} {local:%b}" if local.year == now.year else f"{local.day} {local:%b %Y}"
    return QCoreApplication.translate("KioskController", "Last trained {day}").format(day=day)
