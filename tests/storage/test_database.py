"""Opening the database: where it is, how SQLite is configured, schema versions."""

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from app.storage.database import (
    Database,
    DatabaseUrlError,
    SchemaTooNewError,
    open_database,
    resolve_database_url,
)
from app.storage.location import display_url
from app.storage.schema import HEAD_REVISION, NotALegworkDatabaseError


def _revision(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])


# --- resolving the URL -------------------------------------------------------------


def test_cli_value_wins_over_environment(tmp_path: Path) -> None:
    env = {"LEGWORK_DATABASE_URL": f"sqlite:///{tmp_path}/env.db"}
    url = resolve_database_url(f"sqlite:///{tmp_path}/cli.db", env)
    assert url == f"sqlite:///{(tmp_path / 'cli.db').as_posix()}"


def test_environment_wins_over_default(tmp_path: Path) -> None:
    env = {"LEGWORK_DATABASE_URL": f"sqlite:///{tmp_path}/env.db"}
    assert resolve_database_url(None, env) == f"sqlite:///{(tmp_path / 'env.db').as_posix()}"


def test_default_is_legwork_db_in_the_data_folder(tmp_path: Path) -> None:
    env = {"LEGWORK_DATA_DIR": str(tmp_path / "data")}
    url = resolve_database_url(None, env)
    assert url == f"sqlite:///{(tmp_path / 'data' / 'legwork.db').as_posix()}"
    assert not (tmp_path / "data").exists(), "resolving creates nothing (a reader never does)"
    open_database(url).close()
    assert (tmp_path / "data" / "legwork.db").is_file(), "the open that writes makes the folder"


def test_plain_path_is_accepted_and_made_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert (
        resolve_database_url("sub/my.db", {}) == f"sqlite:///{(tmp_path / 'sub/my.db').as_posix()}"
    )
    assert not (tmp_path / "sub").exists()


def test_relative_sqlite_url_is_resolved_against_cwd(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert (
        resolve_database_url("sqlite:///rel.db", {})
        == f"sqlite:///{(tmp_path / 'rel.db').as_posix()}"
    )


@pytest.mark.parametrize(
    ("value", "hint"),
    [
        ("postgresql://user@host/legwork", "postgresql+psycopg://USER@HOST"),
        ("postgres://user@host/legwork", "postgresql+psycopg://USER@HOST"),
        ("postgresql+psycopg://user@/legwork", "no server host"),
        ("postgresql+psycopg://user@host", "no database name"),
        ("mysql+pymysql://localhost/db", "'mysql+pymysql'"),
        ("sqlite://", "three slashes"),
        ("sqlite:/legwork.db", "three slashes"),
        ("sqlite:///:memory:", "in-memory"),
        ("sqlite:///", "names no file"),
        ("sqlite:///x.db?mode=ro", "query options"),
        ("   ", "empty"),
    ],
)
def test_unusable_urls_are_refused_with_a_clear_message(value: str, hint: str) -> None:
    with pytest.raises(DatabaseUrlError) as caught:
        resolve_database_url(value, {})
    message = str(caught.value)
    assert hint in message
    assert "expected" in message or "write the driver out" in message, "says what to write"
    if value.strip():
        assert value in message, "the message names the bad value"


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(DatabaseUrlError, match="folder"):
        resolve_database_url(f"sqlite:///{tmp_path}", {})


def test_parent_that_cannot_be_created_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(DatabaseUrlError, match="cannot be created"):
        resolve_database_url(f"sqlite:///{blocker}/legwork.db", {})


def test_a_server_url_is_taken_as_given_from_the_option_or_the_environment() -> None:
    url = "postgresql+psycopg://kiosk@gym-db:5432/legwork?sslmode=require"
    assert resolve_database_url(url, {}) == url
    assert resolve_database_url(None, {"LEGWORK_DATABASE_URL": f"  {url} "}) == url


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("postgresql+psycopg://kiosk:s3cret@gym-db/legwork", "postgresql+psycopg://kiosk:***@gym-db/legwork"),
        ("postgresql+psycopg://kiosk:p@ss:w0rd@gym-db:5432/legwork?sslmode=require",
         "postgresql+psycopg://kiosk:***@gym-db:5432/legwork?sslmode=require"),
        ("postgresql+psycopg://kiosk@gym-db/legwork", "postgresql+psycopg://kiosk@gym-db/legwork"),
        ("sqlite:///home/me/a@b:c.db", "sqlite:///home/me/a@b:c.db"),
    ],
)
def test_a_password_is_never_shown(url: str, shown: str) -> None:
    assert display_url(url) == shown


def test_a_bad_server_url_is_refused_without_showing_its_password() -> None:
    with pytest.raises(DatabaseUrlError) as caught:
        resolve_database_url("postgresql://kiosk:s3cret@gym-db/legwork", {})
    assert "s3cret" not in str(caught.value) and "kiosk:***@gym-db" in str(caught.value)


def test_bad_environment_value_names_its_source(tmp_path: Path) -> None:
    with pytest.raises(DatabaseUrlError, match="LEGWORK_DATABASE_URL"):
        resolve_database_url(None, {"LEGWORK_DATABASE_URL": "postgresql://x/y"})


# --- opening ---------------------------------------------------------------------


def test_opening_a_missing_file_creates_and_migrates_it(tmp_path: Path) -> None:
    path = tmp_path / "new" / "legwork.db"
    path.parent.mkdir()
    with open_database(f"sqlite:///{path}") as db:
        assert db.path == path
        with db.session() as session:
            tables = set(session.scalars(text("SELECT name FROM sqlite_master WHERE type='table'")))
    assert {"athlete", "exercise", "plan", "plan_item", "training_session", "set_entry"} <= tables
    assert _revision(path) == HEAD_REVISION


@pytest.mark.sqlite_only
def test_pragmas_are_on_for_every_connection(database: Database) -> None:
    with database.engine.connect() as conn:

        def pragma(name: str) -> object:
            return conn.exec_driver_sql(f"PRAGMA {name}").scalar()

        assert pragma("foreign_keys") == 1
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("busy_timeout") == 5000


def test_session_commits_on_success_and_rolls_back_on_error(database: Database) -> None:
    insert = text(
        "INSERT INTO athlete (name, is_demo, created_at) VALUES (:n, :d, '2025-01-01 00:00:00')"
    )
    with database.session() as session:
        session.execute(insert, {"n": "Kept", "d": False})
    with pytest.raises(RuntimeError), database.session() as session:
        session.execute(insert, {"n": "Lost", "d": False})
        raise RuntimeError("boom")
    with database.session() as session:
        names = list(session.scalars(text("SELECT name FROM athlete")))
    assert names == ["Kept"]


def test_reopening_an_up_to_date_database_does_not_import_alembic(tmp_path: Path) -> None:
    path = tmp_path / "legwork.db"
    open_database(str(path)).close()
    script = (
        "import sys\n"
        "from app.storage.database import open_database\n"
        f"db = open_database({str(path)!r})\n"
        "db.close()\n"
        "assert 'alembic' not in sys.modules, 'alembic was imported'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr


def test_checking_the_schema_does_not_import_sqlalchemy(tmp_path: Path) -> None:
    path = tmp_path / "legwork.db"
    open_database(str(path)).close()
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from app.storage.schema import SchemaStatus, schema_status\n"
        f"assert schema_status(Path({str(path)!r})) is SchemaStatus.CURRENT\n"
        "assert 'sqlalchemy' not in sys.modules, 'sqlalchemy was imported'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr


def test_database_from_a_newer_legwork_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "legwork.db"
    open_database(str(path)).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    with pytest.raises(SchemaTooNewError, match=r"'9999'.*newer Legwork"):
        open_database(str(path))
    assert _revision(path) == "9999", "never downgraded"


def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("shopping list: eggs, milk, more eggs " * 50)
    with pytest.raises(NotALegworkDatabaseError, match="cannot be read as a SQLite database"):
        open_database(str(path))
    assert path.read_text().startswith("shopping list")


def test_another_programs_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (id INTEGER)")
    conn.close()
    with pytest.raises(NotALegworkDatabaseError, match="recipes"):
        open_database(str(path))


# --- opening to read only ----------------------------------------------------------


def _stamped(url: str) -> str | None:
    from sqlalchemy import create_engine

    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    finally:
        engine.dispose()


def test_an_older_schema_is_read_by_no_one_and_upgraded_only_by_an_open_that_writes(
    database_url: str,
) -> None:
    from alembic import command

    from app.storage.database import SchemaBehindError, open_existing_database
    from app.storage.schema import KNOWN_REVISIONS, alembic_config

    older = KNOWN_REVISIONS[-2]
    command.downgrade(alembic_config(database_url), older)
    with pytest.raises(SchemaBehindError, match=r"legwork check --upgrade") as refused:
        open_existing_database(database_url)
    assert f"schema {older}" in str(refused.value)
    assert _stamped(database_url) == older, "a command that only reads upgrades nothing"
    open_database(database_url).close()
    assert _stamped(database_url) == HEAD_REVISION


def test_a_history_opened_to_read_refuses_every_write_and_leaves_no_file(tmp_path: Path) -> None:
    from app.storage.database import open_existing_database

    path = tmp_path / "legwork.db"
    open_database(str(path)).close()
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    db = open_existing_database(str(path))
    assert db is not None and db.read_only
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM athlete")).scalar() == 0
        with pytest.raises(Exception, match="readonly database"):
            connection.execute(text("INSERT INTO app_setting (key, value) VALUES ('a', 'b')"))
    db.close()
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before, (
        "no -wal, -shm, open marker or lock file is left, and no byte changed")


def test_opening_to_read_what_is_not_there_creates_nothing(tmp_path: Path) -> None:
    from app.storage.database import open_existing_database

    assert open_existing_database(str(tmp_path / "none" / "legwork.db")) is None
    (tmp_path / "empty.db").write_bytes(b"")
    assert open_existing_database(str(tmp_path / "empty.db")) is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.db"]
