"""Why a file cannot be imported: each bad row with its reason, all collected before refusing."""

from dataclasses import dataclass

from app.domain.errors import ValidationError

# A file with hundreds of bad rows is one mistake repeated; the first few say what it is.
MAX_LISTED_PROBLEMS = 10


@dataclass(frozen=True)
class RowProblem:
    """Why one row of an imported file was refused (rows count as in a spreadsheet)."""

    row: int
    reason: str
    place: str = ""
    """Where the problem is when rows do not say it (a JSON file's athlete, session, set)."""

    def __str__(self) -> str:
        # Reasons are often whole sentences; the list adds its own punctuation.
        return f"{self.place or f'row {self.row}'}: {self.reason.rstrip().removesuffix('.')}"


class ImportRefusedError(ValidationError):
    """A file that cannot be imported; nothing was written. `problems` lists each bad row."""

    def __init__(self, problems: list[RowProblem], total: int | None = None) -> None:
        self.problems = tuple(problems)
        self.total = total if total is not None else len(problems)
        listed = "; ".join(str(problem) for problem in problems)
        more = self.total - len(problems)
        suffix = f" (and {more} more {'problem' if more == 1 else 'problems'})" if more else ""
        stop = "" if (listed + suffix).endswith(("?", "!")) else "."
        super().__init__(f"{listed}{suffix}{stop} Nothing was imported.")


class ProblemList:
    """Collects row problems while a file is read; `raise_if_any` refuses the whole file."""

    def __init__(self) -> None:
        self.listed: list[RowProblem] = []
        self.total = 0

    def add(self, row: int, reason: str, place: str = "") -> None:
        """Note one bad row (only the first few are kept for the message)."""
        self.total += 1
        if len(self.listed) < MAX_LISTED_PROBLEMS:
            self.listed.append(RowProblem(row, reason, place))

    def __bool__(self) -> bool:
        return self.total > 0

    def raise_if_any(self) -> None:
        """`ImportRefusedError` listing the problems, if there were any."""
        if self.total:
            raise ImportRefusedError(self.listed, self.total)


def refuse(row: int, reason: str, place: str = "") -> ImportRefusedError:
    """The error for a file refused because of one problem (a header, say)."""
    return ImportRefusedError([RowProblem(row, reason, place)])
