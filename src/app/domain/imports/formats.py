"""Which app wrote a CSV file, told from its header, and the reader for it."""

from collections.abc import Callable
from datetime import tzinfo

from app.domain.imports import fitnotes, hevy, liftosaur, strong
from app.domain.imports.model import SourceApp, SourceFile
from app.domain.imports.problems import refuse
from app.domain.imports.table import Table

_Reader = Callable[[Table, tzinfo | None], SourceFile]
_Matcher = Callable[[Table], bool]

# Most distinctive header first: Liftosaur's and Hevy's names are their own,
# Strong's "Exercise Name" + "Set Order" come next, FitNotes' plain "Exercise" last.
_FORMATS: dict[SourceApp, tuple[_Matcher, _Reader, str]] = {
    SourceApp.LIFTOSAUR: (liftosaur.matches, liftosaur.read,
                          "Workout DateTime, Exercise and Completed Reps"),
    SourceApp.HEVY: (hevy.matches, hevy.read,
                     "title, start_time, exercise_title, set_type, reps and weight_kg or "
                     "weight_lbs"),
    SourceApp.STRONG: (strong.matches, strong.read,
                       "Date, Exercise Name, Set Order, Reps and a Weight column"),
    SourceApp.FITNOTES: (fitnotes.matches, fitnotes.read,
                         "Date, Exercise, Category, Reps and a Weight column"),
}


def detect(table: Table) -> SourceApp | None:
    """The app whose export has this header, or None (Legwork's own is storage's to tell)."""
    for app, (matches, _, _) in _FORMATS.items():
        if matches(table):
            return app
    return None


def read_as(app: SourceApp, table: Table, zone: tzinfo | None) -> SourceFile:
    """Read `table` as `app`'s export; refused at row 1 when the header is not that app's.

    `zone` is where naive times in the file were written (None: this computer's).
    """
    matches, reader, needs = _FORMATS[app]
    if not matches(table):
        raise refuse(1, f"the header is not a {app.label} export's: it needs {needs}")
    return reader(table, zone)
