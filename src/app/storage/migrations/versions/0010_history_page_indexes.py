"""Indexes for reading a history of millions of sets in order, a piece at a time.

- `set_entry (session_id, recorded_at, id)`: a session's sets in the order they
  were recorded, for History's detail and for `legwork export`, which streams
  every set in that order instead of sorting the whole table first.
- `set_entry (session_id, side)`: History's leg filter asks of each session
  whether it has a set on that leg; without this index the answer reads every
  set of every session that has none (the exercise filter already has
  `(session_id, exercise_id, …)`).

History's pages of sessions (newest first, continuing after the last
(started_at, id) shown) need no new index: `training_session (athlete_id,
started_at)` gives the order, SQLite's index ends in the row id anyway, and
PostgreSQL breaks the rare tie on `started_at` with an incremental sort of a
few rows.

Revision ID: 0010
Revises: 0007
Create Date: 2026-12-04
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ORDER = "ix_set_entry_session_id_recorded_at_id"
_SIDE = "ix_set_entry_session_id_side"


def upgrade() -> None:
    """Add the set-order and leg indexes."""
    op.create_index(_ORDER, "set_entry", ["session_id", "recorded_at", "id"])
    op.create_index(_SIDE, "set_entry", ["session_id", "side"])


def downgrade() -> None:
    """Legwork never downgrades a database; kept for Alembic's tooling only."""
    op.drop_index(_SIDE, table_name="set_entry")
    op.drop_index(_ORDER, table_name="set_entry")
