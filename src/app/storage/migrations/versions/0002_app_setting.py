"""App settings: a small key/value table for values that belong to the database, not a user.

The kiosk keeps its admin PIN hash and idle timeout here, so a gym screen
provisioned over a remote shell (`legwork admin set-pin`) has them in the
same file as the history it guards.

Revision ID: 0002
Revises: 0001
Create Date: 2025-02-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add the `app_setting` table."""
    op.create_table(
        "app_setting",
        sa.Column("key", sa.String(80), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_app_setting"),
        sa.CheckConstraint("length(trim(key)) > 0", name="ck_app_setting_key_not_empty"),
    )


def downgrade() -> None:
    """Legwork never downgrades a database; kept for Alembic's tooling only."""
    op.drop_table("app_setting")
