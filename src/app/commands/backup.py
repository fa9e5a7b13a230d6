"""`legwork backup [-o FILE]`: a checked copy of the database, made safely while the app runs."""

import argparse
from pathlib import Path

NAME = "backup"
HELP = ("back up the database into its backups folder, or to FILE with -o (a server's "
        "whole history as a portable Legwork file)")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of this command."""
    parser.add_argument(
        "-o", "--output", metavar="FILE",
        help="write the backup to FILE (or into FILE if it is a folder) instead",
    )


def _target(output: str) -> Path:
    from datetime import UTC, datetime

    from app.domain.backup_policy import backup_file_name
    from app.storage.backups import REASON_MANUAL

    target = Path(output).expanduser()
    if target.is_dir():
        target = target / backup_file_name(datetime.now(UTC), REASON_MANUAL)
    return target


def _back_up_server(args: argparse.Namespace) -> int:
    """A portable SQLite file of a server's whole history (the server keeps its own backups)."""
    from app.commands._database import database_url, open_existing
    from app.domain.errors import LegworkError
    from app.storage.backups import backup_server_database
    from app.storage.location import display_url

    if args.output is None:
        raise LegworkError(
            "A PostgreSQL database has no backups folder on this machine: give -o FILE to "
            "write a portable Legwork file of its whole history. The server's own backups "
            "(pg_dump, base backups) stay the gym's main safety net; see docs/gym-server.md."
        )
    db = open_existing(args)
    if db is None:
        raise LegworkError(
            f"There is no Legwork history at {display_url(database_url(args))} to back up yet.")
    with db:
        info = backup_server_database(db, _target(args.output))
    print(f"Backed up {info.sessions} sessions ({info.sets} sets) from {db.location} "
          f"to {info.path}")
    return 0


def run(args: argparse.Namespace) -> int:
    """Back up the chosen database, check the copy and say where it went."""
    from app.commands._database import database_file, uses_server
    from app.storage.backups import REASON_MANUAL, backup_and_thin, create_backup
    from app.storage.integrity import guard_database

    if uses_server(args):
        return _back_up_server(args)
    database = database_file(args)
    guard_database(database)
    if args.output is None:
        info = backup_and_thin(database, REASON_MANUAL)
    else:
        info = create_backup(database, _target(args.output))
    print(f"Backed up {info.sessions} sessions ({info.sets} sets) to {info.path}")
    return 0
