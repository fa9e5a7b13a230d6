"""Gym scale: 2,000,000 sets over 200 athletes, one of them with 500,000, on SQLite and PostgreSQL.

    python benchmarks/scale.py                 # both databases (PostgreSQL if installed)
    python benchmarks/scale.py --only sqlite
    python benchmarks/scale.py --skip-progress # without the Progress figures
    python benchmarks/scale.py --only postgresql  # the other's last figures are kept
    python benchmarks/scale.py --start-only    # only start-up and "every view usable"
    python benchmarks/scale.py --report        # rewrite the report from the kept sections

Measures everything in issue 15's table and writes it to docs/benchmarks.md:
the first window against a bare PySide6 window, when each view is usable
after launching the app on it, History (open, filter, scroll to the end, open a session),
Progress (`benchmarks/progress.measure`), peak memory, `legwork export`
against `sqlite3 -csv` / `psql --csv` of the same join, and `legwork check` and
`legwork backup` at 500,000 and 2,000,000 sets (linear if their ratio is about
4). The databases are built once into `$LEGWORK_SCALE_DATA` (default
/work/wt/scale-data, outside the repository) and reused; the PostgreSQL copies
are made with `legwork copy --to`, itself timed.
"""

import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks.report import (  # noqa: E402
    installed_env,
    speed_note,
    utc_stamp,
    write_section,
)

DATA = Path(os.environ.get("LEGWORK_SCALE_DATA", "/work/wt/scale-data"))
BIG = (2_000_000, 200, 500_000)
"""Sets, athletes, and the sets of "Athlete 1" (the home athlete the app opens on)."""
SMALL = (500_000, 50, 125_000)
"""A quarter of BIG, to show that check and backup grow linearly."""
TYPICAL_ATHLETE = 100
"""An athlete with the gym's usual share: (2,000,000 − 500,000) / 199 ≈ 7,500 sets."""
STARTS = 9
VIEW_STARTS = 5
"""Launches per view for "every view usable" (the median is reported)."""
RUNS = 7
STEP_GOAL_MS = 100.0
VIEW_GOAL_S = 1.0
WINDOW_GOAL = 3.0
MEMORY_GOAL_MIB = 250.0
EXPORT_GOAL = 2.0
PROGRESS_RUNS = 3
VIEWS = ("library", "session", "progress", "history")

_EXPORT_SQL = (
    "SELECT s.recorded_at, a.name, e.slug, s.side, s.set_number, s.reps, s.load_kg, 'kg',"
    " s.rpe, s.rir, s.touchdowns, s.progression_level, s.form_knee, s.form_hips, s.tempo,"
    " s.notes, t.started_at, t.finished_at, t.plan_name, t.status, t.notes, s.warmup"
    " FROM athlete a JOIN training_session t ON t.athlete_id = a.id"
    " JOIN set_entry s ON s.session_id = t.id JOIN exercise e ON e.id = s.exercise_id"
    " ORDER BY a.id, t.started_at, t.id, s.recorded_at, s.id"
)
"""The export's join, as `sqlite3 -csv` and `psql --csv` run it."""


# ------------------------------------------------------------------ the data


def _sqlite_file(sizes: tuple[int, int, int]) -> Path:
    sets, athletes, first = sizes
    path = DATA / f"gym-{sets // 1000}k.db"
    if not path.exists():
        DATA.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        start = time.perf_counter()
        # Built in a child: the filler's large SQLite cache would otherwise stay in this
        # process, and every child started from it afterwards reports this process's peak
        # memory as its own (Linux carries it over fork and exec into ru_maxrss).
        subprocess.run([sys.executable, __file__, "--build", str(partial),
                        str(sets), str(athletes), str(first)], check=True)
        partial.rename(path)
        print(f"built {path} in {time.perf_counter() - start:.0f} s", flush=True)
    return path


def _build(path: str, sets: str, athletes: str, first: str) -> None:
    from benchmarks.history import fill_history

    rows = fill_history(Path(path), int(sets), int(athletes), first_athlete_sets=int(first))
    print(f"{rows:,} sets", flush=True)


@dataclass(frozen=True)
class Server:
    """The benchmark's own PostgreSQL cluster, kept in DATA between runs."""

    cluster: object

    def url(self, database: str) -> str:
        """The SQLAlchemy URL of one database on it."""
        return self.cluster.url(database)  # type: ignore[attr-defined, no-any-return]

    def psql(self) -> str:
        """The `psql` program (the client, installed apart from the server's programs)."""
        beside = Path(self.cluster.bin_dir) / "psql"  # type: ignore[attr-defined]
        return str(beside) if beside.exists() else shutil.which("psql") or "psql"


def _server() -> Server | None:
    from tests.postgres_server import Cluster, ClusterError, create, find_bin_dir

    if find_bin_dir() is None:
        return None
    description = DATA / "pg-cluster.json"
    if description.exists():
        cluster = Cluster.load(description)
        if not cluster.is_running():
            cluster.start()
    else:
        try:
            cluster = create(DATA, durable=True)
        except ClusterError as error:
            print(f"PostgreSQL not measured: {error}", flush=True)
            return None
        cluster.save(description)
    return Server(cluster)


def _server_copy(server: Server, name: str, source: Path) -> float | None:
    """Copy the SQLite file to database `name` with `legwork copy --to` unless it is there;
    the seconds that copy took (kept in DATA for later runs), None if unknown."""
    import psycopg

    times_file = DATA / "pg-copy-times.json"
    times = json.loads(times_file.read_text()) if times_file.exists() else {}
    admin = server.url("postgres").replace("postgresql+psycopg", "postgresql")
    with psycopg.connect(admin, autocommit=True) as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s",
                                    (name,)).fetchone()
        if exists:
            return times.get(name)  # type: ignore[no-any-return]
        connection.execute(f'CREATE DATABASE "{name}"')
    start = time.perf_counter()
    _legwork(f"sqlite:///{source}", "copy", "--to", server.url(name))
    took = time.perf_counter() - start
    times_file.write_text(json.dumps({**times, name: took}))
    with psycopg.connect(server.url(name).replace("postgresql+psycopg", "postgresql"),
                         autocommit=True) as connection:
        connection.execute("VACUUM ANALYZE")
    return took


# ------------------------------------------------------------ small helpers


def _legwork(url: str, *args: str, env: dict[str, str] | None = None) -> "Run":
    return _run([sys.executable, "-m", "app", "--database-url", url, *args], env=env)


@dataclass(frozen=True)
class Run:
    """One child process: wall time, CPU time (user + system) and peak memory."""

    wall_s: float
    cpu_s: float
    peak_mib: float


def _run(command: list[str], *, env: dict[str, str] | None = None,
         stdout: object = subprocess.DEVNULL) -> Run:
    start = time.perf_counter()
    child = subprocess.Popen(command, env=env, stdout=stdout,  # type: ignore[arg-type]
                             stderr=subprocess.DEVNULL)
    # wait4 gives this child's own usage; RUSAGE_CHILDREN's peak would be the largest
    # of every child so far (psql, which holds its whole result, or the GUI child).
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise subprocess.CalledProcessError(child.returncode, command)
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def _median_run(runs: list[Run]) -> Run:
    return Run(statistics.median(r.wall_s for r in runs), statistics.median(r.cpu_s for r in runs),
               max(r.peak_mib for r in runs))


def _verdict(ok: bool) -> str:
    return "met" if ok else "**NOT met**"


def _env(scratch: Path) -> dict[str, str]:
    # With bytecode caches, as an installed Legwork has them (`installed_env`).
    return {**installed_env(), "QT_QPA_PLATFORM": "offscreen", "LEGWORK_DATA_DIR": str(scratch),
            "XDG_CONFIG_HOME": str(scratch)}


# -------------------------------------------------------- start and views


def _child_events(command: list[str], env: dict[str, str]) -> dict[str, object]:
    """Run a child that prints `event seconds-since-launch [json]` lines; collect them."""
    events: dict[str, object] = {}
    launch = time.time()
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                          env={**env, "SCALE_LAUNCHED_AT": repr(launch)}) as child:
        assert child.stdout is not None
        for line in child.stdout:
            name, _, value = line.strip().partition(" ")
            if name in ("shown", "ready", "usable"):  # --quit-after-show: "shown peak_rss_kib=…"
                events[name] = time.time() - launch
            elif name:
                events[name] = json.loads(value)
        if child.wait() != 0:
            raise RuntimeError(f"{command} exited with {child.returncode}")
    return events


def _start_figures(url: str, scratch: Path) -> dict[str, float]:
    env = _env(scratch)
    bare = [sys.executable, str(HERE / "bare_window.py")]
    app = [sys.executable, "-m", "app", "--database-url", url, "--quit-after-show"]
    _child_events(bare, env)
    _child_events(app, env)  # warm the file cache for both
    bare_s, app_s, ready_s = [], [], []
    for _ in range(STARTS):
        bare_s.append(float(_child_events(bare, env)["shown"]))  # type: ignore[arg-type]
        events = _child_events(app, env)
        app_s.append(float(events["shown"]))  # type: ignore[arg-type]
        ready_s.append(float(events["ready"]))  # type: ignore[arg-type]
    return {"bare": statistics.median(bare_s), "app": statistics.median(app_s),
            "ready": statistics.median(ready_s)}


def _usable_figures(url: str, scratch: Path) -> dict[str, float]:
    """For each view, seconds from launching Legwork on it (the view it was closed on) to
    that view painted with the home athlete's history; the median of VIEW_STARTS launches."""
    env = _env(scratch)
    app = [sys.executable, "-m", "app", "--database-url", url, "--quit-after-show"]
    # Where Qt keeps the window's settings under XDG_CONFIG_HOME (organisation/application).
    settings = scratch / "Legwork" / "Legwork.conf"
    settings.parent.mkdir(parents=True, exist_ok=True)
    usable: dict[str, list[float]] = {key: [] for key in VIEWS}
    for _ in range(VIEW_STARTS):
        for key in VIEWS:  # alternating, so a slow moment of the machine is shared out
            settings.write_text(f"[ui]\nlast_view={key}\n", encoding="utf-8")
            usable[key].append(float(_child_events(app, env)["usable"]))  # type: ignore[arg-type]
    return {key: statistics.median(seconds) for key, seconds in usable.items()}


def _views_and_history(url: str, scratch: Path, athlete_id: int | None) -> dict[str, object]:
    command = [sys.executable, str(Path(__file__).resolve()), "--child", url, str(scratch)]
    if athlete_id is not None:
        command.append(str(athlete_id))
    return _child_events(command, _env(scratch))


def _child(url: str, scratch: str, athlete_id: int | None) -> None:
    """In a fresh process, as a person would: start, open every view, then work History."""
    launched = float(os.environ["SCALE_LAUNCHED_AT"])

    def report(name: str, value: object) -> None:
        print(f"{name} {json.dumps(value)}", flush=True)

    from datetime import timedelta

    from PySide6.QtCore import QModelIndex, QSettings
    from PySide6.QtWidgets import QApplication

    from app.ui.shell.application import create_application
    from app.ui.shell.controller import AppController
    from app.ui.shell.main_window import MainWindow
    from app.ui.shell.settings import UiSettings
    from app.ui.shell.theme import apply_theme

    app = create_application()
    settings = UiSettings(QSettings(str(Path(scratch) / "ui.ini"), QSettings.Format.IniFormat))
    apply_theme(app, settings.theme())
    controller = AppController(url)
    window = MainWindow(controller, settings)
    window.resize(1280, 800)
    window.show()
    QApplication.processEvents()
    report("window", time.time() - launched)
    controller.open_database()
    if athlete_id is not None:
        controller.set_athlete(athlete_id)
    QApplication.processEvents()
    report("opened", time.time() - launched)
    for key in VIEWS:
        window.show_view(key)
        QApplication.processEvents()
    report("peak_after_views_mib", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)

    view = window.history_view
    listing = view.session_list
    tree = listing.sessions
    model = listing.model

    def timed(action: Callable[[], object], before: Callable[[], object] = lambda: None
              ) -> list[float]:
        samples = []
        for _ in range(RUNS):
            before()
            QApplication.processEvents()
            start = time.perf_counter()
            action()
            QApplication.processEvents()  # until the list and the detail are painted
            samples.append((time.perf_counter() - start) * 1000)
        return samples

    def choose(combo: object, index: int) -> Callable[[], None]:
        return lambda: combo.setCurrentIndex(index)  # type: ignore[attr-defined]

    from app.services import history

    db, athlete = controller.require_db(), controller.require_athlete()
    squat = listing.exercise_filter.findData("single-leg-squat")
    report("sessions", history.count_sessions(db, athlete.id))
    first = history.first_session_start(db, athlete.id)
    assert first is not None
    month = (first + timedelta(days=700)).astimezone().date()
    report("history_open", timed(view.refresh))
    report("history_filter_exercise", timed(choose(listing.exercise_filter, squat),
                                            before=listing.show_all))
    report("history_filter_leg", timed(choose(listing.side_filter, 2), before=listing.show_all))
    report("history_filter_dates", timed(
        lambda: view.set_date_range(month, month + timedelta(days=30)), before=listing.show_all))
    report("history_filter_none_match", timed(choose(listing.side_filter, 3),
                                              before=listing.show_all))
    listing.show_all()
    report("history_scroll_page", timed(tree.scrollToBottom))
    pages_before = model.rows_fetched

    def open_row() -> None:
        row = (tree.currentIndex().row() + 7) % model.rowCount()
        tree.setCurrentIndex(model.index(row, 0, QModelIndex()))

    report("history_open_session", timed(open_row))
    report("rows_fetched", [pages_before, model.rows_fetched, model.largest_fetch])
    report("peak_mib", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    controller.close()


# ----------------------------------------------------------- export, check, backup


def _export_figures(url: str, source: Path | None, server: Server | None, name: str,
                    scratch: Path) -> dict[str, Run]:
    out = scratch / "export.csv"
    env = _env(scratch)
    ours, theirs = [], []
    for _ in range(3):
        ours.append(_legwork(url, "export", "-o", str(out), env=env))
        out.unlink()
        with out.open("w") as sink:
            if source is not None:
                theirs.append(_run(["sqlite3", "-csv", str(source), _EXPORT_SQL], stdout=sink))
            else:
                assert server is not None
                plain = server.url(name).replace("postgresql+psycopg", "postgresql")
                theirs.append(_run([server.psql(), plain, "--csv", "-c", _EXPORT_SQL],
                                   stdout=sink))
        out.unlink()
    return {"legwork": _median_run(ours), "reference": _median_run(theirs)}


def _check_backup(url: str, scratch: Path, server: bool) -> dict[str, Run]:
    env = _env(scratch)
    target = scratch / "backup.db"
    checks, backups = [], []
    for _ in range(2 if server else 3):
        checks.append(_legwork(url, "check", env=env))
        target.unlink(missing_ok=True)
        backups.append(_legwork(url, "backup", "-o", str(target), env=env))
    target.unlink(missing_ok=True)
    return {"check": _median_run(checks), "backup": _median_run(backups)}


# --------------------------------------------------------------- the report


def _ms(samples: object) -> str:
    values = list(samples)  # type: ignore[call-overload]
    median = statistics.median(values)
    return f"{median:.0f} ms (slowest {max(values):.0f})"


def _cells(*cells: str) -> str:
    return "| " + " | ".join(cells) + " |"


def _step(samples: object) -> str:
    values = list(samples)  # type: ignore[call-overload]
    return f"{_ms(values)} — {_verdict(statistics.median(values) < STEP_GOAL_MS)}"


def _backend_section(label: str, url: str, source: Path | None, server: Server | None,
                     db_name: str, small_url: str, skip_progress: bool,
                     copy_s: float | None) -> str:
    scratch = Path(tempfile.mkdtemp(prefix="legwork-scale-"))
    try:
        print(f"== {label}: start-up", flush=True)
        start = _start_figures(url, scratch)
        usable = _usable_figures(url, scratch)
        print(f"== {label}: views and History", flush=True)
        heavy = _views_and_history(url, scratch, None)
        typical = _views_and_history(url, scratch, TYPICAL_ATHLETE)
        print(f"== {label}: export", flush=True)
        export = _export_figures(url, source, server, db_name, scratch)
        print(f"== {label}: check and backup", flush=True)
        big = _check_backup(url, scratch, server is not None)
        small = _check_backup(small_url, scratch, server is not None)
        progress = "not measured in this run (`--skip-progress`)."
        if not skip_progress:
            print(f"== {label}: Progress", flush=True)
            progress = _progress(url, scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    peak = max(float(heavy["peak_mib"]), float(typical["peak_mib"]))  # type: ignore[arg-type]
    export_ratio = export["legwork"].wall_s / export["reference"].wall_s
    reference = "`sqlite3 -csv`" if source is not None else "`psql --csv`"
    rows = [
        "| | 500,000-set athlete | 7,500-set athlete (typical) | goal |",
        "| --- | --- | --- | --- |",
    ]
    for key, title in (("history_open", "open History (count, first page, newest session)"),
                       ("history_filter_exercise", "filter by exercise"),
                       ("history_filter_leg", "filter by leg"),
                       ("history_filter_dates", "filter by dates (a month)"),
                       ("history_filter_none_match", "a filter nothing matches"),
                       ("history_scroll_page", "scroll to the end (the next page arrives)"),
                       ("history_open_session", "open a session (its sets read)")):
        rows.append(f"| {title} | {_step(heavy[key])} | {_step(typical[key])} | "
                    f"< {STEP_GOAL_MS:.0f} ms |")
    fetched = heavy["rows_fetched"]
    start_text = _start_text(start, usable)
    linear = {kind: big[kind].wall_s / small[kind].wall_s for kind in ("check", "backup")}
    export_rows = "\n".join((
        _cells("`legwork export`", f"{export['legwork'].wall_s:.1f} s",
               f"{export['legwork'].cpu_s:.1f} s", f"{export['legwork'].peak_mib:.0f} MiB"),
        _cells(f"{reference} of the same join", f"{export['reference'].wall_s:.1f} s",
               f"{export['reference'].cpu_s:.1f} s", f"{export['reference'].peak_mib:.0f} MiB")))
    linear_rows = "\n".join(
        _cells(title, f"{small[kind].wall_s:.1f} s", f"{big[kind].wall_s:.1f} s",
               f"{linear[kind]:.1f}")
        for kind, title in (("check", "`legwork check`"), ("backup", "`legwork backup -o FILE`")))
    copy_line = (f"The PostgreSQL copy was made with `legwork copy --to` in {copy_s:.0f} s."
                 if copy_s is not None else "")
    return f"""
### {label}

{int(heavy['sessions']):,} sessions for the home athlete ("Athlete 1", 500,000 sets). {copy_line}

{start_text}**History** (median of {RUNS} runs, from the action to the list repainted):

{chr(10).join(rows)}

History read {fetched[0]:,} sessions to open and scroll {RUNS} pages
(at most {fetched[2]} at a time), and {fetched[1]:,} in all by the end of the runs.

**Peak memory** of that process (every view opened, History worked): {peak:.0f} MiB —
goal < {MEMORY_GOAL_MIB:.0f} MiB, {_verdict(peak < MEMORY_GOAL_MIB)}.

**Export** of all 2,000,000 sets to CSV (median of 3):

| | wall | CPU | peak memory |
| --- | --- | --- | --- |
{export_rows}

`legwork export` takes **{export_ratio:.2f}×** the reference's time (goal ≤ {EXPORT_GOAL:.0f}×,
{_verdict(export_ratio <= EXPORT_GOAL)}); `legwork export` also flushes the file to disk
before renaming it into place, which the reference does not.

**Check and backup** (the whole command, median):

| | 500,000 sets | 2,000,000 sets | ratio (4 is linear) |
| --- | --- | --- | --- |
{linear_rows}

**Progress** (`benchmarks/progress.measure`, {PROGRESS_RUNS} runs each, the 500,000-set
athlete of this database): {progress}
"""


_START_BLOCK = re.compile(r"\*\*Start-up\*\*.*?(?=\*\*History\*\*)", re.S)


def _start_text(start: dict[str, float], usable: dict[str, float]) -> str:
    """The start-up and "every view usable" tables of a backend's section."""
    ratio = start["app"] / start["bare"]
    usable_rows = "\n".join(
        f"| {key.title()} | {seconds:.2f} s | < {VIEW_GOAL_S:.0f} s — "
        f"{_verdict(seconds < VIEW_GOAL_S)} |" for key, seconds in usable.items())
    window_row = _cells(
        "Legwork's first window painted", f"{start['app'] * 1000:.0f} ms ({ratio:.2f}×)",
        f"≤ {WINDOW_GOAL:.0f}× the bare window — {_verdict(ratio <= WINDOW_GOAL)}")
    return f"""**Start-up** (median of {STARTS} alternating starts, `--quit-after-show`):

| | time | goal |
| --- | --- | --- |
| bare PySide6 window painted | {start['bare'] * 1000:.0f} ms | |
{window_row}
| history open ("ready") | {start['ready'] * 1000:.0f} ms | |

**Every view usable**: Legwork opens on the view it was closed on. For each view, the
seconds from launching the app on it to that view painted with the 500,000-set
athlete's history (`--quit-after-show` reports `usable`), median of {VIEW_STARTS} launches
per view:

| view | usable at | goal |
| --- | --- | --- |
{usable_rows}

"""


def _start_blocks(label: str, url: str) -> str:
    """The start-up and "every view usable" part of a backend's section, measured now."""
    scratch = Path(tempfile.mkdtemp(prefix="legwork-scale-"))
    try:
        print(f"== {label}: start-up", flush=True)
        start = _start_figures(url, scratch)
        print(f"== {label}: views", flush=True)
        usable = _usable_figures(url, scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return _start_text(start, usable)


def _keep_start(backend: str, blocks: str) -> None:
    """Put newly measured start-up blocks into the kept section, keeping its other figures."""
    kept = DATA / f"section-{backend}.md"
    if not kept.exists():
        print(f"no earlier {backend} section in {DATA}: run without --start-only first")
        return
    text = _START_BLOCK.sub(lambda _match: blocks, kept.read_text(encoding="utf-8"), count=1)
    note = "_Start-up and views re-measured alone (`--start-only`) on "
    text = re.sub(r"_Start-up and views re-measured alone[^\n]*\n+", "", text)
    text = text.replace("**Start-up**", f"{note}{utc_stamp()} ({speed_note()}); the rest is "
                        "from the full run._\n\n**Start-up**", 1)
    _keep(backend, text)


def _progress(url: str, scratch: Path) -> str:
    """The Progress figures, measured in a child so that this process stays small (its
    peak memory would show in every child started after it)."""
    report = scratch / "progress.md"
    subprocess.run([sys.executable, __file__, "--progress", url, str(scratch), str(report)],
                   check=True)
    return report.read_text(encoding="utf-8")


def _progress_child(url: str, scratch: str, report: str) -> None:
    from app.ui.shell.application import create_application
    from benchmarks import progress

    create_application()
    progress.RUNS = PROGRESS_RUNS
    os.environ["LEGWORK_DATA_DIR"] = scratch
    Path(report).write_text(progress.measure(url, Path(scratch)), encoding="utf-8")


def _stamped(section: str) -> str:
    """The section with when it was measured and how fast the machine ran Python then, under
    its heading: a report rewritten later (`--report`, `--only`) keeps each backend's own."""
    line = f"_Measured {utc_stamp()}; {speed_note()}._\n\n"
    heading, _, rest = section.lstrip("\n").partition("\n\n")
    return f"\n{heading}\n\n{line}{rest}"


def _keep(backend: str, section: str) -> None:
    (DATA / f"section-{backend}.md").write_text(section, encoding="utf-8")
    print(section, flush=True)


def _measure_all(big: Path, small: Path, only: str | None, skip_progress: bool) -> None:
    """Every figure of the chosen backends, each kept in DATA as soon as it is measured."""
    if only in (None, "sqlite"):
        _keep("sqlite", _stamped(_backend_section("SQLite", f"sqlite:///{big}", big, None, "",
                                                  f"sqlite:///{small}", skip_progress, None)))
    server = None if only == "sqlite" else _server()
    if server is not None:
        copy_big = _server_copy(server, "gym", big)
        _server_copy(server, "gym500k", small)
        _keep("postgresql", _stamped(_backend_section(
            "PostgreSQL", server.url("gym"), None, server, "gym", server.url("gym500k"),
            skip_progress, copy_big)))


def main(argv: list[str]) -> int:
    """Build (once) and measure; print and record the section."""
    if argv[:1] == ["--progress"]:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _progress_child(*argv[1:4])
        return 0
    if argv[:1] == ["--build"]:
        _build(*argv[1:5])
        return 0
    if argv[:1] == ["--child"]:
        _child(argv[1], argv[2], int(argv[3]) if len(argv) > 3 else None)
        return 0
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    big, small = _sqlite_file(BIG), _sqlite_file(SMALL)
    skip_progress = "--skip-progress" in argv
    # Each backend's section is kept in DATA as soon as it is measured, so a run of one
    # (`--only sqlite`, `--only postgresql`) rewrites the report with the other's last figures.
    only = argv[argv.index("--only") + 1] if "--only" in argv else None
    if "--start-only" in argv:
        if only in (None, "sqlite"):
            _keep_start("sqlite", _start_blocks("SQLite", f"sqlite:///{big}"))
        server = None if only == "sqlite" else _server()
        if server is not None:
            _server_copy(server, "gym", big)
            _keep_start("postgresql", _start_blocks("PostgreSQL", server.url("gym")))
    elif "--report" not in argv:  # with it, only the report from the sections kept in DATA
        _measure_all(big, small, only, skip_progress)
    sections = [kept.read_text(encoding="utf-8") for kept in
                (DATA / "section-sqlite.md", DATA / "section-postgresql.md") if kept.exists()]
    body = f"""
`python benchmarks/scale.py` — offscreen Qt at 1280×800 on one machine shared with other work,
so read the figures as an order of size. Database: {BIG[0]:,} side-sets over ten years for
{BIG[1]} athletes, "Athlete 1" (whom the app opens on) with {BIG[2]:,} of them and the others
about 7,500 each ("the typical athlete", Athlete {TYPICAL_ATHLETE}); `benchmarks/history.py`
builds it in a minute or two. Check and backup are also timed on a quarter of it
({SMALL[0]:,} sets, {SMALL[1]} athletes) to show how they grow. The machine's speed
can change by half within the hour, so compare each backend's absolute times with its
own bare window (each block gives it and the Python loop's time); launches alternate
between the views, and between the bare window and Legwork, to share such moments out.
{"".join(sections)}
"""
    print(body)
    write_section("scale", "Gym scale: 2,000,000 sets (issue 15)", body,
                  measured_now="--report" not in argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
