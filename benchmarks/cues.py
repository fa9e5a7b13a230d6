"""Cue timing benchmark: how close to its scheduled moment each tempo phase cue sounds.

A real session (the real `SessionController`, its precise timer, the Qt event
loop and the monotonic clock) runs a tempo of 1-1-1-1 — one phase cue every
second — for `--minutes` (2 by default), once on a quiet machine and once
with a second process keeping a core busy. For every "go" and "phase" cue the
error is the time from the moment it was due to the moment the sink was asked
to play it, read from the engine's own tempo position (both on one monotonic
clock). Drift is the change in the error over the run (least-squares slope,
and the first minute against the last). Goal: median under 2 ms, 99th
percentile under 10 ms, no drift. Results go to docs/benchmarks.md.

    python benchmarks/cues.py               # 2 min quiet + 2 min loaded (CI-safe)
    python benchmarks/cues.py --minutes 10  # the drift check
"""

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "src"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QTimer  # noqa: E402

from benchmarks.report import write_section  # noqa: E402

TEMPO = "1-1-1-1"
PHASE_S = 1.0
REPS_PER_SIDE = 100
GOAL_MEDIAN_MS = 2.0
GOAL_P99_MS = 10.0
# The last minute's median may differ from the first's by this much before it counts as drift.
DRIFT_LIMIT_MS = 1.0


@dataclass
class Run:
    """Errors (ms) of every phase cue and when each came (s since the run began)."""

    label: str
    errors_ms: list[float] = field(default_factory=list)
    at_s: list[float] = field(default_factory=list)

    def percentile(self, q: float) -> float:
        """The q-th percentile of the errors (nearest rank)."""
        ordered = sorted(self.errors_ms)
        return ordered[min(len(ordered) - 1, max(0, math.ceil(q / 100 * len(ordered)) - 1))]

    def slope_ms_per_min(self) -> float:
        """Least-squares trend of the error over the run."""
        mean_t, mean_e = statistics.fmean(self.at_s), statistics.fmean(self.errors_ms)
        cov = sum((t - mean_t) * (e - mean_e) for t, e in zip(self.at_s, self.errors_ms,
                                                              strict=True))
        var = sum((t - mean_t) ** 2 for t in self.at_s)
        return cov / var * 60 if var else 0.0

    def minute_medians(self) -> tuple[float, float]:
        """Median error in the first and in the last minute."""
        end = self.at_s[-1]
        first = [e for e, t in zip(self.errors_ms, self.at_s, strict=True) if t < 60]
        last = [e for e, t in zip(self.errors_ms, self.at_s, strict=True) if t >= end - 60]
        return statistics.median(first), statistics.median(last)


def measure(minutes: float, label: str) -> Run:
    """Run the tempo for `minutes` through the real session controller and time each cue."""
    from app.domain import preferences as prefs
    from app.domain.clock import MonotonicClock
    from app.domain.plan import Plan, PlanItem
    from app.domain.session import CountingMode, SessionState
    from app.ui.session.session_controller import start_session
    from app.ui.shell.controller import AppController

    app = QCoreApplication.instance() or QCoreApplication([])
    total_reps = math.ceil(minutes * 60 / (4 * PHASE_S))
    per_side = min(REPS_PER_SIDE, total_reps)
    side_sets = math.ceil(total_reps / per_side)
    plan = Plan(name="Cue benchmark", items=(PlanItem(
        exercise_id="single-leg-squat", exercise_name="Single-leg squat",
        sets=math.ceil(side_sets / 2), reps_min=per_side, reps_max=per_side, tempo=TEMPO,
        rest_between_sides_s=0, rest_between_sets_s=0,
    ),))
    run = Run(label)
    begun = time.monotonic()

    with tempfile.TemporaryDirectory() as scratch:
        controller = AppController(f"sqlite:///{Path(scratch) / 'bench.db'}")
        controller.open_database()

        class Sink:
            def play(self, cue: str) -> None:
                if cue in ("go", "phase"):
                    snap = session.engine.snapshot()
                    run.errors_ms.append(snap.phase_fraction * PHASE_S * 1000)
                    run.at_s.append(time.monotonic() - begun)

            def say(self, text: str) -> None:
                pass

        controller.set_preference(prefs.COUNT_IN, 0)
        controller.set_preference(prefs.COUNTING_MODE, CountingMode.TEMPO)
        session = start_session(controller, plan, MonotonicClock(), Sink())
        # The plan may run a little past the requested time; the run stops on time.
        done_after = time.monotonic() + minutes * 60

        def stop_when_due() -> None:
            if session.finished or time.monotonic() >= done_after:
                app.quit()

        def accept_when_done() -> None:
            if session.state is SessionState.SIDE_DONE:
                QTimer.singleShot(0, lambda: session.accept(session.prefill()))
            stop_when_due()

        session.state_changed.connect(accept_when_done)
        session.ticked.connect(stop_when_due)
        session.begin()
        session.start()
        app.exec()
        session.stop()
        controller.close()
    return run


def busy_core() -> subprocess.Popen[bytes]:
    """A second process that keeps one core at 100 %."""
    return subprocess.Popen([sys.executable, "-c", "while True: pass"])


def row(run: Run) -> str:
    """One table row of results."""
    first, last = run.minute_medians()
    return (
        f"| {run.label} | {len(run.errors_ms)} | {statistics.median(run.errors_ms):.2f} ms | "
        f"{run.percentile(99):.2f} ms | {max(run.errors_ms):.2f} ms | "
        f"{run.slope_ms_per_min():+.3f} ms/min | {first:.2f} → {last:.2f} ms |"
    )


def verdict(runs: list[Run]) -> str:
    """Whether every run met the goals, in words."""
    lines = []
    for run in runs:
        median, p99 = statistics.median(run.errors_ms), run.percentile(99)
        first, last = run.minute_medians()
        drift = abs(last - first)
        ok = median < GOAL_MEDIAN_MS and p99 < GOAL_P99_MS and drift < DRIFT_LIMIT_MS
        lines.append(
            f"- {run.label}: median {median:.2f} ms (goal < {GOAL_MEDIAN_MS:g}), "
            f"p99 {p99:.2f} ms (goal < {GOAL_P99_MS:g}), first-to-last-minute drift "
            f"{drift:.2f} ms (limit {DRIFT_LIMIT_MS:g}) — **{'met' if ok else 'NOT met'}**"
        )
    return "\n".join(lines)


def measure_in_child(minutes: float, label: str) -> Run:
    """Measure in a fresh process, so each run has its own event loop and nothing left over."""
    out = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--minutes", str(minutes),
         "--measure", label],
        check=True, capture_output=True, text=True,
    ).stdout.strip().splitlines()[-1]
    data = json.loads(out)
    return Run(label, data["errors_ms"], data["at_s"])


def main() -> None:
    """Measure quiet and loaded, print and record the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=2.0,
                        help="minutes of tempo per run (2 by default; 10 for the drift check)")
    parser.add_argument("--measure", metavar="LABEL", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        run = measure(args.minutes, args.measure)
        print(json.dumps({"errors_ms": run.errors_ms, "at_s": run.at_s}))
        return
    runs = [measure_in_child(args.minutes, "quiet machine")]
    hog = busy_core()
    try:
        runs.append(measure_in_child(args.minutes, "one core kept busy by another process"))
    finally:
        hog.kill()
        hog.wait()
    body = (
        f"`python benchmarks/cues.py --minutes {args.minutes:g}` — tempo {TEMPO} "
        f"(a phase cue every second) for {args.minutes:g} min per run through the real "
        "`SessionController`: a single `Qt.PreciseTimer` armed for the moment the engine says "
        "the next cue is due, the Qt event loop, `time.monotonic()`. Error = how long after "
        "its scheduled moment each phase cue reached the sink.\n\n"
        "| run | cues | median | 99th percentile | worst | trend | first → last minute |\n"
        "| --- | --- | --- | --- | --- | --- | --- |\n"
        + "\n".join(row(run) for run in runs)
        + "\n\n" + verdict(runs) + "\n\n"
        "Every boundary is computed from elapsed time since the set began (never by adding "
        "up ticks), so the error cannot accumulate; the trend column checks that it does not.\n"
        "Run `python benchmarks/cues.py --minutes 10` for the ten-minute drift check."
    )
    print(body)
    write_section("cues", "Cue timing", body)


if __name__ == "__main__":
    main()
