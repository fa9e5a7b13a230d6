"""One kiosk for the concurrency test: start like the kiosk does, then log sets as fast as it can.

Usage: python kiosk_writer.py URL KIOSK SETS GATE. It opens the database (creating
or upgrading the schema if needed), syncs the built-in exercises and adds its
athlete, exactly as a kiosk starting up; then it waits until the file GATE
exists, so every kiosk logs at the same moment, and logs SETS sets whose notes
say which kiosk and which set they are. Prints ``done`` at the end.
"""

import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from app.domain.records import SetEntry
from app.domain.sides import Side
from app.library import builtin_exercises
from app.storage.database import open_database
from app.storage.exercises import sync_builtin_exercises
from app.storage.kiosk import add_kiosk_athlete
from app.storage.sessions import finish_session, record_set, start_session


def main() -> None:
    """Start as a kiosk, wait for the gate, log the sets."""
    url, kiosk, sets, gate = sys.argv[1], sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
    with open_database(url) as db:
        sync_builtin_exercises(db, builtin_exercises())
        athlete = add_kiosk_athlete(db, f"Kiosk {kiosk} runner")
        while not gate.exists():
            time.sleep(0.005)
        session_id = start_session(db, athlete.id, "Concurrency")
        for i in range(sets):
            record_set(db, session_id, SetEntry(
                exercise_id="single-leg-squat", side=(Side.LEFT, Side.RIGHT)[i % 2],
                set_number=i // 2 + 1, reps=8, load_kg=10.0, tempo="3-1-1-0",
                recorded_at=datetime.now(UTC), notes=f"kiosk {kiosk} set {i}",
            ))
        finish_session(db, session_id)
    print("done", flush=True)


if __name__ == "__main__":
    main()
