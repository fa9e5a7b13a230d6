"""`legwork check`: is the database sound? Exit 0 when it is, 1 when not.

For a SQLite file: the full integrity check. `check` only reads: a damaged
file stays where it is, so every later check is red too (exit 1, naming the
file and the newest good backup) until the athlete restores a backup or starts
afresh. The one thing it deletes is a part-file a killed backup left behind.
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
    """Run the full check and report; a damaged file is left as it is and reported (exit 1)."""
    from app.commands._database import database_file
    from app.domain.errors import LegworkError
    from app.services.backups import (
        damaged_copies,
        describe,
        has_history,
        inspect_database,
        list_backups,
        recovery_advice,
        remove_stale_part_files,
        schema_behind,
    )
    from app.services.database import HEAD_REVISION

    database = database_file(args)
    removed = remove_stale_part_files(database)
    if removed:
        files = "file" if len(removed) == 1 else "files"
        print(f"Removed {len(removed)} unfinished backup {files} that an interrupted backup "
              f"left in {removed[0].parent}.")
    inspect_database(database, full=True)
    moved_aside = damaged_copies(database)
    # Refuses another program's file or a newer Legwork's, with the reason.
    if not has_history(database):
        if moved_aside:
            raise LegworkError(
                f"There is no Legwork history at {database}: a damaged one was moved aside to "
                f"{moved_aside[0]}. {recovery_advice(database, moved=True)}"
            )
        print(f"There is no Legwork data at {database} yet; nothing to check.")
        return 0
    info = describe(database)
    print(
        f"{database} is sound: {info.sessions} sessions, {info.sets} sets, "
        f"schema {info.revision}."
    )
    if schema_behind(database) is not None:
        print(f"It was written by an older Legwork: opening Legwork, or `legwork check "
              f"--upgrade`, backs it up and upgrades it to schema {HEAD_REVISION}.")
    backups = list_backups(database)
    if backups:
        print(f"Backups: {len(backups)}; the newest is {backups[0].path}")
    else:
        print("There are no backups yet; `legwork backup` makes one.")
    if moved_aside:
        copies = "copy is" if len(moved_aside) == 1 else "copies are"
        print(f"{len(moved_aside)} damaged {copies} kept beside it (the newest is "
              f"{moved_aside[0]}); delete them once you no longer need them.")
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
