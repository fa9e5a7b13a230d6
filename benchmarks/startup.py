"""Start-up benchmark: process start to main window shown, and peak memory.

Legwork (with a 50,000-set history) and a bare PySide6 window run side by
side, alternating, in the same run; the goal is Legwork's first window in no
more than 3× the bare window's time. Results go to docs/benchmarks.md.
"""

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks.history import fill_history  # noqa: E402
from benchmarks.report import installed_env, write_section  # noqa: E402

RUNS = 9
GOAL_RATIO = 3.0


def _launch(command: list[str], env: dict[str, str]) -> dict[str, tuple[float, int]]:
    """Run one process; return {stage: (seconds since start, peak RSS KiB)}."""
    stages: dict[str, tuple[float, int]] = {}
    start = time.perf_counter()
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env) as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            stage, _, rest = line.strip().partition(" ")
            if stage in ("shown", "ready"):
                stages[stage] = (time.perf_counter() - start, int(rest.split("=")[1]))
        if proc.wait() != 0:
            raise RuntimeError(f"{command} exited with {proc.returncode}")
    return stages


def main() -> None:
    """Measure, print and record the start-up figures."""
    with tempfile.TemporaryDirectory() as scratch:
        db = Path(scratch) / "history.db"
        rows = fill_history(db, sets=50_000)
        # A scratch config folder too: a fresh install's settings, not the developer's.
        env = {**installed_env(), "QT_QPA_PLATFORM": "offscreen", "LEGWORK_DATA_DIR": scratch,
               "XDG_CONFIG_HOME": scratch}
        bare_cmd = [sys.executable, str(HERE / "bare_window.py")]
        app_cmd = [sys.executable, "-m", "app", "--database-url", f"sqlite:///{db}",
                   "--quit-after-show"]
        _launch(bare_cmd, env)
        _launch(app_cmd, env)  # warm the file cache for both before timing
        bare, app = [], []
        for _ in range(RUNS):
            bare.append(_launch(bare_cmd, env))
            app.append(_launch(app_cmd, env))

    def median(samples: list[dict[str, tuple[float, int]]], stage: str, i: int) -> float:
        return statistics.median(s[stage][i] for s in samples)

    bare_t, app_t = median(bare, "shown", 0), median(app, "shown", 0)
    ready_t = median(app, "ready", 0)
    bare_m, app_m = median(bare, "shown", 1) / 1024, median(app, "shown", 1) / 1024
    ready_m = median(app, "ready", 1) / 1024
    ratio = app_t / bare_t
    verdict = "met" if ratio <= GOAL_RATIO else "NOT met"
    body = f"""
`python benchmarks/startup.py` — median of {RUNS} alternating runs each, offscreen Qt,
Legwork opening a database of {rows:,} side-sets over ten years.

| | first window painted | peak memory at that moment |
| --- | --- | --- |
| bare PySide6 `QMainWindow` (floor) | {bare_t * 1000:.0f} ms | {bare_m:.0f} MiB |
| Legwork main window | {app_t * 1000:.0f} ms | {app_m:.0f} MiB |
| Legwork, history open | {ready_t * 1000:.0f} ms | {ready_m:.0f} MiB |

Legwork's first window takes **{ratio:.2f}×** the bare window's time;
the goal is at most {GOAL_RATIO:.0f}× — **{verdict}**.

"Shown" is the window's first paint (both programs report it from `paintEvent`).
Only the view on screen is built before that paint. At the paint a thread starts
importing numpy and pyqtgraph; in the turns of the event loop right after
it the Session view is built, the history opens and the view on screen draws it, then
the other views are built; the sounds (Qt Multimedia) load when first needed. The
schema version is read with the standard library's `sqlite3`, so Alembic is loaded
only when an upgrade is due.
"History open" adds those steps plus the database's `quick_check` and the checks of
docs/data-safety.md (on a history of 8 MiB or more, the `quick_check` runs just after).
"""
    print(body)
    write_section("startup", "Start-up time and memory", body)


if __name__ == "__main__":
    main()
