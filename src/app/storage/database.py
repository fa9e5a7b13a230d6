"""Opening Legwork's SQLite database: where it is, how it is configured, its schema.

Only SQLite files are supported: the app is single-user and offline, and the
whole database must be one file the user can back up or move.
"""

import os
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from app.domain.errors import LegworkError
from app.paths import default_database_path
from app.storage.schema import SchemaTooNewError, ensure_schema

__all__ = [
    "DATABASE_URL_ENV",
    "Database",
    "DatabaseUrlError",
    "SchemaTooNewError",
    "open_database",
    "resolve_database_url",
]

DATABASE_URL_ENV = "LEGWORK_DATABASE_URL"
BUSY_TIMEOUT_MS = 5000

_SQLITE_FILE_PREFIX = "sqlite:///"
_EXPECTED = "expected sqlite:///PATH/TO/FILE.db or a plain file path"
# A scheme is two or more letters before ":", so "C:\\data" stays a Windows path.
_URL_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]+:")


class DatabaseUrlError(LegworkError):
    """A database location that Legwork cannot use, with what it expected instead."""


def resolve_database_url(cli_value: str | None, environ: Mapping[str, str]) -> str:
    """The database URL to open, as ``sqlite:///<absolute path>``.

    Precedence: the `--database-url` value, then `LEGWORK_DATABASE_URL`, then
    the default file in the user's data folder. A plain filesystem path is
    accepted too. Missing parent folders are created; anything unusable
    raises `DatabaseUrlError` naming the value and what was expected.
    """
    if cli_value is not None:
        return _normalise(cli_value, "--database-url")
    env_value = environ.get(DATABASE_URL_ENV, "").strip()
    if env_value:
        return _normalise(env_value, DATABASE_URL_ENV)
    return _normalise(str(default_database_path(environ=environ)), "the default location")


def _normalise(value: str, source: str) -> str:
    return _SQLITE_FILE_PREFIX + _database_path(value, source).as_posix()


def _database_path(value: str, source: str) -> Path:
    text = value.strip()
    if not text:
        raise DatabaseUrlError(f"The database URL from {source} is empty; {_EXPECTED}.")
    if text.startswith(_SQLITE_FILE_PREFIX):
        raw_path = text[len(_SQLITE_FILE_PREFIX):]
    elif _URL_SCHEME.match(text):
        raise DatabaseUrlError(_describe_bad_url(text, source))
    else:
        raw_path = text
    if raw_path in ("", ":memory:") or raw_path.startswith("file:"):
        raise DatabaseUrlError(
            f"The database URL {text!r} from {source} names no file "
            f"(an in-memory database would lose every set); {_EXPECTED}."
        )
    if "?" in raw_path:
        raise DatabaseUrlError(
            f"The database URL {text!r} from {source} has query options, which Legwork "
            f"sets itself; {_EXPECTED}."
        )
    path = Path(os.path.expanduser(raw_path)).absolute()
    if path.is_dir():
        raise DatabaseUrlError(
            f"The database URL {text!r} from {source} points at a folder ({path}); "
            f"{_EXPECTED}."
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseUrlError(
            f"The folder for the database URL {text!r} from {source} cannot be created "
            f"({exc.strerror or exc}); choose a file in a folder you can write to."
        ) from exc
    return path


def _describe_bad_url(text: str, source: str) -> str:
    scheme = text.split(":", 1)[0]
    if scheme == "sqlite":
        # Covers "sqlite://" (in-memory) and malformed forms such as "sqlite:/x.db".
        return (
            f"The database URL {text!r} from {source} is not a SQLite file URL; "
            f"{_EXPECTED} (three slashes, then the path)."
        )
    return (
        f"The database URL {text!r} from {source} uses {scheme!r}, but Legwork only "
        f"stores its data in a SQLite file; {_EXPECTED}."
    )


def _configure_connection(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # SQLite leaves foreign keys off unless every connection asks for them.
    cursor.execute("PRAGMA foreign_keys=ON")
    # WAL: readers (charts) never block the writer (the session screen).
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a set the athlete accepted survives a power cut, not just a crash.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


class Database:
    """An open Legwork database: its file, its engine and a way to get sessions."""

    def __init__(self, engine: Engine, path: Path) -> None:
        self.engine = engine
        self.path = path
        # expire_on_commit=False: repositories turn rows into plain values
        # after commit, which must not trigger another round trip.
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: commits when the block succeeds, rolls back if it raises."""
        with self._sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        """Close every connection; the WAL is checkpointed into the main file."""
        self.engine.dispose()

    def __enter__(self) -> "Database":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Database({str(self.path)!r})"


def open_database(url: str) -> Database:
    """Open (creating if needed) the SQLite database at `url` and bring its schema to head.

    `url` is ``sqlite:///PATH`` or a plain path. Raises `DatabaseUrlError`
    for an unusable location and `SchemaTooNewError` for a database written
    by a newer Legwork. Alembic is imported only if the schema must change.
    """
    path = _database_path(url, "open_database")
    ensure_schema(path)
    engine = create_engine(_SQLITE_FILE_PREFIX + path.as_posix())
    event.listen(engine, "connect", _configure_connection)
    return Database(engine, path)
