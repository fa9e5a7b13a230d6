"""The command-line contract: version, help, the exercise list, database URL errors."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__
from app.__main__ import COMMANDS, main
from app.library import builtin_exercises

CONTRACT_FIELDS = {
    "id", "name", "muscles", "why", "steps", "form_tips", "faults", "progressions",
    "tempo", "sets_min", "sets_max", "reps_min", "reps_max", "equipment", "unilateral",
}


def _run(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `legwork` as a user would, in a process with no display at all."""
    environ = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    environ.pop("QT_QPA_PLATFORM", None)
    environ.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "app", *args], capture_output=True, text=True, env=environ,
        timeout=120, cwd=cwd,
    )


def test_version_without_a_display() -> None:
    result = _run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"legwork {__version__}"


def test_help_lists_every_sub_command() -> None:
    result = _run("--help")
    assert result.returncode == 0
    for name in COMMANDS:
        assert name in result.stdout
    assert "--database-url" in result.stdout


def test_exercises_json_has_the_contract_fields(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["exercises", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data) == len(builtin_exercises())
    for entry in data:
        assert entry.keys() >= CONTRACT_FIELDS
        assert all({"name", "criterion"} <= level.keys() for level in entry["progressions"])
        assert isinstance(entry["unilateral"], bool)
        assert isinstance(entry["muscles"], list) and entry["muscles"]


def test_exercises_table_lists_each_exercise(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["exercises"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("NAME")
    for name in ("Single-leg squat", "Reverse lunge", "Single-leg calf raise"):
        assert name in out


@pytest.mark.parametrize(
    "url", ["postgresql://localhost/legwork", "sqlite://", "sqlite:/one-slash.db", "sqlite:///:memory:"]
)
def test_malformed_database_url_is_refused_clearly(url: str, tmp_path: Path) -> None:
    # Run where anything the command might create would land: the working folder
    # (relative paths) and the data folder (the default database, its backups).
    result = _run("--database-url", url, "exercises", cwd=tmp_path,
                  env={"LEGWORK_DATA_DIR": str(tmp_path / "data")})
    assert result.returncode != 0
    assert "database" in result.stderr.lower()
    assert "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == [], "a refused URL creates nothing"


def test_a_command_that_only_reads_creates_nothing(tmp_path: Path) -> None:
    database = tmp_path / "new" / "folder" / "legwork.db"
    for command in (["exercises"], ["plans"], ["check"]):
        result = _run("--database-url", f"sqlite:///{database}", *command, cwd=tmp_path,
                      env={"LEGWORK_DATA_DIR": str(tmp_path / "data")})
        assert result.returncode == 0, result.stderr
    assert list(tmp_path.iterdir()) == [], "not even the database's folder"


def test_database_url_from_the_environment_is_checked_too() -> None:
    result = _run("exercises", env={"LEGWORK_DATABASE_URL": "mysql://nope"})
    assert result.returncode != 0
    assert "LEGWORK_DATABASE_URL" in result.stderr or "mysql" in result.stderr


def test_unknown_command_is_a_usage_error() -> None:
    result = _run("fly")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


def test_screenshots_writes_one_png_per_view(tmp_path: Path) -> None:
    result = _run("screenshots", str(tmp_path / "shots"), "--size", "1280x800")
    assert result.returncode == 0, result.stderr
    pngs = sorted(p.name for p in (tmp_path / "shots").glob("*.png"))
    assert pngs == ["history.png", "library.png", "progress.png", "session.png"]
    for png in (tmp_path / "shots").glob("*.png"):
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert png.stat().st_size > 10_000


def test_screenshots_refuses_a_bad_size(tmp_path: Path) -> None:
    result = _run("screenshots", str(tmp_path), "--size", "big")
    assert result.returncode == 1
    assert "--size must look like 1280x800" in result.stderr


def _printed_offscreen(script: str, home: Path) -> str:
    """What `script` printed, run by a fresh Python with offscreen Qt and its settings and
    data under `home`; it must exit cleanly."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(home),
           "LEGWORK_DATA_DIR": str(home)}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_first_window_paints_before_the_heavy_libraries_load(tmp_path: Path) -> None:
    # The start-up goal (docs/benchmarks.md) rests on this order: the window
    # paints first, the history and its libraries load right after.
    script = (
        "import sys\n"
        "from app.ui.shell.application import create_application\n"
        "from app.ui.shell.controller import AppController\n"
        "from app.ui.shell.main_window import MainWindow\n"
        "from app.ui.shell.settings import UiSettings\n"
        "app = create_application()\n"
        f"window = MainWindow(AppController('sqlite:///{tmp_path / 'x.db'}'), UiSettings())\n"
        "loaded = []\n"
        "window.first_painted.connect(lambda: loaded.extend(\n"
        "    m for m in ('sqlalchemy', 'alembic', 'pyqtgraph', 'numpy') if m in sys.modules))\n"
        "window.first_painted.connect(app.quit)\n"
        "window.show()\n"
        "app.exec()\n"
        "print(window.current_view(), loaded)\n"
    )
    assert _printed_offscreen(script, tmp_path) == "library []"


def test_the_charting_libraries_load_after_the_history_opened_on_a_view_without_charts(
        tmp_path: Path) -> None:
    # Importing them on a thread while the history opened made the view on screen
    # 0.3 s later (docs/architecture.md, "Start-up order"); the first visit to Progress
    # still finds them loaded, as they load once every view is built.
    script = (
        "import sys, time\n"
        "from PySide6.QtCore import QTimer\n"
        "from app.ui.shell.application import create_application\n"
        "from app.ui.shell.controller import AppController\n"
        "from app.ui.shell.main_window import MainWindow\n"
        "from app.ui.shell.settings import UiSettings\n"
        "app = create_application()\n"
        f"controller = AppController('sqlite:///{tmp_path / 'x.db'}')\n"
        "window = MainWindow(controller, UiSettings())\n"
        "charting = lambda: [m for m in ('numpy', 'pyqtgraph') if m in sys.modules]\n"
        "at_open = []\n"
        "controller.database_opened.connect(lambda: at_open.extend(charting()))\n"
        "deadline = time.monotonic() + 60\n"
        "def wait_for_charting():\n"
        "    if 'pyqtgraph.exporters' in sys.modules or time.monotonic() > deadline:\n"
        "        app.quit()\n"
        "    else:\n"
        "        QTimer.singleShot(20, wait_for_charting)\n"
        "window.when_ready_to_open(controller.open_database)\n"
        "window.when_views_ready(wait_for_charting)\n"
        "window.show()\n"
        "app.exec()\n"
        "print(window.current_view(), at_open, charting())\n"
        "controller.close()\n"
    )
    assert _printed_offscreen(script, tmp_path) == "library [] ['numpy', 'pyqtgraph']"


def test_quitting_waits_for_the_charting_libraries_to_finish_loading(tmp_path: Path) -> None:
    # Python stopping while the thread is halfway through importing numpy or pyqtgraph
    # crashed the process (seen as exit code -6 when a benchmark closed Legwork just
    # after its views were built); `run_gui` waits for the thread before it returns.
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from app.ui.shell.preload import start_preloading, wait_for_preloading\n"
        "app = QApplication([])\n"
        "start_preloading()\n"
        "print(wait_for_preloading(60), 'pyqtgraph.exporters' in sys.modules)\n"
    )
    assert _printed_offscreen(script, tmp_path) == "True True"


@pytest.mark.parametrize("app_started", [False, True])
def test_once_the_app_starts_pyside_no_longer_reads_each_imported_modules_source(
        tmp_path: Path, app_started: bool) -> None:
    # PySide6's scan cost 85-140 ms of each start (app.ui.shell.import_scan).
    (tmp_path / "scan_probe.py").write_text("import PySide6.QtCore\nimport json\n")
    script = (
        "import inspect, sys\n"
        f"sys.path.insert(0, {str(tmp_path)!r})\n"
        "from app.ui.shell.application import create_application\n"
        f"if {app_started}:\n"
        "    create_application()\n"
        "read = []\n"
        "source_of = inspect.getsource\n"
        "inspect.getsource = lambda module: read.append(module.__name__) or source_of(module)\n"
        "import scan_probe\n"
        "print('scan_probe' in read)\n"
    )
    assert _printed_offscreen(script, tmp_path) == str(not app_started)


def test_parsing_the_command_line_loads_neither_qt_nor_sqlalchemy() -> None:
    script = (
        "import sys\n"
        "from app.__main__ import build_parser\n"
        "build_parser()\n"
        "print(sorted(m for m in ('PySide6', 'sqlalchemy') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=60)
    assert result.stdout.strip() == "[]", result.stderr
