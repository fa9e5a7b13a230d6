"""Training block benchmark: recompute the next prescription and the calendar as a session ends.

Goal (issue 20): under 50 ms for an athlete with 500,000 logged sets. What is
timed is `app.services.programme.programme`, the call the app makes when a
session ends (the Programme view and the start page's card redraw from it):
the block, its sessions done, each exercise's last two sessions through the
(exercise, side, recorded_at) index, and every session's per-leg dose.
Results go to docs/benchmarks.md.
"""

import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks.history import YEARS, fill_history  # noqa: E402
from benchmarks.report import write_section  # noqa: E402

RUNS = 25
SETS = 500_000
GOAL_MS = 50.0


def main() -> None:
    """Build the history, start a block, log one of its sessions, and time the recompute."""
    from app.domain.preferences import TrainingPreferences
    from app.domain.records import SetEntry
    from app.domain.sides import Side
    from app.services import programme as service
    from app.services import sessions
    from app.storage.database import open_database
    from app.storage.sessions import finish_session

    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "history.db"
        rows = fill_history(path, sets=SETS, athletes=1)
        today = service.local_today()
        with open_database(f"sqlite:///{path}") as db:
            athlete = 1
            service.start_block(db, athlete, days="mon,wed,fri", today=today)
            opened = service.start_block_session(db, athlete, _Clock(), TrainingPreferences(),
                                                 today)
            now = datetime.now(UTC)
            for item in opened.value.engine.plan.items:
                for side in (Side.LEFT, Side.RIGHT):
                    leg = item.leg(side)
                    assert leg is not None
                    for n in range(1, leg.sets + 1):
                        sessions.record_set(db, opened.value.session_id, SetEntry(
                            item.exercise_id, side, n, 12, leg.load_kg, item.tempo,
                            now + timedelta(seconds=n), rpe=7.0, progression_level=leg.level,
                            form_knee=True, form_hips=True))
            finish_session(db, opened.value.session_id)
            samples = []
            for _ in range(RUNS):
                start = time.perf_counter()
                shown = service.programme(db, athlete, today)
                samples.append((time.perf_counter() - start) * 1000)
            assert shown is not None and shown.next is not None
    median, slowest = statistics.median(samples), max(samples)
    verdict = "met" if median < GOAL_MS else "**NOT met**"
    body = f"""
`python benchmarks/programme.py` — {RUNS} runs. Database: {rows:,} side-sets over {YEARS}
years for one athlete (SQLite file), an 8-week block on three days a week with its first
session logged. Timed: `services.programme.programme`, which reads the block, the
sessions of it done, and each exercise's last two sessions (through the
(exercise, side, recorded_at) index, never the whole history), then works out the
calendar and every session's per-leg dose.

| | median | slowest | goal |
| --- | --- | --- | --- |
{_row(median, slowest, verdict)}
"""
    print(body)
    write_section("programme", "Training block: recompute after a session", body)


def _row(median: float, slowest: float, verdict: str) -> str:
    return (f"| next prescription and calendar after a session | {median:.1f} ms | "
            f"{slowest:.1f} ms | < {GOAL_MS:.0f} ms — {verdict} |")


class _Clock:
    def now(self) -> float:
        return time.monotonic()


if __name__ == "__main__":
    main()
