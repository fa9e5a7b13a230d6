"""`session_totals` keyed by athlete, exercise, side and the session's start.

Each row now carries its session's athlete and start (`started_us`, whole
microseconds since 1970-01-01 UTC; a session keeps both for life), and they
lead the primary key: all of one athlete's totals of one exercise and side
are one range of rows in time order. Progress then adds up years of history
(a keen athlete's 20,000 sessions) by reading that range alone, and works
out a row's local day with whole-number arithmetic instead of parsing each
session's start. An index on `session_id` serves the refresh after a write
and the delete that follows a session's; a covering index holds the figures
the charts add up per bucket of days (`app.storage.progress_buckets`).

The table holds derived data only, so it is built again here from the sets.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.sql.schema import SchemaItem

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The Epley range of rep counts, as the domain had it at this revision.
_REPS = range(1, 13)

# A session's start as whole microseconds since 1970 (SQLite keeps it as
# "YYYY-MM-DD HH:MM:SS.ffffff" text; PostgreSQL as a timestamp).
_STARTED_US = {
    "sqlite": (
        "(CAST(strftime('%s', substr(training_session.started_at, 1, 19)) AS INTEGER) * 1000000 + "
        "CASE WHEN substr(training_session.started_at, 20, 1) = '.' THEN "
        "CAST(substr(substr(training_session.started_at, 21) || '000000', 1, 6) AS INTEGER) "
        "ELSE 0 END)"
    ),
    "postgresql": (
        "CAST(floor(extract(epoch FROM training_session.started_at) * 1000000) AS BIGINT)"
    ),
}


def _sets() -> sa.TableClause:
    return sa.table(
        "set_entry", sa.column("session_id"), sa.column("exercise_id"), sa.column("side"),
        sa.column("reps"), sa.column("load_kg"), sa.column("warmup", sa.Boolean()),
    )


def _aggregates(sets: sa.TableClause) -> list[sa.ColumnElement[Any]]:
    """Count, Σ reps, Σ reps × load, heaviest, lightest, heaviest for each rep count."""
    return [
        sa.func.count(), sa.func.sum(sets.c.reps), sa.func.sum(sets.c.reps * sets.c.load_kg),
        sa.func.max(sets.c.load_kg), sa.func.min(sets.c.load_kg),
        *(sa.func.max(sa.case((sets.c.reps == n, sets.c.load_kg), else_=None)) for n in _REPS),
    ]


def _figures_and_keys() -> list[SchemaItem]:
    """The figures and foreign keys of a session's totals, the same in both shapes."""
    return [
        sa.Column("sets", sa.Integer(), nullable=False),
        sa.Column("reps", sa.Integer(), nullable=False),
        sa.Column("volume_kg", sa.Float(), nullable=False),
        sa.Column("best_load_kg", sa.Float(), nullable=False),
        sa.Column("min_load_kg", sa.Float(), nullable=False),
        *(sa.Column(f"best_load_{n}", sa.Float(), nullable=True) for n in _REPS),
        sa.ForeignKeyConstraint(["session_id"], ["training_session.id"],
                                name=op.f("fk_session_totals_session_id_training_session"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["exercise_id"], ["exercise.id"],
                                name=op.f("fk_session_totals_exercise_id_exercise")),
    ]


def _create() -> sa.Table:
    table = op.create_table(
        "session_totals",
        sa.Column("athlete_id", sa.Integer(), nullable=False),
        sa.Column("exercise_id", sa.Integer(), nullable=False),
        sa.Column("side", sa.String(8), nullable=False),
        sa.Column("started_us", sa.BigInteger(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        *_figures_and_keys(),
        sa.PrimaryKeyConstraint("athlete_id", "exercise_id", "side", "started_us", "session_id",
                                name=op.f("pk_session_totals")),
        sqlite_with_rowid=False,
    )
    assert table is not None
    return table


def upgrade() -> None:
    """Build `session_totals` again in its new shape, from the sets."""
    op.drop_table("session_totals")
    totals = _create()
    op.create_index(op.f("ix_session_totals_session_id"), "session_totals", ["session_id"])
    op.create_index("ix_session_totals_buckets", "session_totals",
                    ["athlete_id", "exercise_id", "side", "started_us", "sets", "reps",
                     "volume_kg", "best_load_kg", "min_load_kg"])
    sets = _sets()
    sessions = sa.table("training_session", sa.column("id"), sa.column("athlete_id"),
                        sa.column("started_at"))
    started_us: sa.ColumnClause[int] = sa.literal_column(_STARTED_US[op.get_bind().dialect.name])
    aggregate = (
        sa.select(sessions.c.athlete_id, sets.c.exercise_id, sets.c.side, started_us,
                  sessions.c.id, *_aggregates(sets))
        .join(sessions, sessions.c.id == sets.c.session_id)
        .where(sets.c.warmup == sa.false())
        .group_by(sessions.c.id, sets.c.exercise_id, sets.c.side)
    )
    op.execute(totals.insert().from_select([c.name for c in totals.columns], aggregate))


def downgrade() -> None:
    """The 0012 shape (keyed by session, exercise and side), built again from the sets."""
    op.drop_index("ix_session_totals_buckets", table_name="session_totals")
    op.drop_index(op.f("ix_session_totals_session_id"), table_name="session_totals")
    op.drop_table("session_totals")
    totals = op.create_table(
        "session_totals",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("exercise_id", sa.Integer(), nullable=False),
        sa.Column("side", sa.String(8), nullable=False),
        *_figures_and_keys(),
        sa.PrimaryKeyConstraint("session_id", "exercise_id", "side",
                                name=op.f("pk_session_totals")),
        sqlite_with_rowid=False,
    )
    assert totals is not None
    sets = _sets()
    aggregate = (
        sa.select(sets.c.session_id, sets.c.exercise_id, sets.c.side, *_aggregates(sets))
        .where(sets.c.warmup == sa.false())
        .group_by(sets.c.session_id, sets.c.exercise_id, sets.c.side)
    )
    op.execute(totals.insert().from_select([c.name for c in totals.columns], aggregate))
