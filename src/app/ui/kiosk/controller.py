"""The kiosk's controller: the app controller with no home athlete, over the kiosk services.

One athlete at a time is current (`athlete`); every history query the views
make takes that athlete's id, and their own training preferences come with
them. PIN checks go through a lock-out per PIN (the admin's and each
athlete's), kept in the database, so guessing one PIN never locks out
everybody else, and restarting the kiosk gives a guesser no fresh tries.
"""

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.dates import days_between, recent_day_text
from app.domain.athletes import AthleteInfo, KioskAthlete
from app.domain.clock import Clock, MonotonicClock
from app.domain.lockout import PinAttempts
from app.services import kiosk as service
from app.ui.shell.controller import AppController

ADMIN = "admin"
"""The admin PIN's owner for `lockout`; an athlete's PIN is their id as text."""


def _utc_now() -> datetime:
    return datetime.now(UTC)


class KioskController(AppController):
    """Database, current athlete and PIN checks for the kiosk window."""

    athletes_changed = Signal()

    def __init__(self, database_url: str, clock: Clock | None = None,
                 parent: QObject | None = None, *,
                 now: Callable[[], datetime] = _utc_now) -> None:
        super().__init__(database_url, parent)
        self.clock: Clock = clock or MonotonicClock()
        self.now = now
        """Wall-clock time (UTC) for the stored lock-out, which must outlast a restart."""
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

    def delete_athlete(self, athlete_id: int) -> Path:
        """Remove an athlete and their history, kept first in a CSV file; returns the file."""
        from app.paths import data_dir

        folder = data_dir(ensure=True) / "deleted-athletes"
        return self.apply(service.delete_athlete(self.require_db(), athlete_id, folder,
                                                 self.now()))

    def session_count(self, athlete_id: int) -> int:
        """How many sessions an athlete has (the delete confirmation says it)."""
        return service.session_count(self.require_db(), athlete_id)

    def rename_athlete_to(self, athlete_id: int, name: str) -> None:
        """Rename a member (the admin panel); `ValidationError` for a bad or taken name."""
        self.apply(service.rename_athlete(self.require_db(), athlete_id, name))

    def set_athlete_pin(self, athlete_id: int, pin: str | None) -> None:
        """Give a member a new PIN or none (the admin panel); `ValidationError` for a bad PIN."""
        self.apply(service.set_athlete_pin(self.require_db(), athlete_id, pin))

    # -- PINs -------------------------------------------------------------

    def lockout(self, who: str) -> PinAttempts:
        """The stored tries and lock-out of one PIN: `ADMIN` or an athlete id as text."""
        db = self.require_db()
        if who == ADMIN:
            return service.admin_pin_attempts(db)
        return service.athlete_pin_attempts(db, int(who))

    def has_admin_pin(self) -> bool:
        """Whether the admin PIN has been set."""
        return service.has_admin_pin(self.require_db())

    def set_admin_pin(self, pin: str) -> None:
        """Set or change the admin PIN; `ValidationError` unless four digits."""
        self.apply(service.set_admin_pin(self.require_db(), pin))

    def check_admin_pin(self, pin: str) -> bool:
        """Check a PIN against the admin PIN, counting wrong ones (`LockedOutError` if locked)."""
        return service.check_admin_pin(self.require_db(), pin, self.now())

    def check_athlete_pin(self, athlete_id: int, pin: str) -> bool:
        """Check an athlete's PIN, counting wrong ones (`LockedOutError` if locked)."""
        return service.check_athlete_pin(self.require_db(), athlete_id, pin, self.now())

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
