"""Read and check the battery's data files: one TOML file per test, and their references.

Every problem names the file and the field, so whoever edits a test can fix
it without reading code. A test that cites an unknown reference, or a
reference that no test cites, is refused: a number without a source, or a
source that supports nothing, has no place on a physio's sheet.
"""

import math
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from app.domain.assessments.definitions import (
    Better,
    Metronome,
    Reference,
    TestDefinition,
    Timing,
)
from app.domain.errors import ValidationError

MAX_TRIALS = 5
"""More trials than this per leg would not fit the testing-day sheet's boxes."""


class TestFileError(ValidationError):
    """A test or reference file that cannot be used, with the file and field named."""

    __test__ = False


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise TestFileError(f"{path.name}: cannot be read ({error})") from None
    except tomllib.TOMLDecodeError as error:
        raise TestFileError(f"{path.name}: is not valid TOML ({error})") from None


class _Table:
    """Typed getters over one file's table; each failure names the file and the field."""

    def __init__(self, data: Mapping[str, Any], source: str) -> None:
        self.data = data
        self.source = source

    def fail(self, field: str, problem: str) -> TestFileError:
        return TestFileError(f"{self.source}: field '{field}' {problem}")

    def text(self, field: str, *, required: bool = True) -> str:
        value = self.data.get(field, None if required else "")
        if not isinstance(value, str) or (required and not value.strip()):
            raise self.fail(field, "must be non-empty text" if required else "must be text")
        return " ".join(value.split())

    def texts(self, field: str) -> tuple[str, ...]:
        value = self.data.get(field)
        if not isinstance(value, list) or not value:
            raise self.fail(field, "must be a non-empty list of text")
        if not all(isinstance(item, str) and item.strip() for item in value):
            raise self.fail(field, "must hold only non-empty text")
        return tuple(" ".join(item.split()) for item in value)

    def whole(self, field: str, low: int, high: int, default: int | None = None) -> int:
        value = self.data.get(field, default)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(field, f"must be a whole number from {low} to {high}")
        return value

    def positive(self, field: str) -> float | None:
        value = self.data.get(field)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(field, "must be a number")
        if not math.isfinite(value) or value <= 0:
            raise self.fail(field, "must be a number above zero")
        return float(value)

    def choice(self, field: str, kind: type[Better] | type[Timing], default: str | None) -> Any:
        value = self.data.get(field, default)
        try:
            return kind(value)
        except ValueError:
            allowed = ", ".join(repr(member.value) for member in kind)
            raise self.fail(field, f"must be one of {allowed}") from None

    def flag(self, field: str) -> bool:
        value = self.data.get(field, False)
        if not isinstance(value, bool):
            raise self.fail(field, "must be true or false")
        return value


def load_references(path: Path) -> dict[str, Reference]:
    """The `[[reference]]` tables of a references file, by key."""
    data = _read(path)
    entries = data.get("reference")
    if not isinstance(entries, list) or not entries:
        raise TestFileError(f"{path.name}: must list at least one [[reference]]")
    references: dict[str, Reference] = {}
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict):
            raise TestFileError(f"{path.name}: reference {number} must be a table")
        table = _Table(entry, f"{path.name} reference {number}")
        key = table.text("key")
        if key in references:
            raise table.fail("key", f"repeats {key!r}")
        references[key] = Reference(
            key=key,
            citation=table.text("citation"),
            doi=table.text("doi", required=False),
            supports=table.text("supports"),
        )
    return references


def parse_test(
    data: Mapping[str, Any], source: str, references: Mapping[str, Reference]
) -> TestDefinition:
    """Turn one test file's table into a TestDefinition, or raise TestFileError."""
    table = _Table(data, source)
    timing: Timing = table.choice("timing", Timing, Timing.ENTERED.value)
    metronome = None
    if timing is Timing.PACED:
        metronome = Metronome(
            bpm=table.whole("metronome_bpm", 20, 240),
            beats_per_rep=table.whole("beats_per_rep", 1, 4, default=2),
        )
    window = table.positive("window_seconds")
    if timing is Timing.WINDOW and window is None:
        raise table.fail("window_seconds", "is needed for a test timed over a window")
    cap = table.positive("cap")
    if timing is Timing.HOLD and cap is None:
        raise table.fail("cap", "is needed for a held test: the timer stops there")
    cited = table.texts("sources")
    unknown = [key for key in cited if key not in references]
    if unknown:
        raise table.fail("sources", f"cites unknown references {unknown}")
    line = table.positive("symmetry_line")
    if line is not None and line > 100:
        raise table.fail("symmetry_line", "must be a percentage up to 100")
    return TestDefinition(
        id=table.text("id"),
        name=table.text("name"),
        unit=table.text("unit"),
        better=table.choice("better", Better, None),
        trials=table.whole("trials", 1, MAX_TRIALS),
        cap=cap,
        decimals=table.whole("decimals", 0, 2),
        summary=table.text("summary"),
        protocol=table.texts("protocol"),
        sheet_cue=table.text("sheet_cue"),
        group=table.text("group"),
        timing=timing,
        metronome=metronome,
        window_seconds=window,
        symmetry_line=line,
        difference_flag=table.positive("difference_flag"),
        normalise_to_leg_length=table.flag("normalise_to_leg_length"),
        sources=tuple(references[key] for key in cited),
        builtin=True,
    )


def load_battery(folder: Path, references_file: Path) -> list[TestDefinition]:
    """Every test file in `folder`, in battery order (`order`), checked against the references.

    A file's `id` must match its name, and every reference must be cited by
    at least one test.
    """
    references = load_references(references_file)
    ranked: list[tuple[int, TestDefinition]] = []
    for path in sorted(folder.glob("*.toml")):
        data = _read(path)
        test = parse_test(data, path.name, references)
        if test.id != path.stem:
            raise TestFileError(f"{path.name}: field 'id' must match the file name ({path.stem!r})")
        ranked.append((_Table(data, path.name).whole("order", 1, 99), test))
    if not ranked:
        raise TestFileError(f"{folder}: holds no test files")
    orders = [order for order, _ in ranked]
    if len(set(orders)) != len(orders):
        raise TestFileError(f"{folder}: two tests share one 'order'")
    cited = {reference.key for _, test in ranked for reference in test.sources}
    idle = sorted(set(references) - cited)
    if idle:
        raise TestFileError(
            f"{references_file.name}: references {idle} support no test; cite them or remove them"
        )
    return [test for _, test in sorted(ranked, key=lambda pair: pair[0])]
