"""Opening the history for the app and the command line, and the errors that say why not.

Importing this module is cheap (no SQLAlchemy): the window shows first and
`open_history` loads the database layer when it is called. The errors are
the storage layer's, named here so the UI and the CLI catch them without
reaching into storage.
"""

import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from app.library import builtin_exercises
from app.storage.errors import DatabaseUnreachableError, NotFoundError, StorageWriteError
from app.storage.integrity import BackgroundCheck, DamagedDatabaseError, has_written, set_aside
from app.storage.location import (
    DatabaseUrlError,
    database_path,
    display_url,
    is_server_url,
    normalise_database_url,
    resolve_database_url,
)
from app.storage.schema import (
    HEAD_REVISION,
    NotALegworkDatabaseError,
    SchemaBehindError,
    SchemaStatus,
    SchemaTooNewError,
)
from app.storage.writer_lock import DatabaseInUseError, WriterLock

if TYPE_CHECKING:
    # For type hints only: importing it at run time would load SQLAlchemy.
    from app.storage.database import Database as Database
    from app.storage.server_check import ServerCheck

__all__ = [
    "HEAD_REVISION",
    "BackgroundCheck",
    "DamagedDatabaseError",
    "DatabaseInUseError",
    "DatabaseUnreachableError",
    "DatabaseUrlError",
    "NotALegworkDatabaseError",
    "NotFoundError",
    "SchemaBehindError",
    "SchemaStatus",
    "SchemaTooNewError",
    "StorageWriteError",
    "WriterLock",
    "check_server",
    "display_url",
    "history_file",
    "is_server_url",
    "normalise_url",
    "open_existing_history",
    "open_history",
    "open_history_for_writing",
    "resolve_url",
    "set_damaged_history_aside",
    "upgrade_history",
    "writer_lock",
]


def resolve_url(cli_value: str | None, environ: Mapping[str, str] = os.environ) -> str:
    """The database URL from `--database-url`, `LEGWORK_DATABASE_URL` or the default place."""
    return resolve_database_url(cli_value, environ)


def normalise_url(value: str, source: str) -> str:
    """One more database URL the user gave (`source` names where, for messages), checked.

    A file path becomes ``sqlite:///<absolute path>``; a server URL is kept as
    given. `DatabaseUrlError` (showing no password) for anything unusable.
    """
    return normalise_database_url(value, source)


def history_file(url: str, source: str = "the database URL") -> Path:
    """The database file a URL names (which may not exist yet).

    `DatabaseUrlError` for a server URL: callers ask `is_server_url` first.
    """
    return database_path(url, source)


def writer_lock(database: Path) -> WriterLock:
    """The one-writer lock of a database file, not yet taken: a window holds it while it
    runs, a command that writes while it writes (see `app.storage.writer_lock`)."""
    return WriterLock(database)


def open_history(url: str, *, defer_check: bool = False) -> "Database":
    """Open (creating or upgrading) the database to write, with the built-in exercises up to date.

    `defer_check` lets a large file that closed cleanly open before its
    `quick_check` (`Database.check_pending`): the caller runs a `BackgroundCheck`
    at once and, if it finds damage, closes the database and calls
    `set_damaged_history_aside`. Should the built-in exercises need writing (a
    new Legwork), the file is checked first as usual.

    Raises `DamagedDatabaseError` (the file was moved aside), `SchemaTooNewError`,
    `NotALegworkDatabaseError`, `DatabaseUrlError` or, for a gym's server,
    `DatabaseUnreachableError`, with the reason in plain words. Kiosks starting
    together on a new server may sync the built-ins at once; the loser retries.
    """
    from app.storage.database import open_database
    from app.storage.exercises import builtin_exercises_in_sync, sync_builtin_exercises

    db = open_database(url, defer_check=defer_check)
    if db.check_pending and not builtin_exercises_in_sync(db, builtin_exercises()):
        # Syncing writes, and nothing writes to a file before its check.
        db.close()
        db = open_database(url)
    sync_builtin_exercises(db, builtin_exercises())
    return db


def set_damaged_history_aside(db: "Database", problem: str) -> DamagedDatabaseError:
    """After a `BackgroundCheck` found `problem` in the open history `db`: close it (nothing
    more is written), move the file aside as an open that would write does, and return
    the error that says so (and whether anything had been written to it since the start)."""
    assert db.path is not None, "only a file is checked after opening"
    written = has_written(db.path)
    db.close()
    return set_aside(db.path, problem, written=written)


def open_existing_history(url: str, *, defer_check: bool = False) -> "Database | None":
    """Open the history to read, for a command that only reads; None if there is none yet.

    It never moves, renames, creates, upgrades or writes a file: a missing file
    (or a server database without Legwork's tables) gives None; a damaged file
    raises `DamagedDatabaseError` and stays where it is, so `legwork check`
    stays red until it is restored or replaced; a history written by an older
    Legwork raises `SchemaBehindError`, which says how to upgrade it.
    `defer_check` lets a command that reads the whole history (`export_history`)
    check a large file while it reads it.
    """
    from app.storage.database import open_existing_database

    return open_existing_database(url, defer_check=defer_check)


def open_history_for_writing(url: str) -> "Database":
    """Open the history for a command that writes, holding the file's writer lock until the
    database closes; `DatabaseInUseError` while a window (or another command) writes it.
    A server takes writes from every kiosk at once, so there is no lock to take."""
    if is_server_url(url):
        return open_history(url)
    lock = writer_lock(history_file(url))
    lock.acquire()
    try:
        db = open_history(url)
    except BaseException:
        lock.release()
        raise
    db.when_closed(lock.release)
    return db


def upgrade_history(url: str) -> None:
    """Create or upgrade the schema (and the built-ins) now, as `legwork check --upgrade` asks.

    On a gym's server this is run once by the database's owner: the kiosks'
    role may write rows but not change tables.
    """
    open_history_for_writing(url).close()


def check_server(url: str) -> "ServerCheck":
    """What `legwork check` finds on a server: the schema, the tables and columns, the counts.

    `DatabaseUnreachableError` when the server cannot be reached; a newer
    Legwork's schema or another program's tables raise as every open does.
    """
    from app.storage.server_check import check_server as check

    return check(url)
