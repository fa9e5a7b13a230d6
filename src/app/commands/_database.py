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
    """The chosen database as a file path (which may not exist yet)."""
    from app.storage.location import database_path

    return database_path(database_url(args), "--database-url")


def open_existing(args: argparse.Namespace) -> "Database | None":
    """Open the chosen database if its file exists; a read-only command creates nothing.

    Like every open, a damaged file is moved aside and `DamagedDatabaseError`
    raised, so each command exits 1 with the same plain message.
    """
    from app.storage.database import open_database

    path = database_file(args)
    if not path.exists():
        return None
    return open_database(str(path))


def open_for_writing(args: argparse.Namespace) -> "Database":
    """Open (creating if needed) the chosen database for a command that writes.

    Refuses with `DatabaseInUseError` while a Legwork window has the file
    open, so that a command and the app never write it at the same time.
    """
    from app.storage.database import open_database
    from app.storage.writer_lock import refuse_if_open_elsewhere

    path = database_file(args)
    refuse_if_open_elsewhere(path)
    return open_database(str(path))
