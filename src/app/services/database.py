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
from app.storage.errors import NotFoundError, StorageWriteError
from app.storage.integrity import DamagedDatabaseError
from app.storage.location import DatabaseUrlError, database_path, resolve_database_url
from app.storage.schema import NotALegworkDatabaseError, SchemaTooNewError
from app.storage.writer_lock import DatabaseInUseError, lock_path, refuse_if_open_elsewhere

if TYPE_CHECKING:
    # For type hints only: importing it at run time would load SQLAlchemy.
    from app.storage.database import Database as Database

__all__ = [
    "DamagedDatabaseError",
    "DatabaseInUseError",
    "DatabaseUrlError",
    "NotALegworkDatabaseError",
    "NotFoundError",
    "SchemaTooNewError",
    "StorageWriteError",
    "history_file",
    "lock_file",
    "open_existing_history",
    "open_history",
    "open_history_for_writing",
    "refuse_if_open_elsewhere",
    "resolve_url",
]


def resolve_url(cli_value: str | None, environ: Mapping[str, str] = os.environ) -> str:
    """The database URL from `--database-url`, `LEGWORK_DATABASE_URL` or the default place."""
    return resolve_database_url(cli_value, environ)


def history_file(url: str, source: str = "the database URL") -> Path:
    """The database file a URL names (which may not exist yet)."""
    return database_path(url, source)


def lock_file(database: Path) -> Path:
    """The lock file a running window holds beside its database."""
    return lock_path(database)


def open_history(url: str) -> "Database":
    """Open (creating or upgrading) the database and bring the built-in exercises up to date.

    Raises `DamagedDatabaseError` (the file was moved aside), `SchemaTooNewError`,
    `NotALegworkDatabaseError` or `DatabaseUrlError` with the reason in plain words.
    """
    from app.storage.database import open_database
    from app.storage.exercises import sync_builtin_exercises

    db = open_database(url)
    sync_builtin_exercises(db, builtin_exercises())
    return db


def open_existing_history(url: str) -> "Database | None":
    """Open the database to read, if its file exists, else None: a read-only command creates
    nothing (an older schema is still upgraded, after a backup, as every open does)."""
    from app.storage.database import open_database

    if not history_file(url).exists():
        return None
    return open_database(url)


def open_history_for_writing(url: str) -> "Database":
    """Open the database for a command that writes; `DatabaseInUseError` while a window has it."""
    refuse_if_open_elsewhere(history_file(url))
    return open_history(url)
