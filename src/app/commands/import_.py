"""`legwork import FILE`: add the sessions in a Legwork CSV file to the history."""

import argparse
from pathlib import Path

NAME = "import"
HELP = "add the sessions in a CSV file Legwork exported to your history"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of this command."""
    parser.add_argument("file", metavar="FILE", type=Path, help="the CSV file to import")


def run(args: argparse.Namespace) -> int:
    """Import the file in one transaction and report what was added."""
    from app.commands._database import open_for_writing
    from app.services.history import import_history

    # Opening for writing brings the built-in exercises in: the file names exercises by them.
    with open_for_writing(args) as db:
        summary = import_history(db, args.file).value
    print(f"Imported {_count(summary.sets_added, 'set')} in "
          f"{_count(summary.sessions_added, 'session')}"
          + (f" ({_count(summary.athletes_added, 'new athlete')})"
             if summary.athletes_added else "")
          + (f"; skipped {_count(summary.sessions_skipped, 'session')} already in your history"
             if summary.sessions_skipped else "") + ".")
    return 0


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"
