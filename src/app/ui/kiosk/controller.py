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
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from app.dates import days_between, recent_day_text
from app.domain.athletes import AthleteInfo, KioskAthlete
from app.domain.clock import Clock, MonotonicClock
from app.domain.lockout import PinAttempts
from app.domain.records import SetEntry
from app.services import kiosk as service
from app.services.changes import Changes, Outcome
from app.ui.shell.controller import AppController

if TYPE_CHECKING:
    from app.services.set_delivery import OutboxStatus, RefusedItem, SetDelivery

ADMIN = "admin"
"""The admin PIN's owner for `lockout`; an athlete's PIN is their id as text."""


def _utc_now() -> datetime:
    return datetime.now(UTC)


class _Delivering(QRunnable):
    """Sends the outbox's waiting sets on a worker thread: a dead network may block seconds."""

    def __init__(self, delivery: "SetDelivery", done: Callable[[object], None]) -> None:
        super().__init__()
        self._delivery = delivery
        self._done = done

    def run(self) -> None:
        """Deliver, and hand the outcome back (a queued signal reaches the UI thread)."""
        try:
            outcome: object = self._delivery.deliver_waiting()
        except Exception as error:
            outcome = error
        self._done(outcome)


class KioskController(AppController):
    """Database, current athlete, PIN checks and, on a gym's server, the outbox.

    On a PostgreSQL server every accepted set goes through a `SetDelivery`:
    stored on the server at once while it answers, kept in the kiosk's outbox
    on disk while it does not, and sent in order once it is back
    (`deliver_in_background`, called by the window's timer).
    """

    REPORTS_BACKUPS = False
    athletes_changed = Signal()
    _delivered = Signal(object)
    """A background delivery finished: its `Outcome`, or the error it raised."""

    def __init__(self, database_url: str, clock: Clock | None = None,
                 parent: QObject | None = None, *,
                 now: Callable[[], datetime] = _utc_now) -> None:
        super().__init__(database_url, parent)
        self.clock: Clock = clock or MonotonicClock()
        self.now = now
        """Wall-clock time (UTC) for the stored lock-out, which must outlast a restart."""
        self.delivery: SetDelivery | None = None
        self.unreachable = False
        """True since a read found the gym's server out of reach, until one succeeds."""
        self._known_tiles: list[KioskAthlete] = []
        self._delivering = False
        self._delivered.connect(self._after_delivery)
        self.changed.connect(self._changed)

    def open_database(self) -> None:
        """Open the database without adding a home athlete: a gym's screen starts empty."""
        from app.services.database import open_history

        self.db = open_history(self.database_url)
        self._reload_library()
        self._open_delivery()
        self.database_opened.emit()

    def adopt_database(self, other: AppController) -> None:
        """Share another window's open database (View → Kiosk mode) instead of opening one."""
        self.db = other.db
        self._exercises = other.exercises()
        self._open_delivery()

    def close(self) -> None:
        """Close the outbox (its sets stay on disk) and the database."""
        self.close_outbox()
        super().close()

    def close_outbox(self) -> None:
        """Finish a delivery under way and close the outbox file; its sets stay on disk.

        Leaving kiosk mode from the desktop window does only this: the history
        is the desktop window's, which stays open.
        """
        if self.delivery is not None:
            self.wait_for_delivery()
            self.delivery.close()
            self.delivery = None

    # -- the gym's server and the outbox -------------------------------------

    def _open_delivery(self) -> None:
        if self.db is None or not self.db.is_server or self.delivery is not None:
            return
        from app.paths import data_dir
        from app.services.set_delivery import open_delivery

        self.delivery = open_delivery(self.db, data_dir(ensure=True))

    def is_offline(self, error: BaseException) -> bool:
        """Whether `error` says the gym's server is out of reach (and note that it is)."""
        if self.db is None or not self.db.is_server:
            return False
        from app.services.set_delivery import is_offline_error

        if not is_offline_error(error):
            return False
        if not self.unreachable:
            self.unreachable = True
            self.publish(Changes(outbox=True))
        return True

    def _reached(self) -> None:
        if self.unreachable:
            self.unreachable = False
            self.publish(Changes(outbox=True))

    def outbox_status(self) -> "OutboxStatus | None":
        """Online or not and the sets waiting, for the badge; None off a server."""
        if self.delivery is None:
            return None
        from dataclasses import replace

        status = self.delivery.status()
        return replace(status, online=status.online and not self.unreachable)

    def refused_items(self) -> "list[RefusedItem]":
        """What the server refused on its return, kept for the admin."""
        return [] if self.delivery is None else self.delivery.refused()

    def send_again(self, item_id: int) -> None:
        """The admin sends a refused item again (it goes back in its place in the queue)."""
        if self.delivery is not None:
            self.apply(self.delivery.requeue_refused(item_id))

    def dismiss(self, item_id: int) -> None:
        """The admin drops a refused item for good (asked on a confirmation screen first)."""
        if self.delivery is not None:
            self.apply(self.delivery.dismiss_refused(item_id))

    def deliver_in_background(self) -> bool:
        """Send waiting sets on a worker thread if a retry is due; True if it started."""
        delivery = self.delivery
        if delivery is None or self._delivering or not delivery.retry_due():
            return False
        self._delivering = True
        QThreadPool.globalInstance().start(_Delivering(delivery, self._delivered.emit))
        return True

    def wait_for_delivery(self, timeout_ms: int = 30_000) -> None:
        """Let a background delivery finish (closing the kiosk, and tests)."""
        QThreadPool.globalInstance().waitForDone(timeout_ms)

    def _after_delivery(self, outcome: object) -> None:
        self._delivering = False
        if isinstance(outcome, BaseException):
            if not self.is_offline(outcome):
                self.status_message.emit(str(outcome))
            return
        assert isinstance(outcome, Outcome)
        if outcome.value.online:
            self._reached()
        self.publish(outcome.changes | Changes(outbox=True))

    def record_set(self, session_id: int, entry: SetEntry) -> int | None:
        """Store the set on the server, or keep it in the outbox while the server is away."""
        if self.delivery is None:
            return super().record_set(session_id, entry)
        return self.apply(self.delivery.record_set(session_id, entry)).set_id

    def finish_session(self, session_id: int) -> None:
        """Finish the session on the server, or (behind its sets) in the outbox."""
        if self.delivery is None:
            super().finish_session(session_id)
            return
        self.apply(self.delivery.finish_session(session_id))

    def _changed(self, changes: object) -> None:
        if getattr(changes, "athletes", False):
            self.athletes_changed.emit()

    # -- picking ----------------------------------------------------------

    def tiles(self, search: str = "") -> list[KioskAthlete]:
        """The picker's tiles, alphabetically, optionally narrowed by a search.

        While the gym's server is out of reach, the tiles last read (the picker
        stays usable to see who is there; opening someone waits for the server).
        """
        try:
            tiles = service.tiles(self.require_db(), search)
        except Exception as error:
            if not self.is_offline(error):
                raise
            wanted = " ".join(search.split()).casefold()
            return [t for t in self._known_tiles if wanted in t.name.casefold()]
        self._reached()
        if not search:
            self._known_tiles = tiles
        return tiles

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
