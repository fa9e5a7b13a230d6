"""`legwork check`: is the database sound? Exit 0 when it is, 1 when not.

For a SQLite file: the full integrity check (a damaged file is moved aside).
For a PostgreSQL server: the connection, the schema version and the tables.
`--upgrade` first creates or upgrades the schema (on a server, run it as the
database's owner; the kiosks' role may not change tables).
"""

import argparse

NAME = "check"
HELP = "check the database for damage (exit 0 when sound, 1 when damaged)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of this command."""
    parser.add_argument(
        "--upgrade", action="store_true",
        help="create or upgrade the schema first (a new gym server: run once as its owner)",
    )


def run(args: argparse.Namespace) -> int:
    """Check the file or the server and report what was found."""
    from app.commands._database import database_url, uses_server

    if args.upgrade:
        from app.services.database import upgrade_history

        upgrade_history(database_url(args))
    if uses_server(args):
        return _check_server(database_url(args))
    return _check_file(args)


def _check_file(args: argparse.Namespace) -> int:
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


def _check_server(url: str) -> int:
    from app.domain.errors import LegworkError
    from app.services.database import HEAD_REVISION, SchemaStatus, check_server

    found = check_server(url)
    if found.status is SchemaStatus.MISSING:
        print(f"There are no Legwork tables at {found.location} yet; nothing to check. "
              "`legwork check --upgrade`, run as the database's owner, creates them.")
        return 0
    if found.missing:
        raise LegworkError(
            f"The Legwork database at {found.location} lacks {', '.join(found.missing)}; "
            "it cannot be used as it is. Restore it from the server's backups."
        )
    if found.status is SchemaStatus.BEHIND:
        raise LegworkError(
            f"The Legwork database at {found.location} has schema {found.revision}, older than "
            f"this Legwork's {HEAD_REVISION}. Run `legwork check --upgrade` as the database's "
            "owner (after a pg_dump), then start the kiosks again."
        )
    print(f"{found.location} is sound: {found.sessions} sessions, {found.sets} sets, "
          f"schema {found.revision}; every table and column is there.")
    print("Backups: the server's own (pg_dump, base backups); `legwork backup -o FILE` also "
          "writes a portable Legwork file of the whole history.")
    return 0
