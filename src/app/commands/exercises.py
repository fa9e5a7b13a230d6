"""`legwork exercises`: print the exercise library as a table or as JSON."""

import argparse
import json

NAME = "exercises"
HELP = "print the exercise library (a table, or JSON with --json)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of this command."""
    parser.add_argument("--json", action="store_true", help="print a JSON array instead")


def run(args: argparse.Namespace) -> int:
    """Print the built-in exercises, plus the user's own from the database when it exists."""
    from app.commands._database import open_existing
    from app.services.library import exercises as library

    db = open_existing(args)
    if db is None:
        exercises = library(None)
    else:
        with db:
            exercises = library(db)
    if args.json:
        print(json.dumps([e.to_json() for e in exercises], indent=2, ensure_ascii=False))
        return 0
    rows = [("NAME", "TEMPO", "SETS", "REPS/LEG", "MUSCLES", "EQUIPMENT")]
    for e in exercises:
        rows.append((
            e.name,
            e.tempo,
            f"{e.sets_min}–{e.sets_max}",
            f"{e.reps_min}–{e.reps_max}",
            ", ".join(e.muscles),
            ", ".join(e.equipment),
        ))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        print("  ".join([*cells, row[-1]]))
    return 0
