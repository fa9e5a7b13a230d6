"""Training blocks (issue 20): the block an athlete chose and the sessions of it trained.

Revision ID: 0009
Revises: 0006 (the lead sets this to the head at merge time)
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create `programme_block` and `programme_session`."""
    op.create_table(
        "programme_block",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("athlete_id", sa.Integer(), nullable=False),
        sa.Column("template", sa.String(80), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("weeks", sa.Integer(), nullable=False),
        sa.Column("weekdays", sa.String(32), nullable=False),
        sa.Column("race_on", sa.Date(), nullable=True),
        sa.Column("plan", sa.JSON(), nullable=False),
        sa.Column("start", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("stopped_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_programme_block"),
        sa.ForeignKeyConstraint(
            ["athlete_id"], ["athlete.id"], name="fk_programme_block_athlete_id_athlete",
            ondelete="CASCADE",
        ),
        sa.CheckConstraint("status IN ('active', 'paused', 'stopped')",
                           name="ck_programme_block_status_valid"),
        sa.CheckConstraint("weeks BETWEEN 1 AND 52", name="ck_programme_block_weeks_range"),
    )
    op.create_index("ix_programme_block_athlete_id_status", "programme_block",
                    ["athlete_id", "status"])
    op.create_table(
        "programme_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("block_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("training_session_id", sa.Integer(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("own", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_programme_session"),
        sa.ForeignKeyConstraint(
            ["block_id"], ["programme_block.id"],
            name="fk_programme_session_block_id_programme_block", ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["training_session_id"], ["training_session.id"],
            name="fk_programme_session_training_session_id_training_session",
            ondelete="SET NULL",
        ),
        sa.UniqueConstraint("block_id", "number", name="uq_programme_session_block_id_number"),
        sa.CheckConstraint("number >= 1", name="ck_programme_session_number_positive"),
    )
    op.create_index("ix_programme_session_training_session_id", "programme_session",
                    ["training_session_id"])


def downgrade() -> None:
    """Legwork never downgrades a database; kept for Alembic's tooling only."""
    op.drop_index("ix_programme_session_training_session_id", table_name="programme_session")
    op.drop_table("programme_session")
    op.drop_index("ix_programme_block_athlete_id_status", table_name="programme_block")
    op.drop_table("programme_block")
