"""Import benchmark: a 15,000-row Strong export and a 500,000-row Legwork CSV.

Goals: the Strong file imports in under 3 s (issue 12), and the Legwork CSV at
50,000 rows/s or more, in one transaction (issue 15). Each file is imported
into a fresh database (built-in exercises already in it, as after the first
start) by the same `import_path` that `legwork import` calls, timed from the
call to the commit; `legwork import` as a whole process is timed too. The
files are made up here, in Strong's 2022 layout and in Legwork's own export.
Results go to docs/benchmarks.md.
"""

import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks.history import fill_history  # noqa: E402
from benchmarks.report import write_section  # noqa: E402

STRONG_ROWS = 15_000
STRONG_GOAL_S = 3.0
LEGWORK_ROWS = 500_000
LEGWORK_GOAL_ROWS_PER_S = 50_000
STRONG_RUNS = 5
LEGWORK_RUNS = 3

_STRONG_HEADER = ("Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,"
                  "Seconds,Notes,Workout Notes,RPE")
# (name, typical load in lb, one-leg names come in left/right pairs)
_LIFTS = (
    ("Bulgarian Split Squat (Left)", 40), ("Bulgarian Split Squat (Right)", 40),
    ("Single Leg Romanian Deadlift (Dumbbell)", 35), ("Squat (Barbell)", 185),
    ("Calf Raise (Single Leg)", 25), ("Step Up (Dumbbell)", 30), ("Hip Thrust (Barbell)", 225),
    ("Leg Press", 270), ("Reverse Lunge (Dumbbell)", 30), ("Pull Up", 0),
)


def write_strong_export(path: Path, rows: int = STRONG_ROWS, seed: int = 3) -> int:
    """A Strong 2022-layout export with `rows` rows: warm-ups, sides, rest timers, cardio."""
    rng = random.Random(seed)
    lines = [_STRONG_HEADER]
    start = datetime(2019, 1, 7, 6, 30)
    workout = 0
    while len(lines) <= rows:
        when = (start + timedelta(days=2 * workout, minutes=rng.randint(0, 600))).strftime(
            "%Y-%m-%d %H:%M:%S")
        title, length = f"Runner strength {workout % 3 + 1}", f"{rng.randint(35, 80)}m"
        lines.append(f'{when},"{title}",{length},"Running",1,0,0,{rng.uniform(2, 6):.2f},'
                     f'{rng.randint(600, 1800)},"","Easy warm-up jog",')
        for name, base in rng.sample(_LIFTS, 5):
            lines.append(f'{when},"{title}",{length},"{name}",W,{base * 0.5},10,0,0,"",,')
            for number in (1, 2, 3):
                # Strong stores kilograms and converts back: lb loads carry float noise.
                load = (base + 5 * number) * 0.45359237 / 0.45359237
                note = rng.choice(("", "", "L", "R - slow lowering", "felt strong"))
                lines.append(f'{when},"{title}",{length},"{name}",{number},{load!r},'
                             f'{rng.randint(6, 12)},0,0,"{note}",,{rng.choice(("", "8", "8.5"))}')
            lines.append(f'{when},"{title}",{length},"{name}",Rest Timer,0,0,0,90,,,')
        workout += 1
    path.write_text("\n".join(lines[: rows + 1]) + "\n", encoding="utf-8")
    return rows


def _fresh(template: Path, folder: Path, name: str) -> Path:
    path = folder / name
    for leftover in folder.glob(f"{name}*"):
        leftover.unlink()
    shutil.copyfile(template, path)
    return path


def _in_process(template: Path, folder: Path, export: Path, runs: int) -> tuple[list[float], str]:
    from app.services.imports import import_path
    from app.storage.database import open_database

    samples, line = [], ""
    for _ in range(runs):
        path = _fresh(template, folder, "target.db")
        with open_database(str(path)) as db:
            start = time.perf_counter()
            outcome = import_path(db, export)
            samples.append(time.perf_counter() - start)
            line = outcome.value.line()
    return samples, line


def _command(template: Path, folder: Path, export: Path) -> float:
    path = _fresh(template, folder, "command.db")
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "app", "--database-url", str(path), "import",
                    str(export)], check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    """Measure, print and record the figures."""
    from app.library import builtin_exercises
    from app.storage.database import open_database
    from app.storage.exercises import sync_builtin_exercises
    from app.storage.transfer import ExportFormat, write_export

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        template = folder / "template.db"
        with open_database(str(template)) as db:
            sync_builtin_exercises(db, builtin_exercises())

        strong = folder / "strong_workouts.csv"
        write_strong_export(strong)
        strong_times, strong_line = _in_process(template, folder, strong, STRONG_RUNS)
        strong_command = _command(template, folder, strong)
        print(f"Strong {STRONG_ROWS:,} rows: {statistics.median(strong_times):.2f} s; "
              f"{strong_line}", flush=True)

        source = folder / "source.db"
        fill_history(source, sets=LEGWORK_ROWS)
        legwork = folder / "legwork-history.csv"
        with open_database(str(source)) as db:
            write_export(db, legwork, ExportFormat.CSV)
        size_mb = legwork.stat().st_size / 1e6
        legwork_times, legwork_line = _in_process(template, folder, legwork, LEGWORK_RUNS)
        legwork_command = _command(template, folder, legwork)
        print(f"Legwork {LEGWORK_ROWS:,} rows: {statistics.median(legwork_times):.2f} s; "
              f"{legwork_line}", flush=True)

    strong_median = statistics.median(strong_times)
    legwork_median = statistics.median(legwork_times)
    legwork_rate = LEGWORK_ROWS / legwork_median
    strong_met = "met" if strong_median < STRONG_GOAL_S else "**not met**"
    legwork_met = "met" if legwork_rate >= LEGWORK_GOAL_ROWS_PER_S else "**not met**"
    strong_row = (
        f"| Strong export (2022 layout: warm-ups, sides, rest timers, cardio) | {STRONG_ROWS:,} "
        f"| {strong_median:.2f} s (fastest {min(strong_times):.2f} s) "
        f"| {STRONG_ROWS / strong_median:,.0f} | {strong_command:.2f} s "
        f"| < {STRONG_GOAL_S:g} s — {strong_met} |")
    legwork_row = (
        f"| Legwork CSV export, {size_mb:.0f} MB, 4 athletes | {LEGWORK_ROWS:,} "
        f"| {legwork_median:.2f} s (fastest {min(legwork_times):.2f} s) | {legwork_rate:,.0f} "
        f"| {legwork_command:.2f} s | ≥ {LEGWORK_GOAL_ROWS_PER_S:,} rows/s — {legwork_met} |")
    body = f"""
`python benchmarks/imports.py` — each file imported into a fresh database by
`app.services.imports.import_path` (what `legwork import` runs): read, detect, map,
check every value, then one transaction of bulk inserts. Median of {STRONG_RUNS} runs
(Strong) and {LEGWORK_RUNS} runs (Legwork); "whole command" is one run of
`legwork import FILE` as a process, start-up included.

| file | rows | import | rows/s | whole command | goal |
| --- | --- | --- | --- | --- | --- |
{strong_row}
{legwork_row}

Strong: `{strong_line}`

Legwork: `{legwork_line}`

Sets go in with the driver's `executemany` on a plain INSERT, each value through
its column type's bind processor (no ORM object, no per-row SQLAlchemy
bookkeeping), sessions with one multi-row `INSERT … RETURNING`. The cyclic garbage
collector is paused while the import builds its half a million small values. Then
Progress's per-session totals of the sessions that gained sets are worked out in SQL
(`refresh_session_totals`, migration 0012: about 1.3 s of the 500,000-row import).
"""
    write_section("imports", "Importing history", body)


if __name__ == "__main__":
    main()
