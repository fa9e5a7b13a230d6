"""Fill a Legwork database with years of realistic history, fast, for the benchmarks."""

import random
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.library import builtin_exercises
from app.storage.athletes import ensure_home_athlete
from app.storage.database import open_database
from app.storage.exercises import sync_builtin_exercises
from app.storage.session_totals import rebuild_session_totals

YEARS = 10


def fill_history(path: Path, sets: int = 50_000, athletes: int = 4, seed: int = 7) -> int:
    """Create `path` with `athletes` athletes and about `sets` side-sets over `YEARS` years.

    Rows go in with sqlite3's executemany inside one transaction: the point is
    a big file to measure against, not a test of the repositories.
    Returns the number of set rows written.
    """
    with open_database(f"sqlite:///{path}") as db:
        sync_builtin_exercises(db, builtin_exercises())
        ensure_home_athlete(db, "Athlete 1")
    rng = random.Random(seed)
    con = sqlite3.connect(path)
    with con:
        for n in range(2, athletes + 1):
            con.execute(
                "INSERT INTO athlete (name, is_demo, created_at) VALUES (?, 0, ?)",
                (f"Athlete {n}", "2016-01-01 00:00:00.000000"),
            )
        athlete_ids = [r[0] for r in con.execute("SELECT id FROM athlete")]
        exercises = con.execute("SELECT id, tempo FROM exercise WHERE builtin = 1").fetchall()
        per_session = len(exercises) * 2 * 2  # 2 sets × 2 legs of each exercise
        sessions = sets // per_session
        start = datetime(2016, 1, 4, 7, tzinfo=UTC)
        # Each athlete's sessions are spread evenly over the whole span.
        gap = timedelta(days=365.25 * YEARS) / max(1, sessions // len(athlete_ids))
        written = 0
        for s in range(sessions):
            athlete = athlete_ids[s % len(athlete_ids)]
            when = start + gap * (s // len(athlete_ids)) + timedelta(hours=rng.random() * 10)
            stamp = when.strftime("%Y-%m-%d %H:%M:%S.%f")
            cur = con.execute(
                "INSERT INTO training_session (athlete_id, plan_name, started_at, finished_at,"
                " status, notes) VALUES (?, 'Runner''s single-leg session', ?, ?, 'finished', '')",
                (athlete, stamp, stamp),
            )
            session_id = cur.lastrowid
            rows = []
            for exercise_id, tempo in exercises:
                for set_number in (1, 2):
                    for side, bias in (("left", 0.9), ("right", 1.0)):
                        load = round(rng.uniform(0, 30) * bias / 2.5) * 2.5
                        rows.append((
                            session_id, exercise_id, side, set_number, rng.randint(8, 12),
                            load, tempo, rng.choice((7.0, 7.5, 8.0, 8.5)), None, 0, 0, 1, 1,
                            "", stamp,
                        ))
            con.executemany(
                "INSERT INTO set_entry (session_id, exercise_id, side, set_number, reps, load_kg,"
                " tempo, rpe, rir, touchdowns, progression_level, form_knee, form_hips, notes,"
                " recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            written += len(rows)
    con.close()
    # The sets went in behind the app's back: work out Progress's totals as the app would.
    with open_database(f"sqlite:///{path}") as db, db.session() as session:
        rebuild_session_totals(session)
    return written
