"""Crash test: a writer killed with SIGKILL at random moments loses no committed set."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.library import builtin_exercises
from app.storage.athletes import ensure_home_athlete
from app.storage.database import open_database
from app.storage.exercises import sync_builtin_exercises
from tests.storage.kill_writer import expected

KILLS = 22
WRITER = Path(__file__).with_name("kill_writer.py")
ROOT = Path(__file__).resolve().parents[2]

# SIGKILL is POSIX: this test runs on Linux and macOS, where the guarantee matters most.
pytestmark = pytest.mark.slow


def _stored(path: Path) -> dict[int, tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        rows = conn.execute(
            "SELECT id, notes, side, set_number, reps, load_kg, touchdowns FROM set_entry"
        ).fetchall()
    conn.close()
    return {row[0]: row[1:] for row in rows}


def test_killed_writers_leave_a_sound_database_with_every_committed_set(tmp_path: Path) -> None:
    path = tmp_path / "legwork.db"
    with open_database(str(path)) as db:
        sync_builtin_exercises(db, builtin_exercises())
        ensure_home_athlete(db, "Runner")
    rng = random.Random(20250601)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    committed: set[int] = set()
    for run in range(KILLS):
        proc = subprocess.Popen(
            [sys.executable, str(WRITER), str(path), str(run)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        )
        assert proc.stdout is not None
        first = proc.stdout.readline()
        assert first.strip().isdigit(), proc.stderr.read() if proc.stderr else first
        time.sleep(rng.uniform(0, 0.25))
        proc.send_signal(signal.SIGKILL)
        rest, _ = proc.communicate(timeout=30)
        assert proc.returncode == -signal.SIGKILL
        printed = {int(line) for line in [first, *rest.splitlines()] if line.strip().isdigit()}
        committed |= printed

        stored = _stored(path)
        assert committed <= stored.keys(), "a set whose commit returned was lost"
        for notes, side, set_number, reps, load_kg, touchdowns in stored.values():
            i = int(str(notes).split("-")[1])
            assert {
                "side": side, "set_number": set_number, "reps": reps, "load_kg": load_kg,
                "touchdowns": touchdowns,
            } == expected(i), f"partial set {notes}"
    assert len(committed) > KILLS
