"""Where Legwork's database lives: turning `--database-url`, the environment or the
default into a SQLite file path or a PostgreSQL server URL.

A home install keeps one SQLite file; a gym points every kiosk at one PostgreSQL
server with ``postgresql+psycopg://USER[:PASSWORD]@HOST[:PORT]/DBNAME``. The
password may instead come from `PGPASSWORD` or `~/.pgpass` (libpq reads them);
either way it is never shown: messages use `display_url`.

Kept free of SQLAlchemy, so the GUI can resolve (and refuse) a location before
paying for that import (about 170 ms, which would double the time to the first
window); `app.storage.database` opens what this resolves.
"""

import os
import re
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import unquote

from app.domain.errors import LegworkError
from app.paths import default_database_path

DATABASE_URL_ENV = "LEGWORK_DATABASE_URL"

SQLITE_FILE_PREFIX = "sqlite:///"
SERVER_URL_PREFIX = "postgresql+psycopg://"
_EXPECTED = (
    "expected sqlite:///PATH/TO/FILE.db, a plain file path, or "
    "postgresql+psycopg://USER@HOST:PORT/DBNAME"
)
_SERVER_EXAMPLE = "postgresql+psycopg://USER@HOST:PORT/DBNAME"
# Scheme spellings that mean PostgreSQL but leave the driver to SQLAlchemy's default.
_POSTGRES_SCHEMES = frozenset({"postgresql", "postgres", "postgresql+psycopg2", "postgresql+pg8000",
                               "postgresql+asyncpg", "postgresql+psycopg2cffi"})
# A scheme is two or more letters before ":", so "C:\\data" stays a Windows path.
_URL_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]+:")
# SQLAlchemy's own grammar for a URL (`sqlalchemy.engine.make_url`), so that a server
# URL is read here exactly as the open will read it, without importing SQLAlchemy.
_SQLALCHEMY_URL = re.compile(
    r"""
        (?P<name>[\w\+]+)://
        (?:
            (?P<username>[^:/]*)
            (?::(?P<password>[^@]*))?
        @)?
        (?:
            (?:
                \[(?P<ipv6host>[^/\?]+)\] |
                (?P<ipv4host>[^/:\?]+)
            )?
            (?::(?P<port>[^/\?]*))?
        )?
        (?:/(?P<database>[^\?]*))?
        (?:\?(?P<query>.*))?
    """,
    re.X,
)


class DatabaseUrlError(LegworkError):
    """A database location that Legwork cannot use, with what it expected instead."""


def resolve_database_url(cli_value: str | None, environ: Mapping[str, str]) -> str:
    """The database URL to open: ``sqlite:///<absolute path>`` or a PostgreSQL server URL.

    Precedence: the `--database-url` value, then `LEGWORK_DATABASE_URL`, then
    the default file in the user's data folder. A plain filesystem path is
    accepted too. Nothing is created (the open that writes creates a missing
    folder); anything unusable raises `DatabaseUrlError` naming the value and
    what was expected.
    """
    if cli_value is not None:
        return _normalise(cli_value, "--database-url")
    env_value = environ.get(DATABASE_URL_ENV, "").strip()
    if env_value:
        return _normalise(env_value, DATABASE_URL_ENV)
    return _normalise(str(default_database_path(environ=environ)), "the default location")


def normalise_database_url(value: str, source: str) -> str:
    """One URL given by the user (`source` names where, for messages), checked and normalised."""
    return _normalise(value, source)


def _normalise(value: str, source: str) -> str:
    if is_server_url(value):
        return _server_url(value.strip(), source)
    return SQLITE_FILE_PREFIX + database_path(value, source).as_posix()


def is_server_url(url: str) -> bool:
    """Whether `url` names a PostgreSQL server (else it is a SQLite file)."""
    return url.strip().startswith(SERVER_URL_PREFIX)


def display_url(url: str) -> str:
    """`url` as it may be shown: any password replaced by ``***``.

    Everything between the scheme and the last ``@`` is the user information;
    only the user name before its first ``:`` is kept, so a password with an
    unescaped ``@`` or ``:`` is hidden too (at worst, too much is hidden).
    """
    scheme, separator, rest = url.partition("://")
    if not separator or scheme == "sqlite":
        return url
    authority_end = len(rest)
    for stop in "/?#":
        found = rest.find(stop, rest.rfind("@") + 1)
        if found != -1:
            authority_end = min(authority_end, found)
    at = rest.rfind("@", 0, authority_end)
    if at == -1:
        return url
    user, has_password, _ = rest[:at].partition(":")
    return f"{scheme}://{user}{':***' if has_password else ''}@{rest[at + 1:]}"


def _server_url(text: str, source: str) -> str:
    shown = display_url(text)
    parts = _SQLALCHEMY_URL.match(text)
    if parts is None or not _port_reads(parts["port"]):
        raise DatabaseUrlError(
            f"The database URL {shown!r} from {source} cannot be read; expected "
            f"{_SERVER_EXAMPLE}."
        )
    host = parts["ipv4host"] or parts["ipv6host"]
    database = unquote(parts["database"]) if parts["database"] is not None else None
    if not host or not database:
        missing = "server host" if not host else "database name"
        raise DatabaseUrlError(
            f"The database URL {shown!r} from {source} has no {missing}; expected "
            f"{_SERVER_EXAMPLE}."
        )
    return text


def _port_reads(port: str | None) -> bool:
    """Whether SQLAlchemy would read this port (it takes `int` of whatever follows a colon)."""
    if port is None:
        return True
    try:
        int(port)
    except ValueError:
        return False
    return True


def database_path(value: str, source: str) -> Path:
    """The absolute file path a URL or plain path names, or DatabaseUrlError saying why not."""
    text = value.strip()
    if not text:
        raise DatabaseUrlError(f"The database URL from {source} is empty; {_EXPECTED}.")
    if text.startswith(SQLITE_FILE_PREFIX):
        raw_path = text[len(SQLITE_FILE_PREFIX) :]
    elif _URL_SCHEME.match(text):
        raise DatabaseUrlError(_describe_bad_url(text, source))
    else:
        raw_path = text
    if is_server_url(text):
        raise DatabaseUrlError(
            f"{display_url(text)} is a PostgreSQL server, not a file; this needs a SQLite "
            "database file."
        )
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
            f"The database URL {text!r} from {source} points at a folder ({path}); {_EXPECTED}."
        )
    # Nothing is created here (a command that only reads creates nothing); a folder
    # that could never be created is refused now rather than at the first write.
    existing = next(folder for folder in path.parents if folder.exists())
    if not existing.is_dir():
        raise DatabaseUrlError(_folder_refusal(text, source, f"{existing} is a file"))
    return path


def create_database_folder(path: Path, source: str) -> None:
    """Create the folder of the database file `path` (for an open that will write there)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseUrlError(
            _folder_refusal(path.as_posix(), source, str(exc.strerror or exc))
        ) from exc


def _folder_refusal(text: str, source: str, reason: str) -> str:
    return (
        f"The folder for the database URL {text!r} from {source} cannot be created "
        f"({reason}); choose a file in a folder you can write to."
    )


def _describe_bad_url(text: str, source: str) -> str:
    scheme = text.split(":", 1)[0]
    shown = display_url(text)
    if scheme.casefold() in _POSTGRES_SCHEMES:
        return (
            f"The database URL {shown!r} from {source} uses {scheme!r}; write the driver "
            f"out, as {_SERVER_EXAMPLE} (Legwork talks to PostgreSQL through psycopg 3)."
        )
    if scheme == "sqlite":
        # Covers "sqlite://" (in-memory) and malformed forms such as "sqlite:/x.db".
        return (
            f"The database URL {text!r} from {source} is not a SQLite file URL; "
            f"{_EXPECTED} (three slashes, then the path)."
        )
    return (
        f"The database URL {shown!r} from {source} uses {scheme!r}, but Legwork stores its "
        f"data in a SQLite file or on a PostgreSQL server; {_EXPECTED}."
    )
