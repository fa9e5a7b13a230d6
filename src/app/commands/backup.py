"""`legwork backup [-o FILE]`: a checked copy of the database, made safely while the app runs."""

import argparse
from pathlib import Path

NAME = "backup"
HELP = "back up the database into its backups folder, or to FILE with -o"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of this command."""
    parser.add_argument(
        "-o", "--output", metavar="FILE",
        help="write the backup to FILE (or into FILE if it is a folder) instead",
    )


def run(args: argparse.Namespace) -> int:
    """Back up the chosen database, check the copy and say where it went."""
    from app.commands._database import database_file
    from app.services.backups import back_up_now, back_up_to, guard_database

    database = database_file(args)
    guard_database(database)
    if args.output is None:
        info = back_up_now(database)
    else:
        info = back_up_to(database, Path(args.output).expanduser())
    print(f"Backed up {info.sessions} sessions ({info.sets} sets) to {info.path}")
    return 0
