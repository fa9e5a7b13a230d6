"""`legwork copy --to URL`: copy the whole history into an empty database of either kind.

A home user joining a gym copies their SQLite file onto the gym's server; a gym
leaving its server copies everything into a file. Athletes (with their PIN
hashes), plans, custom exercises, sessions, sets and settings all go, with
their ids, and the counts are compared at the end.
"""

import argparse

NAME = "copy"
HELP = "copy the whole history into an empty database (a SQLite file or a PostgreSQL server)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of this command."""
    parser.add_argument(
        "--to", metavar="URL", required=True,
        help="the empty database to fill: sqlite:///PATH.db, a file path, or "
        "postgresql+psycopg://USER@HOST:PORT/DBNAME",
    )


def run(args: argparse.Namespace) -> int:
    """Open both databases, copy, check the counts and say what went where."""
    from app.commands._database import database_url, open_existing
    from app.domain.errors import LegworkError
    from app.storage.copying import copy_database
    from app.storage.database import open_database
    from app.storage.location import (
        database_path,
        display_url,
        is_server_url,
        normalise_database_url,
    )
    from app.storage.writer_lock import refuse_if_open_elsewhere

    source_url = database_url(args)
    target_url = normalise_database_url(args.to, "--to")
    if target_url == source_url:
        raise LegworkError("The database to copy to is the one being copied; choose another.")
    if not is_server_url(target_url):
        refuse_if_open_elsewhere(database_path(target_url, "--to"))
    source = open_existing(args)
    if source is None:
        raise LegworkError(
            f"There is no Legwork history at {display_url(source_url)} to copy yet.")
    with source, open_database(target_url) as target:
        report = copy_database(source, target)
        print(f"Copied {report.summary()} from {source.location} to {target.location}. "
              "The counts match.")
    return 0
