"""Progress benchmark: open the view and switch exercise or time range on ten years of history.

Goals (issue 4): every redraw under 100 ms, each aggregate query under 10 ms.
Times run from the call to the redraw finished and painted (processEvents).
Results go to docs/benchmarks.md.
"""

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks.history import fill_history  # noqa: E402
from benchmarks.report import write_section  # noqa: E402

RUNS = 15
REDRAW_GOAL_MS = 100.0
QUERY_GOAL_MS = 10.0


def _median_ms(action: Callable[[], object], after: Callable[[], object] = lambda: None) -> float:
    samples = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()
        after()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main() -> None:
    """Measure, print and record the Progress figures."""
    from PySide6.QtCore import QSettings

    from app.domain.metrics import Measure
    from app.domain.progress import TimeRange
    from app.storage.progress_queries import latest_sessions, leg_totals, session_starts
    from app.ui.application import create_application
    from app.ui.controller import AppController
    from app.ui.progress_view import ProgressView
    from app.ui.settings import UiSettings

    app = create_application()
    with tempfile.TemporaryDirectory() as scratch:
        os.environ["LEGWORK_DATA_DIR"] = scratch
        path = Path(scratch) / "history.db"
        rows = fill_history(path, sets=50_000, athletes=4)
        controller = AppController(f"sqlite:///{path}")
        controller.open_database()
        settings = UiSettings(QSettings(str(Path(scratch) / "ui.ini"), QSettings.Format.IniFormat))
        db, athlete = controller.db, controller.athlete
        assert db is not None and athlete is not None

        view = ProgressView(controller, settings)
        view.resize(1280, 760)
        start = time.perf_counter()
        view.show()
        app.processEvents()
        first_open = (time.perf_counter() - start) * 1000

        view.set_time_range(TimeRange.ALL)
        app.processEvents()
        exercises = [e.id for e in controller.exercises()][:2]
        toggle = iter(range(10_000))

        def switch_exercise() -> None:
            view.set_exercise(exercises[next(toggle) % 2])

        ranges = list(TimeRange)

        def switch_range() -> None:
            view.set_time_range(ranges[next(toggle) % len(ranges)])

        measures = [Measure.VOLUME, Measure.REPS]

        def switch_measure() -> None:
            view.set_measure(measures[next(toggle) % 2])

        redraws = {
            "open the view (refresh: cards and charts)": _median_ms(view.refresh,
                                                                    app.processEvents),
            "switch exercise (all history)": _median_ms(switch_exercise, app.processEvents),
            "switch time range (4 weeks … all)": _median_ms(switch_range, app.processEvents),
            "switch measure (reloads the cards too)": _median_ms(switch_measure,
                                                                 app.processEvents),
        }
        squat = exercises[0]
        queries = {
            "per-leg totals, one exercise, all history": _median_ms(
                lambda: leg_totals(db, athlete.id, squat)),
            "per-leg totals, one exercise, 12 weeks": _median_ms(
                lambda: leg_totals(db, athlete.id, squat,
                                   TimeRange.WEEKS_12.start(session_starts(db, athlete.id)[-1]))),
            "session start times, all history": _median_ms(
                lambda: session_starts(db, athlete.id)),
            "latest session per exercise": _median_ms(lambda: latest_sessions(db, athlete.id)),
        }
        sessions = len(session_starts(db, athlete.id))
        view.close()
        controller.close()

    def table(figures: dict[str, float], goal: float) -> str:
        lines = ["| | median | goal |", "| --- | --- | --- |"]
        for name, ms in figures.items():
            verdict = "met" if ms < goal else "**NOT met**"
            lines.append(f"| {name} | {ms:.1f} ms | < {goal:.0f} ms — {verdict} |")
        return "\n".join(lines)

    body = f"""
`python benchmarks/progress.py` — offscreen Qt, 1280×760 view, median of {RUNS} runs.
Database: {rows:,} side-sets over ten years for 4 athletes; the measured athlete has
{sessions:,} sessions. First show of the view (imports pyqtgraph, builds the charts):
{first_open:.0f} ms.

Redraws (from the call until the redraw is painted):

{table(redraws, REDRAW_GOAL_MS)}

Aggregate queries (SQL `GROUP BY` session and leg through the
`(exercise_id, side, recorded_at)` index; Python sees one row per session and leg):

{table(queries, QUERY_GOAL_MS)}
"""
    print(body)
    write_section("progress", "Progress view redraws and aggregate queries", body)


if __name__ == "__main__":
    main()
