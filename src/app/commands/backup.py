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
    from datetime import UTC, datetime

    from app.commands._database import database_file
    from app.domain.backup_policy import backup_file_name
    from app.storage.backups import REASON_MANUAL, backup_and_thin, create_backup
    from app.storage.integrity import guard_database

    database = database_file(args)
    guard_database(database)
    if args.output is None:
        info = backup_and_thin(database, REASON_MANUAL)
    else:
        target = Path(args.output).expanduser()
        if target.is_dir():
            target = target / backup_file_name(datetime.now(UTC), REASON_MANUAL)
        info = create_backup(database, target)
    print(f"Backed up {info.sessions} sessions ({info.sets} sets) to {info.path}")
    return 0
