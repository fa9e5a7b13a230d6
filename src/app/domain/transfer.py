"""What exporting and importing the history deal in: the file formats, and assessments as a
file carries them.

Why a file is refused (`RowProblem`, `ImportRefusedError`) is the importers'
(`app.domain.imports.problems`), the same for Legwork's own files and every
other app's; it is named here too for the code that exports and imports.
What an import did is `app.services.imports.ImportSummary`, for every kind of file.
"""

import math
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from app.domain.assessments.definition_file import MAX_TRIALS
from app.domain.assessments.definitions import Better, TestDefinition
from app.domain.custom_exercise import slugify
from app.domain.errors import ValidationError
from app.domain.imports.problems import ImportRefusedError, RowProblem
from app.domain.messages import message
from app.domain.sides import Side

__all__ = [
    "AssessedTest", "AssessmentRecord", "ExportFormat", "ImportRefusedError", "RowProblem",
    "TrialRecord", "checked_test_rules",
]

# The database's column widths for a test's copy on an assessment.
MAX_TEST_ID_LENGTH = 80
MAX_TEST_NAME_LENGTH = 80
MAX_TEST_UNIT_LENGTH = 16
MAX_DECIMALS = 4


class ExportFormat(StrEnum):
    """The file types an export can produce."""

    CSV = "csv"
    JSON = "json"

    @classmethod
    def for_path(cls, path: Path, explicit: str | None = None) -> "ExportFormat":
        """The format asked for, else the one the file name's suffix names.

        `ValidationError` if neither says csv or json.
        """
        wanted = (explicit or path.suffix.removeprefix(".")).casefold()
        try:
            return cls(wanted)
        except ValueError:
            raise ValidationError(message(
                "Cannot tell whether to write CSV or JSON for {file!r}: end the file name in "
                ".csv or .json, or choose a format.", file=path.name)) from None


@dataclass(frozen=True)
class TrialRecord:
    """One trial of one leg as a file carries it (times aware UTC)."""

    side: Side
    number: int
    value: float
    recorded_at: datetime


@dataclass(frozen=True)
class AssessedTest:
    """A test of an assessment: its rules as they were on the day, and the trials taken."""

    definition: TestDefinition
    trials: tuple[TrialRecord, ...]


@dataclass(frozen=True)
class AssessmentRecord:
    """A testing day as an export writes it and an import reads it back.

    `status` is the stored status (``in_progress``, ``finished`` or
    ``abandoned``); `involved` the injured leg when one was named. Tests keep
    the order they had on the day.
    """

    athlete: str
    started_at: datetime
    finished_at: datetime | None
    status: str
    involved: Side | None
    leg_length_left_cm: float | None
    leg_length_right_cm: float | None
    notes: str
    tests: tuple[AssessedTest, ...]

    @property
    def trial_count(self) -> int:
        """Trials on every test and leg together."""
        return sum(len(test.trials) for test in self.tests)


def _positive(name: str, value: float | None) -> float | None:
    if value is not None and (not math.isfinite(value) or value <= 0):
        raise ValidationError(f"a test's {name} must be a number above zero or empty "
                              f"(got {value:g})")
    return value


def checked_test_rules(
    *, test_id: str, name: str, unit: str, better: Better, trials: int, cap: float | None,
    decimals: int, symmetry_line: float | None, difference_flag: float | None,
    normalise_to_leg_length: bool,
) -> TestDefinition:
    """A test's rules as an exported assessment gives them, checked as the database keeps them.

    `ValidationError` with one sentence for an id that is not a test id, an
    empty or over-long name or unit, trials outside 1–5, a cap, line or flag
    that is not above zero, a line above 100 % or an unlikely precision.
    """
    if not test_id or len(test_id) > MAX_TEST_ID_LENGTH or slugify(test_id) != test_id:
        raise ValidationError(f"{test_id!r} is not a test id such as single-leg-hop")
    if not name.strip() or len(name) > MAX_TEST_NAME_LENGTH:
        raise ValidationError(f"a test's name must be 1 to {MAX_TEST_NAME_LENGTH} characters")
    if not unit.strip() or len(unit) > MAX_TEST_UNIT_LENGTH:
        raise ValidationError(f"a test's unit must be 1 to {MAX_TEST_UNIT_LENGTH} characters")
    if not 1 <= trials <= MAX_TRIALS:
        raise ValidationError(f"a test takes 1 to {MAX_TRIALS} trials per leg (got {trials})")
    if not 0 <= decimals <= MAX_DECIMALS:
        raise ValidationError(f"a test's decimals must be 0 to {MAX_DECIMALS} (got {decimals})")
    line = _positive("symmetry line", symmetry_line)
    if line is not None and line > 100:
        raise ValidationError(f"a symmetry line is a percentage up to 100 (got {line:g})")
    return TestDefinition(
        id=test_id, name=name, unit=unit, better=better, trials=trials,
        cap=_positive("cap", cap), decimals=decimals, symmetry_line=line,
        difference_flag=_positive("difference flag", difference_flag),
        normalise_to_leg_length=normalise_to_leg_length,
    )
