"""A covering index for the Progress view's per-session, per-leg totals.

`set_entry(session_id, exercise_id, side, recorded_at, reps, load_kg)` lets
SQLite walk one athlete's sessions in time order (through
`training_session(athlete_id, started_at)`) and total each session's sets of
one exercise from the index alone, without reading the table rows or sorting.
It starts with `session_id`, so it also serves everything the single-column
`ix_set_entry_session_id` did (a session's sets, cascading deletes), which is
dropped rather than kept up to date for nothing.

Revision ID: 0003
Revises: 0002
Create Date: 2025-03-01
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS = ["session_id", "exercise_id", "side", "recorded_at", "reps", "load_kg"]
# The naming convention's name. It is longer than PostgreSQL's 63 characters:
# op.f() lets SQLAlchemy shorten it there exactly as it shortens the model's
# (with a hash suffix), and leaves it whole on SQLite.
_NAME = "ix_set_entry_" + "_".join(_COLUMNS)


def upgrade() -> None:
    """Replace the session index with the covering one."""
    op.create_index(op.f(_NAME), "set_entry", _COLUMNS)
    op.drop_index("ix_set_entry_session_id", table_name="set_entry")


def downgrade() -> None:
    """Legwork never downgrades a database; kept for Alembic's tooling only."""
    op.create_index("ix_set_entry_session_id", "set_entry", ["session_id"])
    op.drop_index(op.f(_NAME), table_name="set_entry")
