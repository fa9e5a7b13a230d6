"""Alembic environment for Legwork's database: a SQLite file or a PostgreSQL server.

Legwork runs this through `app.storage.schema.ensure_schema` (a file) or
`ensure_server_schema` (a server), with a configuration built in code (there
is no alembic.ini). Migrations are written once for both: `op.batch_alter_table`
copies and renames a table only on SQLite, which cannot alter it in place; on
PostgreSQL the same block becomes plain ALTER statements.
"""

from typing import Any

from alembic import context
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.pool import NullPool

from app.storage.models import Base

config = context.config
target_metadata = Base.metadata

# Any fixed number: every Legwork process that migrates a server takes this lock.
_SERVER_MIGRATION_LOCK = 0x4C6567776F726B  # "Legwork"


def _configure_sqlite(dbapi_connection: Any, _record: Any) -> None:
    # Hand transaction control to the "begin" hook below: pysqlite on its own
    # does not wrap DDL in a transaction, so a failed migration would leave a
    # half-built schema behind.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    # Batch migrations rebuild a table by copy, drop and rename; with foreign
    # keys enforced, the drop would cascade-delete every row that points at it.
    cursor.execute("PRAGMA foreign_keys=OFF")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def _begin_immediate(connection: Connection) -> None:
    # IMMEDIATE takes the write lock up front, so two Legwork processes that
    # start at once upgrade one after the other instead of both at the same time.
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def _migrate(connection: Connection) -> None:
    sqlite = connection.dialect.name == "sqlite"
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        transactional_ddl=True,
    )
    with context.begin_transaction():
        if not sqlite:
            # Kiosks that start together upgrade one after the other: the
            # others wait here, then find the version already at head.
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_SERVER_MIGRATION_LOCK})")
        context.run_migrations()
        if sqlite:
            # PostgreSQL checks foreign keys on every statement; SQLite had them off.
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise RuntimeError(f"migration left rows with dangling foreign keys: {broken}")


def run_migrations_offline() -> None:
    """Write the migration SQL instead of running it (`alembic upgrade --sql`)."""
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        render_as_batch=True,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Migrate the database named by the configuration's URL, atomically."""
    url = config.get_main_option("sqlalchemy.url")
    if url is None:
        raise RuntimeError("the Alembic configuration has no sqlalchemy.url")
    engine = create_engine(url, poolclass=NullPool, hide_parameters=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _configure_sqlite)
        event.listen(engine, "begin", _begin_immediate)
    try:
        with engine.connect() as connection:
            _migrate(connection)
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
