"""`legwork sheet`: a printable PDF of a plan to fill in, a finished session, or the block."""

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.services.database import Database

NAME = "sheet"
HELP = (
    "write a printable PDF: a plan's session sheet, a recorded session's summary, "
    "the leg tests' testing-day sheet, or an assessment's report"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of this command."""
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--plan", metavar="NAME", help="plan to print (see `legwork plans`)")
    source.add_argument("--session", metavar="ID", type=int, help="recorded session to summarise")
    source.add_argument(
        "--test-sheet", action="store_true",
        help="the per-leg test battery with boxes for each trial (see `legwork tests`)",
    )
    source.add_argument(
        "--assessment", metavar="ID", type=int, help="finished assessment to report on"
    )
    source.add_argument(
        "--programme", action="store_true",
        help="the training block on one page: weeks × sessions with tick boxes, and each "
        "leg's dose for the coming week (see `legwork programme`)",
    )
    parser.add_argument(
        "--athlete", metavar="NAME",
        help="whose name (and last results) go on a plan or test sheet (default: the home athlete)",
    )
    parser.add_argument(
        "--page-size", choices=("A4", "Letter"), default="A4", help="paper size (default: A4)"
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE.pdf", type=Path, required=True, help="PDF file to write"
    )


def run(args: argparse.Namespace) -> int:
    """Build the sheet from the library and history, then write the PDF whole or not at all."""
    # Without a display (a server, CI), Qt still draws PDFs on its offscreen platform.
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.test_sheet or args.assessment is not None:
        from app.commands._assessment_sheets import write_assessment_sheet

        return write_assessment_sheet(args)
    if args.programme:
        return _write_programme_sheet(args)
    from app.commands._pdf_output import write_and_report
    from app.services.athletes import find_athlete
    from app.services.plans import find_plan
    from app.sheets.layout import PlanSheet, SummarySheet
    from app.sheets.render import PageSize, write_pdf
    from app.sheets.sources import plan_sheet, summary_sheet

    db, readable = _open_history(args)
    sheet: PlanSheet | SummarySheet
    try:
        if args.session is not None:
            sheet = summary_sheet(db, args.session)
        else:
            athlete = find_athlete(db, args.athlete) if readable else None
            plan = find_plan(db, athlete.id if athlete else None, args.plan)
            sheet = plan_sheet(db, athlete, plan)
    finally:
        if db is not None:
            db.close()
    def write() -> int:
        from app.sheets.charts import leg_chart_image

        return write_pdf(sheet, args.output, PageSize(args.page_size), leg_chart_image)

    return write_and_report(args.output, write)


def _open_history(args: argparse.Namespace) -> "tuple[Database | None, bool]":
    """The history to read (None when there is none yet), and whether it could be read.

    The built-in plan needs no history, so a damaged history (or one written by
    another Legwork version) only costs its sheet the athlete's last results: the
    reason goes to stderr and the sheet is printed blank. Every other sheet needs
    the history, and the reason stops it.
    """
    from app.commands._database import open_existing
    from app.domain.plan import BUILTIN_PLAN_NAME
    from app.services.database import (
        DamagedDatabaseError,
        NotALegworkDatabaseError,
        SchemaBehindError,
        SchemaTooNewError,
    )

    try:
        return open_existing(args), True
    except (
        DamagedDatabaseError, NotALegworkDatabaseError, SchemaBehindError, SchemaTooNewError,
    ) as error:
        if args.plan is None or args.plan.strip().casefold() != BUILTIN_PLAN_NAME.casefold():
            raise
        print(f"legwork: {error}", file=sys.stderr)
        print("legwork: the built-in plan's sheet is printed anyway, without anyone's last "
              "results.", file=sys.stderr)
        return None, False


def _write_programme_sheet(args: argparse.Namespace) -> int:
    from app.commands._database import open_existing
    from app.commands._pdf_output import write_and_report
    from app.sheets.programme_layout import programme_sheet
    from app.sheets.programme_render import write_programme_pdf
    from app.sheets.render import PageSize

    db = open_existing(args)
    try:
        sheet = programme_sheet(db, args.athlete)
    finally:
        if db is not None:
            db.close()
    return write_and_report(
        args.output, lambda: write_programme_pdf(sheet, args.output, PageSize(args.page_size)))
