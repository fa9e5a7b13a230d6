"""A delimited text file as a header and numbered rows, read liberally.

Comma, semicolon or tab (whichever the header line uses), quoted or not,
CRLF or LF, with or without a final newline; empty rows are passed over and
trailing empty columns (a spreadsheet's habit) are dropped. Rows are numbered
as a spreadsheet numbers them: the header is row 1.
"""

import csv
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain

from app.domain.imports.problems import refuse
from app.domain.imports.values import BadCell

_DELIMITERS = (",", ";", "\t")


def column_name(text: str) -> str:
    """A header cell as the readers compare it: trimmed, lower case, single spaces."""
    return " ".join(text.replace("\ufeff", "").split()).casefold()


def _delimiter(line: str) -> str:
    counts = dict.fromkeys(_DELIMITERS, 0)
    quoted = False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _trimmed(values: list[str]) -> list[str]:
    end = len(values)
    while end and not values[end - 1].strip():
        end -= 1
    return values[:end]


@dataclass
class Table:
    """The header (`columns`, compared by `column_name`) and an iterator over the rows."""

    columns: tuple[str, ...]
    delimiter: str
    _reader: Iterator[list[str]]
    _row: int = 1
    # The header as the file writes it (case kept, unprintable characters dropped), for messages.
    heading: tuple[str, ...] = ()

    def index(self, *names: str) -> int | None:
        """The position of the first of `names` the header has, or None."""
        for name in names:
            if name in self.columns:
                return self.columns.index(name)
        return None

    def position(self, *names: str) -> int:
        """The position of the first of `names` the header has (one must be there)."""
        found = self.index(*names)
        if found is None:
            raise KeyError(names)
        return found

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """(row number, cells) for each row that is not empty, as the file has it.

        Unreadable CSV (an unclosed quote, a NUL) refuses the whole file.
        """
        try:
            for values in self._reader:
                self._row += 1
                # The first cell settles it for nearly every row; all are looked at only if empty.
                if (values and values[0].strip()) or any(value.strip() for value in values):
                    yield self._row, values
        except csv.Error as exc:
            raise refuse(self._row + 1, f"not valid CSV ({exc}); is the file cut off?") from None

    def fit(self, cells: list[str], *, name_column: int | None = None) -> list[str]:
        """`cells` as exactly one per column (the first of `arrangements`)."""
        if len(cells) == len(self.columns):
            return cells
        return self.arrangements(cells, name_column=name_column)[0]

    def arrangements(self, cells: list[str], *, name_column: int | None = None) -> list[list[str]]:
        """The ways `cells` can be one per column, likeliest first; `BadCell` if there is none.

        Extra empty cells at the end (a spreadsheet's habit) are dropped. With
        `name_column`, a row with too many cells may also have a name such as
        "Curl, Hammer" that FitNotes writes without quotes: the extra cells go
        back into that column. A row with too few cells is cut short, which
        usually means the file is cut off.
        """
        width = len(self.columns)
        if len(cells) == width:
            return [cells]
        if len(cells) < width:
            raise BadCell(f"has {len(cells)} values but the header has {width} columns "
                          "(is the row cut short, or the file cut off?)")
        options = []
        end = len(cells)
        while end > width and not cells[end - 1].strip():
            end -= 1
        if end == width:
            options.append(cells[:width])
        if name_column is not None:
            extra = len(cells) - width
            joined = self.delimiter.join(cells[name_column:name_column + extra + 1])
            options.append([*cells[:name_column], joined, *cells[name_column + extra + 1:]])
        if not options:
            raise BadCell(f"has {len(cells)} values but the header has {width} columns")
        return options


def first_lines(lines: Iterable[str]) -> tuple[list[str], Iterator[str]]:
    """The lines up to the first one that is not blank (which ends the list), and the rest.

    Enough to tell a JSON file (its first character is "{") from a CSV one
    without reading, or holding, the whole file.
    """
    iterator = iter(lines)
    head: list[str] = []
    for line in iterator:
        head.append(line)
        if line.strip():
            break
    return head, iterator


def open_table(lines: Iterable[str]) -> Table | None:
    """The table in `lines` (a text file opened with ``newline=""``), or None when empty."""
    iterator = iter(lines)
    for first in iterator:
        if first.strip():
            break
    else:
        return None
    delimiter = _delimiter(first)
    reader = csv.reader(chain([first], iterator), delimiter=delimiter, strict=True)
    try:
        header = _trimmed(next(reader))
    except csv.Error as exc:
        raise refuse(1, f"the header is not valid CSV ({exc})") from None
    shown = tuple(" ".join("".join(c for c in cell if c.isprintable()).split()) for cell in header)
    return Table(tuple(column_name(cell) for cell in header), delimiter, reader, heading=shown)
