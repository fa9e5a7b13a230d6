"""`legwork plans`: list the plans a sheet can be printed for."""

import argparse

NAME = "plans"
HELP = "list the training plans (the built-in one and your saved ones)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of this command."""
    parser.add_argument(
        "--athlete", metavar="NAME", help="list this athlete's plans (default: the home athlete)"
    )


def run(args: argparse.Namespace) -> int:
    """Print one plan name per line; works before any history exists."""
    from app.commands._database import open_existing
    from app.services.athletes import find_athlete
    from app.services.plans import plan_names

    db = open_existing(args)
    try:
        athlete = find_athlete(db, args.athlete)
        for name in plan_names(db, athlete.id if athlete else None):
            print(name)
    finally:
        if db is not None:
            db.close()
    return 0
