"""Gather what the assessment sheets need, through the services, for the CLI and the app.

`db` may be None: without a history file the built-in battery still prints
a testing-day sheet.
"""

from datetime import date
from typing import TYPE_CHECKING

from app.services.assessments import assessment_report, battery
from app.services.athletes import find_athlete
from app.services.database import NotFoundError
from app.sheets.assessment_layout import (
    ReportSheet,
    TestDaySheet,
    build_report_sheet,
    build_test_day_sheet,
)

if TYPE_CHECKING:
    from app.services.database import Database


def testing_day_sheet(
    db: "Database | None", athlete_name: str | None = None, *, day: date | None = None
) -> TestDaySheet:
    """The testing-day sheet of the whole battery (coaches' tests included) for an athlete.

    Without a name the home athlete's goes on it; an unknown name raises
    `NotFoundError` naming the athletes there are.
    """
    athlete = find_athlete(db, athlete_name)
    return build_test_day_sheet(battery(db), athlete=athlete.name if athlete else "", day=day)


def report_sheet(db: "Database | None", assessment_id: int) -> ReportSheet:
    """The report of an assessment; `NotFoundError` if there is no such assessment."""
    if db is None:
        raise NotFoundError(
            f"There is no assessment with id {assessment_id}: no history has been recorded yet."
        )
    return build_report_sheet(assessment_report(db, assessment_id))
