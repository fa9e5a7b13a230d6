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
    from app.domain.units import Unit
    from app.storage.athletes import get_athlete_by_name
    from app.storage.errors import NotFoundError
    from app.storage.transfer import ExportFormat, write_export

    path: Path = args.output
    export_format = ExportFormat.for_path(path, args.format)
    db = open_existing(args)
    if db is None:
        raise LegworkError(f"There is no Legwork history at {database_url(args)} to export yet.")
    with db:
        athlete_id = None
        if args.athlete is not None:
            athlete = get_athlete_by_name(db, args.athlete)
            if athlete is None:
                raise NotFoundError(f"There is no athlete called {args.athlete!r}.")
            athlete_id = athlete.id
        try:
            count = write_export(db, path, export_format, athlete_id=athlete_id,
                                 unit=Unit(args.unit))
        except OSError as exc:
            raise LegworkError(f"Cannot write {str(path)!r}: {exc.strerror or exc}.") from None
    print(f"Exported {count} {'set' if count == 1 else 'sets'} to {path}")
    return 0
