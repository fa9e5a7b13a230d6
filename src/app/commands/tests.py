"""`legwork tests`: print the per-leg test battery as a table or as JSON."""

import argparse
import json

NAME = "tests"
HELP = "print the per-leg test battery (a table, or JSON with --json)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of this command."""
    parser.add_argument("--json", action="store_true", help="print a JSON array instead")


def run(args: argparse.Namespace) -> int:
    """Print the built-in tests, plus coaches' tests from the database when it exists."""
    from app.commands._database import open_existing
    from app.services.assessments import battery

    db = open_existing(args)
    if db is None:
        tests = battery(None)
    else:
        with db:
            tests = battery(db)
    if args.json:
        print(json.dumps([t.to_json() for t in tests], indent=2, ensure_ascii=False))
        return 0
    rows = [("ID", "NAME", "UNIT", "BETTER", "TRIALS", "CAP", "SOURCE")]
    for t in tests:
        rows.append((
            t.id,
            t.name,
            t.unit,
            t.better.value,
            str(t.trials),
            f"{t.cap:g} {t.unit}" if t.cap is not None else "–",
            "; ".join(r.short for r in t.sources) or "added by a coach",
        ))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        print("  ".join([*cells, row[-1]]))
    return 0
