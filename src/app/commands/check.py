"""`legwork check`: the full integrity check; exit 0 when the database is sound, 1 when not."""

import argparse

NAME = "check"
HELP = "check the database for damage (exit 0 when sound, 1 when damaged)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """This command has no options of its own."""


def run(args: argparse.Namespace) -> int:
    """Run the full check; a damaged file is moved aside and reported (exit 1)."""
    from app.commands._database import database_file
    from app.services.backups import describe, guard_database, has_history, list_backups

    database = database_file(args)
    guard_database(database, full=True)
    # Refuses another program's file or a newer Legwork's, with the reason.
    if not has_history(database):
        print(f"There is no Legwork data at {database} yet; nothing to check.")
        return 0
    info = describe(database)
    print(
        f"{database} is sound: {info.sessions} sessions, {info.sets} sets, "
        f"schema {info.revision}."
    )
    backups = list_backups(database)
    if backups:
        print(f"Backups: {len(backups)}; the newest is {backups[0].path}")
    else:
        print("There are no backups yet; `legwork backup` makes one.")
    return 0
