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
from app.storage.integrity import DamagedDatabaseError
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
    SchemaStatus,
    SchemaTooNewError,
)
from app.storage.writer_lock import DatabaseInUseError, lock_path, refuse_if_open_elsewhere

if TYPE_CHECKING:
    # For type hints only: importing it at run time would load SQLAlchemy.
    from app.storage.database import Database as Database
    from app.storage.server_check import ServerCheck

__all__ = [
    "HEAD_REVISION",
    "DamagedDatabaseError",
    "DatabaseInUseError",
    "DatabaseUnreachableError",
    "DatabaseUrlError",
    "NotALegworkDatabaseError",
    "NotFoundError",
    "SchemaStatus",
    "SchemaTooNewError",
    "StorageWriteError",
    "check_server",
    "display_url",
    "history_file",
    "is_server_url",
    "lock_file",
    "normalise_url",
    "open_existing_history",
    "open_history",
    "open_history_for_writing",
    "refuse_if_open_elsewhere",
    "resolve_url",
    "upgrade_history",
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


def lock_file(database: Path) -> Path:
    """The lock file a running window holds beside its database."""
    return lock_path(database)


def open_history(url: str) -> "Database":
    """Open (creating or upgrading) the database and bring the built-in exercises up to date.

    Raises `DamagedDatabaseError` (the file was moved aside), `SchemaTooNewError`,
    `NotALegworkDatabaseError`, `DatabaseUrlError` or, for a gym's server,
    `DatabaseUnreachableError`, with the reason in plain words. Kiosks starting
    together on a new server may sync the built-ins at once; the loser retries.
    """
    from app.storage.database import open_database
    from app.storage.exercises import sync_builtin_exercises

    db = open_database(url)
    sync_builtin_exercises(db, builtin_exercises())
    return db


def open_existing_history(url: str) -> "Database | None":
    """Open the database to read if it holds a history, else None: a read-only command creates
    nothing (a missing file, or a server database without Legwork's tables, is left as it
    was; an older schema is still upgraded, after a backup, as every open does)."""
    from app.storage.database import open_existing_database

    return open_existing_database(url)


def open_history_for_writing(url: str) -> "Database":
    """Open the database for a command that writes; `DatabaseInUseError` while a window has
    the file. A server takes writes from every kiosk at once, so there is no lock to ask."""
    if not is_server_url(url):
        refuse_if_open_elsewhere(history_file(url))
    return open_history(url)


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
