"""`legwork export`: save the training history as a CSV or JSON file."""

import argparse
from pathlib import Path

NAME = "export"
HELP = "save your training history as a CSV or JSON file"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of this command."""
    parser.add_argument("-o", "--output", metavar="FILE", type=Path, required=True,
                        help="file to write (replaced if it exists)")
    parser.add_argument("--format", choices=("csv", "json"),
                        help="file type (default: from the file name's .csv or .json)")
    parser.add_argument("--athlete", metavar="NAME",
                        help="export only this athlete's history (default: everyone's)")
    parser.add_argument("--unit", choices=("kg", "lb"), default="kg",
                        help="unit for loads in the file (default: kg)")


def run(args: argparse.Namespace) -> int:
    """Write the export and say how many sets went into it."""
    from app.commands._database import database_url, open_existing
    from app.domain.errors import LegworkError
    from app.domain.transfer import ExportFormat
    from app.domain.units import Unit
    from app.services.athletes import find_athlete
    from app.services.history import assessments_to_export, export_history

    path: Path = args.output
    export_format = ExportFormat.for_path(path, args.format)
    # A big file's check runs beside the export, which is moved into place only if it passes.
    db = open_existing(args, defer_check=True)
    if db is None:
        raise LegworkError(f"There is no Legwork history at {database_url(args)} to export yet.")
    with db:
        athlete = find_athlete(db, args.athlete) if args.athlete is not None else None
        count = export_history(db, path, export_format,
                               athlete_id=athlete.id if athlete else None, unit=Unit(args.unit))
        assessments, trials = assessments_to_export(db, athlete_id=athlete.id if athlete else None)
    print(f"Exported {count} {'set' if count == 1 else 'sets'} to {path}")
    if assessments:
        print(f"Exported {_plural(assessments, 'assessment')} with {_plural(trials, 'trial')} "
              f"to {path}")
    return 0


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"
