"""Imported history: warm-up sets, and the keys that stop a re-import adding a set twice.

- `set_entry.warmup`: a warm-up set (imported from another app) is kept and
  shown, but progress, records, last time and advice leave it out.
- `training_session.source_key` and `set_entry.source_key`: where an imported
  workout and set came from (the app and the workout's start; a hash of the
  set's exercise and position), unique per athlete and per session, so importing
  the same export again, or a later one that overlaps it, adds only what is new.
- The covering index behind the Progress totals gains `warmup`, so leaving
  warm-ups out still reads no table rows.

Revision ID: 0007
Revises: 0006
Create Date: 2025-04-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COVERING = ["session_id", "exercise_id", "side", "recorded_at", "reps", "load_kg"]
# Both names are longer than PostgreSQL's 63 characters: op.f() shortens them there
# exactly as the models' naming convention does (see 0003); SQLite keeps them whole.
_OLD = "ix_set_entry_" + "_".join(_COVERING)
_NEW = _OLD + "_warmup"


def upgrade() -> None:
    """Add the warm-up flag, the source keys and their unique indexes."""
    op.add_column("set_entry", sa.Column("warmup", sa.Boolean(), nullable=False,
                                         server_default=sa.false()))
    op.add_column("set_entry", sa.Column("source_key", sa.String(64), nullable=True))
    op.add_column("training_session", sa.Column("source_key", sa.String(64), nullable=True))
    keyed = sa.text("source_key IS NOT NULL")
    op.create_index("ix_set_entry_session_id_source_key", "set_entry",
                    ["session_id", "source_key"], unique=True, sqlite_where=keyed,
                    postgresql_where=keyed)
    op.create_index("ix_training_session_athlete_id_source_key", "training_session",
                    ["athlete_id", "source_key"], unique=True)
    op.create_index(op.f(_NEW), "set_entry", [*_COVERING, "warmup"])
    op.drop_index(op.f(_OLD), table_name="set_entry")


def downgrade() -> None:
    """Legwork never downgrades a database; kept for Alembic's tooling only."""
    op.create_index(op.f(_OLD), "set_entry", _COVERING)
    op.drop_index(op.f(_NEW), table_name="set_entry")
    op.drop_index("ix_training_session_athlete_id_source_key", table_name="training_session")
    op.drop_index("ix_set_entry_session_id_source_key", table_name="set_entry")
    with op.batch_alter_table("training_session") as batch:
        batch.drop_column("source_key")
    with op.batch_alter_table("set_entry") as batch:
        batch.drop_column("source_key")
        batch.drop_column("warmup")
