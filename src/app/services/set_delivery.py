"""Recording sets on a gym's server so that none is lost when the network drops.

A kiosk records each accepted set straight on the server while it answers.
When it does not (the server restarting, a pulled cable), the set goes into
the kiosk's outbox on its own disk instead and the athlete trains on; later
sets queue behind it, so the server receives them in the order they were
accepted. `deliver_waiting` sends the queue, oldest first, once the back-off
pause since the last failure is over (the kiosk calls it from a timer). A set
that reaches the server twice is stored once (`record_set_once`), so a commit
whose answer was lost is never doubled. An item the server refuses on return
(the session was closed or the athlete deleted meanwhile) is kept in the
outbox's refused list for the admin, never dropped.

Qt-free: the kiosk window polls `status()` for its "offline — N sets waiting"
badge and may run `deliver_waiting` on a worker thread (it may wait for the
network; the outbox and this object are safe to share between two threads).
"""

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from app.domain.backoff import Backoff
from app.domain.clock import Clock, MonotonicClock
from app.domain.errors import LegworkError
from app.domain.records import SessionStatus, SetEntry
from app.services.changes import Changes, Outcome
from app.storage.database import Database, is_connection_error
from app.storage.models import utc_now
from app.storage.outbox import ItemKind, Outbox, QueuedItem, outbox_path
from app.storage.outbox import RefusedItem as RefusedItem
from app.storage.sessions import (
    abandon_session,
    finish_session,
    get_session,
    record_set_once,
)


class DeliveryState(StrEnum):
    """Where an accepted set (or session close) is now."""

    STORED = "stored"
    """On the server."""
    QUEUED = "queued"
    """In the kiosk's outbox on disk, waiting for the server."""


@dataclass(frozen=True)
class Delivery:
    """What became of one accepted set or session close."""

    state: DeliveryState
    set_id: int | None
    """The server's id of a stored set (None for a queued one or a close)."""
    waiting: int
    """Sets in the outbox after this call."""


@dataclass(frozen=True)
class OutboxStatus:
    """What the kiosk's badge and the admin panel show."""

    online: bool
    """False after a failed attempt, until the server answers again."""
    waiting: int
    """Sets waiting in the outbox."""
    refused: int
    """Items the server refused, kept for the admin."""
    retry_in_s: float | None
    """Seconds until the next attempt is due (None: nothing waits)."""


@dataclass(frozen=True)
class DeliveryReport:
    """What one `deliver_waiting` call did."""

    delivered: int
    refused: int
    waiting: int
    online: bool


def is_offline_error(error: BaseException) -> bool:
    """Whether `error` means the server cannot be reached now (worth trying again later).

    For the UI, which may not import SQLAlchemy to tell a dropped connection
    from a refusal.
    """
    return is_connection_error(error)


def _reason(error: BaseException) -> str:
    if isinstance(error, DBAPIError) and error.orig is not None:
        lines = [line for line in str(error.orig).splitlines() if line.strip()]
        return lines[0] if lines else type(error.orig).__name__
    return str(error)


class SetDelivery:
    """Records sets and session closes on the server, or keeps them in order in the outbox."""

    def __init__(
        self,
        db: Database,
        outbox: Outbox,
        *,
        clock: Clock | None = None,
        backoff: Backoff | None = None,
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        self.db = db
        self.outbox = outbox
        self._clock = clock or MonotonicClock()
        self._backoff = backoff or Backoff()
        self._now = now
        self._failures = 0
        self._retry_at = 0.0
        self._state = threading.Lock()
        # One delivery at a time, or two threads could send the same item.
        self._delivering = threading.Lock()

    # -- what the athlete does ------------------------------------------------

    def record_set(self, session_id: int, entry: SetEntry) -> Outcome[Delivery]:
        """Store an accepted set on the server, or queue it if the server cannot take it now.

        Never raises for an unreachable server. A set the server refuses while
        it answers (a closed session, a bad value) raises the storage error, as
        at home, so the athlete sees it at once.
        """
        if not self._should_try_now():
            return self._queued(self.outbox.add_set(session_id, entry, self._now()))
        try:
            set_id, _ = record_set_once(self.db, session_id, entry)
        except Exception as error:
            if not is_connection_error(error):
                raise
            self._went_offline()
            return self._queued(self.outbox.add_set(session_id, entry, self._now()))
        self._came_online()
        return Outcome(Delivery(DeliveryState.STORED, set_id, 0), Changes(sessions=True))

    def finish_session(self, session_id: int, *, notes: str | None = None) -> Outcome[Delivery]:
        """Finish the session now, on the server or (behind its sets) in the outbox."""
        return self._close(ItemKind.FINISH, session_id, notes)

    def abandon_session(self, session_id: int) -> Outcome[Delivery]:
        """Abandon the session now, on the server or (behind its sets) in the outbox."""
        return self._close(ItemKind.ABANDON, session_id, None)

    # -- the outbox -----------------------------------------------------------

    def refused(self) -> list[RefusedItem]:
        """Items the server refused, oldest first, for the admin to send again or dismiss."""
        return self.outbox.refused()

    def close(self) -> None:
        """Close the outbox file (its items stay on disk for the next start)."""
        self.outbox.close()

    def status(self) -> OutboxStatus:
        """Online or not, how many sets wait, how many were refused, when the next try is."""
        waiting = self.outbox.waiting_sets()
        with self._state:
            online = self._failures == 0
            retry_in = max(0.0, self._retry_at - self._clock.now())
        return OutboxStatus(
            online=online,
            waiting=waiting,
            refused=len(self.outbox.refused()),
            retry_in_s=retry_in if self.outbox.count() else None,
        )

    def retry_due(self) -> bool:
        """Whether items wait and the back-off pause since the last failure is over."""
        return self.outbox.count() > 0 and self._pause_over()

    def deliver_waiting(self) -> Outcome[DeliveryReport]:
        """Send the waiting items, oldest first, until the queue is empty or the server is gone.

        Each item goes once: a set already on the server counts as delivered.
        An item the server refuses is moved to the refused list and the next
        one is sent. Call it when `retry_due()`; calling it earlier tries anyway.
        """
        delivered = refused = 0
        online = True
        with self._delivering:
            while (item := self.outbox.first()) is not None:
                try:
                    self._deliver(item)
                except Exception as error:
                    if is_connection_error(error):
                        self.outbox.attempt_failed(item.id, _reason(error))
                        self._went_offline()
                        online = False
                        break
                    if not isinstance(error, LegworkError | DBAPIError):
                        raise
                    self.outbox.refuse(item.id, _reason(error), self._now())
                    refused += 1
                    continue
                self.outbox.delivered(item.id)
                delivered += 1
            if online:
                self._came_online()
        report = DeliveryReport(delivered, refused, self.outbox.waiting_sets(), online)
        changes = Changes(sessions=delivered > 0, outbox=bool(delivered or refused))
        return Outcome(report, changes)

    def requeue_refused(self, item_id: int) -> Outcome[None]:
        """The admin fixed what the server objected to: send that item again, in its place."""
        self.outbox.requeue(item_id)
        return Outcome(None, Changes(outbox=True))

    def dismiss_refused(self, item_id: int) -> Outcome[None]:
        """The admin has dealt with a refused item: forget it (the only way one is dropped)."""
        self.outbox.dismiss(item_id)
        return Outcome(None, Changes(outbox=True))

    # -- inside ---------------------------------------------------------------

    def _close(self, kind: ItemKind, session_id: int, notes: str | None) -> Outcome[Delivery]:
        at = self._now()
        if self._should_try_now():
            try:
                self._close_on_server(kind, session_id, at, notes)
            except Exception as error:
                if not is_connection_error(error):
                    raise
                self._went_offline()
            else:
                self._came_online()
                return Outcome(Delivery(DeliveryState.STORED, None, 0), Changes(sessions=True))
        return self._queued(self.outbox.add_close(kind, session_id, at, notes, at))

    def _close_on_server(
        self, kind: ItemKind, session_id: int, at: datetime, notes: str | None
    ) -> None:
        wanted = SessionStatus.FINISHED if kind is ItemKind.FINISH else SessionStatus.ABANDONED
        info = get_session(self.db, session_id)
        if info.status is wanted:
            return  # sent before, and the answer was lost: already done
        if kind is ItemKind.FINISH:
            finish_session(self.db, session_id, finished_at=at, notes=notes)
        else:
            abandon_session(self.db, session_id, at=at)

    def _deliver(self, item: QueuedItem) -> None:
        if item.kind is ItemKind.SET:
            assert item.entry is not None
            record_set_once(self.db, item.session_id, item.entry)
        else:
            assert item.closed_at is not None
            self._close_on_server(item.kind, item.session_id, item.closed_at, item.notes)

    def _queued(self, _item: QueuedItem) -> Outcome[Delivery]:
        return Outcome(Delivery(DeliveryState.QUEUED, None, self.outbox.waiting_sets()),
                       Changes(outbox=True))

    def _should_try_now(self) -> bool:
        # Behind waiting items a new one must queue, or it would overtake them.
        return self.outbox.count() == 0 and self._pause_over()

    def _pause_over(self) -> bool:
        with self._state:
            return self._clock.now() >= self._retry_at

    def _went_offline(self) -> None:
        with self._state:
            self._failures += 1
            self._retry_at = self._clock.now() + self._backoff.delay_s(self._failures)

    def _came_online(self) -> None:
        with self._state:
            self._failures = 0
            self._retry_at = 0.0


def open_delivery(db: Database, folder: Path) -> SetDelivery:
    """A kiosk's delivery to the gym's server, with its outbox file for that server in `folder`.

    Items left in the outbox by an earlier run (the kiosk was switched off
    while offline) are still there and are sent first.
    """
    return SetDelivery(db, Outbox(outbox_path(folder, db.location)))
