"""Opening Legwork's SQLite database: where it is, how it is configured, its schema.

Only SQLite files are supported: the app is single-user and offline, and the
whole database must be one file the user can back up or move.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from app.storage.integrity import DamagedDatabaseError, guard_database, mark_closed, mark_open
from app.storage.location import (
    DATABASE_URL_ENV,
    SQLITE_FILE_PREFIX,
    DatabaseUrlError,
    database_path,
    resolve_database_url,
)
from app.storage.schema import SchemaTooNewError, ensure_schema

__all__ = [
    "DATABASE_URL_ENV",
    "DamagedDatabaseError",
    "Database",
    "DatabaseUrlError",
    "SchemaTooNewError",
    "open_database",
    "resolve_database_url",
]

BUSY_TIMEOUT_MS = 5000


def _configure_connection(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # SQLite leaves foreign keys off unless every connection asks for them.
    cursor.execute("PRAGMA foreign_keys=ON")
    # WAL: readers (charts) never block the writer (the session screen).
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a set the athlete accepted survives a power cut, not just a crash.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


class Database:
    """An open Legwork database: its file, its engine and a way to get sessions."""

    def __init__(self, engine: Engine, path: Path) -> None:
        self.engine = engine
        self.path = path
        # expire_on_commit=False: repositories turn rows into plain values
        # after commit, which must not trigger another round trip.
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: commits when the block succeeds, rolls back if it raises."""
        with self._sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        """Close every connection; the WAL is checkpointed into the main file."""
        self.engine.dispose()
        mark_closed(self.path)

    def __enter__(self) -> "Database":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Database({str(self.path)!r})"


def open_database(url: str) -> Database:
    """Open (creating if needed) the SQLite database at `url` and bring its schema to head.

    `url` is ``sqlite:///PATH`` or a plain path. Raises `DatabaseUrlError`
    for an unusable location and `SchemaTooNewError` for a database written
    by a newer Legwork. Alembic is imported only if the schema must change.

    Before anything writes, the file gets `quick_check` (the full
    `integrity_check` after an unclean shutdown); a damaged file is moved
    aside and `DamagedDatabaseError` raised. A schema behind head is backed
    up before it is upgraded.
    """
    path = database_path(url, "open_database")
    guard_database(path)
    ensure_schema(path, before_upgrade=_backup_before_upgrade)
    engine = create_engine(SQLITE_FILE_PREFIX + path.as_posix())
    event.listen(engine, "connect", _configure_connection)
    mark_open(path)
    return Database(engine, path)


def _backup_before_upgrade(path: Path) -> None:
    from app.storage.backups import REASON_BEFORE_UPGRADE, create_backup

    create_backup(path, reason=REASON_BEFORE_UPGRADE)
