"""Hostile CSV files at the importer: refused with its own error, nothing half-written."""

import csv
import io
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.domain.errors import LegworkError
from app.domain.transfer import ImportRefusedError
from app.library import builtin_exercises
from app.storage.athletes import ensure_home_athlete
from app.storage.database import Database
from app.storage.exercises import sync_builtin_exercises
from app.storage.sessions import finish_session, record_set, start_session
from app.storage.transfer import CSV_COLUMNS, export_csv
from tests.builders import import_legwork_csv, set_entry

TABLES = ("athlete", "training_session", "set_entry")


@pytest.fixture
def exported(database: Database) -> tuple[Database, list[list[str]]]:
    """A database with a few sets, and its own CSV export as rows of cells."""
    sync_builtin_exercises(database, builtin_exercises())
    athlete = ensure_home_athlete(database, "Runner")
    session_id = start_session(database, athlete.id, "Plan")
    for minutes in range(3):
        record_set(database, session_id, set_entry("single-leg-squat", minutes=minutes))
    finish_session(database, session_id)
    out = io.StringIO(newline="")
    export_csv(database, out)
    return database, list(csv.reader(io.StringIO(out.getvalue())))


def _counts(db: Database) -> tuple[int, ...]:
    with sqlite3.connect(db.path) as conn:
        counts = tuple(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES)
    conn.close()
    return counts


hostile_cell = st.one_of(
    st.text(alphabet=st.characters(blacklist_characters="\x00"), max_size=20),
    st.sampled_from([
        "", "-1", "1e309", "nan", "inf", "NaN", "0x10", "1_000", "9" * 30, "2025-13-40",
        "2025-06-01T07:00:00", "left ", "LEFT", "both", "sideways", "kg", "stone", "X-X-X-X",
        "'; DROP TABLE set_entry; --", "=cmd|' /C calc'!A0", "true", "maybe",
    ]),
)


def _import(db: Database, rows: list[list[str]]) -> None:
    text = io.StringIO(newline="")
    csv.writer(text).writerows(rows)
    import_legwork_csv(db, text.getvalue())


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    row=st.integers(min_value=1, max_value=3),
    column=st.integers(min_value=0, max_value=len(CSV_COLUMNS) - 1),
    value=hostile_cell,
)
@example(row=1, column=CSV_COLUMNS.index("reps"), value="101")
@example(row=1, column=CSV_COLUMNS.index("load"), value="-5")
def test_a_bad_cell_refuses_the_whole_file_and_writes_nothing(
    exported: tuple[Database, list[list[str]]], row: int, column: int, value: str
) -> None:
    db, rows = exported
    changed = [list(r) for r in rows]
    changed[row][column] = value
    # A new session start, so an accepted file really writes instead of being skipped.
    started = CSV_COLUMNS.index("session_started")
    for r in changed[1:]:
        r[started] = r[started].replace("2025", "2024") if column != started else r[started]
    before = _counts(db)
    try:
        _import(db, changed)
    except ImportRefusedError as error:
        assert "Nothing was imported" in str(error)
        assert _counts(db) == before
    except LegworkError:
        assert _counts(db) == before


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(
    st.text(max_size=300),
    st.lists(st.lists(hostile_cell, max_size=len(CSV_COLUMNS) + 2), max_size=5).map(
        lambda body: "\n".join(",".join(cells) for cells in [list(CSV_COLUMNS), *body])
    ),
))
@example("")
@example(",".join(CSV_COLUMNS))
@example('"unterminated\n')
def test_arbitrary_text_is_refused_with_the_importers_own_error(
    exported: tuple[Database, list[list[str]]], text: str
) -> None:
    db, _rows = exported
    before = _counts(db)
    try:
        import_legwork_csv(db, text)
    except LegworkError:
        assert _counts(db) == before


def test_a_file_cut_off_half_way_imports_nothing(
    exported: tuple[Database, list[list[str]]], tmp_path: Path
) -> None:
    db, rows = exported
    text = io.StringIO(newline="")
    csv.writer(text).writerows(rows)
    cut = text.getvalue()[: len(text.getvalue()) * 2 // 3].replace("2025", "2023")
    before = _counts(db)
    with pytest.raises(LegworkError):
        import_legwork_csv(db, cut)
    assert _counts(db) == before


def test_a_nul_character_in_an_athlete_name_is_refused_with_the_importers_error(
    exported: tuple[Database, list[list[str]]],
) -> None:
    db, rows = exported
    changed = [list(r) for r in rows]
    changed[1][CSV_COLUMNS.index("athlete")] = "\x00"
    before = _counts(db)
    with pytest.raises(ImportRefusedError):
        _import(db, changed)
    assert _counts(db) == before
