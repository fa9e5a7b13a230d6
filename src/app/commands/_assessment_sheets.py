"""The assessment half of `legwork sheet`: `--test-sheet` and `--assessment ID`."""

import argparse


def write_assessment_sheet(args: argparse.Namespace) -> int:
    """Build the testing-day sheet or an assessment's report, then write the PDF whole."""
    from PySide6.QtGui import QGuiApplication

    from app.commands._database import open_existing
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
    # Fonts need a GUI application; the sheet command may already run inside one.
    app = QGuiApplication.instance() or QGuiApplication(["legwork"])
    pages = write_assessment_pdf(sheet, args.output, PageSize(args.page_size))
    del app
    noun = "page" if pages == 1 else "pages"
    print(f"Wrote {args.output} ({pages} {noun}).")
    return 0
