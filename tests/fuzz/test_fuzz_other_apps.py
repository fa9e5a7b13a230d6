"""Hostile files at the other apps' readers and the planner: refused with a reason, or read."""

from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.imports.formats import detect, read_as
from app.domain.imports.plan import plan_import
from app.domain.imports.problems import ImportRefusedError
from app.domain.imports.table import open_table
from app.domain.units import Unit
from app.library import builtin_exercises

DATA = Path(__file__).parents[1] / "data" / "imports"
FILES = sorted(p.name for p in DATA.glob("*.csv"))
UTC = ZoneInfo("UTC")

hostile_cell = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["", "-1", "1e309", "nan", "inf", "0x10", "9" * 30, "2025-13-40", "W", "F",
                     "Rest Timer", "warmup", "kgs", "stone", '"', ",", ";", "\r\n", "150", "0"]),
)


def _plan(text: str) -> None:
    table = open_table(text.splitlines(keepends=True))
    if table is None:
        return
    app = detect(table)
    if app is None:
        return
    plan_import(read_as(app, table, UTC), builtin_exercises(), athlete="A", unit=Unit.KG)


@settings(max_examples=300, deadline=None)
@given(name=st.sampled_from(FILES), row=st.integers(1, 8), column=st.integers(0, 20),
       value=hostile_cell)
def test_a_bad_cell_is_refused_or_read_never_a_crash(name: str, row: int, column: int,
                                                     value: str) -> None:
    lines = (DATA / name).read_bytes().decode("utf-8-sig").splitlines(keepends=True)
    line = lines[min(row, len(lines) - 1)]
    cells = line.rstrip("\r\n").split(",")
    cells[column % len(cells)] = value
    lines[min(row, len(lines) - 1)] = ",".join(cells) + "\n"
    try:
        _plan("".join(lines))
    except ImportRefusedError as refused:
        assert refused.problems and str(refused).endswith("Nothing was imported.")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_text_is_refused_or_read_never_a_crash(text: str) -> None:
    try:
        _plan(text)
    except ImportRefusedError as refused:
        assert refused.problems
