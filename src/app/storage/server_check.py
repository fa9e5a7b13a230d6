"""`legwork check` for a PostgreSQL server: the connection, the schema version and the tables.

A server looks after its own pages (checksums, WAL, `amcheck`), so there is no
`integrity_check` to run from here. What Legwork can check is what it relies
on: that the server answers, that the schema is the one this version knows,
and that every table and column the models name is there.
"""

from dataclasses import dataclass

from sqlalchemy import func, inspect, select
from sqlalchemy.exc import DBAPIError

from app.storage.database import (
    DatabaseUnreachableError,
    create_server_engine,
    is_connection_error,
    unreachable_message,
)
from app.storage.location import display_url
from app.storage.models import Base, SetEntryRow, TrainingSessionRow
from app.storage.schema import SchemaStatus, read_server_revision, server_schema_status


@dataclass(frozen=True)
class ServerCheck:
    """What the check found on a server database."""

    location: str
    status: SchemaStatus
    revision: str | None
    sessions: int
    sets: int
    missing: tuple[str, ...]
    """Tables or columns (``table.column``) the models need and the database lacks."""

    @property
    def ok(self) -> bool:
        """True when the schema is current and nothing is missing."""
        return self.status is SchemaStatus.CURRENT and not self.missing


def check_server(url: str) -> ServerCheck:
    """Connect, read the schema version, compare the tables with the models, count the history.

    Raises `DatabaseUnreachableError` when the server cannot be reached,
    `SchemaTooNewError` for a newer Legwork's schema and
    `NotALegworkDatabaseError` for another application's database.
    """
    shown = display_url(url)
    engine = create_server_engine(url)
    try:
        with engine.connect() as connection:
            status = server_schema_status(connection, shown)
            revision = read_server_revision(connection, shown)
            if status is SchemaStatus.MISSING:
                return ServerCheck(shown, status, None, 0, 0, ())
            inspector = inspect(connection)
            present = set(inspector.get_table_names())
            missing: list[str] = []
            for table in Base.metadata.sorted_tables:
                if table.name not in present:
                    missing.append(table.name)
                    continue
                columns = {column["name"] for column in inspector.get_columns(table.name)}
                missing.extend(f"{table.name}.{c.name}" for c in table.columns
                               if c.name not in columns)
            sessions = sets = 0
            if not {"training_session", "set_entry"} & set(missing):
                sessions = connection.execute(
                    select(func.count()).select_from(TrainingSessionRow)).scalar_one()
                sets = connection.execute(
                    select(func.count()).select_from(SetEntryRow)).scalar_one()
    except DBAPIError as error:
        if is_connection_error(error):
            raise DatabaseUnreachableError(unreachable_message(shown, error)) from None
        raise
    finally:
        engine.dispose()
    return ServerCheck(shown, status, revision, int(sessions), int(sets), tuple(missing))
