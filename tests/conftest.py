"""Shared fixtures: one per concern (database, library, clock, cue sink, settings).

Storage and service tests run on both kinds of database: every test under
`tests/storage/` or `tests/services/` that uses `database` (or `database_url`)
runs once as ``[sqlite]`` and once as ``[postgresql]``. Elsewhere a test opts in
with ``@pytest.mark.both_databases``; a storage test about the SQLite file itself
opts out with ``@pytest.mark.sqlite_only``. The PostgreSQL server is the one
`.ci/run` started (`LEGWORK_TEST_POSTGRESQL`), else one this suite starts; when
there is none, the summary says so in capitals.
"""

import itertools
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

# Offscreen Qt with a 1920×1080 desktop screen (the primary), so window sizes behave as on a
# desktop, and beside it a 1280×800 and a 1024×768 screen for the kiosk's full-screen window.
_SCREEN = Path(__file__).parent / "data" / "offscreen-screen.json"
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"

from tests.fakes import FakeClock, FakeCueSink  # noqa: E402
from tests.postgres_server import (  # noqa: E402
    DESCRIPTION_ENV,
    Cluster,
    ClusterError,
    create,
    destroy,
)

BACKENDS = ("sqlite", "postgresql")
_BOTH_BACKENDS_FOLDERS = frozenset({"storage", "services"})
_POSTGRES_TEMPLATE = "legwork_template"
# What the summary reports about the PostgreSQL half of the run.
_postgres_report: dict[str, object] = {"reason": None, "where": None, "ran": 0, "not_run": 0}
_database_names = itertools.count(1)
_postgres_tests: set[str] = set()


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run storage and service tests (and any marked both_databases) on SQLite and PostgreSQL."""
    if "database_backend" not in metafunc.fixturenames:
        return
    definition = metafunc.definition
    chosen = any("database_backend" in str(mark.args[0])
                 for mark in definition.iter_markers("parametrize"))
    if chosen or definition.get_closest_marker("sqlite_only"):
        return
    folder = Path(str(definition.fspath)).parent.name
    if folder in _BOTH_BACKENDS_FOLDERS or definition.get_closest_marker("both_databases"):
        metafunc.parametrize("database_backend", BACKENDS, indirect=True)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Note which tests need the PostgreSQL server, for the summary."""
    for item in items:
        callspec = getattr(item, "callspec", None)
        backend = callspec.params.get("database_backend") if callspec is not None else None
        if backend == "postgresql" or "postgres_cluster" in getattr(item, "fixturenames", ()):
            _postgres_tests.add(item.nodeid)


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """Count the PostgreSQL tests that ran and those that could not."""
    if report.nodeid not in _postgres_tests:
        return
    if report.when == "call":
        _postgres_report["ran"] = int(str(_postgres_report["ran"])) + 1
    elif report.when == "setup" and report.failed:
        _postgres_report["not_run"] = int(str(_postgres_report["not_run"])) + 1


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say plainly whether the PostgreSQL half of the suite ran, and where."""
    ran, not_run = _postgres_report["ran"], _postgres_report["not_run"]
    if not ran and not not_run:
        return
    terminalreporter.section("PostgreSQL")
    if _postgres_report["reason"] is None:
        terminalreporter.write_line(
            f"{ran} tests ran on PostgreSQL ({_postgres_report['where']}).", green=True)
    else:
        terminalreporter.write_line(
            f"!!! POSTGRESQL NOT TESTED: {not_run} tests failed because no server could be "
            f"started ({_postgres_report['reason']}). Install Debian's `postgresql` package or "
            f"set {DESCRIPTION_ENV}; see tests/postgres_server.py. !!!", red=True, bold=True)


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
def database(database_url: str):
    """A fresh, migrated Legwork database (a file, or a server database), closed after the test.

    Cloning a migrated template skips running the migrations for every test.
    """
    from app.storage.database import open_database

    db = open_database(database_url)
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


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[Cluster | None]:
    """The PostgreSQL server of this run: `.ci/run`'s, else one started here; None if neither.

    Without either, every test that needs it fails (`_require_server`); none is skipped.
    """
    description = os.environ.get(DESCRIPTION_ENV, "").strip()
    if description:
        cluster = Cluster.load(Path(description))
        _postgres_report["where"] = f"127.0.0.1:{cluster.port}, given by {DESCRIPTION_ENV}"
        yield cluster
        return
    try:
        # The system's temporary folder: pytest's is private to root, the server's user
        # could not enter it.
        cluster = create()
    except ClusterError as error:
        _postgres_report["reason"] = str(error)
        yield None
        return
    _postgres_report["where"] = f"127.0.0.1:{cluster.port}, started by the test suite"
    try:
        yield cluster
    finally:
        destroy(cluster)


def _require_server(cluster: Cluster | None) -> Cluster:
    # A gym's database is part of what Legwork promises, so a run without a server is a
    # failed run, never a quietly shorter one.
    if cluster is None:
        pytest.fail(f"no PostgreSQL server ({_postgres_report['reason']}): install Debian's "
                    f"`postgresql` package or set {DESCRIPTION_ENV}; see tests/postgres_server.py")
    return cluster


def _admin(cluster: Cluster):  # type: ignore[no-untyped-def]
    import psycopg

    return psycopg.connect(host="127.0.0.1", port=cluster.port, user="postgres",
                           password=cluster.password, dbname="postgres", autocommit=True)


@pytest.fixture(scope="session")
def postgres_template(postgres_cluster: Cluster | None) -> str | None:
    """A server database migrated to head once per run, for `database_url` to clone."""
    if postgres_cluster is None:
        return None
    from app.storage.database import open_database

    with _admin(postgres_cluster) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {_POSTGRES_TEMPLATE} WITH (FORCE)")
        admin.execute(f"CREATE DATABASE {_POSTGRES_TEMPLATE}")
    open_database(postgres_cluster.url(_POSTGRES_TEMPLATE)).close()
    return _POSTGRES_TEMPLATE


@pytest.fixture
def database_backend(request: pytest.FixtureRequest) -> str:
    """Which kind of database this run of the test uses: "sqlite" unless parametrized."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture
def database_url(
    database_backend: str, request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[str]:
    """The URL of a fresh, migrated, empty database of the test's kind, dropped afterwards."""
    if database_backend == "sqlite":
        import shutil

        path = tmp_path / "legwork.db"
        shutil.copyfile(request.getfixturevalue("migrated_database_template"), path)
        yield f"sqlite:///{path}"
        return
    cluster = _require_server(request.getfixturevalue("postgres_cluster"))
    with _server_database(cluster, request.getfixturevalue("postgres_template")) as url:
        yield url


@pytest.fixture
def empty_postgres_url(postgres_cluster: Cluster | None) -> Iterator[str]:
    """A new server database with no tables at all (a gym's first day), dropped afterwards."""
    with _server_database(_require_server(postgres_cluster), None) as url:
        yield url


@contextmanager
def _server_database(cluster: Cluster, template: str | None) -> Iterator[str]:
    """A database of its own on the server (a clone of `template`, or empty), then dropped."""
    name = f"legwork_test_{os.getpid()}_{next(_database_names)}"
    with _admin(cluster) as admin:
        admin.execute(f"CREATE DATABASE {name}" + (f" TEMPLATE {template}" if template else ""))
    try:
        yield cluster.url(name)
    finally:
        with _admin(cluster) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


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
