"""The streamed CSV export: what csv.writer writes for the stored values, in constant memory."""

import csv
import io
import tracemalloc
from datetime import UTC, timedelta
from pathlib import Path

import pytest

from app.domain.sides import Side
from app.domain.units import Unit, from_kg
from app.storage import history_export
from app.storage.assessment_files import TRIAL_COLUMNS
from app.storage.athletes import create_athlete, ensure_home_athlete, list_athletes
from app.storage.database import Database, open_database
from app.storage.exercises import sync_builtin_exercises
from app.storage.history_edits import session_history
from app.storage.history_export import time_text, write_csv_rows
from app.storage.legwork_files import CSV_COLUMNS
from app.storage.sessions import finish_session, record_set, start_session
from app.storage.transfer import export_csv
from tests.builders import T0, exercise, set_entry


def _fill(database: Database) -> None:
    sync_builtin_exercises(database, [exercise("split-squat"), exercise("step-down")])
    ann = ensure_home_athlete(database, 'Ann "the hill", Jr.')
    ola = create_athlete(database, "Ola")
    # Sessions without sets, before and between Ann's others: the CSV has no row for them.
    start_session(database, ann.id, "Rest day", started_at=T0 - timedelta(days=2))
    first = start_session(database, ann.id, "Hills, with a comma", started_at=T0)
    start_session(database, ann.id, "Cancelled", started_at=T0 + timedelta(hours=3))
    record_set(database, first, set_entry(
        "split-squat", Side.LEFT, load_kg=12.5, rpe=7.5, form_knee=True, form_hips=False,
        notes='said "ouch",\nthen went on'))
    record_set(database, first, set_entry(
        "split-squat", Side.RIGHT, load_kg=0.0, minutes=1.000123, rir=2, warmup=True))
    finish_session(database, first, finished_at=T0 + timedelta(minutes=40), notes="windy, cold")
    # Not finished: no end time; another athlete, later but listed after Ann's sessions.
    unfinished = start_session(database, ola.id, "", started_at=T0 + timedelta(days=1))
    record_set(database, unfinished, set_entry("step-down", Side.BOTH, minutes=1441,
                                               load_kg=101.3, touchdowns=3))


def _expected(database: Database, unit: Unit) -> str:
    """The CSV written the slow, obvious way: domain values through csv.writer."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)

    def number(value: float) -> str:
        return repr(float(value)).removesuffix(".0")

    def flag(value: bool | None) -> str:
        return "" if value is None else str(value).lower()

    def when(value) -> str:  # type: ignore[no-untyped-def]
        return "" if value is None else value.astimezone(UTC).isoformat()

    for athlete in sorted(list_athletes(database), key=lambda a: a.id):
        for record in reversed(session_history(database, athlete.id)):
            info = record.info
            for recorded in record.sets:
                e = recorded.entry
                writer.writerow([
                    when(e.recorded_at), athlete.name, e.exercise_id, e.side.value,
                    e.set_number, e.reps, number(from_kg(e.load_kg, unit)), unit.value,
                    "" if e.rpe is None else number(e.rpe), "" if e.rir is None else e.rir,
                    e.touchdowns, e.progression_level, flag(e.form_knee), flag(e.form_hips),
                    e.tempo, e.notes, when(info.started_at), when(info.finished_at),
                    info.plan_name, info.status.value, info.notes, flag(e.warmup),
                    *[""] * len(TRIAL_COLUMNS)])
    return out.getvalue()


@pytest.mark.parametrize("unit", [Unit.KG, Unit.LB])
def test_the_streamed_csv_is_what_csv_writer_writes_for_the_stored_values(
    database: Database, unit: Unit
) -> None:
    _fill(database)
    out = io.StringIO(newline="")
    assert export_csv(database, out, unit=unit) == 3
    assert out.getvalue() == _expected(database, unit)


def test_a_set_saved_while_the_export_runs_neither_breaks_it_nor_half_appears(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(database)
    expected = _expected(database, Unit.KG)
    opened = history_export._cursor

    def kiosk_saves_a_set_meanwhile(connection, sql, name):  # type: ignore[no-untyped-def]
        cursor = opened(connection, sql, name)
        if "sessions" in name:
            # Another kiosk, between the export's two walks: a new session of Ann's,
            # ordered in the middle of hers, with a set.
            late = start_session(database, 1, "Kiosk", started_at=T0 + timedelta(hours=1))
            record_set(database, late, set_entry("step-down", Side.LEFT, minutes=61))
        return cursor

    monkeypatch.setattr(history_export, "_cursor", kiosk_saves_a_set_meanwhile)
    out = io.StringIO(newline="")
    assert export_csv(database, out) == 3
    assert out.getvalue() == expected, "the export shows the history as it was when it began"
    assert len(session_history(database, 1)) == 4, "the kiosk's session was saved"


def test_times_read_as_stored_become_the_same_text_as_isoformat() -> None:
    from datetime import datetime

    moment = datetime(2025, 3, 1, 7, 30, 0, 120, tzinfo=UTC)
    assert time_text("2025-03-01 07:30:00.000120") == moment.isoformat()
    assert time_text("2025-03-01 07:30:00.000000") == moment.replace(microsecond=0).isoformat()
    assert time_text(moment.replace(tzinfo=None)) == moment.isoformat()
    assert time_text(None) == ""


@pytest.mark.sqlite_only
def test_the_export_holds_a_batch_not_the_history(tmp_path: Path) -> None:
    from benchmarks.history import fill_history

    path = tmp_path / "big.db"
    rows = fill_history(path, sets=30_000, athletes=2)

    class Sink(io.StringIO):
        """Counts what is written and keeps none of it."""

        size = 0

        def write(self, text: str) -> int:
            self.size += len(text)
            return len(text)

    sink = Sink()
    with open_database(f"sqlite:///{path}") as db:
        tracemalloc.start()
        try:
            assert write_csv_rows(db, sink, None, Unit.KG) == rows
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    # The whole export is several megabytes; the export holds one batch of lines.
    assert sink.size > 6_000_000
    assert peak < sink.size / 6
