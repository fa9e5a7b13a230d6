"""Copying a whole Legwork database into an empty one, of either kind, and proving it arrived.

Used by `legwork copy --to URL` (a home file onto a gym's server and back) and
by `legwork backup -o FILE` on a server (a portable SQLite file of everything).
Every row of every table is copied with its id, in foreign-key order, inside
one transaction on the target, from one consistent snapshot of the source;
then the target's counts are compared with the source's. On PostgreSQL the id
sequences are moved past the copied ids, so the next set a kiosk logs gets a
fresh id instead of colliding with a copied one.
"""

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import Connection, Table, func, insert, select, text
from sqlalchemy.exc import DBAPIError

from app.domain.errors import LegworkError
from app.storage.database import Database, error_reason, lift_statement_timeout, read_snapshot
from app.storage.models import Base, SessionTotalsRow
from app.storage.session_totals import rebuild_session_totals

_BATCH = 1000

# How each table is named in a report, singular and plural.
_NOUNS: Mapping[str, tuple[str, str]] = {
    "athlete": ("athlete", "athletes"),
    "exercise": ("exercise", "exercises"),
    "app_setting": ("setting", "settings"),
    "plan": ("plan", "plans"),
    "plan_item": ("plan item", "plan items"),
    "training_session": ("session", "sessions"),
    "set_entry": ("set", "sets"),
    "athlete_preference": ("preference", "preferences"),
    "custom_test": ("custom test", "custom tests"),
    "assessment": ("assessment", "assessments"),
    "assessment_test": ("assessment test", "assessment tests"),
    "assessment_trial": ("trial", "trials"),
    "body_mass": ("body-mass entry", "body-mass entries"),
    "programme_block": ("training block", "training blocks"),
    "programme_session": ("block session", "block sessions"),
}


class CopyRefusedError(LegworkError):
    """The copy cannot be made (the target holds data, or the counts did not match)."""


class CopyStoppedError(LegworkError):
    """A database failed in the middle of the copy, which was rolled back."""


@dataclass(frozen=True)
class CopyReport:
    """How many rows of each table were copied (the same in source and target)."""

    counts: Mapping[str, int]

    def summary(self) -> str:
        """The counts in words: "2 athletes, 14 exercises, …, 1,204 sets"."""
        parts = []
        for table, count in self.counts.items():
            singular, plural = _NOUNS.get(table, (table, table))
            parts.append(f"{count:,} {singular if count == 1 else plural}")
        return ", ".join(parts)


def legwork_tables() -> list[Table]:
    """Every table of the schema, parents before the tables that point at them."""
    return list(Base.metadata.sorted_tables)


def _data_tables() -> list[Table]:
    """The tables that hold what was recorded (not `session_totals`, worked out from them)."""
    derived = SessionTotalsRow.__table__
    return [table for table in legwork_tables() if table is not derived]


def row_counts(connection: Connection) -> dict[str, int]:
    """The number of rows in each table of recorded data, in foreign-key order."""
    return {
        table.name: int(connection.execute(select(func.count()).select_from(table)).scalar_one())
        for table in _data_tables()
    }


def _refuse_unless_empty(target: Database, counts: Mapping[str, int]) -> None:
    held = {table: count for table, count in counts.items() if count}
    if held:
        report = CopyReport(held).summary()
        raise CopyRefusedError(
            f"The database at {target.location} already holds data ({report}); Legwork copies "
            "only into an empty database, so nothing was copied."
        )


def _move_sequences_past_copied_ids(connection: Connection) -> None:
    for table in legwork_tables():
        column = table.autoincrement_column
        if column is None:
            continue
        connection.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', '{column.name}'), "
                f"(SELECT COALESCE(MAX({column.name}), 0) + 1 FROM {table.name}), false)"
            )
        )


def copy_database(source: Database, target: Database) -> CopyReport:
    """Copy every row of `source` into the empty `target`; both are open and at the same schema.

    Raises `CopyRefusedError`, and writes nothing, when the target already
    holds rows or when the counts after copying differ from the source's, and
    `CopyStoppedError` (the target's transaction rolled back, so nothing is
    kept) when either database fails during the copy: a server that goes
    away, a disk that fills up.
    """
    try:
        return _copy(source, target)
    except DBAPIError as error:
        raise CopyStoppedError(
            f"The copy from {source.location} to {target.location} stopped ({error_reason(error)}"
            "), so nothing was kept; once the cause is fixed, run it again."
        ) from None


def _copy(source: Database, target: Database) -> CopyReport:
    with read_snapshot(source) as reading, target.engine.begin() as writing:
        lift_statement_timeout(reading)
        lift_statement_timeout(writing)
        _refuse_unless_empty(target, row_counts(writing))
        expected = row_counts(reading)
        for table in _data_tables():
            # Streamed a batch at a time (a server-side cursor on PostgreSQL): a gym's
            # millions of sets never sit in memory at once.
            rows = reading.execute(select(table).order_by(*table.primary_key.columns)
                                   .execution_options(yield_per=_BATCH))
            for batch in rows.partitions():
                writing.execute(insert(table), [dict(row._mapping) for row in batch])
        # Derived from the sets: worked out on the target rather than copied.
        rebuild_session_totals(writing)
        if target.is_server:
            _move_sequences_past_copied_ids(writing)
        copied = row_counts(writing)
        if copied != expected:
            # Raising inside the block rolls the whole copy back.
            raise CopyRefusedError(
                f"The copy to {target.location} did not match the source (expected "
                f"{CopyReport(expected).summary()}, found {CopyReport(copied).summary()}); "
                "nothing was kept."
            )
    return CopyReport(expected)
