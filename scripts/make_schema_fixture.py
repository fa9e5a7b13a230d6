"""Write a database file at one released schema revision, with rows in every table.

The migration test upgrades a copy of each ``tests/data/schema-<revision>.db``
to head and checks that every row survives. When a schema revision ships,
add a filler for it below and run::

    python scripts/make_schema_fixture.py 0002

The rows go in with plain SQL, not the ORM, because the models always
describe the newest schema and the fixture must keep the old one.
"""

import argparse
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from app.storage.schema import alembic_config  # noqa: E402

T = "2025-03-01 07:30:00.000000"


def _fill_all_but_sets(conn: sqlite3.Connection) -> None:
    """Rows for athletes, exercises, plans and sessions, the same at every revision."""
    conn.executescript(f"""
        INSERT INTO athlete (id, name, is_demo, pin_hash, created_at) VALUES
            (1, 'Åsa Lindqvist', 0, NULL, '{T}'),
            (2, 'Demo runner', 1, NULL, '{T}'),
            (3, 'Kiosk member "K"', 0, 'pbkdf2$1$abc$def', '{T}');
        INSERT INTO exercise (id, slug, name, builtin, unilateral, data, tempo, sets_min,
                              sets_max, reps_min, reps_max, created_at) VALUES
            (1, 'single-leg-squat', 'Single-leg squat', 1, 1, '{{"muscles": ["glutes"]}}',
             '3-1-1-0', 2, 4, 6, 12, '{T}'),
            (2, 'my-step-up', 'My step-up; with a semicolon', 0, 1, '{{"muscles": []}}',
             '2-0-X-0', 2, 3, 8, 15, '{T}');
        INSERT INTO plan (id, athlete_id, name, builtin, created_at, updated_at) VALUES
            (1, NULL, 'Runner''s single-leg session', 1, '{T}', '{T}'),
            (2, 1, 'Åsa''s Tuesday', 0, '{T}', '{T}');
        INSERT INTO plan_item (id, plan_id, position, exercise_id, sets, reps_min, reps_max,
                               tempo, rest_between_sides_s, rest_between_sets_s, load_kg,
                               progression_level, side_order) VALUES
            (1, 1, 0, 1, 3, 6, 12, '3-1-1-0', 30, 90, 0.0, 0, 'weaker_first'),
            (2, 2, 0, 2, 2, 8, 15, '2-0-X-0', 20, 60, 12.5, 1, 'left_first');
        INSERT INTO training_session (id, athlete_id, plan_name, started_at, finished_at,
                                      status, notes) VALUES
            (1, 1, 'Runner''s single-leg session', '{T}', '2025-03-01 08:10:00.000000',
             'finished', 'Felt strong 💪'),
            (2, 1, 'Åsa''s Tuesday', '2025-03-04 06:00:00.000000', NULL, 'in_progress', ''),
            (3, 3, 'Runner''s single-leg session', '2025-03-05 18:00:00.000000',
             '2025-03-05 18:20:00.000000', 'abandoned', '');
    """)


def fill_0001(conn: sqlite3.Connection) -> None:
    """Rows for every table of the first release (awkward text included)."""
    _fill_all_but_sets(conn)
    conn.executescript(f"""
        INSERT INTO set_entry (id, session_id, exercise_id, side, set_number, reps, load_kg,
                               tempo, rpe, rir, touchdowns, progression_level, form_ok, notes,
                               recorded_at) VALUES
            (1, 1, 1, 'left', 1, 8, 10.0, '3-1-1-0', 7.5, 2, 0, 0, 1, '', '{T}'),
            (2, 1, 1, 'right', 1, 10, 10.0, '3-1-1-0', 7.0, NULL, 1, 0, NULL, 'knee ok', '{T}'),
            (3, 1, 2, 'both', 2, 0, 0.0, '2-0-X-0', NULL, 10, 3, 1, 0, '', '{T}'),
            (4, 2, 2, 'left', 1, 100, 500.0, '2-0-X-0', 10.0, 0, 0, 2, 1, 'max', '{T}');
    """)


def fill_0002(conn: sqlite3.Connection) -> None:
    """The first release's rows plus the kiosk's settings (admin PIN hash, idle timeout)."""
    fill_0001(conn)
    conn.executescript(f"""
        INSERT INTO app_setting (key, value, updated_at) VALUES
            ('kiosk.admin_pin', 'scrypt$16$1$1$c2FsdA==$aGFzaA==', '{T}'),
            ('kiosk.idle_timeout_s', '120', '{T}');
    """)


def fill_0006(conn: sqlite3.Connection) -> None:
    """The kiosk's rows, sets with the two form answers, and dated body masses."""
    _fill_all_but_sets(conn)
    conn.executescript(f"""
        INSERT INTO app_setting (key, value, updated_at) VALUES
            ('kiosk.admin_pin', 'scrypt$16$1$1$c2FsdA==$aGFzaA==', '{T}'),
            ('kiosk.idle_timeout_s', '120', '{T}');
        INSERT INTO set_entry (id, session_id, exercise_id, side, set_number, reps, load_kg,
                               tempo, rpe, rir, touchdowns, progression_level, form_knee,
                               form_hips, notes, recorded_at) VALUES
            (1, 1, 1, 'left', 1, 8, 10.0, '3-1-1-0', 7.5, 2, 0, 0, 1, 1, '', '{T}'),
            (2, 1, 1, 'right', 1, 10, 10.0, '3-1-1-0', 7.0, NULL, 1, 0, NULL, 0, 'knee ok',
             '{T}'),
            (3, 1, 2, 'both', 2, 0, 0.0, '2-0-X-0', NULL, 10, 3, 1, 0, NULL, '', '{T}'),
            (4, 2, 2, 'left', 1, 100, 500.0, '2-0-X-0', 10.0, 0, 0, 2, NULL, NULL, 'max', '{T}');
        INSERT INTO body_mass (id, athlete_id, measured_on, mass_kg) VALUES
            (1, 1, '2025-01-15', 61.5),
            (2, 1, '2025-03-01', 60.8),
            (3, 3, '2025-03-05', 300.0);
    """)


FILLERS: dict[str, Callable[[sqlite3.Connection], None]] = {
    "0001": fill_0001,
    "0002": fill_0002,
    # 0003 only swaps an index on set_entry: the same rows, now read through it.
    "0003": fill_0002,
    "0006": fill_0006,
}


def make_fixture(revision: str, target: Path) -> Path:
    """Create `target` migrated to exactly `revision` and filled by that revision's filler."""
    from alembic import command

    target.unlink(missing_ok=True)
    command.upgrade(alembic_config(f"sqlite:///{target.absolute().as_posix()}"), revision)
    with sqlite3.connect(target) as conn:
        FILLERS[revision](conn)
    conn.close()
    with sqlite3.connect(target) as conn:
        # One self-contained file, the same bytes every time it is read.
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("VACUUM")
    conn.close()
    return target


def main() -> None:
    """Parse the revision and write ``tests/data/schema-<revision>.db``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("revision", choices=sorted(FILLERS))
    args = parser.parse_args()
    path = make_fixture(args.revision, ROOT / "tests" / "data" / f"schema-{args.revision}.db")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
