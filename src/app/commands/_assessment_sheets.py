"""The assessment half of `legwork sheet`: `--test-sheet` and `--assessment ID`."""

import argparse


def write_assessment_sheet(args: argparse.Namespace) -> int:
    """Build the testing-day sheet or an assessment's report, then write the PDF whole."""
    from app.commands._database import open_existing
    from app.commands._pdf_output import write_and_report
    from app.sheets.assessment_layout import ReportSheet, TestDaySheet
    from app.sheets.assessment_render import write_assessment_pdf
    from app.sheets.assessment_sources import report_sheet, testing_day_sheet
    from app.sheets.render import PageSize

    db = open_existing(args)
    sheet: TestDaySheet | ReportSheet
    try:
        if args.assessment is not None:
            sheet = report_sheet(db, args.assessment)
        else:
            sheet = testing_day_sheet(db, args.athlete)
    finally:
        if db is not None:
            db.close()
    return write_and_report(
        args.output, lambda: write_assessment_pdf(sheet, args.output, PageSize(args.page_size)))
