"""`legwork import`: bring in history from Strong, Hevy, FitNotes, Liftosaur or a Legwork export."""

import argparse
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
                             "default: the athlete's unit preference (kg for a new athlete)")
    parser.add_argument("--athlete", metavar="NAME",
                        help="whose history this is (created if new; default: the home athlete)")
    parser.add_argument("--dry-run", action="store_true",
                        help="show what would be imported and change nothing")
    parser.add_argument("file", metavar="FILE", type=Path, help="the exported file to import")


def run(args: argparse.Namespace) -> int:
    """Import the file in one transaction (or not at all) and print one summary line."""
    from app.commands._database import open_existing, open_for_writing
    from app.domain.units import Unit
    from app.services.athletes import default_athlete_name
    from app.services.imports import ImportOptions, SourceApp, import_path

    source = None if args.source == "auto" else SourceApp(args.source)
    options = ImportOptions(unit=Unit(args.unit) if args.unit else None, athlete=args.athlete,
                            new_athlete=default_athlete_name())
    if args.dry_run:
        # A dry run reads only: no database is created, moved or written.
        db = open_existing(args)
        try:
            outcome = import_path(db, args.file, source, options, dry_run=True)
        finally:
            if db is not None:
                db.close()
    else:
        # Opening for writing brings the built-in exercises in: sets point at their rows.
        with open_for_writing(args) as db:
            outcome = import_path(db, args.file, source, options)
    print(outcome.value.line())
    return 0
    return 0
