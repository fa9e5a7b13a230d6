"""Several kiosks, one database: processes logging at the same moment lose and double nothing."""

import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import text

from app.storage.database import open_database
from tests.builders import separate_connection

KIOSKS = 4
SETS = 60
WRITER = Path(__file__).with_name("kiosk_writer.py")
ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def _run_kiosks(url: str, gate: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    kiosks = [
        subprocess.Popen([sys.executable, str(WRITER), url, str(k), str(SETS), str(gate)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        for k in range(KIOSKS)
    ]
    # Open the gate once every kiosk has started up (or at once: they wait for it either way).
    gate.touch()
    for kiosk in kiosks:
        out, err = kiosk.communicate(timeout=240)
        assert kiosk.returncode == 0 and out.strip() == "done", err


def test_kiosks_logging_at_once_store_every_set_exactly_once(
    database_url: str, tmp_path: Path
) -> None:
    _run_kiosks(database_url, tmp_path / "gate")

    with open_database(database_url) as db, separate_connection(db) as conn:
        notes = Counter(conn.execute(text("SELECT notes FROM set_entry")).scalars())
        ids = list(conn.execute(text("SELECT id FROM set_entry")).scalars())
        per_session = conn.execute(text(
            "SELECT a.name, count(*) FROM set_entry s JOIN training_session t "
            "ON s.session_id = t.id JOIN athlete a ON t.athlete_id = a.id GROUP BY a.name"
        )).all()
    expected = {f"kiosk {k} set {i}" for k in range(KIOSKS) for i in range(SETS)}
    assert set(notes) == expected, "no set is lost"
    assert set(notes.values()) == {1}, "no set is stored twice"
    assert len(set(ids)) == len(ids) == KIOSKS * SETS, "every set has its own id"
    assert sorted(per_session) == [(f"Kiosk {k} runner", SETS) for k in range(KIOSKS)]


def test_kiosks_starting_together_on_a_new_server_create_the_schema_once(
    empty_postgres_url: str, tmp_path: Path
) -> None:
    _run_kiosks(empty_postgres_url, tmp_path / "gate")

    with open_database(empty_postgres_url) as db, separate_connection(db) as conn:
        versions = conn.execute(text("SELECT version_num FROM alembic_version")).all()
        slugs = list(conn.execute(text("SELECT slug FROM exercise")).scalars())
        sets = conn.execute(text("SELECT count(*) FROM set_entry")).scalar_one()
    assert len(versions) == 1
    assert len(slugs) == len(set(slugs)) > 0, "built-in exercises synced once each"
    assert sets == KIOSKS * SETS
