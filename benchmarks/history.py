"""Fill a Legwork database with years of realistic history, fast, for the benchmarks.

`fill_history` builds a SQLite file: 50,000 sets take a second or two and
2,000,000 (the gym-scale figures in `benchmarks/scale.py`) a few minutes on
two cores, because the set table's indexes are dropped while the rows go in
and built once at the end (the schema is the migrated one, untouched).
"""

import random
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.library import builtin_exercises
from app.storage.athletes import ensure_home_athlete
from app.storage.database import open_database
from app.storage.exercises import sync_builtin_exercises
from app.storage.session_totals import rebuild_session_totals

YEARS = 10
_PLAN = "Runner's single-leg session"
_BATCH = 50_000


def fill_history(
    path: Path, sets: int = 50_000, athletes: int = 4, seed: int = 7, *,
    first_athlete_sets: int | None = None,
) -> int:
    """Create `path` with `athletes` athletes and about `sets` side-sets over `YEARS` years.

    Every session holds 2 sets × 2 legs of each built-in exercise. The sets are
    shared evenly, unless `first_athlete_sets` gives "Athlete 1" (the home
    athlete, whom the app opens on) that many and the others share the rest.
    Rows go in with sqlite3's executemany in one transaction: the point is a big
    file to measure against, not a test of the repositories. Returns the number
    of set rows written.
    """
    with open_database(f"sqlite:///{path}") as db:
        sync_builtin_exercises(db, builtin_exercises())
        ensure_home_athlete(db, "Athlete 1")
    rng = random.Random(seed)
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = OFF")
    con.execute("PRAGMA cache_size = -200000")
    con.execute("BEGIN")
    con.executemany(
        "INSERT INTO athlete (name, is_demo, created_at) VALUES (?, 0, ?)",
        [(f"Athlete {n}", "2016-01-01 00:00:00.000000") for n in range(2, athletes + 1)],
    )
    athlete_ids = [r[0] for r in con.execute("SELECT id FROM athlete ORDER BY id")]
    exercises = con.execute(
        "SELECT id, tempo FROM exercise WHERE builtin = 1 ORDER BY id").fetchall()
    per_session = len(exercises) * 2 * 2  # 2 sets × 2 legs of each exercise
    indexes = con.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'set_entry'"
        " AND sql IS NOT NULL").fetchall()
    for name, _ in indexes:
        con.execute(f'DROP INDEX "{name}"')
    written = 0
    for athlete, count in zip(athlete_ids, _shares(sets, len(athlete_ids), first_athlete_sets),
                              strict=True):
        rows = _athlete_sets(con, rng, athlete, count // per_session, exercises)
        while batch := [row for _, row in zip(range(_BATCH), rows, strict=False)]:
            con.executemany(
                "INSERT INTO set_entry (session_id, exercise_id, side, set_number, reps,"
                " load_kg, tempo, rpe, rir, touchdowns, progression_level, form_knee, form_hips,"
                " notes, recorded_at, warmup) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, 0, 0, 1, 1,"
                " '', ?, 0)", batch)
            written += len(batch)
    for _, sql in indexes:
        con.execute(sql)
    con.execute("COMMIT")
    con.execute("ANALYZE")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    # The sets went in behind the app's back: work out Progress's totals as the app would.
    with open_database(f"sqlite:///{path}") as db, db.session() as session:
        rebuild_session_totals(session)
    return written


def _shares(sets: int, athletes: int, first: int | None) -> list[int]:
    if first is None or athletes == 1:
        return [sets // athletes] * athletes
    rest = (sets - first) // (athletes - 1)
    return [first] + [rest] * (athletes - 1)


def _athlete_sets(
    con: sqlite3.Connection, rng: random.Random, athlete: int, sessions: int,
    exercises: list[tuple[int, str]],
) -> Iterator[tuple[object, ...]]:
    """Insert the athlete's sessions, spread evenly over `YEARS` years; yield their set rows."""
    start = datetime(2016, 1, 4, 7, tzinfo=UTC)
    gap = timedelta(days=365.25 * YEARS) / max(1, sessions)
    stamps = []
    for s in range(sessions):
        when = start + gap * s + timedelta(hours=rng.random() * 10)
        stamps.append((when, when.strftime("%Y-%m-%d %H:%M:%S.%f")))
    first_id = con.execute("SELECT coalesce(max(id), 0) + 1 FROM training_session").fetchone()[0]
    con.executemany(
        "INSERT INTO training_session (id, athlete_id, plan_name, started_at, finished_at,"
        " status, notes) VALUES (?, ?, ?, ?, ?, 'finished', '')",
        [(first_id + n, athlete, _PLAN, stamp,
          (when + timedelta(minutes=45)).strftime("%Y-%m-%d %H:%M:%S.%f"))
         for n, (when, stamp) in enumerate(stamps)])
    rpes = (7.0, 7.5, 8.0, 8.5)
    for n, (when, _) in enumerate(stamps):
        session_id = first_id + n
        second = 0
        for exercise_id, tempo in exercises:
            for set_number in (1, 2):
                for side, bias in (("left", 0.9), ("right", 1.0)):
                    second += 40
                    load = round(rng.uniform(0, 30) * bias / 2.5) * 2.5
                    recorded = (when + timedelta(seconds=second)).strftime(
                        "%Y-%m-%d %H:%M:%S.%f")
                    yield (session_id, exercise_id, side, set_number, rng.randint(8, 12), load,
                           tempo, rpes[rng.randrange(4)], recorded)
