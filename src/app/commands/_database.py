"""How sub-commands find and open the database chosen by `--database-url` or the environment."""

import argparse
import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.storage.database import Database


def database_url(args: argparse.Namespace) -> str:
    """The validated URL from `--database-url`, `LEGWORK_DATABASE_URL` or the default."""
    from app.storage.location import resolve_database_url

    return resolve_database_url(getattr(args, "database_url", None), os.environ)


def open_existing(args: argparse.Namespace) -> "Database | None":
    """Open the chosen database if its file exists; a read-only command creates nothing."""
    from app.storage.database import open_database
    from app.storage.location import database_path

    url = database_url(args)
    if not database_path(url, "--database-url").exists():
        return None
    return open_database(url)
