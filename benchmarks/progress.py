"""Progress benchmark: open the view and switch exercise or time range on ten years of history.

Goals (issues 4 and 15): every redraw under 100 ms, each aggregate query under 10 ms.
Times run from the call to the redraw finished and painted (processEvents).
Results go to docs/benchmarks.md. `--scale` measures a keen athlete's own 500,000
side-sets instead of a household's 50,000 (issue 15's one-athlete case), `--gym` one
athlete of a gym's 200 on a database of 2,000,000 (issue 15's shared case).
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks.history import YEARS, fill_history  # noqa: E402
from benchmarks.report import write_section  # noqa: E402

RUNS = 15
REDRAW_GOAL_MS = 100.0
QUERY_GOAL_MS = 10.0

SCALE_NOTE = """
At this scale the view draws at most one point per pixel column (all history in
weekly buckets) and the cards read about 24 sessions. The weekly buckets add up the
per-session totals (`session_totals`: one row per session, exercise and side), keyed
since migration 0013 by athlete, exercise, side and session start: each week of each
side is one short range of a covering index, added up where it lies, without SQLite
sorting the 42,000 rows of the exercise first (which took three quarters of the
query). The weekly bars count sessions per local week in SQL. The cards seek each
exercise's recent sets in `(exercise_id, side, recorded_at)` and look each set's
session up by its key. Rows marked "not read" are queries the view does not run for
so many sessions.
"""

GYM_NOTE = """
Here the measured athlete is one of 200 members, with about 10,000 of the 2,000,000
sets. Every query is scoped to them: their sessions through
`training_session(athlete_id, started_at)`, their weeks from the per-session totals,
and the cards' last weeks by walking their own sessions (an athlete with at most
1,500 sessions), not the window of every member's sets of each exercise, which
made opening the view cost about 160 ms before.
"""

Timing = tuple[float, float]
"""Median and slowest run, in ms."""


def _time_ms(
    action: Callable[[], object],
    after: Callable[[], object] = lambda: None,
    before: Callable[[], object] = lambda: None,
) -> Timing:
    """Time `action` then `after` RUNS times; `before` runs first each time, untimed."""
    samples = []
    for _ in range(RUNS):
        before()
        start = time.perf_counter()
        action()
        after()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), max(samples)


def _table(figures: dict[str, Timing], goal: float, unread: frozenset[str] = frozenset()) -> str:
    """Rows in `unread` are queries the view does not run on this history: no goal."""
    lines = ["| | median | slowest | goal |", "| --- | --- | --- | --- |"]
    for name, (median, slowest) in figures.items():
        if name in unread:
            lines.append(f"| {name} | {median:.1f} ms | {slowest:.1f} ms | — (not read) |")
            continue
        verdict = "met" if median < goal else "**NOT met**"
        lines.append(
            f"| {name} | {median:.1f} ms | {slowest:.1f} ms | < {goal:.0f} ms — {verdict} |")
    return "\n".join(lines)


def main() -> None:
    """Measure, print and record the Progress figures."""
    from app.ui.shell.application import create_application

    parser = argparse.ArgumentParser(description=__doc__)
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--scale", action="store_true",
                      help="500,000 side-sets for one athlete instead of 50,000 for four")
    size.add_argument("--gym", action="store_true",
                      help="2,000,000 side-sets over 200 athletes (a gym's shared database)")
    args = parser.parse_args()
    scale, gym = args.scale, args.gym
    sets, athletes = (500_000, 1) if scale else (2_000_000, 200) if gym else (50_000, 4)
    app = create_application()
    with tempfile.TemporaryDirectory() as scratch:
        os.environ["LEGWORK_DATA_DIR"] = scratch
        path = Path(scratch) / "history.db"
        rows = fill_history(path, sets=sets, athletes=athletes)
        tables = measure(f"sqlite:///{path}", Path(scratch))
    del app
    command = "python benchmarks/progress.py" + (" --scale" if scale else " --gym" if gym else "")
    owners = "one athlete" if athletes == 1 else f"{athletes} athletes"
    load = os.getloadavg()[0]
    body = f"""
`{command}` — offscreen Qt, 1280×760 view, {RUNS} runs each; load average
{load:.1f} at the end (the machine is shared with other engineers' work: above its core count,
figures run high).
Database: {rows:,} side-sets over {YEARS} years for {owners}; {tables}
{SCALE_NOTE if scale else GYM_NOTE if gym else ""}"""
    print(body)
    if scale:
        write_section("progress-scale", "Progress at gym scale: one athlete's 500,000 sets", body)
    elif gym:
        write_section("progress-gym", "Progress at gym scale: 2,000,000 sets over 200 athletes",
                      body)
    else:
        write_section("progress", "Progress view redraws and aggregate queries", body)


def measure(url: str, scratch: Path) -> str:
    """Time the Progress view and its queries on the database at `url`; the tables, as Markdown.

    The Qt application must exist. `benchmarks/gym_server.py` calls this with a
    PostgreSQL URL for the same figures on a gym's server.
    """
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.domain.metrics import Measure
    from app.domain.progress import MAX_SESSION_POINTS, TimeRange, day_buckets
    from app.storage.progress_buckets import bucket_totals
    from app.storage.progress_queries import (
        latest_sessions,
        leg_totals,
        recent_leg_totals,
        session_count,
        session_starts,
        sessions_per_week,
    )
    from app.ui.progress.progress_view import ProgressView
    from app.ui.shell.controller import AppController
    from app.ui.shell.settings import UiSettings

    app = QApplication.instance()
    assert app is not None
    controller = AppController(url)
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

    def fresh_view() -> None:
        # A refresh forgets everything read, as a change to the history does.
        view.refresh()
        app.processEvents()

    ranges = list(TimeRange)

    def switch_range() -> None:
        view.set_time_range(ranges[next(toggle) % len(ranges)])

    measures = [Measure.VOLUME, Measure.REPS]

    def switch_measure() -> None:
        view.set_measure(measures[next(toggle) % 2])

    redraws = {
        "open the view (refresh: reads cards and charts again)": _time_ms(
            view.refresh, app.processEvents),
        "switch exercise, all history, first look since a refresh": _time_ms(
            switch_exercise, app.processEvents, before=fresh_view),
        "switch exercise, all history, seen before": _time_ms(
            switch_exercise, app.processEvents),
        "switch time range (4 weeks … all)": _time_ms(switch_range, app.processEvents),
        "switch measure (cards too)": _time_ms(switch_measure, app.processEvents),
    }
    squat = exercises[0]
    last = session_starts(db, athlete.id)[-1]
    lookback = {e: last - timedelta(weeks=12) for e in (e.id for e in controller.exercises())}
    # All history as the view reads it when it holds too many sessions for a point each:
    # added up per week (or day) for a chart 1,000 pixel columns wide.
    first = session_starts(db, athlete.id)[0]
    buckets = day_buckets(first.date(), last.date(), 1000, UTC, last)
    queries = {
        "per-leg totals, one exercise, all history": _time_ms(
            lambda: leg_totals(db, athlete.id, squat)),
        f"per-leg totals, one exercise, all history in {buckets.days}-day buckets": _time_ms(
            lambda: bucket_totals(db, athlete.id, squat, buckets)),
        "sessions per week, all history": _time_ms(
            lambda: sessions_per_week(db, athlete.id, 0)),
        "per-leg totals, one exercise, 12 weeks": _time_ms(
            lambda: leg_totals(db, athlete.id, squat, TimeRange.WEEKS_12.start(last))),
        "per-leg totals, 12 weeks of every exercise (the cards), one query": _time_ms(
            lambda: recent_leg_totals(db, athlete.id, lookback)),
        "session start times, all history": _time_ms(lambda: session_starts(db, athlete.id)),
        "latest session per exercise": _time_ms(lambda: latest_sessions(db, athlete.id)),
    }
    sessions = len(session_starts(db, athlete.id))
    # With more sessions than a chart shows one by one, all history is read in buckets;
    # with several sessions a day, the cards look back over about 24 sessions, not 12
    # weeks (`app.services.progress`); session start times serve the start page's week.
    unread = {"session start times, all history"}
    if sessions > MAX_SESSION_POINTS:
        unread.add("per-leg totals, one exercise, all history")
    if session_count(db, athlete.id, last - timedelta(weeks=12)) > 24:
        unread.add("per-leg totals, 12 weeks of every exercise (the cards), one query")
    view.close()
    controller.close()

    return f"""the measured athlete has
{sessions:,} sessions. First show of the view (imports pyqtgraph, builds the charts):
{first_open:.0f} ms.

Redraws (from the call until the redraw is painted). A refresh, like any change to the
history, forgets what the view had read; switching exercise is timed both right after
one (its whole history read from the database) and for an exercise already shown:

{_table(redraws, REDRAW_GOAL_MS)}

Aggregate queries (per session and leg: SQL `GROUP BY` over the covering index
`set_entry(session_id, exercise_id, side, recorded_at, reps, load_kg)` or, for short
ranges, `(exercise_id, side, recorded_at)`; per bucket of days: each bucket and side is
one range of `session_totals`' covering index, added up where it lies (migrations 0012
and 0013, `app.storage.progress_buckets`); sessions per week count
`training_session` rows with sets. Python sees one row per session and leg, per bucket
and leg, or per week):

{_table(queries, QUERY_GOAL_MS, frozenset(unread))}
"""


if __name__ == "__main__":
    main()
