"""`legwork restore FILE`: put a backup in place of the database, keeping a copy of the old one."""

import argparse
from pathlib import Path

NAME = "restore"
HELP = "replace the database with a backup FILE (the current one is backed up first)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of this command."""
    parser.add_argument("file", metavar="FILE", help="the backup to restore")


def run(args: argparse.Namespace) -> int:
    """Check the backup, keep the current database, restore, and report both files."""
    from app.commands._database import database_file, uses_server
    from app.domain.errors import LegworkError
    from app.services.backups import describe, restore_backup
    from app.services.database import writer_lock

    if uses_server(args):
        raise LegworkError(
            "`legwork restore` replaces a database file, and this is a PostgreSQL server. To "
            "put a Legwork backup onto a server, copy it into an empty database: "
            "`legwork --database-url sqlite:///BACKUP.db copy --to URL` (see docs/gym-server.md)."
        )
    database = database_file(args)
    with writer_lock(database):
        safety = restore_backup(database, Path(args.file).expanduser())
    restored = describe(database)
    print(f"Restored {restored.sessions} sessions ({restored.sets} sets) to {database}.")
    if safety is not None:
        print(f"The database it replaced is kept as {safety.path}")
    return 0
