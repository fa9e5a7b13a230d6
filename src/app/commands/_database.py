"""How sub-commands find and open the database chosen by `--database-url` or the environment.

Everything goes through `app.services.database`, as the app does.
"""

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.services.database import Database


def database_url(args: argparse.Namespace) -> str:
    """The validated URL from `--database-url`, `LEGWORK_DATABASE_URL` or the default."""
    from app.services.database import resolve_url

    return resolve_url(getattr(args, "database_url", None), os.environ)


def database_file(args: argparse.Namespace) -> Path:
    """The chosen database as a file path (which may not exist yet).

    `DatabaseUrlError` for a server URL: callers ask `uses_server` first.
    """
    from app.services.database import history_file

    return history_file(database_url(args), "--database-url")


def uses_server(args: argparse.Namespace) -> bool:
    """Whether the chosen database is a PostgreSQL server rather than a SQLite file."""
    from app.services.database import is_server_url

    return is_server_url(database_url(args))


def open_existing(args: argparse.Namespace, *, defer_check: bool = False) -> "Database | None":
    """Open the chosen database to read, for a command that only reads; None if there is none.

    Nothing is moved, renamed, created, upgraded or written: a damaged file
    raises `DamagedDatabaseError` and stays where it is, and an older schema
    raises `SchemaBehindError` saying how to upgrade it, so each command exits
    1 with one plain message. A server database without Legwork's tables is
    left as it is (None). With `defer_check` a large file is checked while the
    command reads it (see `open_existing_history`).
    """
    from app.services.database import open_existing_history

    return open_existing_history(database_url(args), defer_check=defer_check)


def open_for_writing(args: argparse.Namespace) -> "Database":
    """Open (creating if needed) the chosen database for a command that writes.

    Takes the file's writer lock until the database is closed, refusing with
    `DatabaseInUseError` while a Legwork window (or another command) holds it,
    so that two programs never write the file at the same time. A damaged file
    is moved aside first. A server takes writes from every kiosk at once, so
    there is no lock to take.
    """
    from app.services.database import open_history_for_writing

    return open_history_for_writing(database_url(args))
