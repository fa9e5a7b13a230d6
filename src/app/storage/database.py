"""Opening Legwork's database: a SQLite file at home, a PostgreSQL server at a gym.

A home install keeps one SQLite file the user can back up or move. A gym's
kiosks share one PostgreSQL server (``postgresql+psycopg://…``); the same
models, migrations and queries serve both. What only a file needs (PRAGMAs,
`quick_check`, the open marker, file backups) is done for files only; a server
checks and backs up itself (see docs/gym-server.md).
"""

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker

from app.domain.errors import LegworkError
from app.storage.errors import DatabaseUnreachableError
from app.storage.integrity import (
    BackgroundCheck,
    CheckResult,
    DamagedDatabaseError,
    damage_message,
    guard_database,
    inspect_database,
    mark_closed,
    mark_open,
    quick_check_may_wait,
    read_only_uri,
)
from app.storage.location import (
    DATABASE_URL_ENV,
    SQLITE_FILE_PREFIX,
    DatabaseUrlError,
    create_database_folder,
    database_path,
    display_url,
    is_server_url,
    resolve_database_url,
)
from app.storage.schema import (
    HEAD_REVISION,
    SchemaBehindError,
    SchemaStatus,
    SchemaTooNewError,
    ensure_schema,
    ensure_server_schema,
    read_revision,
    read_server_revision,
    schema_status,
    server_schema_status,
)

__all__ = [
    "DATABASE_URL_ENV",
    "DamagedDatabaseError",
    "Database",
    "DatabaseUnreachableError",
    "DatabaseUrlError",
    "SchemaBehindError",
    "SchemaTooNewError",
    "is_connection_error",
    "lift_statement_timeout",
    "open_database",
    "open_existing_database",
    "resolve_database_url",
]

BUSY_TIMEOUT_MS = 5000
SERVER_CONNECT_TIMEOUT_S = 5
"""How long a kiosk waits for the server before saying it cannot be reached."""
SERVER_STATEMENT_TIMEOUT_MS = 15_000
"""A statement stuck longer than this (a lock held by a dead client) fails instead of hanging."""


def is_connection_error(error: BaseException) -> bool:
    """Whether `error` says the server is unreachable or the connection broke (worth a retry).

    Refusals (a constraint, a bad value, a missing right) are not: sending the
    same thing again would be refused again.
    """
    if isinstance(error, DatabaseUnreachableError):
        return True
    if not isinstance(error, DBAPIError):
        return False
    return error.connection_invalidated or isinstance(error, OperationalError | InterfaceError)


def lift_statement_timeout(connection: Connection) -> None:
    """Let the rest of this transaction run as long as it needs, on a server.

    For a deliberate whole-database job (a copy, a backup): one of its
    statements may take longer than `SERVER_STATEMENT_TIMEOUT_MS` on a big
    gym history, and that timeout is for statements stuck behind a dead
    client's lock, not for work that is meant to be long. A SQLite file has
    no such timeout.
    """
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql("SET LOCAL statement_timeout = 0")


def unreachable_message(shown: str, error: BaseException) -> str:
    """One plain sentence for a server that cannot be reached (`shown` has no password)."""
    return (
        f"Cannot reach the Legwork database at {shown}: {error_reason(error)}. Check that "
        "the server is running and the network is up, then try again."
    )


def error_reason(error: BaseException) -> str:
    """The first line of what the driver (or the system) said went wrong, for a message."""
    origin = error.orig if isinstance(error, DBAPIError) and error.orig is not None else error
    lines = [line.strip() for line in str(origin).splitlines() if line.strip()]
    return lines[0].rstrip(".") if lines else type(origin).__name__


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


def _configure_reader(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # SQLite itself refuses every write on this connection; no journal mode is
    # set either, since changing it would write to the file.
    cursor.execute("PRAGMA query_only=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


class Database:
    """An open Legwork database: its engine, a way to get sessions, and where it is.

    `path` is the SQLite file, or None for a PostgreSQL server; `location` is
    what may be shown to a person (a server URL without its password).
    `read_only` is True for a file opened by `open_existing_database`, on which
    SQLite refuses every write. `check_pending` is True for a file opened before
    its `quick_check` (`defer_check` on either open): its opener runs it now.
    """

    def __init__(
        self, engine: Engine, path: Path | None, location: str | None = None, *,
        read_only: bool = False,
    ) -> None:
        self.engine = engine
        self.path = path
        self.location = location if location is not None else str(path)
        self.read_only = read_only
        self.check_pending = False
        self._when_closed: list[Callable[[], None]] = []
        # expire_on_commit=False: repositories turn rows into plain values
        # after commit, which must not trigger another round trip.
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: commits when the block succeeds, rolls back if it raises."""
        with self._sessions() as session, session.begin():
            yield session

    @property
    def is_server(self) -> bool:
        """True for a PostgreSQL server, False for a SQLite file."""
        return self.path is None

    def when_closed(self, callback: Callable[[], None]) -> None:
        """Run `callback` once, after the database closes (a command's writer lock goes then)."""
        self._when_closed.append(callback)

    def close(self) -> None:
        """Close every connection; a file's WAL is checkpointed into the main file."""
        self.engine.dispose()
        if self.path is not None and not self.read_only:
            mark_closed(self.path)
        callbacks, self._when_closed = self._when_closed, []
        for callback in callbacks:
            callback()

    def __enter__(self) -> "Database":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Database({self.location!r})"


def open_database(url: str, *, defer_check: bool = False) -> Database:
    """Open (creating if needed) the database at `url` and bring its schema to head.

    `url` is ``sqlite:///PATH``, a plain path, or ``postgresql+psycopg://…``.
    Raises `DatabaseUrlError` for an unusable location, `SchemaTooNewError`
    for a database written by a newer Legwork and, for a server,
    `DatabaseUnreachableError` when it cannot be reached. Alembic is imported
    only if the schema must change.

    Before anything writes, the file gets `quick_check` (the full
    `integrity_check` after an unclean shutdown); a damaged file is moved
    aside and `DamagedDatabaseError` raised. A schema behind head is backed
    up before it is upgraded. A missing folder is created.

    With `defer_check` (the app, whose window must be usable at once), a large
    file that closed cleanly and whose schema is current opens after cheap
    checks only (its header, its schema stamp) and comes back with
    `check_pending`: the caller runs its `quick_check` straight away on a worker
    thread (`BackgroundCheck`) and closes it if damage is found. Nothing the open
    itself does writes to such a file; see docs/data-safety.md.
    """
    if is_server_url(url):
        opened = _open_server(url, create=True)
        assert opened is not None  # with create=True a missing schema is created
        return opened
    path = database_path(url, "open_database")
    create_database_folder(path, "open_database")
    deferred = defer_check and _check_may_wait(path)
    if not deferred:
        guard_database(path)
    ensure_schema(path, before_upgrade=_backup_before_upgrade)
    engine = create_engine(SQLITE_FILE_PREFIX + path.as_posix())
    event.listen(engine, "connect", _configure_connection)
    mark_open(path)
    db = Database(engine, path)
    db.check_pending = deferred
    return db


def _check_may_wait(path: Path) -> bool:
    # Only when the open writes nothing: an upgrade (or a new schema) writes, so it
    # is checked first; an unreadable stamp is left to the check to explain.
    if not quick_check_may_wait(path):
        return False
    try:
        return schema_status(path) is SchemaStatus.CURRENT
    except LegworkError:
        return False


def _backup_before_upgrade(path: Path) -> None:
    from app.storage.backups import REASON_BEFORE_UPGRADE, create_backup

    create_backup(path, reason=REASON_BEFORE_UPGRADE)


def open_existing_database(url: str, *, defer_check: bool = False) -> Database | None:
    """Open the database at `url` to read, if it holds a history; None if there is none.

    For commands that only read. Nothing is created, moved, renamed, upgraded
    or written, not even a side file: a missing file, an empty one or a server
    database without tables is left as it was (None). A damaged file raises
    `DamagedDatabaseError` and stays where it is; a file or server written by an
    older Legwork raises `SchemaBehindError`, saying how to upgrade it, since
    this open does not; a newer one raises `SchemaTooNewError`. On the file,
    SQLite refuses every write (`query_only`).

    With `defer_check` (a command that reads the whole history, such as an
    export), a large file that closed cleanly and whose schema is current
    comes back with `check_pending`; the caller reads it inside
    `checked_alongside`, which runs the `quick_check` meanwhile.
    """
    if is_server_url(url):
        return _open_server(url, create=False, upgrade=False)
    path = database_path(url, "open_existing_database")
    if not path.is_file():
        return None
    deferred = defer_check and _check_may_wait(path)
    if not deferred:
        inspect_database(path)
    status = schema_status(path)
    if status is SchemaStatus.MISSING:
        return None
    if status is SchemaStatus.BEHIND:
        raise SchemaBehindError(
            f"{path} was written by an older Legwork (schema {read_revision(path)}; this one "
            f"uses {HEAD_REVISION}), and this command only reads, so it left the file as it "
            "is: run `legwork check --upgrade` (or open the Legwork app), which backs it up "
            "and upgrades it, then try again."
        )
    uri = read_only_uri(path)
    engine = create_engine(
        SQLITE_FILE_PREFIX + path.as_posix(),
        creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
    )
    event.listen(engine, "connect", _configure_reader)
    db = Database(engine, path, read_only=True)
    db.check_pending = deferred
    return db


@contextmanager
def read_snapshot(db: Database) -> Iterator[Connection]:
    """A connection in a transaction whose statements all read one state of the database.

    For reads made of several statements (an export's two walks, a copy's
    tables) while kiosks or a window keep saving sets. On PostgreSQL that takes
    repeatable read: each statement of a read-committed transaction would see
    what was committed since the one before. On SQLite it takes an explicit
    BEGIN, since Python's driver begins a transaction only before a write; a
    file in WAL mode then keeps one snapshot until it ends.
    """
    connection = db.engine.connect()
    if db.is_server:
        connection = connection.execution_options(isolation_level="REPEATABLE READ")
    with connection, connection.begin():
        if not db.is_server:
            connection.exec_driver_sql("BEGIN")
        yield connection


@contextmanager
def checked_alongside(db: Database) -> Iterator[None]:
    """Run a pending `quick_check` on a worker thread while the block reads the database.

    At the end of the block (and before whatever follows it, such as a finished
    export being moved into place) a damaged file raises `DamagedDatabaseError`,
    leaving the file where it is. A read that fails inside the block waits for
    the check, so damage is reported as damage rather than as SQLite's error.
    Without a pending check the block simply runs, as it does in the app,
    which runs its own (`BackgroundCheck`) on the file it writes.
    """
    if not (db.check_pending and db.read_only) or db.path is None:
        yield
        return
    path = db.path
    check = BackgroundCheck(path)
    outcome: list[CheckResult | BaseException | None] = []

    def run() -> None:
        try:
            outcome.append(check.run())
        except BaseException as error:  # handed to the reading thread, which raises it
            outcome.append(error)

    worker = threading.Thread(target=run, name="quick_check", daemon=True)
    worker.start()
    try:
        yield
    except Exception:
        worker.join()
        _raise_damage(path, outcome[0])
        raise
    except BaseException:
        check.cancel()
        worker.join()
        raise
    worker.join()
    _raise_damage(path, outcome[0])
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    db.check_pending = False


def _raise_damage(path: Path, outcome: CheckResult | BaseException | None) -> None:
    if isinstance(outcome, CheckResult) and not outcome.ok:
        raise DamagedDatabaseError(damage_message(path, None, outcome.problems[0]), path, None)


def create_server_engine(url: str) -> Engine:
    """An engine for a PostgreSQL server: pings before use, gives up on a dead server quickly.

    `pool_pre_ping` replaces a connection the server dropped (a restart, a
    pulled cable) before a query uses it. `hide_parameters` keeps values
    (PIN hashes among them) out of error messages and logs.
    """
    return create_engine(
        url,
        pool_pre_ping=True,
        pool_size=2,
        max_overflow=4,
        pool_timeout=SERVER_CONNECT_TIMEOUT_S,
        hide_parameters=True,
        connect_args={
            "connect_timeout": SERVER_CONNECT_TIMEOUT_S,
            "application_name": "Legwork",
            "options": f"-c statement_timeout={SERVER_STATEMENT_TIMEOUT_MS}",
            # A pulled cable sends no reset: without these, a ping on a pooled
            # connection could wait for TCP's own timeout (minutes) before failing.
            "keepalives": 1,
            "keepalives_idle": 5,
            "keepalives_interval": 2,
            "keepalives_count": 2,
            "tcp_user_timeout": SERVER_CONNECT_TIMEOUT_S * 1000,
        },
    )


def _open_server(url: str, *, create: bool, upgrade: bool = True) -> Database | None:
    shown = display_url(url)
    engine = create_server_engine(url)
    try:
        with engine.connect() as connection:
            status = server_schema_status(connection, shown)
            behind = status is SchemaStatus.BEHIND
            revision = read_server_revision(connection, shown) if behind else None
        if status is SchemaStatus.MISSING and not create:
            engine.dispose()
            return None
        if status is SchemaStatus.BEHIND and not upgrade:
            raise SchemaBehindError(
                f"The Legwork database at {shown} has schema {revision}, older than this "
                f"Legwork's {HEAD_REVISION}, and this command only reads, so it left it as it "
                "is: run `legwork check --upgrade` as the database's owner (after a pg_dump), "
                "then try again."
            )
        if status is not SchemaStatus.CURRENT:
            _upgrade_server(url, shown)
    except DBAPIError as error:
        engine.dispose()
        if is_connection_error(error):
            raise DatabaseUnreachableError(unreachable_message(shown, error)) from None
        raise
    except BaseException:
        engine.dispose()
        raise
    return Database(engine, None, shown)


def _upgrade_server(url: str, shown: str) -> None:
    try:
        ensure_server_schema(url)
    except ProgrammingError as error:
        # Kiosks connect as a role that may read and write rows but not change tables.
        raise LegworkError(
            f"The tables of the Legwork database at {shown} must be created or upgraded, and "
            f"this database user may not do that ({error_reason(error)}). Run "
            "`legwork --database-url OWNER_URL check --upgrade` once as the database's owner; "
            "see docs/gym-server.md."
        ) from None
