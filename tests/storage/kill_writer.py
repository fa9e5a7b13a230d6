"""Write sets in a loop for the kill test, printing each id only after its commit returned.

Usage: python kill_writer.py DATABASE RUN. Every set carries values derived
from its number `i` (notes ``RUN-i``), so the test can tell a whole set from
a partial one. Runs until killed.
"""

import sys
from datetime import UTC, datetime
from itertools import count

from app.domain.records import SetEntry
from app.domain.sides import Side
from app.storage.database import open_database
from app.storage.sessions import record_set, start_session


def expected(i: int) -> dict[str, object]:
    """The stored values of the writer's `i`-th set."""
    return {
        "side": ("left", "right")[i % 2],
        "set_number": i + 1,
        "reps": i % 101,
        "load_kg": (i % 201) * 2.5,
        "touchdowns": i % 7,
    }


def main() -> None:
    """Open the database and record sets until the process is killed."""
    path, run = sys.argv[1], sys.argv[2]
    db = open_database(path)
    session_id = start_session(db, 1, f"kill run {run}")
    for i in count():
        values = expected(i)
        set_id = record_set(db, session_id, SetEntry(
            exercise_id="single-leg-squat",
            side=Side(values["side"]),
            set_number=i + 1,
            reps=i % 101,
            load_kg=(i % 201) * 2.5,
            tempo="3-1-1-0",
            recorded_at=datetime.now(UTC),
            touchdowns=i % 7,
            notes=f"{run}-{i}",
        ))
        print(set_id, flush=True)


if __name__ == "__main__":
    main()
