"""What exporting and importing the history deal in: the file formats and what an import did."""

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from app.domain.errors import ValidationError
from app.domain.messages import message


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
class RowProblem:
    """Why one row of an imported file was refused (rows count as in a spreadsheet)."""

    row: int
    reason: str

    def __str__(self) -> str:
        return f"row {self.row}: {self.reason}"


class ImportRefusedError(ValidationError):
    """A file that cannot be imported; nothing was written. `problems` lists each bad row."""

    def __init__(self, problems: list[RowProblem], total: int | None = None) -> None:
        self.problems = tuple(problems)
        self.total = total if total is not None else len(problems)
        listed = "; ".join(str(problem) for problem in problems)
        more = self.total - len(problems)
        suffix = f" (and {more} more {'problem' if more == 1 else 'problems'})" if more else ""
        super().__init__(f"{listed}{suffix}. Nothing was imported.")


@dataclass(frozen=True)
class ImportSummary:
    """What an import added; sessions already in the database are skipped, not doubled."""

    athletes_added: int
    sessions_added: int
    sets_added: int
    sessions_skipped: int
