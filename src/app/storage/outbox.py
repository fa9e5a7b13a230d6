"""The kiosk's outbox: sets (and session closes) accepted while the server was unreachable.

A small SQLite file on the kiosk's own disk, beside its settings, one per
server (`outbox_path`). Every item is committed with `synchronous=FULL` before
the athlete is told the set is kept, so a power cut loses nothing either.
Items keep the order they were accepted in (AUTOINCREMENT ids are never
reused). An item the server refuses when it is back is moved to the
`refused_item` table with the reason, for the gym's admin to see; nothing is
ever dropped without the admin saying so.

It uses the standard library's `sqlite3` only: it is a queue, not history,
and the kiosk must be able to open it when SQLAlchemy's server is gone.
"""

import hashlib
import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from app.domain.records import SetEntry
from app.domain.sides import Side

_SCHEMA_VERSION = 1
_SCHEMA = """
CREATE TABLE IF NOT EXISTS queued_item (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL CHECK (kind IN ('set', 'finish', 'abandon')),
    session_id INTEGER NOT NULL,
    payload TEXT NOT NULL,
    queued_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT
);
CREATE TABLE IF NOT EXISTS refused_item (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    session_id INTEGER NOT NULL,
    payload TEXT NOT NULL,
    queued_at TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    last_error TEXT,
    refused_at TEXT NOT NULL,
    reason TEXT NOT NULL
);
"""
_COLUMNS = "id, kind, session_id, payload, queued_at, attempts, last_error"


class ItemKind(StrEnum):
    """What a queued item asks the server to do."""

    SET = "set"
    FINISH = "finish"
    ABANDON = "abandon"


@dataclass(frozen=True)
class QueuedItem:
    """One accepted action waiting for the server, in acceptance order (`id`)."""

    id: int
    kind: ItemKind
    session_id: int
    entry: SetEntry | None
    """The set, for `ItemKind.SET`."""
    closed_at: datetime | None
    """When the session was finished or abandoned, for the other kinds."""
    notes: str | None
    queued_at: datetime
    attempts: int
    last_error: str | None


@dataclass(frozen=True)
class RefusedItem:
    """An item the server would not take when it was back, kept for the admin."""

    item: QueuedItem
    refused_at: datetime
    reason: str


def outbox_path(folder: Path, location: str) -> Path:
    """The outbox file for one server (`location` without password) in `folder`.

    One file per server, so pointing a kiosk at another server never sends
    one gym's sets to another.
    """
    digest = hashlib.sha256(location.encode("utf-8")).hexdigest()[:16]
    return folder / f"outbox-{digest}.db"


def _entry_json(entry: SetEntry) -> str:
    values: dict[str, Any] = asdict(entry)
    values["side"] = entry.side.value
    values["recorded_at"] = entry.recorded_at.astimezone(UTC).isoformat()
    return json.dumps(values, ensure_ascii=False)


def _entry(payload: dict[str, Any]) -> SetEntry:
    values = dict(payload)
    values["side"] = Side(values["side"])
    values["recorded_at"] = datetime.fromisoformat(values["recorded_at"])
    return SetEntry(**values)


def _item(row: tuple[Any, ...]) -> QueuedItem:
    item_id, kind, session_id, payload, queued_at, attempts, last_error = row[:7]
    data = json.loads(payload)
    kind = ItemKind(kind)
    closed = data.get("closed_at") if kind is not ItemKind.SET else None
    return QueuedItem(
        id=item_id,
        kind=kind,
        session_id=session_id,
        entry=_entry(data) if kind is ItemKind.SET else None,
        closed_at=datetime.fromisoformat(closed) if closed else None,
        notes=data.get("notes") if kind is not ItemKind.SET else None,
        queued_at=datetime.fromisoformat(queued_at),
        attempts=attempts,
        last_error=last_error,
    )


class Outbox:
    """The queue file: add in order, read in order, mark delivered or refused."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        # Autocommit: every method is one explicit transaction. The kiosk may deliver
        # from a worker thread while the session screen adds sets: one lock, short holds.
        self._lock = threading.RLock()
        self._conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self._conn.execute("PRAGMA journal_mode=WAL")
        # FULL: a set the athlete was told is kept survives a power cut.
        self._conn.execute("PRAGMA synchronous=FULL")
        self._conn.execute("PRAGMA busy_timeout=5000")
        with self._transaction() as conn:
            # One statement at a time: executescript would commit on its own.
            for statement in filter(str.strip, _SCHEMA.split(";")):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version={_SCHEMA_VERSION}")

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def _read(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        with self._lock, closing(self._conn.execute(sql, params)) as rows:
            return rows.fetchall()

    def _add(self, kind: ItemKind, session_id: int, payload: str, now: datetime) -> QueuedItem:
        with self._transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO queued_item (kind, session_id, payload, queued_at) "
                "VALUES (?, ?, ?, ?)",
                (kind.value, session_id, payload, now.astimezone(UTC).isoformat()),
            )
            row = conn.execute(
                f"SELECT {_COLUMNS} FROM queued_item WHERE id = ?", (cursor.lastrowid,)
            ).fetchone()
        return _item(row)

    def add_set(self, session_id: int, entry: SetEntry, now: datetime) -> QueuedItem:
        """Queue a set after every item already waiting."""
        return self._add(ItemKind.SET, session_id, _entry_json(entry), now)

    def add_close(
        self, kind: ItemKind, session_id: int, closed_at: datetime, notes: str | None,
        now: datetime,
    ) -> QueuedItem:
        """Queue finishing or abandoning a session, after its sets."""
        payload = json.dumps({"closed_at": closed_at.astimezone(UTC).isoformat(), "notes": notes},
                             ensure_ascii=False)
        return self._add(kind, session_id, payload, now)

    def pending(self) -> list[QueuedItem]:
        """Every item still waiting, oldest first."""
        return [_item(row) for row in self._read(
            f"SELECT {_COLUMNS} FROM queued_item ORDER BY id")]

    def first(self) -> QueuedItem | None:
        """The oldest item waiting, or None when the queue is empty."""
        rows = self._read(f"SELECT {_COLUMNS} FROM queued_item ORDER BY id LIMIT 1")
        return _item(rows[0]) if rows else None

    def count(self) -> int:
        """How many items are waiting."""
        return int(self._read("SELECT count(*) FROM queued_item")[0][0])

    def waiting_sets(self) -> int:
        """How many sets are waiting (what the kiosk's badge shows)."""
        return int(self._read("SELECT count(*) FROM queued_item WHERE kind = 'set'")[0][0])

    def delivered(self, item_id: int) -> None:
        """The server has the item: remove it from the queue."""
        with self._transaction() as conn:
            conn.execute("DELETE FROM queued_item WHERE id = ?", (item_id,))

    def attempt_failed(self, item_id: int, error: str) -> None:
        """Note one more failed attempt and why (for the admin's view)."""
        with self._transaction() as conn:
            conn.execute(
                "UPDATE queued_item SET attempts = attempts + 1, last_error = ? WHERE id = ?",
                (error, item_id),
            )

    def refuse(self, item_id: int, reason: str, now: datetime) -> None:
        """Move an item the server refused to the refused list, with the reason."""
        with self._transaction() as conn:
            conn.execute(
                f"INSERT INTO refused_item ({_COLUMNS}, refused_at, reason) "
                f"SELECT {_COLUMNS}, ?, ? FROM queued_item WHERE id = ?",
                (now.astimezone(UTC).isoformat(), reason, item_id),
            )
            conn.execute("DELETE FROM queued_item WHERE id = ?", (item_id,))

    def refused(self) -> list[RefusedItem]:
        """Items the server refused, oldest first, for the admin."""
        rows = self._read(f"SELECT {_COLUMNS}, refused_at, reason FROM refused_item ORDER BY id")
        return [RefusedItem(_item(row), datetime.fromisoformat(row[7]), row[8]) for row in rows]

    def requeue(self, item_id: int) -> None:
        """Send a refused item again, from its original place (the admin fixed the cause)."""
        with self._transaction() as conn:
            conn.execute(
                f"INSERT INTO queued_item ({_COLUMNS}) SELECT {_COLUMNS} FROM refused_item "
                "WHERE id = ?", (item_id,),
            )
            conn.execute("DELETE FROM refused_item WHERE id = ?", (item_id,))

    def dismiss(self, item_id: int) -> None:
        """Remove a refused item for good: only ever on the admin's say-so."""
        with self._transaction() as conn:
            conn.execute("DELETE FROM refused_item WHERE id = ?", (item_id,))

    def close(self) -> None:
        """Close the file."""
        with self._lock:
            self._conn.close()

    def __enter__(self) -> "Outbox":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
