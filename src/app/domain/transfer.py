"""What exporting and importing the history deal in: the file formats and what an import did.

Why a file is refused (`RowProblem`, `ImportRefusedError`) is the importers'
(`app.domain.imports.problems`), the same for Legwork's own files and every
other app's; it is named here too for the code that exports and imports.
"""

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from app.domain.errors import ValidationError
from app.domain.imports.problems import ImportRefusedError, RowProblem
from app.domain.messages import message

__all__ = ["ExportFormat", "ImportRefusedError", "ImportSummary", "RowProblem"]


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
class ImportSummary:
    """What an import of Legwork's own file added; sessions already there are not doubled.

    `sessions_skipped` counts the file's sessions that brought nothing new; a
    session already there gets only the sets it lacks.
    """

    athletes_added: int
    sessions_added: int
    sets_added: int
    sessions_skipped: int
    # Exercises of the exporting database this one lacked, created by the import.
    exercises_added: int = 0
