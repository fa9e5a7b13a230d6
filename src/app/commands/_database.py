"""How sub-commands find and open the database chosen by `--database-url` or the environment."""

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.storage.database import Database


def database_url(args: argparse.Namespace) -> str:
    """The validated URL from `--database-url`, `LEGWORK_DATABASE_URL` or the default."""
    from app.storage.location import resolve_database_url

    return resolve_database_url(getattr(args, "database_url", None), os.environ)


def database_file(args: argparse.Namespace) -> Path:
    """The chosen database as a file path (which may not exist yet).

    `DatabaseUrlError` for a server URL: callers ask `uses_server` first.
    """
    from app.storage.location import database_path

    return database_path(database_url(args), "--database-url")


def uses_server(args: argparse.Namespace) -> bool:
    """Whether the chosen database is a PostgreSQL server rather than a SQLite file."""
    from app.storage.location import is_server_url

    return is_server_url(database_url(args))


def open_existing(args: argparse.Namespace) -> "Database | None":
    """Open the chosen database if it holds a history; a read-only command creates nothing.

    Like every open, a damaged file is moved aside and `DamagedDatabaseError`
    raised, so each command exits 1 with the same plain message. A server
    database without Legwork's tables is left as it is (None).
    """
    from app.storage.database import open_existing_database

    return open_existing_database(database_url(args))


def open_for_writing(args: argparse.Namespace) -> "Database":
    """Open (creating if needed) the chosen database for a command that writes.

    Refuses with `DatabaseInUseError` while a Legwork window has the file
    open, so that a command and the app never write it at the same time. A
    server takes writes from every kiosk at once, so there is no lock to ask.
    """
    from app.storage.database import open_database
    from app.storage.writer_lock import refuse_if_open_elsewhere

    if uses_server(args):
        return open_database(database_url(args))
    path = database_file(args)
    refuse_if_open_elsewhere(path)
    return open_database(str(path))
