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
    from app.commands._database import database_url
    from app.services.copying import copy_history
    from app.services.database import normalise_url

    copied = copy_history(database_url(args), normalise_url(args.to, "--to"))
    print(f"Copied {copied.summary} from {copied.source} to {copied.target}. The counts match.")
    return 0
