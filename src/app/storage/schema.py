"""Which schema revision a database is at, and bringing it to head.

Opening the app's database is on the start-up path, and importing Alembic
(plus Mako and the migration scripts) costs far more than reading one row
with `sqlite3`. So a SQLite file is checked with the standard library only;
Alembic is imported only when a database really has to be created or upgraded.
A PostgreSQL server is checked over the connection the app opens anyway.
"""

import sqlite3
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.errors import LegworkError

if TYPE_CHECKING:
    from collections.abc import Callable

    from alembic.config import Config
    from sqlalchemy.engine import Connection

# Every revision in `migrations/versions`, oldest first. A test checks this
# against Alembic's own view of the scripts, so a new migration cannot be
# forgotten here.
KNOWN_REVISIONS: tuple[str, ...] = (
    "0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010", "0011",
    "0012", "0013",
)
HEAD_REVISION = KNOWN_REVISIONS[-1]

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class SchemaTooNewError(LegworkError):
    """The database was written by a newer Legwork whose schema this version cannot read."""


class SchemaBehindError(LegworkError):
    """The database was written by an older Legwork, and the open only reads, so it stays so."""


class NotALegworkDatabaseError(LegworkError):
    """The file exists but is not a Legwork database (another program's, or not SQLite)."""


class SchemaStatus(Enum):
    """How a database file's schema compares with this version of Legwork."""

    MISSING = "missing"
    """No file, or an empty one: the whole schema must be created."""
    BEHIND = "behind"
    """Written by an older Legwork: migrations must run."""
    CURRENT = "current"
    """At head: nothing to do."""


def read_revision(path: Path) -> str | None:
    """The revision stamped in the database, or None if it has no schema yet.

    Raises `NotALegworkDatabaseError` for a file that is not SQLite, or that
    holds tables but no Alembic stamp (someone else's database).
    """
    from app.storage.integrity import connect_read_only

    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        # Reading the stamp never creates, changes or leaves a file.
        with connect_read_only(path) as conn:
            tables = {
                row[0]
                for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            if "alembic_version" not in tables:
                if tables:
                    raise NotALegworkDatabaseError(
                        f"{path} is a SQLite database, but not one Legwork created "
                        f"(it has the tables {', '.join(sorted(tables))} and no schema "
                        "version). Choose another file."
                    )
                return None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise NotALegworkDatabaseError(unreadable_message(path, exc)) from exc
    return None if row is None else str(row[0])


def unreadable_message(path: Path, error: Exception) -> str:
    """Plain words for a file that is not SQLite at all: a history whose start is
    damaged, or another program's file; the advice covers both."""
    from app.storage.backups import recovery_advice

    return (
        f"{path} cannot be read as a SQLite database ({error}). If it is your Legwork "
        f"history, it is damaged and nothing was changed: {recovery_advice(path, moved=False)} "
        "If it is another program's file, choose another one."
    )


def schema_status(path: Path) -> SchemaStatus:
    """Compare the file's schema with this version's head revision.

    Raises `SchemaTooNewError` when the stamped revision is unknown, which
    means a newer Legwork wrote it; such a database is never downgraded.
    """
    return _status(read_revision(path), str(path))


def read_server_revision(connection: "Connection", where: str) -> str | None:
    """The revision stamped in a server database, or None if it has no tables yet.

    Raises `NotALegworkDatabaseError` when the database holds tables but no
    Alembic stamp (another application's database).
    """
    from sqlalchemy import inspect, text

    tables = set(inspect(connection).get_table_names())
    if "alembic_version" not in tables:
        if tables:
            raise NotALegworkDatabaseError(
                f"The database at {where} is not one Legwork created (it has the tables "
                f"{', '.join(sorted(tables))} and no schema version). Give Legwork a database "
                "of its own."
            )
        return None
    revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return None if revision is None else str(revision)


def server_schema_status(connection: "Connection", where: str) -> SchemaStatus:
    """`schema_status` for a PostgreSQL database, read over an open connection."""
    return _status(read_server_revision(connection, where), where)


def _status(revision: str | None, where: str) -> SchemaStatus:
    if revision is None:
        return SchemaStatus.MISSING
    if revision == HEAD_REVISION:
        return SchemaStatus.CURRENT
    if revision in KNOWN_REVISIONS:
        return SchemaStatus.BEHIND
    raise SchemaTooNewError(
        f"The database {where} has schema revision {revision!r}, which this version "
        f"of Legwork does not know (it understands up to {HEAD_REVISION!r}). It was "
        "probably written by a newer Legwork: update Legwork, or open another database."
    )


def alembic_config(url: str) -> "Config":
    """An Alembic configuration built in code, for the migrations shipped in this package.

    There is no alembic.ini: the scripts are found next to this module, so
    the same code works from a source checkout and from an installed wheel.
    """
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    # ConfigParser treats "%" as interpolation; paths may contain it.
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def ensure_schema(path: Path, before_upgrade: "Callable[[Path], object] | None" = None) -> bool:
    """Create or upgrade the schema of the database file at `path` to head.

    Returns True if migrations ran. Refuses (with `SchemaTooNewError`) a
    database stamped by a newer Legwork before Alembic is even imported.
    `before_upgrade(path)` runs first when an existing schema is behind
    (the open path passes a backup there).
    """
    status = schema_status(path)
    if status is SchemaStatus.CURRENT:
        return False
    if status is SchemaStatus.BEHIND and before_upgrade is not None:
        before_upgrade(path)
    from alembic import command

    command.upgrade(alembic_config(f"sqlite:///{path.absolute().as_posix()}"), "head")
    return True


def ensure_server_schema(url: str) -> None:
    """Create or upgrade the schema of the PostgreSQL database at `url` to head.

    Several kiosks may start at the same moment: the migration environment
    takes a transaction-level advisory lock first, so one upgrades while the
    others wait and then find nothing left to do. There is no file to copy
    first; the server's own backups cover an upgrade (docs/gym-server.md).
    """
    from alembic import command

    command.upgrade(alembic_config(url), "head")
