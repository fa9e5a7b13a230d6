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


def _back_up_server(args: argparse.Namespace) -> int:
    """A portable SQLite file of a server's whole history (the server keeps its own backups)."""
    from app.commands._database import database_url, open_existing
    from app.domain.errors import LegworkError
    from app.services.backups import back_up_server_to
    from app.services.database import display_url

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
        info = back_up_server_to(db, Path(args.output).expanduser())
    print(f"Backed up {info.sessions} sessions ({info.sets} sets) from {db.location} "
          f"to {info.path}")
    return 0


def run(args: argparse.Namespace) -> int:
    """Back up the chosen database, check the copy and say where it went."""
    from app.commands._database import database_file, uses_server
    from app.services.backups import back_up_now, back_up_to, inspect_database

    if uses_server(args):
        return _back_up_server(args)
    database = database_file(args)
    # A backup only reads the database: a damaged one is reported and left where it is.
    inspect_database(database)
    if args.output is None:
        info = back_up_now(database)
    else:
        info = back_up_to(database, Path(args.output).expanduser())
    print(f"Backed up {info.sessions} sessions ({info.sets} sets) to {info.path}")
    return 0
