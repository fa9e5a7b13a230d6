"""`legwork import`: bring in history from Strong, Hevy, FitNotes, Liftosaur or a Legwork export."""

import argparse
import getpass
from pathlib import Path

NAME = "import"
HELP = "add history from a Strong, Hevy, FitNotes, Liftosaur or Legwork export"
SOURCES = ("auto", "legwork", "strong", "hevy", "fitnotes", "liftosaur")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of this command."""
    parser.add_argument("--from", dest="source", choices=SOURCES, default="auto",
                        help="the app that wrote the file (default: auto, told from its header)")
    parser.add_argument("--unit", choices=("kg", "lb"),
                        help="unit of the loads in a file that does not say (Strong's CSV); "
                             "default: kg")
    parser.add_argument("--athlete", metavar="NAME",
                        help="whose history this is (created if new; default: the home athlete)")
    parser.add_argument("--dry-run", action="store_true",
                        help="show what would be imported and change nothing")
    parser.add_argument("file", metavar="FILE", type=Path, help="the exported file to import")


def _home_name() -> str:
    # The same friendly default as the app's first start, for a history imported before it.
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = ""
    return user.replace(".", " ").replace("_", " ").title() or "Athlete"


def run(args: argparse.Namespace) -> int:
    """Import the file in one transaction (or not at all) and print one summary line."""
    from app.commands._database import open_existing, open_for_writing
    from app.domain.imports.model import SourceApp
    from app.domain.units import Unit
    from app.library import builtin_exercises
    from app.services.imports import ImportOptions, import_path
    from app.storage.exercises import sync_builtin_exercises

    source = None if args.source == "auto" else SourceApp(args.source)
    options = ImportOptions(unit=Unit(args.unit) if args.unit else None, athlete=args.athlete,
                            new_athlete=_home_name())
    if args.dry_run:
        # A dry run reads only: no database is created, moved or written.
        db = open_existing(args)
        try:
            outcome = import_path(db, args.file, source, options, dry_run=True)
        finally:
            if db is not None:
                db.close()
    else:
        with open_for_writing(args) as db:
            # A new database has no exercise rows yet, and sets point at them.
            sync_builtin_exercises(db, builtin_exercises())
            outcome = import_path(db, args.file, source, options)
    print(outcome.value.line())
    return 0
