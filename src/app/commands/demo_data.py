"""`legwork demo-data`: fill a separate demo athlete with twelve weeks of made-up history."""

import argparse

NAME = "demo-data"
HELP = "fill a demo athlete with 12 weeks of made-up history to explore the charts"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of this command."""
    from app.domain.demo_history import DEMO_ATHLETE_NAME

    parser.add_argument(
        "--athlete",
        metavar="NAME",
        default=DEMO_ATHLETE_NAME,
        help=f"name of the demo athlete (default: {DEMO_ATHLETE_NAME}); an earlier demo "
        "history under this name is replaced, a real athlete's name is refused",
    )


def run(args: argparse.Namespace) -> int:
    """Create or refresh the demo athlete's history in the chosen database."""
    from app.commands._database import open_for_writing
    from app.services.athletes import load_demo_data

    with open_for_writing(args) as db:
        result = load_demo_data(db, args.athlete).value
    verb = "Replaced the demo history of" if result.replaced else "Created the demo athlete"
    print(
        f"{verb} “{result.athlete.name}”: {result.sessions} sessions and {result.sets} sets "
        "over the last 12 weeks. Open Legwork and pick this athlete in the Progress view."
    )
    return 0
