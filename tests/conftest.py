"""Shared fixtures: one per concern (database, library, clock, cue sink, settings)."""

import os
from pathlib import Path

import pytest

# Offscreen Qt with one 1920×1080 screen, so window sizes behave as on a desktop.
_SCREEN = Path(__file__).parent / "data" / "offscreen-screen.json"
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"

from tests.fakes import FakeClock, FakeCueSink  # noqa: E402


@pytest.fixture
def fake_clock() -> FakeClock:
    """A monotonic clock the test advances by hand."""
    return FakeClock()


@pytest.fixture
def cue_sink() -> FakeCueSink:
    """Collects cues instead of playing sounds or speech."""
    return FakeCueSink()


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Point QSettings and the data folder at a temporary place: no test touches real settings."""
    root = tmp_path_factory.mktemp("settings")
    monkeypatch.setenv("LEGWORK_DATA_DIR", str(root / "data"))
    monkeypatch.delenv("LEGWORK_DATABASE_URL", raising=False)
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("LegworkTests")
    QCoreApplication.setApplicationName("LegworkTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(root / "ini"))
    return root


@pytest.fixture(scope="session")
def migrated_database_template(tmp_path_factory: pytest.TempPathFactory):
    """A database file migrated to head once per test run, for `database` to copy."""
    from app.storage.schema import ensure_schema

    path = tmp_path_factory.mktemp("database-template") / "template.db"
    ensure_schema(path)
    return path


@pytest.fixture
def database(migrated_database_template, tmp_path):
    """A fresh, migrated Legwork database in a temporary file, closed after the test.

    Copying the template skips running the migrations for every test.
    """
    import shutil

    from app.storage.database import open_database

    path = tmp_path / "legwork.db"
    shutil.copyfile(migrated_database_template, path)
    db = open_database(f"sqlite:///{path}")
    yield db
    db.close()


@pytest.fixture(scope="session")
def history_template(tmp_path_factory: pytest.TempPathFactory):
    """A closed database with 2,000 sets, made once per run for the data-safety tests to copy."""
    from tests.storage.damage import history_database

    return history_database(tmp_path_factory.mktemp("history-template") / "history.db")


@pytest.fixture
def history_file(history_template, tmp_path):
    """A private copy of the history database, at ``<tmp>/data/legwork.db``."""
    from tests.storage.damage import copy_database

    folder = tmp_path / "data"
    folder.mkdir()
    return copy_database(history_template, folder / "legwork.db")


# ------------------------------------------------------------- the app and its window


@pytest.fixture
def ui_settings(tmp_path: Path):
    """The computer's display settings (theme, volume, window), in a file of the test's own."""
    from PySide6.QtCore import QSettings

    from app.ui.shell.settings import UiSettings

    return UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def history_url(tmp_path: Path) -> str:
    """The history the `controller` opens: a new one; a module overrides it to open another."""
    return f"sqlite:///{tmp_path / 'legwork.db'}"


@pytest.fixture
def controller(history_url: str):
    """The app controller with its history open (home athlete chosen), closed after the test."""
    from app.ui.shell.controller import AppController

    app_controller = AppController(history_url)
    app_controller.open_database()
    yield app_controller
    app_controller.close()


@pytest.fixture
def window(qtbot, controller, ui_settings):
    """The main window on `controller`, shown at 1280 × 800 (views are built when first used)."""
    from app.ui.shell.main_window import MainWindow

    main = MainWindow(controller, ui_settings)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    return main
