"""Where Legwork's database lives: turning `--database-url`, the environment or the
default into one SQLite file path.

Kept free of SQLAlchemy so the GUI can resolve (and refuse) a location before
paying for that import; `app.storage.database` opens what this resolves.
"""

import os
import re
from collections.abc import Mapping
from pathlib import Path

from app.domain.errors import LegworkError
from app.paths import default_database_path

DATABASE_URL_ENV = "LEGWORK_DATABASE_URL"

SQLITE_FILE_PREFIX = "sqlite:///"
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
    return SQLITE_FILE_PREFIX + database_path(value, source).as_posix()


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
